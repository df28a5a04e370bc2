"""Progress, open findings and corpus scores of the whole document, on two lines.

Each line is drawn in the longest form that fits the terminal's width: the corpus scores
keep every figure down to 80 columns (MT → revision and the delta of each metric).
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Static

from review.core.live_scores import CorpusFigures
from review.core.mqm import MqmScore
from review.core.session import FindingTotals, Progress
from review.core.wording import counted
from review.tui.marks import delta_style, signed

_SEPARATOR = ("  │  ", " │ ")
_METRICS = (("chrF", "chrf", True), ("BLEU", "bleu", True), ("TER", "ter", False))


class StatusBar(Static):
    def __init__(self, *, id: str) -> None:
        super().__init__("", id=id, markup=False)
        self._progress: Progress | None = None
        self._findings: FindingTotals | None = None
        self._corpus: CorpusFigures | None = None
        self._glossary = ""
        self._mqm: MqmScore | None = None

    def set_progress(self, progress: Progress) -> None:
        self._progress = progress
        self._redraw()

    def set_findings(self, totals: FindingTotals) -> None:
        self._findings = totals
        self._redraw()

    def set_corpus(self, corpus: CorpusFigures) -> None:
        self._corpus = corpus
        self._redraw()

    def set_mqm(self, mqm: MqmScore | None) -> None:
        """The document's MQM score; None (no error annotated yet) shows nothing."""
        self._mqm = mqm
        self._redraw()

    def set_glossary(self, note: str) -> None:
        self._glossary = note
        self._redraw()

    def on_resize(self) -> None:
        self._redraw()

    def _redraw(self) -> None:
        width = self.content_region.width or 10_000
        first = _fitting([self._overview(compact) for compact in (False, True)], width)
        second = _fitting([_corpus(self._corpus, compact) for compact in (False, True)], width)
        self.update(Text("\n").join([first, second]), layout=False)

    def _overview(self, compact: bool) -> Text:
        """Progress, open findings, the MQM score and unsaved glossary additions."""
        parts = [_findings(self._findings, compact)]
        if self._progress is not None:
            parts.insert(0, _progress(self._progress, compact))
        if compact:
            parts.reverse()  # findings first, where a cut-off line still shows them
        if self._mqm is not None:
            parts.append(_mqm(self._mqm, compact))
        if self._glossary:
            parts.append(Text(self._glossary, style="bold #e0a526"))
        return Text(_SEPARATOR[compact], style="dim").join(parts)


def _fitting(forms: list[Text], width: int) -> Text:
    """The first form that fits in `width` cells, else the last (cut with an ellipsis)."""
    return next((form for form in forms if cell_len(form.plain) <= width), forms[-1])


def _progress(progress: Progress, compact: bool) -> Text:
    total = progress.total
    rejected = "bold #ff7b72" if progress.rejected else "bold"
    if compact:
        return Text.assemble(
            (f"{progress.reviewed}/{total}", "bold"),
            (" reviewed, ", "dim"),
            (str(progress.approved), "bold"),
            (" approved, ", "dim"),
            (str(progress.rejected), rejected),
            (" rejected", "dim"),
        )
    return Text.assemble(
        ("Reviewed ", "dim"),
        (f"{progress.reviewed}/{total}", "bold"),
        (" · Approved ", "dim"),
        (f"{progress.approved}/{total}", "bold"),
        (" · Rejected ", "dim"),
        (str(progress.rejected), rejected),
    )


def _findings(findings: FindingTotals | None, compact: bool) -> Text:
    line = Text("Open " if compact else "Open findings ", style="dim")
    if findings is None or not findings.complete:
        line.append("counting…", style="dim")
        return line
    colour = "#ff6b61" if findings.errors else "#e0a526" if findings.open else "#7ee787"
    line.append(str(findings.open), style=f"bold {colour}")
    if findings.open:
        by_severity = ", ".join(
            (
                counted(findings.errors, "error"),
                counted(findings.warnings, "warning"),
                counted(findings.infos, "info", "info"),
            )
        )
        line.append(f": {by_severity}" if compact else f" ({by_severity})", style="dim")
    return line


def _mqm(mqm: MqmScore, compact: bool) -> Text:
    colour = "#7ee787" if mqm.passed else "#ff6b61"
    line = Text("MQM ", style="dim")
    line.append(f"{mqm.score:.2f} {mqm.verdict}", style=f"bold {colour}")
    line.append(f" ({counted(mqm.errors, 'error')})", style="dim")
    return line


def _corpus(corpus: CorpusFigures | None, compact: bool) -> Text:
    line = Text("Corpus " if compact else "Corpus  ", style="bold")
    if corpus is None:
        line.append("scoring…", style="dim")
        return line
    if corpus.total == 0:
        line.append("no segment has a reference: no scores", style="dim")
        return line
    if corpus.mt is None or corpus.revision is None:
        line.append(f"scoring {corpus.scored * 100 // corpus.total}%…", style="dim")
        return line
    if compact:
        for name, metric, higher in _METRICS:
            before, after = corpus.mt.get(metric), corpus.revision.get(metric)
            line.append(f" {name} ", style="dim")
            line.append(f"{before:.2f}→")
            line.append(f"{after:.2f}", style="bold")
            line.append(f" {signed(after - before)}", style=delta_style(after - before, higher))
    else:
        line.append("MT ", style="dim")
        for name, metric, _ in _METRICS:
            line.append(f" {name} ", style="dim")
            line.append(f"{corpus.mt.get(metric):.2f}")
        line.append("  │  Revision ", style="dim")
        for name, metric, higher in _METRICS:
            before, after = corpus.mt.get(metric), corpus.revision.get(metric)
            line.append(f" {name} ", style="dim")
            line.append(f"{after:.2f}", style="bold")
            line.append(f" {signed(after - before)}", style=delta_style(after - before, higher))
    if corpus.updating:
        line.append(" (updating…)" if compact else "  (updating…)", style="dim")
    return line
