"""A PO string wrapped as GNU gettext wraps it (msgcat, msgmerge, Poedit): at 79 columns,
counting a wide character (kana, kanji, full-width forms) as two, breaking after a space or
beside a wide character, but not before closing punctuation, small kana or ー, nor after an
opening bracket (the line-break rules of Unicode's UAX #14 that apply to Japanese), and after
each `\\n`. polib counts characters, so it leaves a Japanese message of 60 characters, 120
columns, on one line where gettext gives it two; `wrap_style` tells which of the two a file
was written with, from the messages it has.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

PAGE = 79
# the line-break classes of UAX #14 that decide where Japanese text may break
_CLOSE = frozenset("、。，．・：；？！）］｝」』〕〉》】’”!),.:;?]}")  # CL, CP, EX, IS
_SMALL = frozenset("ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶーゝゞヽヾ々〜～゠")  # CJ, NS
_OPEN = frozenset("「『（［｛〔〈《【‘“([{")  # OP
_UNIT = re.compile(r"\\.|.", re.S)
_PORTION = re.compile(r"(?:\\.|[^\\])*?\\n|(?:\\.|[^\\])+$", re.S)


def wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def _width(unit: str) -> int:
    return 2 if len(unit) == 1 and wide(unit) else len(unit)


def _wide(unit: str) -> bool:
    return len(unit) == 1 and wide(unit)


def _may_break(units: list[str], at: int) -> bool:
    """Whether a line may break before units[at]."""
    before, after = units[at - 1], units[at]
    if after == " " or after in ("\\n", '\\"') or before == '\\"' or after in _CLOSE:
        return False  # spaces, a line's end and closing marks stay on their line
    if before == " ":
        last = next((u for u in reversed(units[:at]) if u != " "), "")
        return last not in _OPEN  # 「 and its spaces go with what follows
    if after in _SMALL or before in _OPEN:
        return False
    if after == "%" and _wide(before) and before not in _SMALL | _CLOSE:
        return False  # an ideograph and a percent sign after it stay together
    return _wide(before) or _wide(after) or before == "}"


def wrapped(keyword: str, escaped: str) -> list[str]:
    """The lines gettext writes for `keyword "escaped"` (escaped as in the file)."""
    whole = f'{keyword} "{escaped}"'
    if sum(map(_width, _UNIT.findall(whole))) <= PAGE and not re.search(r"\\n.", escaped):
        return [whole]
    lines = [f'{keyword} ""']
    for portion in _PORTION.findall(escaped):
        units = _UNIT.findall(portion)
        start = 0
        while start < len(units):
            width, end = 2, start
            while end < len(units) and width + _width(units[end]) <= PAGE:
                width += _width(units[end])
                end += 1
            if end < len(units):
                cut = next((b for b in range(end, start, -1) if _may_break(units, b)), end)
                end = max(cut, start + 1)
            lines.append('"' + "".join(units[start:end]) + '"')
            start = end
    return lines


def gettext_style(samples: Iterable[tuple[list[str], list[str], list[str]]]) -> bool:
    """Whether a file wraps wide text as gettext does rather than as polib does: given, for
    some of its messages with wide characters, the file's msgstr lines, polib's and
    gettext's, gettext's match the file's more often."""
    ours = theirs = 0
    for written, by_polib, by_gettext in samples:
        ours += by_gettext == written
        theirs += by_polib == written
    return ours > theirs
