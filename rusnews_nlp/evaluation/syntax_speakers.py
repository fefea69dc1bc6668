"""Experiment for issue 14: does a dependency parse find quote speakers better than the rules?

For every gold quote (GUIDELINE.md format) of the chosen half of each gold file, the sentence
holding its gold ``cue`` is parsed with slovnet's syntax model (``models.syntax``) and the
speaker phrase is read off the tree (``SPEAKER_RULES``: the cue verb's ``nsubj``, the ``nmod``
of ``по словам``, the source of ``со ссылкой на``...). That phrase goes through the *same*
``SpeakerResolver`` as the rules' phrases (names, pronouns, roles, referents), so the two sides
differ only in which words they take as the speaker. The rules' side is the pipeline's own quote
matched to the gold one (token F1 >= 0.5, as the scorer does).

Reported per gold file and half: how often each side names the gold speaker (guideline name
match), on the quotes the pipeline found and on all, plus a hybrid (the tree's phrase where it
has one, else the rules'), and the cases where they differ.

    python -m rusnews_nlp.evaluation.syntax_speakers --half A \\
        --gold ../shared/gold/wikinews-dev.quotes.jsonl --texts ../shared/data/wikinews-dev

Halves are split by document as ``../shared/tools/quotes-halves`` does: half A holds the
documents whose id's MD5 hex starts with 0-7. ``--cost`` instead times parsing only the
sentences with a cue candidate against the pipeline (see ``docs/syntax-experiment.md``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from ..annotations import Document, Token
from ..models.syntax import Parse
from ..quotes.cues import (IMPERSONAL_VERBS, MESSAGE_NOUNS, QUOTING_VERBS, SOURCE_MARKERS,
                           SPEECH_VERBS, STANCE_ADJECTIVES, norm)
from . import format_table
from .quotes import GoldDocument, GoldQuote, match_quotes, predicted_name, read_gold, \
    same_speaker

# --------------------------------------------------------------------------- lexicon

#: Nouns heading a source marker (``по словам``, ``по мнению``, ``согласно данным``): the
#: speaker is their genitive ``nmod`` or possessive ``det`` (``по его словам``).
MARKER_NOUNS = frozenset(norm(words[-1]) for words, kind in SOURCE_MARKERS
                         if kind == "genitive" and len(words) > 1)

#: Verbs through which an outlet relays someone else's words (``…, — сказал Порошенко,
#: передает ИТАР-ТАСС``): the speaker is the subject of the speech verb they govern.
RELAY_VERBS = frozenset({"передавать", "передать", "приводить", "привести"})

#: ``сообщает РБК со ссылкой на пресс-службу``: the source is the object of this noun.
REFERENCE_NOUNS = frozenset({"ссылка"})

#: Relations that do not belong to a speaker phrase: clauses and coordination hanging off the
#: subject's head (``Песков, который ...``; ``Путин и Медведев``).
PHRASE_SKIP = frozenset({"punct", "acl", "acl:relcl", "parataxis", "ccomp", "advcl", "conj",
                         "cc", "csubj", "xcomp", "mark", "dep", "discourse"})

#: A verb's own clause relations through which it inherits its head's subject
#: (``заявил и добавил``, ``хотел подчеркнуть``, ``отметив, что``).
INHERIT_RELS = frozenset({"conj", "xcomp", "advcl"})

SUBJECT_RELS = ("nsubj", "nsubj:pass")

LOCATIVE_PREPOSITIONS = frozenset({"в", "во", "на"})

#: Words that end the cue verb's clause when looking for a stray subject.
CLAUSE_STOPS = frozenset({"что", "чтобы", "который", ";", ":", "«", "»", "(", ")"})

CUE_CANDIDATE_VERBS = SPEECH_VERBS | IMPERSONAL_VERBS | QUOTING_VERBS | STANCE_ADJECTIVES


def _lemma(token: Token) -> str:
    return norm(token.lemma or token.text)


# --------------------------------------------------------------------------- speaker rules


@dataclass(frozen=True)
class Found:
    """A speaker phrase read off the tree: word indices in the sentence and the rule's name."""

    head: int
    words: tuple[int, ...]
    rule: str


SpeakerRule = Callable[[Parse, Sequence[Token], int], "int | None"]


