"""FastTER gives sacrebleu's TER statistics, segment by segment, whatever the sentences."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from sacrebleu.metrics.ter import TER

from review.core.ter import FastTER, translation_edit_rate
from tests.conftest import SEED_PAIRS

_CONFIGS = (
    {"normalized": True, "asian_support": True},
    {},
    {"case_sensitive": True, "no_punct": True},
)

# few distinct words, so that shifts, repeats and ties are common
_WORDS = st.lists(st.sampled_from(["a", "b", "c", "d", "e", "ab"]), max_size=45)


@settings(max_examples=400, deadline=None)
@given(_WORDS, _WORDS)
def test_edits_equal_sacrebleu_on_any_words(hyp: list[str], ref: list[str]) -> None:
    from sacrebleu.metrics import lib_ter

    assert translation_edit_rate(hyp, ref) == lib_ter.translation_edit_rate(hyp, ref)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["x y", "y", "z x y", "q"]), min_size=1, max_size=3),
    st.integers(0, 200),
    st.integers(0, 3),
)
def test_lengths_far_apart(parts: list[str], extra: int, repeat: int) -> None:
    """A wide beam (a reference far longer than the hypothesis) and the reverse."""
    short = " ".join(parts).split()
    long = (short * (extra // max(1, len(short)) + 1))[: extra + 1] + ["w"] * repeat
    from sacrebleu.metrics import lib_ter

    assert translation_edit_rate(short, long) == lib_ter.translation_edit_rate(short, long)
    assert translation_edit_rate(long, short) == lib_ter.translation_edit_rate(long, short)


def test_statistics_equal_sacrebleu_on_the_example_in_every_configuration() -> None:
    rows = [json.loads(line) for line in SEED_PAIRS.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r.get("reference")]
    hyps = [r["mt"] for r in rows] + [r["reference"] for r in rows[::-1]] + [""]
    refs = [[r["reference"] for r in rows] + [r["mt"] for r in rows] + ["参照"]]
    for config in _CONFIGS:
        ours, theirs = FastTER(**config), TER(**config)
        stats = ours._extract_corpus_statistics(hyps, refs)
        assert stats == theirs._extract_corpus_statistics(hyps, refs)
        assert ours.corpus_score(hyps, refs).score == theirs.corpus_score(hyps, refs).score
        assert str(ours.get_signature()) == str(theirs.get_signature())


def test_empty_sides() -> None:
    assert translation_edit_rate([], ["a", "b"]) == (2, 2)
    assert translation_edit_rate(["a"], []) == (1, 0)
    assert translation_edit_rate([], []) == (0, 0)
