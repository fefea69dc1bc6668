"""Organisations named by a common noun: ``ФК «Зенит»`` (a form before a title) and a bare
``банк`` / ``в холдинге`` the document wrote before an organisation's title."""

from __future__ import annotations

from ...annotations import Entity
from .candidates import Mention
from .phrases import OPENING_QUOTE_MARKS, _case, _lemma


class OrgNames:
    """Mixin of ``SpeakerResolver``: the organisation a noun phrase's common noun stands for."""

    def _titled(self, entity: Entity, i1: int) -> Entity | None:
        """``ФК «Зенит»``, ``ПАО «Сбербанк»``: an organisation's form written before its
        title in quotation marks; the title is the name."""
        tokens = self.index.tokens
        k = self.index.token_range(entity.start, entity.end)[1]
        if k + 1 >= i1 or tokens[k].text not in OPENING_QUOTE_MARKS:
            return None
        title = self.index.entity_at_token[k + 1]
        if title is None or title.label != "ORG" or \
                _case(tokens[k + 1]) not in (None, "Nom"):
            return None  # ``В ЦБ «Известиям» пояснили``: a dative title is the addressee
        return title

    def _descriptor(self, mention: Mention) -> str | None:
        """The common noun written right before an organisation's name (``банк «Открытие»``,
        ``авиакомпании «Аэрофлот»``), as a lemma."""
        tokens = self.index.tokens
        first = self.index.token_range(mention.start, mention.end)[0]
        k = first - 1
        quoted = k >= 0 and tokens[k].text in OPENING_QUOTE_MARKS
        if quoted:
            k -= 1
        if k < 0 or tokens[k].pos != "NOUN" or self.index.entity_at_token[k] is not None:
            return None
        # an apposition: a title in marks or a caseless name (``компания Apple``, ``банк ВТБ``),
        # not a genitive (``Институт Пушкина`` is no ``институт`` named Пушкин)
        if not quoted and _case(tokens[first]) is not None:
            return None
        return _lemma(tokens[k])
