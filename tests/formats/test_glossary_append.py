"""Adding to a glossary file in its own format: the additions land where the format keeps
them, the file reads back as the grown glossary, and every other byte stays as it was."""

from __future__ import annotations

import difflib
import shutil
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from review.core.glossary import Glossary, GlossaryError
from review.core.glossary_edit import Addition, AdditionKind, add_to_glossary
from review.core.model import Segment
from review.core.rules import PatternRule
from review.formats import glossary_table, tbx
from review.formats.errors import OutputError
from review.formats.glossaries import read_glossary
from review.formats.glossary_append import add_to_file, append_additions
from review.formats.prh_append import rules_of
from tests.conftest import NAMES_GLOSSARY
from tests.formats import test_prh
from tests.glossary_diff import bare, changes

prh_package = test_prh.prh_package  # prh itself, installed with npm (skipped without)

DATA = Path(__file__).resolve().parent.parent / "data"
NAMES = read_glossary(NAMES_GLOSSARY)
TERM, VARIANT = AdditionKind.TERM, AdditionKind.VARIANT

NAME_ADDITIONS = [
    Addition(VARIANT, accepted="OpenAI", variant="オープン・エーアイ", entry="openai"),
    Addition(TERM, accepted="テスラ社", source="Tesla Inc.", entry="tesla", note="the company"),
    Addition(VARIANT, accepted="計算資源", variant="コンピュート", source="compute", note="JTF"),
]


def grown(glossary: Glossary | None, additions: Sequence[Addition]) -> Glossary:
    for addition in additions:
        glossary = add_to_glossary(glossary, addition)
    assert glossary is not None
    return glossary


def save(tmp_path: Path, name: str, data: bytes, additions: Sequence[Addition]) -> Path:
    """`data` written to tmp_path/name with the additions; the file read back must be the
    glossary `data` holds, grown by them."""
    path = tmp_path / name
    path.write_bytes(data)
    expected = grown(read_glossary(path), additions)
    path.write_bytes(append_additions(data, path, additions))
    assert bare(read_glossary(path)) == bare(expected)
    return path


# TSV and CSV


def test_tsv_changes_only_the_rows_of_grown_entries_and_adds_new_ones(tmp_path: Path) -> None:
    original = NAMES_GLOSSARY.read_bytes()
    path = save(tmp_path, "names.tsv", original, NAME_ADDITIONS)
    removed, added = changes(original, path.read_bytes())
    assert [line.split("\t")[0] for line in removed] == ["openai", "tesla"]
    assert added[0] == removed[0].replace(
        "Open AI → OpenAI", "Open AI → OpenAI | オープン・エーアイ → OpenAI"
    )
    assert (
        added[1]
        == "tesla\torganisation\tTesla | Tesla Inc.\tテスラ | テスラ社\t\t\t\tthe company\n"
    )
    assert added[2] == "計算資源\tterm\tcompute\t計算資源\tコンピュート → 計算資源\t\t\tJTF\n"


def test_columns_the_additions_need_are_added_to_the_header(tmp_path: Path) -> None:
    original = b"# short\naccepted\nOpenAI\n# people\n\n"
    additions = [
        Addition(VARIANT, accepted="OpenAI", variant="オープンAI", entry="OpenAI"),
        Addition(TERM, accepted="テスラ", new_id="tesla", source="Tesla", note="n"),
    ]
    path = save(tmp_path, "g.tsv", original, additions)
    assert path.read_bytes().decode() == (
        "# short\naccepted\tid\ttype\tsource\tforbidden\tnote\n"
        "OpenAI\t\t\t\tオープンAI → OpenAI\n# people\n\n"
        "テスラ\ttesla\tterm\tTesla\t\tn\n"
    )


def test_csv_keeps_its_quoting_bom_comments_and_crlf(tmp_path: Path) -> None:
    original = (
        '\ufeff# names, "quoted"\r\n'
        '"id","accepted","forbidden","note"\r\n'
        '"openai","OpenAI","オープンAI => OpenAI","the company, in Latin letters"\r\n'
        "# a comment\r\n"
        "tesla,テスラ,,\r\n"
    ).encode()
    additions = [
        Addition(
            VARIANT, accepted="OpenAI", variant="オープン・エーアイ", entry="openai", note='"AI"'
        ),
        Addition(TERM, accepted="テスラ社", entry="tesla"),
        Addition(TERM, accepted="計算資源", source="compute, as a noun"),
    ]
    path = save(tmp_path, "g.csv", original, additions)
    assert path.read_bytes().decode("utf-8") == (
        '\ufeff# names, "quoted"\r\n'
        '"id","accepted","forbidden","note","type","source"\r\n'
        '"openai","OpenAI","オープンAI => OpenAI | オープン・エーアイ => OpenAI",'
        '"the company, in Latin letters ""AI"""\r\n'
        "# a comment\r\n"
        "tesla,テスラ | テスラ社,,\r\n"
        '"計算資源","計算資源","","","term","compute, as a noun"\r\n'
    )


