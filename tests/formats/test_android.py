"""Android string resources: read with their default file, written back changing only what
the review changed."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from review.core.checks import ALL_QA
from review.core.engine import checked_document
from review.core.model import Document, FindingKind
from review.formats.android import text_of
from review.formats.documents import extension_format, read_document, render_document
from review.formats.errors import InputError

DEFAULT = """<?xml version="1.0" encoding="utf-8"?>
<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">
    <string name="app_name" translatable="false">Reader</string>
    <!-- Shown on the toolbar -->
    <string name="open">Open file</string>
    <string name="welcome">Welcome, <b><xliff:g id="name">%1$s</xliff:g></b>!</string>
    <string name="dont">Don\\'t show again</string>
    <string name="multi">Line one\\nLine two</string>
    <plurals name="files">
        <item quantity="one">%d file</item>
        <item quantity="other">%d files</item>
    </plurals>
    <plurals name="songs">
        <item quantity="one">%d song</item>
        <item quantity="other">%d songs</item>
    </plurals>
    <string-array name="planets">
        <item>Mercury</item>
        <item>Venus</item>
        <item>Earth</item>
    </string-array>
    <string-array name="sizes">
        <item>Small</item>
        <item>Large</item>
    </string-array>
    <string name="missing">Not yet translated</string>
    <string name="quoted">"  spaced  "</string>
</resources>
"""
JAPANESE = """<?xml version="1.0" encoding="utf-8"?>
<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">
    <string name="open">ファイルを開く</string>
    <string name="welcome">ようこそ、<b><xliff:g id="name">%1$s</xliff:g></b>さん!</string>
    <string name="dont">次回から
        表示しない</string>
    <string name="multi">１行目\\n２行目</string>
    <plurals name="files">
        <item quantity="other">%d 個のファイル</item>
    </plurals>
    <string-array name="planets">
        <item>水星</item>
    </string-array>
    <string name="quoted">"  間隔  "</string>
    <string name="stale">古い文字列</string>