def _subject(parse: Parse, verb: int) -> int | None:
    found = parse.children(verb, *SUBJECT_RELS)
    return found[0] if found else None


def rule_quoting_object(parse: Parse, tokens: Sequence[Token], cue: int) -> int | None:
    """``«…», — цитирует РБК Пескова``: the quoted person is the object."""
    if _lemma(tokens[cue]) not in QUOTING_VERBS:
        return None
    found = parse.children(cue, "obj")
    return found[0] if found else None


def _owner_of_oblique(parse: Parse, tokens: Sequence[Token], verb: int,
                      nouns: frozenset[str]) -> int | None:
    """The ``nmod`` of the verb's first oblique whose lemma is one of ``nouns``
    (``со ссылкой на X``, ``в сообщении X``)."""
    for obl in parse.children(verb, "obl"):
        if _lemma(tokens[obl]) in nouns:
            found = parse.children(obl, "nmod")
            if found:
                return found[0]
    return None


def rule_reference(parse: Parse, tokens: Sequence[Token], cue: int) -> int | None:
    """``сообщает РБК со ссылкой на пресс-службу``: the source, not the outlet."""
    return _owner_of_oblique(parse, tokens, cue, REFERENCE_NOUNS)


def rule_relayed_speaker(parse: Parse, tokens: Sequence[Token], cue: int) -> int | None:
    """``…, — сказал Порошенко, передает ИТАР-ТАСС``: the relayed verb's subject."""
    if _lemma(tokens[cue]) not in RELAY_VERBS:
        return None
    for clause in parse.children(cue, "parataxis", "ccomp", "conj"):
        if _lemma(tokens[clause]) in SPEECH_VERBS:
            found = _subject(parse, clause)
            if found is not None:
                return found
    return None


def rule_subject(parse: Parse, tokens: Sequence[Token], cue: int) -> int | None:
    """``Песков заявил``, ``сказал Лавров``, ``сообщил РИА Новости Песков`` (the dative is an
    ``iobj``, the channel, not the subject)."""
    found = _subject(parse, cue)
    if found is None:
        return None
    if _lemma(tokens[found]) == "который" and parse.arcs[cue].rel == "acl:relcl":
        return parse.arcs[cue].head  # ``Песков, который заявил`` -> Песков
    return found


def rule_message_source(parse: Parse, tokens: Sequence[Token], cue: int) -> int | None:
    """``в сообщении Кремля говорится``: the body whose message it is."""
    if _lemma(tokens[cue]) not in IMPERSONAL_VERBS:
        return None
    return _owner_of_oblique(parse, tokens, cue, MESSAGE_NOUNS)


def rule_marker_noun(parse: Parse, tokens: Sequence[Token], cue: int) -> int | None:
    """``по словам Пескова``, ``по его словам``, ``по данным МВД``."""
    if norm(tokens[cue].text) not in MARKER_NOUNS and _lemma(tokens[cue]) not in MARKER_NOUNS:
        return None
    found = parse.children(cue, "nmod") or parse.children(cue, "det")
    return found[0] if found else None


def rule_inherited_subject(parse: Parse, tokens: Sequence[Token], cue: int) -> int | None:
    """``заявил и добавил``, ``хотел подчеркнуть``, ``…, отметив``: the governing verb's
    subject, up to three clauses up. Not for an impersonal cue (``…; подчёркивалось, что``):
    it has no speaker to inherit."""
    if _lemma(tokens[cue]) in IMPERSONAL_VERBS:
        return None
    verb = cue
    for _ in range(3):
        if parse.arcs[verb].rel not in INHERIT_RELS or parse.arcs[verb].head < 0:
            return None
        verb = parse.arcs[verb].head
        found = _subject(parse, verb)
        if found is not None:
            return found
    return None


def rule_locative_source(parse: Parse, tokens: Sequence[Token], cue: int) -> int | None:
    """``В институте рассказали``, ``как пояснили в милиции``: a plural speech verb with no
    subject speaks for the body it is ``в``/``на`` (the guideline's organisation metonym)."""
    if _lemma(tokens[cue]) not in SPEECH_VERBS or tokens[cue].feats_dict.get("Number") != "Plur":
        return None
    for obl in parse.children(cue, "obl"):
        if any(_lemma(tokens[k]) in LOCATIVE_PREPOSITIONS for k in parse.children(obl, "case")):
            return obl
    return None


