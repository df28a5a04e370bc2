"""How sure the corpus scores are: a 95% confidence interval for the MT's and the revision's
chrF, BLEU and TER, and the paired bootstrap test of the revision against the MT, as
sacrebleu computes them for `--confidence` and `--paired-bs` with the MT as the baseline
(`sacrebleu REF -i MT REVISION --paired-bs`): the same resamples for the same seed
(SACREBLEU_SEED, else 12345; `none` draws a fresh one), the same intervals and p-values.

They are computed from the per-segment statistics the score already holds, and summed
without sacrebleu's array of every resample of every segment (resamples × segments ×
statistics, 5 GB for 100,000 segments): each resample is a row of counts, how often it
draws each segment, and a few resamples at a time are multiplied into the statistics.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sacrebleu.significance import _compute_p_value, estimate_ci

SAMPLES = 1000  # sacrebleu's default for the bootstrap
_ROWS = 64  # resamples drawn and summed at a time


@dataclass(frozen=True, slots=True)
class Interval:
    """The mean of the resampled scores and the half width of their 95% interval."""

    mean: float
    ci: float


@dataclass(frozen=True, slots=True)
class Significance:
    """`p` per metric: the chance of a difference this large between the revision and the MT
    were they one system (1 where their statistics are the same); `None` where nothing is
    revised."""

    samples: int
    seed: str
    mt: dict[str, Interval]
    revision: dict[str, Interval]
    p: dict[str, float] | None


def seed() -> tuple[int | None, str]:
    """sacrebleu's seed, and how its signatures write it."""
    chosen = os.environ.get("SACREBLEU_SEED", "12345")
    return (None, "none") if chosen.lower() == "none" else (int(chosen), chosen)


def _resampled_sums(
    stats: np.ndarray, samples: int, rng: np.random.Generator
) -> Iterator[np.ndarray]:
    """The column sums of each bootstrap resample of `stats`' rows, a block of resamples at a
    time, drawn as sacrebleu draws them (`rng.choice(n, (samples, n))`, whose values do not
    depend on how many rows are drawn at once)."""
    n = len(stats)
    for start in range(0, samples, _ROWS):
        rows = min(_ROWS, samples - start)
        drawn = rng.choice(n, size=(rows, n), replace=True)
        offsets = drawn + (np.arange(rows) * n)[:, None]
        counts = np.bincount(offsets.ravel(), minlength=rows * n).reshape(rows, n)
        yield counts @ stats


def _scores(metric: Any, sums: np.ndarray) -> np.ndarray:
    return np.array([metric._compute_score_from_stats(row).score for row in sums])


def significance(
    metrics: Mapping[str, Any],
    mt: Mapping[str, Sequence[Any]],
    revision: Mapping[str, Sequence[Any]],
    *,
    revised: bool,
    samples: int = SAMPLES,
) -> Significance:
    """The intervals and the paired test for each metric, from the per-segment statistics
    of the MT and of the revision (a segment not revised has its MT's)."""
    chosen, written = seed()
    names = list(metrics)
    widths = [len(mt[name][0]) for name in names]
    both = np.hstack(
        [np.asarray(side[name], dtype=np.float64) for side in (mt, revision) for name in names]
    )
    sums = np.vstack(list(_resampled_sums(both, samples, np.random.default_rng(chosen))))
    edges = np.cumsum([0, *widths, *widths])
    columns = [sums[:, edges[i] : edges[i + 1]] for i in range(len(edges) - 1)]
    mt_intervals: dict[str, Interval] = {}
    revision_intervals: dict[str, Interval] = {}
    p: dict[str, float] = {}
    for i, name in enumerate(names):
        metric = metrics[name]
        base = _scores(metric, columns[i])
        system = _scores(metric, columns[len(names) + i])
        mt_intervals[name] = Interval(*map(float, estimate_ci(base)))
        revision_intervals[name] = Interval(*map(float, estimate_ci(system)))
        if revised:
            real = abs(
                metric._aggregate_and_compute(list(revision[name])).score
                - metric._aggregate_and_compute(list(mt[name])).score
            )
            differences = np.abs(system - base)
            # one system twice: sacrebleu's p would be 1/(samples + 1), as if told apart
            p[name] = (
                float(_compute_p_value(differences - differences.mean(), real))
                if differences.any()
                else 1.0
            )
    return Significance(samples, written, mt_intervals, revision_intervals, p if revised else None)
