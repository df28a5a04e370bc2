"""The review screen: segment list, detail, findings, status; every review action.

Changes go through `ReviewSession`, which commits each to the review state before it
returns; the screen redraws only after that. Slow work (scoring, counting findings,
filtering a large document) runs in thread workers that report back with messages.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from time import monotonic, sleep
from typing import ClassVar, TypeVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.suggester import SuggestFromList
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.worker import Worker, WorkerState, get_current_worker

from review.core.filters import SegmentFilter, next_statuses
from review.core.glossary import GlossaryError
from review.core.glossary_edit import Addition, AdditionKind, add_to_glossary
from review.core.model import Finding, Segment, Status
from review.core.session import FixPlan, ReviewSession, is_fixable
from review.core.state import StateError
from review.formats.documents import render_document
from review.formats.errors import InputError
from review.formats.textio import write_atomic
from review.tui import glossary_file, keys
from review.tui.screens.confirm import ConfirmScreen
from review.tui.screens.error import ErrorScreen
from review.tui.screens.export import ExportRequest, ExportScreen
from review.tui.screens.glossary_add import GlossaryAddScreen
from review.tui.screens.help import HelpScreen
from review.tui.screens.prompt import PromptScreen
from review.tui.widgets.findings_panel import FindingsPanel
from review.tui.widgets.segment_detail import RevisionEditor, SegmentDetail
from review.tui.widgets.segment_list import SegmentList
from review.tui.widgets.status_bar import StatusBar

T = TypeVar("T")
_SAVE_ERRORS = (sqlite3.Error, StateError, OSError, InputError)
_REMEMBER_DELAY = 0.5
_SEARCH_DELAY = 0.15
_YIELD_TO_INPUT = 0.3
"""Seconds after the reviewer's last move during which background work pauses: the
workers are Python threads, and sharing the GIL with them would slow every keypress."""
_EDITING_ACTIONS = frozenset({"help"})


class ScoresUpdated(Message):
    def __init__(self, indices: list[int]) -> None:
        super().__init__()
        self.indices = indices


class FindingsCounted(Message):
    pass


class RowsSelected(Message):
    def __init__(self, segment_filter: SegmentFilter, rows: list[int]) -> None:
        super().__init__()
        self.filter = segment_filter
        self.rows = rows


class MainScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = keys.bindings(*keys.SCREEN_GROUPS)

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
            session.scores.want([index])
            self.start_scoring()
        self._show_detail(index)

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

    def _update_filter_bar(self) -> None:
        search = self.query_one("#search", Input)
        visible = self.filter.active or search.has_focus
        self.query_one("#filter-bar").display = visible
        rows = self.segments.rows
        summary = f"{self.filter.describe()}: {len(rows)} of {len(self.session)}"
        if self.filter.active:
            summary += " · esc clears"
        self.query_one("#filter-summary", Static).update(summary)
        self.segments.border_subtitle = Text(self.filter.describe() if self.filter.active else "")
        self.refresh_bindings()

    def _update_glossary_note(self) -> None:
        pending = len(self.session.pending)
        note = f"Glossary: {pending} unsaved additions (W saves)" if pending else ""
        self.status.set_glossary(note)
        glossary = self.session.glossary_path
        name = glossary.name if glossary is not None else "no glossary"
        self.app.sub_title = f"{self.document_path.name} · {name}"

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

    def on_rows_selected(self, event: RowsSelected) -> None:
        if event.filter != self.filter:
            return
        self.segments.set_rows(event.rows, keep=self.segments.current)
        self._update_filter_bar()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            self.app.push_screen(
                ErrorScreen("Background work failed", f"{event.worker.name}: {event.worker.error}")
            )

    @on(RevisionEditor.Done)
    def _edit_done(self, event: RevisionEditor.Done) -> None:
        index = self.editing
        self._stop_editing()
        if index is None:
            return
        segment_id = self.session.segments[index].id
        if event.text is None:
            self._tell(f"Edit of {segment_id} cancelled; nothing saved.")
            return
        text = event.text
        changed = self._save(lambda: self.session.revise(index, text))
        if changed:
            self.after_change([index])
            self._tell(f"{segment_id} saved.")
        elif changed is not None:
            self._tell(f"{segment_id}: no change to save.")

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        if self._search is not None:
            self._search.stop()
        self._search = self.set_timer(
            _SEARCH_DELAY, lambda: self.apply_filter(replace(self.filter, text=event.value.strip()))
        )

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self.apply_filter(replace(self.filter, text=event.value.strip()))
        self.segments.focus()
        self._update_filter_bar()

    def on_descendant_blur(self) -> None:
        self.call_after_refresh(self._update_filter_bar)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.editing is not None and action not in _EDITING_ACTIONS:
            return False
        if action == "clear_filters":
            return self.filter.active or self.query_one("#search", Input).has_focus
        return True

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

        if self.session.fill_findings(cancelled):
            self.post_message(FindingsCounted())

    def _busy(self) -> bool:
        return monotonic() - self._last_move < _YIELD_TO_INPUT

    @work(thread=True, exclusive=True, group="filter", exit_on_error=False)
    def _select_rows(self, segment_filter: SegmentFilter) -> None:
        self.post_message(RowsSelected(segment_filter, self.session.select(segment_filter)))

    def apply_filter(self, segment_filter: SegmentFilter) -> None:
        if segment_filter == self.filter:
            return
        self.filter = segment_filter
        if segment_filter.active:
            self._select_rows(segment_filter)
        else:
            self.segments.set_rows(list(range(len(self.session))), keep=self.segments.current)
            self._update_filter_bar()

    def remember_position(self) -> None:
        index = self.segments.current
        if index is None or index == self._remembered:
            return
        if self._write(lambda: self.session.remember_position(index)):
            self._remembered = index

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
                "A segment id, or #N for the N-th segment.",
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
        if index is None:
            self._tell(f"No segment “{wanted}”.", severity="warning")
            return
        if not self.segments.move_to_index(index):
            self.filter = SegmentFilter()
            self.query_one("#search", Input).value = ""
            self.segments.set_rows(list(range(len(session))), keep=index)
            self._update_filter_bar()
            self._tell("Filters cleared to show that segment.")

    def action_next_finding(self) -> None:
        self.findings_panel.move(1)

    def action_previous_finding(self) -> None:
        self.findings_panel.move(-1)

    @on(OptionList.OptionHighlighted, "#findings")
    def _finding_highlighted(self) -> None:
        """Another finding is selected (keys or a click): underline it in the text."""
        index = self.segments.current
        if index is None:
            return
        shown = (self.session.segments[index], self.findings_panel.selected)
        if shown != self._shown:
            self._show_detail(index)

    # Revising

    def action_edit(self) -> None:
        index = self.segments.current
        if index is None:
            return
        segment = self.session.segments[index]
        self.editing = index
        self.segments.disabled = True
        pane = self.detail.revision_pane
        pane.set_editing(True)
        pane.editor.start(segment.target, segment.mt)
        self.refresh_bindings()

    def _stop_editing(self) -> None:
        self.editing = None
        self.detail.revision_pane.set_editing(False)
        self.segments.disabled = False
        self.segments.focus()
        self.refresh_bindings()

    def action_apply_suggestion(self) -> None:
        index = self.segments.current
        finding = self.findings_panel.selected
        if index is None or finding is None:
            self._tell("No finding selected in this segment.")
            return
        if not is_fixable(finding):
            self._tell(
                "This finding has no text to replace: edit the revision (e).", severity="warning"
            )
            return
        changed = self._save(lambda: self.session.apply_finding(index, finding))
        if changed:
            self.after_change([index])
            self._tell(
                f"{self.session.segments[index].id}: “{finding.text}” → “{finding.suggestion}”."
            )
        elif changed is not None:
            self._tell("The text changed since the finding; nothing applied.", severity="warning")

    def action_fix_rule(self) -> None:
        finding = self.findings_panel.selected
        if finding is None or not is_fixable(finding):
            self._tell("Select a glossary finding with a fix first (n, then [ or ]).")
            return
        self._confirm_fix(finding.rule)

    def action_fix_all(self) -> None:
        self._confirm_fix(None)

    def _confirm_fix(self, rule: str | None) -> None:
        plan = self.session.plan_fix(rule)
        if not plan.total:
            self._tell("Nothing to fix: no glossary finding with a fix.")
            return
        body = self._plan_text(plan)
        what = "this name" if rule is not None else "every glossary finding"
        self.app.push_screen(
            ConfirmScreen(f"Fix {what} everywhere", body, f"Fix {plan.total}"),
            lambda yes: self._fix(plan, rule) if yes else None,
        )

    def _plan_text(self, plan: FixPlan) -> Text:
        session = self.session
        forms: dict[str, dict[tuple[str, str], int]] = {}
        for index in plan.segments:
            for f in session.findings(index):
                if is_fixable(f) and f.rule in plan.occurrences and f.suggestion is not None:
                    per_rule = forms.setdefault(f.rule, {})
                    key = (f.text, f.suggestion)
                    per_rule[key] = per_rule.get(key, 0) + 1
        body = Text()
        for rule, count in plan.occurrences.items():
            body.append(f"{rule}  ", style="bold")
            body.append(f"{count}×  ")
            body.append(
                ", ".join(
                    f"“{old}” → “{new}”" + (f" ×{n}" if n > 1 else "")
                    for (old, new), n in forms.get(rule, {}).items()
                )
            )
            body.append("\n")
        ids = [session.segments[i].id for i in plan.segments]
        shown = ", ".join(ids[:12]) + (f" and {len(ids) - 12} more" if len(ids) > 12 else "")
        body.append(f"\n{plan.total} occurrences in {len(ids)} segments: {shown}.\n")
        body.append(
            "Each becomes the segment's revision; u undoes the whole fix at once.", style="dim"
        )
        return body

    def _fix(self, plan: FixPlan, rule: str | None) -> None:
        changed = self._save(lambda: self.session.fix(plan, rule))
        if changed is None:
            return
        self.segments.refresh()
        self.after_change(plan.segments)
        self._tell(f"Fixed {plan.total} occurrences in {changed} segments.")

    def action_undo(self) -> None:
        self._history(self.session.undo, "Undone")

    def action_redo(self) -> None:
        self._history(self.session.redo, "Redone")

    def _history(self, step: Callable[[], list[int]], verb: str) -> None:
        indices = self._save(step)
        if indices is None:
            return
        if not indices:
            self._tell(f"Nothing to {verb.lower()[:-2]}.")
            return
        self.segments.refresh()
        if not self.segments.move_to_index(indices[0]):
            self._tell("That segment is hidden by the filter.", severity="warning")
        self.after_change(indices)
        ids = [self.session.segments[i].id for i in indices]
        label = ids[0] if len(ids) == 1 else f"{len(ids)} segments"
        self._tell(f"{verb}: {label}.")

    def action_revert(self) -> None:
        index = self.segments.current
        if index is None or self.session.segments[index].revision is None:
            self._tell("Not revised: nothing to revert.")
            return
        if self._save(lambda: self.session.revert(index)):
            self.after_change([index])
            self._tell(f"{self.session.segments[index].id} is its MT again (u undoes).")

    # Marking

    def action_approve(self) -> None:
        self._mark(Status.APPROVED)

    def action_reject(self) -> None:
        self._mark(Status.REJECTED)

    def _mark(self, status: Status) -> None:
        index = self.segments.current
        if index is None:
            return
        changed = self._save(lambda: self.session.set_status(index, status))
        if changed is None:
            return
        self.after_change([index])
        self._tell(f"{self.session.segments[index].id} {status.value}.")
        self.segments.action_cursor_down()

    def action_reset_status(self) -> None:
        index = self.segments.current
        if index is not None and self._save(lambda: self.session.reset_status(index)):
            self.after_change([index])
            segment = self.session.segments[index]
            self._tell(f"{segment.id} is {segment.status.value} again.")

    def action_note(self) -> None:
        index = self.segments.current
        if index is None:
            return
        segment = self.session.segments[index]
        self.app.push_screen(
            PromptScreen(
                f"Note on {segment.id}",
                "Enter saves; an empty note removes it.",
                value=segment.note,
            ),
            lambda note: self._set_note(index, note),
        )

    def _set_note(self, index: int, note: str | None) -> None:
        if note is None:
            return
        if self._save(lambda: self.session.set_note(index, note)):
            self.after_change([index])
            self._tell(f"Note on {self.session.segments[index].id} saved.")

    # Filtering

    def action_search(self) -> None:
        self.query_one("#filter-bar").display = True
        self.query_one("#search", Input).focus()
        self._update_filter_bar()

    def action_toggle_flagged(self) -> None:
        self.apply_filter(replace(self.filter, with_findings=not self.filter.with_findings))
        self._tell("Only segments with findings." if self.filter.with_findings else "All segments.")

    def action_cycle_status(self) -> None:
        self.apply_filter(replace(self.filter, statuses=next_statuses(self.filter.statuses)))
        statuses = self.filter.statuses
        self._tell("Status: " + ("any" if not statuses else ", ".join(sorted(statuses))))

    def action_clear_filters(self) -> None:
        self.query_one("#search", Input).value = ""
        if self._search is not None:
            self._search.stop()
        self.segments.focus()
        self.apply_filter(SegmentFilter())
        self._update_filter_bar()

    # The glossary

    def action_add_term(self) -> None:
        self._add_to_glossary(AdditionKind.TERM)

    def action_add_variant(self) -> None:
        self._add_to_glossary(AdditionKind.VARIANT)

    def _add_to_glossary(self, kind: AdditionKind) -> None:
        finding = self.findings_panel.selected
        prefill = Addition(kind=kind, accepted="")
        if finding is not None and finding.rule.startswith("glossary:"):
            entry = finding.rule.removeprefix("glossary:")
            if kind is AdditionKind.TERM:
                prefill = Addition(kind, accepted=finding.text.strip(), entry=entry)
            else:
                prefill = Addition(kind, accepted=finding.suggestion or "", entry=entry)

        def check(addition: Addition) -> str | None:
            try:
                add_to_glossary(self.session.glossary, addition)
            except GlossaryError as exc:
                return str(exc)
            return None

        self.app.push_screen(GlossaryAddScreen(self.session.glossary, prefill, check), self._added)

    def _added(self, addition: Addition | None) -> None:
        if addition is None:
            return
        try:
            self.session.add_to_glossary(addition)
        except GlossaryError as exc:
            self.app.push_screen(ErrorScreen("Not added to the glossary", str(exc)))
            return
        except _SAVE_ERRORS as exc:
            self._error("Could not record the glossary addition", exc)
            return
        self._update_glossary_note()
        self.status.set_findings(self.session.finding_totals())
        self.segments.refresh()
        self.show_current()
        self.count_findings()
        self._tell(f"Glossary: {addition.describe()} (unsaved: W writes the file).")

    def action_save_glossary(self) -> None:
        session = self.session
        if not session.pending or session.glossary is None:
            self._tell("The glossary has no unsaved additions.")
            return
        glossary = session.glossary
        target = glossary_file.save_target(session.glossary_path, self.document_path)
        original = session.glossary_path
        if not self._write(lambda: glossary_file.write(glossary, target, original)):
            return
        self._write(lambda: session.glossary_saved(target))
        self._update_glossary_note()
        moved = original is not None and target != original
        where = f"{target.name} beside the document" if moved or original is None else target.name
        self._tell(f"Glossary saved to {where}.")

    # Files

    def action_export(self) -> None:
        self.app.push_screen(ExportScreen(self.document_path), self._export)

    def _export(self, request: ExportRequest | None) -> None:
        if request is None:
            return
        text = render_document(self.session.document, request.fmt)
        if not self._write(lambda: write_atomic(request.path, text)):
            return
        note = ""
        if request.fmt == "tmx":
            note = f" (a TMX holds the approved segments: {self.session.progress().approved})"
        self._tell(f"Exported {request.fmt} to {request.path.name}{note}.")

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(getattr(self.app, "keymap", {})))

    # Errors

    def _save(self, change: Callable[[], T]) -> T | None:
        """Run a change that writes to disk; on failure, say so in the error modal."""
        try:
            return change()
        except _SAVE_ERRORS as exc:
            self._error("Could not save", exc)
            return None

    def _tell(
        self, message: str, *, severity: SeverityLevel = "information", timeout: float | None = None
    ) -> None:
        """A small event, as a toast; the message is shown as written (no markup)."""
        self.notify(message, severity=severity, timeout=timeout, markup=False)

    def _write(self, change: Callable[[], None]) -> bool:
        """Like `_save`, for a change that returns nothing: True once it is done."""
        try:
            change()
        except _SAVE_ERRORS as exc:
            self._error("Could not save", exc)
            return False
        return True

    def _error(self, title: str, exc: BaseException) -> None:
        self.app.push_screen(
            ErrorScreen(title, f"{exc}\n\nNothing was changed; earlier edits are safe.")
        )
