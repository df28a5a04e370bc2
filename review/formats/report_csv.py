"""Findings as CSV, one row per finding, for a spreadsheet (as Xbench exports its QA list).

RFC 4180 with CRLF, UTF-8 with a byte-order mark so that Excel opens the Japanese correctly.
Columns: segment, line, severity, kind, rule, start, end, text, suggestion, message, status,
source, target (the text the finding's offsets index), field.

MQM annotations follow the findings, one row each: kind `mqm`, rule `mqm:CATEGORY`, the MQM
severity, the note as message, `field` mt or revision and `target` that text (so the offsets
index it); then one `mqm-score` row whose message is the document's score. A text cell
that would start a formula in a spreadsheet (=, +, -, @) gets an apostrophe before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from review.core.model import Annotation, Document, Finding
from review.core.mqm import MqmScore
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
    "field",
)


def render(
    findings: Sequence[Finding],
    document: Document,
    annotations: Sequence[Annotation] = (),
    mqm: MqmScore | None = None,
) -> str:
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
                "" if segment is None else ("mt" if segment.revision is None else "revision"),
            ]
        )
    for a in annotations:
        segment = segments.get(a.segment)
        line = document.lines.get(a.segment)
        field = None if segment is None else (segment.mt if a.field == "mt" else segment.revision)
        rows.append(
            [
                a.segment,
                "" if line is None else str(line),
                a.severity,
                "mqm",
                f"mqm:{a.category}",
                str(a.start),
                str(a.end),
                a.text,
                "",
                a.note,
                "" if segment is None else segment.status.value,
                "" if segment is None or segment.source is None else segment.source,
                field or "",
                a.field,
            ]
        )
    if mqm is not None:
        row = [""] * len(COLUMNS)
        row[COLUMNS.index("kind")] = "mqm-score"
        row[COLUMNS.index("severity")] = "pass" if mqm.passed else "fail"
        row[COLUMNS.index("message")] = mqm.summary()
        rows.append(row)
    return "\ufeff" + delimited.render(COLUMNS, [[_inert(c) for c in row] for row in rows], "csv")


_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert(cell: str) -> str:
    """A text cell a spreadsheet would take for a formula (=HYPERLINK(…) in a target),
    prefixed with an apostrophe, as OWASP advises for CSV meant for Excel; numbers as they
    are."""
    if cell.startswith(_FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell
