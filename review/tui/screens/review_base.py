"""What every part of the review screen shares: the session, the widgets, the redraw after a
change, the background workers, and the one way errors and small events are reported.

Changes go through `ReviewSession`, which commits each to the review state before it
returns; the screen redraws only after that. Slow work (scoring, counting findings,
filtering a large document) runs in thread workers that report back with messages.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from time import monotonic, sleep
from typing import Concatenate, ParamSpec, TypeVar

from textual import work
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.timer import Timer
from textual.worker import get_current_worker

from review.core.filters import SegmentFilter
from review.core.model import Finding, Segment
from review.core.session import ReviewSession
from review.core.state import StateError
from review.core.wording import counted, shown_id
from review.formats.errors import InputError
from review.tui.screens.error import ErrorScreen, read_only_error
from review.tui.widgets.findings_panel import FindingsPanel
from review.tui.widgets.segment_detail import SegmentDetail
from review.tui.widgets.segment_list import SegmentList
from review.tui.widgets.status_bar import StatusBar
from review.tui.workers import background_processes
from review.tui.writing import outside

T = TypeVar("T")
P = ParamSpec("P")
Screen_ = TypeVar("Screen_", bound="ReviewScreenBase")
_STACKED_TOASTS_FROM = 32  # rows: below, one toast at a time
SAVE_ERRORS = (sqlite3.Error, StateError, OSError, InputError)
"""What a failed write raises: shown in the error modal, with nothing changed."""
_YIELD_TO_INPUT = 0.3
"""Seconds after the reviewer's last move during which background work pauses: the
workers are Python threads, and sharing the GIL with them would slow every keypress."""


class ScoresUpdated(Message):
    def __init__(self, indices: list[int]) -> None:
        super().__init__()
        self.indices = indices


class FindingsCounted(Message):
    pass


class DocumentChecked(Message):
    """The whole-document checks ran again; these segments' findings changed."""

    def __init__(self, indices: list[int]) -> None:
        super().__init__()
        self.indices = indices


class RowsSelected(Message):
    def __init__(self, segment_filter: SegmentFilter, rows: list[int]) -> None:
        super().__init__()
        self.filter = segment_filter
        self.rows = rows


