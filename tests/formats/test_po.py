"""gettext PO: messages as segments, written back changing only what the review changed."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import polib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from review.core.model import Document, Segment, Status
from review.formats.documents import read_document, render_document
from review.formats.errors import InputError, OutputError

HEADER = (
    '# A header comment\nmsgid ""\nmsgstr ""\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Language: ja\\n"\n"Plural-Forms: nplurals=1; plural=0;\\n"\n\n'
)
BODY = (
    "# a translator's note\n#. an extracted comment\n#: src/a.c:10\n#, fuzzy, c-format\n"
    'msgctxt "menu"\nmsgid "Open %s"\nmsgstr "開く %s"\n\n'
    'msgid "One file"\nmsgid_plural "%d files"\nmsgstr[0] "%d 個のファイル"\n\n'
    'msgid ""\n"A long message "\n"on two lines"\nmsgstr ""\n"長いメッセージ、"\n"二行"\n\n'
    'msgid "Not started"\nmsgstr ""\n\n'
    '#~ msgid "old"\n#~ msgstr "古い"\n'
)
FILE = HEADER + BODY
MSGFMT = shutil.which("msgfmt")


def _write(tmp_path: Path, text: str, name: str = "m.po", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _edited(document: Document, changes: dict[str, Segment]) -> Document:
    return replace(document, segments=[changes.get(s.id, s) for s in document.segments])


def _changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    import difflib

    matcher = difflib.SequenceMatcher(a=before.splitlines(), b=after.splitlines())
    return [
        ("\n".join(before.splitlines()[i1:i2]), "\n".join(after.splitlines()[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def test_messages_are_segments(tmp_path: Path) -> None:
    document = read_document(_write(tmp_path, FILE))
    by_id = {s.id: s for s in document.segments}
    assert list(by_id) == [
        "[menu] Open %s",
        "One file",
        "A long message on two lines",
        "Not started",
    ]
    menu = by_id["[menu] Open %s"]
    assert (menu.source, menu.mt, menu.note, menu.tool_status) == (
        "Open %s",
        "開く %s",
        "a translator's note",
        "fuzzy",
    )
    # one plural form says every number: its source is the msgid_plural
    assert by_id["One file"].source == "%d files"
    assert by_id["One file"].mt == "%d 個のファイル"
    assert by_id["Not started"].tool_status == "untranslated"
    assert by_id["A long message on two lines"].tool_status == "translated"
    assert document.lines["One file"] == 18  # its msgstr[0], where the target is


def test_a_message_s_line_is_its_msgstr_s_past_hundreds_of_references(tmp_path: Path) -> None:
    """Pandora FMS's "Description", used in 280 source files: its msgstr, where a report
    points, is on the line after its 280 reference lines and its msgid."""
    references = "".join(f"#: src/page{i}.php:{i}\n" for i in range(280))
    text = HEADER + references + 'msgid "Description"\nmsgstr "説明"\n'
    document = read_document(_write(tmp_path, text))
    assert document.lines["Description"] == text.count("\n")


def test_a_language_with_two_forms_gives_a_segment_per_form(tmp_path: Path) -> None:
    text = (
        HEADER.replace("nplurals=1; plural=0;", "nplurals=2; plural=(n != 1);")
        + 'msgid "One file"\nmsgid_plural "%d files"\nmsgstr[0] "un"\nmsgstr[1] "%d"\n'
    )
    document = read_document(_write(tmp_path, text))
    assert [(s.id, s.source, s.mt) for s in document.segments] == [
        ("One file[0]", "One file", "un"),
        ("One file[1]", "%d files", "%d"),
    ]


def test_without_plural_forms_a_message_has_the_forms_it_gives(tmp_path: Path) -> None:
    text = (
        'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "%s task"\nmsgid_plural "%s tasks"\nmsgstr[0] ""\n'
    )  # WordPress's files: no Plural-Forms header, msgstr[0] alone
    path = _write(tmp_path, text)
    document = read_document(path)
    assert [(s.id, s.source) for s in document.segments] == [("%s task", "%s tasks")]
    assert render_document(document, "po") == path.read_bytes()
    done = _edited(document, {"%s task": document.segments[0].revised("%s 件のタスク")})
    assert render_document(done, "po").decode().endswith('msgstr[0] "%s 件のタスク"\n')


def _qualified(rows: list[tuple[str, str]]) -> str:
    return HEADER + "".join(f'msgid "{msgid}"\nmsgstr "{msgstr}"\n\n' for msgid, msgstr in rows)


def test_a_qualified_msgid_s_source_is_the_text_after_its_qualifier(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        _qualified(
            [
                ("LDAP|Attribute|cn", "cn (共通名)"),
                ("LDAP|Description|Attribute|cn|RFC2256: common name", "RFC2256: 共通名"),
                ("Note|C#", "ド#"),
                ("Action|Open", ""),  # not translated yet: as the file does the others
                ("Yes|No", "はい|いいえ"),  # the file's convention is Q_(): text after the bar
                ("(tcp|udp) port", "(tcp|udp) ポート"),
            ]
        ),
    )
    document = read_document(path)
    assert [(s.id, s.source, s.context) for s in document.segments] == [
        ("LDAP|Attribute|cn", "cn", "LDAP|Attribute"),
        (
            "LDAP|Description|Attribute|cn|RFC2256: common name",
            "RFC2256: common name",
            "LDAP|Description|Attribute|cn",
        ),
        ("Note|C#", "C#", "Note"),
        ("Action|Open", "Open", "Action"),
        ("Yes|No", "No", "Yes"),
        ("(tcp|udp) port", "(tcp|udp) port", ""),
    ]
    assert render_document(document, "po") == path.read_bytes()


def test_msgids_with_a_bar_their_translations_keep_are_text(tmp_path: Path) -> None:
    rows = [("First|Go to first page", "最初へ|最初のページへ移動します")] * 3 + [
        ("Note|C", "ド"),
        ("Note|D", "レ"),
        ("Note|E", "ミ"),
    ]
    rows = [(f"{msgid} {i}", f"{msgstr} {i}") for i, (msgid, msgstr) in enumerate(rows)]
    document = read_document(_write(tmp_path, _qualified(rows)))
    assert [s.source for s in document.segments][:1] == ["First|Go to first page 0"]
    assert all(s.context == "" for s in document.segments)  # three kept, three dropped


def test_nothing_changed_is_the_same_bytes(tmp_path: Path) -> None:
    for newline in ("\n", "\r\n"):
        data = FILE.replace("\n", newline).encode("utf-8")
        path = tmp_path / "m.po"
        path.write_bytes(data)
        assert render_document(read_document(path), "po") == data


def test_an_edit_changes_only_its_msgstr_and_flags(tmp_path: Path) -> None:
    document = read_document(_write(tmp_path, FILE))
    by_id = {s.id: s for s in document.segments}
    approved = replace(by_id["[menu] Open %s"].revised("%s を開く"), status=Status.APPROVED)
    long = by_id["A long message on two lines"].revised("長い\nメッセージ")
    out = render_document(_edited(document, {approved.id: approved, long.id: long}), "po")
    assert _changed_lines(FILE, out.decode("utf-8")) == [
        ("#, fuzzy, c-format", "#, c-format"),
        ('msgstr "開く %s"', 'msgstr "%s を開く"'),
        ('"長いメッセージ、"\n"二行"', '"長い\\n"\n"メッセージ"'),
    ]
    again_path = _write(tmp_path, out.decode(), "again.po")
    if MSGFMT:
        _msgfmt(again_path)
    again = {s.id: s for s in read_document(again_path).segments}
    assert again[approved.id].mt == "%s を開く"
    assert again[approved.id].tool_status == "translated"
    assert again[long.id].mt == "長い\nメッセージ"


def test_a_file_that_does_not_wrap_keeps_an_edited_message_on_one_line(tmp_path: Path) -> None:
    long = "データーベース" + "の結果は生成されません" * 8
    text = HEADER + f'msgid "Long"\nmsgstr "{long}"\n\nmsgid "Short"\nmsgstr "短い"\n'
    document = read_document(_write(tmp_path, text))
    by_id = {s.id: s for s in document.segments}
    fixed = by_id["Long"].revised(long.replace("データーベース", "データベース"))
    out = render_document(_edited(document, {fixed.id: fixed}), "po").decode("utf-8")
    assert _changed_lines(text, out) == [
        (f'msgstr "{long}"', f'msgstr "{long.replace("データーベース", "データベース")}"')
    ]


def test_a_url_longer_than_a_line_does_not_make_a_wrapped_file_unwrapped(tmp_path: Path) -> None:
    url = "https://example.com/" + "a/very/long/path/" * 5 + "index.html"
    text = FILE.replace('msgid "Not started"\nmsgstr ""', f'msgid "{url}"\nmsgstr "{url}"')
    document = read_document(_write(tmp_path, text))
    by_id = {s.id: s for s in document.segments}
    edited = by_id["[menu] Open %s"].revised("%s を開く" + " とても長い説明" * 12)
    out = render_document(_edited(document, {edited.id: edited}), "po").decode("utf-8")
    assert 'msgstr ""\n"%s を開く' in out


def test_a_file_that_wraps_has_an_edited_message_wrapped(tmp_path: Path) -> None:
    document = read_document(_write(tmp_path, FILE))
    by_id = {s.id: s for s in document.segments}
    edited = by_id["[menu] Open %s"].revised("%s を開く" + " とても長い説明" * 12)
    out = render_document(_edited(document, {edited.id: edited}), "po").decode("utf-8")
    assert 'msgstr ""\n"%s を開く' in out
    assert max(len(line) for line in out.splitlines()) <= 80


ALLAUTH = (
    Path(__file__).resolve().parent.parent
    / "data"
    / "real"
    / "po"
    / "pennersr__django-allauth__django.po"
)
MSGCAT = shutil.which("msgcat")


def test_wide_text_is_wrapped_as_gettext_wraps_it_in_a_file_gettext_wrote(tmp_path: Path) -> None:
    path = tmp_path / "django.po"
    shutil.copyfile(ALLAUTH, path)
    text = path.read_text(encoding="utf-8")
    document = read_document(path)
    changes = {
        s.id: s.revised(
            s.target.replace("ブラウザ", "ブラウザー").replace("フォルダ", "フォルダー")
        )
        for s in document.segments
        if "ブラウザ" in s.target or "フォルダ" in s.target
    }
    assert len(changes) >= 5
    out = render_document(_edited(document, changes), "po").decode("utf-8")
    # the file's own wrapping: 79 columns, a kana or kanji counted as two
    assert (
        '"あなたのメール確認コードを下記に記載します。開いているブラウザーのウィンドウ"\n'
        '"に入力してください。"'
    ) in out
    changed = _changed_lines(text, out)
    assert all(len(a.splitlines()) <= len(b.splitlines()) + 1 for a, b in changed)
    if MSGCAT is not None:  # gettext itself would write the file the same
        written = tmp_path / "out.po"
        written.write_text(out, encoding="utf-8")
        again = subprocess.run([MSGCAT, str(written)], capture_output=True, text=True, check=True)
        theirs = {e.msgid: e for e in polib.pofile(again.stdout)}
        ours = out.splitlines()
        for entry in polib.pofile(out):
            if entry.msgid in {s.split(" ", 1)[-1] for s in changes} and entry.msgstr:
                start = entry.linenum - 1
                while not ours[start].startswith("msgstr"):
                    start += 1
                assert ours[start] in again.stdout.splitlines(), theirs[entry.msgid].msgid


def test_gettext_wrapping_breaks_where_japanese_may_break() -> None:
    from review.formats.po_wrap import wrapped

    assert wrapped("msgstr", "短い") == ['msgstr "短い"']
    lines = wrapped("msgstr", "あ" * 37 + "い。" + "う" * 10)
    assert lines == ['msgstr ""', '"' + "あ" * 37 + '"', '"い。' + "う" * 10 + '"']  # no 。 first
    assert wrapped("msgstr", "一行目\\n二行目") == ['msgstr ""', '"一行目\\n"', '"二行目"']
    lines = wrapped("msgstr", "あ" * 37 + "「か」")
    assert lines[1:] == ['"' + "あ" * 37 + '"', '"「か」"']  # 「 not left at a line's end


def test_a_rejected_message_becomes_fuzzy_and_a_note_is_the_translator_comment(
    tmp_path: Path,
) -> None:
    document = read_document(_write(tmp_path, FILE))
    rejected = replace(document.segments[3], status=Status.REJECTED, note="言い換えが必要")
    out = render_document(_edited(document, {rejected.id: rejected}), "po").decode()
    assert _changed_lines(FILE, out) == [("", "# 言い換えが必要\n#, fuzzy")]
    entry = polib.pofile(out).find("Not started")
    assert entry is not None
    assert entry.flags == ["fuzzy"] and entry.tcomment == "言い換えが必要"


def test_the_file_keeps_its_charset_and_line_ends(tmp_path: Path) -> None:
    text = FILE.replace("charset=UTF-8", "charset=EUC-JP").replace("\n", "\r\n")
    path = _write(tmp_path, text, encoding="euc_jp")
    document = read_document(path)
    edited = document.segments[1].revised("%d ファイル")
    out = render_document(_edited(document, {edited.id: edited}), "po")
    assert out == text.replace("%d 個のファイル", "%d ファイル").encode("euc_jp")


def test_comments_gettext_reads_and_polib_does_not_are_kept(tmp_path: Path) -> None:
    """MoinMoin's page lines before the header (#acl, #format: round 37), which msgfmt reads
    as comments: the file is read, and written back with only the edited message changed."""
    text = ("## a wiki page\n#acl -All:write Default\n#format gettext\n\n" + FILE).replace(
        "\n", "\r\n"
    )
    path = _write(tmp_path, text)
    if MSGFMT:
        _msgfmt(path)
    document = read_document(path)
    assert render_document(document, "po") == text.encode("utf-8")
    edited = document.segments[1].revised("%d ファイル")
    out = render_document(_edited(document, {edited.id: edited}), "po").decode("utf-8")
    assert out == text.replace("%d 個のファイル", "%d ファイル")


def test_an_edit_keeps_the_translator_comment_as_the_file_wrote_it(tmp_path: Path) -> None:
    """Comix (round 148): an empty `#` above `# File: …` lines, which polib drops when it
    writes the comment again; the message's translation edited, its comment is not."""
    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        "#\n# File: src/about.py, line: 18\n#: src/about.py:19\n"
        'msgid "About"\nmsgstr "Comixについて"\n'
    )
    path = _write(tmp_path, text)
    document = read_document(path)
    edited = document.segments[0].revised("Comix について")
    out = render_document(_edited(document, {edited.id: edited}), "po").decode("utf-8")
    assert out == text.replace("Comixについて", "Comix について")
    noted = replace(edited, note="確認済み")
    out = render_document(_edited(document, {noted.id: noted}), "po").decode("utf-8")
    assert "# 確認済み\n" in out and "# File:" not in out  # the note replaces the comment


