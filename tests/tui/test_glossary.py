"""Growing the glossary: from a finding or typed text; durable before saving; saved atomically
into the glossary's own file, in its own format, with nothing else in the file changed."""

from __future__ import annotations

import csv
import io
import shutil
from collections import Counter
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, RadioButton, Select, Static

from review.core.checks import CheckOptions
from review.core.glossary import Glossary
from review.core.glossary_edit import Addition, AdditionKind, add_to_glossary
from review.core.model import Segment
from review.core.places import package_root, shipped_glossary
from review.core.workspace import open_document
from review.formats.glossaries import read_glossary
from review.formats.prh_append import rules_of
from review.tui import glossary_file
from review.tui.app import ReviewApp
from review.tui.screens.glossary_add import NEW_ENTRY, GlossaryAddScreen
from tests.conftest import NAMES_GLOSSARY
from tests.glossary_diff import bare, changes
from tests.tui.conftest import SIZE, AppFactory, settle

DATA = Path(__file__).resolve().parent.parent / "data"


async def add(
    pilot: Pilot[int],
    app: ReviewApp,
    *,
    variant: str = "",
    accepted: str = "",
    entry: str | None = None,
    source: str = "",
    note: str = "",
) -> GlossaryAddScreen:
    """Open the add dialog (a variant, or a term when `variant` is empty) over the selected
    finding, fill in what is given, and submit it; the dialog, which stays open if refused."""
    await pilot.press("minus" if variant else "plus")
    screen = app.screen
    assert isinstance(screen, GlossaryAddScreen)
    if entry is not None:
        screen.query_one("#entry", Select).value = entry
    fields = {"#variant": variant, "#accepted": accepted, "#source": source, "#note": note}
    for selector, value in fields.items():
        if value:
            screen.query_one(selector, Input).value = value
    await pilot.pause()
    screen.query_one("#accepted", Input).focus()
    await pilot.press("enter")
    await pilot.pause()
    return screen


def glossary_findings(app: ReviewApp) -> int:
    session = app.session
    return sum(
        f.kind == "glossary" for i in range(len(session.segments)) for f in session.findings(i)
    )


