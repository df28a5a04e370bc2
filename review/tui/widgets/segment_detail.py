"""The current segment: source, MT, revision and reference, with findings and the diff marked.

Side by side on a wide terminal, stacked on a narrow one (the screen's breakpoint classes
switch the layout in review.tcss). The revision pane holds the editor.
"""

from __future__ import annotations

from collections import Counter
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Container, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Static, TextArea

from review.core.diff import char_diff, deleted_spans, inserted_spans
from review.core.live_scores import SegmentFigures
from review.core.model import Annotation, Finding, Segment
from review.core.qa.markup import closing_tag, missing_codes
from review.tui import keys
from review.tui.folding import fold
from review.tui.marks import ANNOTATED, DIM, OMITTED, marked, scores_line


class Pane(VerticalScroll):
    """One text of the segment, in a titled box; Japanese text is folded by `folding`."""

    can_focus = False

    def __init__(self, title: str, *, id: str) -> None:
        super().__init__(id=id, classes="pane")
        self.name_text = title
        self.border_title = title
        self.body = Static("", classes="pane-body", markup=False)
        self._content: Text = Text()
        self._fold = False

    def compose(self) -> ComposeResult:
        yield self.body

    def show(self, content: Text | str, *, japanese: bool = True) -> None:
        self._content = content if isinstance(content, Text) else Text(content)
        self._fold = japanese
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def set_note(self, note: Text | str) -> None:
        """Something about the text, after the title (on the top border, which every layout
        draws)."""
        title = Text(self.name_text)
        if note:
            title.append(" · ", style="dim")
            title.append_text(note if isinstance(note, Text) else Text(note))
        self.border_title = title

    def mark_errors(self, annotations: list[Annotation]) -> None:
        """Mark MQM errors over what is shown: spans styled, omissions as a caret."""
        content = self._content.copy()
        for a in annotations:
            if a.end > a.start:
                content.stylize(ANNOTATED, a.start, a.end)
        for point in sorted({a.start for a in annotations if a.end == a.start}, reverse=True):
            content = Text.assemble(content[:point], ("‸", OMITTED), content[point:])
        self._content = content
        self._draw()

    def _draw(self) -> None:
        width = self.scrollable_content_region.width - 1
        if self._fold and width > 0:
            self.body.update(fold(self._content, width))
        else:
            self.body.update(self._content)


