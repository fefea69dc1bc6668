"""Shared fixtures: the heavy pipeline is built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

#: ``../shared`` beside the repository root (CI has it too); tests skip when it is absent.
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from rusnews_nlp import Pipeline

    return Pipeline()
