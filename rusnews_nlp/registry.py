"""Stage registry: pipeline stages are registered by name, like spaCy's ``Language.factory``.

A stage is a callable from a batch of documents to a batch of new documents. It declares the
document fields it ``requires`` and ``provides`` so that a pipeline can check its order and say
what is missing (as stanza's processors do).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Protocol, Sequence

from .annotations import Document
from .errors import PipelineError


class Stage(Protocol):
    name: str

    def __call__(self, docs: Sequence[Document]) -> list[Document]: ...


@dataclass(frozen=True)
class StageSpec:
    name: str
    factory: Callable[..., Stage]
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    doc: str


_REGISTRY: dict[str, StageSpec] = {}


def register(name: str, *, requires: Sequence[str] = (), provides: Sequence[str] = ()) -> Callable:
    """Decorator registering a stage factory under ``name``."""

    def wrap(factory: Callable[..., Stage]) -> Callable[..., Stage]:
        _REGISTRY[name] = StageSpec(name, factory, tuple(requires), tuple(provides),
                                    (factory.__doc__ or "").strip().split("\n")[0])
        return factory

    return wrap


def get_stage(name: str) -> StageSpec:
    _load_builtin_stages()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise PipelineError(
            f"unknown stage {name!r}; registered stages: {sorted(_REGISTRY)}"
        ) from None


def registered() -> dict[str, StageSpec]:
    _load_builtin_stages()
    return dict(_REGISTRY)


def make_stage(name: str, **config: Any) -> Stage:
    return get_stage(name).factory(**config)


#: Modules that register the built-in stages; imported on first use.
BUILTIN_STAGE_MODULES = (
    "rusnews_nlp.text.zones",
    "rusnews_nlp.text.segment",
    "rusnews_nlp.text.morph",
    "rusnews_nlp.entities.ner",
    "rusnews_nlp.entities.normalize",
    "rusnews_nlp.entities.referents",
    "rusnews_nlp.quotes",
    "rusnews_nlp.kb.linker",
)


def _load_builtin_stages() -> None:
    import importlib

    for module in BUILTIN_STAGE_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as error:
            if error.name != module:  # a real import error inside the module
                raise
