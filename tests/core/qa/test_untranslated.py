from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from review.core.checks import ALL_QA
from review.core.engine import check_document
from review.core.model import Document, Segment
from review.core.qa.untranslated import abbreviates, check_untranslated
from review.formats.documents import read_document
from review.formats.glossaries import read_glossary
from tests.conftest import NAMES_GLOSSARY, SEED_PAIRS


def test_seed_has_nothing_untranslated() -> None:
    document = read_document(SEED_PAIRS)
    assert [f for s in document.segments for f in check_untranslated(s)] == []


def test_target_equal_to_source() -> None:
    text = "Save the file before closing."
    [found] = check_untranslated(Segment(id="x", source=text, mt=text))
    assert (found.severity.value, found.start, found.end) == ("error", 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "INTERACTIVE MODE",  # a heading kept
        "LMMS Sharing Platform",  # a name
        "yard,yards,yd",  # a list the program parses
        "$ git update-index --add hello example\n",  # a command
        "    A---B---C topic\n   /\n  D---E master\n",  # a drawing in a code block
        "`--no-gpg-sign`",  # an option
        "Pranali Deshmukh",
        # code blocks of a Markdown book's PO (po4a), kept as they are
        "liftA2 : Applicative f => (a -> b -> c) -> f a -> f b -> f c\n"
        "liftA2 fun fa fb = pure fun <*> fa <*> fb\n",
        "mapMaybe : (a -> b) -> Maybe a -> Maybe b\nmapMaybe f Nothing  = Nothing\n",
        "```idris\nrecord Prog' env err a where\n  constructor MkProg'\n```\n",
        # a command's synopsis, in bash's help (round 21)
        "until COMMANDS; do COMMANDS-2; done",
        "declare [-aAfFgiIlnrtux] [name[=value] ...] or declare -p [-aAfFilnrtux] [name ...]",
        "select NAME [in WORDS ... ;] do COMMANDS; done",
        "WireGuard for Android v%s",  # a name and its version (round 130)
    ],
)
def test_a_copied_source_that_is_not_prose_is_not_a_finding(text: str) -> None:
    assert check_untranslated(Segment(id="x", source=text, mt=text)) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Don't confuse it with the file `hello`.", "ファイル hello と混同しないでください。"),
        ("We want 'topic' forked from 'master'.", "'topic' を 'master' から分岐させます。"),
        ("invalid numfig_format: %s", "無効な numfig_format: %s"),
        ("enumerable_node %r already registered", "enumerable_node %r は登録済みです"),
        ("kwargs for add_node() must be a tuple", "add_node() の kwargs はタプルです"),
        ("Use Git LFS for large files.", "大きなファイルには Git LFS を使います。"),
        (  # an English gloss in parentheses (round 17)
            "Save and continue editing -- Saves changes and reloads the page.",
            "保存して編集を続ける (Save and continue editing) – 変更を保存して再読込します。",
        ),
        (
            "Complexity is the enemy. KISS - keep it simple, stupid!",
            "複雑さは敵である。KISS - keep it simple, stupid! (単純にしておけ)",
        ),
        # an HTTP status's phrase kept, its gloss after it (round 54)
        ("418 - I'm a teapot", "418 - I'm a teapot（急須ですが）"),
        ("501 - Not implemented", "501 - Not implemented（未実装）"),
        # a call's arguments in a code example (round 58)
        ("usage: log('inside coolFunc', this, arguments);", "利用法: log('x', this, arguments);"),
    ],
)
def test_code_quoted_words_and_names_are_not_untranslated(source: str, target: str) -> None:
    assert check_untranslated(Segment(id="x", source=source, mt=target)) == []


def test_an_english_phrase_left_in_the_target() -> None:
    segment = Segment(
        id="x",
        source="Save the file before closing it.",
        mt="保存 before closing it してください。",
    )
    [found] = check_untranslated(segment)
    assert found.text == "before closing it"


