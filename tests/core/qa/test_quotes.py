from __future__ import annotations

from review.core.model import Segment
from review.core.qa import some
from review.core.qa.quotes import check_quotes
from review.formats.documents import read_document
from tests.conftest import SEED_PAIRS


def segs(*targets: str) -> list[Segment]:
    return [Segment(id=f"s{i}", mt=t) for i, t in enumerate(targets, 1)]


def test_seed_quotes() -> None:
    found = check_quotes(read_document(SEED_PAIRS).segments)
    got = [(f.segment, f.text, f.suggestion) for f in found]
    assert got == [
        ("s17", '"', "」"),
        ("s19", '"', "「"),
        ("s25", "「", None),
        ("s25", '"爆発的オファー "', "『爆発的オファー』"),
    ]
    assert "opens with 「 but closes with" in found[0].message
    assert "mixed quote styles" in found[1].message and "s17" in found[1].message


def test_paired_marks_are_quiet() -> None:
    assert check_quotes(segs("「はい」と言った。", "『本』（注）(A)“x”")) == []
    assert check_quotes(segs('"OK"と言った。')) == []


def test_unpaired_brackets() -> None:
    found = check_quotes(segs("彼は「はいと言った。", "注）です。", "『本"))
    assert [(f.segment, f.text) for f in found] == [("s1", "「"), ("s2", "）"), ("s3", "『")]


def test_a_smiley_s_bracket_is_no_bracket() -> None:
    """Round 136 (Aliucord Manager): …クラッシュさせるよ；） and 試みがありました…:(, a wink and a
    frown, judged false three times of three; a bracket a colon opens before a word is one."""
    assert check_quotes(segs("クラッシュさせるよ；）", "試みがありました…:(", "またね ;-)")) == []
    [found] = check_quotes(segs("値:(以下を参照"))
    assert found.text == "("


def test_a_bracket_closed_in_the_other_width_is_told_once() -> None:
    """Round 111: いいえ(それが何なのか分かりません）, a pair in two widths, judged real 3 times
    in 3: one finding, on the closer, suggesting the opener's own."""
    [found] = check_quotes(segs("いいえ(それが何なのか分かりません）"))
    assert (found.text, found.suggestion, found.message) == (
        "）",
        ")",
        "opens with ( but closes with ）",
    )
    [found] = check_quotes(segs("遅延（ms)"))
    assert found.suggestion == "）"


def test_single_curly_quotes_pair_and_an_apostrophe_is_no_closer() -> None:
    """Round 115 (KeePassDX): ‘戻る‘ opens twice; ’ with no ‘ open is an apostrophe."""
    found = check_quotes(segs("‘戻る‘ を押してください", "‘/config' ディレクトリ"))
    assert [(f.segment, f.text) for f in found] == [("s1", "‘"), ("s1", "‘"), ("s2", "‘")]
    assert check_quotes(segs("‘戻る’を押す", "Don’t Panic とユーザー’ のデータ")) == []


def test_straight_quotes_only_are_not_mixed() -> None:
    assert check_quotes(segs('"A"と言った。', '"B"と言った。')) == []


def test_mixed_short_quote_gets_its_japanese_form() -> None:
    found = check_quotes(segs("「はい」", '彼は"いいえ"と言った。'))
    assert [(f.segment, f.text, f.suggestion) for f in found] == [("s2", '"いいえ"', "「いいえ」")]


def test_a_mixed_quote_names_at_most_five_other_segments() -> None:
    def where(japanese: int, straight_at: int) -> str:
        targets = ["「はい」と言った。"] * japanese
        targets.insert(straight_at, '"はい"と言った。')
        (found,) = check_quotes(segs(*targets))
        return found.message.partition("「」 in ")[2]

    assert where(5, 0) == "s2, s3, s4, s5, s6"
    assert where(6, 0) == "s2, s3, s4, s5, s6 …"
    assert where(6, 3) == "s1, s2, s3, s5, s6 …"
    assert where(1, 1) == "s1"


