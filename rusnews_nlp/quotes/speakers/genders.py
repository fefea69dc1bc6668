"""Genders: which gender each person of the document has, for pronouns and role nouns to
agree with (the tagger's reading of the name, outvoted by the words that agree with it)."""

from __future__ import annotations

from collections import Counter

from ...annotations import Entity
from ...kb.lexicon import SPEECH_VERBS
from ...models import resources
from .phrases import _case, _lemma

_UD_GENDER = {"masc": "Masc", "femn": "Fem"}


def _form_gender(word: str, pos: tuple[str, ...]) -> str | None:
    """The one gender (Masc/Fem) every singular ``pos`` reading of ``word`` has, if any:
    ``65-летнюю`` -> Fem, ``заявила`` -> Fem, ``сказали`` -> None (plural)."""
    genders = set()
    for parse in resources.morph_analyzer().parse(word):
        tag = parse.tag
        if tag.POS in pos and tag.number != "plur":
            genders.add(_UD_GENDER.get(tag.gender or ""))
    return genders.pop() if len(genders) == 1 else None


#: How far before a name its verb is looked for (``заявила во вторник журналистам после
#: встречи премьер-министр Эвика Силиня``).
APPOSITION_REACH = 20
_CLAUSE_STOPS = frozenset('.!?:;"«»“”„')


def _first_name_gender(word: str) -> str | None:
    """The gender of a first name the dictionary knows as one gender's only (``Эльвирой``:
    Fem), whatever case it is in; None for a name it does not know as a first name."""
    genders = {_UD_GENDER.get(p.tag.gender or "") for p in resources.morph_analyzer().parse(word)
               if "Name" in p.tag.grammemes and p.is_known}  # (the guesser's names are guesses)
    return genders.pop() if len(genders) == 1 else None


class Genders:
    """Each person's gender, a part of ``SpeakerResolver``."""

    def _referent_genders(self) -> dict[str, str]:
        """Each person's gender: the dictionary's reading of the first name (``Эльвирой``,
        which the tagger may call masculine, is a woman's), else the tagger's (first gendered
        word of each mention: the dictionary's gender of a foreign surname, ``Хасан``, says
        nothing), outvoted by the words that agree with it — an adjective before the name
        (``65-летнюю Аун Сан Су Чжи``) or a past-tense verb beside a nominative name (``Аун
        Сан Су Чжи заявила``) — since foreign names get a default gender from the tagger."""
        by_id: dict[str, Counter] = {}
        entities = {e.id: e for e in self.doc.entities}
        for referent in self.referents:
            if referent.label != "PER":
                continue
            counts = by_id.setdefault(referent.id, Counter())
            for mention in referent.mentions:
                entity = entities.get(mention)
                if entity is None:
                    continue
                tokens = self.index.entity_token_list(entity)
                gender = _first_name_gender(tokens[0].text) if tokens else None
                if gender is None:
                    gender = next((g for t in tokens
                                   if (g := t.feats_dict.get("Gender")) in ("Masc", "Fem")), None)
                if gender is not None:
                    counts[gender] += 1
                for gender in self._agreeing_genders(entity):
                    counts[gender] += 2
        return {rid: c.most_common(1)[0][0] for rid, c in by_id.items()
                if c and (len(c) == 1 or c.most_common(2)[0][1] > c.most_common(2)[1][1])}

    def _agreeing_genders(self, entity: Entity) -> list[str]:
        """Genders of the words that agree with a name: the adjective or participle right
        before it (``65-летнюю Аун Сан Су Чжи``, ``выпущена Аун Сан Су Чжи``) and the
        past-tense verb right after a nominative name (``Аун Сан Су Чжи заявила``). Read with
        pymorphy3, since the tagger's contextual gender follows the (foreign) name."""
        tokens = self.index.tokens
        i0, i1 = self.index.entity_tokens.get(entity.id, (0, 0))
        if i0 >= i1:
            return []
        out = []
        if i0 > 0 and self.index.sent_of[i0 - 1] == self.index.sent_of[i0]:
            out.append(_form_gender(tokens[i0 - 1].text, ("ADJF", "PRTF", "PRTS")))
        if i1 < len(tokens) and self.index.sent_of[i1] == self.index.sent_of[i0] and (
                _case(tokens[i0]) == "Nom"
                # ``Адвокат министра Ким Мин Со заявила``: the tagger gave the name the case
                # of the word before it, but a finite verb right after a name has it as subject
                or tokens[i1].pos == "VERB" and tokens[i1].feats_dict.get("VerbForm") == "Fin"):
            out.append(_form_gender(tokens[i1].text, ("VERB",)))
        verb = self._verb_before_apposition(i0)
        if verb is not None:
            out.append(_form_gender(tokens[verb].text, ("VERB",)))
        return [g for g in out if g is not None]

    def _verb_before_apposition(self, i0: int) -> int | None:
        """``Как заявил представитель МИД Гуо Цзякунь``, ``заявила во вторник журналистам
        премьер-министр Эвика Силиня``: a past-tense verb before a nominative role phrase and
        the name, whose subject the name is (so it agrees with it). Between them only the
        role's words, or, for a speech verb, circumstances and the addressee."""
        tokens = self.index.tokens
        if _case(tokens[i0]) != "Nom" or i0 == 0:
            return None
        sent = self.index.sent_of[i0]
        k = i0 - 1
        if not (tokens[k].pos == "NOUN" and _case(tokens[k]) == "Nom"):
            while k >= 0 and tokens[k].pos in ("ADJ", "PROPN") or \
                    k >= 0 and tokens[k].pos == "NOUN" and _case(tokens[k]) == "Gen":
                k -= 1  # ``представитель министерства иностранных дел``: the role's words
            if k < 0 or not (tokens[k].pos == "NOUN" and _case(tokens[k]) == "Nom"):
                return None
        plain_role = True
        k -= 1
        while k >= 0 and i0 - k <= APPOSITION_REACH and self.index.sent_of[k] == sent:
            token = tokens[k]
            if token.pos == "VERB" and token.feats_dict.get("VerbForm") == "Fin":
                break
            if token.text in _CLAUSE_STOPS or token.pos in ("SCONJ", "PRON") or \
                    token.pos == "NOUN" and _case(token) == "Nom":
                return None  # another clause or another subject
            plain_role = plain_role and token.pos in ("NOUN", "ADJ", "PROPN")
            k -= 1
        else:
            return None
        feats = tokens[k].feats_dict
        if feats.get("Tense") != "Past" or not plain_role and \
                _lemma(tokens[k]) not in SPEECH_VERBS:
            return None
        return k
