from __future__ import annotations

from review.core.model import Finding, Segment
from review.core.qa.shape import check_shape, period_findings, period_stats
from review.formats.documents import read_document
from tests.conftest import SEED_PAIRS


def shape(*segments: Segment) -> list[Finding]:
    """The findings of both halves of the check: each segment's, and the final 。's."""
    found = [f for s in segments for f in check_shape(s)]
    found += period_findings(period_stats(segments))
    order = {s.id: i for i, s in enumerate(segments)}
    return sorted(found, key=lambda f: (order[f.segment], f.start))


def test_seed_shape() -> None:
    document = read_document(SEED_PAIRS)
    found = shape(*document.segments)
    got = [(f.segment, f.text, f.severity.value) for f in found]
    # s18 and s24 end with the colon their sources end with, before a quotation: not findings
    assert got == [
        ("s16", "、", "warning"),
        ("s19", "", "info"),
        ("s23", " ", "warning"),
    ]
    run_on = found[2]
    assert run_on.suggestion == "。" and "run-on" in run_on.message
    assert document.by_id()["s23"].target[run_on.start - 2 : run_on.end + 2] == "開始 また"


def test_a_smiley_ending_a_message_is_no_semicolon() -> None:
    """Round 136: …クラッシュさせるよ；）, a wink, does not end the sentence with ；."""
    source = "The IWillCrashYourDiscord plugin crashes your discord."
    assert check_shape(Segment("1", "Discordをクラッシュさせるよ；）", source=source)) == []
    [found] = check_shape(Segment("2", "Discordをクラッシュさせる；", source=source))
    assert found.text == "；"


def test_headlines_are_exempt() -> None:
    assert check_shape(Segment(id="h", source="OpenAI Hires Talent", mt="OpenAIが人材を採用")) == []
    assert check_shape(Segment(id="h", mt="短い見出し")) == []


def test_closing_quote_after_the_period_is_fine() -> None:
    segment = Segment(id="x", source="He said “yes.”", mt="彼は「はい。」と言った。")
    assert check_shape(segment) == []
    assert check_shape(Segment(id="x", source="“Yes.”", mt="「はい。」")) == []


def test_missing_period() -> None:
    text = (
        "彼は会社を去り、新しい研究所を設立して次の章を始めると発表したが、"
        + "詳細は明らかにしなかった"
    )
    [found] = shape(Segment(id="x", source="He left.", mt=text))
    assert (found.start, found.end, found.suggestion) == (len(text), len(text), "。")


def test_space_between_clauses_without_a_conjunction_is_not_a_run_on() -> None:
    assert check_shape(Segment(id="x", source="A b.", mt="東京 大阪間を走る。")) == []


def test_or_between_two_words_is_not_a_run_on() -> None:
    # Thonny (round 21), lynx (round 25), django-oscar (round 32)
    for mt in ("ポート または WebREPL", "ログインする\u3000または\u3000新規登録する"):
        assert check_shape(Segment(id="x", source="Port or WebREPL", mt=mt)) == []
    found = check_shape(Segment(id="x", source="A. B.", mt="処理を開始 または中止した。"))
    assert found == []
    found = check_shape(Segment(id="x", source="A. B.", mt="処理を開始 また、中止した。"))
    assert [f.message for f in found] == ["run-on: two sentences meet without 。"]


def test_a_label_may_end_as_its_source_or_in_a_noun() -> None:
    assert check_shape(Segment(id="x", source="Pages:", mt="ページ:")) == []
    assert check_shape(Segment(id="x", source="Pick your flavor.", mt="エディションの選択")) == []
    assert check_shape(Segment(id="x", source="He added:", mt="こう付け加えた:")) == []
    # a lead-in ending in a particle and 、, as a list's ; is 、 (round 19); not a clause
    assert check_shape(Segment(id="x", source="On the page:", mt="ページでは、")) == []
    assert check_shape(Segment(id="x", source="; ", mt="、")) == []
    assert check_shape(Segment(id="x", source="He told us:", mt="こう答えている、")) != []
    assert check_shape(Segment(id="x", source="He replied:", mt="彼はこう答えたが、")) != []
    # e.g. ending the source, 例: before the example (rounds 41, 58)
    assert check_shape(Segment(id="x", source="if it is absent e.g.", mt="ない場合。例:")) == []
    assert check_shape(Segment(id="x", source="It is complex.", mt="複雑です:")) != []
    assert shape(Segment(id="x", source="Saved!", mt="保存しました")) == []
    two = Segment(id="x", source="Saved. Reload it.", mt="保存しました。再読み込みしてください")
    [found] = shape(two)
    assert found.suggestion == "。"


