from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from review.core.model import UNTRANSLATED, Document, Segment, Status
from review.formats.documents import read_document, render_document, write_document
from review.formats.errors import InputError
from review.formats.sniff import sniff

REAL = Path(__file__).resolve().parent.parent / "data" / "real" / "ts"

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.ui" line="14"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb, in the menu</comment>
        <translatorcomment>menu item</translatorcomment>
        <translation type="unfinished">開く</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">消えた</translation>
    </message>
    <message>
        <source>Older</source>
        <translation type="obsolete">古い</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n フォルダー</numerusform>
            <numerusform>%n フォルダーたち</numerusform>
        </translation>
    </message>
    <message id="files.tab">
        <source>Tab<byte value="x9"/>stop</source>
        <translation>タブ<byte value="x9"/>位置</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def ts_file(tmp_path: Path) -> Path:
    path = tmp_path / "app_ja.ts"
    path.write_text(TS, encoding="utf-8")
    return path


def test_each_live_message_is_a_segment_and_history_is_not(ts_file: Path) -> None:
    document = read_document(ts_file)
    assert [s.id for s in document.segments] == [
        "[MainWindow] &Open",
        "[MainWindow|verb, in the menu] Open",
        "[MainWindow] Close",
        "[Files] %n file(s)",
        "[Files] %n folder(s)[0]",
        "[Files] %n folder(s)[1]",
        "files.tab",
    ]
    first, second, third, plural, *_, tab = document.segments
    assert (first.source, first.mt, first.tool_status) == ("&Open", "開く(&O)", "finished")
    assert (second.context, second.note, second.tool_status) == (
        "verb, in the menu",
        "menu item",
        "unfinished",
    )
    assert third.tool_status == UNTRANSLATED and third.not_started
    assert (plural.source, plural.mt) == ("%n file(s)", "%n 個のファイル")
    assert (tab.source, tab.mt) == ("Tab\tstop", "タブ\t位置")
    assert document.lines["[MainWindow] &Open"] == 9


def test_a_no_op_write_gives_the_same_bytes(ts_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.ts"
    write_document(read_document(ts_file), out)
    assert out.read_bytes() == ts_file.read_bytes()


def _changed(path: Path, **by_id: Segment) -> str:
    document = read_document(path)
    segments = [by_id.get(s.id, s) for s in document.segments]
    return render_document(replace(document, segments=segments), "ts").decode("utf-8")


def _diff(old: str, new: str) -> list[tuple[str, str]]:
    pairs = zip(old.splitlines(), new.splitlines(), strict=False)
    return [(a.strip(), b.strip()) for a, b in pairs if a != b]


def test_an_edit_changes_that_translation_and_finishes_it(ts_file: Path) -> None:
    document = read_document(ts_file)
    second = document.segments[1]
    new = _changed(ts_file, **{second.id: second.revised("開きます")})
    assert _diff(TS, new) == [
        ('<translation type="unfinished">開く</translation>', "<translation>開きます</translation>")
    ]


def test_a_plural_form_is_written_in_its_own_numerusform(ts_file: Path) -> None:
    document = read_document(ts_file)
    form = document.by_id()["[Files] %n folder(s)[1]"]
    new = _changed(ts_file, **{form.id: form.revised("%n 個のフォルダー")})
    old_form, new_form = "%n フォルダーたち", "%n 個のフォルダー"
    assert _diff(TS, new) == [
        (f"<numerusform>{old_form}</numerusform>", f"<numerusform>{new_form}</numerusform>")
    ]


def test_a_rejected_message_becomes_unfinished_and_a_note_its_translator_comment(
    ts_file: Path,
) -> None:
    document = read_document(ts_file)
    first = document.segments[0]
    new = _changed(ts_file, **{first.id: replace(first, status=Status.REJECTED, note="要確認")})
    root = etree.fromstring(new.encode("utf-8"))
    message = root.find("context/message")
    assert message.find("translation").get("type") == "unfinished"
    assert [child.tag for child in message] == [
        "location",
        "source",
        "translatorcomment",
        "translation",
    ]
    assert message.findtext("translatorcomment") == "要確認"
    assert "\n        <translatorcomment>要確認</translatorcomment>\n" in new


def test_a_removed_note_removes_the_translator_comment(ts_file: Path) -> None:
    document = read_document(ts_file)
    second = document.segments[1]
    new = _changed(ts_file, **{second.id: replace(second, note="")})
    assert "translatorcomment" not in new
    assert new.count("\n") == TS.count("\n") - 1


def test_an_empty_translation_stays_unfinished_when_approved(ts_file: Path) -> None:
    document = read_document(ts_file)
    third = document.segments[2]
    new = _changed(ts_file, **{third.id: replace(third, status=Status.APPROVED)})
    assert new == TS


def test_control_characters_are_written_as_bytes(ts_file: Path) -> None:
    document = read_document(ts_file)
    tab = document.by_id()["files.tab"]
    new = _changed(ts_file, **{tab.id: tab.revised("タブ\x0b位置\x01")})
    assert '<translation>タブ<byte value="xB"/>位置<byte value="x1"/></translation>' in new


def test_a_segment_the_file_lacks_is_refused(ts_file: Path) -> None:
    document = read_document(ts_file)
    stranger = Segment("[Nowhere] x", "x", "x")
    with pytest.raises(InputError, match="not in the TS file"):
        render_document(replace(document, segments=[stranger]), "ts")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('<?xml version="1.0"?>\n<xliff version="1.2"/>', "not a Qt TS file"),
        ("<TS><context>", "not well-formed XML"),
        ("export const x: number = 1;\n", "a TypeScript file"),
    ],
)  # fmt: skip
def test_a_bad_file_is_one_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.ts"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message) as raised:
        read_document(path)
    assert "\n" not in str(raised.value)


