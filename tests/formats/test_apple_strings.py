"""Apple strings files: read with their source file beside them, written back changing only
what the review changed."""

from __future__ import annotations

import codecs
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from review.core.model import UNTRANSLATED
from review.formats.documents import extension_format, read_document, render_document
from review.formats.errors import InputError

REAL = Path(__file__).parents[1] / "data" / "qa" / "heldout-round146"

ENGLISH = """/* Title of the open button */
"open" = "Open file";
"menu.speed" = "Speed: %@x";
"quote" = "Say \\"hi\\"\\nthen go";
"missing" = "Not yet translated";
"Settings" = "Settings";
bare = "Bare key";
"""
JAPANESE = """/*
  Localizable.strings
*/
// Common
"open" = "ファイルを開く";
"menu.speed" = "速度: %@x";  // trailing comment
"quote" = "「やあ」と言う\\nそれから行く";
"Settings" = "設定";
bare = Value;
"only.japanese" = "日本語だけ";
"""


def _project(tmp_path: Path, japanese: str = JAPANESE, *, encoding: str = "utf-8") -> Path:
    (tmp_path / "en.lproj").mkdir()
    (tmp_path / "ja.lproj").mkdir()
    (tmp_path / "en.lproj" / "Localizable.strings").write_text(ENGLISH, encoding="utf-8")
    path = tmp_path / "ja.lproj" / "Localizable.strings"
    data = japanese.encode(encoding)
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    path.write_bytes(data)
    return path


def test_read_pairs_keys_with_the_source(tmp_path: Path) -> None:
    path = _project(tmp_path)
    assert extension_format(path) == "strings"
    document = read_document(path)
    by_id = document.by_id()
    assert [s.id for s in document.segments] == [
        "open", "menu.speed", "quote", "missing", "Settings", "bare", "only.japanese"
    ]  # fmt: skip
    assert by_id["open"].source == "Open file"
    assert by_id["quote"].mt == "「やあ」と言う\nそれから行く"
    assert by_id["quote"].source == 'Say "hi"\nthen go'
    assert by_id["menu.speed"].part == "menu"
    assert by_id["Settings"].part == ""
    assert by_id["bare"].mt == "Value"
    assert by_id["missing"].mt == "" and by_id["missing"].tool_status == UNTRANSLATED
    assert by_id["only.japanese"].source is None
    assert document.lines["menu.speed"] == 6


def test_escapes_and_a_key_alone(tmp_path: Path) -> None:
    text = '"a" = "\\U00e9\\UD83D\\UDE00 \\101\\t\\\\";\n"b";\n'
    document = read_document(_project(tmp_path, text))
    assert document.by_id()["a"].mt == "é😀 A\t\\"
    assert document.by_id()["b"].mt == "b"


@pytest.mark.parametrize(("encoding", "newline"), [("utf-8", "\n"), ("utf-16-le", "\r\n")])
def test_a_file_written_back_changes_only_the_revised_value(
    tmp_path: Path, encoding: str, newline: str
) -> None:
    path = _project(tmp_path, JAPANESE.replace("\n", newline), encoding=encoding)
    original = path.read_bytes()
    document = read_document(path)
    assert render_document(document, "strings") == original
    revised = replace(
        document,
        segments=[
            s.revised('速度 "%@" 倍\n') if s.id == "menu.speed" else s for s in document.segments
        ],
    )
    written = render_document(revised, "strings")
    expected = JAPANESE.replace('"速度: %@x"', '"速度 \\"%@\\" 倍\\n"').replace("\n", newline)
    data = expected.encode(encoding)
    assert written == (codecs.BOM_UTF16_LE + data if encoding == "utf-16-le" else data)
    path.write_bytes(written)
    assert read_document(path).by_id()["menu.speed"].mt == '速度 "%@" 倍\n'


def test_a_missing_key_is_added_after_the_key_before_it(tmp_path: Path) -> None:
    path = _project(tmp_path)
    document = read_document(path)
    revised = replace(
        document,
        segments=[s.revised("未翻訳") if s.id == "missing" else s for s in document.segments],
    )
    path.write_bytes(render_document(revised, "strings"))
    text = path.read_text(encoding="utf-8")
    assert '"quote" = "「やあ」と言う\\nそれから行く";\n"missing" = "未翻訳";\n"Settings"' in text
    again = read_document(path)
    assert again.by_id()["missing"].mt == "未翻訳"
    assert [s.id for s in again.segments] == [s.id for s in document.segments]


def test_a_bare_value_and_a_key_alone_are_quoted_when_revised(tmp_path: Path) -> None:
    path = _project(tmp_path, 'bare = Value;\n"alone";\n')
    document = read_document(path)
    revised = replace(
        document,
        segments=[s.revised(s.mt + "!") if s.mt else s for s in document.segments],
    )
    assert render_document(revised, "strings").decode() == (
        'bare = "Value!";\n"alone" = "alone!";\n'
    )


