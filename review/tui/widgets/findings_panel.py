"""The current segment's findings: one line each, and the selected one in full.

The selected finding wraps (its text, suggestion and message whole, at any width); the others
keep to one line. The panel grows with what it shows, up to a height set per terminal size
in review.tcss, and keeps the selected finding in view.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static

from review.core.model import Finding
from review.core.session import has_automatic_fix
from review.tui.marks import SEVERITY_COLOUR


class FindingLine(Static):
    """One finding; a click selects it."""

    def __init__(self, index: int) -> None:
        super().__init__("", classes="finding", markup=False)
        self.index = index

    class Clicked(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(self.Clicked(self.index))


class FindingsPanel(VerticalScroll):
    """Never takes focus: `[` and `]` pick a finding while the segment list keeps the keys."""

    can_focus = False

    class Selected(Message):
        """The reviewer selected another finding (keys or a click)."""

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id)
        self.findings: list[Finding] = []
        self._position = 0
        self._lines: list[FindingLine] = []
        self._none = Static(
            Text("No open findings in this segment.", style="dim"), classes="finding-none"
        )
        self.border_title = "Findings"

    def compose(self) -> ComposeResult:
        yield self._none

    @property
    def selected(self) -> Finding | None:
        if not self.findings:
            return None
        return self.findings[min(self._position, len(self.findings) - 1)]

    @property
    def selected_line(self) -> FindingLine | None:
        """The widget that shows the selected finding."""
        return self._lines[self._position] if self.findings else None

    def show(self, findings: list[Finding], keep: Finding | None = None) -> None:
        self.findings = findings
        if len(self._lines) < len(findings):
            added = [FindingLine(i) for i in range(len(self._lines), len(findings))]
            self._lines.extend(added)
            self.mount_all(added)
        for index, line in enumerate(self._lines):
            line.display = index < len(findings)
        self._none.display = not findings
        self.border_title = f"Findings ({len(findings)})" if findings else "Findings"
        position = 0
        if keep is not None:
            same = [i for i, f in enumerate(findings) if (f.rule, f.text) == (keep.rule, keep.text)]
            position = same[0] if same else 0
        self._select(position)

    def move(self, step: int) -> None:
        if self.findings:
            self._select((self._position + step) % len(self.findings))
            self.post_message(self.Selected())

    def on_finding_line_clicked(self, event: FindingLine.Clicked) -> None:
        if event.index < len(self.findings) and event.index != self._position:
            self._select(event.index)
            self.post_message(self.Selected())

    def _select(self, position: int) -> None:
        self._position = position
        for index, finding in enumerate(self.findings):
            line = self._lines[index]
            line.set_class(index == position, "-selected")
            line.update(finding_text(finding))
        self.call_after_refresh(self._scroll_to_selected)

    def _scroll_to_selected(self) -> None:
        line = self.selected_line
        if line is not None and line.is_attached:
            self.scroll_to_widget(line, animate=False, immediate=True)


def finding_text(finding: Finding) -> Text:
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
    if not has_automatic_fix(finding):
        line.append("  (no automatic fix)", style="dim italic")
    return line
