"""The ``link`` stage: referents linked to knowledge-base ids (``per:peskov_dmitry``)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from ..annotations import Document, Referent
from ..registry import register
from .base import KnowledgeBase, default_kb
from .dates import doc_date
from .merge import merge_linked
from .records import Date

if TYPE_CHECKING:
    from .evidence import Vetting

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LinkTrace:
    """Why a referent got its ``kb_id`` or none: ``candidate`` is what its name matched,
    ``reason`` the deciding rule, ``vetting`` the context evidence (``evidence``)."""

    referent: str
    name: str | None
    candidate: str | None
    by: str | None
    reason: str
    vetting: "Vetting | None" = None


@dataclass(frozen=True)
class KBLinker:
    """Sets ``kb_id``/``kb_by`` on each referent of a document."""

    kb: KnowledgeBase = field(repr=False)
    name: str = "link"

    def __call__(self, docs: Sequence[Document]) -> list[Document]:
        return [self.link_document(doc) for doc in docs]

    def link_document(self, doc: Document) -> Document:
        if not doc.referents:
            return doc
        day = doc_date(doc.meta, doc.text)
        entities = {e.id: e for e in doc.entities}
        referents = tuple(self.link_referent(doc.text, ref, entities, day)
                          for ref in doc.referents)
        return merge_linked(doc.replace(referents=referents), self.kb.entries)

    def explain(self, doc: Document) -> list["LinkTrace"]:
        """The debug trace of ``link_document``: per referent, what its name matched and
        why the link was kept or dropped."""
        day = doc_date(doc.meta, doc.text)
        entities = {e.id: e for e in doc.entities}
        return [self.link_referent_traced(doc.text, ref, entities, day)[1]
                for ref in doc.referents]

    def link_referent(self, text: str, ref: Referent, entities: Mapping[str, Any],
                      day: Date | None) -> Referent:
        linked, trace = self.link_referent_traced(text, ref, entities, day)
        if trace.vetting is not None and not trace.vetting.ok:
            log.debug("link: %s %r not linked to %s: %s %s", ref.id, ref.name, trace.candidate,
                      trace.vetting.reason, [(e.phrase, e.rule) for e in trace.vetting.evidence])
        return linked

    def link_referent_traced(self, text: str, ref: Referent, entities: Mapping[str, Any],
                             day: Date | None) -> tuple[Referent, "LinkTrace"]:
        mentions = [entities[m] for m in ref.mentions if m in entities]
        found: list[list[str]] = []

        def roles() -> list[str]:  # the role phrases before the mentions, found once if asked
            if not found:
                found.append([r for r in (self.kb.role_before(text, e.start)
                                          for e in mentions) if r])
            return found[0]

        names = [ref.name] if ref.name else []
        names += [n for e in mentions for n in (e.normal, e.text) if n and n not in names]
        links = set()
        for name in names:
            linked = self.kb.link_name(name, ref.label, day, roles)
            if linked:
                links.add(linked)
            elif not self.kb.name_hits(name, ref.label) and self.kb.parse_role(name):
                resolved = self.kb.resolve_role(name, day)
                if resolved:
                    links.add(resolved)
        if len({kb_id for kb_id, _ in links}) != 1:
            reason = "ambiguous" if links else "no-match"
            return ref, LinkTrace(ref.id, ref.name, None, None, reason)
        kb_id, by = sorted(links, key=lambda link: link[1] != "name")[0]
        vetting = None
        if by != "role@date" and self.kb.entries[kb_id].type == "PER":
            spans = [(e.start, e.end) for e in mentions]
            vetting = self.kb.vet(kb_id, spans, text, day,
                                  supported=any(b == "role@date" for _, b in links))
            if not vetting.ok:
                return ref, LinkTrace(ref.id, ref.name, kb_id, by, vetting.reason, vetting)
        return (replace(ref, kb_id=kb_id, kb_by=by),
                LinkTrace(ref.id, ref.name, kb_id, by, vetting.reason if vetting else by,
                          vetting))


@register("link", requires=("referents",), provides=("referents",))
def make_linker(path: str | None = None, extra: Sequence[str] = (), replace: bool = False
                ) -> KBLinker:
    """Knowledge-base linking of referents to stable ids (``per:peskov_dmitry``)."""
    return KBLinker(default_kb(path, tuple(extra), replace))
