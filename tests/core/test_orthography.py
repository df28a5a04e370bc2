"""Orthographic 表記ゆれ with SudachiPy: one word, two spellings; never homophones, never an
auxiliary and a main verb, never two uses of one kana word."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from review.core.discover import discover
from review.core.model import Document, Segment
from review.core.orthography import available, orthographic_groups

pytestmark = pytest.mark.skipif(not available(), reason="SudachiPy with sudachidict-core")


def _groups(*texts: str) -> list[set[str]]:
    segments = [Segment(str(i), text) for i, text in enumerate(texts)]
    return [{s.text for s in g.spellings} for g in orthographic_groups(segments)]


@pytest.mark.parametrize(
    ("texts", "group"),
    [
        (("取扱いに注意してください。", "取り扱いを確認します。"), {"取扱い", "取り扱い"}),
        (("設定できます。", "変更出来ます。"), {"できる", "出来る"}),
        (("子どもの写真", "子供の写真"), {"子ども", "子供"}),
        (("プロキシサーバを使う", "サーバーに接続する"), {"サーバ", "サーバー"}),
        (("契約を取り消す。", "取消しの通知"), {"取り消す", "取消し"}),
    ],
)
def test_one_word_written_two_ways_is_a_group(texts: tuple[str, ...], group: set[str]) -> None:
    assert any(group <= found for found in _groups(*texts))


@pytest.mark.parametrize(
    "texts",
    [
        ("写真を撮る。", "許可を取る。"),  # homophones
        ("機関に届ける。", "期間を延ばす。"),
        ("資料をお送りください。", "その本を下さい。"),  # auxiliary, main verb
        ("したがって、変更します。", "規約に従って使います。"),  # conjunction, verb
        ("ルダという名前", "彼はそう言った。"),  # という, 言う
        ("生き物を守る", "生物の授業"),  # one skeleton, two words
        ("写真を取って", "写真を取る"),  # inflection is not variation
    ],
)
def test_different_words_and_uses_are_never_one_group(texts: tuple[str, ...]) -> None:
    assert _groups(*texts) == []


def test_discover_reports_a_word_once_with_why() -> None:
    segments = [
        Segment("1", "ユーザーが取扱いを確認する。"),
        Segment("2", "ユーザが取り扱いを読む。"),
        Segment("3", "ユーザーの取り扱い。"),
    ]
    groups = discover(Document(segments))
    spellings = [{f.text for f in g.forms} for g in groups]
    assert {"取扱い", "取り扱い"} in spellings
    assert sum(1 for s in spellings if "ユーザ" in s) == 1
    word = next(g for g in groups if "取扱い" in {f.text for f in g.forms})
    assert word.suggestion == "取り扱い" and "one word to Sudachi" in word.evidence[0]


def test_a_long_text_is_read_in_pieces_with_offsets_kept() -> None:
    text = "あ" * 4100 + "取扱いに注意。" + "取り扱いを確認。" * 3
    [group] = orthographic_groups([Segment("1", text)])
    assert {text[s.first[1] : s.first[2]] for s in group.spellings} == {"取扱い", "取り扱い"}


def test_the_tuning_corpora_keep_their_figures() -> None:
    bench = Path(__file__).resolve().parents[2] / "benchmarks"
    sys.path.insert(0, str(bench))
    try:
        import discovery_corpora
    finally:
        sys.path.remove(str(bench))
    for name, recall, precision in (("manuals", 1.0, 1.0), ("legal", 0.875, 1.0)):
        gold, found, made, correct, _, merged = discovery_corpora.evaluate(name, misses=False)
        assert found / gold >= recall and correct / made >= precision and merged == 0, name
