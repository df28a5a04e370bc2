"""Moving through the document: rows, pages, ends, flagged segments, ids, findings."""

from __future__ import annotations

from review.tui.app import ReviewApp
from tests.tui.conftest import FLAGGED, SIZE, AppFactory, settle


def current_id(app: ReviewApp) -> str:
    index = app.main.segments.current
    assert index is not None
    return app.session.segments[index].id


async def test_arrows_pages_and_ends(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert current_id(app) == "s01"
        await pilot.press("down", "down", "j")
        assert current_id(app) == "s04"
        await pilot.press("up", "k")
        assert current_id(app) == "s02"
        await pilot.press("pagedown")
        page = app.main.segments.size.height - 2
        assert current_id(app) == f"s{2 + page:02d}"
        await pilot.press("pageup")
        assert current_id(app) == "s02"
        await pilot.press("end")
        assert current_id(app) == "s35"
        assert app.main.segments.scroll_offset.y > 0, "the last row is scrolled into view"
        await pilot.press("down")
        assert current_id(app) == "s35"
        await pilot.press("home")
        assert current_id(app) == "s01"
        assert app.main.segments.scroll_offset.y == 0


async def test_next_and_previous_flagged_segment_wrap_around(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        flagged = []
        for _ in range(len(FLAGGED)):
            await pilot.press("n")
            flagged.append(current_id(app))
        assert flagged == FLAGGED
        await pilot.press("n")
        assert current_id(app) == "s04", "wraps to the first flagged segment"
        await pilot.press("p")
        assert current_id(app) == "s33", "and back the other way"
        await pilot.press("p", "p")
        assert current_id(app) == "s26"


async def test_go_to_an_id_a_number_and_an_unknown_id(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", *"s27", "enter")
        assert current_id(app) == "s27"
        await pilot.press("g", *"S09", "enter")
        assert current_id(app) == "s09", "ids match regardless of case"
        await pilot.press("g", *"#33", "enter")
        assert current_id(app) == "s33"
        await pilot.press("g", *"nope", "enter")
        assert current_id(app) == "s33"
        await pilot.press("g", *"s3", "enter")  # part of an id: the first that holds it
        assert current_id(app) == "s30"
        assert "6 segment ids hold “s3”: the first." in [n.message for n in app._notifications]
        await pilot.press("g", "escape")
        assert current_id(app) == "s30"


async def test_brackets_select_the_finding_that_s_and_f_act_on(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", *"s15", "enter")
        panel = app.main.findings_panel
        assert [f.text for f in panel.findings] == ["オープンAI", "スターゲート"]
        assert panel.selected is not None and panel.selected.text == "オープンAI"
        await pilot.press("right_square_bracket")
        assert panel.selected is not None and panel.selected.text == "スターゲート"
        await pilot.press("right_square_bracket")
        assert panel.selected is not None and panel.selected.text == "オープンAI"
        await pilot.press("left_square_bracket")
        assert panel.selected is not None and panel.selected.text == "スターゲート"
        await pilot.press("s")
        assert app.session.segments[14].target.count("Stargate") == 1
        assert "オープンAI" in app.session.segments[14].target


async def test_clicking_a_row_moves_the_cursor(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.click("#segments", offset=(10, 5))
        assert current_id(app) == "s04"


async def test_the_detail_follows_the_cursor(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", *"s11", "enter")
        mt_pane = app.main.query_one("#pane-mt .pane-body")
        text = str(mt_pane.render())
        assert "ルダラジュ" in text
        assert "s11" in str(app.main.query_one("#detail-header").render())


async def test_clicking_a_finding_selects_it(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", *"s15", "enter")
        await pilot.click("#findings", offset=(10, 2))
        await pilot.pause()
        selected = app.main.findings_panel.selected
        assert selected is not None and selected.text == "スターゲート"
        await pilot.press("s")
        assert "Stargate" in app.session.segments[14].target
