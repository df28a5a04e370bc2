"""Orthographic 表記ゆれ: one word written with other okurigana (取り扱い/取扱い, 問い合わせ/
問合せ) or in kanji and in kana (できる/出来る, 子ども/子供), found with SudachiPy.

Sudachi gives each word its dictionary form (取扱って → 取扱う: inflection is not variation)
and its normalized form, which unites the spellings of one word (取扱う and 取り扱う are both
取り扱う) and keeps homophones apart (撮る/取る, 機関/期間: a shared reading is never enough).
Words with one normalized form, one part of speech and two or more dictionary forms in one
document are a group. A verb that can be an auxiliary is told apart by its use: after を,
が, は or も it is a main verb (資料を下さい, give me; 時間が過ぎる), else an auxiliary
(お送りください; 長すぎる, after an adjective's stem),
and the two are never one group; so are a conjunction and a verb (したがって、 and 従って),
and という and 言う (a name, and what someone says). Compounds count as themselves and as
their parts, so a short form written only inside one (プロキシサーバ) meets its other
spelling (サーバー). Words of one stem with more and fewer okurigana (取り消す, 取消し) are
a group too, when they also share their reading's start (生き物 and 生物 are not).
Spellings a reader would not call one word are kept apart even where Sudachi unites them
(`_one_word`): two in hiragana alone, a choice of kanji (超える/越える), a verb and its
potential (使う/使える). `review.core.discover` leaves out a group the katakana detector
has already; the variant check (`review.core.checks`) flags each spelling written otherwise
than its group's commonest, as `discover` reports them, and promoting a group to the
glossary forbids every inflected form of those spellings (`replacements`).

SudachiPy and its dictionary are optional: without them (`pip install sudachipy
sudachidict-core`) there are no orthographic groups.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from review.core.common_kanji import COMMON_KANJI
from review.core.model import Segment
from review.core.phonetics import consonants, romaji
from review.core.qa.untranslated import FUNCTION_WORDS

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff々〆]")
_KANJI = re.compile(r"[\u3400-\u9fff々〆]")
_HIRAGANA_CHARS = "".join(chr(c) for c in range(0x3041, 0x3097))
_CONTENT = frozenset(
    {"名詞", "動詞", "形容詞", "副詞", "形状詞", "連体詞", "接続詞", "代名詞", "感動詞"}
)
# one word that Sudachi tags one way or another by its place (さらに 副詞, 更に、 接続詞;
# 沢山の 形状詞, 沢山お持ち 副詞): its spellings are one word by their reading
_ADVERBIAL = frozenset({"副詞", "接続詞", "形状詞"})
_CLAUSE_START = frozenset({"", "。", "、", "！", "？", "「"})
# particles after which a noun stands as a word of its own, not a suffix of the word before
_CASE_PARTICLES = frozenset({"の", "が", "を", "に", "は", "も", "へ", "と", "や", "で"})
_KANA_WORD = re.compile(r"[\u3041-\u3096]+")
_HIRAGANA = re.compile(r"[\u3041-\u3096]")
_CONJUNCTIVE = frozenset({"従う", "因る", "依る", "拠る"})  # 従って、よって、: conjunctions
_HONORIFIC_WORD = re.compile(r"[おご御][\u3400-\u9fff]")
_KANA_PREFIX = re.compile(r"[おごオゴ]")
CLIPPED = "略語"
MIXED = "交ぜ書き"
SCRIPT = "script"
IDIOM = "動詞:慣用"  # a verb with its noun and particle (気を付ける), by the verb's reading
LONG_VOWEL = "katakana:ー"  # a loanword with its final ー or without (サーバ, サーバー)
SHORT = "okurigana:short"  # a noun whose short form the dictionary lacks (飲比べ, 飲み比べ)
_GIVING = frozenset({"頂く", "下さる"})
_HONORIFIC_AUXILIARIES = frozenset({"頂く", "下さる", "致す"})
# the particle and verb of a compound particle, as written before its て: について,
# に対して, に関して, によって, において, として, にとって, を通して, に沿って, に基づいて,
# に応じて, に伴って, にわたって, に向けて, をめぐって, をもって
_PARTICLE_VERBS = frozenset(
    [("に", verb) for verb in ("つい", "対し", "関し", "よっ", "因っ", "依っ", "おい", "於い",
                               "とっ", "沿っ", "そっ", "基づい", "応じ", "伴っ", "わたっ", "渡っ",
                               "向け", "つき", "付き")]
    + [("と", "し")]
    + [("も", verb) for verb in ("かかわら", "関わら", "拘わら", "拘ら")]  # にもかかわらず
    + [("を", verb) for verb in ("通し", "めぐっ", "巡っ", "もっ", "以っ")]
)  # fmt: skip
# auxiliaries after a verb's て even where it could end a compound particle: ついて来る,
# ついていく (follow), 前に向けてください (point it forward), 席についてください
_AFTER_TE = _GIVING | {"来る", "行く"}
_AFTER_VERBAL = _GIVING | {"致す"}
_QUOTING = frozenset({"と", "って", "そう", "こう", "ああ", "どう"})  # before いう in kana
# kana words, not spellings of 良い, 何, 後, nor of 訳, which reads ヤク too
_OWN_WORDS = frozenset({"いい", "なん", "あと", "わけ"})
# a verb's stem as a noun: 呼び出し, 取り出し, 立ち上げ
_STEM_ENDINGS = frozenset("きしちにびみりぎじげけえせべめれ")
_MORA_TAIL = frozenset("ンッャュョァィゥェォヮ")  # kana that end the sound before them
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]+")
_KATAKANA_WORD = re.compile(r"[\u30a1-\u30fa\u30fc]+")
_KATAKANA_CHAR = re.compile(r"[\u30a1-\u30f4\u30f7-\u30fa]")  # not ヵ, ヶ (か月, ヶ月)
_VOICED = str.maketrans(
    "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポ",
    "カキクケコサシスセソタチツテトハヒフヘホハヒフヘホ",
)
_VOICEABLE = frozenset(
    "カキクケコサシスセソタチツテトハヒフヘホガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポ"
)
_TO_KATAKANA = str.maketrans({chr(c): chr(c + 0x60) for c in range(0x3041, 0x3097)})
_TO_HIRAGANA = str.maketrans({chr(c + 0x60): chr(c) for c in range(0x3041, 0x3097)})
_KANJI_KANA = re.compile(r"[\u3041-\u3096\u3400-\u9fff々〆]+")
_KANJI_THEN_KANA = re.compile(r"[\u3400-\u9fff々]+[\u3041-\u3096]*")  # 埃, 匂い
_KANA_THEN_KANJI = re.compile(  # くぬぎ林, つや消し, ゴミ箱
    r"([\u3041-\u3096]{2,}|[\u30a1-\u30fa\u30fc]{2,})[\u3400-\u9fff々][\u3041-\u3096\u3400-\u9fff々]*"
)
_KANJI_THEN_KANA_WORD = re.compile(
    r"[\u3400-\u9fff々]+([\u3041-\u3096]{2,}|[\u30a1-\u30fa\u30fc]{2,})"
)  # 生ごみ
_VOWEL_KANA = frozenset("アイウエオァィゥェォャュョッンー")  # kana that carry on the mora before
_COUNTED = re.compile(r"(?:\d|%[-+ #0]*\d*l{0,2}[diu])[ \t]*\Z")  # a number just before
_GLIDED = frozenset("ィェォ")  # ウィ, ウェ, イェ: a sound of their own
_NOUN_START = re.compile(r"[\u30a1-\u30fa\u3400-\u9fffのがをはに]")  # a noun, or a case particle
_AS_NOUN = "(名詞)"  # an okurigana family's nouns: a noun of fixed spelling, a verb's stem
_VERBAL_ENDINGS = frozenset("しすさせ")  # 受付します: the noun as a verb, 受け付けます
# nouns written without okurigana by fixed usage, as the cabinet's rules for okurigana
# (送り仮名の付け方, 通則7) list them: spellings of their own, not of the verb (受け付ける)
_FIXED_NOUNS = frozenset({
    "関取", "頭取", "取締役", "取扱", "取次", "取引", "書留", "気付", "切手", "消印", "小包",
    "振替", "切符", "踏切", "請負", "売値", "買値", "仲買", "歩合", "両替", "割引", "組合",
    "手当", "売上", "貸付", "借入", "繰越", "小売", "積立", "乗換", "乗組", "引受", "引換",
    "振出", "待合", "見積", "申込", "奥書", "木立", "子守", "献立", "座敷", "試合", "字引",
    "場合", "羽織", "葉巻", "番組", "番付", "日付", "水引", "物置", "物語", "役割", "屋敷",
    "夕立", "割合", "合図", "合間", "植木", "置物", "織物", "貸家", "敷石", "敷地", "敷物",
    "立場", "建物", "並木", "巻紙", "受付", "受取", "仕立屋",
})  # fmt: skip


@dataclass(slots=True)
class Spelling:
    """One dictionary-form spelling of a word: how often, where first, and how it is
    written in each inflection (取扱っ, 取扱い…)."""

    text: str
    count: int = 0
    first: tuple[str, int, int] = ("", 0, 0)
    conjugation: str = ""  # Sudachi's conjugation type (五段-ワア行, 形容詞), if it inflects
    surfaces: set[str] = field(default_factory=set)
    occurrences: list[tuple[str, int, int]] = field(default_factory=list)  # segment, span
    segments: list[int] = field(default_factory=list)  # a word in two scripts: where, some


@dataclass(slots=True)
class OrthographicGroup:
    word: str  # the normalized form Sudachi gives
    part_of_speech: str
    spellings: list[Spelling]  # commonest first


@functools.lru_cache(maxsize=1)
def _dictionary() -> Any:
    try:
        from sudachipy import dictionary
    except ImportError:
        return None
    try:
        return dictionary.Dictionary(dict="core")
    except Exception:  # the package without its dictionary: no groups, as without Sudachi
        return None


_THREAD = threading.local()


def _tokenizer() -> Any:
    """A tokenizer of this thread's own: one may not be used by two threads at once (the
    TUI checks and discovers in threads of their own), the dictionary may."""
    tokenizer = getattr(_THREAD, "tokenizer", None)
    if tokenizer is None:
        sudachi = _dictionary()
        tokenizer = _THREAD.tokenizer = None if sudachi is None else sudachi.tokenizer()
    return tokenizer


def verbal_noun_before(text: str, end: int) -> bool:
    """Whether the word that ends at text[end] is a verbal noun (フォーマット, 保存: a noun
    that takes する), as far as the dictionary says; True where there is no dictionary."""
    tokenizer = _tokenizer()
    if tokenizer is None:
        return True
    found = tokenizer.tokenize(text[max(0, end - 12) : end])
    return bool(found) and found[-1].part_of_speech()[:3] == ("名詞", "普通名詞", "サ変可能")


def word_starts_at(text: str, start: int) -> bool:
    """Whether Sudachi reads a content word of three characters or more from text[start]
    (はじめ in UFRawははじめに: は and はじめ, no は twice; not です in 必須でです, nor がり, a
    misreading, in 広ががり); False where there is no dictionary."""
    tokenizer = _tokenizer()
    if tokenizer is None:
        return False
    offset = max(0, start - 12)
    return any(
        m.begin() + offset == start
        and m.end() - m.begin() >= 3
        and m.part_of_speech()[0] in _CONTENT
        for m in tokenizer.tokenize(text[offset : start + 12])
    )


def _katakana(ch: str) -> bool:
    return "\u30a1" <= ch <= "\u30fa" or ch == "ー"


@functools.lru_cache(maxsize=4096)
def known_words(run: str) -> tuple[tuple[int, int], ...]:
    """The spans of the words of the dictionary in a katakana run, at the finest split (an
    unknown run, a name, is one out-of-vocabulary token: no span)."""
    from sudachipy import tokenizer as modes

    tokenizer = _tokenizer()
    found = tokenizer.tokenize(run, modes.Tokenizer.SplitMode.A)
    return tuple((m.begin(), m.end()) for m in found if not m.is_oov())


_REMAINDER = 3  # kana of a cut word outside a match that make it a word of its own


def inside_katakana_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], with katakana beside it, is part of a longer katakana word
    of the dictionary, as Sudachi's finest split reads the katakana run: inside one (スラック
    in スラックス, サーバ in サーバント), or cutting one that goes on for three kana or more
    (スターゲート in スターゲートウェイ). Not a word of a compound (スターゲート in
    スターゲートプロジェクト, ユーザ in ユーザアカウント), a name the dictionary does not know run
    into another word (ルダラジュ in ルダラジュチーム), nor a misspelling it misreads
    (アップストリ in アップストリムブランチ, read アップス・トリム). False where there is no
    dictionary. A run it reads as one unknown word is read again from the match
    (フィルタ in バイリニアフィルタリング begins フィルタリング)."""
    before = start > 0 and _katakana(text[start - 1]) and _katakana(text[start])
    after = end < len(text) and _katakana(text[end]) and _katakana(text[end - 1])
    if not (before or after) or _tokenizer() is None:
        return False
    left, right = start, end
    while left > 0 and _katakana(text[left - 1]):
        left -= 1
    while right < len(text) and _katakana(text[right]):
        right += 1
    first, last = start - left, end - left
    for a, b in known_words(text[left:right]):
        if a <= first and last <= b and b - a > last - first:  # inside a longer word: スラックス
            return True
        # a word the match cuts, most of it outside: ゲートウェイ; not トリム in アップストリム,
        # a misspelled アップストリーム misread, whose cut leaves one kana outside
        if (a < first < b and first - a >= _REMAINDER) or (a < last < b and b - last >= _REMAINDER):
            return True
    # a run the dictionary reads as one unknown word (バイリニアフィルタリング), read again from
    # the match: the word it begins (フィルタリング)
    return first > 0 and any(
        a == 0 and b > end - start for a, b in known_words(text[start:right])[:1]
    )


def available() -> bool:
    return _tokenizer() is not None


@functools.lru_cache(maxsize=4096)
def everyday_word(text: str) -> bool:
    """Whether `text` is one common noun of the dictionary (ポート, デフォルト, ページ: an
    everyday loanword), not a name, known (グーグル) or not (ルッダラジュ), nor a compound
    (スターゲート)."""
    tokenizer = _tokenizer()
    if tokenizer is None:
        return False
    from sudachipy import tokenizer as modes

    found = tokenizer.tokenize(text, modes.Tokenizer.SplitMode.C)
    if len(found) != 1 or found[0].is_oov():
        return False
    return found[0].part_of_speech()[1] in ("普通名詞", "数詞")