def test_a_repeated_key_is_named_by_its_place(tmp_path: Path) -> None:
    document = read_document(_project(tmp_path, '"open" = "開く";\n"open" = "ひらく";\n'))
    assert [s.id for s in document.segments if s.id.startswith("open")] == ["open", "open#1"]
    assert any("repeated id" in notice for notice in document.notices)


def test_a_file_outside_a_japanese_folder_has_no_source(tmp_path: Path) -> None:
    path = tmp_path / "Localizable.strings"
    path.write_text('"a" = "あ";\n', encoding="utf-8")
    document = read_document(path)
    assert document.segments[0].source is None
    assert any("no source" in notice for notice in document.notices)


def test_base_lproj_is_the_source_where_there_is_no_english_folder(tmp_path: Path) -> None:
    (tmp_path / "Base.lproj").mkdir()
    (tmp_path / "ja.lproj").mkdir()
    (tmp_path / "Base.lproj" / "Main.strings").write_text('"t" = "Title";', encoding="utf-8")
    path = tmp_path / "ja.lproj" / "Main.strings"
    path.write_text('"t" = "タイトル";', encoding="utf-8")
    assert read_document(path).segments[0].source == "Title"


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('"a" = "あ";\n"b" = "い\n', 2, "never closed"),
        ('"a" = "あ"\n"b" = "い";\n', 2, "expected “;”"),
        ('"a" = "あ";\n/* open\n', 2, "never closed"),
        ('"a" "あ";\n', 1, "expected “=”"),
        ('"a" = ;\n', 1, "expected a value"),
        ('{\n"a" = "あ";\n', 1, "“{” opened here is never closed"),
        ('{\n"a" = "あ";\n}\n"b" = "い";\n', 4, "nothing may follow the “}”"),
        ("a = b+c;\n", 1, "expected “;”"),  # `+` is no bare-word character to Apple
    ],
)
def test_a_malformed_file_is_refused_with_its_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = _project(tmp_path, text)
    with pytest.raises(InputError) as raised:
        read_document(path)
    assert raised.value.line == line
    assert message in str(raised.value)


def test_the_cli_refuses_a_malformed_file_in_one_line(tmp_path: Path) -> None:
    path = _project(tmp_path, '"a" = "あ";\n"b" = "い"\n')
    done = subprocess.run(
        [sys.executable, "-m", "review", "check", str(path)], capture_output=True, text=True
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Localizable.strings" in done.stderr


_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(_TEXT, min_size=7, max_size=7))
def test_any_revision_reads_back_as_written(tmp_path_factory, texts: list[str]) -> None:
    path = _project(tmp_path_factory.mktemp("p"))
    document = read_document(path)
    revised = replace(
        document, segments=[s.revised(t) for s, t in zip(document.segments, texts, strict=True)]
    )
    path.write_bytes(render_document(revised, "strings"))
    again = read_document(path)
    assert [s.mt for s in again.segments] == [s.target for s in revised.segments]


@pytest.mark.parametrize(
    ("project", "segments"),
    [("iina__iina", 363), ("OpenEmu__OpenEmu", 340), ("Sophiestication__Articles", 115)],
)
def test_real_files_read_and_write_back_unchanged(
    tmp_path: Path, project: str, segments: int
) -> None:
    copy = tmp_path / project
    shutil.copytree(REAL / project, copy)
    path = copy / "ja.lproj" / "Localizable.strings"
    document = read_document(path)
    assert len(document.segments) == segments
    assert sum(s.source is not None for s in document.segments) >= segments - 10
    assert render_document(document, "strings") == path.read_bytes()


def _revise(document, wanted: dict[str, str]):
    return replace(
        document,
        segments=[s.revised(wanted[s.id]) if s.id in wanted else s for s in document.segments],
    )


def test_strings_in_braces_are_read_and_written_inside_them(tmp_path: Path) -> None:
    # written as a property list's { … }, as MaddTheSane/OSXvnc's ja.lproj/Localizable.strings
    # and danielj7/finkcommander's Japanese.lproj/Programmatic.strings are; Apple reads them
    text = '{\n"Host Name" = "ホスト名";\n"IP Address" = "IP アドレス";\n}\n'
    path = _project(tmp_path, text)
    document = read_document(path)
    assert document.by_id()["Host Name"].mt == "ホスト名"
    assert render_document(document, "strings") == path.read_bytes()
    written = render_document(_revise(document, {"open": "開く"}), "strings").decode()
    assert (
        written
        == '{\n"open" = "開く";\n"Host Name" = "ホスト名";\n"IP Address" = "IP アドレス";\n}\n'
    )
    path.write_text(written, encoding="utf-8")
    assert read_document(path).by_id()["open"].mt == "開く"


