"""Bodies named by a common noun: ``ФК «Зенит»`` (a form before a title), a bare ``банк`` /
``в холдинге`` the document wrote before an organisation's title, a country's ``сторона``, and
the one outlet quoted so far for a bare ``издание``."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Sequence

from ...annotations import Entity, Speaker
from ...entities.referents import org_key
from ...kb.base import default_kb
from ...kb.lexicon import MEDIA_NOUNS, METONYMS, NATIONALITY_ADJECTIVES, metonym, plain
from .candidates import Mention
from .phrases import OPENING_QUOTE_MARKS, _case, _lemma


#: ``сторона`` of ``украинская сторона``: the country in talks.
SIDE_NOUN = "сторона"
#: How many sentences back ``украинская сторона`` looks for the country as the text names it.
SIDE_WINDOW = 20


@lru_cache(maxsize=256)
def country_of_adjective(adjective: str) -> str | None:
    """The KB's country for a nationality adjective (``украинский`` -> ``Украина``)."""
    kb = default_kb()
    found = {kb.entries[eid].name for eid in kb.by_adjective(adjective)
             if kb.entries[eid].type == "LOC"}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4096)
def kb_kinds(name: str) -> frozenset[str]:
    """The kinds of body the KB writes before a body's name in its aliases (``Госкорпорация
    «Роскосмос»`` -> {``госкорпорация``}): what a bare ``госкорпорации`` points back to."""
    kb = default_kb()
    linked = kb.link_name(name, "ORG")
    entry = kb.entries.get(linked[0]) if linked else None
    if entry is None:
        return frozenset()
    firsts = (alias.split(" ", 1)[0] for alias in entry.aliases if " " in alias)
    return frozenset(plain(word) for word in firsts if word[:1].isupper() and word.isalpha())


#: Metonyms that may point at any body when none of the document's names fits their patterns
#: (``ведомство`` for ``Росстат``), and how many sentences back that body may be named.
ANY_BODY_METONYMS = frozenset({"ведомство"})
BODY_WINDOW = 2


#: Verbs only an outlet relays with (``пишет «Интерфакс»``, ``передает ТАСС``): their subject
#: is no ``ведомство`` (any body ``сообщает``).
_RELAY_LEMMAS = frozenset({"писать", "передавать", "передать"})


#: Nouns of a business: a bare ``компания`` may be the body introduced as a ``корпорация``.
BUSINESS_NOUNS = frozenset({"компания", "корпорация", "госкорпорация", "концерн", "холдинг",
                            "фирма", "производитель", "авиакомпания", "группа", "предприятие"})


#: Adjectives of a body that do not name its kind.
EVERYDAY_ADJECTIVES = frozenset({
    "российский", "федеральный", "региональный", "областной", "городской", "районный",
    "местный", "государственный", "национальный", "международный", "американский",
    "главный", "крупный", "известный", "крупнейший", "ведущий", "профильный", "соответствующий",
    "центральный", "муниципальный", "отечественный", "зарубежный", "иностранный",
})


def _kind_stems(tokens: Sequence, i0: int, head: int) -> tuple[str, ...]:
    """Stems of the adjectives before a metonym that say what kind of body it is
    (``надзорного`` -> ``надзо``, ``антимонопольной`` -> ``антимонопол``); nationality and
    other everyday adjectives (``российский``, ``новый``) say nothing of the kind."""
    stems = []
    for k in range(i0, head):
        if tokens[k].pos != "ADJ":
            continue
        word = _lemma(tokens[k])
        if word in NATIONALITY_ADJECTIVES or word in EVERYDAY_ADJECTIVES or len(word) < 7:
            continue
        stems.append(word[:max(5, len(word) - 4)])
    return tuple(stems)


