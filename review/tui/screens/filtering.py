"""Filtering the segment list: only flagged segments, by status, by text."""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual import on, work
from textual.widgets import Input, Static

from review.core.filters import SegmentFilter, next_statuses, next_tool_status
from review.tui.screens.review_base import ReviewScreenBase, RowsSelected

_SEARCH_DELAY = 0.15


class FilterActions(ReviewScreenBase):
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

    def action_cycle_tool_status(self) -> None:
        present = self.session.tool_statuses()
        if not present:
            self._tell("This file keeps no status of its own (CAT-tool XLIFF and PO files do).")
            return
        wanted = next_tool_status(self.filter.tool_status, present)
        self.apply_filter(replace(self.filter, tool_status=wanted))
        self._tell("File status: " + (wanted or "any"))

    def action_clear_filters(self) -> None:
        self.query_one("#search", Input).value = ""
        if self._search is not None:
            self._search.stop()
        self.segments.focus()
        self.apply_filter(SegmentFilter())
        self._update_filter_bar()

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

    def on_rows_selected(self, event: RowsSelected) -> None:
        if event.filter != self.filter:
            return
        self.segments.set_rows(event.rows, keep=self.segments.current)
        self._update_filter_bar()

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