def _agree(noun: Token, verb: Token) -> bool:
    """Subject-verb agreement where both words carry the feature (a past-tense verb has
    gender; an indeclinable name may have none)."""
    nf, vf = noun.feats_dict, verb.feats_dict
    for feature in ("Number", "Gender"):
        if feature == "Gender" and vf.get("Number") == "Plur":
            continue
        if nf.get(feature) and vf.get(feature) and nf[feature] != vf[feature]:
            return False
    return True


def rule_stray_subject(parse: Parse, tokens: Sequence[Token], cue: int) -> int | None:
    """A subject the parser hung on another word in the cue verb's own clause (argmax heads
    do that in long sentences: ``…, и во вторник глава МВД заявил`` with ``глава`` under the
    first clause's verb): the nearest ``nsubj`` between the neighbouring verbs that agrees
    with the cue verb in number and gender."""
    def clause(step: int) -> Iterable[int]:
        k = cue + step
        while 0 <= k < len(tokens) and tokens[k].pos not in ("VERB", "AUX") \
                and norm(tokens[k].text) not in CLAUSE_STOPS:
            yield k
            k += step
    for k in (*clause(-1), *clause(1)):
        if parse.arcs[k].rel in SUBJECT_RELS and _agree(tokens[k], tokens[cue]):
            return k
    return None


#: Tried in order; the first that finds a word names the speaker phrase's head.
SPEAKER_RULES: tuple[tuple[str, SpeakerRule], ...] = (
    ("quoting_object", rule_quoting_object),
    ("reference", rule_reference),
    ("relayed_speaker", rule_relayed_speaker),
    ("subject", rule_subject),
    ("message_source", rule_message_source),
    ("marker_noun", rule_marker_noun),
    ("inherited_subject", rule_inherited_subject),
    ("locative_source", rule_locative_source),
    ("stray_subject", rule_stray_subject),
)


def speaker_phrase(parse: Parse, tokens: Sequence[Token], cue: int) -> Found | None:
    """The speaker phrase of the cue word ``cue`` (an index into the sentence), or None."""
    for name, rule in SPEAKER_RULES:
        head = rule(parse, tokens, cue)
        if head is not None:
            return Found(head, tuple(parse.subtree(head, PHRASE_SKIP)), name)
    return None


# --------------------------------------------------------------------------- locating the cue


def half_of(doc_id: str) -> str:
    return "A" if hashlib.md5(doc_id.encode()).hexdigest()[0] in "01234567" else "B"


def locate_cue(text: str, quote: GoldQuote) -> tuple[int, int] | None:
    """Where the gold ``cue`` string stands for this quote: the occurrence nearest the quote
    span (0 inside it), as whole words (``заявил`` is not in ``заявила``). A cue written with
    ``…`` (``сообщает … со ссылкой на``) is looked up by its first part."""
    if not quote.cue:
        return None
    cue = quote.cue.split("…")[0].strip()
    if not any(c.isalpha() for c in cue):
        return None  # a bare ``:``
    best: tuple[int, int, int] | None = None
    for m in re.finditer(rf"(?<!\w){re.escape(cue)}(?!\w)", text, re.IGNORECASE):
        a, b = m.span()
        gap = 0 if quote.start <= a < quote.end else min(abs(a - quote.end), abs(quote.start - b))
        if best is None or gap < best[0]:
            best = (gap, a, b)
    return None if best is None else (best[1], best[2])


def cue_word(tokens: Sequence[Token], i0: int, i1: int) -> int | None:
    """The cue's head word among its tokens ``[i0, i1)``: a verb of the cue lexicon, else any
    verb, else a marker noun (``словам``); None for a cue with neither (``Джемилев:``)."""
    for test in (lambda t: t.pos in ("VERB", "AUX", "ADJ") and _lemma(t) in CUE_CANDIDATE_VERBS,
                 lambda t: t.pos == "VERB",
                 lambda t: norm(t.text) in MARKER_NOUNS or _lemma(t) in MARKER_NOUNS):
        for i in range(i0, i1):
            if test(tokens[i]):
                return i
    return None


# --------------------------------------------------------------------------- the comparison


