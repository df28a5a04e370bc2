"""Scoring: review's Scorer against sacrebleu called directly, same metrics, same pairs.

    python benchmarks/scoring_bench.py [--segments 10000,100000]

The pairs are the shipped example's MT and reference lines, repeated with numbers varied so
that no two are the same. Both sides compute corpus chrF, BLEU (tokenize ja-mecab) and TER
(normalized, asian_support), as review/core/scoring.py configures them; sacrebleu's metric
objects are built fresh, as a script calling sacrebleu would. The figures must be equal; the
target for review's time is within 1.2× of sacrebleu's.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from sacrebleu.metrics.bleu import BLEU
from sacrebleu.metrics.chrf import CHRF
from sacrebleu.metrics.ter import TER

from review.core.scoring import Scorer

PAIRS = Path(__file__).resolve().parent.parent / "pairs" / "openai-hires.jsonl"


def pairs(count: int, seed: int = 7) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    rows = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line]
    rows = [r for r in rows if r.get("reference")]
    hyps, refs = [], []
    for i in range(count):
        row = rows[i % len(rows)]
        number = str(rng.randint(1, 99999))
        hyps.append(f"{row['mt']}{number}")
        refs.append(f"{row['reference']}{number if rng.random() < 0.8 else number[::-1]}")
    return hyps, refs


def sacrebleu_direct(hyps: list[str], refs: list[str]) -> tuple[float, float, float]:
    refs_list = [refs]
    chrf = CHRF().corpus_score(hyps, refs_list).score
    bleu = BLEU(tokenize="ja-mecab").corpus_score(hyps, refs_list).score
    ter = TER(normalized=True, asian_support=True).corpus_score(hyps, refs_list).score
    return chrf, bleu, ter


def run(count: int) -> dict[str, float | int | bool]:
    hyps, refs = pairs(count)
    start = time.perf_counter()
    theirs = sacrebleu_direct(hyps, refs)
    sacre = time.perf_counter() - start
    start = time.perf_counter()
    scores = Scorer().corpus(hyps, refs)
    ours = time.perf_counter() - start
    same = theirs == (scores.chrf, scores.bleu, scores.ter)
    return {"segments": count, "sacrebleu": sacre, "review": ours, "equal": same}


def table(rows: list[dict[str, float | int | bool]]) -> str:
    out = [
        "| segments | sacrebleu direct | review Scorer | ratio | same figures |",
        "|---|---|---|---|---|",
    ]
    for row in rows:
        ratio = float(row["review"]) / float(row["sacrebleu"])
        out.append(
            f"| {row['segments']:,} | {row['sacrebleu']:.2f} s | {row['review']:.2f} s "
            f"| {ratio:.2f}× | {'yes' if row['equal'] else 'NO'} |"
        )
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--segments", default="10000,100000")
    args = parser.parse_args()
    rows = []
    for count in (int(c) for c in args.segments.split(",")):
        rows.append(run(count))
        print(table(rows[-1:]), flush=True)
    print()
    print(table(rows))


if __name__ == "__main__":
    main()