@functools.lru_cache(maxsize=1 << 16)
def dictionary_spelling(word: str) -> str:
    """The spelling the dictionary gives a katakana word it reads as one common noun (ウエブ:
    ウェブ, メーン: メイン, アクセサリ: アクセサリー), which names its entry: two spellings
    with one are one word (シリコン and シリコーン, ボウル and ボール have two); "" for any
    other word."""
    if len(word) > _LONGEST_WORD or not _KATAKANA_WORD.fullmatch(word):
        return ""  # ーーー… drawn as a line, which Sudachi may refuse to read
    noun = _common_noun(word)
    return "" if noun is None else str(noun.normalized_form())


@functools.lru_cache(maxsize=1 << 14)
def loanword(latin: str) -> str:
    """The katakana spelling the dictionary gives a word written in Latin letters that it
    reads as one common noun (FAX: ファックス, Web: ウェブ, MIDI: ミディ): one loanword
    written two ways; "" for any other word, a name (LINE, Google) or an acronym read letter
    by letter (PDF) among them."""
    noun = _common_noun(latin) if _LATIN_NAME.fullmatch(latin) else None
    normalized = "" if noun is None else str(noun.normalized_form())
    return normalized if _KATAKANA_WORD.fullmatch(normalized) else ""


def _common_noun(word: str) -> Any:
    """The morpheme of the one common noun of the dictionary that `word` is, or None."""
    tokenizer = _tokenizer()
    if tokenizer is None:
        return None
    from sudachipy import tokenizer as modes

    found = tokenizer.tokenize(word, modes.Tokenizer.SplitMode.C)
    if len(found) != 1 or found[0].is_oov() or found[0].part_of_speech()[1] != "普通名詞":
        return None
    return found[0]


def read_as_words(run: str) -> bool:
    """Whether the dictionary reads a katakana run as its words, end to end (ストーン,
    コアビット), with nothing unknown in it."""
    spans = known_words(run)
    return (
        bool(spans)
        and spans[0][0] == 0
        and spans[-1][1] == len(run)
        and all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    )


_LONGEST_WORD = 64  # a katakana run longer is no word (ーーー… drawn as a line)
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9]")


@functools.lru_cache(maxsize=1 << 16)
def _names(word: str) -> tuple[tuple[str, str], ...]:
    """The words Sudachi reads in a katakana word (mode A), each with the name the dictionary
    writes it as in Latin letters, or ""."""
    tokenizer = _tokenizer()
    if tokenizer is None or len(word) > _LONGEST_WORD:
        return ()
    from sudachipy import tokenizer as modes

    return tuple(
        (
            m.surface(),
            m.normalized_form()
            if not m.is_oov()
            and m.part_of_speech()[1] == "固有名詞"
            and _LATIN_NAME.fullmatch(m.normalized_form())
            else "",
        )
        for m in tokenizer.tokenize(word, modes.Tokenizer.SplitMode.A)
    )


def dictionary_words_apart(a: str, b: str) -> bool:
    """Whether two katakana spellings differ in words of the dictionary, each an everyday
    word in both spellings (プライス and プライズ, in プライスリスト and プライズリスト): two
    words, not one spelled two ways."""
    words_a, words_b = [w for w, _ in _names(a)], [w for w, _ in _names(b)]
    differing = [(x, y) for x, y in zip(words_a, words_b, strict=False) if x != y]
    return (
        len(words_a) == len(words_b)
        and bool(differing)
        and all(everyday_word(x) and everyday_word(y) for x, y in differing)
    )


@functools.lru_cache(maxsize=4096)
def name_read_as(word: str) -> str:
    """The reading the dictionary gives a name it holds as written in Latin letters (LINE:
    ライン, NASA: ナサ), or ""."""
    dictionary = _dictionary()
    entries = dictionary.lookup(word) if dictionary is not None else ()
    readings = {
        e.reading_form()
        for e in entries
        if e.part_of_speech()[1] == "固有名詞" and e.normalized_form() == word
    }
    return readings.pop() if len(readings) == 1 else ""


def latin_name(word: str) -> str:
    """The name the dictionary writes a katakana word as in Latin letters (ワイファイ: Wi-Fi,
    グーグル: Google), or ""."""
    read = _names(word) if len(word) >= 3 else ()
    return read[0][1] if len(read) == 1 else ""


def latin_head(word: str) -> int:
    """How long the katakana name is that begins a katakana compound, where the dictionary
    writes that name in Latin letters (ワイファイ in ワイファイダイレクト: Wi-Fi; グーグル in
    グーグルアカウント: Google); 0 for any other word."""
    read = _names(word) if len(word) >= 5 else ()
    return len(read[0][0]) if len(read) > 1 and read[0][1] else 0


def words(
    segments: Iterable[Segment], *, keep: bool = True, first: int = 0
) -> dict[tuple[str, str], dict[str, Spelling]]:
    """Every content word of the targets by (normalized form, part of speech), with its
    spellings. A compound (プロキシサーバ, 問合せ先) counts as itself and as its parts.
    `keep`: every occurrence too (`discover`, for the reviewer to see them); the variant
    check does without, and finds the spellings it flags again in each segment. A word
    keyed by its reading, in two scripts, or written in hiragana keeps the ordinals of some
    of its segments (the first of which is the document's `first`), whose sources
    `groups_of` compares.

    Sudachi reads each run of kana and kanji once however often it is written (most are
    written many times); Latin, digits, spaces and punctuation, which no word of these
    groups spans, it never reads."""
    found: dict[tuple[str, str], dict[str, Spelling]] = {}
    if _tokenizer() is None:
        return found
    places: dict[tuple[str, str], list[tuple[str, int, int]]] = {}  # a run: where written
    for ordinal, segment in enumerate(segments, start=first):
        for offset, run, after in _runs(segment.target):
            places.setdefault((run, after), []).append((segment.id, offset, ordinal))
    for (run, after), where in places.items():
        for keys, spelling, surface, (start, end), conjugation in _read_again(run, after):
            first_id, offset, _ = where[0]
            in_kana = _KANA_WORD.fullmatch(spelling) is not None
            for key in keys:
                known = found.setdefault(key, {}).get(spelling)
                if known is None:
                    at = (first_id, offset + start, offset + end)
                    known = Spelling(spelling, first=at, conjugation=conjugation)
                    found[key][spelling] = known
                known.count += len(where)
                known.surfaces.add(surface)
                if keep:
                    known.occurrences.extend((s, o + start, o + end) for s, o, _ in where)
                if in_kana or key[1].endswith(SCRIPT):
                    _sample(known.segments, (ordinal for _, _, ordinal in where))
    return found


_SAMPLED = 16  # segments kept of a word in two scripts, whose sources tell what it renders


def _sample(kept: list[int], ordinals: Iterable[int]) -> None:
    for ordinal in ordinals:
        if len(kept) >= _SAMPLED:
            return
        if ordinal not in kept:
            kept.append(ordinal)


def add_words(
    merged: dict[tuple[str, str], dict[str, Spelling]],
    part: dict[tuple[str, str], dict[str, Spelling]],
) -> dict[tuple[str, str], dict[str, Spelling]]:
    """`merged` with the words of a later run of segments added, in place."""
    for key, spellings in part.items():
        mine = merged.setdefault(key, {})
        for text, spelling in spellings.items():
            known = mine.get(text)
            if known is None:
                mine[text] = spelling
                continue
            known.count += spelling.count
            known.surfaces |= spelling.surfaces
            known.occurrences.extend(spelling.occurrences)
            _sample(known.segments, spelling.segments)
    return merged


Reading = tuple[tuple[tuple[str, str], ...], str, str, tuple[int, int], str]
"""A content word as Sudachi reads it: the keys of the groups it may be in, its dictionary
form, its surface, its span in the text and its conjugation type ("" if it has none)."""


# runs of two characters at least, and a kanji alone opening a sentence before its comma
# (尚、 beside なお、)
_RUN = re.compile(
    r"(?:(?<![A-Za-z0-9])[A-Z](?=[\u3400-\u9fff]))?"  # a letter a kanji word begins with: X線
    r"[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe\u3400-\u9fff々〆]{2,}"
    r"|(?<![^\s。！？」])[\u3400-\u9fff](?=[、，])"
)
_BOUNDARY = frozenset(" \t\n\u3000。、．，！？!?「」『』（）()【】［］[]・：:；;…―\"'“”‘’")


def read(text: str, wanted: Callable[[str], bool] | None = None) -> Iterator[Reading]:
    """The content words of `text`: each word, and a compound's parts too; `wanted`: only
    in the runs of kana and kanji it says yes to. A run is read once, however often asked."""
    for offset, run, after in _runs(text):
        if wanted is None or wanted(run):
            for keys, spelling, surface, (start, end), conjugation in _read_again(run, after):
                yield keys, spelling, surface, (offset + start, offset + end), conjugation


@functools.lru_cache(maxsize=1 << 15)
def _read_again(run: str, after: str) -> tuple[Reading, ...]:
    """What Sudachi reads in a run, kept for the findings, which read again the runs that
    hold a spelling to flag (in the process that counted them, or in a worker)."""
    return _without_doubling(run, tuple(_read_run(run, after)))


_INFLECTING = ("動詞", "形容詞", "助動詞")


def _without_doubling(run: str, readings: tuple[Reading, ...]) -> tuple[Reading, ...]:
    """Less a word written twice in a row, in kanji and then in kana (一人ひとり, お一人
    おひとり, 一言ひとこと): one expression, "each one", that is written so on purpose."""
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (keys, *_rest) in enumerate(readings):
        for key in keys:
            if not key[1].startswith(_INFLECTING):  # 出来るできる: a word typed twice
                by_key[key].append(i)
    doubled: set[int] = set()
    for indices in by_key.values():
        for i, j in itertools.pairwise(indices):
            first, second = readings[i], readings[j]
            end, start = first[3][1], second[3][0]
            if first[1] != second[1] and start >= end and run[end:start] in ("", "お", "ご"):
                doubled.update((i, j))
    return tuple(r for i, r in enumerate(readings) if i not in doubled)


_GLOSSED = re.compile(r"([\u3400-\u9fff々]+)[（(]([\u3041-\u3096\u30a1-\u30faー]+)[）)]")
_RUBY_TEXT = re.compile(r"<(rt|rp)>[^<]*</\1>", re.IGNORECASE)


def without_glosses(text: str) -> str:
    """`text` with its readings given for learners blanked (NULs, the same length): a ruby's
    text (<rt>にほん</rt>), and a word in kanji with its reading in brackets after it
    (平仮名（ひらがな）), the word too: a writer who gives both writes each on purpose."""
    if "<r" in text or "<R" in text:
        text = _RUBY_TEXT.sub(lambda m: "\0" * len(m.group()), text)
    if "（" in text or "(" in text:
        text = _GLOSSED.sub(_blank_gloss, text)
    return text


def _blank_gloss(match: re.Match[str]) -> str:
    kanji, reading = match.group(1), match.group(2).translate(_TO_KATAKANA)
    tokenizer = _tokenizer()
    if tokenizer is None:
        return match.group()
    for start in range(len(kanji)):
        word = kanji[start:]
        if "".join(m.reading_form() for m in tokenizer.tokenize(word)) == reading:
            return kanji[:start] + "\0" * (len(match.group()) - start)
    return match.group()


def _runs(text: str) -> Iterator[tuple[int, str, str]]:
    """The runs of kana and kanji of `text`, each with its offset and what it follows where
    that is part of a word (Latin, digits: PDFを下さい), else "", and after that the sentence
    mark that follows the run, if one does (`_morphemes` reads a run's last word with it)."""
    text = without_glosses(text)
    for match in _RUN.finditer(text):
        start = match.start()
        after = text[start - 1] if start and text[start - 1] not in _BOUNDARY else ""
        if _COUNTED.search(text, max(0, start - 64), start):  # what ends just before
            after = "0"  # 3 通, %ld 通: a number, spaced or a placeholder, before a counter
        mark = text[match.end() : match.end() + 1]
        yield start, match.group(), after + _MARK_SEPARATOR + (mark if mark in _ENDS else "")


_ALL_HIRAGANA = re.compile(r"[\u3041-\u3096]+")
_MARK_SEPARATOR = "\x00"  # between what a run follows and the sentence mark after it
_ENDS = frozenset("、。，．")