class ReviewScreenBase(Screen[None]):
    def __init__(self, session: ReviewSession, document_path: Path) -> None:
        super().__init__(id="main")
        self.session = session
        self.document_path = document_path
        self.filter = SegmentFilter()
        self.editing: int | None = None
        self._remember: Timer | None = None
        self._search: Timer | None = None
        self._remembered: int | None = None
        self._last_move = 0.0
        self._shown: tuple[Segment, Finding | None] | None = None

    @property
    def segments(self) -> SegmentList:
        return self.query_one(SegmentList)

    @property
    def detail(self) -> SegmentDetail:
        return self.query_one(SegmentDetail)

    @property
    def findings_panel(self) -> FindingsPanel:
        return self.query_one(FindingsPanel)

    @property
    def status(self) -> StatusBar:
        return self.query_one(StatusBar)

    # What the screen shows

    def show_current(self, keep: Finding | None = None) -> None:
        segment_list = self.segments
        index = segment_list.current
        session = self.session
        rows = segment_list.rows
        title = f"Segments {segment_list.cursor_row + 1 if rows else 0}/{len(rows)}"
        if self.filter.active:
            title += f" (filtered from {len(session)})"
        segment_list.border_title = title
        if index is None:
            self.findings_panel.show([])
            self.detail.show(None, "", [], [], None, None)
            return
        findings = session.findings(index)
        self.findings_panel.show(findings, keep)
        figures = session.scores.figures(index)
        if figures is None:
            session.scores.want([index], now=True)
            self.start_scoring()
        self._show_detail(index)

    def selected_finding(self) -> Finding | None:
        """The finding an action applies to, in the segment under the cursor (a key pressed
        right after a move comes before the move's redraw: show that segment first)."""
        index = self.segments.current
        if index is None:
            return None
        if self._shown is None or self._shown[0] is not self.session.segments[index]:
            self.show_current()
        return self.findings_panel.selected

    def _show_detail(self, index: int) -> None:
        session = self.session
        segment = session.segments[index]
        selected = self.findings_panel.selected
        self._shown = (segment, selected)
        mt_findings = session.mt_findings(index) if segment.revision is not None else []
        self.detail.show(
            segment,
            f"{index + 1} of {len(session)}",
            session.findings(index),
            mt_findings,
            selected,
            session.scores.figures(index),
        )

    def after_change(self, indices: list[int], *, keep: Finding | None = None) -> None:
        self.segments.refresh_indices(indices)
        self.status.set_progress(self.session.progress())
        self.status.set_findings(self.session.finding_totals())
        self.show_current(keep)
        self.start_scoring()
        if self.session.document_findings_stale():
            self.count_findings()

    def _update_glossary_note(self) -> None:
        pending = len(self.session.pending)
        note = f"Glossary: {counted(pending, 'unsaved addition')} (W saves)" if pending else ""
        self.status.set_glossary(note)
        glossary = self.session.glossary_path
        name = glossary.name if glossary is not None else "no glossary"
        self.app.sub_title = f"{self.document_path.name} · {name}"

    # Background work

    def start_scoring(self) -> None:
        if self.session.scores.pending():
            self._score_in_background()

    @work(thread=True, exclusive=True, group="scores", exit_on_error=False)
    def _score_in_background(self) -> None:
        worker = get_current_worker()
        book = self.session.scores
        done: list[int] = []
        last = 0.0
        while not worker.is_cancelled:
            busy = self._busy()
            index = book.step(fill=not busy)
            if index is None:
                if busy and book.pending():
                    sleep(0.05)
                    continue
                break
            done.append(index)
            now = monotonic()
            if now - last > 0.1:
                self.post_message(ScoresUpdated(done))
                done, last = [], now
        self.post_message(ScoresUpdated(done))

    @work(thread=True, exclusive=True, group="findings", exit_on_error=False)
    def count_findings(self) -> None:
        worker = get_current_worker()

        def cancelled() -> bool:
            while self._busy() and not worker.is_cancelled:
                sleep(0.05)
            return worker.is_cancelled

        processes, method = background_processes(self.session)
        if processes > 1 and self.session.finding_totals().known < len(self.session) // 2:
            # a large document, first checked: every check on worker processes, this one free
            if self.session.check_everything(
                lambda: worker.is_cancelled, processes=processes, method=method
            ):
                self.post_message(FindingsCounted())
            return
        if self.session.document_findings_stale() and not cancelled():
            changed = self.session.fill_document_findings(cancelled)
            if changed:
                self.post_message(DocumentChecked(changed))
        if self.session.fill_findings(cancelled):
            self.post_message(FindingsCounted())

    def on_document_checked(self, event: DocumentChecked) -> None:
        self.segments.refresh_indices(event.indices)
        self.status.set_findings(self.session.finding_totals())
        current = self.segments.current
        if current is not None and current in event.indices and self.editing is None:
            self.show_current(self.findings_panel.selected)

    def _busy(self) -> bool:
        return monotonic() - self._last_move < _YIELD_TO_INPUT

    def remember_position(self) -> None:
        index = self.segments.current
        if index is None or index == self._remembered:
            return
        if self._write(lambda: self.session.remember_position(index)):
            self._remembered = index

    # Errors

    def _save(self, change: Callable[[], T]) -> T | None:
        """Run a change that writes to disk; on failure, say so in the error modal."""
        try:
            return change()
        except SAVE_ERRORS as exc:
            self._error("Could not save", exc)
            return None

    def _tell(
        self, message: str, *, severity: SeverityLevel = "information", timeout: float | None = None
    ) -> None:
        """A small event, as a toast; the message is shown as written (no markup). On a
        short terminal it replaces the toasts before it, which would stack over the text."""
        if self.app.size.height < _STACKED_TOASTS_FROM:
            self.app.clear_notifications()
        self.notify(message, severity=severity, timeout=timeout, markup=False)

    def _write(self, change: Callable[[], None]) -> bool:
        """Like `_save`, for a change that returns nothing: True once it is done."""
        try:
            change()
        except SAVE_ERRORS as exc:
            self._error("Could not save", exc)
            return False
        return True

    def refuse_outside(self, path: Path) -> bool:
        """Served to a browser, a file outside the document's folder is not written: say so,
        and True (`review.tui.writing`)."""
        where = outside(path)
        if where is None:
            return False
        self._tell(f"Not written: served in a browser, files are written only {where}.")
        return True

    def refuse_read_only(self, what: str) -> bool:
        """In a read-only window (another process holds the document), say so before the
        reviewer starts a change that could not be saved: True if refused."""
        reason = self.session.state.read_only
        if reason is None:
            return False
        self.app.push_screen(read_only_error(what, reason))
        return True

    def refuse_locked(self) -> bool:
        """The current segment is locked by the CAT tool its file came from: say so, and
        True."""
        index = self.segments.current
        if index is None or not self.session.segments[index].locked:
            return False
        segment = self.session.segments[index]
        self._tell(
            f"{shown_id(segment.id)} is locked in its file (its CAT tool locked it): "
            "its text and status cannot be changed here.",
            severity="warning",
        )
        return True

    def _error(self, title: str, exc: BaseException) -> None:
        self.app.push_screen(
            ErrorScreen(title, f"{exc}\n\nNothing was changed; earlier edits are safe.")
        )


def writes(
    what: str, *, segment: bool = False
) -> Callable[[Callable[Concatenate[Screen_, P], None]], Callable[Concatenate[Screen_, P], None]]:
    """Marks an action that changes the review: a read-only window refuses it at once, with
    why, instead of after the reviewer has typed a note or a revision; one that changes the
    current segment's text or status (`segment`) is refused on a locked segment too."""

    def decorate(
        action: Callable[Concatenate[Screen_, P], None],
    ) -> Callable[Concatenate[Screen_, P], None]:
        @wraps(action)
        def refusing(screen: Screen_, /, *args: P.args, **kwargs: P.kwargs) -> None:
            if screen.refuse_read_only(what) or (segment and screen.refuse_locked()):
                return
            action(screen, *args, **kwargs)

        return refusing

    return decorate
