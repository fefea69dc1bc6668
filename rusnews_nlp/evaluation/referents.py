"""Referents (within-document coreference) on factRuEval-2016's gold ``.coref`` chains.

factRuEval's ``book_N.coref`` groups the objects of ``.objects`` into chains (a person named
``Юрий Лужков`` and later ``Лужкова`` is one chain). A gold mention is an object's name span,
adapted as naeval adapts NER spans (Person: first to last part; Org: its ``org_name`` parts;
Location/LocOrg: its ``loc_name`` parts); objects in no chain are singletons. Predicted
entities are aligned one-to-one with gold mentions of the same kind (PER with Person, ORG/LOC
with the rest) by largest overlap, and clustering is scored on the aligned mentions only, so
NER misses do not count here (the alignment rate is reported). Metrics: MUC (links) and B³
(per mention), micro-averaged over documents, for PER, ORG+LOC and all.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from . import HALVES, Counts, add_pipeline_arguments, dev_half, format_table, print_json
from .factru import FactruDocument

DEFAULT_STAGES = ("segment", "morph", "ner", "normalize", "referents")
GROUPS = ("PER", "ORG+LOC", "all")

#: factRuEval object type -> (our label family, the span types that name it).
KINDS: Mapping[str, tuple[str, tuple[str, ...] | None]] = {
    "Person": ("PER", None),  # None: every part, first to last
    "Org": ("ORG+LOC", ("org_name",)),
    "LocOrg": ("ORG+LOC", ("loc_name",)),
    "Location": ("ORG+LOC", ("loc_name",)),
}


@dataclass(frozen=True)
class Mention:
    start: int
    stop: int
    group: str
    cluster: str


def parse_coref(content: str) -> dict[str, str]:
    """``.coref`` blocks (``chain_id obj_id obj_id ...`` then attribute lines) -> obj -> chain."""
    chain_of: dict[str, str] = {}
    expect_header = True
    for line in content.splitlines():
        parts = line.split()
        if not parts:
            expect_header = True
            continue
        if expect_header and all(p.isdigit() for p in parts):
            for obj in parts[1:]:
                chain_of[obj] = parts[0]
        expect_header = False
    return chain_of


def gold_mentions(doc: FactruDocument, chain_of: Mapping[str, str]) -> list[Mention]:
    out = []
    for obj in doc.objects:
        if obj.type not in KINDS:
            continue
        group, types = KINDS[obj.type]
        spans = [s for s in obj.spans if types is None or s.type in types]
        if not spans:
            continue
        out.append(Mention(min(s.start for s in spans), max(s.stop for s in spans), group,
                           chain_of.get(obj.id, f"single-{obj.id}")))
    return out


def pred_mentions(entities: Iterable[Any], referents: Iterable[Any]) -> list[Mention]:
    cluster_of = {m: r.id for r in referents for m in r.mentions}
    return [Mention(e.start, e.end, "PER" if e.label == "PER" else "ORG+LOC",
                    cluster_of.get(e.id, f"single-{e.id}")) for e in entities]


@dataclass(frozen=True)
class _Cluster:
    id: str
    mentions: tuple[str, ...]


def exact_normal_referents(entities: Iterable[Any]) -> list[_Cluster]:
    """The baseline clustering: entities of one group with the same lower-cased ``normal``
    (``Путин``/``Путина`` join only if the normaliser made both ``Путин``; ``Владимир Путин``
    stays apart). Shows what the referent rules add over the normaliser alone."""
    by_key: dict[tuple[str, str], list[str]] = {}
    for e in entities:
        group = "PER" if e.label == "PER" else "ORG+LOC"
        key = " ".join((e.normal or e.text).lower().replace("ё", "е").split())
        by_key.setdefault((group, key), []).append(e.id)
    return [_Cluster(f"b{n}", tuple(ids)) for n, ids in enumerate(by_key.values(), 1)]


def align(gold: Sequence[Mention], pred: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """One-to-one pairs of the same group, largest overlap first."""
    candidates = []
    for g in gold:
        for p in pred:
            overlap = min(g.stop, p.stop) - max(g.start, p.start)
            if overlap > 0 and g.group == p.group:
                candidates.append((overlap, -abs(g.start - p.start), id(g), id(p), g, p))
    candidates.sort(key=lambda c: c[:2], reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, ig, ip, g, p in candidates:
        if ig not in used_g and ip not in used_p:
            used_g.add(ig)
            used_p.add(ip)
            pairs.append((g, p))
    return pairs


def _clusters(items: Iterable[tuple[int, str]]) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for mention, cluster in items:
        out.setdefault(cluster, set()).add(mention)
    return out


def muc(key: Mapping[str, set[int]], response: Mapping[str, set[int]]) -> tuple[int, int]:
    """MUC numerator and denominator of recall of ``response`` against ``key``."""
    where = {m: c for c, ms in response.items() for m in ms}
    num = den = 0
    for members in key.values():
        parts = {where.get(m, f"missing-{m}") for m in members}
        num += len(members) - len(parts)
        den += len(members) - 1
    return num, den


def b_cubed(key: Mapping[str, set[int]], response: Mapping[str, set[int]]) -> tuple[float, int]:
    """Sum over mentions of |key ∩ response| / |key| (B³ recall), and the number of mentions."""
    where = {m: ms for ms in response.values() for m in ms}
    total = 0.0
    count = 0
    for members in key.values():
        for m in members:
            total += len(members & where.get(m, {m})) / len(members)
            count += 1
    return total, count


@dataclass
class CorefScore:
    documents: int = 0
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GROUPS, 0))
    aligned: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GROUPS, 0))
    muc: dict[str, Counts] = field(default_factory=lambda: {g: Counts() for g in GROUPS})
    b3: dict[str, list[float]] = field(default_factory=lambda: {g: [0.0, 0.0, 0, 0]
                                                                for g in GROUPS})

    def add(self, gold: Sequence[Mention], pred: Sequence[Mention]) -> None:
        self.documents += 1
        pairs = align(gold, pred)
        for group in GROUPS:
            chosen = [(i, g, p) for i, (g, p) in enumerate(pairs)
                      if group == "all" or g.group == group]
            self.gold[group] += sum(1 for g in gold if group == "all" or g.group == group)
            self.aligned[group] += len(chosen)
            key = _clusters((i, g.cluster) for i, g, _ in chosen)
            response = _clusters((i, p.cluster) for i, _, p in chosen)
            r_num, r_den = muc(key, response)
            p_num, p_den = muc(response, key)
            counts = self.muc[group]
            counts.correct_gold += r_num
            counts.gold += r_den
            counts.correct_pred += p_num
            counts.pred += p_den
            r_sum, n = b_cubed(key, response)
            p_sum, _ = b_cubed(response, key)
            b3 = self.b3[group]
            b3[0] += r_sum
            b3[1] += p_sum
            b3[2] += n

    def b3_prf(self, group: str) -> tuple[float, float, float]:
        r_sum, p_sum, n, _ = self.b3[group]
        if not n:
            return 0.0, 0.0, 0.0
        p, r = p_sum / n, r_sum / n
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"documents": self.documents}
        for group in GROUPS:
            p, r, f = self.b3_prf(group)
            out[group] = {
                "gold_mentions": self.gold[group], "aligned": self.aligned[group],
                "muc": self.muc[group].to_dict(),
                "b3": {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)},
            }
        return out


def score_documents(items: Iterable[tuple[FactruDocument, Mapping[str, str], Any]],
                    baseline: bool = False) -> CorefScore:
    """Score ``(gold document, its obj -> chain map, predicted Document)`` triples; with
    ``baseline`` the predicted entities clustered by exact ``normal`` instead."""
    score = CorefScore()
    for doc, chain_of, pred in items:
        referents = exact_normal_referents(pred.entities) if baseline else pred.referents
        score.add(gold_mentions(doc, chain_of), pred_mentions(pred.entities, referents))
    return score


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = __doc__
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = (
        "examples:\n"
        "  rusnews-nlp evaluate referents ../shared/data/factru-devset\n"
        "  rusnews-nlp evaluate referents DIR --pred out/factru.jsonl --json\n"
        "  rusnews-nlp evaluate referents DIR --baseline"
    )
    parser.add_argument("--baseline", action="store_true",
                        help="also score the exact-normal baseline (same entities, clustered "
                             "by identical lower-cased normal form)")
    parser.add_argument("directory", metavar="DIR",
                        help="factRuEval-2016 directory with book_N.txt/.objects/.coref")
    add_pipeline_arguments(parser, DEFAULT_STAGES, "referents")
    parser.add_argument("--half", choices=HALVES,
                        help="score only one half of the documents: A = those whose id's MD5 "
                             "starts with 0-7, B = the rest (all documents are still analysed)")


def run(args: argparse.Namespace) -> int:
    from ..errors import InputError
    from . import load_factru_dir, predictions

    docs = load_factru_dir(args.directory)
    chains = {}
    for doc in docs:
        path = Path(args.directory) / f"{doc.id}.coref"
        if not path.exists():
            path = next(Path(args.directory).glob(f"*/{doc.id}.coref"), path)
        if not path.exists():
            raise InputError("format", f"{doc.id}: no .coref file next to the text")
        chains[doc.id] = parse_coref(path.read_text(encoding="utf-8-sig"))
    preds, seconds = predictions(args, [(d.id, d.text) for d in docs], "referents")
    docs = [d for d in docs if args.half is None or dev_half(d.id) == args.half]
    score = score_documents((d, chains[d.id], preds[d.id]) for d in docs)
    baseline = score_documents(((d, chains[d.id], preds[d.id]) for d in docs), baseline=True) \
        if getattr(args, "baseline", False) else None
    result = {"task": "referents", "dataset": str(args.directory),
              "source": args.pred or "pipeline", **score.to_dict(),
              "seconds": None if seconds is None else round(seconds, 2)}
    if baseline is not None:
        result["baseline_exact_normal"] = baseline.to_dict()
    if args.json:
        print_json(result)
        return 0
    rows = []
    for name, scored in (("", score), ("baseline ", baseline)):
        if scored is None:
            continue
        for group in GROUPS:
            m = scored.muc[group]
            p, r, f = scored.b3_prf(group)
            rows.append((name + group, scored.gold[group], scored.aligned[group], m.precision,
                         m.recall, m.f1, p, r, f))
    print(f"Referents on factRuEval-2016 coreference: {args.directory} "
          f"({score.documents} documents; {args.pred or 'pipeline'})")
    print("scored on gold mentions aligned with predicted entities (NER misses excluded)\n")
    print(format_table(("group", "gold", "aligned", "muc_p", "muc_r", "muc_f1", "b3_p", "b3_r",
                        "b3_f1"), rows))
    return 0