def _read_run(text: str, around: str) -> Iterator[Reading]:
    tokenizer = _tokenizer()
    if tokenizer is None:
        return
    from sudachipy import tokenizer as sudachi

    after, _, mark = around.partition(_MARK_SEPARATOR)

    whole = sudachi.Tokenizer.SplitMode.C
    parts, nouns = sudachi.Tokenizer.SplitMode.B, sudachi.Tokenizer.SplitMode.A
    previous, verb, linked, linked_before = after, False, False, False
    previous_pos = previous_form = ""
    adjectival = False
    particled = particle_te = as_te = said_as = False
    prefix = honorific = verbal = person = upon = conditional = False
    counted = after.isdigit()  # a number just before the run: 1セット
    held: tuple[int, Any] | None = None  # お, ご or 御 just read: with the noun it honours
    stem: tuple[int, Any] | None = None  # 押 (押し) just read: with the noun after it
    named: tuple[int, Any] | None = None  # a noun just read: with the suffix after it
    shortened: tuple[int, Any] | None = None  # a short form's start: 飲 of 飲比べ, 打 of 打起し
    verbed: tuple[int, Any] | None = None  # a verb just read: with the adjective after it
    worded: tuple[int, Any] | None = None  # a noun or a stem: with the kana or kanji after it
    morphemes = list(_morphemes(tokenizer, text, mark, whole))
    for index, (offset, morpheme) in enumerate(morphemes):
        surface = morpheme.surface()
        pos = morpheme.part_of_speech()
        if held is not None and (
            pos[0] == "名詞"
            or (pos[0] == "動詞" and (_KANA.fullmatch(surface) or pos[5].startswith("連用形")))
        ):
            yield _honoured(*held, offset, morpheme)  # お返事; おすすめ, お詫び (a verb's stem)
        if named is not None and pos[0] == "接尾辞" and not surface.isascii():
            yield _suffixed(*named, offset, morpheme)
        if verbed is not None and pos[:2] == ("接尾辞", "形容詞的"):
            yield _verb_suffixed(*verbed, offset, morpheme)
        if (
            verbed is not None
            and pos[0] == "名詞"
            and (joined := _joined(*verbed, offset, morpheme))
        ):
            yield joined
        if worded is not None and (apart := _written_apart(*worded, offset, morpheme)):
            yield apart
        if worded is not None and (numbered := _numbered(*worded, offset, morpheme)):
            yield numbered
        if stem is not None and pos[0] == "名詞" and _KANJI.match(surface):
            yield _unstemmed(*stem, offset, morpheme)
        if shortened is not None and (short := _short_form(*shortened, offset, morpheme)):
            yield short
        if named is not None and (long := _long_form(*named, offset, morpheme)):
            yield long
        named = (offset, morpheme) if pos[0] in ("名詞", "代名詞") else None
        # or a kanji the dictionary reads as a prefix or a verb (打 of 打起し, 使 of 使捨て)
        in_kanji = pos[0] in ("接頭辞", "動詞") and _KANJI.fullmatch(surface) is not None
        shortened = (offset, morpheme) if named or in_kanji else None
        verbed = (offset, morpheme) if pos[0] == "動詞" else None
        worded = (offset, morpheme) if _part_of_a_word(pos) else None
        stem = (offset, morpheme) if pos[0] == "名詞" and _okurigana_dropped(morpheme) else None
        held = (
            (offset, morpheme)
            if pos[0] == "接頭辞" and morpheme.normalized_form() == "御"
            else None
        )
        before, after_person, before_pos = previous, person, previous_pos
        before_form = previous_form
        # an auxiliary follows a verb's stem, a conjunctive particle (て, で, ば, ても:
        # 送ってください, 見てみる, …ばよい) or お/ご and a word (お待ちください, ご返送
        # ください); a main verb or adjective does not (資料を下さい, 画面を見る, 確認できる,
        # お電話でも出来ます, where で is a case particle)
        auxiliary = (
            verb
            or adjectival
            or (
                linked
                and not (particle_te and morpheme.normalized_form() not in _AFTER_TE)
                and not (as_te and morpheme.normalized_form() == "頂く")
            )
            or (before == "も" and linked_before)
            or honorific
        ) and not (conditional and morpheme.normalized_form() != "良い")
        # いただく, くださる after a verbal noun: 応援いただき, 連絡下さい (応援していただき);
        # いたす there is する's humble form (感謝いたします, as お願い致します), no main verb
        auxiliary = auxiliary or (verbal and morpheme.normalized_form() in _AFTER_VERBAL)
        # 上 or うえ after an act and の, or after a verb's た or its plain form, is "upon" or
        # "in doing" (確認の上, お申し出のうえ, 確認したうえで, 推定するうえで), no place (棚の上)
        on_act, upon = (
            upon,
            (surface == "の" and (verbal or honorific))
            or (surface == "た" and pos[0] == "助動詞")
            or (pos[0] == "動詞" and pos[5].startswith("連体形")),  # 推定するうえで
        )
        # not one counted (1セット下さい: one set, a thing; 下さい is the main verb)
        verbal = pos[:3] == ("名詞", "普通名詞", "サ変可能") and not counted
        counted = pos[1] == "数詞"
        # んで that Sudachi takes for a conjunction (そのままのんでください: の, んで) is a
        # verb's て-form all the same
        linked_before = linked
        linked = pos[1] == "接続助詞" or (pos[0] == "接続詞" and surface == "んで")
        # after a condition a verb is a main verb (あったら下さい, あれば下さい: give me if
        # you have), save よい (…ばよい, …たらいい: an auxiliary)
        conditional = pos[5].startswith("仮定形") or (conditional and surface == "ば")
        # について, として, によって end in a particle's て, not a verb's, so the verb after
        # them is a main verb (企業について見る; but ついて来る, follow, is ついて and 来る)
        particle_te = linked and particled
        # 頂く after として is the main verb: 手数料として頂きます, receive as a fee (but
        # 初期値としてください, make it the initial value, is する's て and ください)
        as_te = particle_te and said_as
        particled = pos[0] == "動詞" and (before, surface) in _PARTICLE_VERBS
        said_as = particled and (before, surface) == ("と", "し")
        # ご利用 that Sudachi reads as one word is お/ご and a word all the same
        honorific = prefix or (pos[0] == "名詞" and bool(_HONORIFIC_WORD.match(surface)))
        prefix = pos[0] == "接頭辞"
        person = pos[0] == "代名詞" or surface == "奴"  # 貴様等, 奴等: ら, not など
        # a verb's auxiliary after it (知ら, せ) ends the verb: お知らせください
        previous, verb = surface, pos[0] == "動詞" or (pos[0] == "助動詞" and verb)
        previous_pos, previous_form = pos[0], pos[5]
        # an adjective's stem or an adjectival noun before it: 短すぎる, 静かすぎる, 論争的すぎる
        # (too short, too quiet, too argumentative), where 過ぎる after が is a main verb
        # (時間が過ぎる, time passes)
        adjectival = (
            (pos[0] == "形容詞" and pos[5].startswith("語幹"))
            or pos[0] == "形状詞"
            or pos[:2] == ("接尾辞", "形状詞的")
        )
        span = (offset + morpheme.begin(), offset + morpheme.end())
        following = text[span[1] : span[1] + 1]
        if said := _said_alike(morpheme, pos, before, following, after_person, on_act):
            key, written = said
            yield (key,), written, written, (span[1] - len(written), span[1]), ""
            continue
        if surface == "方" and following != "が":
            continue  # 会員の方, 使い方, 東の方: かた or ほう, which Sudachi reads ホウ alike; but
            # 変更する方が簡単, the comparative, is ほう
        if surface == "事" and _HAPPENS.match(text, span[1]):
            # 火災のような事が起きて: a matter, an incident, written in kanji: not the formal noun
            yield (("事", "名詞:事柄"),), surface, surface, span, ""
            continue
        if surface in ("事", "こと", "物", "もの") and before_form.startswith("連体形"):
            # 使用する事, 保つこと, 掲載するもの: the formal noun after a clause, in kanji or in
            # kana; not the thing (被写体の物や人, round 129)
            formal = "こと" if surface in ("事", "こと") else "もの"
            yield ((formal, "形式名詞"),), surface, surface, span, ""
            continue
        if particled:  # a compound particle's verb (にとって's とっ) is no spelling of 取る,
            # but the particle's own (に沿って, にそって)
            yield ((before + morpheme.reading_form(), "複合助詞"),), surface, surface, span, ""
            continue
        if pos[0] not in _CONTENT or surface.isascii():
            continue
        if (idiom := _idiom(morphemes, index)) is not None:
            yield idiom
        if (lettered := _letter_word(morphemes, index)) is not None:
            yield lettered
        if surface == "時" and (
            before_pos == "名詞" or (before_pos == "動詞" and before_form.startswith("連用形"))
        ):
            continue  # 終了時, 支払い時: a suffix read ジ after a noun or a verb's stem
        stem_alone = pos[0] == "形容詞" and pos[5].startswith("語幹")
        if stem_alone and _kana_before_kanji(surface, following):
            continue  # こま板, なが袖: a compound's first half, not the adjective (細い, 長い)
        if morpheme.is_oov() and _KATAKANA_WORD.fullmatch(surface):
            for start, clipped in _clipped_parts(surface):
                span = (
                    offset + morpheme.begin() + start,
                    offset + morpheme.begin() + start + len(clipped),
                )
                yield ((clipped, LONG_VOWEL),), clipped, clipped, span, ""
        # a noun compound into its shortest parts (問合せ先: 問合せ, 先), anything else
        # into words (取り消す stays whole)
        bound = not (
            before in _CLAUSE_START
            or before in _CASE_PARTICLES
            or before_pos in ("連体詞", "接頭辞")  # その頃, お詫び
        )
        alone = not before and (offset + morpheme.begin(), offset + morpheme.end()) == (
            0,
            len(text),
        )  # 是非、: a word that is a run of its own
        if (kana_part := _kana_part(morpheme, pos)) is not None:
            at, kana = kana_part
            part = (offset + morpheme.begin() + at, offset + morpheme.begin() + at + len(kana))
            yield ((kana.translate(_TO_KATAKANA), SCRIPT),), kana, kana, part, ""
        pieces = [(morpheme, pos, before, auxiliary, bound)]
        if len(surface) > 2:
            split = morpheme.split(nouns if pos[0] == "名詞" else parts)
            # おすすめ, オススメ: お and a word, not the word すすめ written twice (but 再読込:
            # 再 and 読込)
            if len(split) > 1 and not (len(split) == 2 and split[0].normalized_form() == "御"):
                pieces.extend(
                    (piece, piece.part_of_speech(), "", False, bound or i > 0)
                    for i, piece in enumerate(split)
                )
                # a word of two verbs that the finest split cuts (立ち入り of 立ち入り禁止:
                # 立ち, 入り), as the middle split reads it, beside 立入り on its own
                cut = {piece.surface() for piece in split}
                pieces.extend(
                    (piece, piece.part_of_speech(), "", False, bound or piece.begin() > 0)
                    for piece in morpheme.split(parts)
                    if piece.surface() not in cut
                    and (
                        piece.part_of_speech()[0] == "名詞"
                        or piece.part_of_speech()[5].startswith("連用形")
                    )
                    and _KANJI_KANA.fullmatch(piece.surface())
                    and _HIRAGANA.search(piece.surface())
                    and _KANJI.search(piece.surface())
                )
        for piece, piece_pos, piece_before, piece_auxiliary, piece_bound in pieces:
            span = (offset + piece.begin(), offset + piece.end())
            if piece is not morpheme and (
                _agent(piece, text[span[1] : span[1] + 1])
                or (piece.surface() == "時" and piece_bound)  # ログイン時: read ジ
            ):
                continue
            chained = any(
                0 <= i < len(text) and _KATAKANA_WORD.fullmatch(text[i]) is not None
                for i in (span[0] - 1, span[1])
            )
            noun = _noun(piece, text, span)
            keys = _keys(
                piece,
                piece_pos,
                piece_before,
                piece_auxiliary,
                chained,
                noun,
                bound=piece_bound,
                alone=alone and piece is morpheme,
            )
            if surface == "もの" and before_form.startswith("連体形"):
                keys = tuple(k for k in keys if k[1] != SCRIPT)  # 許諾したもの: no モノ
            if noun == "stem":  # the stem as a noun is spelled as written (見きわめの)
                as_noun = tuple(k for k in keys if k[1] == MIXED or k[1].endswith(_AS_NOUN))
                keys = tuple(k for k in keys if k not in as_noun)
                if as_noun:
                    yield as_noun, piece.surface(), piece.surface(), span, ""
            if (
                keys
                and chained
                and piece_pos[1] == "固有名詞"
                and _KATAKANA_WORD.fullmatch(piece.surface())
            ):
                yield _as_run(text, span, keys)
            okurigana = tuple(k for k in keys if k[1].startswith(_BY_OKURIGANA))
            if okurigana and _okurigana_bearing(piece):
                compound = _compound_around(morphemes, index)
                if compound[0] < span[0] or compound[1] > span[1]:
                    # the compound too, where its spellings are written only there: a
                    # compound may drop okurigana its word keeps (通行止 of 止め)
                    yield _within(text, span, compound, okurigana, _IN_COMPOUND)
            if keys:
                spelling, conjugation = _unpotential(piece, piece_pos)
                yield keys, spelling, piece.surface(), span, conjugation
            if piece is morpheme and (stem_noun := _stem_as_noun(morpheme, pos, text, span[1]))[0]:
                yield (stem_noun,), surface, surface, span, ""


_NOUN_AFTER = re.compile(r"[がを]|[はも](?!し[なま])")  # よごれが, よごれは; not よごれはしない


def _stem_as_noun(morpheme: Any, pos: tuple[str, ...], text: str, end: int) -> tuple[str, str]:
    """The key of the noun a verb's stem in kana is, before が, を, は or も (たまったよごれは:
    the noun 汚れ, which Sudachi read as the verb 汚れる), where the dictionary holds that
    spelling as one common noun; else none."""
    surface = morpheme.surface()
    if (
        pos[0] != "動詞"
        or not pos[5].startswith("連用形")
        or len(surface) < 3
        or not _KANA_WORD.fullmatch(surface)
        or not _NOUN_AFTER.match(text, end)
    ):
        return ("", "")
    noun = _common_noun_key(surface)
    return noun if noun[0] else _stem_noun(morpheme, pos)


_I_ROW = str.maketrans("うくぐすつぬぶむる", "いきぎしちにびみり")


def _stem_noun(morpheme: Any, pos: tuple[str, ...]) -> tuple[str, str]:
    """The noun a verb's stem makes, keyed as `_keys` keys that noun (its normalized form
    and reading): ほてりも, read as 火照る, is the noun 火照り, which the dictionary holds in
    kanji alone."""
    normalized = morpheme.normalized_form()
    if "一段" in pos[4]:
        stem = normalized[:-1]
    elif pos[4].startswith("五段"):
        stem = normalized[:-1] + normalized[-1].translate(_I_ROW)
    else:
        return ("", "")
    return (stem, f"名詞:{morpheme.reading_form()}")


@functools.lru_cache(maxsize=4096)
def _common_noun_key(surface: str) -> tuple[str, str]:
    dictionary = _dictionary()
    entries = dictionary.lookup(surface) if dictionary is not None else ()
    nouns = {
        (e.normalized_form(), f"名詞:{e.reading_form()}")
        for e in entries
        if e.part_of_speech()[:2] == ("名詞", "普通名詞")
    }
    return nouns.pop() if len(nouns) == 1 else ("", "")


def _as_run(text: str, span: tuple[int, int], keys: tuple[tuple[str, str], ...]) -> Reading:
    """A name's katakana run into more katakana, read as the whole run too (ベルグ in
    ベルグハイム: ベルグハイム, keyed ベルクハイム), which is the word that varies where the name
    is never written alone (`_at_their_width`)."""
    left, right = span
    while left > 0 and _katakana(text[left - 1]):
        left -= 1
    while right < len(text) and _katakana(text[right]):
        right += 1
    return _within(text, span, (left, right), keys, _WITH_NAME)


def _within(
    text: str,
    span: tuple[int, int],
    whole: tuple[int, int],
    keys: tuple[tuple[str, str], ...],
    marker: str,
) -> Reading:
    """A word read as the whole it is written in (`whole`, a span around `span`), keyed by
    the whole with the word's key in it and, after `marker`, the word's key."""
    before, after = text[whole[0] : span[0]], text[span[1] : whole[1]]
    run = text[whole[0] : whole[1]]
    keys = tuple((before + key + after, f"{kind}{marker}{key}") for key, kind in keys)
    return keys, run, run, whole, ""


_WITH_NAME = ", with the name "
_IN_COMPOUND = ", in the compound "
_BY_OKURIGANA = ("okurigana", "名詞:")  # a family's key, or a noun's normalized form's
_JOINS_BEFORE = frozenset({"名詞", "接頭辞"})
_JOINS_AFTER = frozenset({"名詞", "接尾辞"})
_KANA_BETWEEN = re.compile(r"[\u3400-\u9fff]+[\u3041-\u3096]+[\u3400-\u9fff]")


def _okurigana_bearing(piece: Any) -> bool:
    """Whether a word in kanji is written with okurigana or without its dictionary's (止め,
    止): a word whose okurigana may vary. Not a word of two verbs (問い合わせ, 引き落とし),
    a word of its own in the compounds it makes (問い合わせフォーム)."""
    surface, normalized = piece.surface(), piece.normalized_form()
    kanji = _KANJI.findall(surface)
    return (
        bool(kanji)
        and kanji == _KANJI.findall(normalized)  # not 雨よけ (雨除け): kanji against kana
        and (bool(_HIRAGANA.search(surface)) or _okurigana_dropped(piece))
        and _KANA_BETWEEN.search(normalized) is None
    )


