"""Findings as CSV, one row per finding, for a spreadsheet (as Xbench exports its QA list).

RFC 4180 with CRLF, UTF-8 with a byte-order mark so that Excel opens the Japanese correctly.
Columns: segment, line, severity, kind, rule, start, end, text, suggestion, message, status,
source, target (the text the finding's offsets index).
"""

from __future__ import annotations

from collections.abc import Sequence

from review.core.model import Document, Finding
from review.formats import delimited

COLUMNS = (
    "segment",
    "line",
    "severity",
    "kind",
    "rule",
    "start",
    "end",
    "text",
    "suggestion",
    "message",
    "status",
    "source",
    "target",
)


def render(findings: Sequence[Finding], document: Document) -> str:
    segments = document.by_id()
    rows = []
    for f in findings:
        segment = segments.get(f.segment)
        line = document.lines.get(f.segment)
        rows.append(
            [
                f.segment,
                "" if line is None else str(line),
                f.severity.value,
                f.kind,
                f.rule,
                str(f.start),
                str(f.end),
                f.text,
                f.suggestion or "",
                f.message,
                "" if segment is None else segment.status.value,
                "" if segment is None or segment.source is None else segment.source,
                "" if segment is None else segment.target,
            ]
        )
    return "\ufeff" + delimited.render(COLUMNS, rows, "csv")