def test_list_numbers_and_quoted_names_are_not_findings() -> None:
    targets = [
        "「はい」と言った。",
        "1) メタデータを読む。3.) 保存する",
        '設定ファイル "${config}" を生成',
        "例) GTK_DEBUG=interactive",  # an example's label (Flatseal, round 27)
        "```setspace```_ を用いて行送り幅 (line spacing) を調整します (例: ``1.25``)",
    ]
    assert check_quotes(segs(*targets)) == []
    assert len(check_quotes(segs("値) を確認"))) == 1


def test_quotes_the_source_has_and_brackets_in_mixed_widths() -> None:
    segments = [
        Segment("s1", "「はい」と言った。", source="He said yes."),
        Segment(
            "s2", 'ファイルを "移動" または "コピー" します。', source='"Move" or "Copy" the file.'
        ),
        Segment("s3", "用紙の幅 (または自動用紙検知の場合）", source="Paper width (or auto)"),
    ]
    # a pair in two widths is a pair (no unpaired mark), told once for its widths (round 111)
    assert [f.message for f in check_quotes(segments)] == ["opens with ( but closes with ）"]


def test_a_mark_the_source_leaves_open_or_a_mark_named_is_not_unpaired() -> None:
    def found(source: str, target: str) -> list[str]:
        return [f.text for f in check_quotes([Segment("1", target, source=source)])]

    assert found('" already exists!', '" が既にあります!') == []  # a message continued
    assert found('system menu file: "', "システムメニュー: 「") == []
    assert found("E55: Unmatched %s)", "E55: %s) が釣り合っていません") == []
    assert found("E50: Too many \\z(", "E50: \\z( が多過ぎます") == []
    assert found("Missing parentheses: %s", "カッコ '(' がありません: %s") == []
    assert found("got tuple of size %d", "%d 要素のタプル (期待値: 3)") == []  # not a list's 3)
    assert found("Too many \\z(", "「\\z( が多過ぎます") == ["「"]  # not the source's
    assert found("Name", "名前 (必須") == ["("]
    # round 21: a game's message quoting a key across two messages (ValyriaTear), a mark
    # named in 「」 (Thonny), a setting in brackets (KEY=VALUE)
    assert found("Don't forget that you can press '", "忘れるなよ、「") == []
    assert found("' if you need more details.", "」キーを押せば詳細が見れるからな。") == []
    assert found("after typing '('", "「(」を入力した後") == []
    assert found("(one KEY=VALUE per line)", "環境変数 (1行につき1つの KEY=VALUE)") == []
    assert found("Don't forget it", "忘れるなよ、「") == ["「"]  # an apostrophe quotes nothing
    # round 123 (Deepin Music): a curly quote the source leaves open, straight in the target
    assert found("No songs yet. Click “", 'まだ曲がありません"') == []
    assert found("” to add songs to the playlist", '"をクリックして追加します') == []
    assert found("Click the button", 'ボタンを"クリック') == ['"']
    assert found("Click “Add", '「追加"をクリック') == ['"']  # the 「 renders the “ left open


def test_a_bracket_carried_over_to_the_next_segment_is_paired() -> None:
    """Round 72 (A Dark Room): a sentence its source splits over two messages keeps its
    parenthesis open in one and closes it in the next; apart, each is still unpaired."""
    first = Segment("1", "エクスポートとインポート(バックアップ用", source="for backing up")
    second = Segment("2", "またはコンピュータの移行用)", source="or migrating computers")
    assert check_quotes([first, second]) == []
    assert len(check_quotes([first, Segment("3", "別の文"), second])) == 2
    assert len(check_quotes([second, first])) == 2


def test_a_message_names_other_segments_by_short_ids_or_quotes_long_ones() -> None:
    assert some(["s01", "s02"], 2) == "s01, s02"
    assert some([f"s{i}" for i in range(9)], 9) == "s0, s1, s2, s3, s4 …"
    msgids = ["Wildcards are not allowed unless 'Allow URI wildcards' is enabled.", "Save\nas"]
    assert some(msgids, 2) == "“Wildcards are not allow…”, “Save⏎as”"
    assert some([*msgids, "a b", "c d"], 4) == "“Wildcards are not allow…”, “Save⏎as”, “a b” …"
