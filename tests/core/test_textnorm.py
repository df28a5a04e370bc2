from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from review.core.textnorm import NormalizedText, normalize

JAPANESE_MIX = st.text(
    alphabet=st.sampled_from(
        list("オープンAIｵｰﾌﾟﾝＯｐｅｎＡＩルッダラジュｶﾞｷﾞ ｡、。\u3000\t\nabcXYZ①㈱ﬁß")
        + ["\u3099", "\u309a", "\u0301", "ﾞ", "ﾟ"]
    ),
    max_size=40,
)


def test_nfkc_width_and_halfwidth_voicing() -> None:
    assert normalize("ｵｰﾌﾟﾝＡＩ") == "オープンAI"
    assert normalize("ＯｐｅｎＡＩ") == "OpenAI"
    assert normalize("OpenAI", fold_case=True) == "openai"


def test_whitespace_runs_collapse_to_one_space() -> None:
    assert normalize("Yuanzhi \u3000\t Li") == "Yuanzhi Li"


def test_span_maps_halfwidth_cluster_back_to_original() -> None:
    norm = NormalizedText("xｵｰﾌﾟﾝAIの")
    start = norm.text.index("プ")
    assert norm.span(start, start + 1) == (3, 5)  # ﾌ + ﾟ
    assert norm.span(0, len(norm.text)) == (0, len("xｵｰﾌﾟﾝAIの"))


@given(JAPANESE_MIX)
def test_normalised_text_equals_whole_text_nfkc_with_spaces_collapsed(text: str) -> None:
    expected = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))
    assert NormalizedText(text).text == expected


@given(JAPANESE_MIX, st.booleans(), st.data())
def test_every_span_maps_inside_the_original_and_in_order(
    text: str, fold: bool, data: st.DataObject
) -> None:
    norm = NormalizedText(text, fold_case=fold)
    if not norm.text:
        return
    start = data.draw(st.integers(0, len(norm.text) - 1))
    end = data.draw(st.integers(start + 1, len(norm.text)))
    ostart, oend = norm.span(start, end)
    assert 0 <= ostart < oend <= len(text)
    # the original slice normalises to text that contains the normalised slice
    assert (
        norm.text[start:end] in normalize(text[ostart:oend], fold_case=fold)
        or " " in (norm.text[start:end])
    )