def test_a_lone_word_is_a_term_kept_on_purpose() -> None:
    for source, target in [
        ("It is a moonshot.", "それはmoonshotです。"),
        ("Found %d Wii remotes", "%d のWiiリモコンが見つかりました"),
        ("Use the comment as alt text", "コメントをaltテキストとして使用"),
    ]:
        assert check_untranslated(Segment(id="x", source=source, mt=target)) == []


def test_names_acronyms_units_and_glossary_forms_are_exempt() -> None:
    segment = Segment(
        id="x",
        source="Yuanzhi Li ran 5 km with the GPU team at xAI.",
        mt="Yuanzhi LiはxAIのGPUチームと5km走った。",
    )
    assert check_untranslated(segment) == []
    glossary = read_glossary(NAMES_GLOSSARY)
    doc = Document([Segment(id="x", source="They met.", mt="xAIとOpenAIが会った。")])
    options = ALL_QA.without(["variant", "number", "quotes", "sentence-shape", "spacing"])
    assert check_document(doc, glossary, options) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Install Windows Subsystem for Linux 2.", "Windows Subsystem for Linux 2をインストール"),
        ("Select &all", "すべて設定(&a)"),  # an accelerator, not the word a
        ("Use the or operator", "JavaScript 式で or 演算子を使用"),
    ],
)
def test_names_accelerators_and_lone_function_words_are_not_phrases(
    source: str, target: str
) -> None:
    assert check_untranslated(Segment(id="x", source=source, mt=target)) == []


def test_a_licence_kept_in_english_is_not_untranslated() -> None:
    text = "Unless required by applicable law or agreed to in writing, software is distributed"
    text += " under the License on an AS IS BASIS, WITHOUT WARRANTIES."
    assert check_untranslated(Segment(id="x", source=text, mt=text)) == []
    gpl = (
        "This program is free software; you can redistribute it and/or modify\nit under "
        "the terms of the GNU General Public License as published by\nthe Free Software "
        "Foundation; either version 3 of the License, or\n(at your option) any later version."
        "\n\nThis program is distributed in the hope that it will be useful,\nbut WITHOUT ANY "
        "WARRANTY; without even the implied warranty of\nMERCHANTABILITY or FITNESS FOR A "
        "PARTICULAR PURPOSE.  See the\nGNU General Public License for more details.\n"
    )
    kept = "\n" + gpl  # round 13 (Deluge): the notice kept, but for a line break
    assert check_untranslated(Segment(id="x", source=gpl, mt=kept)) == []
    powered = "Powered by %(version)s By %(vendor)s."  # a credit line (round 19)
    assert check_untranslated(Segment(id="x", source=powered, mt=powered)) == []
    about = "About this program: it is free, and it comes with no promise of any kind."
    assert check_untranslated(Segment(id="y", source=about, mt=kept)) != []


@pytest.mark.parametrize(
    "text",
    ["If x = 3 then the value of the total is lost.", "Click Next -> to go on to the next step."],
)
def test_prose_with_one_operator_is_still_prose(text: str) -> None:
    assert check_untranslated(Segment(id="x", source=text, mt=text)) != []


def test_the_words_of_code_in_a_translated_block_are_not_untranslated() -> None:
    code = "record Product (f,g : Type -> Type) (a : Type) where\n  fst : f a\n  snd : g a\n"
    assert check_untranslated(Segment(id="x", source=code, mt=code.replace("a\n", "a \n"))) == []


def test_a_script_kept_as_its_source_writes_it_is_not_untranslated() -> None:
    """KiCad's manual (round 49): a Python script, shown as it is."""
    code = "#!/usr/bin/env python\n'''renumber the pins'''\nimport sys, re\ntry:\n"
    assert check_untranslated(Segment(id="x", source=code, mt=code)) == []


def test_lines_each_running_one_command_are_code() -> None:
    """Cnchi (round 50): a firewall's rules, kept as they are."""
    rules = "ufw default deny\nufw allow from {0}\nufw allow SSH"
    assert check_untranslated(Segment(id="x", source=rules, mt=rules)) == []