class RevisionEditor(TextArea):
    """The revision being edited; ctrl+s commits it, escape drops it (the screen asks
    first when it has changes)."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings(keys.EDITOR)

    class Done(Message):
        """`text` is None when the edit was cancelled."""

        def __init__(self, text: str | None) -> None:
            super().__init__()
            self.text = text

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id, soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
        self.mt = ""
        self.source = ""
        self.started = ""

    def start(self, text: str, mt: str, source: str) -> None:
        self.mt = mt
        self.source = source
        self.started = text
        self.load_text(text)
        self.move_cursor(self.document.end)
        self.focus()

    @property
    def revision(self) -> str:
        return self.text.rstrip("\n")

    @property
    def changed(self) -> bool:
        return self.revision != self.started

    def action_save(self) -> None:
        self.post_message(self.Done(self.revision))

    def action_cancel(self) -> None:
        self.post_message(self.Done(None))

    def action_restore_mt(self) -> None:
        self.load_text(self.mt)
        self.move_cursor(self.document.end)

    def action_insert_code(self) -> None:
        """The source's next tag or placeholder that the revision lacks, at the cursor; an
        opening tag whose closing one is missing too wraps the selected text."""
        if not self.source:
            self.notify("The segment has no source to take tags from.")
            return
        missing = missing_codes(self.source, self.text)
        if not missing:
            if missing_codes(self.source, ""):
                self.notify("The revision has every tag and placeholder of the source.")
            else:
                self.notify("The source has no tag or placeholder.")
            return
        code, closing = missing[0], closing_tag(missing[0])
        closing = next((c for c in missing[1:] if closing and c.lower() == closing.lower()), None)
        start, end = sorted(self.selection)
        if closing is not None and self.selected_text:
            self.move_cursor(
                self.replace(code + self.selected_text + closing, start, end).end_location
            )
        else:  # at the cursor, the selection kept
            self.move_cursor(self.insert(code, self.cursor_location).end_location)


class RevisionPane(Pane):
    def compose(self) -> ComposeResult:
        yield self.body
        yield RevisionEditor(id="editor")

    @property
    def editor(self) -> RevisionEditor:
        return self.query_one(RevisionEditor)

    def set_editing(self, editing: bool) -> None:
        self.set_class(editing, "-editing")


class SegmentDetail(Vertical):
    _header: tuple[Segment, str, SegmentFigures | None] | None = None
    """What the header shows, to draw it again at a new width."""

    def compose(self) -> ComposeResult:
        yield Static("", id="detail-header", markup=False)
        with Container(id="panes"):
            yield Pane("Source", id="pane-source")
            yield Pane("MT", id="pane-mt")
            yield RevisionPane("Revision", id="pane-revision")
            yield Pane("Reference", id="pane-reference")

    @property
    def revision_pane(self) -> RevisionPane:
        return self.query_one(RevisionPane)

    def set_editing(self, editing: bool) -> None:
        """The editor in the revision pane (a short terminal keeps only the source beside it)."""
        self.set_class(editing, "-editing")
        self.revision_pane.set_editing(editing)

    def show(
        self,
        segment: Segment | None,
        position: str,
        findings: list[Finding],
        mt_findings: list[Finding],
        selected: Finding | None,
        figures: SegmentFigures | None,
    ) -> None:
        panes = {
            name: self.query_one(f"#pane-{name}", Pane)
            for name in ("source", "mt", "revision", "reference")
        }
        if segment is None:
            self.query_one("#detail-header", Static).update(Text("No segment", style="dim"))
            for pane in panes.values():
                pane.set_note("")
                pane.show("")
            return
        self.show_header(segment, position, figures)
        note = Text(f"note: {segment.note}", style="#e0a526") if segment.note else ""
        panes["revision"].set_note(note)
        panes["source"].show(segment.source or Text("(no source)", style=DIM), japanese=False)
        panes["reference"].show(segment.reference or Text("(no reference)", style=DIM))
        if segment.revision is None:
            panes["mt"].show(marked(segment.mt, findings, selected=selected))
            panes["revision"].show(
                Text("Not revised yet: e edits, s applies a fix.", style=DIM), japanese=False
            )
        else:
            ops = char_diff(segment.mt, segment.revision)
            panes["mt"].show(marked(segment.mt, mt_findings, deleted=deleted_spans(ops)))
            panes["revision"].show(
                marked(segment.revision, findings, inserted=inserted_spans(ops), selected=selected)
            )
        for pane in panes.values():
            pane.scroll_home(animate=False)

    def show_annotations(self, segment: Segment, annotations: list[Annotation]) -> None:
        """Mark the segment's MQM errors in the MT and revision panes (those whose text is
        still where it was annotated), and count them under the MT pane."""
        texts = {"mt": segment.mt, "revision": segment.revision}
        for field in ("mt", "revision"):
            text = texts[field]
            here = [
                a
                for a in annotations
                if a.field == field and text is not None and text[a.start : a.end] == a.text
            ]
            if here:
                self.query_one(f"#pane-{field}", Pane).mark_errors(here)
        mt_pane = self.query_one("#pane-mt", Pane)
        if annotations:
            counts = Counter(a.severity for a in annotations)
            listed = ", ".join(
                f"{counts[s]} {s}" for s in ("critical", "major", "minor", "neutral") if counts[s]
            )
            mt_pane.set_note(Text(f"MQM: {listed} (o)", style="bold #d2a8ff"))
        else:
            mt_pane.set_note("")

    def show_header(self, segment: Segment, position: str, figures: SegmentFigures | None) -> None:
        """Id, position, status and scores, in the longest form that fits the width."""
        self._header = (segment, position, figures)
        header = self.query_one("#detail-header", Static)
        width = header.content_region.width or 10_000
        forms = [_header_text(segment, position, figures, compact) for compact in (False, True)]
        fitting = next((f for f in forms if cell_len(f.plain) <= width), forms[-1])
        header.update(fitting, layout=False)

    def on_resize(self) -> None:
        if self._header is not None:
            self.show_header(*self._header)


def _header_text(
    segment: Segment, position: str, figures: SegmentFigures | None, compact: bool
) -> Text:
    header = Text.assemble((segment.id, "bold"), "  ")
    if not compact:
        header.append(f"{position}  ")
    header.append(segment.status.value, style="italic")
    if segment.tool_status and not compact:
        header.append(f" (file: {segment.tool_status})", style="dim")
    if segment.locked:
        header.append(" locked", style="bold")
    if figures is None:
        header.append("   scoring…", style="dim")
        return header
    header.append("  " if compact else "   ")
    header.append_text(scores_line("", figures.mt, figures.revision, precision=1 if compact else 2))
    if figures.hter is not None and not compact:
        header.append(f"  HTER {figures.hter:.1f}", style="dim")
    return header
