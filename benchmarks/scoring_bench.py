"""Scoring: review's Scorer against sacrebleu called directly, same metrics, same pairs.

    python benchmarks/scoring_bench.py [--segments 10000,100000]
    python benchmarks/scoring_bench.py --confidence [--segments 1000,10000,30000]

The pairs are the shipped example's MT and reference lines, repeated with numbers varied so
that no two are the same. Both sides compute corpus chrF, BLEU (tokenize ja-mecab) and TER
(normalized, asian_support), as review/core/scoring.py configures them; sacrebleu's metric
objects are built fresh, as a script calling sacrebleu would. The figures must be equal; the
target for review's time is within 1.2× of sacrebleu's.

`--confidence` times `review score --confidence` (1,000 bootstrap resamples: intervals for the
MT and the revision, and the paired test) against sacrebleu's own resampling of the same
statistics (`_bootstrap_resample`, as `--confidence` and `--paired-bs` run it), with the peak
memory each allocates (tracemalloc), and checks that the intervals agree.
"""

from __future__ import annotations

import argparse
import json
import random
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from sacrebleu.metrics.bleu import BLEU
from sacrebleu.metrics.chrf import CHRF
from sacrebleu.metrics.ter import TER

from review.core.model import Segment
from review.core.scoring import Scorer
from review.core.significance import SAMPLES, significance

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


def _measured(work: Callable[[], Any]) -> tuple[Any, float, float]:
    tracemalloc.start()
    start = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return result, seconds, peak


def confidence(count: int) -> dict[str, float | int | bool]:
    from sacrebleu.significance import _bootstrap_resample, estimate_ci

    hyps, refs = pairs(count)
    rng = random.Random(11)
    segments = [
        Segment(id=str(i), mt=h, reference=r, revision=r if rng.random() < 0.3 else None)
        for i, (h, r) in enumerate(zip(hyps, refs, strict=True))
    ]
    scorer = Scorer()
    stats = scorer.statistics(segments)
    metrics = scorer._corpus_metrics
    ours, ours_s, ours_mb = _measured(
        lambda: significance(metrics, stats.mt, stats.revision, revised=True, samples=SAMPLES)
    )

    def sacrebleu_resampling() -> dict[str, tuple[float, float]]:
        found = {}
        for name, metric in metrics.items():
            for side in ("mt", "revision"):
                _, scores = _bootstrap_resample(getattr(stats, side)[name], metric, SAMPLES)
                found[f"{side} {name}"] = estimate_ci(np.array([s.score for s in scores]))
        return found

    theirs, theirs_s, theirs_mb = _measured(sacrebleu_resampling)
    same = all(
        abs(theirs[f"{side} {name}"][1] - getattr(ours, side)[name].ci) < 1e-3
        for name in metrics
        for side in ("mt", "revision")
    )
    return {
        "segments": count,
        "sacrebleu": theirs_s,
        "review": ours_s,
        "sacrebleu MB": theirs_mb,
        "review MB": ours_mb,
        "equal": same,
    }


def confidence_table(rows: list[dict[str, float | int | bool]]) -> str:
    out = [
        "| segments | sacrebleu's resampling | review --confidence | sacrebleu peak | review peak "
        "| same intervals |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        out.append(
            f"| {row['segments']:,} | {row['sacrebleu']:.2f} s | {row['review']:.2f} s "
            f"| {row['sacrebleu MB']:,.0f} MB | {row['review MB']:,.0f} MB "
            f"| {'yes' if row['equal'] else 'NO'} |"
        )
    return "\n".join(out)


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
    parser.add_argument("--segments")
    parser.add_argument("--confidence", action="store_true")
    args = parser.parse_args()
    sizes = args.segments or ("1000,10000,30000" if args.confidence else "10000,100000")
    measure, show = (confidence, confidence_table) if args.confidence else (run, table)
    rows = []
    for count in (int(c) for c in sizes.split(",")):
        rows.append(measure(count))
        print(show(rows[-1:]), flush=True)
    print()
    print(show(rows))


if __name__ == "__main__":
    main()
