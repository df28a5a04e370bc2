"""Line breaking for Japanese text in a fixed width.

Rich and Textual wrap at spaces, which suits English but not Japanese: a sentence without
spaces is folded anywhere, and one with a stray space (オープンAI の) breaks at the space and
hides it. Here a line may break between any two characters, except inside a run of Latin
letters and digits (OpenAI, 200,000 stays whole where it fits); spaces stay where they are.
As in Japanese typesetting (kinsoku), closing punctuation and small kana never start a line
and opening brackets never end one: the character before moves down with it instead.
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.text import Text

_UNITS = re.compile(r"[A-Za-z0-9]+|.", re.DOTALL)
NO_START = frozenset(
    "、。，．,.・：:；;？?！!‐ー～〜…‥」』）)］]｝}〕〉》】〙〗”’"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻ゝゞヽヾ"
)
NO_END = frozenset("「『（(［[｛{〔〈《【〘〖“‘")


def break_offsets(text: str, width: int) -> list[int]:
    """Offsets where lines start (after the first), for lines of at most `width` cells."""
    offsets: list[int] = []
    line: list[tuple[int, str]] = []
    used = 0

    def new_line(at: int) -> None:
        nonlocal used
        offsets.append(at)
        line.clear()
        used = 0

    for match in _UNITS.finditer(text):
        unit, start = match.group(), match.start()
        if unit == "\n":
            new_line(match.end())
            continue
        size = cell_len(unit)
        if used + size <= width:
            line.append((start, unit))
            used += size
            continue
        if size > width:
            for position, char in enumerate(unit, start):
                if used + cell_len(char) > width and line:
                    new_line(position)
                line.append((position, char))
                used += cell_len(char)
            continue
        carried: list[tuple[int, str]] = []
        kinsoku = unit[0] in NO_START or line[-1][1][-1] in NO_END if line else False
        if kinsoku and len(line) >= 2 and cell_len(line[-1][1]) + size <= width:
            carried = [line[-1]]
        if line:
            new_line(carried[0][0] if carried else start)
        for item in (*carried, (start, unit)):
            line.append(item)
            used += cell_len(item[1])
    return offsets


def fold(text: Text, width: int) -> Text:
    """`text` with line breaks inserted so no line is wider than `width` cells."""
    if width <= 0:
        return text
    offsets = break_offsets(text.plain, width)
    if not offsets:
        return text
    lines = text.divide(offsets)
    for line in lines:
        if line.plain.endswith("\n"):
            line.right_crop(1)
    folded = Text("\n").join(lines)
    folded.no_wrap = True
    folded.overflow = "ignore"
    return folded
