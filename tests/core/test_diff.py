"""The character diff from MT to revision."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from review.core.diff import Tag, char_diff, deleted_spans, inserted_spans

JAPANESE = st.text(alphabet="オープンAIのルッダラジュ、。 スターゲートabc", max_size=30)


def readable(old: str, new: str) -> list[tuple[str, str, str]]:
    return [
        (op.tag.value, old[op.old_start : op.old_end], new[op.new_start : op.new_end])
        for op in char_diff(old, new)
    ]


def test_a_name_fix_reads_as_one_replacement() -> None:
    assert readable("オープンAI の共同", "OpenAIの共同") == [
        ("replace", "オープン", "Open"),
        ("equal", "AI", "AI"),
        ("delete", " ", ""),
        ("equal", "の共同", "の共同"),
    ]


def test_an_inserted_geminate_is_one_insertion() -> None:
    assert readable("ルダラジュと", "ルッダラジュと") == [
        ("equal", "ル", "ル"),
        ("insert", "", "ッ"),
        ("equal", "ダラジュと", "ダラジュと"),
    ]


def test_a_stray_shared_character_between_edits_is_folded_in() -> None:
    ops = readable("スターゲートの後ろにもいる", "Stargateも手がけている")
    assert ("equal", "も", "も") not in ops
    assert ops[-1] == ("equal", "いる", "いる")


def test_identical_and_empty_texts() -> None:
    assert char_diff("", "") == []
    assert readable("同じ", "同じ") == [("equal", "同じ", "同じ")]
    assert readable("", "新") == [("insert", "", "新")]
    assert readable("旧", "") == [("delete", "旧", "")]


@given(JAPANESE, JAPANESE)
def test_ops_cover_both_texts_and_rebuild_the_new_one(old: str, new: str) -> None:
    ops = char_diff(old, new)
    rebuilt, old_at, new_at = [], 0, 0
    for op in ops:
        assert (op.old_start, op.new_start) == (old_at, new_at)
        if op.tag is Tag.EQUAL:
            assert old[op.old_start : op.old_end] == new[op.new_start : op.new_end]
        rebuilt.append(new[op.new_start : op.new_end])
        old_at, new_at = op.old_end, op.new_end
    assert (old_at, new_at) == (len(old), len(new))
    assert "".join(rebuilt) == new
    for earlier, later in pairwise(ops):
        assert not (earlier.tag is Tag.EQUAL and later.tag is Tag.EQUAL)
        assert earlier.tag is Tag.EQUAL or later.tag is Tag.EQUAL, "edits are merged"
    kept = sum(op.old_len for op in ops if op.tag is Tag.EQUAL)
    assert kept + sum(e - s for s, e in deleted_spans(ops)) == len(old)
    assert kept + sum(e - s for s, e in inserted_spans(ops)) == len(new)
