"""The pipeline: registered stages composed in order, applied to batches of documents.

Batching is the primary path: ``Pipeline.pipe`` groups documents so that the neural taggers see
many sentences at once; ``Pipeline.__call__`` is ``pipe`` on one text.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Mapping, Sequence

from .annotations import DocInput, Document, to_document
from .errors import PipelineError
from .models.blas import blas_threads
from .registry import Stage, get_stage, make_stage, registered

#: The full analysis, in order. Stages missing from the registry are skipped with no error
#: only if they are optional (see ``OPTIONAL_STAGES``).
DEFAULT_STAGES: tuple[str, ...] = (
    "zones", "segment", "morph", "ner", "normalize", "referents", "quotes", "link", "flag_zones",
)
OPTIONAL_STAGES = frozenset({"zones", "referents", "quotes", "link", "flag_zones"})

#: What each output field needs, beyond what the stages it names require themselves: a
#: request for fewer fields runs fewer stages (``--fields entities`` runs no quotes, no
#: referents and no lemmatisation) with identical output for the fields it keeps.
FIELD_STAGES: Mapping[str, tuple[str, ...]] = {
    "meta": (),
    "zones": ("zones",),
    "sentences": ("segment",),
    "tokens": ("segment", "morph"),
    "entities": ("zones", "segment", "morph", "ner", "normalize", "flag_zones"),
    "referents": ("zones", "segment", "morph", "ner", "normalize", "referents", "link",
                  "flag_zones"),
    "quotes": ("zones", "segment", "morph", "ner", "normalize", "referents", "quotes",
               "flag_zones"),
}

#: Fields whose stages read token lemmas (quote cues and speaker phrases match on lemmas).
LEMMA_FIELDS = frozenset({"tokens", "referents", "quotes"})


def stages_for(fields: Iterable[str]) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The default stages, in order, that the requested output ``fields`` need, and the config
    that switches off lemmatisation when none of them reads lemmas."""
    wanted = {stage for name in fields for stage in FIELD_STAGES.get(name, ())}
    stages = [name for name in DEFAULT_STAGES if name in wanted]
    config: dict[str, dict[str, Any]] = {}
    if "morph" in wanted and not LEMMA_FIELDS & set(fields):
        config["morph"] = {"lemmas": False}
    return stages, config


class Pipeline:
    """Analyse Russian news: ``Pipeline()("текст")`` or ``Pipeline().pipe(texts)``.

    ``stages`` names registered stages (default: the full analysis); ``config`` maps a stage
    name to keyword arguments for its factory. ``blas_threads`` is the OpenBLAS thread count a
    batch runs with (default 1: the taggers' small matrices run slower on more, see
    ``rusnews_nlp.models.blas``; the caller's setting is restored after each batch); ``None`` leaves
    OpenBLAS alone.
    """

    def __init__(self, stages: Sequence[str] | None = None,
                 config: Mapping[str, Mapping[str, Any]] | None = None,
                 batch_size: int = 32, blas_threads: int | None = 1) -> None:
        config = dict(config or {})
        names = list(DEFAULT_STAGES if stages is None else stages)
        available = registered()
        if stages is None:
            names = [n for n in names if n in available or n not in OPTIONAL_STAGES]
        self.batch_size = batch_size
        self.blas_threads = blas_threads
        self.stage_names = tuple(names)
        self.config = {name: dict(config.get(name, {})) for name in names}  # for workers
        self._check_order(names)
        self.stages: list[Stage] = [make_stage(n, **config.get(n, {})) for n in names]

    @staticmethod
    def _check_order(names: Sequence[str]) -> None:
        have: set[str] = {"text", "id", "meta"}
        for name in names:
            spec = get_stage(name)
            missing = [r for r in spec.requires if r not in have]
            if missing:
                raise PipelineError(
                    f"stage {name!r} requires {missing}, which no earlier stage provides; "
                    f"stages so far provide {sorted(have)}"
                )
            have.update(spec.provides)

    def __call__(self, text: DocInput) -> Document:
        return next(iter(self.pipe([text], batch_size=1)))

    def pipe(self, texts: Iterable[DocInput], batch_size: int | None = None,
             n_process: int = 1) -> Iterator[Document]:
        """Yield analysed documents in input order, processing ``batch_size`` at a time.

        ``n_process > 1`` fans batches out to worker processes, each loading the models once.
        """
        size = batch_size or self.batch_size
        if size < 1:
            raise ValueError("batch_size must be >= 1")
        if n_process != 1:
            from .parallel import parallel_pipe

            yield from parallel_pipe(self, texts, size, n_process)
            return
        batch: list[Document] = []
        for item in texts:
            batch.append(to_document(item))
            if len(batch) >= size:
                yield from self.process_batch(batch)
                batch = []
        if batch:
            yield from self.process_batch(batch)

    def process_batch(self, docs: Sequence[Document]) -> list[Document]:
        out = list(docs)
        with blas_threads(self.blas_threads):
            for stage in self.stages:
                out = stage(out)
        return out
