"""One self-contained HTML page showing annotated documents: entities, quotes and speakers.

Rendering reads schema-v1 records (no pipeline run) and draws the marks with displaCy's
``span`` style (``manual=True``), which stacks overlapping spans: an entity inside a quote, a
cue beside it. Each quote's label names its type and speaker. Page chrome (``zones``) is shown
greyed out under a caption saying what kind of chrome it is.

displaCy's span renderer takes a list of tokens and separates every token by a space. To keep
the original spacing (no space in ``Пескова,`` or ``«Мы``) we hand it the text cut at every
whitespace run and every span boundary, mark each non-space piece with an invisible glue
character and remove "glue + space" from its output; marked pieces use a template without
surrounding whitespace. The page uses inline CSS only: it opens offline, and can be mailed.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable, Sequence

from ..annotations import Document, Quote, Zone
from ..errors import ResourceError, install_hint
from .annotated import AnnotatedRecord

#: Marks pieces not followed by whitespace (see module doc). A private-use character.
GLUE = "\ue000"

ENTITY_COLORS = {"PER": "#c5b8ff", "ORG": "#8ee6e6", "LOC": "#ffb38a"}
QUOTE_COLORS = {"direct": "#ffd84d", "indirect": "#9be39f", "mixed": "#f7a8cf",
                "according_to": "#a8cdf7"}
CUE_COLOR = "#d0d0d0"
SPEAKER_COLOR = "#e8c9a0"
CHROME_COLOR = "#dddddd"
UNNAMED = "unnamed source"

#: displaCy templates for marked pieces: no whitespace around the text (the default template
#: indents it, which would put a space inside ``Пескова,``).
TPL_PIECE = ('<span class="mark" style="display: inline-block; position: relative; '
             'height: {total_height}px;">{text}{span_slices}{span_starts}</span>')
#: displaCy's bar under a marked piece, without the whitespace its default template has.
TPL_SLICE = ('<span style="background: {bg}; top: {top_offset}px; height: 4px; left: -1px; '
             'width: calc(100% + 2px); position: absolute;"></span>')
#: displaCy's label template with ``nowrap``: a label wider than its first word stays one line.
TPL_START = ('<span style="background: {bg}; top: {top_offset}px; height: 4px; '
             'border-top-left-radius: 3px; border-bottom-left-radius: 3px; left: -1px; '
             'width: calc(100% + 2px); position: absolute;"><span class="label" style="background: '
             '{bg}; z-index: 10; color: #000; top: -0.5em; padding: 2px 3px; position: absolute; '
             'font-size: 0.6em; font-weight: bold; line-height: 1; border-radius: 3px; '
             'white-space: nowrap;">{label}{kb_link}</span></span>')


@dataclass(frozen=True)
class Block:
    """A run of text drawn as one paragraph: a line, or the part of a line in one zone."""

    start: int
    end: int
    zone: Zone | None


@dataclass(frozen=True)
class Mark:
    """A span to draw: character offsets and its displaCy label and colour."""

    start: int
    end: int
    label: str
    color: str


def _outermost(zones: Sequence[Zone], start: int, end: int) -> Zone | None:
    covering = [z for z in zones if z.start <= start and end <= z.end]
    return max(covering, key=lambda z: (z.end - z.start, -z.start)) if covering else None


def outer_zones(zones: Sequence[Zone]) -> list[Zone]:
    """Zones not nested in another (a ``label`` inside a ``feed`` is drawn with its feed)."""
    return [z for z in zones
            if not any(o is not z and o.start <= z.start and z.end <= o.end
                       and (o.end - o.start, -o.start) > (z.end - z.start, -z.start)
                       for o in zones)]


def blocks(doc: Document) -> list[Block]:
    """Non-blank lines, split where an outer zone begins or ends, each with its zone."""
    outer = outer_zones(doc.zones)
    bounds = sorted({b for z in outer for b in (z.start, z.end)})
    out: list[Block] = []
    for line in re.finditer(r"[^\n]+", doc.text):
        cuts = [line.start(), *(b for b in bounds if line.start() < b < line.end()), line.end()]
        for start, end in zip(cuts, cuts[1:]):
            piece = doc.text[start:end]
            if not piece.strip():
                continue
            start += len(piece) - len(piece.lstrip())
            end -= len(piece) - len(piece.rstrip())
            out.append(Block(start, end, _outermost(outer, start, end)))
    return out


def speaker_label(quote: Quote) -> str:
    speaker = quote.speaker
    name = (speaker.name if speaker else None) or UNNAMED
    return f"{quote.type} · {name}"


def marks(doc: Document) -> list[Mark]:
    """Entities, quotes (labelled with their speaker), cues and pronoun/role speaker mentions."""
    out: list[Mark] = []
    entity_offsets = set()
    for e in doc.entities:
        chrome = e.zone == "chrome" and not doc.zones
        out.append(Mark(e.start, e.end, e.label + (" (chrome)" if chrome else ""),
                        CHROME_COLOR if chrome else ENTITY_COLORS.get(e.label, CHROME_COLOR)))
        entity_offsets.add((e.start, e.end))
    for q in doc.quotes:
        chrome = q.zone == "chrome" and not doc.zones
        label = speaker_label(q) + (" (chrome)" if chrome else "")
        out.append(Mark(q.start, q.end, label,
                        CHROME_COLOR if chrome else QUOTE_COLORS.get(q.type, CHROME_COLOR)))
        if q.cue is not None:
            out.append(Mark(q.cue.start, q.cue.end, "cue", CUE_COLOR))
        sp = q.speaker
        if sp is not None and sp.start is not None and (sp.start, sp.end) not in entity_offsets:
            out.append(Mark(sp.start, sp.end, "speaker", SPEAKER_COLOR))  # type: ignore[arg-type]
    unique: dict[tuple[int, int, str], Mark] = {}
    for m in out:
        unique.setdefault((m.start, m.end, m.label), m)
    return list(unique.values())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def displacy_input(text: str, block: Block, block_marks: Iterable[Mark]) -> dict:
    """displaCy's manual ``span`` input for one block, pieces cut at spaces and span bounds."""
    spans = []
    for m in block_marks:
        start, end = _trim(text, max(m.start, block.start), min(m.end, block.end))
        if start < end:
            spans.append((start, end, m))
    cuts = {block.start, block.end}
    cuts.update(b for s, e, _ in spans for b in (s, e))
    for ws in re.finditer(r"\s+", text[block.start:block.end]):
        cuts.update((block.start + ws.start(), block.start + ws.end()))
    points = sorted(cuts)
    tokens: list[str] = []
    index_at: dict[int, int] = {}
    for i, (a, b) in enumerate(zip(points, points[1:])):
        index_at[a] = i
        piece = text[a:b].replace(GLUE, "\ufffd")
        tokens.append(" " if not piece.strip() else piece + GLUE)
    index_at[points[-1]] = len(tokens)
    return {
        "text": text[block.start:block.end],
        "tokens": tokens,
        "spans": [{"start_token": index_at[s], "end_token": index_at[e],
                   "label": html.escape(m.label)} for s, e, m in spans],
    }