@dataclass(frozen=True)
class Case:
    """One gold quote, as each side attributes it."""

    doc: str
    source: str
    half: str
    gold: str | None
    cue: str | None
    status: str  # "parsed", or why the tree was not asked: "no cue", "no cue word"
    sentence: str
    found_by_rules: bool  # the pipeline has a quote matching this gold one
    rules_name: str | None
    rules_phrase: str | None
    tree_name: str | None
    tree_phrase: str | None
    tree_rule: str | None

    @property
    def rules_ok(self) -> bool:
        return self.found_by_rules and same_speaker(self.gold, self.rules_name)

    @property
    def tree_ok(self) -> bool:
        return self.status == "parsed" and same_speaker(self.gold, self.tree_name)

    @property
    def hybrid_name(self) -> str | None:
        return self.tree_name if self.tree_phrase is not None else self.rules_name

    @property
    def hybrid_ok(self) -> bool:
        return self.found_by_rules and same_speaker(self.gold, self.hybrid_name)


def _speaker_name(speaker: Any) -> str | None:
    if speaker is None or speaker.type == "UNNAMED":
        return None
    return speaker.name


def _tree_name(view: Any, resolver: Any, pred: Any, start: int, end: int,
               cue_start: int) -> str | None:
    """The name the pipeline would give the tree's phrase ``[start, end)``: where it is the
    rules' own speaker mention, the rules' name (same phrase, same resolution, including the
    rules' use of the previous speaker); else the resolver's answer, else the rules' fallback
    (an entity in the phrase, a capitalised name, a body in the locative)."""
    from ..quotes.extract import _fallback

    speaker = pred.speaker if pred is not None else None
    if speaker is not None and speaker.start is not None and speaker.end is not None \
            and speaker.start < end and start < speaker.end:
        return predicted_name(pred)
    found = resolver.resolve(start, end, cue_start) or _fallback(view, start, end)
    return _speaker_name(found)


def compare_document(gold: GoldDocument, doc: Document) -> list[Case]:
    """Cases for every gold quote of one analysed document (parses its cue sentences)."""
    from ..entities.docindex import DocIndex
    from ..models import syntax
    from ..quotes.speakers.resolver import SpeakerResolver
    from ..quotes.view import View

    index = DocIndex(doc)
    resolver = SpeakerResolver(doc)
    view = View(doc)
    tokens = doc.tokens
    preds = list(doc.quotes)
    matched = match_quotes(gold.text, gold.quotes, preds)
    pending: list[tuple[int, int, int, int]] = []  # gold index, sentence lo, hi, cue word
    status: dict[int, str] = {}
    for gi, quote in enumerate(gold.quotes):
        where = locate_cue(gold.text, quote)
        if where is None:
            status[gi] = "no cue"
            continue
        i0, i1 = index.token_range(*where)
        word = cue_word(tokens, i0, i1) if i0 < i1 else None
        if word is None:
            status[gi] = "no cue word"
            continue
        sent = index.sent_of[word]
        lo = word
        while lo > 0 and index.sent_of[lo - 1] == sent:
            lo -= 1
        hi = word + 1
        while hi < len(tokens) and index.sent_of[hi] == sent:
            hi += 1
        pending.append((gi, lo, hi, word))
        status[gi] = "parsed"
    parses = syntax.parse([t.text for t in tokens[lo:hi]] for _, lo, hi, _ in pending)
    tree: dict[int, tuple[str, int | None, int | None, str | None]] = {}
    cue_at: dict[int, int] = {}
    for (gi, lo, hi, word), parse in zip(pending, parses):
        found = speaker_phrase(parse, tokens[lo:hi], word - lo)
        sentence = gold.text[tokens[lo].start:tokens[hi - 1].end]
        cue_at[gi] = tokens[word].start
        if found is None:
            tree[gi] = (sentence, None, None, None)
            continue
        start, end = tokens[lo + found.words[0]].start, tokens[lo + found.words[-1]].end
        tree[gi] = (sentence, start, end, found.rule)
    cases = []
    for gi, quote in enumerate(gold.quotes):
        pi = matched.get(gi)
        pred = preds[pi] if pi is not None else None
        sentence, start, end, tree_rule = tree.get(gi, ("", None, None, None))
        tree_name = tree_phrase = None
        if start is not None:
            tree_phrase = gold.text[start:end]
            tree_name = _tree_name(view, resolver, pred, start, end, cue_at[gi])
        cases.append(Case(
            gold.id, Path(gold.source).name.split(".")[0], half_of(gold.id), quote.speaker,
            quote.cue, status[gi], sentence, pred is not None,
            predicted_name(pred) if pred else None,
            pred.speaker.text if pred and pred.speaker else None,
            tree_name, tree_phrase, tree_rule))
    return cases