</resources>
"""


def _project(tmp_path: Path, japanese: str = JAPANESE, default: str | None = DEFAULT) -> Path:
    res = tmp_path / "app" / "src" / "main" / "res"
    (res / "values-ja").mkdir(parents=True)
    if default is not None:
        (res / "values").mkdir()
        (res / "values" / "strings.xml").write_text(default, encoding="utf-8")
    path = res / "values-ja" / "strings.xml"
    path.write_bytes(japanese.encode("utf-8"))
    return path


def _revised(document: Document, **texts: str) -> Document:
    wanted = {key.replace("__", "[").replace("_I", "]"): text for key, text in texts.items()}
    segments = [s.revised(wanted.get(s.id, s.target)) for s in document.segments]
    return replace(document, segments=segments)


def _edited(path: Path, edits: dict[str, str]) -> str:
    document = read_document(path)
    segments = [s.revised(edits.get(s.id, s.target)) for s in document.segments]
    return render_document(replace(document, segments=segments), "android").decode("utf-8")


def test_each_string_form_and_item_is_a_segment_with_its_default_as_source(
    tmp_path: Path,
) -> None:
    document = read_document(_project(tmp_path))
    rows = [(s.id, s.source, s.target, s.tool_status) for s in document.segments]
    assert rows == [
        ("open", "Open file", "ファイルを開く", ""),
        (
            "welcome",
            'Welcome, <b><xliff:g id="name">%1$s</xliff:g></b>!',
            'ようこそ、<b><xliff:g id="name">%1$s</xliff:g></b>さん!',
            "",
        ),
        ("dont", "Don't show again", "次回から 表示しない", ""),
        ("multi", "Line one\nLine two", "１行目\n２行目", ""),
        ("files[other]", "%d files", "%d 個のファイル", ""),
        ("songs[other]", "%d songs", "", "untranslated"),
        ("planets[0]", "Mercury", "水星", ""),
        ("planets[1]", "Venus", "", "untranslated"),
        ("planets[2]", "Earth", "", "untranslated"),
        ("sizes[0]", "Small", "", "untranslated"),
        ("sizes[1]", "Large", "", "untranslated"),
        ("missing", "Not yet translated", "", "untranslated"),
        ("quoted", "  spaced  ", "  間隔  ", ""),
        ("stale", None, "古い文字列", ""),
    ]
    assert document.by_id()["files[other]"].context == "other"
    assert document.by_id()["open"].part == "" and document.by_id()["files[other]"].part == ""
    assert extension_format(_project(tmp_path / "again")) == "android"


def test_a_one_word_label_may_be_said_its_own_way_in_each_part_of_the_app(
    tmp_path: Path,
) -> None:
    """QA round 114 (Thunderbird): Never is 分割しない for the split view, 同期しない for the
    background sync, as the names' parts tell; said two ways in one part, it is told."""
    strings = {
        "splitview_never": ("Never", "分割しない"),
        "background_ops_never": ("Never", "同期しない"),
        "sync_never": ("Never", "しない"),
        "sync_always": ("Always", "常に同期"),
    }
    default = "".join(f'<string name="{k}">{s}</string>' for k, (s, _) in strings.items())
    japanese = "".join(f'<string name="{k}">{t}</string>' for k, (_, t) in strings.items())
    path = _project(
        tmp_path, f"<resources>{japanese}</resources>", f"<resources>{default}</resources>"
    )
    document = read_document(path)
    assert document.by_id()["background_ops_never"].part == "background_ops"

    def told_of(document: Document) -> list[str]:
        found, _ = checked_document(document, None, ALL_QA, [])
        return [f.segment for f in found if f.kind is FindingKind.INCONSISTENCY]

    told = told_of(document)
    assert told == []
    (path.parent.parent / "values" / "strings.xml").write_text(
        default.join(("<resources>", '<string name="sync_off">Never</string></resources>')),
        encoding="utf-8",
    )
    path.write_text(
        japanese.join(("<resources>", '<string name="sync_off">無効</string></resources>')),
        encoding="utf-8",
    )
    assert told_of(read_document(path)) == ["sync_never", "sync_off"]


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\\'b", "a'b"),
        ('"it\'s"', "it's"),
        ('a \\"b\\"', 'a "b"'),
        ("tab\\there", "tab\there"),
        ("\\u3042\\u0020x", "あ x"),
        ("  lots   of\n   space  ", "lots of space"),
        ('" kept  "   and  "  this"', " kept   and   this"),
        ("\\@string/x", "@string/x"),
        ("a\\\\b", "a\\b"),
        ("<![CDATA[<b>bold</b> & more]]>", "<b>bold</b> & more"),
        ("A &amp; B &lt;3", "A & B <3"),
    ],
)
def test_the_text_is_the_string_the_app_shows(raw: str, shown: str) -> None:
    from lxml import etree

    assert text_of(etree.fromstring(f"<string>{raw}</string>")) == shown


def test_a_character_escaped_in_two_halves_is_one(tmp_path: Path) -> None:
    """A reviewer's find: Java's \\uD83D\\uDE00 had read as two halves no file can carry,
    and check, fix and export ended in a traceback."""
    path = _project(
        tmp_path,
        '<resources><string name="s">笑顔 \\uD83D\\uDE00 \\uD83D</string></resources>',
        '<resources><string name="s">Smile \\uD83D\\uDE00</string></resources>',
    )
    assert read_document(path).by_id()["s"].target == "笑顔 😀 \ufffd"
    assert "😀" in _edited(path, {"s": "笑顔 😀"})


