"""The review screen: segment list, detail, findings, status; navigation and files.

The actions live in one module per concern (revising, filtering, glossary_actions); this one
composes the screen and moves through it.
"""

from __future__ import annotations

from time import monotonic
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.suggester import SuggestFromList
from textual.widgets import Footer, Header, Input, Static
from textual.worker import Worker, WorkerState

from review.core.discover import Occurrence
from review.core.filters import SegmentFilter
from review.core.state import lock_path, state_path
from review.core.wording import counted
from review.formats.documents import render_document
from review.formats.errors import InputError
from review.formats.textio import write_atomic
from review.tui import keys
from review.tui.screens.annotating import AnnotatingActions
from review.tui.screens.error import ErrorScreen
from review.tui.screens.export import ExportRequest, ExportScreen
from review.tui.screens.filtering import FilterActions
from review.tui.screens.glossary_actions import GlossaryActions
from review.tui.screens.help import HelpScreen
from review.tui.screens.prompt import PromptScreen
from review.tui.screens.review_base import FindingsCounted, ScoresUpdated
from review.tui.screens.revising import RevisingActions
from review.tui.screens.variants import VariantsScreen
from review.tui.widgets.findings_panel import FindingsPanel
from review.tui.widgets.segment_detail import SegmentDetail
from review.tui.widgets.segment_list import SegmentList
from review.tui.widgets.status_bar import StatusBar
from review.tui.writing import served

_REMEMBER_DELAY = 0.5
_EDITING_ACTIONS = frozenset({"help"})
_COMPACT_FOOTER_BELOW = 160


