"""Throughput benchmark: our full pipeline against natasha's ``Doc`` pipeline, side by side.

``rusnews-nlp bench`` (or ``python -m rusnews_nlp.bench``) runs, on the same corpus and each in
a fresh process so start-up and peak memory are measured alike:

* ours: ``Pipeline().pipe(texts, n_process=W)`` — tokens, lemmas, entities with normal forms,
  referents, quotes — once per worker count in ``--workers``;
* ours as ``rusnews-nlp annotate --workers W`` runs it: JSONL records in, schema-v1 JSONL lines
  out (``io.batches.map_batches``), once per worker count: ``--workers`` serialises in
  the workers, where ``pipe(n_process=W)`` rebuilds every document as Python objects in the
  calling process, so the two speed-ups differ;
* natasha: ``Doc`` one document at a time: segment -> tag_morph -> tag_ner -> lemmatize every
  token with ``MorphVocab`` -> normalize every span. ``import natasha`` needs pymorphy2, which
  needs ``pkg_resources`` (setuptools < 82), so this side runs in its own interpreter:
  ``--natasha-python``, else ``.venv-natasha`` beside the clone (or in the working directory),
  which the first run creates with ``python -m venv`` and pip (``NATASHA_REQUIREMENTS``).

It prints documents/s, tokens/s, documents per CPU-second (steadier than wall time on a shared
machine), the ratio ours/natasha, peak RSS, start-up time (process spawn -> first document
analysed: imports, model and dictionary loading) and the time of the adversarial inputs
(``adversarial.py``) at 1x, 4x and 16x size, with the growth exponent (1 = linear),
and one long record (``adversarial.news_archive``: news items whose cast keeps growing) of 1, 2,
4 and 8 MB, with the CPU seconds per MB at each size (``--long-mb``; ``--no-long-document``).

* ``run.py`` — one invocation: the sides run round by round, and the command line;
* ``corpus.py`` — the texts measured; ``child.py`` — our side's child process;
* ``natasha.py`` — natasha's side and its venv; ``report.py`` — targets and the report;
* ``adversarial.py`` — adversarial inputs (also for the robustness tests).
"""

from .. import compat as _compat
from .child import growth_exponent, run_child
from .corpus import find_default_corpus, load_corpus
from .natasha import find_natasha_python
from .report import Side, check_targets, format_report, summarise
from .run import (EXAMPLES, add_arguments, build_parser, main, parse_float_list, parse_int_list,
                  run, run_bench)

__all__ = ["EXAMPLES", "add_arguments", "build_parser", "main", "run", "run_bench",
           "format_report", "check_targets", "summarise", "Side", "load_corpus",
           "find_default_corpus", "growth_exponent", "run_child", "find_natasha_python",
           "parse_int_list", "parse_float_list"]

#: The other names of the old ``bench.py``, found in their modules with a warning.
__getattr__ = _compat.forward(__name__)
