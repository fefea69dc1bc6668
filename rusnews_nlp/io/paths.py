"""Input paths: files and directories listed in reading order before anything is read;
what cannot be read becomes an ``Unreadable`` item, never a silent gap."""

from __future__ import annotations

import gzip
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable

from .html import HTML_SUFFIXES

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")


def _suffixes(path: Path) -> tuple[str, bool]:
    name = path.name.lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    return Path(name).suffix, gz


def is_input_file(path: Path) -> bool:
    suffix, _ = _suffixes(path)
    return suffix in TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES


@dataclass(frozen=True)
class Unreadable:
    """A path met while listing the inputs that cannot be read (a directory we may not list, a
    broken symbolic link): it becomes one ``unreadable`` error record, never a silent gap."""

    path: Path
    message: str


@dataclass(frozen=True)
class InputScan:
    """The inputs, listed before anything is read or written.

    ``items`` are ``"-"``, files and ``Unreadable`` paths in reading order; ``directories`` are
    the real paths of the directories listed (so an output inside one can be refused);
    ``warnings`` say what was deliberately not read (a directory link leading to a directory
    already listed).
    """

    items: tuple[str | Path | Unreadable, ...]
    directories: frozenset[str] = frozenset()
    warnings: tuple[str, ...] = ()

    @property
    def files(self) -> list[Path]:
        return [item for item in self.items if isinstance(item, Path)]


def scan_inputs(inputs: Iterable[str]) -> InputScan:
    """Input paths in order; a directory contributes its input files, sorted, recursively.

    Symbolic links to directories are followed, each real directory is listed once (a link
    loop ends there, with a warning). A missing input path raises ``FileNotFoundError`` now,
    so the run stops before anything is written.
    """
    items: list[str | Path | Unreadable] = []
    directories: set[str] = set()
    warnings: list[str] = []
    for item in inputs:
        if item == "-":
            items.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            seen: set[str] = set()
            _walk(path, seen, items, warnings)
            directories |= seen
        elif path.exists():
            items.append(path)
        elif path.is_symlink():
            raise FileNotFoundError(f"input not found: {item} is a broken symbolic link to "
                                    f"{os.readlink(path)}")
        else:
            raise FileNotFoundError(f"input not found: {item}")
    return InputScan(tuple(items), frozenset(directories), tuple(warnings))


def _walk(directory: Path, seen: set[str], items: list[str | Path | Unreadable],
          warnings: list[str]) -> None:
    real = os.path.realpath(directory)
    if real in seen:
        warnings.append(f"{directory}: the directory {real} is read already (a symbolic link "
                        f"leads to it twice, or in a loop); not read twice")
        return
    seen.add(real)
    try:
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        items.append(Unreadable(directory, f"{directory}: cannot list the directory: "
                                           f"{type(error).__name__}: {error.strerror}"))
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.is_symlink() and not path.exists():
            items.append(Unreadable(path, f"{path}: broken symbolic link to "
                                          f"{os.readlink(path)}"))
        elif entry.is_dir():
            _walk(path, seen, items, warnings)
        elif entry.is_file() and is_input_file(path):
            items.append(path)


def expand(inputs: Iterable[str]) -> list[str | Path | Unreadable]:
    """``scan_inputs(inputs).items``."""
    return list(scan_inputs(inputs).items)


def _open_binary(path: Path) -> IO[bytes]:
    _, gz = _suffixes(path)
    return gzip.open(path, "rb") if gz else open(path, "rb")


def stem_id(path: Path) -> str:
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return Path(name).stem
