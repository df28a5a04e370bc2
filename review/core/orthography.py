"""Orthographic 表記ゆれ: one word written with other okurigana (取り扱い/取扱い, 問い合わせ/
問合せ) or in kanji and in kana (できる/出来る, 子ども/子供), found with SudachiPy.

Sudachi gives each word its dictionary form (取扱って → 取扱う: inflection is not variation)
and its normalized form, which unites the spellings of one word (取扱う and 取り扱う are both
取り扱う) and keeps homophones apart (撮る/取る, 機関/期間: a shared reading is never enough).
Words with one normalized form, one part of speech and two or more dictionary forms in one
document are a group. A verb that can be an auxiliary is told apart by its use: after を,
が, は or も it is a main verb (資料を下さい, give me), else an auxiliary (お送りください),
and the two are never one group. Words written in katakana or Latin letters alone are the
katakana detector's (`review.core.discover`), so that ユーザ/ユーザー is one group, not two.

SudachiPy and its dictionary are optional: without them (`pip install sudachipy
sudachidict-core`) there are no orthographic groups.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from review.core.model import Segment

_KANA_OR_LATIN = re.compile(r"[\u30a1-\u30ff\u30fc\uff66-\uff9fA-Za-z0-9０-９Ａ-Ｚａ-ｚ・\-ー ]+")
_HAS_KANJI_OR_HIRAGANA = re.compile(r"[\u3040-\u309f\u3400-\u9fff々〆]")
_CONTENT = frozenset({"名詞", "動詞", "形容詞", "副詞", "形状詞", "連体詞", "接続詞", "代名詞"})
_MAIN_VERB_AFTER = frozenset({"を", "が", "は", "も"})


@dataclass(slots=True)
class Spelling:
    """One dictionary-form spelling of a word: how often, where first, and how it is
    written in each inflection (取扱っ, 取扱い…)."""

    text: str
    count: int = 0
    first: tuple[str, int, int] = ("", 0, 0)
    surfaces: set[str] = field(default_factory=set)


@dataclass(slots=True)
class OrthographicGroup:
    word: str  # the normalized form Sudachi gives
    part_of_speech: str
    spellings: list[Spelling]  # commonest first


@functools.lru_cache(maxsize=1)
def _tokenizer() -> Any:
    try:
        from sudachipy import dictionary
    except ImportError:
        return None
    try:
        return dictionary.Dictionary(dict="core").create()
    except Exception:  # the package without its dictionary: no groups, as without Sudachi
        return None


def available() -> bool:
    return _tokenizer() is not None


def words(segments: Iterable[Segment]) -> dict[tuple[str, str], dict[str, Spelling]]:
    """Every content word of the targets by (normalized form, part of speech), with its
    spellings."""
    tokenizer = _tokenizer()
    found: dict[tuple[str, str], dict[str, Spelling]] = {}
    if tokenizer is None:
        return found
    from sudachipy import tokenizer as sudachi

    mode = sudachi.Tokenizer.SplitMode.C
    for segment in segments:
        text = segment.target
        if not _HAS_KANJI_OR_HIRAGANA.search(text):
            continue
        previous = ""
        for morpheme in tokenizer.tokenize(text, mode):
            surface = morpheme.surface()
            pos = morpheme.part_of_speech()
            before, previous = previous, surface
            if pos[0] not in _CONTENT or _KANA_OR_LATIN.fullmatch(surface):
                continue
            kind = pos[0]
            if pos[0] == "動詞" and pos[1] == "非自立可能":
                kind = "動詞(本動詞)" if before in _MAIN_VERB_AFTER else "動詞(補助)"
            key = (morpheme.normalized_form(), kind)
            spelling = morpheme.dictionary_form()
            known = found.setdefault(key, {}).get(spelling)
            if known is None:
                start = morpheme.begin()
                known = found[key][spelling] = Spelling(
                    spelling, first=(segment.id, start, morpheme.end())
                )
            known.count += 1
            known.surfaces.add(surface)
    return found


def orthographic_groups(segments: Iterable[Segment]) -> list[OrthographicGroup]:
    """The words of the targets spelled more than one way, most written first."""
    groups = [
        OrthographicGroup(word, kind, sorted(spellings.values(), key=lambda s: (-s.count, s.first)))
        for (word, kind), spellings in words(segments).items()
        if len(spellings) > 1
    ]
    groups.sort(key=lambda g: (-sum(s.count for s in g.spellings), g.word))
    return groups