def test_each_product_kind_and_item_string_is_its_own_resource(tmp_path: Path) -> None:
    """A reviewer's finds: a string's product variants, a string and a plural of one name,
    `<item type="string">`, a string the Japanese file marks untranslatable, and a plural
    without `other` (the form Japanese uses) are each read, and written back without a
    duplicate resource."""
    default = (
        '<resources><string name="x" product="tablet">Tablet</string><string name="x">Phone'
        '</string><string name="files">Files</string><plurals name="files"><item quantity='
        '"one">%d file</item><item quantity="other">%d files</item></plurals>'
        '<string name="i">Item</string><string name="n">No</string></resources>'
    )
    japanese = (
        '<resources><string name="x">電話</string><plurals name="files"><item quantity="one">'
        '%d 個</item></plurals><item type="string" name="i">アイテム</item>'
        '<string name="n" translatable="false">No</string></resources>'
    )
    path = _project(tmp_path, japanese, default)
    document = read_document(path)
    rows = [(s.id, s.source, s.target) for s in document.segments]
    assert rows == [
        ("x@tablet", "Tablet", ""),
        ("x", "Phone", "電話"),
        ("files", "Files", ""),
        ("files[one]", "%d file", "%d 個"),
        ("files[other]", "%d files", ""),
        ("i", "Item", "アイテム"),
        ("n", "No", "No"),
    ]
    written = _edited(
        path, {"x@tablet": "タブ", "files[other]": "%d 個", "i": "項目", "n": "いいえ"}
    )
    assert written.count('name="x"') == 2 and 'product="tablet">タブ<' in written
    assert written.count('name="i"') == 1 and written.count('name="n"') == 1
    assert '<item quantity="other">%d 個</item>' in written
    out = path.parent / "out.xml"
    out.write_text(written, encoding="utf-8")
    assert read_document(out).by_id()["files[other]"].target == "%d 個"


def test_writing_nothing_changed_gives_the_same_bytes(tmp_path: Path) -> None:
    path = _project(tmp_path, JAPANESE.replace("\n", "\r\n"))
    document = read_document(path)
    assert render_document(document, "android") == path.read_bytes()


def test_an_edit_changes_only_its_string(tmp_path: Path) -> None:
    path = _project(tmp_path)
    written = _edited(path, {"open": "ファイルを開く…", "dont": "今後は表示しない"})
    changed = [
        (a, b) for a, b in zip(JAPANESE.splitlines(), written.splitlines(), strict=False) if a != b
    ]
    assert changed[0] == (
        '    <string name="open">ファイルを開く</string>',
        '    <string name="open">ファイルを開く…</string>',
    )
    assert '<string name="dont">今後は表示しない</string>' in written
    assert written.count("\n") == JAPANESE.count("\n") - 1  # the wrapped string is one line


def test_text_is_escaped_as_android_reads_it(tmp_path: Path) -> None:
    path = _project(tmp_path)
    written = _edited(path, {"open": "@ 'a' \"b\" c\\d\n  e & <f>"})
    assert (
        '<string name="open">\\@ \\\'a\\\' \\"b\\" c\\\\d\\n \\u0020e &amp; &lt;f&gt;</string>'
        in written
    )
    (path.parent / "out.xml").write_text(written, encoding="utf-8")
    assert read_document(path.parent / "out.xml").by_id()["open"].target == (
        "@ 'a' \"b\" c\\d\n  e & <f>"
    )


def test_markup_is_parsed_back_where_the_string_had_markup(tmp_path: Path) -> None:
    path = _project(tmp_path)
    edit = '<b><xliff:g id="name">%1$s</xliff:g></b>さん、ようこそ'
    written = _edited(path, {"welcome": edit, "open": "<b>開く</b>"})
    assert f'<string name="welcome">{edit}</string>' in written
    assert written.count("xmlns:xliff") == 1
    assert '<string name="open">&lt;b&gt;開く&lt;/b&gt;</string>' in written


def test_broken_markup_is_refused_naming_the_segment(tmp_path: Path) -> None:
    path = _project(tmp_path)
    with pytest.raises(InputError, match="welcome.*not well-formed"):
        _edited(path, {"welcome": "<b>ようこそ"})


def test_missing_strings_are_added_after_the_one_before_them_in_the_default(
    tmp_path: Path,
) -> None:
    path = _project(tmp_path)
    written = _edited(
        path,
        {
            "missing": "まだです",
            "songs[other]": "%d 曲",
            "planets[2]": "地球",
            "sizes[1]": "大",
        },
    )
    expected_plural = (
        '    </plurals>\n    <plurals name="songs">\n        <item quantity="other">%d 曲</item>\n'
        "    </plurals>\n"
    )
    assert expected_plural in written
    assert (
        "        <item>水星</item>\n        <item>Venus</item>\n        <item>地球</item>\n"
        "    </string-array>\n"
        '    <string-array name="sizes">\n        <item>Small</item>\n        <item>大</item>\n'
        "    </string-array>\n"
    ) in written
    assert '    <string name="missing">まだです</string>\n    <string name="quoted">' in written
    out = path.parent / "out.xml"
    out.write_text(written, encoding="utf-8")
    again = read_document(out).by_id()
    assert again["songs[other]"].target == "%d 曲" and again["sizes[1]"].target == "大"