def test_a_new_accepted_form_writes_out_the_arrow_a_variant_relied_on(tmp_path: Path) -> None:
    original = b"id\taccepted\tforbidden\nx\tAb\tAbcd | Zz\n"
    path = save(tmp_path, "g.tsv", original, [Addition(TERM, accepted="Abc", entry="x")])
    assert path.read_bytes() == b"id\taccepted\tforbidden\nx\tAb | Abc\tAbcd \xe2\x86\x92 Ab | Zz\n"


@pytest.mark.parametrize("encoding", ["cp932", "euc_jp", "utf-16"])
def test_the_file_keeps_its_encoding(tmp_path: Path, encoding: str) -> None:
    original = NAMES_GLOSSARY.read_text(encoding="utf-8").replace("ñ", "n").encode(encoding)
    path = save(tmp_path, "names.tsv", original, NAME_ADDITIONS)
    new = path.read_bytes()
    assert new[:2] == original[:2]
    removed, _ = changes(original, new, encoding)
    assert [line.split("\t")[0] for line in removed] == ["openai", "tesla"]


def test_what_the_encoding_cannot_hold_is_refused(tmp_path: Path) -> None:
    original = NAMES_GLOSSARY.read_text(encoding="utf-8").replace("ñ", "n").encode("cp932")
    with pytest.raises(OutputError, match="cannot be written in cp932"):
        append_additions(original, tmp_path / "g.tsv", [Addition(TERM, accepted="😀")])


def test_what_the_table_cannot_hold_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="“a|b” cannot be written"):
        append_additions(b"accepted\nx\n", tmp_path / "g.tsv", [Addition(TERM, accepted="a|b")])


def test_a_file_that_changed_since_it_was_read_is_refused(tmp_path: Path) -> None:
    glossary = grown(NAMES, NAME_ADDITIONS)
    changed = NAMES_GLOSSARY.read_bytes().replace(b"openai\t", b"open-ai\t")
    with pytest.raises(OutputError, match="changed since it was read"):
        add_to_file(changed, tmp_path / "names.tsv", glossary)


def test_an_empty_file_becomes_a_new_glossary(tmp_path: Path) -> None:
    path = tmp_path / "g.tsv"
    path.write_bytes(append_additions(b"", path, NAME_ADDITIONS[2:]))
    assert path.read_text(encoding="utf-8").startswith("id\ttype\tsource\taccepted\t")
    assert bare(read_glossary(path)) == bare(grown(None, NAME_ADDITIONS[2:]))


def test_nothing_to_add_leaves_the_bytes_alone(tmp_path: Path) -> None:
    data = NAMES_GLOSSARY.read_bytes()
    assert add_to_file(data, tmp_path / "names.tsv", NAMES) is data


# prh


@pytest.fixture
def prh_dir(tmp_path: Path) -> Path:
    return Path(shutil.copytree(DATA / "prh", tmp_path / "prh"))


PRH_ADDITIONS = [
    Addition(VARIANT, accepted="ウェブ", variant="ウエッブ", entry="ウェブ"),  # common.yml
    Addition(VARIANT, accepted="サーバー", variant="鯖", entry="サーバー"),  # main.yml
    Addition(TERM, accepted="汎用人工知能", source="AGI"),
    Addition(VARIANT, accepted="OpenAI", variant="オープンAI", note="company"),
]


