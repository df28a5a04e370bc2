from __future__ import annotations

import json
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sacrebleu.metrics.bleu import BLEU
from sacrebleu.metrics.chrf import CHRF
from sacrebleu.metrics.ter import TER
from sacrebleu.significance import PairedTest

from review.core.model import Segment
from review.core.scoring import Scorer
from review.core.significance import _resampled_sums
from tests.conftest import SEED_PAIRS


def _segments(share_revised: float, seed: int = 3) -> list[Segment]:
    rng = random.Random(seed)
    rows = [json.loads(line) for line in SEED_PAIRS.read_text(encoding="utf-8").splitlines()]
    return [
        Segment(
            id=row["id"],
            mt=row["mt"],
            reference=row["reference"],
            revision=row["reference"] if rng.random() < share_revised else None,
        )
        for row in rows
    ]


def test_the_intervals_and_p_values_are_sacrebleu_s_paired_bootstrap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SACREBLEU_SEED", raising=False)
    segments = _segments(0.5)
    scorer = Scorer()
    ours = scorer.total(
        [scorer.statistics(segments[:20]), scorer.statistics(segments[20:])], resamples=1000
    )
    tested = ours.significance
    assert tested is not None and tested.p is not None and tested.seed == "12345"
    metrics = {
        "bleu": BLEU(tokenize="ja-mecab"),
        "chrf": CHRF(),
        "ter": TER(normalized=True, asian_support=True),
    }
    references = [[s.reference or "" for s in segments]]
    systems = [("mt", [s.mt for s in segments]), ("revision", [s.target for s in segments])]
    _, theirs = PairedTest(systems, metrics, references, test_type="bs", n_samples=1000)()
    names = {"bleu": "BLEU", "chrf": "chrF2", "ter": "TER"}
    for name, their_name in names.items():
        baseline, system = theirs[their_name]
        assert tested.mt[name].mean == pytest.approx(baseline.mean, abs=1e-4)
        assert tested.mt[name].ci == pytest.approx(baseline.ci, abs=1e-4)
        assert tested.revision[name].mean == pytest.approx(system.mean, abs=1e-4)
        assert tested.revision[name].ci == pytest.approx(system.ci, abs=1e-4)
        assert tested.p[name] == pytest.approx(system.p_value)
        assert tested.p[name] < 0.05  # half the segments made the reference itself


def test_the_seed_is_sacrebleu_s_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    segments = _segments(0.5)
    scorer = Scorer()
    parts = [scorer.statistics(segments)]
    monkeypatch.setenv("SACREBLEU_SEED", "7")
    seven = scorer.total(parts, resamples=200).significance
    assert seven is not None and seven.seed == "7"
    assert scorer.total(parts, resamples=200).significance == seven
    monkeypatch.setenv("SACREBLEU_SEED", "12345")
    assert scorer.total(parts, resamples=200).significance != seven
    monkeypatch.setenv("SACREBLEU_SEED", "None")
    drawn = scorer.total(parts, resamples=200).significance
    assert drawn is not None and drawn.seed == "none"


def test_nothing_revised_has_intervals_and_no_test() -> None:
    scorer = Scorer()
    tested = scorer.total([scorer.statistics(_segments(0.0))], resamples=300).significance
    assert tested is not None and tested.p is None
    assert tested.mt == tested.revision


def test_a_revision_that_changes_nothing_is_no_difference() -> None:
    segments = [
        Segment(id=s.id, mt=s.mt, reference=s.reference, revision=s.mt) for s in _segments(0.0)
    ]
    scorer = Scorer()
    tested = scorer.total([scorer.statistics(segments)], resamples=300).significance
    assert tested is not None and tested.p == {"chrf": 1.0, "bleu": 1.0, "ter": 1.0}


def test_no_reference_no_figures() -> None:
    segments = [Segment(id="1", mt="テスト")]
    scorer = Scorer()
    assert scorer.total([scorer.statistics(segments)], resamples=100).significance is None


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, 50), min_size=3, max_size=3), min_size=1, max_size=30),
    st.integers(1, 150),
    st.integers(0, 2**32 - 1),
)
def test_resampled_sums_are_the_sums_of_the_drawn_rows(
    rows: list[list[int]], samples: int, seed: int
) -> None:
    stats = np.array(rows, dtype=np.float64)
    drawn = np.random.default_rng(seed).choice(len(rows), size=(samples, len(rows)), replace=True)
    summed = np.vstack(list(_resampled_sums(stats, samples, np.random.default_rng(seed))))
    assert summed.shape == (samples, 3)
    assert np.array_equal(summed, stats[drawn].sum(axis=1))
