"""The layout follows the terminal: at 80x24 the MT, the selected finding (message and
suggestion) and the status bar's scores are on screen without scrolling; the snapshots show
the longest flagged segment of the example at 80x24, 120x36 and 200x50."""

from __future__ import annotations

import re
from typing import Any

from rich.cells import cell_len
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import TextArea

from review.core.checks import ALL_QA
from review.tui.app import ReviewApp
from tests.tui.conftest import AppFactory, settle
from tests.tui.test_snapshots import Compare, steady

SMALL = (80, 24)


def on_screen(app: ReviewApp, widget: Widget) -> bool:
    """The whole widget is painted on the screen: inside it, and not clipped by a scrolled
    container (a widget that is only mounted, or scrolled away, is not)."""
    geometry = app.screen.find_widget(widget)
    region = geometry.region
    return (
        region.area > 0
        and geometry.visible_region == region
        and app.screen.region.contains_region(region)
    )


def painted(widget: Widget) -> str:
    """What the widget draws, with the whitespace (and the line breaks of wrapping) removed."""
    size = widget.outer_size
    strips = widget.render_lines(Region(0, 0, size.width, size.height))
    return re.sub(r"\s", "", "".join(strip.text for strip in strips))


def squeezed(text: str) -> str:
    return re.sub(r"\s", "", text)


def longest_flagged(app: ReviewApp) -> str:
    session = app.session
    flagged = [s for i, s in enumerate(session.segments) if session.findings(i)]
    return max(flagged, key=lambda s: cell_len(s.mt)).id


async def go_to(pilot: Pilot[Any], segment_id: str) -> None:
    await pilot.press("g", *segment_id, "enter")
    await settle(pilot)


def assert_the_essentials_are_on_screen(app: ReviewApp) -> None:
    main = app.main
    index = main.segments.current
    assert index is not None
    segment = app.session.segments[index]
    mt = main.query_one("#pane-mt .pane-body")
    assert on_screen(app, mt), f"{segment.id}: the MT is cut off"
    assert squeezed(segment.mt) in painted(mt)
    finding = main.findings_panel.selected
    line = main.findings_panel.selected_line
    assert finding is not None and line is not None
    assert on_screen(app, line), f"{segment.id}: the selected finding is off screen"
    shown = painted(line)
    assert squeezed(finding.message) in shown, f"{segment.id}: the message is cut"
    if finding.suggestion is not None:
        assert squeezed(finding.suggestion) in shown
    status = main.status
    assert on_screen(app, status), "the status bar is off screen"
    scores = str(status.render()).splitlines()[1]
    figures = re.findall(r"(chrF|BLEU|TER) ([\d.]+)", scores)
    assert [name for name, _ in figures][:3] == ["chrF", "BLEU", "TER"], scores
    assert len(re.findall(r"[\d.]+", scores)) >= 9, "MT, revision and delta of each metric"
    assert cell_len(scores) <= status.content_region.width, "the scores are cut"


async def test_at_80x24_the_mt_the_selected_finding_and_the_scores_are_on_screen(
    make_app: AppFactory,
) -> None:
    app = make_app(options=ALL_QA)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await go_to(pilot, longest_flagged(app))
        assert len(app.main.findings_panel.findings) >= 2
        assert_the_essentials_are_on_screen(app)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert_the_essentials_are_on_screen(app)
        assert app.main.findings_panel.selected is app.main.findings_panel.findings[1]


async def test_wider_terminals_show_as_much(make_app: AppFactory) -> None:
    for size in ((120, 36), (200, 50)):
        app = make_app(options=ALL_QA)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await go_to(pilot, longest_flagged(app))
            assert_the_essentials_are_on_screen(app)


async def test_at_80x24_every_flagged_segment_fits(make_app: AppFactory) -> None:
    app = make_app(options=ALL_QA)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        flagged = [i for i in range(len(app.session)) if app.session.findings(i)]
        for index in flagged:
            await pilot.press("n")
            await pilot.pause()
            assert app.main.segments.current == index
            assert_the_essentials_are_on_screen(app)


async def test_at_80x24_the_editor_sits_under_the_source(make_app: AppFactory) -> None:
    app = make_app(options=ALL_QA)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await go_to(pilot, longest_flagged(app))
        await pilot.press("e")
        await pilot.pause()
        editor = app.main.query_one("#editor", TextArea)
        assert editor.has_focus and on_screen(app, editor)
        assert editor.region.height >= 4
        source = app.main.query_one("#pane-source")
        assert on_screen(app, source) and source.region.y < editor.region.y
        assert not app.main.query_one("#pane-mt").display, "the MT is in the editor"
        await pilot.press("escape")
        await pilot.pause()
        assert app.main.query_one("#pane-mt").display


async def test_the_status_bar_adds_up(make_app: AppFactory) -> None:
    for size in (SMALL, (120, 36)):
        app = make_app(options=ALL_QA)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            totals = app.session.finding_totals()
            assert totals.infos > 0
            assert totals.open == totals.errors + totals.warnings + totals.infos
            first = str(app.main.status.render()).splitlines()[0]
            counts = f"{totals.errors} errors, {totals.warnings} warnings, {totals.infos} info"
            assert f"{totals.open}" in first and counts in first, first


def snapshot_on_the_longest_flagged_segment(
    snap_compare: Compare, make_app: AppFactory, size: tuple[int, int]
) -> bool:
    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        assert isinstance(pilot.app, ReviewApp)
        await steady("g", *longest_flagged(pilot.app), "enter")(pilot)

    return snap_compare(make_app(options=ALL_QA), terminal_size=size, run_before=run_before)


def test_snapshot_80x24(snap_compare: Compare, make_app: AppFactory) -> None:
    """Short and narrow: no title bar, a three-row list, the texts stacked under one-line
    titles (the source cut at three lines), the quotes findings with the selected one whole,
    the compact status bar."""
    assert snapshot_on_the_longest_flagged_segment(snap_compare, make_app, SMALL)


def test_snapshot_120x36(snap_compare: Compare, make_app: AppFactory) -> None:
    """Wide: the four texts side by side, the MT whole."""
    assert snapshot_on_the_longest_flagged_segment(snap_compare, make_app, (120, 36))


def test_snapshot_200x50(snap_compare: Compare, make_app: AppFactory) -> None:
    """Wide and tall: a long list above the four texts."""
    assert snapshot_on_the_longest_flagged_segment(snap_compare, make_app, (200, 50))


def test_a_long_id_keeps_its_end_in_the_list() -> None:
    from review.tui.widgets.segment_list import _fit_id

    ids = [f"0414250d-cb61-4ed9-9a07-ad2e7587498a/{n}" for n in range(1, 6)]
    shown = [_fit_id(i, 14) for i in ids]
    assert len(set(shown)) == 5 and all(len(s) == 14 for s in shown)
    assert _fit_id("s01", 14) == "s01".ljust(14)
