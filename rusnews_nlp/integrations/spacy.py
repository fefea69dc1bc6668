"""spaCy integration: the ``rusnews_nlp`` pipeline component and a razdel tokenizer.

After ``pip install 'rusnews-nlp[spacy]'`` both are found through spaCy's entry points, so no
import is needed::

    nlp = spacy.blank("ru")
    nlp.add_pipe("rusnews_nlp")          # or: nlp = rusnews_nlp.spacy.load()
    doc = nlp("Песков заявил, что Кремль готов к диалогу.")
    doc.ents, doc.spans["quotes"][0]._.speaker, doc._.referents

What the component sets (the same analysis as ``rusnews-nlp annotate``, offset for offset):

* ``token.lemma_``, ``token.pos_``, ``token.morph``, sentence starts (``doc.sents``);
* ``doc.ents`` (PER/ORG/LOC; ``ent.id_`` is our entity id, ``ent.kb_id_`` the referent's KB id)
  and ``doc.spans["entities"]`` (the same spans as a group); ``span._.normal``, ``_.referent``;
* ``doc.spans["quotes"]``: label = quote type, ``id_`` = quote id; ``span._.speaker`` (canonical
  name), ``_.speaker_type``, ``_.referent``, ``_.cue``, ``_.cue_lemma``, ``_.quote_type``;
* ``doc._.referents`` and ``doc._.zones``: schema-v1 dicts.

Everything is stored as plain values in ``doc.user_data`` (``span._.entity`` / ``span._.quote``
hold the schema-v1 dicts, the other span attributes are getters over them), so a ``DocBin``
with ``store_user_data=True`` keeps it all. Import this module (or call
``register_extensions()``) before reading ``._`` attributes of deserialised docs.

Tokens: spaCy's own Russian tokenizer splits differently from razdel, and our offsets follow
razdel. ``load()`` uses :class:`RazdelTokenizer`, which yields our tokens exactly (whitespace
runs other than one trailing space become ``is_space`` tokens, as in spaCy). With any other
tokenizer the component returns a re-tokenised copy of the Doc (same text, ``user_data`` kept);
annotations of components that ran before it are then lost, with a warning — put it first.
"""

from __future__ import annotations

import warnings
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch, registry

from ..annotations import Document, Entity, Quote, Span as TextSpan, Token
from ..text.segment import segment

#: Component and tokenizer names (also the entry points in ``pyproject.toml``).
COMPONENT = "rusnews_nlp"
TOKENIZER = "rusnews_nlp.RazdelTokenizer.v1"

#: ``doc.spans`` keys.
QUOTES_KEY = "quotes"
ENTITIES_KEY = "entities"


# --------------------------------------------------------------------------- extensions


def _stored(span: Span) -> Mapping[str, Any]:
    """The schema-v1 dict behind a quote or entity span (empty for other spans)."""
    return span._.quote or span._.entity or {}


def _speaker(span: Span) -> Mapping[str, Any]:
    return (span._.quote or {}).get("speaker") or {}


def _cue(span: Span) -> Mapping[str, Any]:
    return (span._.quote or {}).get("cue") or {}


def _span_referent(span: Span) -> str | None:
    """Quotes: the speaker's referent id; entities: the referent the entity is a mention of."""
    if span._.quote:
        return _speaker(span).get("referent")
    if span._.entity:
        entity_id = span._.entity["id"]
        for referent in span.doc._.referents or ():
            if entity_id in referent.get("mentions", ()):
                return referent["id"]
    return None


def _speaker_name(span: Span) -> str | None:
    return _speaker(span).get("name")


def _speaker_type(span: Span) -> str | None:
    return _speaker(span).get("type")


def _speaker_text(span: Span) -> str | None:
    return _speaker(span).get("text")


def _cue_text(span: Span) -> str | None:
    return _cue(span).get("text")


def _cue_lemma(span: Span) -> str | None:
    return _cue(span).get("lemma")


def _quote_type(span: Span) -> str | None:
    return (span._.quote or {}).get("type")


def _rule(span: Span) -> str | None:
    return (span._.quote or {}).get("rule")


def _normal(span: Span) -> str | None:
    return (span._.entity or {}).get("normal")


def _zone(span: Span) -> str | None:
    return _stored(span).get("zone")


#: Span attributes computed from the stored dicts: name -> getter. Getters are module-level
#: functions so that ``nlp.pipe(n_process=...)`` can pickle them under spawn/forkserver.
SPAN_GETTERS: dict[str, Callable[[Span], Any]] = {
    "speaker": _speaker_name,
    "speaker_type": _speaker_type,
    "speaker_text": _speaker_text,
    "referent": _span_referent,
    "cue": _cue_text,
    "cue_lemma": _cue_lemma,
    "quote_type": _quote_type,
    "rule": _rule,
    "normal": _normal,
    "zone": _zone,
}