def test_an_escaped_tag_s_attributes_are_not_english() -> None:
    """Tiny Tiny RSS (round 49): HTML escaped in a PO string is markup still."""
    source = "Incorrect version. &lt;a href='db-updater.php'&gt;Please update&lt;/a&gt;."
    target = "バージョンが違います。&lt;a href='db-updater.php'&gt;更新してください&lt;/a&gt;."
    assert check_untranslated(Segment(id="x", source=source, mt=target)) == []
    # Pootle (round 52): one whose attribute holds a tag
    source = 'Use <code>&lt;a href="<strong>#/page-slug</strong>"&gt;Link&lt;/a&gt;</code> code.'
    target = '<code>&lt;a href="<strong>#/page-slug</strong>"&gt;Link&lt;/a&gt;</code> を使います。'
    assert check_untranslated(Segment(id="x", source=source, mt=target)) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Gauḍa malhār", "<i>Gauḍa malhār</i>"),  # Picard (round 42): a raga's name
        ("Kōmal riṣabh asāvēri", "Kōmal riṣabh asāvēri の旋律"),
        ("g a", "g a"),  # Customizr (round 42): a date's format
        # Blender's manual (round 43): a menu item with its keys, named as the program does
        ("Jump to end (|last|) :kbd:`Shift-Right`", "Jump to end (|last|) :kbd:`Shift-Right`"),
        # Omeka S (round 45): a bilingual label, the source beside its Japanese
        ("list of authors", "著者のリスト／list of authors"),
        ("funded by", "からの資金提供 / funded by"),
    ],
)
def test_a_transliteration_or_a_format_is_not_english(source: str, target: str) -> None:
    assert check_untranslated(Segment(id="x", source=source, mt=target)) == []


def test_a_title_in_emphasis_is_kept_as_a_quoted_one() -> None:
    """Round 61 (Open Data Handbook): **Show us a better way**, a competition's name."""
    segment = Segment(
        id="x",
        source="**Show us a better way** was the first such competition in the world.",
        mt="**Show us a better way** は、この手の大会としては世界初のものだ。",
    )
    assert check_untranslated(segment) == []
    segment = Segment(id="x", source="Show us a better way now.", mt="Show us a better way です。")
    assert [f.text for f in check_untranslated(segment)] == ["Show us a better way"]


def test_a_tag_s_name_is_code_where_a_stray_quote_broke_the_tag() -> None:
    """Round 62 (iRedAdmin): `"rel=` breaks the tag; its a href are still no English."""
    source = 'Refer to <a href="http://example.org/" rel="noopener">example.org</a> for details.'
    target = '詳細は<a href="http://example.org/" "rel="noopener">example.org</a>を参照'
    assert check_untranslated(Segment(id="x", source=source, mt=target)) == []


def test_english_in_parentheses_as_in_the_source_is_still_untranslated() -> None:
    """Rounds 10 and 11: (in MiB) and (lxd or simplestreams) are the source's own words in
    parentheses, left in English; a gloss is English the source has outside them."""
    segment = Segment(
        id="x",
        source="Configure guest memory. Ex: --memory 1024 (in MiB)",
        mt="ゲストのメモリーを設定します。例: --memory 1024 (in MiB)",
    )
    assert [f.text for f in check_untranslated(segment)] == ["in MiB"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (  # English before its Japanese, in the source's words but no gloss of anything
            "the file will be deleted forever",
            "(the file will be deleted) 永久に",
        ),
        (  # a slash before English that is not the whole source is no label
            "Save the file to the disk",
            "ファイルを保存／save the file",
        ),
        (  # nor is the whole source beside Japanese without a slash
            "list of the authors",
            "著者のリスト list of the authors",
        ),
        (  # a credit line exempts itself, not the English after it
            "Powered by Foo. Please restart the application to apply the changes.",
            "Powered by Foo。Please restart the application to apply the changes",
        ),
    ],
)
def test_english_beside_a_gloss_or_a_credit_is_still_untranslated(source: str, target: str) -> None:
    assert check_untranslated(Segment(id="x", source=source, mt=target)) != []