def test_prh_rules_are_appended_and_everything_else_stays(prh_dir: Path) -> None:
    path = prh_dir / "main.yml"
    original = path.read_text(encoding="utf-8")
    before = read_glossary(path)
    path.write_bytes(append_additions(path.read_bytes(), path, PRH_ADDITIONS))
    text = path.read_text(encoding="utf-8")
    assert text.startswith(original), "comments, imports, rules and their order stay"
    assert text[len(original) :] == (
        "  - expected: ウェブ\n"
        "    pattern: /ウエブ|Ｗｅｂ/\n"
        "    prh: 表記を「ウェブ」に統一\n"
        "  - expected: ウェブ\n"
        "    pattern: ウエッブ\n"
        "    specs:\n"
        "    - from: ウエッブ\n"
        "      to: ウェブ\n"
        "  - expected: サーバー\n"
        "    pattern: 鯖\n"
        "    specs:\n"
        "    - from: 鯖\n"
        "      to: サーバー\n"
        "  - 汎用人工知能\n"
        "  - expected: OpenAI\n"
        "    pattern: /オープンAI(?![A-Za-z0-9])(?:[ \\t\\u3000]+(?=[\\u3041-\\u30ff\\u3400-\\u9fff"
        "\\uf900-\\ufaff]))?/\n"
        "    prh: company\n"
        "    specs:\n"
        "    - from: オープンAI\n"
        "      to: OpenAI\n"
        "    - from: オープンAI の\n"
        "      to: OpenAIの\n"
    )
    after = read_glossary(path)
    rules = [e.rule for e in after.entries]
    old = [e.rule for e in before.entries]
    assert rules[: len(old) - 3] == old[: len(old) - 3], "main.yml's own rules, as they were"
    assert rules[-2:] == old[-2:], "the imports that were not copied, as they were"
    grown_glossary = grown(before, PRH_ADDITIONS)
    sample = "ウエッブとウエブと鯖とオープンAI の汎用人工知能"
    assert after.fix(Segment("1", sample)).target == grown_glossary.fix(Segment("1", sample)).target
    assert (
        after.fix(Segment("1", sample)).target == "ウェブとウェブとサーバーとOpenAIの汎用人工知能"
    )


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        (
            "version: 1\nrules: [ウェブ]\n",
            "version: 1\nrules: [ウェブ, {expected: エックス, pattern: ワイ, ",
        ),
        ("version: 1\nrules: []\n", "version: 1\nrules: [{expected: エックス, pattern: ワイ, "),
        ("version: 1\nrules: ~\n", "version: 1\nrules: [{expected: エックス, pattern: ワイ, "),
        ("version: 1\nrules:\n", "version: 1\nrules:\n  - expected: エックス\n    pattern: ワイ\n"),
        ("version: 1\n", "version: 1\nrules:\n  - expected: エックス\n    pattern: ワイ\n"),
        ("version: 1", "version: 1\nrules:\n  - expected: エックス\n    pattern: ワイ\n"),
        ("rules:\n- a\nversion: 1\n", "rules:\n- a\n- expected: エックス\n  pattern: ワイ\n"),
        ("rules:\r\n  - a  # note\r\n", "rules:\r\n  - a  # note\r\n  - expected: エックス\r\n"),
        (
            "rules:\n  - expected: a\n    prh: |\n      two\n      lines\n\n# end\n",
            "rules:\n  - expected: a\n    prh: |\n      two\n      lines\n\n"
            "  - expected: エックス\n",
        ),
    ],
)
def test_prh_rules_go_where_the_file_keeps_them(
    tmp_path: Path, original: str, expected: str
) -> None:
    path = tmp_path / "g.yml"
    path.write_text(original, encoding="utf-8", newline="")
    path.write_bytes(
        append_additions(path.read_bytes(), path, [Addition(VARIANT, "エックス", "ワイ")])
    )
    text = path.read_bytes().decode()
    assert text.startswith(expected), text
    assert [e.rule.expected for e in read_glossary(path).entries if e.rule][-1] == "エックス"


def test_prh_itself_loads_the_dictionary_and_fixes_as_we_do(
    prh_dir: Path, prh_package: Path
) -> None:
    path = prh_dir / "main.yml"
    path.write_bytes(append_additions(path.read_bytes(), path, PRH_ADDITIONS))
    ours = read_glossary(path)
    sample = test_prh.SAMPLE + "とウエッブと鯖とオープンAI の汎用人工知能"
    count, [fixed] = test_prh.prh_fix(prh_package, path, [sample])
    assert count == len(ours.entries)
    assert fixed == ours.fix(Segment("1", sample)).target


# TBX


