from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from review.core.model import Finding, FindingKind, Severity
from review.core.overlaps import Covered


def _finding(start: int, end: int) -> Finding:
    return Finding("1", FindingKind.VARIANT, Severity.WARNING, start, end, "", None, "", "r")


spans = st.tuples(st.integers(0, 40), st.integers(0, 8)).map(lambda s: (s[0], s[0] + s[1]))


@given(st.lists(spans, max_size=12), spans)
def test_covered_overlaps_as_the_pairwise_test_says(
    added: list[tuple[int, int]], probe: tuple[int, int]
) -> None:
    covered = Covered(_finding(*span) for span in added)
    start, end = probe
    expected = any(a < end and start < b for a, b in added)
    assert covered.overlaps(_finding(start, end)) == expected
