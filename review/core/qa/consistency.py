"""Inconsistency across the document: one source translated differently, and different
sources given the same translation. Findings sit at 0:0 and name five other segments at
most, so that the check stays linear.

The check is map-reduce (`review.core.engine`): `consistency_rows` reads a run of segments,
`consistency_findings` groups the rows of the whole document."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from review.core.model import Finding, FindingKind, Segment, Severity
from review.core.qa import finding, message_key, some

_MIN_TARGET = 5  # short targets (はい, 注) legitimately render many sources
_SPACES = re.compile(r"\s+")


class Row(NamedTuple):
    """What the check needs of a segment with a source."""

    segment: str
    source: str  # normalised, case-folded
    target: str  # normalised


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def consistency_rows(segments: Iterable[Segment]) -> list[Row]:
    return [
        Row(segment.id, source.casefold(), _norm(segment.target))
        for segment in segments
        if segment.source
        and (source := _norm(segment.source))
        and segment.target.strip()
        and not message_key(segment.source)
    ]


def consistency_findings(rows: Sequence[Row]) -> list[Finding]:
    findings: list[Finding] = []
    by_source: dict[str, list[Row]] = {}
    by_target: dict[str, list[Row]] = {}
    for row in rows:
        by_source.setdefault(row.source, []).append(row)
        if len(row.target) >= _MIN_TARGET:
            by_target.setdefault(row.target, []).append(row)
    for group in by_source.values():
        for row, others, total in _differing(group, lambda r: r.target):
            findings.append(
                _finding(
                    row,
                    Severity.WARNING,
                    f"the same source is translated differently in {some(others, total)}",
                )
            )
    for group in by_target.values():
        for row, others, total in _differing(group, lambda r: r.source):
            findings.append(
                _finding(
                    row,
                    Severity.INFO,
                    f"different sources get this same translation in {some(others, total)}",
                )
            )
    return findings


def _differing(group: list[Row], key: Callable[[Row], str]) -> Iterable[tuple[Row, list[str], int]]:
    """For each row of a group whose rows differ by `key`: up to five segments with another
    value, in document order (taken from the first six values, six segments each, so that
    the check stays linear), and how many segments have another value."""
    counts = Counter(key(row) for row in group)
    if len(counts) < 2:
        return
    firsts: dict[str, list[tuple[int, str]]] = {}
    for position, row in enumerate(group):
        value = key(row)
        if value in firsts:
            if len(firsts[value]) < 6:
                firsts[value].append((position, row.segment))
        elif len(firsts) < 6:
            firsts[value] = [(position, row.segment)]
    for row in group:
        own = key(row)
        others = sorted(pair for value, pairs in firsts.items() if value != own for pair in pairs)
        yield row, [segment for _, segment in others[:5]], len(group) - counts[own]


def _finding(row: Row, severity: Severity, message: str) -> Finding:
    return finding(row.segment, FindingKind.INCONSISTENCY, severity, "", 0, 0, message)


def check_consistency(segments: Sequence[Segment]) -> list[Finding]:
    return consistency_findings(consistency_rows(segments))
