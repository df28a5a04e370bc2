"""Normalisation for matching, with a map from every normalised offset back to the original.

Matching runs on a normalised copy (NFKC, optionally case-folded, whitespace runs collapsed),
but findings must point at the text the reader sees. Each original "cluster" (a base character
with the combining marks that follow it, e.g. half-width ｶ + ﾞ, or a run of whitespace) is
normalised on its own, and every character it produces maps back to the whole cluster.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_HALFWIDTH_SOUND_MARKS = frozenset("\uff9e\uff9f")
_WHITESPACE_RUN = re.compile(r"\s{2,}|[^\S ]")


def _combines(ch: str) -> bool:
    return ch in _HALFWIDTH_SOUND_MARKS or unicodedata.combining(ch) != 0


def normalize(text: str, *, fold_case: bool = False) -> str:
    """The normalised form of a pattern; the same transformation NormalizedText applies."""
    return NormalizedText(text, fold_case=fold_case).text


@dataclass(frozen=True, slots=True)
class _Map:
    starts: list[int]
    ends: list[int]


class NormalizedText:
    """`text` is the normalised copy of `original`; `span()` maps offsets back."""

    __slots__ = ("_map", "original", "text")

    def __init__(self, original: str, *, fold_case: bool = False) -> None:
        self.original = original
        self._map: _Map | None
        if _is_identity(original, fold_case):
            self.text = original
            self._map = None
            return
        pieces: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        n = len(original)
        i = 0
        while i < n:
            j = i + 1
            if original[i].isspace():
                while j < n and original[j].isspace():
                    j += 1
                piece = " "
            else:
                while j < n and _combines(original[j]):
                    j += 1
                piece = unicodedata.normalize("NFKC", original[i:j])
                if fold_case:
                    piece = unicodedata.normalize("NFKC", piece.casefold())
            pieces.append(piece)
            starts.extend([i] * len(piece))
            ends.extend([j] * len(piece))
            i = j
        self.text = "".join(pieces)
        self._map = _Map(starts, ends)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets covering normalised text[start:end] (end > start)."""
        if self._map is None:
            return start, end
        return self._map.starts[start], self._map.ends[end - 1]


def _is_identity(text: str, fold_case: bool) -> bool:
    if fold_case and text != text.casefold():
        return False
    if _WHITESPACE_RUN.search(text):
        return False
    return unicodedata.is_normalized("NFKC", text)
