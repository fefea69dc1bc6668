"""Who said what across a corpus: quotes per speaker, and counts per document.

Quotes are grouped across documents by the speaker's identity, decided by the first of these
ordered rules that applies (``GROUPING_RULES``; each group records which rule made it):

* ``kb``: the speaker's referent is linked to the knowledge base -> its ``kb_id``;
* ``name``: otherwise the canonical speaker name (case, ``ё`` and spacing ignored);
* ``unnamed``: sources the text does not name (``UNNAMED`` speakers) form one group.

Then, unless ``merge_names=False``, a ``name`` group whose words are a subset of the words of
exactly one other group of the same speaker type is merged into it (``Песков`` into
``Дмитрий Песков``), the way the quote guideline matches speaker names. Two candidates
(``Иванов`` with ``Иван Иванов`` and ``Пётр Иванов``) means no merge.

Cues are counted by what they say, not how (``cue_group``): ``как отметила`` counts with
``отметить`` and ``по ее словам`` with ``по словам``.

Quotes inside page chrome (``zone == "chrome"``) are left out unless ``include_chrome``.
Reads schema-v1 records; nothing here imports the models or spaCy (only pymorphy3's
dictionary, to put the verb of an ``как отметила`` cue in its dictionary form).
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Mapping, Sequence

from ..annotations import QUOTE_TYPES, Document, Quote
from .annotated import AnnotatedRecord

UNNAMED_NAME = "(unnamed sources)"


def name_key(name: str) -> str:
    """Comparison form of a name: lower case, ``ё`` as ``е``, single spaces."""
    return " ".join(name.replace("ё", "е").replace("Ё", "Е").lower().split())


@dataclass(frozen=True)
class Attribution:
    """One quote reduced to what the statistics need."""

    doc_id: str
    quote_type: str
    speaker_name: str | None
    speaker_type: str
    kb_id: str | None
    cue_lemma: str | None


GroupKey = tuple[str, str]

#: Ordered grouping rules: (name, function of an attribution -> group key or None).
GROUPING_RULES: tuple[tuple[str, Callable[[Attribution], GroupKey | None]], ...] = (
    ("kb", lambda a: ("kb", a.kb_id) if a.kb_id else None),
    ("name", lambda a: ("name", name_key(a.speaker_name)) if a.speaker_name else None),
    ("unnamed", lambda a: ("unnamed", "")),
)


def group_key(attribution: Attribution) -> GroupKey:
    for _, rule in GROUPING_RULES:
        key = rule(attribution)
        if key is not None:
            return key
    raise AssertionError("the last grouping rule always applies")  # pragma: no cover


def attributions(doc: Document, doc_id: str,
                 include_chrome: bool = False) -> list[Attribution]:
    referents = {r.id: r for r in doc.referents}
    out = []
    for quote in doc.quotes:
        if quote.zone == "chrome" and not include_chrome:
            continue
        out.append(_attribution(quote, doc_id, referents))
    return out


def _attribution(quote: Quote, doc_id: str, referents: Mapping) -> Attribution:
    sp = quote.speaker
    referent = referents.get(sp.referent) if sp and sp.referent else None
    return Attribution(
        doc_id=doc_id, quote_type=quote.type,
        speaker_name=(sp.name if sp else None) or None,
        speaker_type=sp.type if sp else "UNNAMED",
        kb_id=referent.kb_id if referent is not None else None,
        cue_lemma=cue_group(quote.cue.lemma) if quote.cue and quote.cue.lemma else None,
    )


# --------------------------------------------------------------------------- cue groups

#: Words of a cue that do not change what the cue says: the ``как`` of ``как отметила`` and
#: the possessive of ``по ее словам`` / ``по нашим данным`` (who spoke is the speaker column).
CUE_FILLER_FIRST = frozenset({"как"})
CUE_POSSESSIVES = frozenset("""
    его ее её их мой моему моим моей моих наш нашему нашим нашей наших ваш вашему вашим вашей
    ваших твоему твоим свой своему своим своей своих собственным собственному