def test_a_japanese_file_without_a_default_is_read_with_a_notice(tmp_path: Path) -> None:
    path = _project(tmp_path, default=None)
    document = read_document(path)
    assert all(s.source is None for s in document.segments)
    assert "no default resources" in document.notices[0]


@pytest.mark.parametrize(
    ("where", "data", "message"),
    [
        ("ja", "<resources><string name='a'>x</resources>", "not well-formed XML"),
        ("ja", "<manifest/>", "not Android string resources"),
        ("ja", "{}", "not well-formed XML"),
        ("default", "<resources><string>", "not well-formed XML"),
    ],
)
def test_bad_files_give_one_line_naming_the_file(
    tmp_path: Path, where: str, data: str, message: str
) -> None:
    path = _project(tmp_path, data) if where == "ja" else _project(tmp_path, default=data)
    with pytest.raises(InputError, match=message) as raised:
        read_document(path)
    named = path if where == "ja" else path.parent.parent / "values" / "strings.xml"
    assert raised.value.path == str(named)


def test_the_default_file_is_refused_as_a_document(tmp_path: Path) -> None:
    path = _project(tmp_path)
    with pytest.raises(InputError, match="give the Japanese file"):
        read_document(path.parent.parent / "values" / "strings.xml")


def test_a_segment_not_in_the_file_is_refused(tmp_path: Path) -> None:
    document = read_document(_project(tmp_path))
    from review.core.model import Segment

    stranger = replace(document, segments=[*document.segments, Segment("nope", "x")])
    with pytest.raises(InputError, match="nope"):
        render_document(stranger, "android")


_WRITABLE = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from(list("\n\t")),
    max_size=30,
).map(lambda text: text.replace("<", "＜"))


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_WRITABLE)
def test_any_text_written_reads_back_as_it_was(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    path = _project(tmp_path_factory.mktemp("p"))
    out = path.parent / "out.xml"
    marked = f"<b>{text}</b>" if text else "<br/>"
    out.write_text(_edited(path, {"open": text, "welcome": marked}), encoding="utf-8")
    again = read_document(out).by_id()
    assert again["open"].target == text
    assert again["welcome"].target == marked


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.binary(max_size=400)
    | st.text(max_size=200).map(lambda t: f"<resources>{t}</resources>".encode())
)
def test_any_bytes_give_a_document_or_an_input_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = _project(tmp_path_factory.mktemp("p"))
    path.write_bytes(data)
    with contextlib.suppress(InputError):
        read_document(path)


def test_the_cli_checks_and_fixes_in_place(tmp_path: Path) -> None:
    path = _project(
        tmp_path,
        JAPANESE.replace("ファイルを開く", "ファイルを開く（オープンAI）"),
        DEFAULT.replace("Open file", "Open file (OpenAI)"),
    )
    glossary = tmp_path / "names.tsv"
    glossary.write_text(
        "id\ttype\tsource\taccepted\tforbidden\nopenai\torganisation\tOpenAI\tOpenAI\t"
        "オープンAI → OpenAI\n",
        encoding="utf-8",
    )
    run = [sys.executable, "-m", "review"]
    checked = subprocess.run(
        [*run, "check", str(path), "--glossary", str(glossary)], capture_output=True, text=True
    )
    assert checked.returncode == 1 and "オープンAI" in checked.stdout
    before = path.read_text(encoding="utf-8")
    fixed = subprocess.run(
        [*run, "fix", str(path), "--glossary", str(glossary), "--in-place"],
        capture_output=True,
        text=True,
    )
    assert fixed.returncode == 0, fixed.stderr
    after = path.read_text(encoding="utf-8")
    assert after == before.replace("（オープンAI）", "（OpenAI）")
