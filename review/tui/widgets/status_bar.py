"""Progress, open findings and corpus scores of the whole document, on one line."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from review.core.live_scores import CorpusFigures
from review.core.mqm import MqmScore
from review.core.session import FindingTotals, Progress
from review.tui.marks import delta_style, signed


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

    def _redraw(self) -> None:
        line = Text()
        progress = self._progress
        if progress is not None:
            line.append("Reviewed ", style="dim")
            line.append(f"{progress.reviewed}/{progress.total}", style="bold")
            line.append(" · Approved ", style="dim")
            line.append(f"{progress.approved}/{progress.total}", style="bold")
            line.append(" · Rejected ", style="dim")
            line.append(
                str(progress.rejected), style="bold #ff7b72" if progress.rejected else "bold"
            )
        line.append("  │  Open findings ", style="dim")
        findings = self._findings
        if findings is None or not findings.complete:
            line.append("counting…", style="dim")
        else:
            colour = "#ff6b61" if findings.errors else "#e0a526" if findings.open else "#7ee787"
            line.append(str(findings.open), style=f"bold {colour}")
            if findings.open:
                line.append(
                    f" ({findings.errors} errors, {findings.warnings} warnings)", style="dim"
                )
        if self._mqm is not None:
            line.append_text(_mqm(self._mqm))
        if self._glossary:
            line.append("  │  ", style="dim")
            line.append(self._glossary, style="bold #e0a526")
        line.append("\n")
        line.append_text(_corpus(self._corpus))
        self.update(line, layout=False)


def _mqm(mqm: MqmScore) -> Text:
    colour = "#7ee787" if mqm.passed else "#ff6b61"
    line = Text("  │  MQM ", style="dim")
    line.append(f"{mqm.score:.2f} {mqm.verdict}", style=f"bold {colour}")
    line.append(f" ({mqm.errors} error{'' if mqm.errors == 1 else 's'})", style="dim")
    return line


def _corpus(corpus: CorpusFigures | None) -> Text:
    line = Text("Corpus  ", style="bold")
    if corpus is None:
        line.append("scoring…", style="dim")
        return line
    if corpus.total == 0:
        line.append("no segment has a reference: no scores", style="dim")
        return line
    if corpus.mt is None or corpus.revision is None:
        line.append(f"scoring {corpus.scored * 100 // corpus.total}%…", style="dim")
        return line
    metrics = (("chrF", "chrf", True), ("BLEU", "bleu", True), ("TER", "ter", False))
    line.append("MT ", style="dim")
    for name, metric, _ in metrics:
        line.append(f" {name} ", style="dim")
        line.append(f"{corpus.mt.get(metric):.2f}")
    line.append("  │  Revision ", style="dim")
    for name, metric, higher in metrics:
        before, after = corpus.mt.get(metric), corpus.revision.get(metric)
        line.append(f" {name} ", style="dim")
        line.append(f"{after:.2f}", style="bold")
        line.append(f" {signed(after - before)}", style=delta_style(after - before, higher))
    if corpus.updating:
        line.append("  (updating…)", style="dim")
    return line