""".split())

#: pymorphy3 parts of speech read as the verb of a cue (its dictionary form is the group).
VERB_TAGS = ("VERB", "INFN", "GRND", "PRTF", "PRTS")


@lru_cache(maxsize=4096)
def cue_group(lemma: str) -> str:
    """The cue as it is counted: filler words dropped, a lone verb in its dictionary form.

    ``как отметила`` -> ``отметить``, ``по ее словам`` -> ``по словам``, ``по их данным`` ->
    ``по данным``; a cue that is already a lemma (``заявить``) stays as it is.
    """
    words = lemma.lower().split()
    if len(words) > 1 and words[0] in CUE_FILLER_FIRST:
        words = words[1:]
    if len(words) > 2:
        words = [w for w in words if w not in CUE_POSSESSIVES] or words
    if len(words) == 1 and len(lemma.split()) > 1:
        return _verb_lemma(words[0])
    return " ".join(words)


def _verb_lemma(word: str) -> str:
    """``отметила`` -> ``отметить``; a word with no verb reading is kept as it is."""
    from ..models.resources import morph_analyzer

    for parse in morph_analyzer().parse(word):
        if parse.tag.POS in VERB_TAGS:
            if parse.tag.POS in ("PRTF", "PRTS", "GRND"):
                verb = parse.inflect({"INFN"})
                return verb.word if verb is not None else parse.normal_form
            return parse.normal_form
    return word


@dataclass(frozen=True)
class SpeakerStats:
    """Quotes of one speaker across the corpus."""

    speaker: str
    type: str
    kb_id: str | None
    quotes: int
    documents: int
    quote_types: Mapping[str, int]
    cues: tuple[tuple[str, int], ...]
    names: tuple[str, ...]
    grouped_by: str

    def to_dict(self) -> dict:
        data = asdict(self)
        data["quote_types"] = dict(self.quote_types)
        data["cues"] = [{"lemma": lemma, "count": n} for lemma, n in self.cues]
        data["names"] = list(self.names)
        return data


@dataclass(frozen=True)
class DocumentStats:
    """Counts for one document (or the reason it could not be read)."""

    id: str
    entities: int = 0
    referents: int = 0
    quotes: int = 0
    quote_types: Mapping[str, int] = field(default_factory=dict)
    speakers: int = 0
    unnamed_quotes: int = 0
    chrome_quotes: int = 0
    error: str | None = None

    def to_dict(self) -> dict:
        data = asdict(self)
        data["quote_types"] = dict(self.quote_types)
        return data


@dataclass(frozen=True)
class CorpusStats:
    speakers: tuple[SpeakerStats, ...]
    documents: tuple[DocumentStats, ...]

    @property
    def totals(self) -> dict[str, int]:
        good = [d for d in self.documents if d.error is None]
        return {
            "documents": len(good),
            "unreadable": len(self.documents) - len(good),
            "quotes": sum(d.quotes for d in good),
            "speakers": sum(1 for s in self.speakers if s.grouped_by != "unnamed"),
            "unnamed_quotes": sum(d.unnamed_quotes for d in good),
            "chrome_quotes": sum(d.chrome_quotes for d in good),
        }

    def to_dict(self) -> dict:
        return {"totals": self.totals,
                "speakers": [s.to_dict() for s in self.speakers],
                "documents": [d.to_dict() for d in self.documents]}


def _type_counts(types: Iterable[str]) -> dict[str, int]:
    counts = Counter(types)
    ordered = {t: counts.pop(t, 0) for t in QUOTE_TYPES}
    ordered.update(sorted(counts.items()))  # types outside the guideline, if any
    return ordered


def _merge_short_names(groups: dict[GroupKey, list[Attribution]]) -> dict[GroupKey, GroupKey]:
    """``name`` groups to fold into the one longer group whose words contain theirs."""
    words: dict[GroupKey, list[frozenset[str]]] = {}
    types: dict[GroupKey, str] = {}
    for key, items in groups.items():
        if key[0] == "unnamed":
            continue
        words[key] = list({frozenset(name_key(a.speaker_name).split())
                           for a in items if a.speaker_name})
        types[key] = Counter(a.speaker_type for a in items).most_common(1)[0][0]
    full = {key: max(variants, key=len, default=frozenset()) for key, variants in words.items()}
    target: dict[GroupKey, GroupKey] = {}
    for key in words:
        if key[0] != "name":
            continue
        mine = frozenset(key[1].split())
        candidates = [other for other, variants in words.items()
                      if other != key and types[other] == types[key]
                      and any(mine < v for v in variants)]
        # Шойгу < Сергей Шойгу < Сергей Кужугетович Шойгу: a chain has one fullest member
        fullest = [c for c in candidates if not any(full[c] < full[o] for o in candidates)]
        if len(fullest) == 1:
            target[key] = fullest[0]
    return target


def _display_name(items: Sequence[Attribution]) -> str:
    names = Counter(a.speaker_name for a in items if a.speaker_name)
    if not names:
        return UNNAMED_NAME
    return max(names, key=lambda n: (len(n.split()), names[n], n))


def corpus_stats(records: Iterable[AnnotatedRecord], top_cues: int = 3,
                 include_chrome: bool = False, merge_names: bool = True) -> CorpusStats:
    """Speaker and document statistics of annotated records (one pass, in memory per group)."""
    groups: dict[GroupKey, list[Attribution]] = defaultdict(list)
    documents: list[DocumentStats] = []
    for n, record in enumerate(records, 1):
        doc_id = record.id or (record.document.id if record.document else None) or \
            f"{record.source}:{record.line}"
        doc = record.document
        if doc is None:
            documents.append(DocumentStats(doc_id, error=record.error or "unreadable"))
            continue
        found = attributions(doc, doc_id, include_chrome)
        keys = set()
        for a in found:
            key = group_key(a)
            groups[key].append(a)
            keys.add(key)
        documents.append(DocumentStats(
            id=doc_id, entities=len(doc.entities), referents=len(doc.referents),
            quotes=len(found), quote_types=_type_counts(a.quote_type for a in found),
            speakers=len([k for k in keys if k[0] != "unnamed"]),
            unnamed_quotes=sum(1 for a in found if group_key(a)[0] == "unnamed"),
            chrome_quotes=sum(1 for q in doc.quotes if q.zone == "chrome"),
        ))
    merged: dict[GroupKey, list[Attribution]] = defaultdict(list)
    target = _merge_short_names(groups) if merge_names else {}
    for key, items in groups.items():
        merged[target.get(key, key)].extend(items)
    speakers = []
    for key, items in merged.items():
        cues = Counter(a.cue_lemma for a in items if a.cue_lemma)
        speakers.append(SpeakerStats(
            speaker=_display_name(items),
            type=Counter(a.speaker_type for a in items).most_common(1)[0][0],
            kb_id=key[1] if key[0] == "kb" else None,
            quotes=len(items),
            documents=len({a.doc_id for a in items}),
            quote_types=_type_counts(a.quote_type for a in items),
            cues=tuple(sorted(cues.items(), key=lambda kv: (-kv[1], kv[0]))[:top_cues]),
            names=tuple(sorted({a.speaker_name for a in items if a.speaker_name})),
            grouped_by=key[0],
        ))
    speakers.sort(key=lambda s: (-s.quotes, -s.documents, s.grouped_by == "unnamed",
                                 name_key(s.speaker)))
    return CorpusStats(tuple(speakers), tuple(documents))


# --------------------------------------------------------------------------- output

SPEAKER_COLUMNS = ("speaker", "type", "kb_id", "quotes", "documents", *QUOTE_TYPES, "cues",
                   "names")
DOCUMENT_COLUMNS = ("id", "entities", "referents", "quotes", *QUOTE_TYPES, "speakers",
                    "unnamed_quotes", "chrome_quotes", "error")


def _cues_text(cues: Sequence[tuple[str, int]]) -> str:
    return ", ".join(f"{lemma} {n}" for lemma, n in cues)


def speaker_rows(stats: CorpusStats, min_quotes: int = 1) -> list[dict]:
    rows = []
    for s in stats.speakers:
        if s.quotes < min_quotes:
            continue
        rows.append({"speaker": s.speaker, "type": s.type, "kb_id": s.kb_id or "",
                     "quotes": s.quotes, "documents": s.documents,
                     **{t: s.quote_types.get(t, 0) for t in QUOTE_TYPES},
                     "cues": _cues_text(s.cues), "names": "; ".join(s.names)})
    return rows


def document_rows(stats: CorpusStats) -> list[dict]:
    return [{"id": d.id, "entities": d.entities, "referents": d.referents, "quotes": d.quotes,
             **{t: d.quote_types.get(t, 0) for t in QUOTE_TYPES}, "speakers": d.speakers,
             "unnamed_quotes": d.unnamed_quotes, "chrome_quotes": d.chrome_quotes,
             "error": d.error or ""} for d in stats.documents]


def text_table(rows: Sequence[Mapping], columns: Sequence[str],
               max_width: int = 48) -> str:
    """A plain aligned table; numbers right-aligned, long cells cut with an ellipsis."""
    def cell(value: object) -> str:
        text = str(value)
        return text if len(text) <= max_width else text[:max_width - 1] + "…"

    cells = [[cell(row[c]) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    numeric = [bool(rows) and all(isinstance(row[c], int) for row in rows) for c in columns]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v.rjust(w) if num else v.ljust(w)
                         for v, w, num in zip(values, widths, numeric)).rstrip()

    out = [line(list(columns)), line(["-" * w for w in widths])]
    out.extend(line(r) for r in cells)
    return "\n".join(out) + "\n"


def _drop_empty(columns: Sequence[str], rows: Sequence[Mapping],
                optional: Sequence[str]) -> list[str]:
    return [c for c in columns if c not in optional or any(row[c] for row in rows)]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def format_table(stats: CorpusStats, view: str = "all", min_quotes: int = 1) -> str:
    parts = []
    totals = stats.totals
    summary = [_count(totals["documents"], "document"), _count(totals["quotes"], "quote"),
               _count(totals["speakers"], "named speaker"),
               _count(totals["unnamed_quotes"], "quote") + " from unnamed sources"]
    notes = [_count(totals["chrome_quotes"], "quote") + " in page chrome left out"]
    if totals["unreadable"]:
        notes.append(_count(totals["unreadable"], "unreadable record"))
    parts.append(", ".join(summary) + "; " + "; ".join(notes) + "\n")
    if view in ("speakers", "all"):
        rows = speaker_rows(stats, min_quotes)
        columns = _drop_empty([c for c in SPEAKER_COLUMNS if c != "names"], rows, ("kb_id",))
        parts.append("\nSpeakers\n" + (text_table(rows, columns) if rows else "(no quotes)\n"))
    if view in ("documents", "all"):
        rows = document_rows(stats)
        columns = _drop_empty(DOCUMENT_COLUMNS, rows, ("error",))
        parts.append("\nDocuments\n" + text_table(rows, columns))
    return "".join(parts)


#: A cell starting with one of these is a formula to a spreadsheet (``=HYPERLINK(...)``,
#: ``@SUM(...)``, ``-2+3``), and names, ids and cue lemmas come from scraped text. OWASP's
#: "CSV Injection" advice: such a cell gets a leading ``'``, which spreadsheets show as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")


def csv_cell(value: object) -> object:
    """``value`` safe to open in a spreadsheet: a text starting like a formula is prefixed
    with ``'``; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def format_csv(stats: CorpusStats, view: str = "speakers", min_quotes: int = 1) -> str:
    if view == "all":
        raise ValueError("CSV holds one table: choose --view speakers or --view documents")
    rows = speaker_rows(stats, min_quotes) if view == "speakers" else document_rows(stats)
    columns = SPEAKER_COLUMNS if view == "speakers" else DOCUMENT_COLUMNS
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: csv_cell(value) for key, value in row.items()} for row in rows)
    return buffer.getvalue()


def format_json(stats: CorpusStats, view: str = "all", min_quotes: int = 1) -> str:
    data = stats.to_dict()
    data["speakers"] = [s for s in data["speakers"] if s["quotes"] >= min_quotes]
    if view == "speakers":
        data.pop("documents")
    elif view == "documents":
        data.pop("speakers")
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


FORMATTERS: dict[str, Callable[..., str]] = {
    "table": format_table, "csv": format_csv, "json": format_json,
}


def default_view(fmt: str) -> str:
    """Both tables, except CSV, which holds one: the speakers."""
    return "speakers" if fmt == "csv" else "all"


__all__ = ["corpus_stats", "CorpusStats", "SpeakerStats", "DocumentStats", "GROUPING_RULES",
           "format_table", "format_csv", "format_json", "name_key"]