def render_blocks(text: str, block_list: Sequence[Block], all_marks: Sequence[Mark]) -> str:
    """displaCy markup for blocks (one ``div.spans`` each), glue removed."""
    try:
        from spacy import displacy
    except ModuleNotFoundError as error:
        raise ResourceError("render draws with spaCy's displaCy, which is not installed: "
                            + install_hint("spacy")) from error

    colors = {html.escape(m.label): m.color for m in all_marks}
    options = {"colors": colors, "top_offset": 34, "span_label_offset": 18,
               "top_offset_step": 16,
               "template": {"span": TPL_PIECE, "slice": TPL_SLICE,
                            "start": TPL_START}}
    parsed = [displacy_input(text, b, [m for m in all_marks
                                       if m.start < b.end and b.start < m.end])
              for b in block_list]
    markup = displacy.render(parsed, style="span", manual=True, options=options, jupyter=False)
    return markup.replace(GLUE + " ", "").replace(GLUE, "")


# --------------------------------------------------------------------------- the page


def document_title(doc: Document, limit: int = 110) -> str:
    for block in blocks(doc):
        if block.zone is None:
            line = doc.text[block.start:block.end]
            return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"
    return "(no body text)"


def _shorten(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _quote_rows(doc: Document, anchor: str) -> str:
    rows = []
    for q in doc.quotes:
        sp = q.speaker
        name = (sp.name if sp else None) or UNNAMED
        said = f' <span class="said">({html.escape(sp.text)})</span>' if sp and sp.text and \
            sp.text != name else ""
        chrome = ' class="chrome-row"' if q.zone == "chrome" else ""
        rows.append(
            f"<tr{chrome}><td><b>{html.escape(name)}</b>{said}</td>"
            f'<td><span class="chip" style="background:{QUOTE_COLORS.get(q.type, CHROME_COLOR)}">'
            f"{html.escape(q.type)}</span></td>"
            f"<td>{html.escape(q.cue.text) if q.cue else ''}</td>"
            f"<td>{html.escape(_shorten(q.text))}</td></tr>")
    if not rows:
        return '<p class="none">No quotes found.</p>'
    return ('<table class="quotes"><thead><tr><th>speaker</th><th>type</th><th>cue</th>'
            f"<th>quote</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _referent_chips(doc: Document) -> str:
    """Who is mentioned: referents by number of mentions, with their KB id when linked."""
    chrome = {e.id for e in doc.entities if e.zone == "chrome"}
    ranked = sorted(doc.referents, key=lambda r: (-len(r.mentions), r.name or ""))
    chips = []
    for r in ranked:
        faded = " faded" if r.mentions and set(r.mentions) <= chrome else ""
        kb = f' <span class="kb">{html.escape(r.kb_id)}</span>' if r.kb_id else ""
        chips.append(f'<span class="ref{faded}"><span class="chip" style="background:'
                     f'{ENTITY_COLORS.get(r.label, CHROME_COLOR)}">{html.escape(r.label)}</span> '
                     f"{html.escape(r.name or '?')} ×{len(r.mentions)}{kb}</span>")
    return f'<div class="refs">{"".join(chips)}</div>' if chips else \
        '<p class="none">No referents.</p>'


def render_document(doc: Document, anchor: str) -> str:
    """One document's section: heading, who-said-what table, marked text."""
    all_marks = marks(doc)
    parts: list[str] = []
    group: list[Block] = []

    def flush() -> None:
        if not group:
            return
        inner = render_blocks(doc.text, group, all_marks)
        zone = group[0].zone
        if zone is None:
            parts.append(f'<div class="body">{inner}</div>')
        else:
            parts.append(f'<div class="chrome" title="page chrome: {html.escape(zone.kind)}">'
                         f'<div class="chrome-kind">page chrome · {html.escape(zone.kind)}'
                         f"</div>{inner}</div>")
        group.clear()

    for block in blocks(doc):
        if group and block.zone != group[0].zone:
            flush()
        group.append(block)
    flush()

    source = doc.meta.get("url") or doc.meta.get("source")
    source_html = f'<div class="source">{html.escape(str(source))}</div>' if source else ""
    body_quotes = [q for q in doc.quotes if q.zone != "chrome"]
    named = {q.speaker.name for q in body_quotes if q.speaker and q.speaker.name}
    counts = " · ".join([_count(len(doc.entities), "entity", "entities"),
                         _count(len(body_quotes), "quote"), _count(len(named), "named speaker")])
    return (
        f'<section class="doc" id="{anchor}">'
        f'<h2><span class="docid">{html.escape(doc.id or anchor)}</span> '
        f"{html.escape(document_title(doc))}</h2>{source_html}"
        f'<div class="counts">{counts} · <a href="#toc">contents ↑</a></div>'
        f"<h3>Who is mentioned</h3>{_referent_chips(doc)}"
        f"<h3>Who said what</h3>{_quote_rows(doc, anchor)}"
        f'<h3>Text</h3><div class="text">{"".join(parts)}</div></section>')


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def _legend() -> str:
    chips = [f'<span class="chip" style="background:{c}">{html.escape(k)}</span>'
             for k, c in {**ENTITY_COLORS, **{f"{t} · speaker": c
                                             for t, c in QUOTE_COLORS.items()},
                          "cue": CUE_COLOR, "speaker": SPEAKER_COLOR}.items()]
    return ('<div class="legend">' + " ".join(chips) +
            ' <span class="chip chrome-chip">page chrome</span></div>')


CSS = """
body{margin:0;background:#fafafa;color:#222;font:16px/1.5 -apple-system,BlinkMacSystemFont,
'Segoe UI',Roboto,'Noto Sans','DejaVu Sans',Arial,sans-serif}
main{max-width:980px;margin:0 auto;padding:24px 32px 64px}
h1{font-size:26px;margin:8px 0 4px} h2{font-size:20px;margin:0 0 4px;line-height:1.3}
h3{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:#777;margin:18px 0 6px}
.sub{color:#666;font-size:14px;margin-bottom:12px}
.legend{margin:10px 0 20px;line-height:2}
.chip{display:inline-block;padding:1px 8px;border-radius:4px;font-size:12px;font-weight:600;
white-space:nowrap}
.chrome-chip{background:#eee;color:#888;border:1px dashed #bbb}
table{border-collapse:collapse;width:100%;font-size:14px;background:#fff}
th,td{border-bottom:1px solid #e6e6e6;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f0f0f0;font-weight:600} td.num{text-align:right;font-variant-numeric:tabular-nums}
.toc a{text-decoration:none;color:#1a5fb4} .toc td.err{color:#b00}
.doc{background:#fff;border:1px solid #e2e2e2;border-radius:8px;padding:20px 24px;
margin:28px 0;box-shadow:0 1px 2px rgba(0,0,0,.04)}
.docid{font:600 12px/1 monospace;color:#fff;background:#555;padding:3px 6px;border-radius:4px;
vertical-align:middle}
.source{font-size:12px;color:#888;word-break:break-all} .counts{font-size:13px;color:#666}
.counts a{color:#1a5fb4;text-decoration:none}
.said{color:#888;font-weight:normal} .none{color:#888;font-size:14px}
.chrome-row{color:#999}
.text{font-size:16px} .text .spans{line-height:2.2 !important;margin:0 0 10px}
.body{margin:0}
.chrome{color:#777;background:#f1f1f1;border-left:3px solid #c8c8c8;padding:4px 12px;
margin:6px 0 14px;filter:grayscale(1);opacity:.55;font-size:14px}
.chrome .spans{margin:0 0 4px !important}
.chrome-kind{font-size:11px;text-transform:uppercase;letter-spacing:.08em;color:#888}
.refs{font-size:13px;line-height:1.9}.ref{margin-right:14px;white-space:nowrap}
.ref .chip{font-size:10px;padding:0 4px}.faded{opacity:.45}
.kb{font:11px monospace;color:#777}
.error{color:#b00;background:#fff3f3;border-color:#f0c0c0}
"""


def render_html(records: Iterable[AnnotatedRecord], title: str = "rusnews-nlp report") -> str:
    """The whole page: summary, legend, table of contents, one section per document."""
    toc: list[str] = []
    sections: list[str] = []
    totals: Counter[str] = Counter()
    for n, record in enumerate(records, 1):
        anchor = f"doc-{n}"
        name = html.escape(record.id or f"{record.source}:{record.line}")
        doc = record.document
        if doc is None:
            totals["errors"] += 1
            toc.append(f'<tr><td class="num">{n}</td><td><a href="#{anchor}">{name}</a></td>'
                       f'<td class="err" colspan="4">{html.escape(record.error or "")}</td></tr>')
            sections.append(f'<section class="doc error" id="{anchor}"><h2>{name}</h2>'
                            f"<p>{html.escape(record.error or '')}</p></section>")
            continue
        body_quotes = [q for q in doc.quotes if q.zone != "chrome"]
        speakers = {q.speaker.name for q in body_quotes if q.speaker and q.speaker.name}
        totals.update(documents=1, entities=len(doc.entities), quotes=len(body_quotes))
        toc.append(f'<tr><td class="num">{n}</td><td><a href="#{anchor}">{name}</a></td>'
                   f"<td>{html.escape(document_title(doc, 80))}</td>"
                   f'<td class="num">{len(doc.entities)}</td>'
                   f'<td class="num">{len(body_quotes)}</td>'
                   f"<td>{html.escape(', '.join(sorted(speakers)))}</td></tr>")
        sections.append(render_document(doc, anchor))
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    summary = " · ".join(
        [_count(totals["documents"], "document"),
         _count(totals["entities"], "entity", "entities"),
         _count(totals["quotes"], "quote") + " outside page chrome"]
        + ([_count(totals["errors"], "unreadable record")] if totals["errors"] else [])
        + [f"generated {stamp}"])
    return (
        '<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body><main>"
        f'<h1>{html.escape(title)}</h1><div class="sub">{summary}</div>{_legend()}'
        '<h3 id="toc">Contents</h3><table class="toc"><thead><tr><th>#</th><th>document</th>'
        "<th>title</th><th>entities</th><th>quotes</th><th>speakers</th></tr></thead>"
        f"<tbody>{''.join(toc)}</tbody></table>{''.join(sections)}"
        "</main></body></html>\n")