def _compound_around(morphemes: list[tuple[int, Any]], index: int) -> tuple[int, int]:
    """The span of the compound noun a word is written in (通行止め of 通行 and 止め; 草刈り機;
    取り出し口): the nouns, prefixes and suffixes around it, none of them in hiragana alone."""
    pos = morphemes[index][1].part_of_speech()
    first = last = index
    if pos[0] == "名詞" or (pos[0] == "動詞" and pos[5].startswith("連用形")):
        while first > 0 and _joins(morphemes[first - 1][1], _JOINS_BEFORE):
            first -= 1
        while last + 1 < len(morphemes) and _joins(morphemes[last + 1][1], _JOINS_AFTER):
            last += 1
    (start, opening), (end, closing) = morphemes[first], morphemes[last]
    return start + opening.begin(), end + closing.end()


def _joins(morpheme: Any, parts: frozenset[str]) -> bool:
    pos = morpheme.part_of_speech()
    return pos[0] in parts and pos[1] != "数詞" and _KANA_WORD.fullmatch(morpheme.surface()) is None


def _at_their_width(
    found: dict[tuple[str, str], dict[str, Spelling]],
) -> dict[tuple[str, str], dict[str, Spelling]]:
    """The words less either a name's part written only inside its runs (ベルク, ベルグ only in
    ベルクハイム, ベルグハイム) or those runs, where the name is written alone too (バレンタイン
    beside バレンタインブーケ): each told at the width of what varies. So for a word whose
    okurigana may vary and its compounds (止め in 通行止め, 通行止; `_IN_COMPOUND`)."""
    kept = dict(found)
    for key, spellings in found.items():
        marker = next((m for m in (_WITH_NAME, _IN_COMPOUND) if m in key[1]), "")
        if not marker:
            continue
        part_kind, part = key[1].rsplit(marker, 1)
        alone = found.get((part, part_kind), {})
        if sum(s.count for s in alone.values()) <= sum(s.count for s in spellings.values()):
            kept.pop((part, part_kind), None)
        else:
            kept.pop(key, None)
    return kept


_HAPPENS = re.compile(r"[がを]起[きこ]")


def _kana_before_kanji(surface: str, following: str) -> bool:
    return _KANA.fullmatch(surface) is not None and _KANJI.match(following) is not None


_POTENTIAL = dict(zip("けげせてねべめれえ", "くぐすつぬぶむるう", strict=True))


def _unpotential(morpheme: Any, pos: tuple[str, ...]) -> tuple[str, str]:
    """A word's dictionary form and conjugation, an honorific auxiliary's potential as the
    auxiliary (いただける, 頂ける: いただく, 頂く), whose spelling it shares: ご利用いただけます
    and ご確認頂きます are one word written two ways."""
    written, conjugation = morpheme.dictionary_form(), pos[4].strip("*")
    if (
        morpheme.normalized_form() in _HONORIFIC_AUXILIARIES
        and conjugation.startswith("下一段-")
        and written.endswith("る")
        and written[-2:-1] in _POTENTIAL
    ):
        return written[:-2] + _POTENTIAL[written[-2]], "五段-" + conjugation.split("-")[1]
    return written, conjugation


_AT_A_PLACE = frozenset("にをへ")  # 刺しゅうの上に当て布: the place, though 刺しゅう is an act
_AFTER_A_NOUN = frozenset("のがをにはでともへや")


def _said_alike(
    morpheme: Any,
    pos: tuple[str, ...],
    before: str,
    following: str,
    after_person: bool,
    on_act: bool = False,
) -> tuple[tuple[str, str], str] | None:
    """The group and the spelling of a word written in kanji and in kana that Sudachi reads
    as two words, or as one that is two: など and 等 after a word (書類等, read トウ; not
    1等, 等倍, nor the plural of 彼等, 奴等, read ら); ほか and 他 in each of their senses,
    which the style guides (公用文) tell apart: other (他の方法, ほかの方法), besides
    (給水所のほか、 医師の他、), and その他 and この他 (そのほか, このほか), each with its その
    or この; 又は and または (or), which also is not (また); 上 and うえ after an act
    (`on_act`: ご確認の上, 記入したうえで), upon doing it, which is not the place (棚の上,
    刺しゅうの上に); 詰まり, a jam, before a particle, and つまり, in short, which Sudachi
    reads as one adverb."""
    surface = morpheme.surface()
    if surface in ("つまり", "詰まり") and morpheme.normalized_form() == "詰まり":
        # 詰まりの多くは (a jam), before a particle, against つまり、 (in short), which
        # Sudachi reads as one adverb
        if following and following in _AFTER_A_NOUN:
            return ("詰まり", "名詞:ツマリ"), surface
        return ("つまり", "副詞:ツマリ"), surface
    if on_act and surface in ("上", "うえ") and pos[0] == "名詞" and following not in _AT_A_PLACE:
        return ("上", "名詞:ウエ(行いの)"), surface
    if surface in ("又", "また") and pos[0] == "接続詞" and following == "は":
        return ("又は", "接続詞:マタハ"), surface
    if (surface == "など" and pos[1] == "副助詞") or (
        surface == "等"
        and pos[0] == "接尾辞"
        and morpheme.reading_form() == "トウ"
        and before
        and not before[-1:].isdigit()
        and not _KANJI.match(following)
        and not after_person
    ):
        return ("など", "副助詞:ナド"), surface
    if surface not in ("他", "ほか") or pos[0] != "名詞":
        return None
    if before in ("その", "この"):
        return (f"{before}他", "名詞:ホカ(指示)"), before + surface
    return ("他", "名詞:ホカ(〜の)" if following == "の" else "名詞:ホカ"), surface


def _clipped_parts(word: str) -> list[tuple[int, str]]:
    """The parts of a katakana compound the dictionary lacks (ロッカキー, ヘアドライヤ) that
    are a dictionary noun without its final ー (ロッカ, ドライヤ), where the compound is two
    nouns so: each part a noun of the dictionary, or one without its ー, of three kana at
    least; with where each starts."""
    for cut in range(2, len(word) - 1):
        halves = ((0, word[:cut]), (cut, word[cut:]))
        clipped = [_long_vowel_dropped(part) for _, part in halves]
        if (
            clipped[0]
            and word[cut] in _VOWEL_KANA
            and word[cut + 1 : cut + 2] not in _GLIDED
            and not (len(word) - cut >= 3 and _nouns(word[cut:]))
        ):
            # レビュ|アー: レビュアー, one word read on (not フッタ|ウィジェット, カレンダ|アプリ)
            continue
        if word[cut:] in _ENGLISH_SUFFIXES:
            continue  # リフレクソロジ|スト: reflexologist, the -ology's -ist, no word clipped
        if all(short or _nouns(part) for short, (_, part) in zip(clipped, halves, strict=True)):
            return [half for short, half in zip(clipped, halves, strict=True) if short]
    return []


_ENGLISH_SUFFIXES = frozenset({"スト", "ズム"})


def _long_vowel_dropped(part: str) -> bool:
    """Whether a katakana word of three kana at least is a noun of the dictionary without
    its final ー (ドライヤ, ロッカ), not a word of its own spelled otherwise (メイド, メード)."""
    whole = part + "ー"
    return len(part) >= 3 and whole in _nouns(whole) and _nouns(part) <= {part, whole}


@functools.lru_cache(maxsize=4096)
def _nouns(word: str) -> frozenset[str]:
    """The normalized forms of the nouns the dictionary spells `word`."""
    dictionary = _dictionary()
    entries = dictionary.lookup(word) if dictionary is not None else ()
    return frozenset(
        e.normalized_form()
        for e in entries
        if e.surface() == word and e.part_of_speech()[0] == "名詞"
    )


def _noun(morpheme: Any, text: str, span: tuple[int, int]) -> str:
    """How a word is used as a noun: "fixed", a noun of fixed spelling used as a noun (受付番号,
    not 受付します); "stem", a verb's stem before a noun (受け付けテント, 振り替え授業); else ""."""
    pos, after = morpheme.part_of_speech(), text[span[1] : span[1] + 1]
    if pos[0] == "名詞" and morpheme.surface() in _FIXED_NOUNS and after not in _VERBAL_ENDINGS:
        return "fixed"
    if pos[0] == "動詞" and pos[5].startswith("連用形") and _NOUN_START.match(after):
        return "stem"  # 受け付けテント, 見きわめの結果
    return ""


def _agent(piece: Any, following: str) -> bool:
    """Whether a compound's noun, written without its okurigana, makes with 人 or 者 after
    it the agent noun official writing spells so (支払人, 申込者, 受取人): that noun's
    fixed spelling, not the noun (支払い) written short."""
    return following in ("人", "者") and (
        _okurigana_dropped(piece) or piece.surface() in _FIXED_NOUNS  # 受取 of 受取人
    )


def _okurigana_dropped(morpheme: Any) -> bool:
    """Whether a noun is written without the okurigana of its normalized form (押 for 押し)."""
    surface, normalized = morpheme.surface(), morpheme.normalized_form()
    return (
        len(normalized) > len(surface)
        and normalized.startswith(surface)
        and _KANA_WORD.fullmatch(normalized[len(surface) :]) is not None
    )


def _unstemmed(offset: int, stem: Any, noun_offset: int, noun: Any) -> Reading:
    """A verb's stem without its okurigana and the noun after it, as one word in its
    okurigana family: 押洗い beside 押し洗い, which Sudachi reads as 押 and 洗い."""
    spelling = stem.surface() + noun.surface()
    span = (offset + stem.begin(), noun_offset + noun.end())
    family = _family(spelling, stem.reading_form() + noun.reading_form())
    return ((family,) if family[0] else ()), spelling, spelling, span, ""


# 飲比べ, 摘取り, 水合せ; 焼餃子, 仕込水 (all kanji)
_SHORT_FORM = re.compile(r"[\u3400-\u9fff]{2,}[\u3041-\u3096]?")
_LONG_FORM = re.compile(r"[\u3400-\u9fff][\u3400-\u9fff\u3041-\u3096]*[\u3041-\u3096]")
# 焼き餃子, 仕込み水: okurigana inside, a kanji last (not お or ご: 参加者ご自身)
_INNER_OKURIGANA = re.compile(
    r"[\u3400-\u9fff]+(?:(?![おご][\u3400-\u9fff])[\u3041-\u3096]+[\u3400-\u9fff]+)+"
)


def _skeleton(spelling: str, *, inner: bool = True) -> tuple[str, str]:
    """A noun of the dictionary written with okurigana inside it (飲み比べ, 摘み取り, 水合わせ),
    by its kanji and its last kana: the key of its short form, which the dictionary lacks and
    reads as two words (飲 and 比べ, 水 and 合せ); one that ends in a kanji (焼き餃子), by its
    kanji alone (焼餃子), where it is one word of the dictionary (`inner`)."""
    kanji = _KANJI.findall(spelling)
    if inner and len(kanji) >= 2 and _INNER_OKURIGANA.fullmatch(spelling):
        return ("".join(kanji), SHORT)
    if len(kanji) < 2 or not _LONG_FORM.fullmatch(spelling) or len(spelling) <= len(kanji) + 1:
        return ("", "")
    return ("".join(kanji) + spelling[-1], SHORT)


def _short_form(offset: int, noun: Any, next_offset: int, following: Any) -> Reading | None:
    """A noun in kanji, or a kanji Sudachi reads as a prefix or a verb (打 of 打起し, 使 of
    使捨て), and the noun, suffix or verb's stem (or, after a verb, the verb) after it that
    Sudachi read apart (吊 and 下げ), as one word that drops the okurigana of a longer one
    (飲比べ for 飲み比べ): keyed as the longer one's `_skeleton`, a group that `groups_of`
    keeps only where such a short form is in it."""
    spelling = noun.surface() + following.surface()
    followed_by = (
        ("名詞", "接尾辞", "動詞") if noun.part_of_speech()[0] == "動詞" else ("名詞", "接尾辞")
    )
    pos = following.part_of_speech()
    # a verb's stem: its 連用形, or an 一段 verb's 未然形, which is the same (分けず, 分けます)
    stem = pos[5].startswith("連用形") or ("一段" in pos[4] and pos[5].startswith("未然形"))
    if not (pos[0] in followed_by or (pos[0] == "動詞" and stem)):
        return None
    if pos[0] == "動詞" and noun.part_of_speech()[2] == "副詞可能":
        return None  # 現在売切れ: "sold out now", a noun said as an adverb and a verb
    span = (offset + noun.begin(), next_offset + following.end())
    if _SHORT_FORM.fullmatch(spelling):
        return ((spelling, SHORT),), spelling, spelling, span, ""
    # one kanji and a word with its okurigana (焼 and 上がり): a word of the dictionary with
    # that kanji's okurigana left out (焼上がり, of 焼き上がり), keyed as that word
    whole = _with_okurigana(noun.surface(), following.surface())
    key = _skeleton(whole, inner=False) if whole else ("", "")
    return ((key,), spelling, spelling, span, "") if key[0] else None


_STEM_KANA = "きりいちしみぎびけえ"  # a verb's 連用形 ending: 焼き, 取り, 言い, 打ち, 話し


@functools.lru_cache(maxsize=4096)
def _with_okurigana(kanji: str, rest: str) -> str:
    """The word of the dictionary that one kanji, a verb's stem's kana and `rest` spell
    (焼, 上がり: 焼き上がり), or ""."""
    dictionary = _dictionary()
    if dictionary is None or not _KANJI.fullmatch(kanji):
        return ""
    return next((w for k in _STEM_KANA if dictionary.lookup(w := kanji + k + rest)), "")


def _long_form(offset: int, noun: Any, next_offset: int, following: Any) -> Reading | None:
    """Two nouns Sudachi read apart, each with its okurigana (研ぎ and 直し of 研ぎ直し), as the
    one word they make, keyed as `_skeleton` keys it: the long form of a short one (研直し)
    that `groups_of` keeps only where the short form is written too."""
    spelling = noun.surface() + following.surface()
    if following.part_of_speech()[0] != "名詞" or _KANJI.fullmatch(noun.surface()):
        return None
    key = _skeleton(spelling, inner=False)  # 全て削除: two words, not 全削除 spelled long
    if not key[0]:
        return None
    span = (offset + noun.begin(), next_offset + following.end())
    return (key,), spelling, spelling, span, ""