@pytest.mark.parametrize("name", ["names-v2.tbx", "names-v3-dca.tbx", "names-v3-dct.tbx"])
def test_tbx_gains_terms_and_concepts_and_nothing_else_changes(tmp_path: Path, name: str) -> None:
    original = (DATA / "tbx" / name).read_bytes()
    entry = read_glossary(DATA / "tbx" / name).entries[0]
    preferred = entry.accepted[0]
    additions = [
        Addition(VARIANT, accepted=preferred, variant=f"{preferred}社", entry=entry.id),
        Addition(TERM, accepted=f"{preferred}２", source="second", entry=entry.id, note="more"),
        *NAME_ADDITIONS[2:],
    ]
    path = save(tmp_path, name, original, additions)
    removed, added = changes(original, path.read_bytes())
    if name == "names-v2.tbx":
        assert removed == []
    else:  # the source terms join a section written on one line
        assert removed == [line for line in removed if '<langSec xml:lang="en">' in line]
        [line] = removed
        grown_line = line.replace(
            "</termSec></langSec>", "</termSec><termSec><term>second</term></termSec></langSec>"
        )
        assert grown_line in added
    new = "".join(added)
    style = (
        "basic:administrativeStatus>deprecated"
        if "dct" in name
        else '"administrativeStatus">deprecated'
    )
    assert new.count(style) == 2


def test_tbx_points_a_variant_to_its_replacement_when_a_closer_form_arrives(
    tmp_path: Path,
) -> None:
    original = (
        '<?xml version="1.0" encoding="Shift_JIS"?>\r\n'
        '<martif type="TBX-Basic" xml:lang="en"><text><body>\r\n'
        '  <termEntry id="x">\r\n'
        '    <langSet xml:lang="ja">\r\n'
        "      <tig><term>Ab</term></tig>\r\n"
        '      <tig><term>Abcd</term><termNote type="administrativeStatus">'
        "deprecatedTerm-admn-sts</termNote></tig>\r\n"
        "    </langSet>\r\n"
        "  </termEntry>\r\n"
        "</body></text></martif>\r\n"
    ).encode("shift_jis")
    additions = [Addition(TERM, accepted="Abc", entry="x"), Addition(TERM, accepted="漢字😀")]
    path = save(tmp_path, "g.tbx", original, additions)
    text = path.read_bytes().decode("shift_jis")
    assert '<tig id="x-ja"><term>Ab</term></tig>' in text
    assert '<ref type="crossReference" target="x-ja">Ab</ref></tig>\r\n' in text
    assert "漢字&#128512;" in text, "what Shift_JIS cannot hold is a character reference"
    assert text.count("\r\n") == text.count("\n")


# any additions, any format


_FORM = st.text(
    st.sampled_from("アイウエオカキクケコンーABCxyz &<\"',\\;"), min_size=1, max_size=6
).filter(lambda text: text.strip() != "")


@st.composite
def additions(draw: st.DrawFn, glossary: Glossary = NAMES) -> list[Addition]:
    ids = [entry.id for entry in glossary.entries]
    drawn: list[Addition] = []
    for _ in range(draw(st.integers(1, 6))):
        entry = draw(st.sampled_from(["", "", *ids]))
        kind = draw(st.sampled_from([TERM, VARIANT]))
        if entry and kind is VARIANT and draw(st.booleans()):
            accepted = next(e for e in glossary.entries if e.id == entry).accepted[0]
        else:
            accepted = draw(_FORM)
        drawn.append(
            Addition(
                kind,
                accepted=accepted,
                variant=draw(_FORM) if kind is VARIANT else "",
                entry=entry,
                source=draw(st.one_of(st.just(""), _FORM)),
                note=draw(st.one_of(st.just(""), _FORM)),
            )
        )
    return drawn


def _valid(glossary: Glossary, drawn: list[Addition]) -> tuple[Glossary, list[Addition]]:
    kept: list[Addition] = []
    for addition in drawn:
        try:
            glossary = add_to_glossary(glossary, addition)
        except GlossaryError:
            continue
        kept.append(addition)
    return glossary, kept