def register_extensions() -> None:
    """Register our ``Doc._``/``Span._`` attributes (idempotent; done on import)."""
    for name in ("referents", "zones"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in ("entity", "quote"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    for name, getter in SPAN_GETTERS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, getter=getter)


register_extensions()


# --------------------------------------------------------------------------- tokenizer


def build_doc(vocab: Any, text: str, tokens: Sequence[Token],
              sentences: Sequence[TextSpan] = ()) -> Doc:
    """A spaCy Doc over ``text`` whose non-space tokens are exactly ``tokens``.

    One space after a token becomes ``token.whitespace_``; any other gap (newlines, several
    spaces, leading whitespace) becomes a whitespace token, so ``doc.text == text``.
    """
    sentence_starts = {s.start for s in sentences}
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool | None] = []

    def gap(chunk: str) -> None:
        if words and chunk.startswith(" ") and not spaces[-1]:
            spaces[-1] = True
            chunk = chunk[1:]
        if chunk:
            words.append(chunk)
            spaces.append(False)
            starts.append(not words[:-1] if sentences else None)

    position = 0
    for token in tokens:
        if token.start < position:
            raise ValueError(f"overlapping tokens at {token.start}")
        gap(text[position:token.start])
        words.append(text[token.start:token.end])
        spaces.append(False)
        starts.append((token.start in sentence_starts) if sentences else None)
        position = token.end
    gap(text[position:])
    if sentences and starts:
        starts[0] = True
    doc = Doc(vocab, words=words, spaces=spaces,
              sent_starts=starts if sentences else None)
    if doc.text != text:  # pragma: no cover - guards the invariant above
        raise AssertionError("rebuilt spaCy Doc text differs from the input text")
    return doc


