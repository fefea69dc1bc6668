"""Errors with codes that say what to do (in the spirit of spaCy's ``Errors``)."""

from __future__ import annotations


def install_hint(extra: str) -> str:
    """How to install an extra, from a clone (the usual case) or a wheel."""
    return (f"install the '{extra}' extra: in the clone `.venv/bin/pip install -e '.[{extra}]'` "
            f"(`make setup-all` installs every extra), else `pip install 'rusnews-nlp[{extra}]'`")


class RusnewsError(Exception):
    """Base class of this library's errors; ``exit_code`` is what the command line returns."""

    code = "E000"
    exit_code = 1

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class ResourceError(RusnewsError):
    """A model file or package is missing; the message says how to install it."""

    code = "E001"


class PipelineError(RusnewsError):
    """A pipeline is misconfigured (unknown stage, unmet requirement)."""

    code = "E002"


class UsageError(RusnewsError):
    """The command line asks for something that cannot be done safely (the output is one of
    the inputs): refused before anything is opened for writing, exit code 2."""

    code = "E005"
    exit_code = 2


class OutputLockedError(RusnewsError):
    """Another run is writing the same output file: two writers would corrupt it."""

    code = "E006"


class WorkerDiedError(RusnewsError):
    """A worker process died (killed by the OS, out of memory, or crashed): the results before
    it are complete, the rest were not computed."""

    code = "E007"


class InputError(RusnewsError):
    """An input record cannot be read (bad JSON, missing text field, bad encoding...)."""

    code = "E003"

    def __init__(self, kind: str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.line = line

    def to_dict(self) -> dict:
        return {"kind": self.kind, "message": self.message, "line": self.line}