def _bases() -> dict[str, bytes]:
    """Glossary files to add to: the names glossary in each format, the TBX samples (terms
    without ids or references, an ntig, both v3 styles), a short table with variants
    written without arrows and without most columns."""
    rendered = tbx.render(NAMES).encode()
    return {
        "names.tsv": NAMES_GLOSSARY.read_bytes().replace(b"\n", b"\r\n"),
        "names.csv": ("# names\r\n" + glossary_table.render(NAMES, "csv")).encode("utf-8-sig"),
        "names.tbx": etree.tostring(
            etree.fromstring(rendered), pretty_print=True, xml_declaration=True, encoding="utf-8"
        ),
        "sample.tbx": (DATA / "tbx" / "names-v2.tbx").read_bytes(),
        "dct.tbx": (DATA / "tbx" / "names-v3-dct.tbx").read_bytes(),
        "short.tsv": "# no ids\naccepted\tforbidden\nOpenAI\tオープンAI | オープンエーアイ\n"
        "ウダイ・ルッダラジュ | ルッダラジュ\tルダラジュ\n\n# the end\n".encode(),
    }


BASES = _bases()


def _editable_lines(name: str, data: bytes, before: Glossary, grown_ids: set[str]) -> set[int]:
    """The lines (1-based) an addition may edit: those of the grown entries (a row; a
    concept and what follows it up to the next), and a table's header."""
    total = data.count(b"\n") + 1
    lines: set[int] = set()
    if not name.endswith(".tbx"):
        text = data.decode("utf-8-sig")
        lines.add(next(i for i, row in enumerate(text.splitlines(), 1) if row[:1] not in ("", "#")))
    starts = [entry.line or 0 for entry in before.entries] + [total + 1]
    for index, entry in enumerate(before.entries):
        if entry.id in grown_ids:
            lines.update(range(starts[index], starts[index + 1]))
    return lines


@pytest.mark.parametrize("name", sorted(BASES))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_additions_keep_every_line_they_do_not_edit_and_read_back(
    tmp_path_factory: pytest.TempPathFactory, name: str, data: st.DataObject
) -> None:
    path = tmp_path_factory.mktemp("append") / name
    original = BASES[name]
    path.write_bytes(original)
    before = read_glossary(path)
    expected, kept = _valid(before, data.draw(additions(before)))
    new = append_additions(original, path, kept)
    path.write_bytes(new)
    assert bare(read_glossary(path)) == bare(expected)
    grown_ids = {e.id for e, f in zip(before.entries, expected.entries, strict=False) if e != f}
    editable = _editable_lines(name, original, before, grown_ids)
    a = original.decode("utf-8-sig").splitlines()
    b = new.decode("utf-8-sig").splitlines()
    for tag, i1, i2, _, _ in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag != "equal":
            assert set(range(i1 + 1, i2 + 1)) <= editable, (tag, a[i1:i2])


PRH_SAMPLE = read_glossary(DATA / "prh" / "main.yml")


def prh_view(glossary: Glossary) -> Counter[PatternRule]:
    return Counter(rule for e in glossary.entries for rule in rules_of(e, glossary.entries))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn=additions(PRH_SAMPLE))
def test_any_additions_to_a_prh_dictionary_keep_it_and_read_back(
    tmp_path_factory: pytest.TempPathFactory, drawn: list[Addition]
) -> None:
    folder = Path(shutil.copytree(DATA / "prh", tmp_path_factory.mktemp("prh") / "prh"))
    path = folder / "main.yml"
    data = path.read_bytes()
    expected, kept = _valid(read_glossary(path), drawn)
    new = append_additions(data, path, kept)
    path.write_bytes(new)
    assert new.startswith(data), "the rules go after the last one, at the end of this file"
    assert prh_view(read_glossary(path)) == prh_view(expected)


def test_an_addition_to_a_table_with_columns_of_its_own_keeps_them(tmp_path: Path) -> None:
    from review.core.glossary_edit import Addition, AdditionKind
    from review.formats.glossary_append import append_additions

    path = tmp_path / "g.tsv"
    path.write_text(
        "id\taccepted\tforbidden\tclient\nopenai\tOpenAI\tオープンAI\tACME\n", encoding="utf-8"
    )
    added = [
        Addition(AdditionKind.TERM, accepted="テスト"),
        Addition(AdditionKind.VARIANT, accepted="OpenAI", variant="オープンＡＩ", entry="openai"),
    ]
    assert append_additions(path.read_bytes(), path, added).decode("utf-8") == (
        "id\taccepted\tforbidden\tclient\ttype\n"
        "openai\tOpenAI\tオープンAI | オープンＡＩ → OpenAI\tACME\n"
        "テスト\tテスト\t\t\tterm\n"
    )