def test_a_character_the_charset_lacks_is_one_line_and_no_file(tmp_path: Path) -> None:
    path = _write(tmp_path, FILE.replace("charset=UTF-8", "charset=EUC-JP"), encoding="euc_jp")
    document = read_document(path)
    edited = document.segments[1].revised("%d 個 🙂")
    with pytest.raises(OutputError, match="cannot be written in the file's EUC-JP"):
        render_document(_edited(document, {edited.id: edited}), "po")


def test_a_bom_stays(tmp_path: Path) -> None:
    path = tmp_path / "m.po"
    path.write_bytes(b"\xef\xbb\xbf" + FILE.encode())
    document = read_document(path)
    edited = document.segments[1].revised("%d ファイル")
    out = render_document(_edited(document, {edited.id: edited}), "po")
    assert out == b"\xef\xbb\xbf" + FILE.replace("%d 個のファイル", "%d ファイル").encode()


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('msgid "a"\nmsgstr "b"\nmsgid garbage\n', 3),
        ('msgid "a"\nmsgstr "b\n', 2),
        ('msgid "a"\nmsgstr "b"\nxyz "c"\n', 3),
    ],
)
def test_a_broken_file_is_one_line_naming_it(tmp_path: Path, text: str, line: int) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert caught.value.line == line
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_a_repeated_message_gets_a_review_only_id(tmp_path: Path) -> None:
    path = _write(tmp_path, 'msgid "a"\nmsgstr "x"\n\nmsgid "a"\nmsgstr "y"\n')
    document = read_document(path)
    assert [s.id for s in document.segments] == ["a", "a#2"]
    assert document.notices


