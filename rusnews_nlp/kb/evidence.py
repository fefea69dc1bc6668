"""Context evidence for a name link: does the text around a mention fit the KB person?

A name alone is weak evidence. ``Главный тренер «Зенита» Сергей Иванов`` matches the KB's
Сергей Иванов by name, but the apposition says he coaches a football club, a role the KB
person never held. So before a name link is accepted, the role phrases standing next to the
mention are read and judged against the person's KB roles:

* **appositions**: the role right before the name in the same clause (``министр обороны
  России Сергей Иванов``, head noun agreeing in case with the name) and the one right after it
  (``Сергей Иванов, главный тренер «Зенита»,``, ``Сергей Иванов (тренер «Зенита»)``);
* each is judged by the ordered rules in ``RULES``; the first rule that applies gives the
  verdict (``supports``, ``contradicts``) and its name is kept as the trace.

``vet`` then decides: a fitting KB role (strong support) keeps the link; otherwise any
contradiction drops it; and a person whose full name is among the most common Russian names
(``Сергей Иванов``) needs at least weak evidence somewhere in the document: a fitting role
word, an organisation or place of their roles. Precision comes first: a wrong link is worse
than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Mapping, Sequence

from .lemmas import (_TOKEN, COMMON_SURNAMES, TENSE_PREFIXES, TENSE_WORDS, _cases,
                     lemma_candidates, normalize, words)
from .lexicon import OFFICE_TITLES, PERSON_ROLES
from .records import Date, RoleParse
from .role_phrases import _GAP, clause_before

if TYPE_CHECKING:
    from .base import KnowledgeBase
    from .records import Entry

# --------------------------------------------------------------------------------------------
# Tables (lemmas, lower case, ``ё`` as ``е``)
# --------------------------------------------------------------------------------------------

#: Occupations outside the KB's scope (people in national and international office). Next to
#: a name, any of them says the person is someone else, unless the KB person lists the word
#: among their roles or ``descriptors`` (Зеленский: ``актер``; Кличко: ``боксер``). Former
#: careers count too: an ``экс-футболист`` is not a minister's namesake by accident.
ROLE_DOMAINS: Mapping[str, frozenset[str]] = {
    "sport": frozenset("""
        тренер наставник футболист футболистка хоккеист хоккеистка теннисист теннисистка
        баскетболист баскетболистка волейболист волейболистка игрок нападающий полузащитник
        вратарь голкипер форвард спортсмен спортсменка боксер борец бегун бегунья лыжник
        лыжница биатлонист биатлонистка фигурист фигуристка гимнаст гимнастка пловец пловчиха
        гонщик шахматист шахматистка чемпион чемпионка призер призерка олимпиец олимпийка
        легионер арбитр рефери бомбардир атлет легкоатлет легкоатлетка тяжелоатлет
        велогонщик конькобежец дзюдоист самбист каратист фехтовальщик фехтовальщица
        """.split()),
    "culture": frozenset("""
        актер актриса певец певица режиссер писатель писательница поэт поэтесса художник
        художница музыкант композитор дирижер артист артистка балерина танцор танцовщица
        телеведущий телеведущая ведущий ведущая продюсер сценарист блогер блогерша рэпер
        комик юморист фотограф скульптор кинорежиссер шоумен вокалист вокалистка гитарист
        барабанщик солист солистка стример видеоблогер
        """.split()),
    "everyday": frozenset("""
        пенсионер пенсионерка житель жительница студент студентка школьник школьница
        водитель пассажир пассажирка продавец продавщица фермер учитель учительница педагог
        воспитатель воспитательница врач медсестра фельдшер хирург домохозяйка волонтер
        курьер охранник безработный таксист дальнобойщик строитель слесарь электрик
        сантехник повар официант официантка уборщица дворник кассир бухгалтер менеджер
        программист механик рыбак охотник грибник дачник автомобилист велосипедист пешеход
        """.split()),
    "science": frozenset("""
        ученый профессор доцент аспирант физик химик биолог историк социолог математик
        археолог астроном генетик вирусолог эпидемиолог иммунолог лаборант преподаватель
        исследователь
        """.split()),
    "commentary": frozenset("""
        политолог эксперт аналитик юрист адвокат психолог журналист журналистка
        корреспондент обозреватель колумнист репортер фотокорреспондент
        """.split()),
}
DOMAIN_OF: Mapping[str, str] = {w: d for d, ws in ROLE_DOMAINS.items() for w in ws}

#: Members and officers of an assembly; with a regional or municipal assembly after them
#: (``депутат Законодательного собрания Калужской области``) they name a local politician,
#: whom the KB does not hold. ``депутат Госдумы`` says nothing either way.
ASSEMBLY_HEADS = frozenset({"депутат", "депутатка", "парламентарий", "член", "председатель",
                            "спикер", "вице-спикер", "зампред", "заместитель"})
LOCAL_ASSEMBLY_WORDS = frozenset({
    "заксобрание", "законодательный", "облдума", "гордума", "мосгордума", "горсовет",
    "сельсовет", "муниципальный", "муниципалитет", "городской", "областной", "краевой",
    "районный", "окружной", "поселковый", "сельский", "поселение", "хурал", "курултай",
})

#: Heads that name an office only together with what follows them: ``глава`` of what? The
#: bare word fits anyone who holds some office; with an organisation the KB does not know
#: (``президент «Зенита»``) it names another person.
GENERIC_HEADS = frozenset({
    "глава", "руководитель", "председатель", "сопредседатель", "зампред", "лидер", "шеф",
    "начальник", "директор", "гендиректор", "президент", "член", "представитель",
    "заместитель", "советник", "помощник", "секретарь", "уполномоченный", "командующий",
    "основатель", "сооснователь", "владелец", "совладелец", "сотрудник", "участник",
    "организатор", "автор", "министр",
})

#: Offices held only in the country the news is written for: naming that country is no
#: evidence for a person with a common name (every Russian namesake lives there too).
HOME_JURISDICTIONS = frozenset({"loc:russia"})
#: Russian news leave their own country out (``глава Минобороны``, ``представитель МИД``): a
#: role phrase that does not parse is read once more with this jurisdiction added.
HOME_SUFFIX = "России"

#: The most frequent Russian first names. With a surname from ``COMMON_SURNAMES`` they make a
#: full name many people share (``Сергей Иванов``): such a KB person links only with some
#: evidence in the document. The KB field ``namesake_risk`` overrides this per person.
COMMON_FIRST_NAMES = frozenset("""
александр сергей дмитрий андрей алексей владимир михаил евгений иван николай максим игорь
юрий олег виктор павел роман денис константин артем владислав анатолий вячеслав илья антон
никита кирилл василий валерий петр виталий геннадий леонид борис григорий вадим станислав
егор елена ольга наталья татьяна ирина светлана анна мария екатерина юлия марина галина
людмила надежда анастасия валентина оксана лариса любовь нина вера дарья ксения александра
алина виктория елизавета
""".split())

#: Words before the role head that modify it (``главный тренер``, ``бывший министр``).
_MODIFIER_POS = frozenset({"ADJF", "PRTF", "NUMR", "COMP"})
#: Words that end a role phrase before the name: a verb or a conjunction means the role
#: belongs to another clause or another person.
_BARRIER_POS = frozenset({"VERB", "INFN", "GRND", "CONJ", "PRED"})
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
#: After a name: ``, <role>,`` ``(<role>)`` ``— <role>``.
_AFTER_OPEN = re.compile(r"[ \t]*(?:,|\(|[—–])[ \t]*")
_AFTER_CLOSE = re.compile(r"[,;:()\[\]—–!?\n]|\.(?:\s|$)")
_QUOTED = re.compile(r"[«\"“„]([^»\"“”„]+)[»\"“”]")
WINDOW = 8  # words of a role phrase before or after a name

# --------------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=100_000)
def _parses(token: str) -> tuple:
    from ..models.resources import morph_analyzer

    return tuple(morph_analyzer().parse(normalize(token)))


def _best_pos(token: str) -> str | None:
    parses = _parses(token)
    return str(parses[0].tag.POS) if parses and parses[0].tag.POS else None


def _strip_prefix(token: str) -> tuple[str, str | None]:
    low = normalize(token)
    for prefix, tense in TENSE_PREFIXES.items():
        if low.startswith(prefix) and len(low) > len(prefix):
            return token[len(prefix):], tense
    return token, None


def _is_person_name(token: str) -> bool:
    """A capitalised word read as a first name, surname or patronymic (another person)."""
    return token[:1].isupper() and any(_NAME_GRAMMEMES & p.tag.grammemes and p.score >= 0.3
                                       for p in _parses(token))


def _is_barrier(token: str) -> bool:
    return _best_pos(token) in _BARRIER_POS


def _is_modifier(token: str) -> bool:
    return (_best_pos(token) in _MODIFIER_POS
            or bool(TENSE_WORDS.keys() & lemma_candidates(token)))


def _ends_phrase(next_token: str) -> bool:
    """Whether a role phrase may end before ``next_token``: a preposition or a number starts
    an adjunct (``министр обороны России | в 2001–2007 годах``); anything else may still be
    part of the noun phrase."""
    return next_token.isdigit() or _best_pos(next_token) in ("PREP", "NUMR")


def _agrees(token: str, name_cases: frozenset[str]) -> bool:
    cases = _cases(token)
    return not name_cases or not cases or bool(cases & name_cases)


def _tense(tokens: Sequence[str]) -> str:
    tense = "current"
    for tok in tokens:
        _, prefixed = _strip_prefix(tok)
        found = prefixed or next((TENSE_WORDS[c] for c in lemma_candidates(tok)
                                  if c in TENSE_WORDS), None)
        if found and found != "current":
            tense = found
    return tense


# --------------------------------------------------------------------------------------------
# Appositions
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Apposition:
    """A role phrase standing next to a mention: ``phrase`` as written, ``head`` the lemma of
    its head noun, ``dependents`` the words after the head, ``side`` before/after, ``parse``
    the KB role it states, ``home_parse`` the one it states if the home country is added
    (``глава Минобороны``: only ever evidence *for* a person, never against)."""

    phrase: str
    head: str
    dependents: tuple[str, ...]
    side: str
    tense: str
    parse: RoleParse | None = None
    home_parse: RoleParse | None = None


class AppositionReader:
    """Finds role appositions around mentions; ``heads`` are the lemmas that can head one."""

    def __init__(self, kb: "KnowledgeBase") -> None:
        self.kb = kb
        self.heads = frozenset(OFFICE_TITLES | PERSON_ROLES | DOMAIN_OF.keys() | ASSEMBLY_HEADS
                               | GENERIC_HEADS | kb.role_head_words())

    def head_of(self, token: str) -> str | None:
        bare, _ = _strip_prefix(token)
        found = sorted(lemma_candidates(bare) & self.heads)
        return found[0] if found else None

    def around(self, text: str, start: int, end: int) -> list[Apposition]:
        found = [self.before(text, start, end), self.after(text, start, end)]
        return [a for a in found if a is not None]

    def _home_parse(self, phrase: str) -> RoleParse | None:
        return self.kb.parse_role(f"{phrase} {HOME_SUFFIX}") if len(words(phrase)) > 1 else None

    def before(self, text: str, start: int, end: int) -> Apposition | None:
        """``Главный тренер «Зенита» Сергей Иванов``: the leftmost role head in the clause
        right before the name that agrees with it in case, with its modifiers."""
        left = clause_before(text, start)
        if not left or not left[-1].isspace():
            return None
        toks = [(m.start(), m.group()) for m in _TOKEN.finditer(left)][-WINDOW:]
        if not toks or _GAP.search(left[toks[-1][0] + len(toks[-1][1]):]):
            return None
        name_words = words(text[start:end])
        name_cases = _cases(name_words[0]) if name_words else frozenset()
        head = None
        for k in range(len(toks) - 1, -1, -1):
            pos, tok = toks[k]
            if k < len(toks) - 1 and _GAP.search(left[pos + len(tok):toks[k + 1][0]]):
                break
            if _is_barrier(tok) or (_is_person_name(tok) and k < len(toks) - 1):
                break
            if self.head_of(tok) and _agrees(tok, name_cases):
                head = k
        if head is None:
            return None
        first = head
        while first > 0 and _is_modifier(toks[first - 1][1]) \
                and not _GAP.search(left[toks[first - 1][0]:toks[first][0]]):
            first -= 1
        phrase = left[toks[first][0]:].strip()
        tokens = [t for _, t in toks[first:]]
        role = self.kb.role_before(text, start)
        parse = self.kb.parse_role(phrase) or (self.kb.parse_role(role) if role else None)
        return Apposition(phrase, self.head_of(toks[head][1]) or "",
                          tuple(t for _, t in toks[head + 1:]), "before",
                          _tense(tokens[:head - first + 1]), parse,
                          None if parse else self._home_parse(phrase))

    def after(self, text: str, start: int, end: int) -> Apposition | None:
        """``Сергей Иванов, главный тренер «Зенита»,``: a role right after the name, closed by
        punctuation, that is not the apposition of another name following it."""
        opener = _AFTER_OPEN.match(text, end)
        if not opener:
            return None
        close = _AFTER_CLOSE.search(text, opener.end())
        segment = text[opener.end():close.start() if close else len(text)]
        toks = [m.group() for m in _TOKEN.finditer(segment)]
        if not toks or len(toks) > WINDOW + 4:
            return None
        name_words = words(text[start:end])
        name_cases = _cases(name_words[0]) if name_words else frozenset()
        i = 0
        while i < len(toks) - 1 and _is_modifier(toks[i]) and not self.head_of(toks[i]):
            i += 1
        head = self.head_of(toks[i])
        if not head or not _agrees(toks[i], name_cases) or i > 3:
            return None
        if any(_is_person_name(t) for t in toks[i + 1:]):
            return None  # ``Путин, президент Франции Эмманюэль Макрон и …``
        parse = home = None
        for n in range(len(toks), i, -1):  # the longest prefix that is a KB role
            if n < len(toks) and not _ends_phrase(toks[n]):
                continue  # ``президент Российского | совета …`` is not a president of Russia
            parse = self.kb.parse_role(" ".join(toks[:n]))
            home = home or self._home_parse(" ".join(toks[:n]))
            if parse:
                break
        return Apposition(segment.strip(), head, tuple(toks[i + 1:]), "after",
                          _tense(toks[:i + 1]), parse, None if parse else home)


# --------------------------------------------------------------------------------------------
# Judging one apposition against one KB person
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Evidence:
    """The verdict of one apposition for one KB id: which rule fired and its effect."""

    phrase: str
    side: str
    rule: str
    effect: str  # "supports" | "weak" | "contradicts" | "neutral"


class Judge:
    """Applies ``RULES`` in order to (person, apposition)."""

    def __init__(self, kb: "KnowledgeBase") -> None:
        self.kb = kb
        self.reader = AppositionReader(kb)

    def vocabulary(self, entry: "Entry") -> frozenset[str]:
        return self.kb.role_vocabulary(entry.id)

    def judge(self, entry: "Entry", app: Apposition, day: Date | None) -> Evidence:
        for name, rule in RULES:
            effect = rule(self, entry, app, day)
            if effect:
                return Evidence(app.phrase, app.side, name, effect)
        return Evidence(app.phrase, app.side, "no-rule", "neutral")


def _kb_role_fits(judge: Judge, entry: "Entry", app: Apposition, day: Date | None) -> str | None:
    """A KB role phrase that is one of the person's roles, at any time: ``министр обороны
    России Сергей Иванов`` fits even in 2015 (the text may speak of the past)."""
    for parse in (app.parse, app.home_parse):
        if parse and any(role.keys & parse.keys for role in entry.roles):
            return "supports"
    return None


def _office_held_by_other(judge: Judge, entry: "Entry", app: Apposition,
                          day: Date | None) -> str | None:
    """A current KB office that, by the KB's dates, someone else held on the day
    (``губернатор Курской области Сергей Иванов`` in 2023). An office the KB has no holder
    for proves nothing: its people lists are not complete."""
    if not app.parse or app.tense != "current":
        return None
    certain, _ = judge.kb.holders(app.parse, day)
    return "contradicts" if certain - {entry.id} else None


def _other_domain(judge: Judge, entry: "Entry", app: Apposition, day: Date | None) -> str | None:
    """An occupation of another domain (``тренер``, ``актриса``, ``пенсионерка``), current or
    former, that the person's roles and descriptors do not mention."""
    if app.head in DOMAIN_OF and app.head not in judge.vocabulary(entry):
        return "contradicts"
    return None