async def test_forbid_a_typed_variant_flags_it_at_once(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = app.session.finding_totals().open
        await pilot.press("minus")
        assert isinstance(app.screen, GlossaryAddScreen)
        app.screen.query_one("#entry", Select).value = NEW_ENTRY
        await pilot.pause()
        app.screen.query_one("#variant", Input).focus()
        await pilot.press(*"コンピュート", "tab", *"計算資源", "enter")
        assert app.screen is app.main
        await settle(pilot)
        assert app.session.finding_totals().open == before + 2, "s33 and s35"
        await pilot.press("g", *"s35", "enter")
        finding = app.main.findings_panel.selected
        assert finding is not None and finding.suggestion == "計算資源"
        assert "1 unsaved" in str(app.main.status.render())


async def test_add_a_variant_to_the_entry_of_the_selected_finding(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", *"s04", "enter", "minus")
        screen = app.screen
        assert isinstance(screen, GlossaryAddScreen)
        assert screen.query_one("#entry", Select).value == "openai"
        assert screen.query_one("#accepted", Input).value == "OpenAI"
        await pilot.press(*"オープンＡＩ社", "enter")
        assert app.session.glossary is not None
        entry = next(e for e in app.session.glossary.entries if e.id == "openai")
        assert entry.variants[-1].form == "オープンＡＩ社"


async def test_accept_the_flagged_form_as_a_term_and_invalid_input_stays_open(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", *"s11", "enter", "plus")
        screen = app.screen
        assert isinstance(screen, GlossaryAddScreen)
        assert screen.query_one("#accepted", Input).value == "ルダラジュ"
        await pilot.press("enter")
        error = str(screen.query_one("#glossary-error", Static).render())
        assert "ルダラジュ" in error and "forbidden" in error, error
        assert app.screen is screen, "the dialog stays open with the reason"
        await pilot.press("escape")
        assert app.session.pending == []


async def test_a_new_term_with_source_and_type(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = app.session.finding_totals().warnings
        await add(
            pilot,
            app,
            accepted="空白",
            entry=NEW_ENTRY,
            source="vacuum",
            note="as in “in a vacuum”",
        )
        assert app.session.glossary is not None
        entry = app.session.glossary.entries[-1]
        assert (entry.id, entry.accepted, entry.source, entry.type.value) == (
            "空白",
            ("空白",),
            ("vacuum",),
            "term",
        )
        await settle(pilot)
        assert app.session.finding_totals().warnings == before + 1, (
            "s21's source names the term, its MT lacks it"
        )


async def test_additions_survive_a_restart_until_saved(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = app.session.finding_totals().open
        await add(pilot, app, variant="コンピュート", accepted="計算資源", entry=NEW_ENTRY)
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(again.session.pending) == 1
        assert again.session.finding_totals().open == before + 2


async def test_saving_never_touches_the_shipped_glossary(
    make_app: AppFactory, seed_copy: Path
) -> None:
    shipped = NAMES_GLOSSARY.read_bytes()
    app = make_app(glossary_path=NAMES_GLOSSARY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await add(pilot, app, variant="コンピュート", accepted="計算資源", entry=NEW_ENTRY)
        with_addition = app.session.finding_totals().open
        await pilot.press("W")
        assert app.session.pending == []
    assert NAMES_GLOSSARY.read_bytes() == shipped
    beside = seed_copy.with_name("openai-hires.glossary.tsv")
    assert beside.read_bytes().startswith(shipped), "a full copy, comments and all"
    saved = read_glossary(beside)
    assert len(saved) == len(read_glossary(NAMES_GLOSSARY)) + 1
    again = make_app()  # finds the saved copy beside the document by itself
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.session.glossary_path == beside
        assert again.session.pending == []
        assert again.session.finding_totals().open == with_addition


@pytest.fixture
def mine(tmp_path: Path) -> Path:
    """A glossary of the user's own: a copy of the example's, under another name."""
    return Path(shutil.copy(NAMES_GLOSSARY, tmp_path / "mine.tsv"))


async def test_saving_a_given_glossary_writes_it_in_place(
    make_app: AppFactory, tmp_path: Path, mine: Path
) -> None:
    app = make_app(glossary_path=mine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("W")
        assert mine.read_bytes() == NAMES_GLOSSARY.read_bytes(), "nothing to save yet"
        await pilot.press("g", *"s04", "enter", "minus", *"オープンエーアイ社", "enter")
        await pilot.pause()
        await pilot.press("W")
    assert any(
        v.form == "オープンエーアイ社" for e in read_glossary(mine).entries for v in e.variants
    )
    assert not list(tmp_path.glob(".mine.tsv.*")), "no temporary file left behind"


async def test_an_addition_the_file_could_not_hold_is_refused_at_once(
    make_app: AppFactory, mine: Path
) -> None:
    app = make_app(glossary_path=mine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await add(pilot, app, accepted="A|B株式会社")
        assert app.screen is screen, "the dialog stays open with the reason"
        told = str(screen.query_one("#glossary-error", Static).render())
        assert "“A|B株式会社” holds |, which a table reads as a separator" in told, told
        await pilot.press("escape")
        assert app.session.pending == []
        await add(pilot, app, accepted="AB株式会社")
        await pilot.press("W")
        await pilot.pause()
    assert any("AB株式会社" in e.accepted for e in read_glossary(mine).entries)


async def test_a_variant_typed_for_another_name_makes_a_concept_of_its_own(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", *"s04", "enter")  # OpenAI's finding selected: its entry chosen
        await add(pilot, app, variant="CG", accepted="コンピューターグラフィックス")
        glossary = app.session.glossary
        assert glossary is not None
        by_id = {e.id: e for e in glossary.entries}
        assert by_id["openai"].accepted == ("OpenAI",)
        assert glossary.entries[-1].accepted == ("コンピューターグラフィックス",)


async def test_the_kind_radio_hides_the_variant_field(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("minus")
        screen = app.screen
        assert screen.query_one("#variant", Input).display
        await pilot.click(RadioButton)
        await pilot.pause()
        assert not screen.query_one("#variant", Input).display


async def test_without_a_glossary_the_first_term_starts_one_beside_the_document(
    make_app: AppFactory, seed_copy: Path
) -> None:
    # glossary findings only: the variant discovery would flag オープンAI / OpenAI already
    app = make_app(glossary_path=None, options=CheckOptions(variants=False))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert glossary_findings(app) == 0
        await add(pilot, app, variant="オープンAI", accepted="OpenAI", entry=NEW_ENTRY)
        await settle(pilot)
        assert glossary_findings(app) == 4
        await pilot.press("W")
    beside = seed_copy.with_name("openai-hires.glossary.tsv")
    assert [e.accepted for e in read_glossary(beside).entries] == [("OpenAI",)]


# Saving into each format: the additions land in the file, everything else stays


def _names_as_csv() -> str:
    """names.tsv as CSV with CRLF, comments between rows and quoted cells."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for number, line in enumerate(NAMES_GLOSSARY.read_text(encoding="utf-8").splitlines()):
        if line.startswith("#"):
            out.write(line + "\r\n")
            continue
        writer.writerow(line.split("\t"))
        if number == 5:
            out.write("# people below, organisations above\r\n")
    return out.getvalue()


def _names_with_comments() -> bytes:
    lines = NAMES_GLOSSARY.read_text(encoding="utf-8").splitlines()
    lines.insert(6, "# the people")
    return ("\r\n".join(lines) + "\r\n# end of the list\r\n").encode("utf-8")


def glossary_copy(tmp_path: Path, fmt: str) -> Path:
    folder = tmp_path / "glossaries"
    folder.mkdir()
    if fmt == "tsv":
        path = folder / "names.tsv"
        path.write_bytes(_names_with_comments())
    elif fmt == "csv":
        path = folder / "names.csv"
        path.write_bytes(_names_as_csv().encode("utf-8-sig"))
    elif fmt == "tbx":
        path = Path(shutil.copy(DATA / "tbx" / "names-v2.tbx", folder / "names.tbx"))
    else:
        path = folder / "house.yml"
        path.write_text(PRH_MAIN, encoding="utf-8")
        (folder / "common.yml").write_text(PRH_COMMON, encoding="utf-8")
    return path


PRH_MAIN = """\
# House rules for the OpenAI article. Names shared with other articles are in common.yml.
version: 1
imports:
  - ./common.yml  # shared names

rules:
  # the company is written in Latin letters
  - expected: OpenAI
    pattern: /オープン ?AI/
    prh: 社名はラテン文字で
    specs:
      - from: オープンAIの
        to: OpenAIの

  - Stargate  # a plain rule: any width and case
"""

PRH_COMMON = """\
version: 1
rules:
  - expected: ルッダラジュ
    pattern: ルダラジュ
"""


def prh_view(glossary: Glossary) -> Counter[object]:
    return Counter(rule for e in glossary.entries for rule in rules_of(e, glossary.entries))


@pytest.mark.parametrize("fmt", ["tsv", "csv", "tbx"])
async def test_saving_adds_to_the_glossary_in_its_own_format(
    make_app: AppFactory, tmp_path: Path, fmt: str
) -> None:
    path = glossary_copy(tmp_path, fmt)
    original = path.read_bytes()
    app = make_app(glossary_path=path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", *"s04", "enter")
        await add(pilot, app, variant="オープンＡＩ社")  # the selected finding's entry
        await add(
            pilot,
            app,
            variant="コンピュート",
            accepted="計算資源",
            entry=NEW_ENTRY,
            source="compute",
            note="JTF, as in “more compute”",
        )
        assert len(app.session.pending) == 2
        await pilot.press("W")
        await pilot.pause()
        assert app.session.pending == []
        in_memory = app.session.glossary
    assert in_memory is not None
    saved = path.read_bytes()
    assert saved.startswith(original[:3]), "the byte order mark (CSV) or declaration stays"
    removed, added = changes(original, saved, "utf-8-sig")
    text = "".join(added)
    assert "オープンＡＩ社" in text and "コンピュート" in text and "compute" in text
    if fmt == "tbx":
        assert removed == [], "a TBX file only gains lines"
    else:
        last = "Open AI → OpenAI"
        assert removed == [line for line in removed if line.startswith(("openai\t", "openai,"))]
        assert added[0] == removed[0].replace(last, f"{last} | オープンＡＩ社 → OpenAI")
        assert saved.count(b"\r\n") == saved.count(b"\n"), "CRLF throughout"
    assert bare(read_glossary(path)) == bare(in_memory)
    assert not list(path.parent.glob(f".{path.name}.*")), "no temporary file left behind"


async def test_saving_adds_rules_to_a_prh_dictionary_keeping_comments_and_imports(
    make_app: AppFactory, tmp_path: Path, seed_copy: Path
) -> None:
    path = glossary_copy(tmp_path, "yml")
    common = (path.parent / "common.yml").read_bytes()
    app = make_app(glossary_path=path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", *"s11", "enter")
        finding = app.main.findings_panel.selected
        assert finding is not None and finding.rule == "glossary:ルッダラジュ"  # common.yml
        await add(pilot, app, variant="ルーダラジュ")
        await add(pilot, app, variant="コンピュート", accepted="計算資源", entry=NEW_ENTRY)
        await pilot.press("W")
        await pilot.pause()
        assert app.session.pending == []
        in_memory = app.session.glossary
    assert in_memory is not None
    saved = path.read_text(encoding="utf-8")
    assert saved.startswith(PRH_MAIN), "comments, imports and every rule stay as they were"
    assert (path.parent / "common.yml").read_bytes() == common, "the import is not touched"
    back = read_glossary(path)
    assert prh_view(back) == prh_view(in_memory)
    document = open_document(seed_copy).document
    texts = [Segment("x", s.mt) for s in document.segments] + [Segment("y", "ルーダラジュ")]
    assert [back.fix(s).target for s in texts] == [in_memory.fix(s).target for s in texts]
    added = saved[len(PRH_MAIN) :]
    assert "- expected: ルッダラジュ\n    pattern: ルダラジュ\n" in added, (
        "the imported rule moves into the file with the new one, which would hide it"
    )


@pytest.mark.parametrize("fmt", ["tsv", "tbx"])
async def test_a_second_save_adds_what_came_after_the_first(
    make_app: AppFactory, tmp_path: Path, fmt: str
) -> None:
    path = glossary_copy(tmp_path, fmt)
    app = make_app(glossary_path=path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await add(pilot, app, variant="コンピュート", accepted="計算資源", entry=NEW_ENTRY)
        await pilot.press("W")
        first = path.read_bytes()
        await add(pilot, app, variant="インフラストラクチャ", accepted="インフラ", entry=NEW_ENTRY)
        await pilot.press("W")
        await pilot.pause()
        assert app.session.pending == []
        in_memory = app.session.glossary
    assert in_memory is not None
    removed, added = changes(first, path.read_bytes(), "utf-8-sig")
    assert "インフラストラクチャ" in "".join(added)
    if fmt in ("tsv", "csv"):  # インフラ is an entry's there: into its row, no twin entry
        assert len(removed) == len(added) == 1
    else:
        assert removed == []
    assert bare(read_glossary(path)) == bare(in_memory)


def test_saving_pending_additions_twice_into_a_prh_dictionary(tmp_path: Path) -> None:
    path = glossary_copy(tmp_path, "yml")
    first = [Addition(AdditionKind.VARIANT, "ルッダラジュ", "ルーダラジュ", entry="ルッダラジュ")]
    second = [Addition(AdditionKind.VARIANT, "計算資源", "コンピュート")]
    glossary = read_glossary(path)
    for additions in (first, second):
        for addition in additions:
            glossary = add_to_glossary(glossary, addition)
        glossary_file.write(path, path, additions)
    text = path.read_text(encoding="utf-8")
    assert text.startswith(PRH_MAIN)
    assert text.count("expected: ルッダラジュ") == 2, "the imported rule, copied once, and ours"
    assert prh_view(read_glossary(path)) == prh_view(glossary)


@pytest.mark.parametrize("original", [None, NAMES_GLOSSARY])
def test_a_file_beside_the_document_is_added_to_never_overwritten(
    tmp_path: Path, original: Path | None
) -> None:
    beside = tmp_path / "doc.glossary.tsv"
    mine = NAMES_GLOSSARY.read_bytes() + "mine\tterm\tmine\t私の\t\t\t\t\n".encode()
    beside.write_bytes(mine)
    addition = Addition(AdditionKind.TERM, "計算資源")
    glossary_file.write(beside, original, [addition])
    assert beside.read_bytes().startswith(mine), "the reviewer's own file keeps every byte"
    assert {"mine", "計算資源"} <= {e.id for e in read_glossary(beside).entries}


def test_the_shipped_and_packaged_glossaries_are_never_the_save_target(tmp_path: Path) -> None:
    document = tmp_path / "doc.jsonl"
    assert glossary_file.save_target(shipped_glossary(), document) == tmp_path / "doc.glossary.tsv"
    packaged = package_root() / "example" / "glossary" / "names.tsv"
    assert glossary_file.save_target(packaged, document) == tmp_path / "doc.glossary.tsv"
    mine = tmp_path / "mine.yml"
    assert glossary_file.save_target(mine, document) == mine
    clone = tmp_path / "clone" / "glossary" / "names.tsv"  # a clone's, beside an installed copy
    clone.parent.mkdir(parents=True)
    shutil.copyfile(shipped_glossary(), clone)
    assert glossary_file.save_target(clone, document) == tmp_path / "doc.glossary.tsv"
    clone.write_text(clone.read_text(encoding="utf-8") + "mine\tマイン\n", encoding="utf-8")
    assert glossary_file.save_target(clone, document) == clone  # made the user's own
