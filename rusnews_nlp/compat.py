"""Old import paths and their new homes, kept working for one release.

``rusnews_nlp`` was one flat folder of modules; their code now lives in sub-packages named for
the step of the analysis they serve (``docs/architecture.md``). So that code written against
the old paths keeps running while it is updated:

* ``install()`` (run by ``rusnews_nlp/__init__.py``) puts a finder on ``sys.meta_path`` that
  answers an old dotted path (``rusnews_nlp.speakers``) with the module that holds its code now
  — the very same module object, so caches, monkeypatches and pickles are shared — and warns
  with a ``DeprecationWarning`` naming the new path;
* ``forward(module)`` is the module ``__getattr__`` of a path that stayed but lost names to a
  split (``rusnews_nlp.kb``, now a package; ``kb.index``; ``commands.annotate``): a name that
  moved is found in its new module, with the same warning (``MOVED_NAMES``).

``rusnews_nlp.spacy`` and ``rusnews_nlp.spark`` are documented entry points rather than old
paths: they name ``integrations.spacy`` and ``integrations.spark`` without a warning.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import warnings
from types import ModuleType
from typing import Any, Callable, Mapping, Sequence

#: Old module path -> the module that holds its code now (a warning on import).
MOVED_MODULES: Mapping[str, str] = {
    "rusnews_nlp.adversarial": "rusnews_nlp.bench.adversarial",
    "rusnews_nlp.annotated": "rusnews_nlp.reports.annotated",
    "rusnews_nlp.batching": "rusnews_nlp.models.batching",
    "rusnews_nlp.blas": "rusnews_nlp.models.blas",
    "rusnews_nlp.cnn": "rusnews_nlp.models.cnn",
    "rusnews_nlp.confusables": "rusnews_nlp.text.confusables",
    "rusnews_nlp.docindex": "rusnews_nlp.entities.docindex",
    "rusnews_nlp.entity_labels": "rusnews_nlp.entities.label_rules",
    "rusnews_nlp.entity_rules": "rusnews_nlp.entities.span_rules",
    "rusnews_nlp.gazetteer": "rusnews_nlp.kb.gazetteer",
    "rusnews_nlp.html": "rusnews_nlp.io.html",
    "rusnews_nlp.kb_evidence": "rusnews_nlp.kb.evidence",
    "rusnews_nlp.kb_index": "rusnews_nlp.kb.index",
    "rusnews_nlp.morph": "rusnews_nlp.text.morph",
    "rusnews_nlp.ner": "rusnews_nlp.entities.ner",
    "rusnews_nlp.normalize": "rusnews_nlp.entities.normalize",
    "rusnews_nlp.offices": "rusnews_nlp.kb.offices",
    "rusnews_nlp.output_file": "rusnews_nlp.io.output_file",
    "rusnews_nlp.person_names": "rusnews_nlp.entities.person_names",
    "rusnews_nlp.referents": "rusnews_nlp.entities.referents",
    "rusnews_nlp.render": "rusnews_nlp.reports.render",
    "rusnews_nlp.resources": "rusnews_nlp.models.resources",
    "rusnews_nlp.roles": "rusnews_nlp.kb.lexicon",
    "rusnews_nlp.segment": "rusnews_nlp.text.segment",
    "rusnews_nlp.speaker_names": "rusnews_nlp.quotes.speakers.names",
    "rusnews_nlp.speakers": "rusnews_nlp.quotes.speakers",
    "rusnews_nlp.stats": "rusnews_nlp.reports.stats",
    "rusnews_nlp.syntax": "rusnews_nlp.models.syntax",
    "rusnews_nlp.zones": "rusnews_nlp.text.zones",
}

#: Short public paths of the integrations: the same module, no warning.
ALIASES: Mapping[str, str] = {
    "rusnews_nlp.spacy": "rusnews_nlp.integrations.spacy",
    "rusnews_nlp.spark": "rusnews_nlp.integrations.spark",
}


def _by_name(homes: Mapping[str, str]) -> dict[str, str]:
    """``{module: "name name ..."}`` as ``{name: module}``."""
    return {name: module for module, names in homes.items() for name in names.split()}


#: Names that left an old module whose path still leads to a module (``kb`` became a package,
#: ``kb_index`` leads to ``kb.index``, ``speakers`` to the ``quotes.speakers`` package):
#: path -> name -> the module that defines it now.
MOVED_NAMES: Mapping[str, Mapping[str, str]] = {
    "rusnews_nlp.bench": _by_name({
        "rusnews_nlp.bench.child": "MIN_TIMED_S OURS_BOOT",
        "rusnews_nlp.bench.corpus": "FACTRU_PARTS PACKAGE_DIR REPO_DIR SAMPLES_PARTS",
        "rusnews_nlp.bench.natasha": "NATASHA_CHILD NATASHA_PROBE NATASHA_REQUIREMENTS "
                                     "NATASHA_VENV NATASHA_VENV_PYTHON create_natasha_venv "
                                     "natasha_candidates natasha_venv_dir setup_commands",
        "rusnews_nlp.bench.report": "TARGET_EXPONENT TARGET_LONG_RATIO TARGET_RATIO "
                                    "TARGET_RSS_MB TARGET_SPEEDUP TARGET_STARTUP_S",
        "rusnews_nlp.bench.run": "WARMUP_TEXT",
    }),
    "rusnews_nlp.commands.annotate": _by_name({
        "rusnews_nlp.io.batches": "BATCH_CHARS analyse annotate_batch check_offsets prepare",
    }),
    "rusnews_nlp.kb": _by_name({
        "rusnews_nlp.kb.dates": "DATE_META_KEYS MONTHS",
        "rusnews_nlp.kb.lemmas": "COMMON_SURNAMES NAME_GRAMMEMES TENSE_PREFIXES TENSE_WORDS "
                                 "analyse_lemmas analyse_name_keys is_initials normal_forms",
        "rusnews_nlp.kb.records": "BUNDLED CSV_LIST_SEP Date RECORD_TYPES RoleKey",
        "rusnews_nlp.kb.role_context": "SCAN_CACHE SCAN_WINDOW analyse_head_noun",
        "rusnews_nlp.kb.role_phrases": "LOOKBEHIND_CHARS TAIL_CHARS clause_before",
    }),
    "rusnews_nlp.quotes.rules": _by_name({
        "rusnews_nlp.quotes.rules.according_to": "MARKER_FIRST_WORDS",
        "rusnews_nlp.quotes.rules.clauses": "MAX_CLAUSE_TOKENS anchor_source anchors clause_end "
                                            "speech_in_quotes that_clause",
        "rusnews_nlp.quotes.rules.direct": "opens_clause speech_like",
    }),
    "rusnews_nlp.quotes.sources": _by_name({
        "rusnews_nlp.quotes.places": "location_source message_source",
        "rusnews_nlp.quotes.objects": "object_right participle_head",
    }),
    "rusnews_nlp.quotes.speakers": _by_name({
        "rusnews_nlp.quotes.speakers.descriptions": "DESCRIPTION_WINDOW",
        "rusnews_nlp.quotes.speakers.phrases": "APPOSITION_MAX DASHES NOUNISH PERSON_LEXICON "
                                               "QUOTE_MARKS",
        "rusnews_nlp.quotes.speakers.roles": "CHAIN_POS CHAIN_PUNCT",
        "rusnews_nlp.quotes.speakers.salience": "PRONOUN_WINDOW SOURCE_WINDOW",
    }),
    "rusnews_nlp.kb.index": _by_name({
        "rusnews_nlp.kb.build_index": "build_table bundled_build bundled_path main record_texts "
                                      "write_table",
    }),
}


def moved_message(old: str, new: str) -> str:
    return f"{old} is now {new}; the old path will be removed in the next release"


def warn_moved(old: str, new: str) -> None:
    """A ``DeprecationWarning`` attributed to the code that used the old path: the first
    frame outside the import machinery and this module."""
    frame = sys._getframe(1)
    while frame.f_back is not None and (frame.f_code.co_filename == __file__
                                        or "importlib" in frame.f_code.co_filename):
        frame = frame.f_back
    warnings.warn_explicit(moved_message(old, new), DeprecationWarning,
                           frame.f_code.co_filename, frame.f_lineno,
                           module=frame.f_globals.get("__name__"),
                           registry=frame.f_globals.setdefault("__warningregistry__", {}))


class _AliasLoader(importlib.abc.Loader):
    """Loads an old path as the module at its new one (imported, then shared)."""

    def __init__(self, target: str, warn: bool) -> None:
        self.target = target
        self.warn = warn
        self._spec: importlib.machinery.ModuleSpec | None = None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        if self.warn:
            warn_moved(spec.name, self.target)
        module = importlib.import_module(self.target)
        self._spec = module.__spec__
        return module

    def exec_module(self, module: ModuleType) -> None:
        # the import system set the alias spec on the shared module: give it its own back
        module.__spec__ = self._spec


class _AliasFinder(importlib.abc.MetaPathFinder):
    """Finds the old paths of ``MOVED_MODULES`` and ``ALIASES``; nothing else."""

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname in MOVED_MODULES:
            return importlib.machinery.ModuleSpec(
                fullname, _AliasLoader(MOVED_MODULES[fullname], warn=True))
        if fullname in ALIASES:
            return importlib.machinery.ModuleSpec(
                fullname, _AliasLoader(ALIASES[fullname], warn=False))
        return None


_FINDER = _AliasFinder()


def install() -> None:
    """Put the finder of old paths on ``sys.meta_path`` (once)."""
    if not any(isinstance(finder, _AliasFinder) for finder in sys.meta_path):
        sys.meta_path.append(_FINDER)


def old_submodule(package: str, name: str) -> ModuleType:
    """``package.name`` for a module ``__getattr__``: an old or aliased submodule path,
    imported through the finder; ``AttributeError`` for anything else."""
    dotted = f"{package}.{name}"
    if dotted in MOVED_MODULES or dotted in ALIASES:
        return importlib.import_module(dotted)
    raise AttributeError(f"module {package!r} has no attribute {name!r}")


def forward(package: str) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: old names of its split module (with a
    warning), then old submodule paths under it."""

    def __getattr__(name: str) -> Any:
        home = MOVED_NAMES.get(package, {}).get(name)
        if home is not None:
            warn_moved(f"{package}.{name}", f"{home}.{name}")
            return getattr(importlib.import_module(home), name)
        return old_submodule(package, name)

    return __getattr__