def _local_assembly(judge: Judge, entry: "Entry", app: Apposition, day: Date | None) -> str | None:
    """A member or officer of a regional or municipal assembly (``депутат Законодательного
    собрания Калужской области``)."""
    deps = set().union(*(lemma_candidates(w) for w in app.dependents)) if app.dependents else set()
    if app.head in ASSEMBLY_HEADS and deps & LOCAL_ASSEMBLY_WORDS \
            and not deps & LOCAL_ASSEMBLY_WORDS & judge.vocabulary(entry):
        return "contradicts"
    return None


def _unknown_organisation(judge: Judge, entry: "Entry", app: Apposition,
                          day: Date | None) -> str | None:
    """A current office in a quoted organisation the KB does not know (``президент «Зенита»``,
    ``глава компании «Ромашка»``), for a person whose KB roles say where they work."""
    if not entry.roles or app.parse or app.tense != "current":
        return None
    for quoted in _QUOTED.findall(app.phrase):
        if not judge.kb.name_hits(quoted, "ORG"):
            return "contradicts"
    return None


def _role_word_fits(judge: Judge, entry: "Entry", app: Apposition, day: Date | None) -> str | None:
    """The head is a word of the person's roles (``министр Сергей Иванов``). A generic head
    (``глава``, ``президент``) fits only bare or with one of the person's jurisdictions."""
    vocab = judge.vocabulary(entry)
    if app.head not in vocab:
        return None
    if app.head not in GENERIC_HEADS or not app.dependents:
        return "weak"
    jurs = judge.kb.role_jurisdictions(entry.id)
    named = judge.kb.jurisdictions_in(" ".join(app.dependents))
    return "weak" if jurs & named else None