def summarise(cases: Sequence[Case]) -> dict[str, Any]:
    found = [c for c in cases if c.found_by_rules]
    parsed = [c for c in found if c.status == "parsed"]
    return {
        "gold quotes": len(cases),
        "cue parsed": sum(c.status == "parsed" for c in cases),
        "tree phrase": sum(c.tree_phrase is not None for c in cases),
        "found by rules": len(found),
        # on the quotes the pipeline found (attribution accuracy, as the scorer counts it)
        "rules right": sum(c.rules_ok for c in found),
        "tree right": sum(c.tree_ok for c in found),
        "hybrid right": sum(c.hybrid_ok for c in found),
        # the same, only where the cue sentence was parsed (a like-for-like comparison)
        "parsed & found": len(parsed),
        "rules right (parsed)": sum(c.rules_ok for c in parsed),
        "tree right (parsed)": sum(c.tree_ok for c in parsed),
        # every gold quote with a parsed cue, found by the rules or not
        "tree right (all gold)": sum(c.tree_ok for c in cases),
        "rules only": sum(c.rules_ok and not c.tree_ok for c in parsed),
        "tree only": sum(c.tree_ok and not c.rules_ok for c in parsed),
        "tree rules": dict(Counter(c.tree_rule or "-" for c in cases if c.status == "parsed")),
    }


def run_comparison(golds: Sequence[GoldDocument]) -> list[Case]:
    from ..pipeline import Pipeline

    nlp = Pipeline()
    docs = nlp.pipe(Document(g.text, g.id) for g in golds)
    return [case for gold, doc in zip(golds, docs) for case in compare_document(gold, doc)]


# --------------------------------------------------------------------------- cost


def cue_sentences(doc: Document, quoted_only: bool = False) -> list[list[str]]:
    """Word lists of the sentences holding a cue candidate: a lemma of the cue lexicon or a
    source-marker noun (what a parse before the quote rules would have to parse); with
    ``quoted_only``, only those holding the cue of a quote the rules found (what re-checking
    the rules' speakers would parse)."""
    from ..entities.docindex import DocIndex

    index = DocIndex(doc)
    if quoted_only:
        wanted = sorted({index.sentence_at(q.cue.start) for q in doc.quotes if q.cue})
    else:
        wanted = sorted({index.sent_of[i] for i, t in enumerate(doc.tokens)
                         if _lemma(t) in CUE_CANDIDATE_VERBS or norm(t.text) in MARKER_NOUNS})
    by_sent: dict[int, list[str]] = {s: [] for s in wanted}
    for i, token in enumerate(doc.tokens):
        if index.sent_of[i] in by_sent:
            by_sent[index.sent_of[i]].append(token.text)
    return [by_sent[s] for s in wanted]


