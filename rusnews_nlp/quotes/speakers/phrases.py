"""Speaker phrases read and named: the head word, the dependent entity, the nominative name.

Shared by every question the resolver answers: the token helpers (lemma, case, agreement), the
bounds of a noun phrase, and the ``Speaker`` a referent, an entity or a mention becomes (under
the fullest name the document gives, ``names``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ...annotations import Entity, Referent, Speaker, Token
from ...kb.lexicon import (DEPENDENT_PREPOSITIONS, DEMONYMS, EDGE_WORDS, ORG_UNITS, PARTY_MEMBERS,
                           plain)
from ...models import resources
from ..cues import DASHES  # noqa: F401 (the old ``speakers.DASHES`` is found here)

if TYPE_CHECKING:
    from .candidates import Mention

#: Longest apposition chain between a role noun and a name (``директора по стратегии и
#: развитию бизнеса Philips в России Елену Сябренко``).
APPOSITION_MAX = 20

NOUNISH = ("NOUN", "PROPN")
#: Person nouns the tagger may call adjectives (``Демократы``, ``мексиканец``).
PERSON_LEXICON = frozenset({*DEMONYMS, *PARTY_MEMBERS})
QUOTE_MARKS = ("«", "»", '"', "„", "“", "”")
OPENING_QUOTE_MARKS = ("«", '"', "„", "“")
#: Possessive pronouns as ``plain`` spells them (``её`` -> ``ее``): ``Его адвокат``.
POSSESSIVES = ("его", "ее", "их")
#: Determiners before a person noun that point at somebody the story is about, not at an
#: owner (``наш земляк`` is the one the story is about; ``его земляк`` is somebody else).
POINTING_DETERMINERS = frozenset({"наш", "мой", "этот", "данный"})


def _lemma(token: Token) -> str:
    return plain(token.lemma or token.text)


def _case(token: Token) -> str | None:
    return token.feats_dict.get("Case")


_PYMORPHY_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}


def _nominative(token: Token, gender: str) -> str:
    """An adjective in the nominative singular of ``gender`` (``главного`` -> ``главный``)."""
    lemma = token.lemma or token.text
    if gender == "Masc":
        return lemma
    parsed = resources.morph_analyzer().parse(lemma)
    # the adjective's reading first (``полицейский`` is a noun too)
    parse = next((p for p in parsed if p.tag.POS == "ADJF"), parsed[0] if parsed else None)
    form = parse.inflect({"nomn", "sing", _PYMORPHY_GENDER.get(gender, "masc")}) \
        if parse is not None else None
    return form.word if form is not None else lemma


def _agree(a: Token, b: Token) -> bool:
    ca, cb = _case(a), _case(b)
    return ca is None or cb is None or ca == cb


#: Nouns of a kind of body whose own name may follow them (``компания X5 Retail Group``),
#: unlike a unit of a body (``пресс-служба Apple``).
KIND_NOUNS = frozenset({"компания", "корпорация", "концерн", "холдинг", "фирма", "банк",
                        "фонд", "организация", "агентство", "группа", "партия", "движение"})


class Phrases:
    """Noun phrases and speakers, a part of ``SpeakerResolver``."""

    def _person_noun_after(self, k: int, i1: int) -> bool:
        """Is the noun after ``k`` (over adjectives and participles) a person
        (``его лечащий врач``), not a word of speech (``по его словам``)?"""
        tokens = self.index.tokens
        j = k + 1
        while j < i1 and tokens[j].pos in ("ADJ", "VERB"):
            j += 1
        return j < i1 and tokens[j].pos == "NOUN" and \
            tokens[j].feats_dict.get("Animacy") == "Anim"

    def _head(self, i0: int, i1: int) -> int:
        """First token of the phrase that is not a preposition, particle or adverb."""
        tokens = self.index.tokens
        for k in range(i0, i1):
            token = tokens[k]
            if plain(token.text) in EDGE_WORDS or token.pos in ("PUNCT", "ADP", "CCONJ", "PART"):
                continue
            if token.pos == "ADJ" and k + 1 < i1:  # ``официальный представитель``
                continue
            if token.pos == "DET" and k + 1 < i1 and _lemma(token) in POINTING_DETERMINERS:
                continue  # ``наш земляк``, ``этот политик``: the noun is the head
            if plain(token.text) in POSSESSIVES and self._person_noun_after(k, i1):
                continue  # ``Его адвокат``: the lawyer speaks, the possessive is the owner
            return k
        return i0

    def _before_words(self, before: int) -> int:
        """Where a description or role looks back from: before the words being attributed
        (``resolve``'s ``quote``) as well as before the cue, so that the sentences of speech
        that lost its quotation marks are no distance to the speaker named before them."""
        quote = self._quote  # type: ignore[attr-defined]
        return min(before, quote[0]) if quote is not None else before

    def _dependent_entity(self, head: int, limit: int) -> Entity | None:
        """The first entity among the few words after ``head`` (``пресс-служба Кремля``)."""
        tokens = self.index.tokens
        for k in range(head + 1, min(limit, head + 5, len(tokens))):
            entity = self.index.entity_at_token[k]
            if entity is not None:
                return entity
            if k == head + 1 and plain(tokens[k].text) in DEPENDENT_PREPOSITIONS:
                continue  # ``наблюдатели от ОБСЕ``
            if tokens[k].text in QUOTE_MARKS:
                continue  # ``газета «Труд»``
            if tokens[k].pos not in ("NOUN", "ADJ", "PROPN", "DET") \
                    or self.index.sent_of[k] != self.index.sent_of[head] \
                    or tokens[k].pos == "NOUN" and _case(tokens[k]) == "Dat":
                return None  # ``в парламенте агентству «Интерфакс»``: an addressee
        return None

    def _appositive(self, head: int, entity: Entity) -> bool:
        """Is ``entity`` the name of the noun at ``head`` (``компания «Газпром»``, ``газета
        Известия``) rather than its genitive dependent (``пресс-служба Кремля``)?"""
        tokens = self.index.tokens
        i0 = self.index.entity_tokens.get(entity.id, (head + 1, head + 1))[0]
        if any(tokens[k].text in QUOTE_MARKS for k in range(head + 1, min(i0 + 1, len(tokens)))):
            return True
        if i0 < len(tokens) and tokens[i0].text in QUOTE_MARKS:
            return True
        if i0 == head + 1 and i0 < len(tokens) and tokens[i0].text.isascii() and \
                _lemma(tokens[head]) in KIND_NOUNS:
            return True  # ``в компании X5 Retail Group``: a Latin name shows no case
        case = _case(tokens[i0]) if i0 < len(tokens) else None
        return case is not None and case != "Gen" and case == _case(tokens[head])

    def _role_name(self, adjs: Sequence[int], head: int, i1: int) -> str:
        """An office phrase in the nominative with its adjectives (``главного тренера
        сборной`` -> ``главный тренер сборной``)."""
        name = self._phrase_name(head, i1)
        if not adjs:
            return name
        gender = self.index.tokens[head].feats_dict.get("Gender", "Masc")
        words = [_nominative(self.index.tokens[k], gender) for k in adjs]
        return " ".join([*words, name])

    def _plural_name(self, head: int) -> str:
        """A plural noun as an organisation's name: nominative, capitalised (``демократов``
        -> ``Демократы``)."""
        token = self.index.tokens[head]
        word = token.text
        if token.feats_dict.get("Case") != "Nom":
            parsed = resources.morph_analyzer().parse(token.lemma or token.text)
            form = parsed[0].inflect({"nomn", "plur"}) if parsed else None
            word = form.word if form is not None else token.text
        return word[:1].upper() + word[1:]

    def _phrase_name(self, head: int, i1: int) -> str:
        """A role/unit phrase in the nominative: the head's lemma plus its dependents as
        written (``пресс-службы Кремля`` -> ``пресс-служба Кремля``)."""
        tokens = self.index.tokens
        last = head
        for k in range(head + 1, i1):
            entity = self.index.entity_at_token[k]
            if entity is not None and entity.label == "PER" and \
                    tokens[k].feats_dict.get("Case") == "Nom":
                break  # ``артисты театра Лариса Луппиан``: the people, not the body's name
            if tokens[k].pos in ("NOUN", "PROPN", "ADJ") or entity:
                last = k
            else:
                break
        head_token = tokens[head]
        word = head_token.lemma or head_token.text
        if plain(word) in ORG_UNITS:  # ``Администрация`` opening a sentence is a common noun
            word = word.lower()
        text = self.doc.text
        rest = text[head_token.end:tokens[last].end] if last > head else ""
        return word + rest

    def _rule_surname(self, i0: int, i1: int, head: int, before: int) -> Speaker | None:
        """``Токаев заявил`` in a headline the tagger read as a common noun (``токай``): a
        capitalised word, alone in the phrase and in no entity, that is the surname of exactly
        one person the document names in full (``Касым-Жомарт Токаев``) is that person."""
        token = self.index.tokens[head]
        if i1 - i0 != 1 or self.index.entity_at_token[head] is not None or \
                not token.text[:1].isupper() or not token.text[1:].islower():
            return None
        referent = self._surnames.get(plain(token.text))
        return self._from_referent(self._by_id[referent]) if referent is not None else None

    def _from_entity(self, entity: Entity) -> Speaker | None:
        referent = self._by_entity.get(entity.id)
        if referent is None:
            return Speaker(entity.normal or entity.text, entity.label, None)
        return self._from_referent(referent)

    def _from_referent(self, referent: Referent) -> Speaker:
        """A referent as a speaker, under the fullest name the document gives it
        (``Н.Прянишников`` -> ``Николай Прянишников``, ``speaker_names``)."""
        referent = self._fuller.get(referent.id, referent)
        return Speaker(referent.name, referent.label, referent.id)

    def _from_mention(self, mention: Mention, before: int) -> Speaker | None:
        if mention.kind == "entity" and mention.referent:
            return self._from_referent(self._by_id[mention.referent])
        if mention.kind == "pronoun":
            return self._pronoun_speaker(mention)
        if mention.kind == "group":
            return self._group_speaker(mention.group)
        if mention.kind == "org_unit":
            end = self.index.token_range(mention.start, mention.end)[1]
            dependent = self._dependent_entity(mention.token, end)
            if dependent is not None and self._appositive(mention.token, dependent):
                return self._from_entity(dependent)  # ``Компания «Лукойл»`` is Лукойл
            found = self._of_a_place(mention.token, dependent, before) if dependent else None
            return found or Speaker(self._phrase_name(mention.token, end), "ORG", None)
        spoken = self._phrase_speakers.get(mention.token)
        if spoken is not None:  # a role that spoke before: whoever it was found to be
            return Speaker(spoken.name, spoken.type, spoken.referent)
        return self._resolve_role(mention.token, mention.token, self._phrase_end(mention.token),
                                  mention.start)

    def _one_of_at(self, k: int) -> bool:
        """``одного из`` / ``одной из`` at token ``k``: a role there (``Директор одной из
        гимназий``) is in a body the text does not name, somebody new."""
        tokens = self.index.tokens
        return k + 1 < len(tokens) and _lemma(tokens[k]) == "один" and \
            tokens[k + 1].text.lower() == "из"

    def _phrase_end(self, head: int) -> int:
        """End (exclusive token index) of the noun phrase headed by ``head``: its adjectives,
        nouns and non-person names (``президент Франции``)."""
        tokens = self.index.tokens
        k = head + 1
        sent = self.index.sent_of[head]
        while k < len(tokens) and k - head <= 5 and self.index.sent_of[k] == sent:
            entity = self.index.entity_at_token[k]
            if entity is not None and entity.label == "PER":
                break
            if entity is None and tokens[k].pos not in ("NOUN", "PROPN", "ADJ") \
                    and tokens[k].text not in QUOTE_MARKS \
                    and not (k == head + 1 and plain(tokens[k].text) in DEPENDENT_PREPOSITIONS):
                break
            if entity is None and tokens[k].pos == "NOUN" and _case(tokens[k]) == "Dat":
                break  # ``у полиции данным``: a dative noun governs, it is no dependent
            k += 1
        return k

    def _span(self, speaker: Speaker, start: int, end: int) -> Speaker:
        return Speaker(speaker.name, speaker.type, speaker.referent, start, end,
                       self.doc.text[start:end])


#: Nouns that describe a quoted expert again (``по мнению эксперта``) — otherwise unnamed.
EXPERT_NOUNS = frozenset({"эксперт", "аналитик", "специалист", "исследователь", "ученый",
                          "исследовательница", "ученая", "синоптик", "метеоролог"})


def _adjectives_before(index, head: int, i0: int) -> list[int]:
    """Adjectives of the role noun at ``head``: those of the phrase, or — for a noun met in
    running text — the ones written right before it (``главный тренер``)."""
    tokens = index.tokens
    if i0 < head:
        return [k for k in range(i0, head) if tokens[k].pos == "ADJ"]
    out: list[int] = []
    k = head - 1
    while k >= 0 and head - k <= 3 and tokens[k].pos == "ADJ" \
            and index.sent_of[k] == index.sent_of[head] and _agree(tokens[k], tokens[head]):
        out.insert(0, k)
        k -= 1
    return out
