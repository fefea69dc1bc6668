"""The output file of ``annotate``: never one of the inputs, one writer at a time, and resumed
only with the options that shaped it.

Three ways an unattended run used to lose data without a word: ``-o`` naming an input (opened
for writing, the input was empty before it was read), an output inside an input directory (the
next run read its own growing output back), and two runs writing one file (interleaved lines,
or ``--resume`` mixing two output shapes). So, in this order and before anything is written:

1. ``refuse_output_among_inputs`` compares the output with the listed inputs (same file by
   real path or inode; or a file with an input suffix inside a directory being read) and raises
   ``UsageError`` (exit 2);
2. ``OutputTarget`` opens the output without truncating it and takes an exclusive ``flock``
   (``OutputLockedError`` when another run holds it); on ``--resume`` it compares the options
   recorded by the first run (``<output>.run.json``) with this run's and refuses a mismatch;
3. only then is the file truncated (or, resuming, its cut last line removed) and written.

Locks are advisory and need ``fcntl`` (POSIX); elsewhere the output is not locked.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Callable, Mapping

from ..errors import OutputLockedError, UsageError
from .paths import InputScan, is_input_file
from .write import ResumeError, ResumeState, check_resumable, open_output, prepare_resume

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no locking
    fcntl = None  # type: ignore[assignment]

#: The options of the first run are kept next to the output, under this suffix.
OPTIONS_SUFFIX = ".run.json"

#: Locked output descriptors of this process. A forked child (a ``--workers`` process) closes
#: its copies at once: an flock belongs to the open file, so a worker orphaned by a killed run
#: would otherwise keep the output locked and refuse the ``--resume`` that should follow.
_LOCKED: set[int] = set()


def _close_locked_in_child() -> None:
    for fd in _LOCKED:
        try:
            os.close(fd)  # the child's copy only; the parent's lock stays
        except OSError:
            pass
    _LOCKED.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_locked_in_child)


# --------------------------------------------------------------------------- output vs inputs


def output_conflict(output: str | None, scan: InputScan) -> str | None:
    """Why writing ``output`` would destroy or re-read an input, or ``None``. A device or a
    named pipe (``/dev/null``) destroys nothing."""
    if output in (None, "-") or _is_special(output):
        return None
    target = Path(output)
    real = os.path.realpath(target)
    try:
        identity = _identity(target.stat())
    except OSError:
        identity = None
    for path in scan.files:
        if os.path.realpath(path) == real or (identity and _same(path, identity)):
            return (f"the output {output} is the input {path}: writing it would destroy the "
                    f"input before it is read; choose another -o")
    parent = os.path.dirname(real)
    if is_input_file(target) and parent in scan.directories:
        return (f"the output {output} is inside the input directory {parent} and would be "
                f"read back as an input; write it outside the directories being read")
    return None


def refuse_output_among_inputs(output: str | None, scan: InputScan) -> None:
    conflict = output_conflict(output, scan)
    if conflict:
        raise UsageError(conflict)


def _is_special(path: str) -> bool:
    """A device or a named pipe: nothing to lock, truncate or record options beside."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _identity(info: os.stat_result) -> tuple[int, int]:
    return info.st_dev, info.st_ino


def _same(path: Path, identity: tuple[int, int]) -> bool:
    try:
        return _identity(path.stat()) == identity  # a hard link, or a link through /proc
    except OSError:
        return False


# --------------------------------------------------------------------------- options record


def options_path(output: str | Path) -> Path:
    return Path(f"{output}{OPTIONS_SUFFIX}")


def options_mismatch(recorded: Mapping[str, Any], current: Mapping[str, Any]) -> list[str]:
    """``name: first run X, this run Y`` for every option that differs."""
    return [f"{name}: first run {recorded.get(name)!r}, this run {current.get(name)!r}"
            for name in sorted(set(recorded) | set(current))
            if recorded.get(name) != current.get(name)]