class RazdelTokenizer:
    """spaCy tokenizer with our segmenter: razdel tokens and sentences, glued words split."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        sentences, tokens = segment(text)
        return build_doc(self.vocab, text, tokens, sentences)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # The tokenizer has no state; these let nlp.to_disk/from_disk/to_bytes work.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> "RazdelTokenizer":
        return self

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        from pathlib import Path

        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text('{"tokenizer": "razdel"}\n', encoding="utf-8")

    def from_disk(self, path: Any, **kwargs: Any) -> "RazdelTokenizer":
        return self

    def __reduce__(self) -> tuple:
        return (RazdelTokenizer, (self.vocab,))


@registry.tokenizers(TOKENIZER)
def create_tokenizer() -> Callable[[Language], RazdelTokenizer]:
    """``[nlp.tokenizer] @tokenizers = "rusnews_nlp.RazdelTokenizer.v1"``."""

    def make(nlp: Language) -> RazdelTokenizer:
        return RazdelTokenizer(nlp.vocab)

    return make


# --------------------------------------------------------------------------- component


def _aligned(doc: Doc, tokens: Sequence[Token]) -> bool:
    ours = [(t.start, t.end) for t in tokens]
    theirs = [(t.idx, t.idx + len(t)) for t in doc if not t.is_space]
    return ours == theirs


def _has_annotations(doc: Doc) -> bool:
    attrs = ("TAG", "POS", "MORPH", "LEMMA", "DEP", "ENT_IOB")
    return any(doc.has_annotation(a) for a in attrs) or len(doc.spans) > 0


def _span(doc: Doc, start: int, end: int, label: str, span_id: str, what: str,
          kb_id: str | None = None) -> Span:
    span = doc.char_span(start, end, label=label, kb_id=kb_id or "", span_id=span_id)
    if span is None:  # not on token boundaries: widen, keeping the exact offsets in _.quote/_.entity
        warnings.warn(f"rusnews_nlp: {what} [{start}, {end}) is not on token boundaries; "
                      "the spaCy span is widened to whole tokens", stacklevel=3)
        span = doc.char_span(start, end, label=label, kb_id=kb_id or "", span_id=span_id,
                             alignment_mode="expand")
    return span


def apply_document(doc: Doc, document: Document) -> Doc:
    """Write our analysis of ``doc.text`` onto ``doc`` (or a re-tokenised copy; see module doc)."""
    if document.text != doc.text:
        raise ValueError("the analysed document's text differs from the spaCy Doc's text")
    if not _aligned(doc, document.tokens):
        if _has_annotations(doc):
            warnings.warn("rusnews_nlp: the Doc is not tokenised by razdel, so it is rebuilt and "
                          "annotations of earlier components are dropped; put 'rusnews_nlp' "
                          "first or use rusnews_nlp.spacy.load()", stacklevel=3)
        rebuilt = build_doc(doc.vocab, doc.text, document.tokens, document.sentences)
        rebuilt.user_data.update(doc.user_data)
        doc = rebuilt
    elif document.sentences and not (doc.has_annotation("SENT_START")
                                     or doc.has_annotation("DEP")):
        starts = {s.start for s in document.sentences}
        for token in doc:
            token.is_sent_start = token.i == 0 or (token.idx in starts and not token.is_space)

    by_start = {t.idx: t for t in doc if not t.is_space}
    for ours in document.tokens:
        token = by_start[ours.start]
        if ours.lemma is not None:
            token.lemma_ = ours.lemma
        if ours.pos:
            token.pos_ = ours.pos
        if ours.feats:
            token.set_morph(ours.feats)

    kb_by_entity = {m: r.kb_id for r in document.referents if r.kb_id for m in r.mentions}
    entity_spans = []
    for entity in document.entities:
        span = _span(doc, entity.start, entity.end, entity.label, entity.id, "entity",
                     kb_by_entity.get(entity.id))
        span._.entity = entity.to_dict()
        entity_spans.append(span)
    doc.spans[ENTITIES_KEY] = entity_spans
    doc.set_ents(spacy.util.filter_spans(entity_spans), default="outside")

    quote_spans = []
    for quote in document.quotes:
        span = _span(doc, quote.start, quote.end, quote.type, quote.id, "quote")
        span._.quote = quote.to_dict()
        quote_spans.append(span)
    doc.spans[QUOTES_KEY] = quote_spans

    doc._.referents = [r.to_dict() for r in document.referents]
    doc._.zones = [z.to_dict() for z in document.zones]
    return doc


class RusnewsComponent:
    """Runs the rusnews-nlp pipeline on each Doc's text and writes the result onto the Doc.

    The models load on first use (and once per worker process with ``n_process``).
    """

    def __init__(self, nlp: Language, name: str = COMPONENT,
                 stages: Sequence[str] | None = None,
                 config: Mapping[str, Mapping[str, Any]] | None = None,
                 batch_size: int = 32) -> None:
        self.name = name
        self.stages = list(stages) if stages is not None else None
        self.config = {k: dict(v) for k, v in (config or {}).items()}
        self.batch_size = batch_size
        self._pipeline: Any = None

    @property
    def pipeline(self) -> Any:
        if self._pipeline is None:
            from ..pipeline import Pipeline

            self._pipeline = Pipeline(stages=self.stages, config=self.config,
                                      batch_size=self.batch_size)
        return self._pipeline

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc], batch_size=1))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size or self.batch_size):
            analysed = self.pipeline.process_batch([Document(text=d.text) for d in batch])
            for doc, document in zip(batch, analysed):
                yield apply_document(doc, document)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_pipeline"] = None  # models are reloaded in the receiving process
        return state


@Language.factory(
    COMPONENT,
    default_config={"stages": None, "config": {}, "batch_size": 32},
    assigns=["token.lemma", "token.pos", "token.morph", "token.is_sent_start", "doc.ents",
             "doc.spans", "doc._.referents", "doc._.zones", "span._.quote", "span._.entity"],
    retokenizes=True,
)
def make_component(nlp: Language, name: str, stages: list[str] | None,
                   config: dict[str, dict[str, Any]], batch_size: int) -> RusnewsComponent:
    """``nlp.add_pipe("rusnews_nlp", config={"stages": [...], "batch_size": 32})``."""
    return RusnewsComponent(nlp, name, stages, config, batch_size)


def load(stages: Sequence[str] | None = None,
         config: Mapping[str, Mapping[str, Any]] | None = None,
         batch_size: int = 32) -> Language:
    """A blank Russian spaCy pipeline with our tokenizer and the ``rusnews_nlp`` component."""
    nlp = spacy.blank("ru", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    nlp.add_pipe(COMPONENT, config={
        "stages": list(stages) if stages is not None else None,
        "config": {k: dict(v) for k, v in (config or {}).items()},
        "batch_size": batch_size,
    })
    return nlp


# --------------------------------------------------------------------------- back to schema-v1


def to_document(doc: Doc, id: str | None = None) -> Document:
    """Our ``Document`` read back from spaCy's own attributes (offsets, labels, lemmas...).

    Tokens, sentences, entity and quote offsets/labels come from the spaCy Doc; names, cues and
    speakers from the ``._`` values. ``to_document(doc).to_dict()`` is the CLI's JSONL line.
    """
    tokens = tuple(
        Token(t.idx, t.idx + len(t), t.text, t.lemma_ or None, t.pos_ or None, str(t.morph))
        for t in doc if not t.is_space
    )
    sentences: list[TextSpan] = []
    if doc.has_annotation("SENT_START"):
        for sent in doc.sents:
            words = [t for t in sent if not t.is_space]
            if words:
                sentences.append(TextSpan(words[0].idx, words[-1].idx + len(words[-1])))
    entity_spans = doc.spans[ENTITIES_KEY] if ENTITIES_KEY in doc.spans else doc.ents
    entities = tuple(
        Entity(s.id_ or (s._.entity or {}).get("id", ""), s.start_char, s.end_char, s.text,
               s.label_, s._.normal, s._.zone)
        for s in entity_spans
    )
    quotes = []
    for span in doc.spans.get(QUOTES_KEY, ()):
        stored = Quote.from_dict(span._.quote)
        quotes.append(Quote(span.id_ or stored.id, span.start_char, span.end_char, span.text,
                            span.label_, stored.cue, stored.speaker, stored.rule, stored.zone))
    return Document.from_dict({
        "id": id, "text": doc.text,
        "referents": doc._.referents or [], "zones": doc._.zones or [],
    }).replace(tokens=tokens, sentences=tuple(sentences), entities=entities,
               quotes=tuple(quotes))
