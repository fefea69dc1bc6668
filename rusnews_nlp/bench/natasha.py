"""natasha's side: its ``Doc`` pipeline run in an interpreter that can import natasha (its
pymorphy2 needs ``pkg_resources``, setuptools < 82), ``.venv-natasha`` created on demand."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Sequence

from .corpus import REPO_DIR
from .report import _log

NATASHA_VENV = ".venv-natasha"
NATASHA_VENV_PYTHON = Path(NATASHA_VENV) / "bin" / "python"
#: What natasha's side installs into its own venv: pymorphy2 needs pkg_resources.
NATASHA_REQUIREMENTS = ("natasha==1.6.0", "setuptools<82")
#: What natasha's side really runs, not just ``import natasha``: pymorphy2 reaches for
#: pkg_resources only when ``MorphVocab`` builds its analyzer.
NATASHA_PROBE = "from natasha import MorphVocab; MorphVocab()"


NATASHA_CHILD = r'''
import json, os, resource, sys, time
spec = json.load(open(sys.argv[1], encoding="utf-8"))
from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter
segmenter, vocab, emb = Segmenter(), MorphVocab(), NewsEmbedding()
morph, ner = NewsMorphTagger(emb), NewsNERTagger(emb)

def analyse(text):
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_morph(morph)
    doc.tag_ner(ner)
    for token in doc.tokens:
        token.lemmatize(vocab)
    for span in doc.spans:
        span.normalize(vocab)
    return doc

analyse(spec["warmup"])
ready = time.time()
with open(spec["corpus"], encoding="utf-8") as handle:
    texts = [json.loads(line) for line in handle] * spec["repeat"]
counts = {"docs": 0, "tokens": 0, "entities": 0}
cpu0, t0 = os.times(), time.perf_counter()
for text in texts:
    doc = analyse(text)
    counts["docs"] += 1
    counts["tokens"] += len(doc.tokens)
    counts["entities"] += len(doc.spans)
elapsed, cpu1 = time.perf_counter() - t0, os.times()
try:
    from importlib.metadata import version
    label = "natasha " + version("natasha")
except Exception:
    label = "natasha"
json.dump({"label": label, "startup_s": ready - spec["spawned"], "elapsed_s": elapsed,
           "cpu_s": (cpu1.user + cpu1.system) - (cpu0.user + cpu0.system),
           "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
           "python": sys.version.split()[0], "counts": counts},
          open(spec["result"], "w", encoding="utf-8"))
'''


def natasha_candidates(explicit: str | None) -> list[str]:
    """Interpreters to try for natasha's side. A relative path is made absolute (children run
    in a scratch directory), without resolving symlinks: a venv's python is one."""
    if explicit:
        return [os.path.abspath(explicit) if os.sep in explicit else explicit]
    found = []
    for base in (REPO_DIR, Path.cwd()):
        path = base / NATASHA_VENV_PYTHON
        if path.exists() and str(path) not in found:
            found.append(str(path))
    found.append(sys.executable)
    return found


def natasha_venv_dir() -> Path:
    """Where natasha's venv is created: beside the clone (as ``make bench`` does), else, for
    an installed package, in the working directory."""
    base = REPO_DIR if (REPO_DIR / "pyproject.toml").is_file() else Path.cwd()
    return base / NATASHA_VENV


def setup_commands(venv: Path) -> list[list[str]]:
    """The commands that create natasha's venv (also what to run by hand when they fail)."""
    python = str(venv / "bin" / "python")
    return [[sys.executable, "-m", "venv", str(venv)],
            [python, "-m", "pip", "install", "-q", "--upgrade", "pip"],
            [python, "-m", "pip", "install", "-q", *NATASHA_REQUIREMENTS]]


def _shell(command: Sequence[str]) -> str:
    import shlex

    return " ".join(shlex.quote(part) for part in command)


def create_natasha_venv(venv: Path) -> tuple[str | None, str]:
    """Create ``venv`` with natasha (needs PyPI once); its python, or why not and what to run."""
    commands = setup_commands(venv)
    _log(f"natasha's side needs its own environment ({', '.join(NATASHA_REQUIREMENTS)}: its "
         f"pymorphy2 needs pkg_resources); creating {venv} once, from PyPI ...", False)
    for command in commands:
        try:
            proc = subprocess.run(command, capture_output=True, text=True, timeout=1800)
        except (OSError, subprocess.TimeoutExpired) as error:
            failure = str(error)
        else:
            if proc.returncode == 0:
                continue
            failure = (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
        by_hand = " && ".join(_shell(c) for c in commands)
        return None, (f"creating {venv} failed ({failure}); run `{by_hand}` and then "
                      f"rusnews-nlp bench --natasha-python {venv / 'bin' / 'python'}")
    _log(f"created {venv}", False)
    return str(venv / "bin" / "python"), ""


def _natasha_runs(python: str) -> tuple[bool, str]:
    try:
        proc = subprocess.run([python, "-c", NATASHA_PROBE], capture_output=True, text=True,
                              timeout=300)
    except (OSError, subprocess.TimeoutExpired) as error:
        return False, f"{python}: {error}"
    if proc.returncode == 0:
        return True, ""
    last = (proc.stderr.strip().splitlines() or ["exit %d" % proc.returncode])[-1]
    return False, f"{python}: {last}"


def find_natasha_python(explicit: str | None,
                        create: bool = False) -> tuple[str | None, str]:
    """The first interpreter where natasha's pipeline can start, and why not when none can.

    Without ``explicit`` and with ``create``, a missing ``.venv-natasha`` is created
    (``create_natasha_venv``); an explicit interpreter is never replaced.
    """
    reasons = []
    for python in natasha_candidates(explicit):
        ok, reason = _natasha_runs(python)
        if ok:
            return python, ""
        reasons.append(reason)
    venv = natasha_venv_dir()
    built = (venv / "bin" / "python").exists()
    if explicit or built or not create:
        if explicit:
            hint = ""
        elif built:
            hint = f"; {venv} cannot run natasha: remove it to have it created again"
        else:
            hint = f"; create it with `{' && '.join(_shell(c) for c in setup_commands(venv))}`"
        return None, "; ".join(reasons) + hint
    python, reason = create_natasha_venv(venv)
    if python is None:
        return None, reason
    ok, reason = _natasha_runs(python)
    return (python, "") if ok else (None, reason)