def _suffixed(offset: int, noun: Any, suffix_offset: int, suffix: Any) -> Reading:
    """A noun with its suffix, as one word: 皆様 and 皆さま, 私共 and 私ども, 発行済 and
    発行済み (the suffix in kanji or in kana, the noun as it is written: マネージャ等 and
    マネージャー等 are the noun's group's), which Sudachi reads as two; a numeral with its
    counter by the numeral's reading (一つ and ひとつ; 一回 and 一階 count different things)."""
    spelling = noun.surface() + suffix.surface()
    key = (noun.surface() + suffix.normalized_form(), "名詞+接尾辞")
    if noun.part_of_speech()[1] == "数詞" and suffix.part_of_speech()[2] == "助数詞":
        key = (noun.reading_form() + suffix.normalized_form(), "数詞+助数詞")  # 一つ, ひとつ
    span = (offset + noun.begin(), suffix_offset + suffix.end())
    return (key,), spelling, spelling, span, ""


def _joined(offset: int, verb: Any, noun_offset: int, noun: Any) -> Reading | None:
    """A verb's stem and a noun in kanji after it that Sudachi read apart (焼き and 菓子) as
    the noun of the dictionary they make, keyed as that noun: one word with its short form,
    which Sudachi reads whole (焼菓子, normalized 焼き菓子)."""
    spelling = verb.surface() + noun.surface()
    if not (
        verb.part_of_speech()[5].startswith("連用形")
        and _KANJI.match(noun.surface())
        and _KANJI_KANA.fullmatch(spelling)
        and (keys := _noun_keys(spelling))
    ):
        return None
    return keys, spelling, spelling, (offset + verb.begin(), noun_offset + noun.end()), ""


@functools.lru_cache(maxsize=4096)
def _noun_keys(spelling: str) -> tuple[tuple[str, str], ...]:
    """The keys of the common noun of the dictionary `spelling` is, or none."""
    dictionary = _dictionary()
    entries = dictionary.lookup(spelling) if dictionary is not None else ()
    nouns = [e for e in entries if e.part_of_speech()[:2] == ("名詞", "普通名詞")]
    return _keys(nouns[0], nouns[0].part_of_speech(), "", False) if nouns else ()


def _part_of_a_word(pos: tuple[str, ...]) -> bool:
    return pos[0] in ("名詞", "接尾辞") or (pos[0] == "動詞" and pos[5].startswith("連用形"))


def _written_apart(offset: int, first: Any, next_offset: int, second: Any) -> Reading | None:
    """A word in kanji and a word in kana after it, or the other way round, that Sudachi read
    apart (砂 and あび, くみ and 置き) as the noun they make, keyed by its reading as
    `_partly_in_kana` keys a noun written with kanji and kana (砂浴び, 汲み置き): `_alike`
    keeps it only beside the noun it spells with some kanji in kana."""
    a, b = first.surface(), second.surface()
    kana = first if _KANA_WORD.fullmatch(a) else second if _KANA_WORD.fullmatch(b) else None
    if (
        kana is None
        or len(kana.surface()) < 2
        # a noun the dictionary writes in kanji varies as itself (入力もれ: もれ, 漏れ)
        or (kana.part_of_speech()[0] == "名詞" and kana.normalized_form() != kana.surface())
        or not _part_of_a_word(second.part_of_speech())
        or offset + first.end() != next_offset + second.begin()
        or not (_KANJI.search(a + b) and _KANJI_KANA.fullmatch(a + b))
    ):
        return None
    span = (offset + first.begin(), next_offset + second.end())
    return ((first.reading_form() + second.reading_form(), MIXED),), a + b, a + b, span, ""


_NATIVE_NUMERALS = {"一": "ヒト", "ひと": "ヒト", "二": "フタ", "ふた": "フタ"}


def _numbered(offset: int, numeral: Any, next_offset: int, noun: Any) -> Reading | None:
    """One or two read the native way (ひと, ふた) before a noun in kanji, and the numeral in
    kanji before it (ひと晩 and 一晩, ふた手 and 二手), which Sudachi reads apart and the
    kanji as イチ: the noun they make, keyed by its reading with ヒト or フタ, as
    `_written_apart` keys it."""
    kana = _NATIVE_NUMERALS.get(numeral.surface())
    if (
        kana is None
        or numeral.part_of_speech()[1] != "数詞"
        or noun.part_of_speech()[:2] != ("名詞", "普通名詞")
        or not _KANJI.match(noun.surface())
        or offset + numeral.end() != next_offset + noun.begin()
    ):
        return None
    written = numeral.surface() + noun.surface()
    span = (offset + numeral.begin(), next_offset + noun.end())
    return ((kana + noun.reading_form(), MIXED),), written, written, span, ""


def _verb_suffixed(offset: int, verb: Any, suffix_offset: int, suffix: Any) -> Reading:
    """A verb's stem and the adjective made of it, as one word: 見やすい and 見易い, 読みづらい
    and 読み辛い (the adjective in kana or in kanji, by its reading: 分かりにくい is no
    spelling of 分かり難い read がたい), which Sudachi reads as two."""
    written, conjugation = _unpotential(suffix, suffix.part_of_speech())
    word = f"{verb.normalized_form()}+{suffix.normalized_form()}"
    key = (word, f"接尾辞:{suffix.reading_form()[:2]}")
    span = (offset + verb.begin(), suffix_offset + suffix.end())
    return (key,), verb.surface() + written, verb.surface() + suffix.surface(), span, conjugation


def _honoured(offset: int, prefix: Any, noun_offset: int, noun: Any) -> Reading:
    """A noun with its honorific prefix, as one word: ご協力 and 御協力, お礼 and 御礼, ご返事
    and お返事 (the prefix in kana or in kanji, read お or ご)."""
    stem = noun.part_of_speech()[0] != "名詞"  # おすすめ: a verb's stem, as it is written
    spelling = prefix.surface() + (noun.surface() if stem else noun.dictionary_form())
    # お詫び and おわび (a verb's stem and a noun to Sudachi) by their reading, where one is
    # the other with kanji in kana (`_alike`); a verb's stem is its verb's otherwise
    keys = []
    if not (stem and _KANA.fullmatch(noun.surface())):
        keys.append((prefix.reading_form() + noun.reading_form(), MIXED))
    if not (stem and _KANJI.search(noun.surface())):
        keys.append(("御" + noun.normalized_form(), "名詞(御)"))
        if stem and (as_noun := _honorific_noun(prefix.surface() + noun.surface())):
            keys.append(as_noun)  # おすすめします: the noun お勧め, as おすすめです reads
    else:  # お勧め: the noun the dictionary writes 御勧め and reads オススメ (おすすめ)
        reading = prefix.reading_form() + noun.reading_form()
        keys.append(("御" + noun.surface(), f"名詞:{reading}"))
    if _KANA_PREFIX.fullmatch(prefix.surface()) and _KANA.fullmatch(noun.surface()):
        keys.append((spelling.translate(_TO_KATAKANA), SCRIPT))  # おすすめ, オススメ
    span = (offset + prefix.begin(), noun_offset + noun.end())
    return tuple(keys), spelling, prefix.surface() + noun.surface(), span, ""


@functools.lru_cache(maxsize=4096)
def _honorific_noun(written: str) -> tuple[str, str] | None:
    """The key of the noun the dictionary reads `written` as on its own (おすすめ: 御勧め, read
    オススメ), where it reads it as one noun."""
    from sudachipy import tokenizer as modes

    found = _tokenizer().tokenize(written, modes.Tokenizer.SplitMode.C)
    if len(found) != 1 or found[0].part_of_speech()[0] != "名詞" or found[0].is_oov():
        return None
    return found[0].normalized_form(), f"名詞:{found[0].reading_form()}"


def _morphemes(tokenizer: Any, text: str, mark: str, mode: Any) -> Iterator[tuple[int, Any]]:
    """The run's words, each with its piece's offset. A run that ends in a noun in
    hiragana before a sentence mark is read again with the mark (手順でたたみ、: たたむ, a
    verb, which without the 、 Sudachi reads as 畳), and so is one that ends in a verb's stem
    after a case particle (身に付け、)."""
    pieces = list(_pieces(text))
    for offset, piece in pieces[:-1]:
        yield from _rejoined(offset, list(tokenizer.tokenize(piece, mode)))
    offset, piece = pieces[-1]
    found = list(tokenizer.tokenize(piece, mode))
    if (
        mark
        and found
        and found[-1].part_of_speech()[0] == "名詞"
        and (_ALL_HIRAGANA.fullmatch(found[-1].surface()) or _verb_stem_after_particle(found))
    ):
        found = [m for m in tokenizer.tokenize(piece + mark, mode) if m.begin() < len(piece)]
    yield from _rejoined(offset, found)


def _rejoined(offset: int, found: list[Any]) -> Iterator[tuple[int, Any]]:
    """The words, each with the offset to add to its start: two words that the dictionary
    holds as one word written with fewer okurigana are that word (再読込み, which Sudachi
    reads as 再読 and 込み where nothing follows, is 再読み込み; 売切れ, read as 売 and 切れ
    before と, is 売り切れる; 炊き上り, read as 炊き and 上り before が, is 炊き上がる)."""
    index = 0
    while index < len(found):
        morpheme = found[index]
        if index + 1 < len(found) and (
            whole := _one_word_written_short(morpheme, found[index + 1])
        ):
            yield offset + morpheme.begin(), whole
            index += 2
            continue
        yield offset, morpheme
        index += 1


_JOINED = frozenset({"名詞", "接尾辞", "動詞"})


def _one_word_written_short(first: Any, second: Any) -> Any:
    if (
        first.part_of_speech()[0] not in _JOINED
        or first.part_of_speech()[1] == "固有名詞"
        or second.part_of_speech()[0] not in _JOINED
        or not _KANJI_KANA.fullmatch(written := first.surface() + second.surface())
        or not _KANJI.match(written)
        or (not _KANJI.search(second.surface()) and second.part_of_speech()[0] != "接尾辞")
        or not _HIRAGANA.search(second.surface())
    ):
        return None
    suffixed = second.part_of_speech()[0] == "接尾辞"  # 色付き: 色付く, as 色づき is read
    entries = [
        m
        for m in _dictionary().lookup(written)
        if (m.part_of_speech()[:2] == ("名詞", "普通名詞") or m.part_of_speech()[0] == "動詞")
        and m.normalized_form() != written
        and _KANJI.findall(m.normalized_form()) == _KANJI.findall(written)
        # written with fewer okurigana (売切れ: 売切れる, of 売り切れる), not only inflected
        # (関連付け: 関連付ける, a noun and a noun that Sudachi reads apart in 関連づけ too)
        and (suffixed or m.dictionary_form() != m.normalized_form())
    ]
    return entries[0] if entries else None


def _verb_stem_after_particle(found: list[Any]) -> bool:
    """Whether a run ends in a noun in kanji and kana after a case particle (技術を身に付け,
    which Sudachi reads as a verb only with the 、 that follows)."""
    return (
        len(found) > 1
        and found[-2].part_of_speech()[1] == "格助詞"
        and _KANJI_THEN_KANA.fullmatch(surface := found[-1].surface()) is not None
        and _HIRAGANA.fullmatch(surface[-1]) is not None
    )


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


def _keys(
    morpheme: Any,
    pos: tuple[str, ...],
    before: str,
    auxiliary: bool,
    chained: bool = False,
    noun: str = "",
    *,
    bound: bool = False,
    alone: bool = False,
) -> tuple[tuple[str, str], ...]:
    """The groups a content word may be in: its normalized form's, with its part of speech
    and, for a verb or an adjective that can be an auxiliary, its use, its okurigana
    family's, and for a katakana word inside a longer katakana word (`chained`) or ending in
    ー, its spelling without the ー (メモリ in メモリチップ, メモリー: a compound's part, which
    the katakana groups do not see; not ローラ and ローラー written on their own). `noun`:
    "fixed" for a noun of fixed spelling (`_FIXED_NOUNS`: 受付, 受取人) used as a noun, "stem"
    for a verb's stem before a noun (受け付けテント): these two are one word written two ways,
    and the fixed noun is no spelling of the verb used as a verb (受け付けます). `bound`: the
    word follows another word, not a particle nor the clause's start (予定通り, not 通りに面した).
    `alone`: the word is a run of its own (是非、), which Sudachi reads without the words
    after it."""
    surface = morpheme.surface()
    if pos[0] not in _CONTENT or surface.isascii():
        return ()
    if before.isdigit() and len(surface) == 1:
        return ()  # 15時, 2日: a counter, not the word 時 (とき) or 日 (ひ)
    if pos[0] == "感動詞" and _KATAKANA_WORD.fullmatch(surface):
        return ()  # ハハハ, ハッハッハ: a voice, written as it sounds
    if surface.endswith("ズ") and morpheme.normalized_form() in (surface[:-1], surface[:-1] + "ド"):
        return ()  # ユーザーズ (ユーザーズマニュアル), レコーズ: English's plural or possessive
    if pos[0] == "動詞" and surface == "で":
        return ()  # で after a word Sudachi did not read (WikiWordでない): the copula's, no 出る
    if surface in _OWN_WORDS:
        return ()  # いい beside 良い (よい), なんで beside 何, あと (more) beside 後 (after)
    if surface == "時" and (
        before[-1:] in _STEM_ENDINGS
        or _KANJI.fullmatch(before[-1:])
        or (before[-1:].isascii() and before[-1:].isalpha())
    ):
        return ()  # 呼び出し時, 取込時, PayPal時: a suffix read ジ, after a verb's stem or a noun
    if surface == "物" and _KANJI.fullmatch(before[-1:]):
        return ()  # 一点物, 販促物: a noun's suffix, not the word もの
    if pos[:2] == ("動詞", "非自立可能") and _KANJI.search(surface) and _homograph(surface):
        return ()  # 行っ read as 行く (いっ), which may be 行う (おこなっ): Sudachi guesses
    kind = pos[0]
    sounded = adverb = suffix = ("", "")
    if pos[:2] in (("動詞", "非自立可能"), ("形容詞", "非自立可能")) and (
        morpheme.normalized_form() != "出来る"  # can: an auxiliary to no style guide
    ):
        kind = f"{pos[0]}({'補助' if auxiliary else '本動詞'})"
        if before == "から" and morpheme.normalized_form() == "成る":
            kind = "動詞(から成る)"  # consist of, written in kanji; なる, become, in kana
    elif (
        pos[0] == "動詞" and before in _CLAUSE_START and morpheme.normalized_form() in _CONJUNCTIVE
    ):
        kind = "接続詞"  # したがって、従って、 opening a sentence: a conjunction, not obey
    elif (
        pos[0] == "動詞"
        and before in _QUOTING
        and _KANA_WORD.fullmatch(surface)
        and morpheme.normalized_form() == "言う"
    ):
        kind = "動詞(という)"  # 〜という名前, そういう, っていう in kana, 言う for what is said
    elif pos[4] == "*" and (
        not _KATAKANA_CHAR.search(surface)
        or _KANJI.search(surface)
        or _KANJI.search(morpheme.normalized_form())  # ネコ, which the dictionary writes 猫
    ):
        # a word that does not inflect is read as it is written: its spellings in kanji and
        # in kana share that reading (時 and とき, トキ; not 保管時's 時, ジ; nor 2つの, ツノ,
        # and 角; ゴミ箱 and ごみ箱, ゴミバコ); katakana spellings are variants by their
        # sound, so they go without
        reading = morpheme.reading_form()
        if morpheme.normalized_form().endswith("は") and reading.endswith("ワ"):
            reading = reading[:-1] + "ハ"  # 若しくは read モシクワ, もしくは モシクハ: one は
        kind = "副詞" if kind in _ADVERBIAL else kind
        if _KATAKANA_CHAR.search(surface):  # 段ボール, ネコ: also by sound, as katakana is
            sounded = (morpheme.normalized_form(), kind)
        if alone and kind == "名詞" and _also_adverb(surface, morpheme.normalized_form(), reading):
            adverb = (morpheme.normalized_form(), f"副詞:{reading}")
        # its first sound voiced (予定どおり, 3時ごろ), it is a suffix: one word with the kanji
        # after another word (予定通り, 3時頃), not with the word on its own (通りに面した, the
        # street; その頃)
        if bound and reading[:1] in _VOICEABLE:
            suffix = (morpheme.normalized_form(), f"{kind}:～{_unvoiced(reading)}")
        kind = f"{kind}:{reading}"
    family = _family(morpheme.dictionary_form(), morpheme.reading_form())
    if not family[0] and _KANJI.search(morpheme.dictionary_form()):  # 目ざめる: of 目覚める
        family = _family(morpheme.normalized_form(), morpheme.reading_form())
    nouns = ("", "")
    if noun and family[0]:
        nouns = (family[0], family[1] + _AS_NOUN)
        family = ("", "") if noun == "fixed" else family
    vowel = ("", "")
    if (
        (chained or surface.endswith("ー"))
        and _KATAKANA_WORD.fullmatch(surface)
        # not ダウンロー, a word a line break cut; リマインダー, which the tokenizer lacks, is
        # a noun of the dictionary
        and (not morpheme.is_oov() or surface in _nouns(surface))
        and len(stem := surface.rstrip("ー")) >= 3
    ):
        vowel = (stem, LONG_VOWEL)
    keys = (
        (morpheme.normalized_form(), kind),
        sounded,
        adverb,
        suffix,
        family,
        nouns,
        vowel,
        # not after お or ご, nor after a number, where it counts (1コマ, a lesson: no 駒)
        _in_kana(morpheme, pos)
        if not (_KANA_PREFIX.fullmatch(before) or before.isdigit())
        else ("", ""),
        _in_kanji(morpheme, pos),
        _inflected_in_kanji(morpheme, pos) if kind != "動詞(という)" else ("", ""),
        _with_prefix(morpheme, pos),
        *_clipped(morpheme, pos),
        _partly_in_kana(morpheme, pos, noun == "stem"),
        _name_kana(morpheme, pos),
        _skeleton(surface)
        if (pos[0] == "名詞" or noun or (pos[0] == "動詞" and pos[5].startswith("連用形")))
        and not morpheme.is_oov()
        else ("", ""),
    )
    return tuple(key for key in keys if key[0])


