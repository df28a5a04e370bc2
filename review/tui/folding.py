"""Line breaking for Japanese text in a fixed width.

Rich and Textual wrap at spaces, which suits English but not Japanese: a sentence without
spaces is folded anywhere, and one with a stray space (オープンAI の) breaks at the space and
hides it. Here a line may break between any two characters, except inside a run of Latin
letters and digits (OpenAI, 200,000 stays whole where it fits); spaces stay where they are.
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.text import Text

_UNITS = re.compile(r"[A-Za-z0-9]+|.", re.DOTALL)


def break_offsets(text: str, width: int) -> list[int]:
    """Offsets where lines start (after the first), for lines of at most `width` cells."""
    offsets: list[int] = []
    used = 0
    for match in _UNITS.finditer(text):
        unit = match.group()
        if unit == "\n":
            offsets.append(match.end())
            used = 0
            continue
        size = cell_len(unit)
        if used + size <= width:
            used += size
            continue
        if size <= width:
            if used:
                offsets.append(match.start())
            used = size
            continue
        position = match.start()
        for char in unit:
            char_size = cell_len(char)
            if used + char_size > width and used:
                offsets.append(position)
                used = 0
            used += char_size
            position += 1
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
