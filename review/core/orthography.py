"""Orthographic 表記ゆれ: one word written with other okurigana (取り扱い/取扱い, 問い合わせ/
問合せ) or in kanji and in kana (できる/出来る, 子ども/子供), found with SudachiPy.

Sudachi gives each word its dictionary form (取扱って → 取扱う: inflection is not variation)
and its normalized form, which unites the spellings of one word (取扱う and 取り扱う are both
取り扱う) and keeps homophones apart (撮る/取る, 機関/期間: a shared reading is never enough).
Words with one normalized form, one part of speech and two or more dictionary forms in one
document are a group. A verb that can be an auxiliary is told apart by its use: after を,
が, は or も it is a main verb (資料を下さい, give me), else an auxiliary (お送りください),
and the two are never one group; so are a conjunction and a verb (したがって、 and 従って),
and という and 言う (a name, and what someone says). Compounds count as themselves and as
their parts, so a short form written only inside one (プロキシサーバ) meets its other
spelling (サーバー). Words of one stem with more and fewer okurigana (取り消す, 取消し) are
a group too, when they also share their reading's start (生き物 and 生物 are not).
`review.core.discover` leaves out a group the katakana detector has already.

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

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff々〆]")
_KANJI = re.compile(r"[\u3400-\u9fff々〆]")
_HIRAGANA_CHARS = "".join(chr(c) for c in range(0x3041, 0x3097))
_CONTENT = frozenset({"名詞", "動詞", "形容詞", "副詞", "形状詞", "連体詞", "接続詞", "代名詞"})
_MAIN_VERB_AFTER = frozenset({"を", "が", "は", "も"})
_CLAUSE_START = frozenset({"", "。", "、", "！", "？", "「"})
_KANA_WORD = re.compile(r"[\u3041-\u3096]+")


@dataclass(slots=True)
class Spelling:
    """One dictionary-form spelling of a word: how often, where first, and how it is
    written in each inflection (取扱っ, 取扱い…)."""

    text: str
    count: int = 0
    first: tuple[str, int, int] = ("", 0, 0)
    surfaces: set[str] = field(default_factory=set)
    occurrences: list[tuple[str, int, int]] = field(default_factory=list)  # segment, span


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
        return dictionary.Dictionary(dict="core").tokenizer()
    except Exception:  # the package without its dictionary: no groups, as without Sudachi
        return None


def available() -> bool:
    return _tokenizer() is not None


def words(segments: Iterable[Segment]) -> dict[tuple[str, str], dict[str, Spelling]]:
    """Every content word of the targets by (normalized form, part of speech), with its
    spellings. A compound (プロキシサーバ, 問合せ先) counts as itself and as its parts."""
    tokenizer = _tokenizer()
    found: dict[tuple[str, str], dict[str, Spelling]] = {}
    if tokenizer is None:
        return found
    from sudachipy import tokenizer as sudachi

    whole = sudachi.Tokenizer.SplitMode.C
    parts, nouns = sudachi.Tokenizer.SplitMode.B, sudachi.Tokenizer.SplitMode.A
    repeats: dict[str, list[str]] = {}  # each text read once: the segments that have it
    for segment in segments:
        text = segment.target
        if _JAPANESE.search(text):
            repeats.setdefault(text, []).append(segment.id)
    for text, ids in repeats.items():
        previous = ""
        morphemes = (
            (offset, m) for offset, piece in _pieces(text) for m in tokenizer.tokenize(piece, whole)
        )
        for offset, morpheme in morphemes:
            before, previous = previous, morpheme.surface()
            # a noun compound into its shortest parts (問合せ先: 問合せ, 先), anything else
            # into words (プロキシサーバ: プロキシ, サーバ; 取り消す stays whole)
            noun = morpheme.part_of_speech()[0] == "名詞"
            split = morpheme.split(nouns if noun else parts)
            pieces = [morpheme, *split] if len(split) > 1 else [morpheme]
            for piece in pieces:
                span = (offset + piece.begin(), offset + piece.end())
                _add(found, piece, before if piece is morpheme else "", span, ids)
    return found


def _pieces(text: str, most: int = 4000) -> Iterable[tuple[int, str]]:
    """The text in pieces Sudachi takes (it refuses an input of about 49 KB), each with its
    offset, cut after a 。 or a line break where one is near."""
    offset = 0
    while len(text) - offset > most:
        window = text[offset : offset + most]
        cut = max(window.rfind("。"), window.rfind("\n")) + 1 or most
        yield offset, text[offset : offset + cut]
        offset += cut
    yield offset, text[offset:]


def _add(
    found: dict[tuple[str, str], dict[str, Spelling]],
    morpheme: Any,
    before: str,
    span: tuple[int, int],
    ids: list[str],
) -> None:
    surface = morpheme.surface()
    pos = morpheme.part_of_speech()
    if pos[0] not in _CONTENT or surface.isascii():
        return
    kind = pos[0]
    if pos[0] == "動詞" and pos[1] == "非自立可能":
        kind = "動詞(本動詞)" if before in _MAIN_VERB_AFTER else "動詞(補助)"
    elif pos[0] == "動詞" and before in _CLAUSE_START and _KANA_WORD.fullmatch(surface):
        kind = "接続詞"  # したがって、 opening a sentence: a conjunction, not 従って (obey)
    elif pos[0] == "動詞" and before == "と" and _KANA_WORD.fullmatch(surface):
        kind = "動詞(という)"  # 〜という名前 in kana, 言う for what someone says
    spelling = morpheme.dictionary_form()
    for key in ((morpheme.normalized_form(), kind), _family(spelling, morpheme.reading_form())):
        if not key[0]:
            continue
        known = found.setdefault(key, {}).get(spelling)
        if known is None:
            known = found[key][spelling] = Spelling(spelling, first=(ids[0], *span))
        known.count += len(ids)
        known.surfaces.add(surface)
        known.occurrences.extend((segment, *span) for segment in ids)


def _family(spelling: str, reading: str) -> tuple[str, str]:
    """Words of one stem written with more or fewer okurigana (取り消す, 取消し, 取り消し;
    引き渡す, 引渡し): their kanji, two of them at least, and the first two kana of their
    reading, which keeps 生き物 (イキモノ) and 生物 (セイブツ) apart."""
    kanji = "".join(_KANJI.findall(spelling))
    return (kanji, "okurigana:" + reading[:2]) if len(kanji) >= 2 else ("", "")


def orthographic_groups(segments: Iterable[Segment]) -> list[OrthographicGroup]:
    """The words of the targets spelled more than one way, most written first; a word in
    two groups (its normalized form's and its okurigana family's) is in the larger."""
    candidates = [
        OrthographicGroup(word, kind, sorted(spellings.values(), key=lambda s: (-s.count, s.first)))
        for (word, kind), spellings in words(segments).items()
        if len(spellings) > 1 and (not kind.startswith("okurigana") or len(_styles(spellings)) > 1)
    ]
    candidates.sort(key=lambda g: (-len(g.spellings), -sum(s.count for s in g.spellings), g.word))
    taken: set[str] = set()
    groups: list[OrthographicGroup] = []
    for group in candidates:
        texts = {s.text for s in group.spellings}
        if texts & taken:
            continue
        taken |= texts
        groups.append(group)
    groups.sort(key=lambda g: (-sum(s.count for s in g.spellings), g.word))
    return groups


def _styles(spellings: dict[str, Spelling]) -> set[str]:
    """The ways a group writes its word, endings aside: 取り消す and 取り消し are one way
    (取り消), 取消し another (取消)."""
    return {text.rstrip(_HIRAGANA_CHARS) or text for text in spellings}
