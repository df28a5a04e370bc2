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