#: A name that is a web address (``Gettyimages.ru``, ``Lenta.ru``): a site, never a
#: ``компания`` or ``госкорпорация`` pointed back to.
_WEB_ADDRESS = re.compile(r"\.(?:ru|com|org|net|info|рф|ua|by|kz)$", re.IGNORECASE)


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

    def _country_side(self, i0: int, head: int, before: int) -> Speaker | None:
        """``Украинская сторона заявила``: a country's side in talks is that country (a
        ``LOC`` speaker, GUIDELINE §3), as the document names it, else as the KB does."""
        tokens = self.index.tokens
        if _lemma(tokens[head]) != SIDE_NOUN:
            return None
        adjective = next((_lemma(tokens[k]) for k in range(i0, head)
                          if _lemma(tokens[k]) in NATIONALITY_ADJECTIVES), None)
        if adjective is None:
            return None
        places = NATIONALITY_ADJECTIVES[adjective]
        for mention in self._mentions_before(before, SIDE_WINDOW):
            if mention.kind == "entity" and mention.label == "LOC":
                name = self._by_id[mention.referent].name or ""  # type: ignore[index]
                if plain(name) in places or org_key(name) in places:
                    return self._from_mention(mention, before)
        name = country_of_adjective(adjective)
        return Speaker(name, "LOC", None) if name else None

    def _only_quoted_body(self, before: int) -> Mention | None:
        """The last organisation mention marked a speaker before ``before`` if all such
        mentions so far name one body. Built once and bisected: a long text with many
        ``издание`` would otherwise rescan every mention each time."""
        if self._quoted_bodies is None:
            marks = [m for m in self.mentions
                     if m.kind == "entity" and m.label == "ORG" and m.speaker]
            second = next((m.end for m in marks if m.referent != marks[0].referent),
                          None) if marks else None
            self._quoted_bodies = ([m.end for m in marks], marks, second)
        ends, marks, second = self._quoted_bodies
        k = bisect_right(ends, before)
        if k == 0 or second is not None and second <= before:
            return None
        return marks[k - 1]

    def _unit_of_metonym(self, head: int, before: int) -> Speaker | None:
        """``пресс-служба перевозчика``, ``пресс-службы ведомства``: the body the genitive
        after a unit's noun points back to, if the document named one."""
        nxt = head + 1  # past adjectives: ``пресс-служба российской госкорпорации``
        while nxt + 1 < len(self.index.tokens) and nxt - head <= 2 and \
                self.index.tokens[nxt].pos == "ADJ" and _case(self.index.tokens[nxt]) == "Gen":
            nxt += 1
        if nxt < len(self.index.tokens) and _case(self.index.tokens[nxt]) == "Gen" and \
                metonym(_lemma(self.index.tokens[nxt])) is not None:
            found = self._rule_metonym(head + 1, nxt + 1, nxt, before)
            if found is not None and found.type == "ORG":
                return found
        return None

    def _rule_metonym(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        lemma = metonym(_lemma(self.index.tokens[head]))  # ``интернет-компании`` -> компания
        if lemma is None:
            return None
        patterns = METONYMS[lemma]
        best: tuple[int, int, Mention] | None = None
        # the best rank: the latest such mention wins; ``ведомство`` takes any of its patterns
        # (the latest body of any of those kinds), a bare ``компания`` prefers a body the
        # document introduced as one (``американская компания Zentra``)
        unordered = lemma in ANY_BODY_METONYMS
        top = 1 if unordered else len(patterns) if patterns else 2
        kinds = _kind_stems(self.index.tokens, i0, head)
        if kinds:
            # ``надзорное ведомство`` -> Роспотребнадзор, ``антимонопольная служба`` -> ФАС
            # as the text spelt it: the body whose name says what kind it is, first
            found = next((m for m in self._mentions_back(before)
                          if m.kind == "entity" and m.label != "PER" and any(
                              stem in plain(self._by_id[m.referent].name or "")  # type: ignore
                              for stem in kinds)), None)
            if found is not None:
                return self._by_title(found, before)
        for mention in self._mentions_back(before):
            if mention.kind != "entity" or mention.label == "PER" or \
                    lemma not in MEDIA_NOUNS and self._outlet(mention):
                continue  # (``…, сообщает Reuters. В компании заявили``: not the outlet)
            referent = self._by_id[mention.referent]  # type: ignore[index]
            name = plain(referent.name or "")
            names = {name, org_key(referent.name or "")}
            descriptor = self._descriptor(mention)  # ``Авиакомпания «Полярная линия»``
            if descriptor:
                names.add(descriptor)
            if patterns:
                rank = next((len(patterns) - k for k, p in enumerate(patterns)
                             if any(n == p or n.startswith(p) or p in n.split()
                                    for n in names)), 0)  # ``вуз``: Московский … университет
                if not rank:
                    continue
                if unordered:
                    rank = 1
            else:
                if referent.label != "ORG" or _WEB_ADDRESS.search(referent.name or ""):
                    continue  # (``Gettyimages.ru`` under a photo is a site, no company)
                # the kind written before the name or as its first word (``Холдинг Ростех``),
                # or in the KB's names of the body (``Госкорпорация «Роскосмос»``)
                kind = descriptor or name.split(" ", 1)[0]
                rank = 2 if kind == lemma or {kind, lemma} <= BUSINESS_NOUNS \
                    or lemma in kb_kinds(referent.name or "") else 1
            if best is None or rank > best[0]:
                best = (rank, mention.start, mention)
                if rank == top:
                    break
        if best is None and lemma in ANY_BODY_METONYMS:
            # ``Росстат опубликовал данные. По данным ведомства, …``: no name says what kind
            # of body it is, so the body named in the last sentences, or a body's unit with
            # its place (``Прокуратура Амурской области …. сообщила пресс-служба ведомства``)
            best = next(((1, m.start, m) for m in self._mentions_before(before, BODY_WINDOW)
                         if m.kind == "entity" and m.referent is not None
                         and self._by_id[m.referent].label == "ORG" and not self._outlet(m)
                         or m.kind == "org_unit"), None)
            if best is not None and best[2].kind == "org_unit":
                return self._from_mention(best[2], before)
            last = self._by_id.get(self._last_speaker or "")
            if best is None and last is not None and last.label == "ORG":
                # ``Об этом сообщили в УГИБДД. … «…», — говорится в сообщении. В ведомстве
                # также уточнили``: the body that spoke last, named further back
                return self._from_referent(last)
            if best is None and last is not None and last.label == "PER":
                return _ministry_of(self._roles_of.get(last.id, ()))
            if best is None and last is None and self._last_body is not None:
                # ``… со ссылкой на данные городской прокуратуры. По данным надзорного
                # ведомства``: the body that spoke last, a phrase no entity names
                return self._last_body
        return self._by_title(best[2], before) if best is not None else None

    def _outlet(self, mention: Mention) -> bool:
        """An outlet, never a ``ведомство``: a name after a media noun (``агентство
        «Интерфакс»``) or beside a verb of relaying (``Об этом пишет «Интерфакс»``,
        ``«Интерфакс» передает``)."""
        tokens = self.index.tokens
        i0, i1 = self.index.token_range(mention.start, mention.end)
        k = i0 - 1
        while k >= 0 and tokens[k].text in OPENING_QUOTE_MARKS:
            k -= 1
        m = i1
        while m < len(tokens) and not any(c.isalnum() for c in tokens[m].text) and \
                tokens[m].text not in (",", "."):
            m += 1  # past a closing mark
        near = [j for j in (k, m) if 0 <= j < len(tokens)]
        return any(_lemma(tokens[j]) in MEDIA_NOUNS and j == k or
                   _lemma(tokens[j]) in _RELAY_LEMMAS for j in near)

    def _of_a_place(self, head: int, dependent: Entity, before: int) -> Speaker | None:
        """``внешнеполитического ведомства Ирана``: a body's kind with a place is the body of
        that kind the document named (``МИД Ирана``), if any."""
        if dependent.label != "LOC" or metonym(_lemma(self.index.tokens[head])) is None:
            return None
        found = self._rule_metonym(head, head + 1, head, before)
        return found if found is not None and found.type == "ORG" else None

    def _metonym_bodies(self, ks: Sequence[int], before: int) -> list[Speaker]:
        """The organisations genitive metonyms among a role's dependents point back to
        (``глава госкорпорации`` -> Роскосмос, ``представитель ведомства`` -> Минэнерго)."""
        bodies = []
        for k in ks:
            token = self.index.tokens[k]
            if token.pos == "NOUN" and _case(token) == "Gen" and \
                    metonym(_lemma(token)) is not None:
                found = self._rule_metonym(k, k + 1, k, before)
                if found is not None and found.type == "ORG" and found.name:
                    bodies.append(found)
        return bodies

    def _by_title(self, mention: Mention, before: int) -> Speaker | None:
        """The body of an organisation mention, named by the title written after it when there
        is one (``авиакомпания «Полярная линия»``, ``театр «Вертикаль»``)."""
        entity = self.index.entity_at_token[mention.token]
        title = self._titled(entity, len(self.index.tokens)) if entity is not None else None
        return self._from_entity(title) if title is not None else \
            self._from_mention(mention, before)


@lru_cache(maxsize=1)
def _ministries() -> tuple[tuple[frozenset[str], str], ...]:
    """Offices (their words' lemmas) and the short name of the body each heads, from the
    knowledge base's aliases (``министр здравоохранения`` is ``глава Минздрава`` ->
    ``Минздрав``)."""
    from ...models.resources import morph_analyzer

    analyzer = morph_analyzer()
    out: list[tuple[frozenset[str], str]] = []
    for position in default_kb().positions.values():
        for alias in position.aliases:
            words = alias.split()
            if len(words) == 2 and words[0] == "глава" and words[1][:1].isupper():
                body, parse = words[1], analyzer.parse(words[1])[0]
                if not body.isupper() and parse.is_known:  # ``Минздрава`` -> ``Минздрав``;
                    body = parse.normal_form.capitalize()  # ``МИД``, ``Минобрнауки`` stay
                lemmas = frozenset(plain(analyzer.parse(w)[0].normal_form)
                                   for w in position.name.split() if len(w) > 2)
                out.append((lemmas, body))
                break
    return tuple(out)


def _ministry_of(roles) -> Speaker | None:
    """``Министр здравоохранения Михаил Мурашко заявил … В ведомстве добавили``: the body the
    last speaker's office heads, when the document names no body of that kind."""
    for role in roles:
        words = {plain(role.key or "")} | set(role.mods)
        body = next((b for lemmas, b in _ministries() if lemmas <= words), None)
        if body is not None and not role.changed:
            return Speaker(body, "ORG", None)
    return None
