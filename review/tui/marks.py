"""Segment text as the reviewer sees it: findings coloured by severity, MT→revision diff marked."""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text

from review.core.model import Finding, Severity
from review.core.scoring import Scores

SEVERITY_STYLE = {
    Severity.ERROR: Style(color="#ffffff", bgcolor="#b3261e", bold=True),
    Severity.WARNING: Style(color="#000000", bgcolor="#e0a526"),
    Severity.INFO: Style(color="#ffffff", bgcolor="#2f6db5"),
}
SEVERITY_COLOUR = {Severity.ERROR: "#ff6b61", Severity.WARNING: "#e0a526", Severity.INFO: "#6ea8fe"}
SELECTED = Style(underline=True, reverse=False, italic=True)
DELETED = Style(color="#ff7b72", strike=True)
INSERTED = Style(color="#7ee787", underline=True)
DIM = Style(dim=True)
ANNOTATED = Style(color="#d2a8ff", bold=True, underline=True)
"""An MQM error the reviewer marked (drawn over the findings' colours)."""
OMITTED = Style(color="#000000", bgcolor="#d2a8ff", bold=True)
"""The caret that marks an omission."""


def marked(
    text: str,
    findings: Sequence[Finding] = (),
    *,
    deleted: Sequence[tuple[int, int]] = (),
    inserted: Sequence[tuple[int, int]] = (),
    selected: Finding | None = None,
) -> Text:
    """`text` with diff spans and finding spans styled; findings are drawn last, on top."""
    out = Text(text, no_wrap=False, overflow="fold")
    for start, end in deleted:
        out.stylize(DELETED, start, end)
    for start, end in inserted:
        out.stylize(INSERTED, start, end)
    for finding in sorted(findings, key=lambda f: -f.severity.rank):
        if finding.end > finding.start:
            out.stylize(SEVERITY_STYLE[finding.severity], finding.start, finding.end)
    if selected is not None and selected.end > selected.start:
        out.stylize(SELECTED, selected.start, selected.end)
    return out


def score(value: float | None, width: int = 0) -> str:
    text = "" if value is None else f"{value:.1f}"
    return text.rjust(width) if width else text


def signed(value: float, precision: int = 2) -> str:
    return f"{value:+.{precision}f}".replace("-", "−")


def delta_style(delta: float, higher_is_better: bool) -> str:
    if abs(delta) < 0.005:
        return "dim"
    better = delta > 0 if higher_is_better else delta < 0
    return "bold #7ee787" if better else "bold #ff7b72"


def scores_line(
    label: str, mt: Scores | None, revision: Scores | None, *, precision: int = 2
) -> Text:
    """chrF, BLEU and TER of the MT, and of the revision with its delta, on one line; with
    `precision` 1, in the short form of a narrow terminal."""
    line = Text(label, style="bold")
    if mt is None:
        line.append(" no reference: no scores", style="dim")
        return line
    arrow, gap = (" → ", "  ") if precision > 1 else ("→", " ")
    for name, metric, higher in (
        ("chrF", "chrf", True),
        ("BLEU", "bleu", True),
        ("TER", "ter", False),
    ):
        before = mt.get(metric)
        line.append(f"{gap}{name} ", style="dim")
        line.append(f"{before:.{precision}f}")
        if revision is not None:
            after = revision.get(metric)
            delta = after - before
            line.append(arrow)
            line.append(f"{after:.{precision}f}", style="bold")
            line.append(f" {signed(delta, precision)}", style=delta_style(delta, higher))
    return line