def _po4a(entries: list[tuple[str, str, str]]) -> str:
    """A PO file as po4a writes a manual's: each message with its `#. type:` comment."""
    head = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ja\\n"\n'
    body = "".join(
        f'\n#. type: {role}\n#: trouble.texi:{i}\nmsgid "{source}"\nmsgstr "{target}"\n'
        for i, (role, source, target) in enumerate(entries, start=1)
    )
    return head + body


def _untranslated(path: Path, text: str) -> list[str]:
    path.write_text(text, encoding="utf-8")
    found = check_document(read_document(path), None, ALL_QA)
    return [f.segment for f in found if f.kind.value == "untranslated"]


def test_a_role_the_document_keeps_in_english_is_kept_on_purpose(tmp_path: Path) -> None:
    """Round 66 (the Emacs manual's Japanese translation): its index entries (`cindex`) stay
    in English, every one of them, for the index to sort; a paragraph (`Plain text`) left in
    English among translated ones is still untranslated, and so are index entries where two
    only are kept, and the prose where all of it is (its commonest role, never kept)."""
    index = [
        ("cindex", f"{words} in Emacs", f"{words} in Emacs")
        for words in ("report a bug", "help", "contributing", "crashes", "quitting", "backups")
    ]
    prose = [
        ("Plain text", f"Report the bug {n} to the list.", f"バグ{n}をリストに報告します。")
        for n in range(7)
    ] + [("Plain text", "Send the patch to the list.", "Send the patch to the list.")]
    path = tmp_path / "trouble.texi.po"
    path.write_text(_po4a(index + prose), encoding="utf-8")
    assert {s.role for s in read_document(path).segments} == {"cindex", "Plain text"}
    assert _untranslated(path, _po4a(index + prose)) == ["Send the patch to the list."]
    assert len(_untranslated(path, _po4a(index[:2] + prose))) == 3
    left = [(role, source, source) for role, source, _ in prose]
    assert len(_untranslated(path, _po4a(left))) == 8


def test_an_option_s_values_listed_as_the_source_lists_them_are_kept() -> None:
    """Round 68 (a2ps, Aspell): an option's values, as they are typed; an English clause
    with commas left in the target is still untranslated."""
    values = Segment("x", "次のうちの１つ: ultra, fast, normal, slow, or bad-spellers")
    values = replace(values, source="one of ultra, fast, normal, slow, or bad-spellers")
    assert check_untranslated(values) == []
    left = Segment("y", "ファイルを開いてから First, open the file, then save it を実行します。")
    left = replace(left, source="First, open the file, then save it, and run it.")
    assert check_untranslated(left) != []


def test_a_setting_in_brackets_as_the_source_has_it_is_typed_as_it_is() -> None:
    """Round 79 (fetchmail): (mimedecode on), (idle on) name a line of the program's
    configuration; words in the source's brackets that are prose are still told."""
    pairs = [
        ("MIME decoding is enabled (mimedecode on).", "MIME デコードを行います。 (mimedecode on)"),
        ("  Idle after poll is enabled (idle on).\n", "  ポーリング後、休止します。 (idle on)\n"),
    ]
    for source, target in pairs:
        assert check_untranslated(Segment("1", target, source=source)) == []
    told = check_untranslated(Segment("1", "サイズ (in MiB)", source="Size (in MiB)"))
    assert [f.text for f in told] == ["in MiB"]
    told = check_untranslated(Segment("1", "有効 (turn on)", source="Enabled"))
    assert [f.text for f in told] == ["turn on"]


