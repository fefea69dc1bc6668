"""The models load without importing natasha (whose pymorphy2 needs ``pkg_resources``).

``make test`` installs setuptools >= 82, which has no ``pkg_resources``: there, this test proves
the whole pipeline runs where ``import natasha`` would fail.
"""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

import pytest

SCRIPT = r"""
import sys
from rusnews_nlp import Pipeline
doc = Pipeline()("По словам Пескова, Сергею Лаврову поручили начать переговоры.")
assert any(e.normal == "Сергей Лавров" for e in doc.entities), doc.entities
banned = [m for m in ("natasha", "pymorphy2", "pkg_resources", "spacy", "pyspark")
          if m in sys.modules]
assert not banned, banned
print("ok")
"""


def test_pipeline_does_not_import_natasha():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("ok")


def _major(name: str) -> int:
    return int(version(name).split(".")[0])


def test_runs_without_pkg_resources():
    if _major("setuptools") < 82:
        pytest.skip("setuptools < 82 here; `make test` installs >= 82 for this check")
    probe = subprocess.run([sys.executable, "-c", "import pkg_resources"], capture_output=True)
    assert probe.returncode != 0, "setuptools >= 82 should have no pkg_resources"
    test_pipeline_does_not_import_natasha()
