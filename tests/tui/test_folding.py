"""Line breaking for Japanese in a fixed width, styles kept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.text import Text

from review.tui.folding import break_offsets, fold


def test_breaks_anywhere_but_inside_latin_words_and_keeps_a_stray_space() -> None:
    folded = fold(Text("あいうえおOpenAI の共同"), 12)
    assert folded.plain.split("\n") == ["あいうえお", "OpenAI の共", "同"]
    assert fold(Text("あAbcdefghijklmn"), 6).plain == "あAbcd\nefghij\nklmn"


def test_closing_punctuation_never_starts_a_line_nor_an_opening_bracket_ends_one() -> None:
    assert fold(Text("あいうえお。かき"), 10).plain == "あいうえ\nお。かき"
    assert fold(Text("あいう「えお」"), 8).plain == "あいう\n「えお」"
    assert fold(Text("あいうえっと"), 8).plain == "あいう\nえっと"


def test_styles_follow_the_text() -> None:
    text = Text("あいうえおかきくけこ")
    text.stylize("bold", 4, 6)
    folded = fold(text, 8)
    assert folded.plain == "あいうえ\nおかきく\nけこ"
    assert [(span.start, span.end) for span in folded.spans] == [(5, 7)]


@given(st.text(alphabet="あいOpenAI 12、。\nｶﾀ", max_size=60), st.integers(2, 20))
def test_no_line_is_wider_than_asked_and_nothing_is_lost(text: str, width: int) -> None:
    folded = fold(Text(text), width).plain
    assert folded.replace("\n", "") == text.replace("\n", "")
    assert all(cell_len(line) <= width for line in folded.split("\n"))
    assert all(0 < offset <= len(text) for offset in break_offsets(text, width))
