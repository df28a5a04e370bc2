"""The segment list: a line-API ScrollView that renders only the rows on screen.

A stock DataTable builds every row up front (about 20 s at 100,000 rows); this list keeps
only the indices of the rows it shows and draws each visible line on demand, so the first
paint and a cursor move cost the same at 35 segments as at 100,000.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment as RichSegment
from rich.style import Style
from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from review.core.model import Severity, Status
from review.core.session import ReviewSession
from review.tui import keys

_STATUS_WIDTH = 8
_COUNT_WIDTH = 4
_SCORE_WIDTH = 8
_ID_MAX = 14


class SegmentList(ScrollView, can_focus=True):
    """Columns: id, status, open findings, MT excerpt, chrF of the MT and of the revision."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings(keys.NAVIGATE)

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "segment-list--header",
        "segment-list--cursor",
        "segment-list--cursor-blurred",
        "segment-list--dim",
        "segment-list--new",
        "segment-list--edited",
        "segment-list--approved",
        "segment-list--rejected",
        "segment-list--error",
        "segment-list--warning",
        "segment-list--info",
        "segment-list--better",
        "segment-list--worse",
    }

    DEFAULT_CSS = """
    SegmentList {
        overflow-x: hidden;
        & > .segment-list--header { text-style: bold; color: $text-muted; }
        & > .segment-list--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: bold;
        }
        & > .segment-list--cursor-blurred { background: $block-cursor-blurred-background; }
        & > .segment-list--dim { color: $text-muted; }
        & > .segment-list--new { color: $text-muted; }
        & > .segment-list--edited { color: $warning; }
        & > .segment-list--approved { color: $success; }
        & > .segment-list--rejected { color: $error; }
        & > .segment-list--error { color: $error; text-style: bold; }
        & > .segment-list--warning { color: $warning; text-style: bold; }
        & > .segment-list--info { color: $primary; }
        & > .segment-list--better { color: $success; }
        & > .segment-list--worse { color: $error; }
    }
    """

    class Highlighted(Message):
        """The cursor is on another segment (or on none, if the list is empty)."""

        def __init__(self, index: int | None) -> None:
            super().__init__()
            self.index = index

    class Viewed(Message):
        """These segments are on screen: score them first."""

        def __init__(self, indices: list[int]) -> None:
            super().__init__()
            self.indices = indices

    def __init__(self, session: ReviewSession, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.session = session
        self.rows: list[int] = list(range(len(session)))
        self._cursor = 0
        self._center_pending = False
        self._id_width = min(_ID_MAX, max([2, *(len(s.id) for s in session.segments[:10_000])]))

    # The cursor, as a row of the list and as a segment index

    @property
    def cursor_row(self) -> int:
        return self._cursor

    @property
    def current(self) -> int | None:
        """The segment index under the cursor."""
        return self.rows[self._cursor] if self.rows else None

    def move_to_row(self, row: int) -> None:
        if not self.rows:
            return
        row = max(0, min(row, len(self.rows) - 1))
        self._center_pending = False
        previous, self._cursor = self._cursor, row
        self._refresh_row(previous)
        self._refresh_row(row)
        self._scroll_to_cursor()
        if previous != row:
            self.post_message(self.Highlighted(self.current))

    def move_to_index(self, index: int) -> bool:
        """Put the cursor on a segment; False if the rows (filtered) do not hold it."""
        row = self.row_of(index)
        if row is None:
            return False
        self.move_to_row(row)
        return True

    def row_of(self, index: int) -> int | None:
        from bisect import bisect_left

        row = bisect_left(self.rows, index)
        return row if row < len(self.rows) and self.rows[row] == index else None

    def set_rows(self, rows: list[int], keep: int | None) -> None:
        """Show these segments (indices, ascending); the cursor stays on `keep` if it is
        among them, else on the next row after it."""
        from bisect import bisect_left

        self.rows = rows
        row = 0 if keep is None else min(bisect_left(rows, keep), max(0, len(rows) - 1))
        self._cursor = row
        self._update_virtual_size()
        self.refresh()
        self._center_pending = True
        self._scroll_to_cursor(center=True)
        self.post_message(self.Highlighted(self.current))

    def refresh_indices(self, indices: list[int]) -> None:
        for index in indices:
            row = self.row_of(index)
            if row is not None:
                self._refresh_row(row)

    def visible_indices(self) -> list[int]:
        top = round(self.scroll_offset.y)
        return self.rows[top : top + max(1, self.size.height - 1)]

    # Actions (bound in keys.NAVIGATE)

    def action_cursor_down(self) -> None:
        self.move_to_row(self._cursor + 1)

    def action_cursor_up(self) -> None:
        self.move_to_row(self._cursor - 1)

    def action_page_down(self) -> None:
        self.move_to_row(self._cursor + self._page())

    def action_page_up(self) -> None:
        self.move_to_row(self._cursor - self._page())

    def action_first(self) -> None:
        self.move_to_row(0)

    def action_last(self) -> None:
        self.move_to_row(len(self.rows) - 1)

    # Rendering

    def on_mount(self) -> None:
        self._update_virtual_size()

    def on_resize(self, event: events.Resize) -> None:
        self._update_virtual_size()
        # Until the reviewer moves, keep the row the list was opened on in the middle: the
        # first sizes come before the layout has settled.
        self._scroll_to_cursor(center=self._center_pending)

    def on_focus(self) -> None:
        self._refresh_row(self._cursor)

    def on_blur(self) -> None:
        self._refresh_row(self._cursor)

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        if round(old) != round(new):
            self.post_message(self.Viewed(self.visible_indices()))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < 1:
            return
        self.move_to_row(round(self.scroll_offset.y) + offset.y - 1)
        if event.chain >= 2:
            self.call_later(self.screen.run_action, "edit")

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:
            return self._header(width)
        row = round(self.scroll_offset.y) + y - 1
        if row >= len(self.rows):
            if not self.rows and y == 1:
                message = "  No segment matches the filter (esc clears it)."
                return Strip([RichSegment(message, self._style("dim"))]).adjust_cell_length(width)
            return Strip.blank(width, self.rich_style)
        return self._row(row, width)

    def _header(self, width: int) -> Strip:
        cells = [
            "id".ljust(self._id_width),
            "status".ljust(_STATUS_WIDTH),
            "!".rjust(_COUNT_WIDTH),
            "MT".ljust(self._text_width(width)),
            "chrF MT".rjust(_SCORE_WIDTH),
            "chrF rev".rjust(_SCORE_WIDTH),
        ]
        style = self._style("header")
        return Strip([RichSegment(" " + " ".join(cells), style)]).adjust_cell_length(width, style)

    def _row(self, row: int, width: int) -> Strip:
        index = self.rows[row]
        session = self.session
        segment = session.segments[index]
        base = self.rich_style
        if row == self._cursor:
            base = base + self._style("cursor" if self.has_focus else "cursor-blurred")
        findings = session.findings(index)
        if findings:
            worst = min(f.severity.rank for f in findings)
            count_style = self._style(Severity(("error", "warning", "info")[worst]).value)
            count = str(len(findings))
        else:
            count_style, count = self._style("dim"), ""
        figures = session.scores.figures(index)
        mt_chrf = rev_chrf = ""
        rev_style = self._style("dim")
        if figures is not None and figures.mt is not None:
            mt_chrf = f"{figures.mt.chrf:.1f}"
            if figures.revision is not None:
                rev_chrf = f"{figures.revision.chrf:.1f}"
                delta = figures.revision.chrf - figures.mt.chrf
                if abs(delta) >= 0.05:
                    rev_style = self._style("better" if delta > 0 else "worse")
                else:
                    rev_style = Style()
        excerpt = _excerpt(segment.mt, self._text_width(width))
        parts = [
            (" " + _fit_id(segment.id, self._id_width) + " ", Style()),
            (segment.status.value.ljust(_STATUS_WIDTH) + " ", self._status_style(segment.status)),
            (count.rjust(_COUNT_WIDTH) + " ", count_style),
            (excerpt + " ", Style()),
            (mt_chrf.rjust(_SCORE_WIDTH) + " ", self._style("dim")),
            (rev_chrf.rjust(_SCORE_WIDTH), rev_style),
        ]
        strip = Strip([RichSegment(text, base + style) for text, style in parts])
        return strip.adjust_cell_length(width, base)

    def _text_width(self, width: int) -> int:
        fixed = 1 + self._id_width + 1 + _STATUS_WIDTH + 1 + _COUNT_WIDTH + 1 + 1
        return max(8, width - fixed - 2 * _SCORE_WIDTH - 2)

    def _status_style(self, status: Status) -> Style:
        return self._style(status.value)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"segment-list--{name}", partial=True)

    def _page(self) -> int:
        return max(1, self.size.height - 2)

    def _refresh_row(self, row: int) -> None:
        self.refresh_line(row + 1)

    def _update_virtual_size(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.rows) + 1)

    def _scroll_to_cursor(self, center: bool = False) -> None:
        height = self.size.height - 1
        if height <= 0:
            return
        top = round(self.scroll_offset.y)
        row = self._cursor
        margin = 1 if height >= 3 else 0  # the rows before and after the cursor stay in view
        if center:
            target = max(0, row - height // 2)
        elif row < top + margin:
            target = max(0, row - margin)
        elif row >= top + height - margin:
            target = row - height + 1 + margin
        else:
            return
        self.scroll_to(y=target, animate=False, immediate=True)


def _excerpt(text: str, width: int) -> str:
    flat = " ".join(text.split())
    if cell_len(flat) <= width:
        return set_cell_size(flat, width)
    return set_cell_size(flat, width - 1) + "…"


def _fit_id(segment_id: str, width: int) -> str:
    """An id in `width` cells; a longer one keeps its end, where ids differ (a Trados unit's
    GUID/3, a package's member:unit): 0414250d…a/3."""
    if cell_len(segment_id) <= width or not segment_id.isascii() or width < 8:
        return set_cell_size(segment_id, width)
    tail = width // 2 - 1
    return segment_id[: width - tail - 1] + "…" + segment_id[-tail:]
