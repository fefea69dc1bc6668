"""Annotation records: frozen dataclasses with ``[start, end)`` code-point offsets.

Every span points into the exact input text (``doc.text[span.start:span.end] == span.text``);
nothing here ever rewrites the text. ``to_dict`` produces the schema-v1 JSON object
(``docs/schema-v1.json``) and ``from_dict`` reads it back, so a JSONL line round-trips exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import Any, Iterable, Mapping

SCHEMA_VERSION = 1

#: Top-level document fields a user may select with ``--fields`` (``id`` and ``text`` always stay).
DOCUMENT_FIELDS = ("meta", "sentences", "tokens", "entities", "quotes", "referents", "zones")

#: Entity labels produced by NER.
LABELS = ("PER", "ORG", "LOC")

#: Quote types, as in ``GUIDELINE.md`` section 1.
QUOTE_TYPES = ("direct", "indirect", "mixed", "according_to")

#: Speaker types: an entity label or a source the text does not name.
SPEAKER_TYPES = ("PER", "ORG", "LOC", "UNNAMED")


def _check_span(start: int, end: int) -> None:
    if not (isinstance(start, int) and isinstance(end, int)) or start < 0 or end < start:
        raise ValueError(f"bad span offsets [{start}, {end})")


def feats_to_dict(feats: str) -> dict[str, str]:
    """Parse a UD FEATS string (``Case=Nom|Gender=Masc``; ``""`` for none) into a new dict."""
    return dict(_parse_feats(feats))


@lru_cache(maxsize=8192)
def _parse_feats(feats: str) -> tuple[tuple[str, str], ...]:
    """Cached: a corpus has a few thousand distinct FEATS strings and millions of tokens."""
    if not feats or feats == "_":
        return ()
    return tuple(tuple(pair.split("=", 1)) for pair in feats.split("|"))  # type: ignore[misc]


def feats_to_str(feats: Mapping[str, str]) -> str:
    """Format a feature dict as a sorted UD FEATS string (immutable, compact in JSON)."""
    return "|".join(f"{key}={feats[key]}" for key in sorted(feats))


@dataclass(frozen=True, slots=True)
class Span:
    """A bare ``[start, end)`` range (sentences, page zones)."""

    start: int
    end: int

    def __post_init__(self) -> None:
        _check_span(self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Span":
        return cls(data["start"], data["end"])


Sentence = Span


@dataclass(frozen=True, slots=True)
class Zone:
    """A region of page chrome (navigation, captions, feed lists, ads...) in scraped text."""

    start: int
    end: int
    kind: str

    def __post_init__(self) -> None:
        _check_span(self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Zone":
        return cls(data["start"], data["end"], data["kind"])


@dataclass(frozen=True, slots=True)
class Token:
    """A razdel token with its contextual lemma, UD POS and UD FEATS string."""

    start: int
    end: int
    text: str
    lemma: str | None = None
    pos: str | None = None
    feats: str = ""

    def __post_init__(self) -> None:
        _check_span(self.start, self.end)

    @property
    def feats_dict(self) -> dict[str, str]:
        return feats_to_dict(self.feats)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text,
            "lemma": self.lemma, "pos": self.pos, "feats": self.feats,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Token":
        return cls(data["start"], data["end"], data["text"], data.get("lemma"),
                   data.get("pos"), data.get("feats") or "")


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity (PER/ORG/LOC) with its nominative ``normal`` form.

    ``zone`` is ``"chrome"`` when the entity lies in page chrome (see ``zones``), else ``None``.
    """

    id: str
    start: int
    end: int
    text: str
    label: str
    normal: str | None = None
    zone: str | None = None

    def __post_init__(self) -> None:
        _check_span(self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "start": self.start, "end": self.end, "text": self.text,
            "label": self.label, "normal": self.normal, "zone": self.zone,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Entity":
        return cls(data["id"], data["start"], data["end"], data["text"], data["label"],
                   data.get("normal"), data.get("zone"))


@dataclass(frozen=True, slots=True)
class Cue:
    """The words that report speech (``заявил``, ``по словам``); ``lemma`` is the cue's lemma."""

    start: int
    end: int
    text: str
    lemma: str

    def __post_init__(self) -> None:
        _check_span(self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "lemma": self.lemma}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Cue":
        return cls(data["start"], data["end"], data["text"], data["lemma"])


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said it: canonical ``name`` (``None`` for UNNAMED), its type and referent id.

    ``start``/``end``/``text`` are the mention the attribution was made from (``None`` when
    the source is implicit, e.g. an impersonal ``отмечается``).
    """

    name: str | None
    type: str
    referent: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None

    def __post_init__(self) -> None:
        if self.start is not None or self.end is not None:
            _check_span(self.start, self.end)  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "type": self.type, "referent": self.referent,
            "start": self.start, "end": self.end, "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Speaker":
        return cls(data.get("name"), data["type"], data.get("referent"),
                   data.get("start"), data.get("end"), data.get("text"))


@dataclass(frozen=True, slots=True)
class Quote:
    """A reported statement: its exact span, type, cue and speaker.

    ``rule`` names the extraction rule that fired (the debug trace); ``zone`` as on entities.
    """

    id: str
    start: int
    end: int
    text: str
    type: str
    cue: Cue | None
    speaker: Speaker | None
    rule: str | None = None
    zone: str | None = None

    def __post_init__(self) -> None:
        _check_span(self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "start": self.start, "end": self.end, "text": self.text,
            "type": self.type,
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "rule": self.rule, "zone": self.zone,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Quote":
        cue = data.get("cue")
        speaker = data.get("speaker")
        return cls(
            data["id"], data["start"], data["end"], data["text"], data["type"],
            Cue.from_dict(cue) if cue else None,
            Speaker.from_dict(speaker) if speaker else None,
            data.get("rule"), data.get("zone"),
        )


@dataclass(frozen=True, slots=True)
class Referent:
    """A cluster of mentions of one person/organisation/place within a document.

    ``name`` is the fullest nominative form in the document; ``mentions`` are entity ids.
    ``kb_id``/``kb_by`` are set by knowledge-base linking (how the link was made).
    """

    id: str
    label: str
    name: str | None
    mentions: tuple[str, ...] = ()
    kb_id: str | None = None
    kb_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "label": self.label, "name": self.name,
            "mentions": list(self.mentions), "kb_id": self.kb_id, "kb_by": self.kb_by,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Referent":
        return cls(data["id"], data["label"], data.get("name"), tuple(data.get("mentions", ())),
                   data.get("kb_id"), data.get("kb_by"))


@dataclass(frozen=True, slots=True)
class Document:
    """An analysed document. Stages return new documents (``dataclasses.replace``)."""

    text: str
    id: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)
    sentences: tuple[Span, ...] = ()
    tokens: tuple[Token, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    referents: tuple[Referent, ...] = ()
    zones: tuple[Zone, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"document text must be str, not {type(self.text).__name__}")

    def replace(self, **changes: Any) -> "Document":
        return replace(self, **changes)

    def span_text(self, span: Span | Token | Entity | Quote | Zone) -> str:
        return self.text[span.start:span.end]

    def to_dict(self, fields_: Iterable[str] | None = None) -> dict[str, Any]:
        """The schema-v1 object; ``fields_`` keeps only those of ``DOCUMENT_FIELDS``."""
        keep = set(DOCUMENT_FIELDS if fields_ is None else fields_)
        unknown = keep - set(DOCUMENT_FIELDS)
        if unknown:
            raise ValueError(f"unknown fields {sorted(unknown)}; choose from {list(DOCUMENT_FIELDS)}")
        out: dict[str, Any] = {"id": self.id, "text": self.text}
        for name in DOCUMENT_FIELDS:
            if name not in keep:
                continue
            value = getattr(self, name)
            out[name] = dict(value) if name == "meta" else [item.to_dict() for item in value]
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Document":
        return cls(
            text=data["text"],
            id=data.get("id"),
            meta=dict(data.get("meta") or {}),
            sentences=tuple(Span.from_dict(s) for s in data.get("sentences", ())),
            tokens=tuple(Token.from_dict(t) for t in data.get("tokens", ())),
            entities=tuple(Entity.from_dict(e) for e in data.get("entities", ())),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
            referents=tuple(Referent.from_dict(r) for r in data.get("referents", ())),
            zones=tuple(Zone.from_dict(z) for z in data.get("zones", ())),
        )


#: What ``Pipeline`` accepts as a document: a text, a ``Document`` or a schema-v1 mapping.
DocInput = str | Document | Mapping[str, Any]


def to_document(item: DocInput) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(text=item)
    if isinstance(item, Mapping):
        return Document(text=item["text"], id=item.get("id"), meta=dict(item.get("meta") or {}))
    raise TypeError(f"cannot analyse a {type(item).__name__}; pass str, Document or a mapping")


def record_field_names(record_type: type) -> tuple[str, ...]:
    """Field names of an annotation class, in order (used by schema and Spark mirrors)."""
    return tuple(f.name for f in fields(record_type))