def test_any_document_exports_as_a_new_po(tmp_path: Path) -> None:
    document = Document(
        [
            Segment("s1", "訳", source="Text", status=Status.APPROVED),
            Segment("s2", "訳", source="Text", status=Status.REJECTED, note="n"),
            Segment("s3", "出典なし"),
        ]
    )
    out = render_document(document, "po").decode()
    entries = polib.pofile(out)
    assert [(e.msgctxt, e.msgid, e.msgstr, e.flags) for e in entries] == [
        ("s1", "Text", "訳", []),
        ("s2", "Text", "訳", ["fuzzy"]),
    ]
    if MSGFMT:
        _msgfmt(_write(tmp_path, out, "new.po"))


def _msgfmt(path: Path) -> None:
    assert MSGFMT is not None
    done = subprocess.run(
        [MSGFMT, "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


TARGETS = st.text(st.sampled_from('ab あ"\\\n\t%s'), max_size=12)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), TARGETS, st.sampled_from(list(Status))), max_size=4))
def test_any_edit_reads_back_and_touches_only_its_message(
    tmp_path_factory: pytest.TempPathFactory, edits: list[tuple[int, str, Status]]
) -> None:
    folder = tmp_path_factory.mktemp("po")
    document = read_document(_write(folder, FILE))
    changes: dict[str, Segment] = {}
    for index, text, status in edits:
        segment = changes.get(document.segments[index].id, document.segments[index])
        changes[segment.id] = replace(segment.revised(text), status=status)
    out = render_document(_edited(document, changes), "po").decode()
    again = {s.id: s for s in read_document(_write(folder, out, "again.po")).segments}
    for segment in changes.values():
        assert again[segment.id].mt == segment.target
    kept = [s for s in document.segments if s.id not in changes]
    for segment in kept:
        assert again[segment.id].mt == segment.mt
        assert again[segment.id].tool_status == segment.tool_status
    assert out.startswith(HEADER) and out.endswith('#~ msgid "old"\n#~ msgstr "古い"\n')