@pytest.mark.parametrize(
    ("text", "line", "shown"),
    [
        # MiniKeePass/MiniKeePass ja.lproj/Localizable.strings, line 109: a full-width space
        # after the `;`, where Apple's parser stops, so no key after it is translated
        (
            '"UTF-8" = "UTF-8";\n"Latin 2 (ISO/IEC 8859-2)" = "ラテン 2 (ISO/IEC 8859-2)";\u3000\n'
            '"7-Bit ASCII" = "7-Bit ASCII";\n',
            2,
            "U+3000 IDEOGRAPHIC SPACE",
        ),
        ('"a"\u00a0= "あ";\n', 1, "U+00A0 NO-BREAK SPACE"),
    ],
)
def test_a_space_apple_does_not_skip_is_refused_with_its_line(
    tmp_path: Path, text: str, line: int, shown: str
) -> None:
    with pytest.raises(InputError) as raised:
        read_document(_project(tmp_path, text))
    assert raised.value.line == line
    assert shown in str(raised.value) and "Apple's parser stops reading" in str(raised.value)


@pytest.mark.parametrize("newline", ["\r", "\u2028"])
def test_a_line_comment_ends_where_apple_ends_it(tmp_path: Path, newline: str) -> None:
    text = f'// Japanese{newline}"open" = "開く";{newline}'
    assert read_document(_project(tmp_path, text)).by_id()["open"].mt == "開く"


def test_only_a_capital_u_escapes_a_code_point(tmp_path: Path) -> None:
    # Apple's getSlashedChar knows \U alone: the app shows \u2026 as "u2026"
    document = read_document(_project(tmp_path, '"open" = "\\u2026 \\U2026";\n'))
    assert document.by_id()["open"].mt == "u2026 …"


def test_single_quoted_strings_are_read_and_written_back(tmp_path: Path) -> None:
    path = _project(tmp_path, "'open' = '「開く」と \"言う\"';\n")
    document = read_document(path)
    assert document.by_id()["open"].mt == '「開く」と "言う"'
    assert render_document(document, "strings") == path.read_bytes()
    written = render_document(_revise(document, {"open": 'it\'s "開く"'}), "strings")
    assert written.decode() == "'open' = 'it\\'s \\\"開く\\\"';\n"
    path.write_bytes(written)
    assert read_document(path).by_id()["open"].mt == 'it\'s "開く"'


@pytest.mark.parametrize("comment", ["  // TODO", " /* TODO */", " /* TODO */ // and more"])
def test_a_missing_key_goes_after_the_comment_ending_the_line_before(
    tmp_path: Path, comment: str
) -> None:
    # OpenEmu/OpenEmu's ja.lproj/OEControls.strings marks untranslated lines `// TODO`: the
    # mark stays with its line, not with the key added after it
    path = _project(tmp_path, f'"quote" = "Say";{comment}\n"Settings" = "設定";\n')
    written = render_document(_revise(read_document(path), {"missing": "未翻訳"}), "strings")
    assert written.decode() == (
        f'"quote" = "Say";{comment}\n"missing" = "未翻訳";\n"Settings" = "設定";\n'
    )


def test_a_missing_key_goes_after_the_entry_when_a_comment_runs_on(tmp_path: Path) -> None:
    path = _project(tmp_path, '"quote" = "Say"; /* runs\n on */\n"Settings" = "設定";\n')
    written = render_document(_revise(read_document(path), {"missing": "未翻訳"}), "strings")
    assert written.decode() == (
        '"quote" = "Say";\n"missing" = "未翻訳"; /* runs\n on */\n"Settings" = "設定";\n'
    )


def test_a_repeated_key_notice_says_the_app_shows_the_last(tmp_path: Path) -> None:
    # imagetasks/Pixea-Localizations ja.lproj/Localizable.strings gives "Can't open" twice,
    # 開けない on line 44 and 開けません on line 232: Apple's parser keeps the last
    text = '"Can\'t open" = "開けない";\n"open" = "開く";\n"Can\'t open" = "開けません";\n'
    document = read_document(_project(tmp_path, text))
    assert document.by_id()["Can't open#7"].mt == "開けません"
    assert any(
        "“Can't open”, lines 1, 3" in notice and "shows only the last" in notice
        for notice in document.notices
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        # MaddTheSane/LaTexIt's palettes hold their Japanese.lproj/Localizable.strings as XML
        (
            b'<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n'
            b"\t<key>arrows</key>\n\t<string>\xe7\x9f\xa2\xe5\x8d\xb0</string>\n</dict>\n</plist>\n",
            "an XML property list",
        ),
        (b"bplist00\xd1\x01\x02QaQb\x08\x0b\x0d" + bytes(26), "binary"),
    ],
)
def test_a_property_list_that_is_no_strings_text_is_named(
    tmp_path: Path, data: bytes, message: str
) -> None:
    path = _project(tmp_path, "")
    path.write_bytes(data)
    with pytest.raises(InputError) as raised:
        read_document(path)
    assert message in str(raised.value) and raised.value.line == 1


def test_a_file_apple_cannot_decode_is_read_with_a_notice(tmp_path: Path) -> None:
    document = read_document(_project(tmp_path, '"open" = "ファイルを開く";\n', encoding="cp932"))
    assert document.by_id()["open"].mt == "ファイルを開く"
    assert any("only as UTF-8 or UTF-16" in notice for notice in document.notices)