def measure_cost(texts: Sequence[str], mode: str, batch_size: int = 32) -> dict[str, Any]:
    """Pipeline seconds and, unless ``mode`` is ``"pipeline"``, the seconds to find and parse
    each batch's cue sentences (``"syntax"``: every cue candidate; ``"syntax-quotes"``: the
    rules' quotes' cues) and to load the model; peak RSS of this process. Run each mode in a
    fresh process: peak RSS is the process's, so the difference is what the model adds."""
    with_syntax = mode != "pipeline"
    import resource

    from ..models import syntax
    from ..pipeline import Pipeline

    nlp = Pipeline()
    list(nlp.pipe(["Министр Антон Силуанов заявил в Москве, что бюджет сбалансирован."]))
    load_s = 0.0
    if with_syntax:
        t0 = time.perf_counter()
        syntax.parse([["Песков", "заявил", ",", "что", "да", "."]])  # load, warm up
        load_s = time.perf_counter() - t0
    pipeline_s = parse_s = pipeline_cpu = parse_cpu = 0.0
    sentences = words = 0
    for i in range(0, len(texts), batch_size):
        t0, c0 = time.perf_counter(), time.process_time()
        docs = list(nlp.pipe(texts[i:i + batch_size], batch_size=batch_size))
        pipeline_s += time.perf_counter() - t0
        pipeline_cpu += time.process_time() - c0
        if with_syntax:
            t0, c0 = time.perf_counter(), time.process_time()
            # finding the cue sentences counts as parsing cost
            batch = [words_ for doc in docs
                     for words_ in cue_sentences(doc, mode == "syntax-quotes")]
            syntax.parse(batch)
            parse_s += time.perf_counter() - t0
            parse_cpu += time.process_time() - c0
            sentences += len(batch)
            words += sum(len(b) for b in batch)
    return {"documents": len(texts), "pipeline_s": round(pipeline_s, 3),
            "model_load_s": round(load_s, 3),
            "parse_s": round(parse_s, 3), "pipeline_cpu_s": round(pipeline_cpu, 3),
            "parse_cpu_s": round(parse_cpu, 3), "cue_sentences": sentences, "words_parsed": words,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


# --------------------------------------------------------------------------- CLI


def _examples(cases: Sequence[Case], limit: int) -> list[str]:
    lines: list[str] = []
    for c in cases:
        if len(lines) >= limit:
            break
        if c.status != "parsed" or not c.found_by_rules or c.rules_ok == c.tree_ok:
            continue
        who = "tree" if c.tree_ok else "rules"
        sentence = c.sentence.replace("\n", " ")
        if len(sentence) > 160:
            sentence = sentence[:157] + "..."
        lines.append(f"  [{who} right] {c.doc}: gold {c.gold!r}; rules {c.rules_name!r} "
                     f"from {c.rules_phrase!r}; tree {c.tree_name!r} from {c.tree_phrase!r} "
                     f"({c.tree_rule}); cue {c.cue!r}\n      {sentence}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rusnews_nlp.evaluation.syntax_speakers",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", action="append", default=[], metavar="GOLD.jsonl")
    parser.add_argument("--texts", action="append", default=[], metavar="DIR_OR_JSONL")
    parser.add_argument("--half", choices=("A", "B", "all"), default="A",
                        help="documents by MD5(id): A = 0-7, B = 8-f (default: A)")
    parser.add_argument("--examples", type=int, default=30,
                        help="list up to N quotes where the two sides disagree")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--cost", choices=("pipeline", "syntax", "syntax-quotes"),
                        help="instead: time the pipeline alone, or with the sentences holding "
                             "a cue candidate parsed, or only those holding a found quote's "
                             "cue, on every text of --texts (run each in its own process)")
    args = parser.parse_args(argv)
    if args.cost:
        texts = [p.read_bytes().decode("utf-8") for location in args.texts
                 for p in sorted(Path(location).glob("*.txt"))]
        print(json.dumps({"mode": args.cost, **measure_cost(texts, args.cost)},
                         ensure_ascii=False))
        return 0
    if len(args.gold) != len(args.texts) or not args.gold:
        parser.error("give one --texts per --gold (at least one pair)")
    golds = [g for gold, texts in zip(args.gold, args.texts) for g in read_gold(gold, texts)
             if args.half == "all" or half_of(g.id) == args.half]
    cases = run_comparison(golds)
    groups: dict[str, list[Case]] = {}
    for case in cases:
        groups.setdefault(f"{case.source} {args.half}", []).append(case)
    groups[f"all {args.half}"] = cases
    summary = {name: summarise(group) for name, group in groups.items()}
    if args.json:
        print(json.dumps({"summary": summary,
                          "cases": [c.__dict__ for c in cases]}, ensure_ascii=False, indent=1))
        return 0
    keys = [k for k in summary[f"all {args.half}"] if k != "tree rules"]
    print(format_table(("set", *keys), [(name, *(s[k] for k in keys))
                                          for name, s in summary.items()]))
    for name, s in summary.items():
        print(f"{name}: tree rules {s['tree rules']}")
    print("\nwhere they differ (quotes the pipeline found, cue parsed):")
    print("\n".join(_examples(cases, args.examples)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