def _clipped(morpheme: Any, pos: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """A katakana noun's synonym groups in the dictionary, where a loanword and its clipped
    form meet (スマートフォン, スマホ; リハビリテーション, リハビリ): `_alike` keeps the
    clippings of them, not the synonyms (ログイン, サインイン)."""
    surface = morpheme.surface()
    if pos[:2] != ("名詞", "普通名詞") or not _KATAKANA_WORD.fullmatch(surface):
        return ()
    return tuple((str(group), CLIPPED) for group in morpheme.synonym_group_ids())


def _with_prefix(morpheme: Any, pos: tuple[str, ...]) -> tuple[str, str]:
    """A noun that the dictionary holds with its honorific prefix (ご利用, お礼, 御礼), keyed
    as `_honoured` keys the prefix and a noun read apart (御利用)."""
    surface = morpheme.surface()
    if pos[0] != "名詞" or len(surface) < 2 or not _KANJI.match(surface[1]):
        return ("", "")
    if _HONORIFIC_WORD.match(surface) or (
        surface[0] == "御" and morpheme.reading_form()[:1] in ("オ", "ゴ")
    ):
        return ("御" + surface[1:], "名詞(御)")
    return ("", "")


_NAME_KANA = re.compile(r"(?<=[\u3400-\u9fff])[ヶケヵカがのノ](?=[\u3400-\u9fff])")
_AS_WRITTEN = str.maketrans("ヶヵノが", "ケカのケ")


def _name_kana(morpheme: Any, pos: tuple[str, ...]) -> tuple[str, str]:
    """A name with a kana between its kanji written small or large, in hiragana or in
    katakana (桜ヶ丘, 桜ケ丘, 桜が丘; 丸の内, 丸ノ内; 日の出, 日ノ出), which the dictionary holds
    as names of their own: keyed by the kana as one."""
    surface = morpheme.surface()
    if pos[0] != "名詞" or not _NAME_KANA.search(surface):
        return ("", "")
    return (_NAME_KANA.sub(lambda m: m.group().translate(_AS_WRITTEN), surface), "名詞:ケ/の")


def _partly_in_kana(morpheme: Any, pos: tuple[str, ...], stem: bool = False) -> tuple[str, str]:
    """A noun of kanji and hiragana, by its reading (雨除け, 雨よけ: アマヨケ), which the
    dictionary may hold as two words, or a verb's stem used as a noun (`stem`: 見きわめの結果;
    not in kana alone: みはらし台, やすらぎホール, as often names); `_alike` keeps only spellings
    one of which is the other with some kanji written in kana."""
    surface = morpheme.surface()
    if not (pos[0] == "名詞" or stem) or not (_KANJI.search(surface) and _HIRAGANA.search(surface)):
        return ("", "")
    return (morpheme.reading_form(), MIXED)


def _unvoiced(reading: str) -> str:
    """A reading with its first sound unvoiced (ドオリ: トオリ)."""
    return reading[:1].translate(_VOICED) + reading[1:]


@functools.lru_cache(maxsize=4096)
def _also_adverb(surface: str, normalized: str, reading: str) -> bool:
    """Whether the dictionary also holds this noun as an adverb of one spelling and reading
    (是非: the right and wrong, and by all means)."""
    dictionary = _dictionary()
    entries = dictionary.lookup(surface) if dictionary is not None else ()
    return any(
        e.part_of_speech()[0] == "副詞"
        and e.normalized_form() == normalized
        and e.reading_form() == reading
        for e in entries
    )


def _kanji_as_kana(more: str, fewer: str) -> bool:
    """`fewer` is `more` with some of its kanji written in hiragana, the rest as they are
    (雨除け, 雨よけ)."""
    pattern = "".join(
        f"(?:{re.escape(c)}|[\u3041-\u3096]+)" if _KANJI.fullmatch(c) else re.escape(c)
        for c in more
    )
    return more != fewer and re.fullmatch(pattern, fewer) is not None


def _in_kana(morpheme: Any, pos: tuple[str, ...]) -> tuple[str, str]:
    """A common noun or an adverb written all in hiragana or all in katakana, by its kana
    (ごみ and ゴミ, わくわく and ワクワク, which the dictionary holds as two words): one word
    in two scripts. Not a noun that is also an adverb (まま, ママ) nor a name."""
    surface = morpheme.surface()
    noun = pos[:2] == ("名詞", "普通名詞")
    if not (noun or pos[0] in ("副詞", "形状詞")) or len(surface) < (2 if noun else 3):
        return ("", "")  # ばん, an adverb of two kana, is no バン
    if morpheme.is_oov():
        return ("", "")
    if _KANA_WORD.fullmatch(surface):
        return (surface.translate(_TO_KATAKANA), SCRIPT)
    if _KATAKANA_WORD.fullmatch(surface) and "ー" not in surface:
        return (surface, SCRIPT)
    return ("", "")


@functools.lru_cache(maxsize=4096)
def _a_verb(text: str) -> bool:
    """Whether the dictionary reads `text`, on its own, as one verb (住まい: 住まう)."""
    found = _tokenizer().tokenize(text)
    return len(found) == 1 and found[0].part_of_speech()[0] == "動詞"


def _kana_part(morpheme: Any, pos: tuple[str, ...]) -> tuple[int, str] | None:
    """The word in kana a compound noun of the dictionary begins or ends with, read as
    written (くぬぎ林, クヌギバヤシ: くぬぎ; つや消し: つや; ゴミ箱: ゴミ; 生ごみ, ナマゴミ: ごみ),
    where Sudachi has no finer split of it, with where it begins: the word `_in_kana` keys by
    its kana, as in クヌギの木 or ごみを捨てる. A compound it splits is read in its parts
    (やり方: the verb やる, no 槍)."""
    surface = morpheme.surface()
    if pos[:2] != ("名詞", "普通名詞") or morpheme.is_oov():
        return None
    reading = morpheme.reading_form()
    if (head := _KANA_THEN_KANJI.fullmatch(surface)) is not None:
        at, kana = 0, head.group(1)
        if not reading.startswith(kana.translate(_TO_KATAKANA)):
            return None
    elif (tail := _KANJI_THEN_KANA_WORD.fullmatch(surface)) is not None:
        at, kana = tail.start(1), tail.group(1)
        if not reading.endswith(kana.translate(_TO_KATAKANA)) or _a_verb(surface):
            return None  # 住まい: 住まう's okurigana, no まい
    else:
        return None
    from sudachipy import tokenizer as sudachi

    return None if len(morpheme.split(sudachi.Tokenizer.SplitMode.A)) > 1 else (at, kana)


def _in_kanji(morpheme: Any, pos: tuple[str, ...]) -> tuple[str, str]:
    """A common noun written in kanji, by its reading, as `_in_kana` keys the noun in kana,
    which the dictionary holds as a word of its own: one word in two scripts where the kanji
    are rare and style guides write the word in kana (埃, 紐, 匂い: ほこり, ひも, におい), and
    where the sources say so (`_in_common_kanji`: 切符, きっぷ, both ticket)."""
    surface = morpheme.surface()
    if (
        pos[:2] != ("名詞", "普通名詞")
        or morpheme.is_oov()
        or not _KANJI_THEN_KANA.fullmatch(surface)
    ):
        return ("", "")
    return (morpheme.reading_form(), SCRIPT)


def _in_common_kanji(spelling: str) -> bool:
    """Whether a spelling's kanji are all `COMMON_KANJI`: a word in kana beside it is one
    word in two scripts only where the sources say the same word (`groups_of`)."""
    kanji = set(_KANJI.findall(spelling))
    return bool(kanji) and kanji <= COMMON_KANJI


def _letter_word(morphemes: list[tuple[int, Any]], index: int) -> Reading | None:
    """A letter's name and the kanji word after it that the dictionary holds as one word
    (エックス and 線 in エックス線検査, which Sudachi reads apart there): that word, which X線
    is written as too."""
    if index < 1:
        return None
    (offset, letter), (next_offset, word) = morphemes[index - 1], morphemes[index]
    if letter.part_of_speech()[:2] != ("記号", "文字") or not _KANJI.match(word.surface()):
        return None
    joined = letter.surface() + word.surface()
    dictionary = _dictionary()
    nouns = [
        e
        for e in (dictionary.lookup(joined) if dictionary is not None else ())
        if e.part_of_speech()[0] == "名詞" and e.surface() == joined
    ]
    if not nouns:
        return None
    key = (nouns[0].normalized_form(), f"名詞:{nouns[0].reading_form()}")
    span = (offset + letter.begin(), next_offset + word.end())
    return (key,), joined, joined, span, ""


_IDIOM_PARTICLES = frozenset("をにが")


def _idiom(morphemes: list[tuple[int, Any]], index: int) -> Reading | None:
    """A verb with the noun and case particle before it (気を付ける and 気をつける, 身に付ける
    and 身につける), by the verb's reading: one expression in kanji or in kana, where the
    dictionary gives the verb in kana a normalized form of its own (つける: 付ける, 着ける or
    点ける); not where it gives the kanji (もどす: 戻す), and the verb's own group holds both.
    The expression is the spelling, so that a fix or a glossary rule changes it there only
    (not 電気をつける, nor 見つける)."""
    if index < 2:
        return None
    (noun_offset, noun), (_, particle), (offset, verb) = morphemes[index - 2 : index + 1]
    if (
        verb.part_of_speech()[0] != "動詞"
        or (_KANA_WORD.fullmatch(verb.surface()) and _KANJI.search(verb.normalized_form()))
        or particle.surface() not in _IDIOM_PARTICLES
        or particle.part_of_speech()[1] != "格助詞"
        or noun.part_of_speech()[:2] != ("名詞", "普通名詞")
        or not _KANJI_KANA.fullmatch(noun.surface())
        or not (reading := _dictionary_reading(verb))
    ):
        return None
    said = noun.surface() + particle.surface()
    spelling, conjugation = _unpotential(verb, verb.part_of_speech())
    span = (noun_offset + noun.begin(), offset + verb.end())
    surface = said + verb.surface()
    return ((said + reading, IDIOM),), said + spelling, surface, span, conjugation


def _dictionary_reading(morpheme: Any) -> str:
    """The reading of a verb's or an adjective's dictionary form, in katakana (付け: ツケル,
    かかっ: カカル); "" where the dictionary form's kana do not follow the surface's."""
    written: str = morpheme.dictionary_form()
    if _KANA_WORD.fullmatch(written):
        return written.translate(_TO_KATAKANA)
    if not _KANJI_THEN_KANA.fullmatch(written):
        return ""
    surface: str = morpheme.surface()
    reading: str = morpheme.reading_form()
    pairs = enumerate(zip(surface, written, strict=False))
    shared = next((i for i, (a, b) in pairs if a != b), min(len(surface), len(written)))
    inflected = len(surface) - shared  # 濡れ, 濡れる: none; 滲ん, 滲む: ん
    if shared == 0 or inflected >= len(reading):
        return ""
    return reading[: len(reading) - inflected] + written[shared:].translate(_TO_KATAKANA)


def _inflected_in_kanji(morpheme: Any, pos: tuple[str, ...]) -> tuple[str, str]:
    """A verb or an adjective in kanji (濡れる, 柔らかい) and the word in kana that the
    dictionary holds as a word of its own (ぬれる, やわらかい), by the reading of its
    dictionary form: one word in two scripts, where the kanji are rare or the sources say so
    (`_in_common_kanji`: 触れる, ふれる; 温かい, あたたかい). Not a kana verb the dictionary
    writes in kanji (はる, 張る, is no spelling of 貼る)."""
    if pos[0] not in ("動詞", "形容詞") or pos[1] == "非自立可能" or morpheme.is_oov():
        return ("", "")  # ておく: no 置く; ない, よい
    reading = _dictionary_reading(morpheme)
    return (reading, f"{pos[0]}:{SCRIPT}") if reading else ("", "")


@functools.lru_cache(maxsize=4096)
def _kana_word(written: str, part_of_speech: str) -> bool:
    """Whether the dictionary holds a verb or an adjective in kana as that word alone
    (ぬれる, やわらかい), not as a spelling of a word in kanji (はる, 張る; かたい, 固い)."""
    dictionary = _dictionary()
    entries = dictionary.lookup(written) if dictionary is not None else ()
    words = {e.normalized_form() for e in entries if e.part_of_speech()[0] == part_of_speech}
    return words == {written}


@functools.lru_cache(maxsize=4096)
def _also_a_word_of_its_own(written: str, part: str) -> bool:
    """Whether the dictionary holds a common noun in kana as a word of its own and as the
    spelling of another word too (むら: unevenness, and 村)."""
    dictionary = _dictionary()
    entries = dictionary.lookup(written) if dictionary is not None else ()
    words = {e.normalized_form() for e in entries if e.part_of_speech()[:2] == (part, "普通名詞")}
    return written in words and len(words) > 1


@functools.lru_cache(maxsize=4096)
def _homograph(surface: str) -> bool:
    """Whether the dictionary has this spelling as two verbs read two ways (行っ: イッ,
    オコナッ; not 分かっ, 分かる or 分る, which is one word)."""
    dictionary = _dictionary()
    entries = dictionary.lookup(surface) if dictionary is not None else ()
    verbs = {
        (e.normalized_form(), e.reading_form()) for e in entries if e.part_of_speech()[0] == "動詞"
    }
    return len({word for word, _ in verbs}) > 1 and len({reading for _, reading in verbs}) > 1


def _family(spelling: str, reading: str) -> tuple[str, str]:
    """Words of one stem written with more or fewer okurigana (取り消す, 取消し, 取り消し;
    引き渡す, 引渡し): their kanji, two of them at least, and the first two kana of their
    reading, which keeps 生き物 (イキモノ) and 生物 (セイブツ) apart. Only words of kanji
    and hiragana: 添付ファイル is not 添付 written another way."""
    kanji = "".join(_KANJI.findall(spelling))
    if len(kanji) < 2 or not _KANJI_KANA.fullmatch(spelling):
        return ("", "")
    return (kanji, "okurigana:" + reading[:2])


def orthographic_groups(segments: Sequence[Segment]) -> list[OrthographicGroup]:
    """The words of the targets spelled more than one way, most written first; a word in
    two groups (its normalized form's and its okurigana family's) is in the larger."""
    sources = {i: s.source for i, s in enumerate(segments) if s.source}
    return groups_of(words(segments), sources)


def groups_of(
    found: dict[tuple[str, str], dict[str, Spelling]], sources: Mapping[int, str] | None = None
) -> list[OrthographicGroup]:
    """`orthographic_groups`, from the words of the whole document (the reduce); `sources`:
    the document's sources by segment ordinal, which tell a word in common kanji and a word
    in kana that read alike as one word (`_sourced`)."""
    said = _Said(sources or {})
    candidates = [
        OrthographicGroup(word, kind, kept)
        for word, kind, spellings in (
            (word, kind.split(_IN_COMPOUND)[0], _sourced(_unnamed(spellings, said), kind, said))
            for (word, kind), spellings in _at_their_width(found).items()
        )
        if len(spellings) > 1
        and (
            not kind.startswith("okurigana")
            or len(_styles(spellings)) > 1
            or _read_alike(spellings)
        )
        and (
            kind != SHORT
            or not all(_skeleton(text)[0] for text in spellings)
            or any(_fewer_okurigana(a, b) for a in spellings for b in spellings)
        )
        and len(kept := _one_word(spellings.values(), kind, word)) > 1
    ]
    # a family told only by its readings comes last: a word's own group holds its spellings
    # and so does one whose spellings differ in a kanji written in kana (目覚め, 目ざめる)
    last = {id(g) for g in candidates if g.part_of_speech.startswith("okurigana")}
    last &= {
        id(g)
        for g in candidates
        if len(_styles({s.text: s for s in g.spellings})) == 1
        or len({tuple(_KANJI.findall(s.text)) for s in g.spellings}) > 1
    }
    candidates.sort(
        key=lambda g: (
            id(g) in last,
            -len(g.spellings),
            -sum(s.count for s in g.spellings),
            g.part_of_speech.endswith(SCRIPT),  # named by its word, not by its reading
            g.word,
        )
    )
    owner: dict[str, OrthographicGroup] = {}
    groups: list[OrthographicGroup] = []
    for group in candidates:
        texts = {s.text for s in group.spellings}
        held = list({id(owner[t]): owner[t] for t in texts if t in owner}.values())
        if not held:
            groups.append(group)
            owner.update(dict.fromkeys(texts, group))
        elif len(held) == 1 and SCRIPT in (group.part_of_speech, held[0].part_of_speech):
            _join(held[0], group, owner)  # マンガ, まんが (one word in two scripts) and 漫画
    groups = _without_words_inside(groups)
    heads: dict[str, set[str]] = {}  # each spelling: its group's other spellings
    counts: dict[str, int] = {}
    for group in groups:
        texts = {s.text for s in group.spellings}
        for spelling in group.spellings:
            heads[spelling.text] = texts - {spelling.text}
            counts[spelling.text] = spelling.count
    groups = [group for group in groups if not _told_by_part(group, heads, counts)]
    for group in groups:
        if group.part_of_speech.startswith("okurigana"):
            group.spellings = _by_style(group.spellings)
        else:
            kana_first = _written_in_kana(group.part_of_speech)
            group.spellings = sorted(group.spellings, key=lambda s: _place(s, kana_first))
    groups.sort(key=lambda g: (-sum(s.count for s in g.spellings), g.word))
    return groups


def _fewer_okurigana(long: str, short: str) -> bool:
    """Whether `short` is `long` with some of its okurigana left out, its first kanji's
    among them and its last kana kept (焼上がり of 焼き上がり; not 音取込み of 音取り込み, where
    取り込み is the word written two ways)."""
    if len(short) >= len(long) or long[-1] != short[-1] or len(short) < 2:
        return False
    if not (_HIRAGANA.fullmatch(long[1]) and _KANJI.fullmatch(short[1])):
        return False
    if _KANJI.findall(long) != _KANJI.findall(short):
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+")
_NAME_TAIL = 3  # letters a name in the sources may have after a word in hiragana's sound


def _unnamed(spellings: dict[str, Spelling], said: _Said) -> dict[str, Spelling]:
    """Less a word in hiragana that the sources of most of its segments say as the start of
    a longer name (みな of みなと湖畔公園, which Sudachi reads as 皆, for Minato Lakeside
    Park); not the whole name (さくら and 桜 of Sakura Printing: one name spelled two ways)."""

    def named(spelling: Spelling) -> bool:
        if not spelling.segments or not _KANA_WORD.fullmatch(spelling.text):
            return False
        sound = romaji(spelling.text.translate(_TO_KATAKANA))
        names = [
            any(
                word.lower().startswith(sound) and 0 < len(word) - len(sound) <= _NAME_TAIL
                for word in _CAPITALISED.findall(said.sources.get(i, ""))
            )
            for i in spelling.segments
        ]
        return 2 * sum(names) > len(names)

    return {text: spelling for text, spelling in spellings.items() if not named(spelling)}


def _sourced(spellings: dict[str, Spelling], kind: str, said: _Said) -> dict[str, Spelling]:
    """A word's spellings in two scripts, less those that the sources must tell and do not:
    a spelling in common kanji (切符) beside one in kana (きっぷ), and a verb in kana that the
    dictionary holds only as the spelling of a verb in other kanji (とらえる, as 捕らえる)
    beside one in kanji (捉える). Each is one word with the other only where both render one
    word of the sources: a shared reading alone is no proof (雨 and あめ, candy; a guard
    catching a thief, とらえる, and a meaning grasped, 捉える). So too a word in kana that the
    dictionary holds as a word of its own as well as a word of one kanji's (むら, unevenness,
    beside 村, a village), whichever of them the dictionary reads it as."""
    kana = [
        s
        for s in spellings.values()
        if not _KANJI.search(s.text) and s.text.translate(_TO_KATAKANA) not in _UNPAIRED
    ]
    kanji = [s for s in spellings.values() if _KANJI.search(s.text)]
    part = kind.split(":")[0]
    if not kind.endswith(SCRIPT):
        if part != "名詞" or not kanji:
            return spellings
        return {
            text: spelling
            for text, spelling in spellings.items()
            if spelling not in kana
            or not _also_a_word_of_its_own(text, part)
            or any(len(k.text) > 1 or said.one_word(spelling, k) for k in kanji)
        }

    def told(spelling: Spelling) -> bool:
        if _in_common_kanji(spelling.text):
            return any(said.one_word(spelling, k) for k in kana)
        if part in ("動詞", "形容詞") and spelling in kana and not _kana_word(spelling.text, part):
            return any(said.one_word(k, spelling) for k in kanji)
        return True

    return {text: spelling for text, spelling in spellings.items() if told(spelling)}


class _Said:
    """The sources of a document by segment ordinal, and how many of them say each word."""

    def __init__(self, sources: Mapping[int, str]) -> None:
        self.sources = sources
        self.saying: Counter[str] | None = None

    def one_word(self, a: Spelling, b: Spelling) -> bool:
        """Whether the sources of half the segments of each spelling, or more, say one word
        (ticket for 切符 and for きっぷ), in three segments at least, never both in one
        segment (where the two are two words of one sentence), and half the sources that say
        it, or more, are theirs (not yes, or see, said everywhere)."""
        if len(a.segments) + len(b.segments) < 3 or not set(a.segments).isdisjoint(b.segments):
            return False
        said_a = [source_words(self.sources.get(i, "")) for i in a.segments]
        said_b = [source_words(self.sources.get(i, "")) for i in b.segments]
        for word in set().union(*said_a) & set().union(*said_b):
            in_a, in_b = sum(word in s for s in said_a), sum(word in s for s in said_b)
            if 2 * in_a < len(said_a) or 2 * in_b < len(said_b):
                continue
            theirs = in_a * a.count / len(said_a) + in_b * b.count / len(said_b)
            if 2 * theirs >= self._saying(word):
                return True
        return False

    def _saying(self, word: str) -> int:
        if self.saying is None:
            self.saying = Counter(w for s in self.sources.values() for w in source_words(s))
        return self.saying[word]


_SOURCE_WORD = re.compile(r"[a-z][a-z'-]{2,}")


@functools.lru_cache(maxsize=1 << 16)
def source_words(source: str) -> frozenset[str]:
    """The content words of a source in lower case, in the singular (tickets: ticket), an
    adjective's comparative and the verb made of it read as the adjective (softer, soften:
    soft)."""
    found = set()
    for word in _SOURCE_WORD.findall(source.casefold()):
        if word in FUNCTION_WORDS:
            continue
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            word = word[:-1]
        if word.endswith(("er", "en")) and len(word) > 5:
            word = word[:-2]
        found.add(word)
    return frozenset(found)


def _by_style(spellings: list[Spelling]) -> list[Spelling]:
    """A family's spellings, commonest first, and of spellings as common, those of its
    commonest way of writing first (読み込む, 読み込み and 読み込める once each, three times
    読み込, before 読込 once): its suggestion is that way, each form restyled to it; then the
    first written."""
    ways: Counter[str] = Counter()
    for spelling in spellings:
        ways[spelling.text.rstrip(_HIRAGANA_CHARS) or spelling.text] += spelling.count
    return sorted(
        spellings,
        key=lambda s: (-s.count, -ways[s.text.rstrip(_HIRAGANA_CHARS) or s.text], s.first),
    )


_IN_KANA = ("補助", "形式名詞", "接続詞", "副詞", "接尾辞")
_FORMAL_NOUNS = {  # 時, 事, 物, 方, 他, 上, 所, 全て, 為, 訳, 筈, 内, 通り, 儘, 程, 頃
    *("トキ", "コト", "モノ", "ホウ", "ホカ", "ウエ", "トコロ", "スベテ"),
    *("タメ", "ワケ", "ハズ", "ウチ", "トオリ", "ママ", "ホド", "コロ"),
}


# words in kana never paired by their sources with a word in kanji: formal nouns, and
# relations (のもとで, under; とともに, with; no 元, origin, nor 友, friend)
_UNPAIRED = frozenset({*_FORMAL_NOUNS, "モト", "トモ"})


def _written_in_kana(part_of_speech: str) -> bool:
    """Whether style guides write such a word in kana (公用文作成の考え方, JTF): an
    auxiliary verb or adjective (ください, みる, よい after て), a conjunction or adverb
    (または, すでに), a suffix (ら), a formal noun (こと, とき, ほか); not a verb, adjective or
    noun of its own (散る, 良い, 駒, 全部)."""
    if any(kind in part_of_speech for kind in _IN_KANA):
        return True
    kind, _, reading = part_of_speech.partition(":")
    return kind == "名詞" and reading.split("(")[0] in _FORMAL_NOUNS


def _place(spelling: Spelling, kana_first: bool) -> tuple[int, int, tuple[str, int, int]]:
    """A spelling's place in its group: commonest first; of spellings as common, where
    `kana_first`, the one with fewer kanji (また before 又), then the first written."""
    kanji = len(_KANJI.findall(spelling.text)) if kana_first else 0
    return -spelling.count, kanji, spelling.first


def _join(group: OrthographicGroup, other: OrthographicGroup, owner: dict[str, Any]) -> None:
    """`other`'s spellings that `group` lacks, added to it where each is alike its own."""
    extra = [s for s in other.spellings if s.text not in owner]
    if extra and all(_alike(e, s, group.part_of_speech) for e in extra for s in group.spellings):
        group.spellings = sorted(group.spellings + extra, key=lambda s: (-s.count, s.first))
        owner.update(dict.fromkeys((s.text for s in extra), group))


def _without_words_inside(groups: list[OrthographicGroup]) -> list[OrthographicGroup]:
    """Less the words written in kana one way at least (いす, 椅子) that are written, each
    way, only inside the spellings of one other group, as often as they are written (車いす
    and 車椅子; かす in 天かす and 天カス): that group's variation, told by it. (A word with
    okurigana is told in its compounds' stead: 問合せ in お問合せ, 最寄 in 最寄駅.)"""
    parts = [g for g in groups if any(_KANA.fullmatch(s.text) for s in g.spellings)]
    if not parts:
        return groups
    automaton = ahocorasick.Automaton()
    for text in {s.text for group in parts for s in group.spellings}:
        automaton.add_word(text, text)
    automaton.make_automaton()
    holding: dict[str, list[OrthographicGroup]] = defaultdict(list)  # a word: groups holding it
    for group in groups:
        held = {t for s in group.spellings for _, t in automaton.iter(s.text) if t != s.text}
        for text in held:
            holding[text].append(group)
    inside = {
        id(part)
        for part in parts
        if any(
            whole is not part and _only_inside(part, whole)
            for whole in holding.get(part.spellings[0].text, ())
        )
    }
    return [group for group in groups if id(group) not in inside]


def _only_inside(part: OrthographicGroup, whole: OrthographicGroup) -> bool:
    return all(
        s.count <= sum(w.count * w.text.count(s.text) for w in whole.spellings)
        and any(s.text in w.text and s.text != w.text for w in whole.spellings)
        for s in part.spellings
    )


def _told_by_part(
    group: OrthographicGroup, heads: dict[str, set[str]], counts: dict[str, int]
) -> bool:
    """Whether a compound's spellings differ only as its first word's group does (最寄り駅,
    最寄駅 beside 最寄り, 最寄), or as its last word's (お問合せ, お問い合わせ beside 問合せ,
    問い合わせ), a word that Sudachi reads in the compound too: that group told again. A
    word with kanji is read there; a katakana word where it is counted as often as the
    compound (メイプル in メイプルシロップ; not テキスト in コンテキスト, one word)."""
    texts = {s.text: s.count for s in group.spellings}

    def part(word: str, whole: str) -> bool:
        return word in heads and (_KANJI.search(word) is not None or counts[word] >= texts[whole])

    return all(
        any(
            (part(t[:cut], t) and any(b + t[cut:] in texts for b in heads[t[:cut]]))
            or (part(t[cut:], t) and any(t[:cut] + b in texts for b in heads[t[cut:]]))
            for cut in range(1, len(t))
        )
        for t in texts
    )


def _one_word(spellings: Iterable[Spelling], kind: str, word: str = "") -> list[Spelling]:
    """The spellings, commonest first, that can be one word written another way as the
    commoner ones are: not two in hiragana alone (いる/おる, いい/よい, とおり/どおり are
    words of their own, which Sudachi gives one normalized form), not two with a kanji each
    that the other lacks (超える/越える, 作る/造る: a choice of word, 異字同訓), and of one
    conjugation (使う and 使える, the potential, are two verbs), but in an okurigana family,
    which holds a verb and its noun (取り消す, 取消し). A compound noun the dictionary writes
    as the other spelling (`word`, its normalized form: 仔犬 as 子犬, 附属 as 付属) is that
    noun; not a word of one kanji (脚, which it writes 足)."""
    kept: list[Spelling] = []
    for spelling in sorted(spellings, key=lambda s: (-s.count, s.first)):
        if all(_alike(spelling, other, kind, word) for other in kept):
            kept.append(spelling)
    return kept


# loanwords Sudachi holds as one, or in one synonym group, that cooks and style guides keep
# apart: caramel sauce (カラメル) and the sweet (キャラメル), a held-out pair three sets listed
# as distinct; a settings or hardware profile (プロファイル) and a person's (プロフィール)
_TWO_LOANWORDS = (("カラメル", "キャラメル"), ("プロファイル", "プロフィール"))


def two_loanwords(a: str, b: str) -> bool:
    """Whether two spellings are `_TWO_LOANWORDS`, alone or in compounds alike."""
    return any(a.replace(x, y) == b or b.replace(x, y) == a for x, y in _TWO_LOANWORDS)


def _alike(a: Spelling, b: Spelling, kind: str, word: str = "") -> bool:
    if two_loanwords(a.text, b.text):
        return False
    if kind == CLIPPED:
        return _clipping(a.text, b.text)
    if kind == MIXED:
        return _kanji_as_kana(a.text, b.text) or _kanji_as_kana(b.text, a.text)
    if _KANA_WORD.fullmatch(a.text) and _KANA_WORD.fullmatch(b.text):
        return False
    if kind == LONG_VOWEL and _two_loanwords_or_native(a.text, b.text):
        return False
    kanji_a, kanji_b = set(_KANJI.findall(a.text)), set(_KANJI.findall(b.text))
    if kanji_a - kanji_b and kanji_b - kanji_a:
        return (
            kind.startswith(("名詞", "副詞"))
            and word in (a.text, b.text)
            and bool(kanji_a & kanji_b)
        )
    if kind.startswith("okurigana"):
        return True
    if a.conjugation.split("-")[0] != b.conjugation.split("-")[0]:
        return False
    return not a.conjugation or len(_reading(a.text)) == len(_reading(b.text))


def _two_loanwords_or_native(a: str, b: str) -> bool:
    """Whether two katakana words that differ in a final ー are two words of the dictionary:
    in synonym groups of their own (ドラマ, drama; ドラマー, a drummer), or one of them a word
    it writes in kana or kanji (`_native_word`); not メモリ and メモリー, which share one."""
    if _native_word(a) or _native_word(b):
        return True
    groups_a, groups_b = synonyms(a), synonyms(b)
    return bool(groups_a and groups_b and not groups_a & groups_b)


def _native_word(katakana: str) -> bool:
    """Whether the dictionary holds a word in katakana as a word it writes in kana or kanji
    (ジャガ: じゃが, of じゃがいも), no loanword that a final ー may lengthen (ジャガー)."""
    written = dictionary_spelling(katakana)
    return bool(written) and not _KATAKANA_WORD.fullmatch(written)


@functools.lru_cache(maxsize=4096)
def _reading(word: str) -> str:
    """How a word in its dictionary form is read. A verb or an adjective written another
    way is as long read (取消す, 取り消す: トリケス; 言う, いう: ユウ, イウ); a word Sudachi
    normalizes to another is not (乗っかる, ノッカル, a word of its own beside 乗る, ノル;
    っ早い beside 早い; 逃げれる, the spoken potential, beside 逃げる)."""
    tokenizer = _tokenizer()
    return "".join(m.reading_form() for m in tokenizer.tokenize(word)) if tokenizer else word


@functools.lru_cache(maxsize=4096)
def _first_word(text: str) -> str:
    """The first of the shortest words Sudachi reads in `text` (ショルダー in
    ショルダーバッグ; アルミニウム is one word)."""
    from sudachipy import tokenizer as modes

    tokenizer = _tokenizer()
    found = tokenizer.tokenize(text, modes.Tokenizer.SplitMode.A) if tokenizer else []
    return found[0].surface() if found else text


def _clipping(a: str, b: str) -> bool:
    """Whether one katakana word is the other clipped: the other begun with it, but for its
    last sound, and two sounds longer at least (スマホ of スマートフォン, アルミ of
    アルミニウム; not プロファイル of プロフィール, サブフォルダ of サブディレクトリー); not a
    word of its own inside the other (ショルダー of ショルダーバッグ), the other's -ing form
    (ランキング of ランク), nor a word of several senses (ネット: a net, the internet, a
    network; three synonym groups)."""
    short, long = sorted((a, b), key=lambda word: len(word.replace("ー", "")))
    bare, whole = short.replace("ー", ""), long.replace("ー", "")
    if len(bare) < 3 or _first_word(long) == short or long.endswith("ング"):
        return False  # エネ in 省エネ, オート (オト); ショルダーバッグ is a shoulder bag
    if len(whole) - len(bare) < 2 or not whole.startswith(bare[:-1]):
        return False
    if whole.startswith(bare) and whole[len(bare)] in _MORA_TAIL:
        return False  # メッセ of メッセンジャー cuts a sound in two
    if not whole.startswith(bare) and consonants(bare[-1]) == consonants(whole[len(bare) - 1]):
        return False  # ドキュメント, ドキュメンテーション: the word and its derivative
    return len(synonyms(short)) == 1


@functools.lru_cache(maxsize=4096)
def synonyms(word: str) -> frozenset[int]:
    """The synonym groups of the dictionary a word it reads as one word is in (アロマセラピー
    and アロマテラピー share one; サッシュ is the window's sash and the belt)."""
    from sudachipy import tokenizer as modes

    tokenizer = _tokenizer()
    found = tokenizer.tokenize(word, modes.Tokenizer.SplitMode.C) if tokenizer else []
    if len(found) != 1 or found[0].is_oov():
        return frozenset()
    return frozenset(found[0].synonym_group_ids())


def _styles(spellings: dict[str, Spelling]) -> set[str]:
    """The ways a group writes its word, endings aside: 取り消す and 取り消し are one way
    (取り消), 取消し another (取消)."""
    return {text.rstrip(_HIRAGANA_CHARS) or text for text in spellings}


def _read_alike(spellings: dict[str, Spelling]) -> bool:
    """Whether two of a family's forms as written are read alike, or one as the start of the
    other, and spelled apart: 見積もり and 見積り, 仕上がり and 仕上り, 見合せ and 見合わせる,
    whose endings hide the kana one drops (not 仕上がり and 仕上げ, read apart; nor 見合わ
    and 見合わせる, the one written as the other's start)."""
    surfaces = {surface for spelling in spellings.values() for surface in spelling.surfaces}
    return any(
        _reading(b).startswith(_reading(a)) and not b.startswith(a)
        for a in surfaces
        for b in surfaces
        if a != b
    )


# The kana that follow a verb's stem in its inflected forms, by the row of its last kana
# (五段: 取扱わ, 取扱い, 取扱う, 取扱え, 取扱お, 取扱っ), and those after a 一段 verb's or an
# adjective's stem (出来る: 出来た, 出来ま(す); 素晴らしい: 素晴らしく, 素晴らしかっ).
_GODAN = {
    "う": "わいうえおっ",
    "く": "かきくけこい",
    "ぐ": "がぎぐげごい",
    "す": "さしすせそ",
    "つ": "たちつてとっ",
    "ぬ": "なにぬねのん",
    "ぶ": "ばびぶべぼん",
    "む": "まみむめもん",
    "る": "らりるれろっい",  # い: 下さい, なさい
}
_ICHIDAN = "るれろよたてなまずさら"
_ADJECTIVE = "いくかけさきすそ"


def replacements(group: OrthographicGroup, chosen: str) -> list[tuple[str, str]]:
    """What promoting `chosen` forbids, as (spelling, replacement) pairs of literal strings:
    each other spelling in `chosen`'s way of writing the word (取扱う → 取り扱う, when
    取り扱い is chosen from 取り扱い, 取扱い, 取扱う), in each of its inflected forms, so that
    a glossary of plain strings in any format (prh's too) flags 取扱って and 取扱わない. Not
    a spelling of one kanji (`one_kanji`: 時, 等, 又), which a glossary's plain string would
    find inside other words too (時間, 平等, 又聞き): the variant check tells it."""
    pairs: list[tuple[str, str]] = []
    for spelling in group.spellings:
        if one_kanji(spelling.text):
            continue
        replacement = replacement_of(group, spelling.text, chosen)
        if replacement is not None:
            pairs.extend(_inflected_pairs(spelling, replacement))
    return list(dict.fromkeys(pairs))


def one_kanji(spelling: str) -> bool:
    return len(spelling) == 1 and _KANJI.match(spelling) is not None


def replacement_of(group: OrthographicGroup, spelling: str, chosen: str) -> str | None:
    """What `spelling` becomes when the group is written as `chosen`: `chosen` itself, or in
    an okurigana family, `spelling` with `chosen`'s okurigana (取扱う, when 取り扱い is
    chosen: 取り扱う); None where it is written so already (取り消し, when 取り消す is)."""
    if group.part_of_speech.startswith("okurigana"):
        replacement = _restyled(spelling, chosen)
    else:
        replacement = chosen
    return None if replacement == spelling else replacement


def verb_in_full(group: OrthographicGroup, spelling: Spelling, chosen: Spelling) -> bool:
    """Whether a verb is written with all its okurigana (読み込む, 取り消す) where its family's
    chosen spelling is a noun written with fewer (読込, 取消): the way official writing
    (公用文) sets them, nouns shortened and verbs in full, so the verb is no variant of it;
    not where another of the family's verbs is written shorter (読込む)."""
    if not group.part_of_speech.startswith("okurigana") or chosen.conjugation:
        return False
    verbs = [s for s in group.spellings if s.conjugation and s.conjugation != "形容詞"]
    full = _okurigana(spelling.text)
    return (
        spelling in verbs
        and full > _okurigana(chosen.text)
        and all(_okurigana(v.text) >= full for v in verbs)
    )


_NEGATED = re.compile(r"(?:く|で)[はも]?\Z")  # 望ましく, 静かで, では: negated by ない


def negation(text: str, start: int) -> bool:
    """Whether ない written at `start` negates the adjective or the copula before it
    (望ましくない, でなければ, ではない): an auxiliary, which official writing and style
    guides write in kana whatever a document writes for 無い, the adjective (ファイルが無い)."""
    return (
        text.startswith("な", start) and _NEGATED.search(text, max(0, start - 3), start) is not None
    )


_VERBAL_NEXT = re.compile(r"[またてな]")  # 取り消しました, 読み込めない: going on as a verb


def as_verb(surface: str, following: str) -> bool:
    """Whether a verb's inflected form is read as a verb where it stands: not the stem alone
    before a noun or at the end (切り替え, 読み込み(_L), 受け入れ先), which is written as its
    noun is, but 読み込む, 読み込まれ, or a stem that goes on (取り消しました)."""
    return surface[-1:] not in _STEM_ENDINGS or _VERBAL_NEXT.match(following) is not None


def _okurigana(spelling: str) -> int:
    """How many kana a word writes between its kanji (読み込む: 1, 読込む: 0)."""
    return len(_HIRAGANA.findall(spelling.rstrip(_HIRAGANA_CHARS)))


def _restyled(spelling: str, chosen: str) -> str | None:
    """`spelling` with `chosen`'s okurigana (取扱う in 取り扱い's way: 取り扱う); None where
    their kanji differ."""
    stem, way = spelling.rstrip(_HIRAGANA_CHARS), chosen.rstrip(_HIRAGANA_CHARS)
    if not stem or _KANJI.findall(stem) != _KANJI.findall(way):
        return None
    return way + spelling[len(stem) :]


def _inflected_pairs(spelling: Spelling, replacement: str) -> list[tuple[str, str]]:
    text, conjugation = spelling.text, spelling.conjugation
    if conjugation.startswith("五段"):
        endings = _GODAN.get(text[-1], "")
    elif "一段" in conjugation:
        endings = _ICHIDAN if text.endswith("る") else ""
    elif conjugation == "形容詞":
        endings = _ADJECTIVE if text.endswith("い") else ""
    else:
        endings = ""
    if not endings or not replacement.endswith(text[-1]):
        return [(text, replacement)]
    stem, to = text[:-1], replacement[:-1]
    return [(stem + ending, to + ending) for ending in endings]