def test_lorem_ipsum_filler_kept_as_it_is_is_not_untranslated() -> None:
    """Round 86 (HTML5 Rocks): a demo's Lorem ipsum, filler in no reader's language, kept as
    the source has it; English prose kept beside it in another segment is still told."""
    filler = (
        "Lorem ipsum dolor sit amet, consectetuer adipiscing elit. Suspendisse pharetra purus"
        " vitae elit. Praesent sodales dolor. Etiam congue. Fusce a felis in mi auctor rhoncus."
        " Vestibulum ante ipsum primis in faucibus orci luctus."
    )
    assert check_untranslated(Segment("1", filler, source=filler)) == []
    assert check_untranslated(Segment("1", f"<p>{filler}</p>", source=f"<div>{filler}</div>")) == []
    prose = "First, open the file, then save it"
    told = check_untranslated(Segment("1", f"まず {prose} を実行します。", source=f"{prose}."))
    assert told != []
    # round 100 (OpenOrienteering Mapper): a font's sample, with a Japanese line added
    sample = "The quick brown fox\ntakes the routechoice\nto jump over the lazy dog\n1234567890"
    assert check_untranslated(Segment("1", f"{sample}\n△Aaあぁアァ亜字◎", source=sample)) == []


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("DoT", "Damage Over Time", True),
        ("SLv.", "Skill Level", True),
        ("HP", "Hit Points", True),
        ("HP", "Hit", False),  # one word: not spelled out
        ("Cost", "Copy selected text", False),  # a word, not each word's letter
        ("Play", "Print layout", False),
        ("Save", "Save As", False),  # As begins with no letter of Save left
        ("SLv.", "Skill Levels Here", False),  # Here begins with none
        ("dot", "Damage Over Time", False),  # an abbreviation begins with a capital
        ("KWIC", "keyword in context", False),  # a capital begins a word
    ],
)
def test_an_abbreviation_takes_each_word_s_first_letter(
    short: str, long: str, expected: bool
) -> None:
    assert abbreviates(short, long) is expected


def test_an_acronym_s_words_kept_beside_it_are_not_untranslated() -> None:
    """Round 91 (PGroonga): KWIC（keyword in context）, the words an acronym stands for kept
    in English beside it; English with no acronym it spells out is still told."""
    assert abbreviates("KWIC", "keyword in context", within_words=True)
    assert not abbreviates("KWIC", "keep it in context", within_words=True)
    source = "It is known as KWIC (keyword in context)."
    target = "この処理をKWIC（keyword in context）とも言います。"
    assert check_untranslated(Segment("1", target, source=source)) == []
    target = "この処理をKWIC（keep it in context）とも言います。"
    assert check_untranslated(Segment("1", target, source="It is KWIC (keep it in context).")) != []


def test_a_row_of_measurements_kept_as_it_is_is_not_untranslated() -> None:
    """Round 101 (SimpleScreenRecorder): a log line of timings, fields split by |, as many
    values as words; a sentence copied is still told."""
    row = "BGRA %1 to BGRA %2  |  SWScale %3 us  |  Fallback %4 us (%5%)  |  SSSE3 %6 us (%7%)"
    assert check_untranslated(Segment("1", row, source=row)) == []
    sentence = "Copy %1 to the folder | then open it | and close the window"
    assert check_untranslated(Segment("1", sentence, source=sentence)) != []


def test_a_piece_of_a_sentence_blanked_on_purpose_is_no_empty_target() -> None:
    """Round 109 (Open Event Server): "the" and "e", pieces of a sentence built from pieces,
    translated as one space; an empty target, and a word blanked, are still untranslated."""
    assert check_untranslated(Segment("1", " ", source="the")) == []
    assert [f.kind for f in check_untranslated(Segment("1", "", source="the"))] == ["untranslated"]
    assert [f.kind for f in check_untranslated(Segment("1", " ", source="Cancel"))] == [
        "untranslated"
    ]
    assert [f.kind for f in check_untranslated(Segment("1", " ", source="OK"))] == ["untranslated"]