def test_a_document_that_writes_its_sentences_without_a_final_period() -> None:
    """Most sentences, five at least, without 。: the document's style, not a finding."""
    bare = "保存しました。ファイルを再読み込みしてください"
    full = bare + "。"
    without = [Segment(f"w{i}", bare, source="Saved. Reload it.") for i in range(6)]
    assert shape(*without) == []
    ended = [Segment(f"e{i}", full, source="Saved. Reload it.") for i in range(7)]
    assert len(shape(*without, *ended)) == 6
    assert len(shape(*without[:4])) == 4  # too few to be a style


def test_a_list_trailing_off_in_brackets_ends_no_sentence() -> None:
    """Round 38 (WeeChat): “…(/perl, /python, ...)” ends in a list, not a sentence."""
    target = (
        "スクリプトをロードして、C プラグインをロードしない場合は、スクリプトをロードする"
        "コマンド (/perl、/python、...) を使ってください"
    )
    source = "If you're trying to load a script, try command to load scripts (/perl, /python, ...)"
    assert shape(Segment(id="1", source=source, mt=target)) == []
    ended = "If you're trying to load a script, try a command to load scripts (/perl)."
    assert shape(Segment(id="1", source=ended, mt=target)) != []
    two_dots = "Display navigation in post lists (archives, blog page, search results ..)"
    listed = "投稿リスト（アーカイブ，ブログページ，検索結果...）にナビゲーションを表示する"
    assert shape(Segment(id="1", source=two_dots, mt=listed)) == []  # Customizr (round 42)


def test_an_option_s_help_line_goes_without_a_period() -> None:
    """SuperTux's --help (round 20): each option's help is a line of a program's output."""
    help_text = (
        "スクリプトデバッガーを有効にしてから、ゲームを最初のワールドマップの画面から起動します"
    )
    option = "  -s, --debug-scripts          "
    source = "Enable the script debugger, then start the game on the first world map."
    assert shape(Segment(id="1", source=option + source, mt=option + help_text)) == []
    [found] = shape(Segment(id="1", source=source, mt=help_text))
    assert found.message == "no sentence-final punctuation (。)"


def test_a_plain_description_alone_wants_no_period_in_a_polite_document() -> None:
    # rounds 105 and 117: a setting's description in the plain form, among sentences in
    # です・ます, is written without 。; the same sentence in a news story is told
    description = (
        "端末内テキストの点滅を、エスケープコードが使われているときに許可するかどうかを制御する"
    )
    polite = [
        Segment(f"p{i}", f"設定{i}を保存しました。次に進んでください。", source="A. B.")
        for i in range(3)
    ]
    segments = [*polite, Segment("d", description, source="Controls blinking.")]
    assert shape(*segments) == []
    plain = [
        Segment(f"n{i}", f"彼は研究所{i}を設立した。詳細は語らなかった。", source="A. B.")
        for i in range(3)
    ]
    assert [f.segment for f in shape(*plain, segments[-1])] == ["d"]


def test_a_message_short_but_for_its_markup_goes_without_a_period() -> None:
    # Shuttle (round 130): toasts whose placeholder's markup made them look long
    toast = '<xliff:g id="song_name">%s</xliff:g>をお気に入りに追加しました'
    source = '<xliff:g id="song_name">%s</xliff:g> added to favorites.'
    assert shape(Segment(id="t", source=source, mt=toast)) == []
    long = (
        '<xliff:g id="n">%s</xliff:g>を削除すると、'
        "この曲を含むすべてのプレイリストと再生キューからも完全に削除されます"
    )
    assert shape(Segment(id="l", source="Deleting %s removes it from every playlist.", mt=long))


def test_vertical_text_punctuation_in_horizontal_text() -> None:
    """Round 144 (MusicRecognizer): 以下の点にご注意ください︰, the vertical form of ：, as the
    judges and pofilter found; the overflow menu's 「︙」 names an icon."""
    found = check_shape(Segment("1", "以下の点にご注意ください︰", source="Please note:"))
    assert [(f.text, f.suggestion) for f in found] == [("︰", "：")]
    assert (
        check_shape(Segment("2", "右上の「︙」ボタンから更新してください。", source="Tap ⋮.")) == []
    )
    assert check_shape(Segment("3", "(╯°□°）╯︵ ┻━┻ を付ける", source="Prepends it")) == []