def _read_options(path: Path) -> Mapping[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise ResumeError(f"{path}: cannot read the options of the first run ({error}); "
                          f"refusing to resume") from None
    return data.get("options") if isinstance(data, dict) else None


def _write_options(path: Path, options: Mapping[str, Any]) -> None:
    """Atomically, so a kill never leaves half a record of the options."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps({"options": dict(options)}, ensure_ascii=False, indent=1)
                         + "\n", encoding="utf-8")
    os.replace(temporary, path)


# --------------------------------------------------------------------------- the file


def _lock(fd: int, path: str) -> None:
    if fcntl is None:  # pragma: no cover - not POSIX
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise OutputLockedError(
            f"{path} is being written by another rusnews-nlp run; wait for it to finish "
            f"(then --resume if it was stopped) or choose another -o") from None


class OutputTarget:
    """``with OutputTarget(path, options, resume) as target:`` holds the output locked;
    ``target.state`` is what an earlier run wrote (``--resume``), ``target.open()`` the text
    stream to write to (stdout for ``-``). Nothing is truncated before ``open()``, so a run that
    stops earlier (a bad ``--kb``, a refused resume) leaves the file as it was."""

    def __init__(self, path: str | None, options: Mapping[str, Any], resume: bool = False,
                 warn: Callable[[str], None] | None = None) -> None:
        self.path = None if path in (None, "-") else str(path)
        self.options = dict(options)
        self.resume = resume
        self.state = ResumeState(())
        self._warn = warn or (lambda message: print(f"rusnews-nlp: warning: {message}",
                                                    file=sys.stderr))
        self._fd: int | None = None
        self._created = False
        self._streams: list[IO[Any]] = []

    # -- entering: lock, check, read what is there

    def __enter__(self) -> "OutputTarget":
        if self.resume:
            check_resumable(self.path)
        if self.path is None or _is_special(self.path):
            return self
        self._open_locked()
        try:
            if self.resume:
                self._check_options()
                self.state = prepare_resume(self.path)
        except BaseException:
            self._release()
            raise
        return self

    def _open_locked(self, attempts: int = 3) -> None:
        """Open without truncating and lock; then check that the path still names the file we
        locked (a run that stopped early may have removed the empty file it created)."""
        assert self.path is not None
        for _ in range(attempts):
            created = not os.path.lexists(self.path)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            try:
                _lock(fd, self.path)
            except BaseException:
                os.close(fd)
                raise
            if _same(Path(self.path), _identity(os.fstat(fd))):
                self._fd, self._created = fd, created
                _LOCKED.add(fd)
                return
            os.close(fd)  # removed or replaced meanwhile: lock what is there now
        raise OutputLockedError(f"{self.path} keeps being replaced by another process; "
                                f"choose another -o")

    def _check_options(self) -> None:
        assert self.path is not None
        if os.path.getsize(self.path) == 0:
            return
        recorded = _read_options(options_path(self.path))
        if recorded is None:
            self._warn(f"{self.path}: no record of the first run's options "
                       f"({options_path(self.path).name}); resuming without checking that "
                       f"--fields, --text-field ... are the same")
            return
        differences = options_mismatch(recorded, self.options)
        if differences:
            raise ResumeError(
                f"{self.path} was written with other options ({'; '.join(differences)}): "
                f"resuming would mix two output shapes in one file; rerun with the first "
                f"run's options, or without --resume to start over")

    # -- writing

    def open(self) -> IO[str]:
        """The stream to write to: the file truncated (a fresh run) or at its end (resuming),
        with the options recorded first."""
        if self.path is None:
            return sys.stdout
        if self._fd is None:  # /dev/null, a named pipe: written as it is, not locked
            stream = open_output(self.path, append=self.resume)
            self._streams.append(stream)
            return stream
        if not self.resume:
            os.ftruncate(self._fd, 0)
        os.lseek(self._fd, 0, os.SEEK_END)
        if not self.path.endswith(".gz"):
            _write_options(options_path(self.path), self.options)
            stream: IO[str] = open(self._fd, "w", encoding="utf-8", newline="\n",
                                   closefd=False)
            self._streams.append(stream)
            return stream
        import gzip
        import io

        raw = open(self._fd, "wb", closefd=False)
        packed = gzip.GzipFile(fileobj=raw, mode="wb")
        stream = io.TextIOWrapper(packed, encoding="utf-8", newline="\n")  # type: ignore
        self._streams.extend([stream, raw])  # closing the text closes the gzip member
        return stream

    # -- leaving

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        try:
            for stream in self._streams:
                stream.close()
        finally:
            self._release()

    def _release(self) -> None:
        if self._fd is None:
            return
        try:
            if self._created and not self._streams and os.fstat(self._fd).st_size == 0 \
                    and fcntl is not None:  # we made it, locked it and never wrote it
                os.unlink(self.path)  # type: ignore[arg-type]
        finally:
            _LOCKED.discard(self._fd)
            os.close(self._fd)  # releases the lock
            self._fd = None
