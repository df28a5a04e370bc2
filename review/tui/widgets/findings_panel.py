"""The current segment's findings, one per line, with message and suggestion; one is selected."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from review.core.model import Finding
from review.core.session import is_fixable
from review.tui.marks import SEVERITY_COLOUR


class FindingsPanel(OptionList):
    """Never takes focus: `[` and `]` pick a finding while the segment list keeps the keys."""

    can_focus = False

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id)
        self.findings: list[Finding] = []
        self.border_title = "Findings"

    @property
    def selected(self) -> Finding | None:
        if not self.findings or self.highlighted is None:
            return None
        return self.findings[min(self.highlighted, len(self.findings) - 1)]

    def show(self, findings: list[Finding], keep: Finding | None = None) -> None:
        self.findings = findings
        self.clear_options()
        if not findings:
            self.add_option(
                Option(Text("No open findings in this segment.", style="dim"), disabled=True)
            )
            self.border_title = "Findings"
            return
        self.add_options([Option(_line(f)) for f in findings])
        self.border_title = f"Findings ({len(findings)})"
        position = 0
        if keep is not None:
            same = [i for i, f in enumerate(findings) if (f.rule, f.text) == (keep.rule, keep.text)]
            position = same[0] if same else 0
        self.highlighted = position

    def move(self, step: int) -> None:
        if self.findings and self.highlighted is not None:
            self.highlighted = (self.highlighted + step) % len(self.findings)


def _line(finding: Finding) -> Text:
    colour = SEVERITY_COLOUR[finding.severity]
    line = Text()
    line.append("● ", style=colour)
    line.append(f"{finding.severity.value:<8}", style=f"bold {colour}")
    if finding.text:
        line.append(f"“{finding.text}”", style="bold")
        if finding.suggestion is not None:
            line.append(" → ")
            line.append(f"“{finding.suggestion}”", style="bold #7ee787")
    elif finding.suggestion is not None:
        line.append(f"missing “{finding.suggestion}”", style="bold")
    line.append(f"  {finding.message}")
    line.append(f"  {finding.rule}", style="dim")
    if not is_fixable(finding):
        line.append("  (edit by hand)", style="dim italic")
    return line
