"""Inconsistency across the document: one source translated differently, and different
sources given the same translation. Findings sit at 0:0 and name the other segments."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from review.core.model import Finding, Segment, Severity
from review.core.qa import finding

_MIN_TARGET = 5  # short targets (はい, 注) legitimately render many sources


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def check_consistency(segments: Sequence[Segment]) -> list[Finding]:
    findings: list[Finding] = []
    by_source: dict[str, list[Segment]] = defaultdict(list)
    by_target: dict[str, list[Segment]] = defaultdict(list)
    for segment in segments:
        if segment.source and _norm(segment.source):
            by_source[_norm(segment.source).casefold()].append(segment)
            if len(_norm(segment.target)) >= _MIN_TARGET:
                by_target[_norm(segment.target)].append(segment)
    for group in by_source.values():
        if len({_norm(s.target) for s in group}) > 1:
            for segment in group:
                others = [s.id for s in group if _norm(s.target) != _norm(segment.target)]
                findings.append(
                    finding(
                        segment.id,
                        "inconsistency",
                        Severity.WARNING,
                        segment.target,
                        0,
                        0,
                        f"the same source is translated differently in {', '.join(others)}",
                    )
                )
    for group in by_target.values():
        sources = {_norm(s.source or "").casefold() for s in group}
        if len(sources) > 1:
            for segment in group:
                others = [s.id for s in group if s.id != segment.id and s.source != segment.source]
                findings.append(
                    finding(
                        segment.id,
                        "inconsistency",
                        Severity.INFO,
                        segment.target,
                        0,
                        0,
                        f"different sources get this same translation in {', '.join(others)}",
                    )
                )
    return findings