def _unknown_office(judge: Judge, entry: "Entry", app: Apposition, day: Date | None) -> str | None:
    """A specific current office title (``губернатор``, ``посол``, ``мэр``) that none of the
    person's KB roles has, on a day the KB has them in another office. Outside their KB terms
    (an earlier career: ``принц Чарльз``) and for people listed without roles the KB does not
    say what they do."""
    if app.tense != "current" or app.head in GENERIC_HEADS:
        return None
    if not any(r.possible(day) if day else r.open for r in entry.roles):
        return None
    specific = (OFFICE_TITLES | judge.kb.role_head_words()) - GENERIC_HEADS
    if app.head in specific and app.head not in judge.vocabulary(entry):
        return "contradicts"
    return None


Rule = Callable[[Judge, "Entry", Apposition, "Date | None"], "str | None"]
#: Ordered: the first rule that returns an effect decides for that apposition.
RULES: tuple[tuple[str, Rule], ...] = (
    ("kb-role-fits", _kb_role_fits),
    ("office-held-by-other", _office_held_by_other),
    ("other-domain", _other_domain),
    ("local-assembly", _local_assembly),
    ("unknown-organisation", _unknown_organisation),
    ("role-word-fits", _role_word_fits),
    ("unknown-office", _unknown_office),
)