class MainScreen(RevisingActions, FilterActions, GlossaryActions, AnnotatingActions):
    BINDINGS: ClassVar[list[BindingType]] = keys.main_screen_bindings()

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="filter-bar"):
            yield Input(placeholder="search id, source, MT, reference, revision, note", id="search")
            yield Static("", id="filter-summary", markup=False)
        yield SegmentList(self.session, id="segments")
        yield SegmentDetail(id="detail")
        yield FindingsPanel(id="findings")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        segment_list = self.segments
        segment_list.focus()
        start = self.session.last_position()
        self._remembered = start
        segment_list.set_rows(segment_list.rows, keep=start)
        self._update_filter_bar()
        self._update_glossary_note()
        self.status.set_progress(self.session.progress())
        self.status.set_findings(self.session.finding_totals())
        self.status.set_corpus(self.session.scores.corpus())
        for notice in getattr(self.app, "notices", []):
            self._tell(notice, severity="warning", timeout=15)
        self.count_findings()
        self.start_scoring()

    def on_resize(self) -> None:
        """Below 160 columns the footer is compact, so that it shows more keys."""
        self.query_one(Footer).compact = self.size.width < _COMPACT_FOOTER_BELOW

    # Events

    @on(SegmentList.Highlighted)
    def _highlighted(self, event: SegmentList.Highlighted) -> None:
        self._last_move = monotonic()
        self.show_current()
        if event.index is not None and event.index != self._remembered:
            if self._remember is not None:
                self._remember.stop()
            self._remember = self.set_timer(_REMEMBER_DELAY, self.remember_position)

    @on(SegmentList.Viewed)
    def _viewed(self, event: SegmentList.Viewed) -> None:
        self.session.scores.want(event.indices)
        self.start_scoring()

    def on_scores_updated(self, event: ScoresUpdated) -> None:
        segment_list = self.segments
        segment_list.refresh_indices(event.indices)
        current = segment_list.current
        if current is not None and current in event.indices:
            segment = self.session.segments[current]
            self.detail.show_header(
                segment,
                f"{current + 1} of {len(self.session)}",
                self.session.scores.figures(current),
            )
        self.status.set_corpus(self.session.scores.corpus())

    def on_findings_counted(self, event: FindingsCounted) -> None:
        self.status.set_findings(self.session.finding_totals())
        self.segments.refresh()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            self.app.push_screen(
                ErrorScreen("Background work failed", f"{event.worker.name}: {event.worker.error}")
            )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.editing is not None and action not in _EDITING_ACTIONS:
            return False
        if action == "clear_filters":
            return self.filter.active or self.query_one("#search", Input).has_focus
        return True

    # Navigation

    def action_next_with_findings(self) -> None:
        self._jump_to_findings(1)

    def action_previous_with_findings(self) -> None:
        self._jump_to_findings(-1)

    def _jump_to_findings(self, step: int) -> None:
        segment_list = self.segments
        rows = segment_list.rows
        if not rows:
            return
        start = segment_list.cursor_row
        for offset in range(1, len(rows) + 1):
            row = (start + step * offset) % len(rows)
            if self.session.findings(rows[row]):
                wrapped = (row < start) if step > 0 else (row > start)
                segment_list.move_to_row(row)
                if wrapped:
                    self._tell("Wrapped around the document.")
                return
        self._tell("No segment here has open findings.")

    def action_go_to(self) -> None:
        ids = [s.id for s in self.session.segments]
        self.app.push_screen(
            PromptScreen(
                "Go to segment",
                "A segment id (or part of one), or #N for the N-th segment.",
                placeholder=ids[0] if ids else "",
                suggester=SuggestFromList(ids, case_sensitive=False),
            ),
            self._go_to,
        )

    def _go_to(self, answer: str | None) -> None:
        if not answer or not answer.strip():
            return
        wanted = answer.strip()
        session = self.session
        index = session.index_of(wanted)
        if index is None:
            folded = wanted.casefold()
            index = next(
                (i for i, s in enumerate(session.segments) if s.id.casefold() == folded), None
            )
        if index is None and wanted.lstrip("#").isdigit():
            number = int(wanted.lstrip("#"))
            index = number - 1 if 1 <= number <= len(session) else None
        if index is None:  # part of an id (a long Xcode or Trados id): the first with it
            folded = wanted.casefold()
            found = [i for i, s in enumerate(session.segments) if folded in s.id.casefold()]
            if len(found) > 1:
                self._tell(f"{counted(len(found), 'segment id')} hold “{wanted}”: the first.")
            index = found[0] if found else None
        if index is None:
            self._tell(f"No segment “{wanted}”.", severity="warning")
            return
        self._show_segment(index)

    def _show_segment(self, index: int) -> None:
        """Put the cursor on the segment, clearing the filters if they hide it."""
        if not self.segments.move_to_index(index):
            self.filter = SegmentFilter()
            self.query_one("#search", Input).value = ""
            self.segments.set_rows(list(range(len(self.session))), keep=index)
            self._update_filter_bar()
            self._tell("Filters cleared to show that segment.")

    def action_variants(self) -> None:
        self.app.push_screen(VariantsScreen(self.session, self._promote), self._jump_to)

    def _jump_to(self, occurrence: Occurrence | None) -> None:
        """To the segment of an occurrence, and the finding there if there is one."""
        if occurrence is None:
            return
        index = self.session.index_of(occurrence.segment)
        if index is None:
            return
        self._show_segment(index)
        finding = next(
            (f for f in self.session.findings(index) if f.start <= occurrence.start < f.end),
            None,
        )
        if finding is not None:
            self.call_after_refresh(self.show_current, finding)

    def action_next_finding(self) -> None:
        self.findings_panel.move(1)

    def action_previous_finding(self) -> None:
        self.findings_panel.move(-1)

    @on(FindingsPanel.Selected)
    def _finding_selected(self) -> None:
        """Another finding is selected (keys or a click): underline it in the text."""
        index = self.segments.current
        if index is None:
            return
        shown = (self.session.segments[index], self.findings_panel.selected)
        if shown != self._shown:
            self._show_detail(index)

    # Files

    def action_export(self) -> None:
        kept = {state_path(self.document_path): "the review's state"}
        kept[lock_path(self.document_path)] = "the review's lock"
        if self.session.glossary_path is not None:
            kept[self.session.glossary_path] = "the glossary"
        exporting = ExportScreen(self.document_path, self.session.document, kept)
        self.app.push_screen(exporting, self._export)

    def _export(self, request: ExportRequest | None) -> None:
        if request is None or self.refuse_outside(request.path):
            return
        document = self.session.document
        if self.session.state.read_only is not None:  # the other window's saved edits too
            document = self.session.state.apply(document)[0]
        try:
            text = render_document(document, request.fmt)
        except InputError as exc:  # a revision whose tags the format cannot take
            self._error("Could not export", exc)
            return
        if not self._write(lambda: write_atomic(request.path, text)):
            return
        note = ""
        if request.fmt == "tmx":
            note = f" (a TMX holds the approved segments: {self.session.progress().approved})"
        if served():  # served: the reviewer's browser gets the file too
            self.app.deliver_binary(request.path, save_filename=request.path.name)
            note += "; your browser downloads it"
        self._tell(f"Exported {request.fmt} to {request.path.name}{note}.")

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(getattr(self.app, "keymap", {})))
