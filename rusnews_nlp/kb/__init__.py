"""The knowledge base, its word index, evidence, offices and word tables (``base.py`` is the
old ``kb.py``; it is split by question in the next commit)."""

from . import base as _base
from .base import *  # noqa: F401,F403


def __getattr__(name: str):
    return getattr(_base, name)