# --------------------------------------------------------------------------------------------
# The decision
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Vetting:
    """Whether a name link stands, why (``reason``), and the evidence it was based on."""

    ok: bool
    reason: str
    evidence: tuple[Evidence, ...] = ()


def has_namesake_risk(entry: "Entry") -> bool:
    """A full name many people share: a common first name and a common surname, unless the
    KB record sets ``namesake_risk`` itself."""
    if entry.namesake_risk is not None:
        return entry.namesake_risk
    if entry.type != "PER" or not entry.first or not entry.surname:
        return False
    return bool(lemma_candidates(entry.first) & COMMON_FIRST_NAMES
                and lemma_candidates(entry.surname) & COMMON_SURNAMES)


def vet(judge: Judge, eid: str, appositions: Sequence[Apposition], text: str,
        day: Date | None, supported: bool = False) -> Vetting:
    """Keep a name link unless its context says otherwise.

    1. A KB role of the person next to a mention (``kb-role-fits``) keeps it.
    2. Otherwise any contradicting apposition drops it (``contradicted:<rule>``).
    3. A person with a namesake risk needs weak evidence: a role word of theirs next to a
       mention, or one of their organisations, places or role phrases in ``text``.
    ``supported``: the caller already has evidence (a role phrase that resolved to ``eid``).
    """
    entry = judge.kb.entries[eid]
    evidence = tuple(judge.judge(entry, app, day) for app in appositions)
    if supported or any(e.effect == "supports" for e in evidence):
        return Vetting(True, "role-fits", evidence)
    contra = [e for e in evidence if e.effect == "contradicts"]
    if contra:
        return Vetting(False, f"contradicted:{contra[0].rule}", evidence)
    if not has_namesake_risk(entry):
        return Vetting(True, "name", evidence)
    if any(e.effect == "weak" for e in evidence):
        return Vetting(True, "common-name-role-word", evidence)
    if judge.kb.document_supports(eid, text):
        return Vetting(True, "common-name-document-evidence", evidence)
    return Vetting(False, "common-name-without-evidence", evidence)