def test_a_ts_file_under_another_name_is_told_by_its_content(ts_file: Path) -> None:
    renamed = ts_file.with_suffix(".xml")
    shutil.copyfile(ts_file, renamed)
    assert sniff(renamed) == "ts"
    assert len(read_document(renamed).segments) == 7


def test_any_other_document_becomes_a_new_ts_of_its_messages(tmp_path: Path) -> None:
    document = Document(
        [
            Segment("1", "開く", "Open", status=Status.APPROVED, note="checked"),
            Segment("2", "閉", "Close", status=Status.REJECTED),
            Segment("3", "無", None),
        ]
    )
    out = tmp_path / "new.ts"
    write_document(document, out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE TS>\n<TS ')
    again = read_document(out)
    assert [(s.id, s.source, s.mt, s.note, s.tool_status) for s in again.segments] == [
        ("1", "Open", "開く", "checked", "finished"),
        ("2", "Close", "閉", "", "unfinished"),
    ]
    assert etree.fromstring(out.read_bytes()).get("language") == "ja"


_XML_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufffe\uffff\r"),
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(text=_XML_TEXT)
def test_any_revision_reads_back_as_written(text: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.ts"
        path.write_text(TS, encoding="utf-8")
        document = read_document(path)
        first = document.segments[0]
        path.write_bytes(_changed(path, **{first.id: first.revised(text)}).encode("utf-8"))
        assert read_document(path).segments[0].target == text


@pytest.mark.parametrize("path", sorted(REAL.iterdir()), ids=lambda p: p.name)
def test_real_files_read_with_their_unfinished_messages(path: Path) -> None:
    document = read_document(path)
    statuses = {s.tool_status for s in document.segments}
    assert {"finished", UNTRANSLATED} <= statuses <= {"finished", "unfinished", UNTRANSLATED}
    assert all(s.source for s in document.segments)


def test_fix_in_place_on_a_ts_file_changes_only_the_fixed_message(tmp_path: Path) -> None:
    path = tmp_path / "app_ja.ts"
    path.write_text(TS.replace("開く(&amp;O)", "ひらく(&amp;O)"), encoding="utf-8")
    glossary = tmp_path / "glossary.tsv"
    glossary.write_text("accepted\tforbidden\n開く\tひらく\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "review", "fix", str(path), "--glossary", str(glossary),
         "--in-place"],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert path.read_text(encoding="utf-8") == TS


def _ts(messages: str, language: str = "ja") -> str:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" '
        f'language="{language}">\n<context>\n    <name>C</name>\n{messages}</context>\n</TS>\n'
    )


def _edited(tmp_path: Path, text: str, **by_index: object) -> str:
    """The file written after each segment `_N` (its index) is given what `by_index` says:
    a string revises it; a Status sets it; a tuple ("note", text) sets its note."""
    path = tmp_path / "a.ts"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    segments = list(document.segments)
    for key, value in by_index.items():
        i = int(key[1:])
        if isinstance(value, Status):  # before str: a Status is one
            segments[i] = replace(segments[i], status=value)
        elif isinstance(value, str):
            segments[i] = segments[i].revised(value)
        elif isinstance(value, tuple):
            segments[i] = replace(segments[i], note=value[1])
    return render_document(replace(document, segments=segments), "ts").decode("utf-8")


def test_a_plural_message_without_forms_gets_its_numerusform(tmp_path: Path) -> None:
    """The reviewer's finding: text straight in a plural <translation> is refused by Qt."""
    text = _ts(
        '    <message numerus="yes">\n        <source>%n file(s)</source>\n'
        '        <translation type="unfinished"></translation>\n    </message>\n'
        '    <message numerus="yes">\n        <source>%n link(s)</source>\n    </message>\n'
    )
    new = _edited(tmp_path, text, _0="%n 個のファイル", _1="%n 個のリンク")
    root = etree.fromstring(new.encode("utf-8"))
    first, second = root.findall("context/message")
    assert first.findtext("translation/numerusform") == "%n 個のファイル"
    assert first.find("translation").text is None and first.find("translation").get("type") is None
    assert second.findtext("translation/numerusform") == "%n 個のリンク"


def test_length_variants_read_and_write_the_first(tmp_path: Path) -> None:
    text = _ts(
        '    <message numerus="yes">\n        <source>%n item(s)</source>\n'
        '        <translation>\n            <numerusform variants="yes">'
        "<lengthvariant>%n 個の項目</lengthvariant><lengthvariant>%n項目</lengthvariant>"
        "</numerusform>\n        </translation>\n    </message>\n"
    )
    path = tmp_path / "v.ts"
    path.write_text(text, encoding="utf-8")
    [segment] = read_document(path).segments
    assert (segment.mt, segment.tool_status) == ("%n 個の項目", "finished")
    new = _edited(tmp_path, text, _0="%n 件")
    assert "<lengthvariant>%n 件</lengthvariant><lengthvariant>%n項目</lengthvariant>" in new


def test_a_plural_message_with_an_empty_form_stays_unfinished(tmp_path: Path) -> None:
    text = _ts(
        '    <message numerus="yes">\n        <source>%n file(s)</source>\n'
        '        <translation type="unfinished">\n            <numerusform>%n файл</numerusform>\n'
        "            <numerusform></numerusform>\n            <numerusform>%n файлов"
        "</numerusform>\n        </translation>\n    </message>\n",
        language="ru_RU",
    )
    assert 'type="unfinished"' in _edited(tmp_path, text, _0="%n ФАЙЛ")
    assert 'type="unfinished"' in _edited(tmp_path, text, _0=Status.APPROVED)
    assert 'type="unfinished"' not in _edited(tmp_path, text, _1="%n файла")


def test_notes_on_two_plural_forms_are_both_kept_and_a_cleared_one_clears(
    tmp_path: Path,
) -> None:
    text = _ts(
        '    <message numerus="yes">\n        <source>%n file(s)</source>\n'
        "        <translatorcomment>old</translatorcomment>\n        <translation>\n"
        "            <numerusform>a</numerusform>\n            <numerusform>b</numerusform>\n"
        "        </translation>\n    </message>\n",
        language="ru_RU",
    )
    both = _edited(tmp_path, text, _0=("note", "x"), _1=("note", "y"))
    assert "<translatorcomment>x\ny</translatorcomment>" in both
    cleared = _edited(tmp_path, text, _0=("note", ""), _1="c")
    assert "translatorcomment" not in cleared


def test_a_control_character_in_a_source_is_escaped_in_its_id(tmp_path: Path) -> None:
    text = _ts('    <message>\n        <source>Bell<byte value="x7"/>!</source>\n'
               "        <translation>ベル</translation>\n    </message>\n")  # fmt: skip
    path = tmp_path / "b.ts"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    assert document.segments[0].id == "[C] Bell\\x07!"
    assert document.segments[0].source == "Bell\x07!"
    out = tmp_path / "b.xlf"
    with pytest.raises(InputError, match="U\\+0007"):  # a source XML cannot carry
        write_document(document, out, "xliff")
    assert not out.exists()


def test_a_message_without_a_source_is_read_with_an_empty_one(tmp_path: Path) -> None:
    path = tmp_path / "s.ts"
    path.write_text(_ts('    <message id="app-title">\n        <translation>アプリ</translation>\n'
                        "    </message>\n"), encoding="utf-8")  # fmt: skip
    [segment] = read_document(path).segments
    assert (segment.id, segment.source, segment.mt) == ("app-title", None, "アプリ")


def test_approving_a_message_without_a_translation_adds_nothing(tmp_path: Path) -> None:
    text = _ts("    <message>\n        <source>Quit</source>\n    </message>\n")
    assert _edited(tmp_path, text, _0=Status.APPROVED) == text
    noted = _edited(tmp_path, text, _0=("note", "later"))
    comment = "\n        <translatorcomment>later</translatorcomment>\n    </message>"
    assert "<source>Quit</source>" + comment in noted


def test_the_qt_context_is_the_segments_part(ts_file: Path) -> None:
    document = read_document(ts_file)
    assert [s.part for s in document.segments][:4] == [
        "MainWindow",
        "MainWindow",
        "MainWindow",
        "Files",
    ]
