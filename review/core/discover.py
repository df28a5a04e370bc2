"""Discovery of spellings that name the same thing but are written differently (表記ゆれ).

Terms are katakana runs, Latin words, and chains of them joined by ・, a space, or nothing
(オープンAI, ウダイ・ルッダラジュ); a chain's parts are terms too. Two spellings are linked when

* they differ only in width, case, ・ or spacing (not only in a capital at a word's start,
  or in capitals: git/Git, one/ONE);
* they differ only in small kana or ヴ/バ, and have at least 4 characters (ファン/フアン are
  a fan and Huang);
* they differ only by a word-final ー and the shorter has at least 3 characters, or only by
  ー and ッ and what remains has at least 4, never by ー in one where the other has ッ (short
  words such as パス/パース and ビル/ビール, and pairs such as マーチング/マッチング, are
  different words far more often than variants);
* one is Latin and the other katakana (or katakana with a Latin part) with the same consonant
  skeleton, confirmed by a rough romanisation or an English-to-katakana model (e2k);
* the same name in the segments' sources is rendered by both (source-side evidence).

Links by sound need one of the two to occur on its own, not only inside a longer chain. A link
is refused when the sources disagree: each spelling surely renders a different source name
(Austria vs Australia), or one renders a name that no source of the other's segments mentions.
Linked spellings form groups, without members that are parts of other members; the minority
spellings get `variant` findings whose suggestion is the glossary's accepted form, else the
majority spelling.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import combinations, product
from typing import Any, ClassVar, NamedTuple

import ahocorasick
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from review.core.glossary import Entry, Glossary
from review.core.model import Document, Finding, FindingKind, Segment, Severity
from review.core.orthography import (
    CLIPPED,
    IDIOM,
    OrthographicGroup,
    as_verb,
    available,
    dictionary_spelling,
    dictionary_words_apart,
    everyday_word,
    known_words,
    latin_head,
    latin_name,
    loanword,
    name_read_as,
    negation,
    orthographic_groups,
    read,
    read_as_words,
    replacement_of,
    source_words,
    synonyms,
    two_loanwords,
    verb_in_full,
    without_glosses,
)
from review.core.overlaps import Covered
from review.core.phonetics import (
    KATAKANA,
    consonants,
    ex_key,
    exact_key,
    is_katakana,
    latin_consonants,
    long_e_key,
    long_o_key,
    one_sound_key,
    romaji,
    skeleton,
    small_kana_key,
    spelling_key,
    ti_key,
    trailing_key,
    voicing_key,
    wa_key,
    wh_key,
    yo_key,
)
from review.core.qa.markup import masked
from review.core.qa.untranslated import (
    FUNCTION_WORDS,
    bilingual,
    code_block,
    keys_named,
    labelled,
)
from review.core.rules import RuleTimeout
from review.core.textnorm import NormalizedText
from review.core.units import UNIT_NAMES

_KATA = f"[{KATAKANA}]+"
_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"  # Scheffé, Gauḍa
_LATIN = rf"[{_LETTERS}][{_LETTERS}0-9]*(?:[\-.'&][{_LETTERS}0-9]+)*"
_ATOM = re.compile(f"{_KATA}|{_LATIN}")
_LATIN_WORDS = re.compile(rf"{_LATIN}(?: {_LATIN})*")
# words joined by ・, =, a space, or an ampersand between capitalised words (Click & Go: a
# name; not Web & PDF, two words)
_JOINER = "[・= ]|(?<=[a-z0-9]) &&? (?=[A-Z][a-z])"
_CHAIN = re.compile(f"(?:{_KATA}|{_LATIN})(?:(?:{_JOINER})?(?:{_KATA}|{_LATIN}))*")
_CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de"  # Åström, Ørsted
_NAME_WORD = (
    rf"[{_CAPITAL}][{_LETTERS}0-9'’\-.&]*[{_LETTERS}0-9]"  # Rogers, not "Rogers." nor "Rogers'"
)
_SOURCE_NAME = re.compile(rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|[A-Z]\b))*")

_NAMED_IN = 5  # a spelling renders a name said in one in so many of its segments, at least
_COMMON_WORD = re.compile(r"(?<![\w.])[a-z]{3,}(?!\w|\.\w)")  # task, not Tasqly, tasks.json
_WORD_PAIR = re.compile(r"(?=(?<![\w.])([A-Za-z]{2,} [A-Za-z]{2,})(?!\w|\.\w))")  # Chip data
_CROSS_SCRIPT = "same name in Latin and katakana"
_BY_SOUND = {_CROSS_SCRIPT}
MIN_SMALL_KANA = 4
MIN_TRAILING = 3
MIN_SKELETON = 4
CROSS_SCRIPT_CUTOFF = 75.0
ROMAJI_REJECT = 25.0
ROMAJI_ACCEPT = 85.0
E2K_BUDGET = 1000
SOURCE_ALIGN_CUTOFF = 80.0
SOURCE_RENDERING_CUTOFF = 60.0


class Occurrence(NamedTuple):  # a tuple: made, and sent between processes, by the million
    segment: str
    start: int
    end: int


@dataclass(slots=True)
class Form:
    """A spelling, and what discovery knows of where it is written: how often, how often on
    its own (not inside a longer chain), first where, and in which segments that have a
    source (their ordinals, once per occurrence). Every occurrence is kept only where asked
    (`discover`, for the reviewer to see them); the variant check does without."""

    text: str
    atoms: tuple[str, ...] = ()
    count: int = 0
    standalone: int = 0
    first: Occurrence = field(default_factory=lambda: Occurrence("", 0, 0))
    unsourced: int = 0  # occurrences in segments without a source
    copied: int = 0  # occurrences in segments whose source holds it as it is written
    keyed: int = 0  # occurrences as a key of a shortcut (`_in_shortcut`)
    fused: int = 0  # occurrences of a Latin word written as one with kanji or katakana after it
    paired: int = 0  # occurrences of a word in capitals beside another by a slash (ON/OFF)
    sourced: array[int] = field(default_factory=lambda: array("i"))
    occurrences: list[Occurrence] = field(default_factory=list)
    # a word written only inside katakana compounds (`_pieces`): each, and where it begins
    within: tuple[tuple[str, int], ...] = ()

    @property
    def script(self) -> str:
        kinds = {"kana" if is_katakana(atom[0]) else "latin" for atom in self.atoms}
        return kinds.pop() if len(kinds) == 1 else "mixed"


@dataclass(slots=True)
class VariantGroup:
    forms: list[Form]
    suggestion: str
    evidence: list[str]
    word: OrthographicGroup | None = None  # an orthographic group's word, as Sudachi read it

    @property
    def rule(self) -> str:
        return f"variant:{self.suggestion}"

    def summary(self) -> str:
        return ", ".join(f"{f.text} ×{f.count}" for f in self.forms)


def _acronym(text: str) -> bool:
    """An acronym (API), or a word in capitals (COMMAND, INDEX: a command line's
    metavariable, a constant), neither of them a name katakana spells."""
    letters = [ch for ch in text if ch.isalpha()]
    return all(ch.isupper() for ch in letters)


def extract_terms(segments: Iterable[Segment]) -> dict[str, Form]:
    """Every term by its spelling as written, with its occurrences in the reader's text."""
    return _extract(segments, keep=True)


def _extract(
    segments: Iterable[Segment],
    *,
    first: int = 0,
    keep: bool,
    by_segment: dict[int, set[str]] | None = None,
    coded: set[str] | None = None,
) -> dict[str, Form]:
    """The terms of `segments` (ordinals from `first`); `keep`: every occurrence too;
    `by_segment`: filled with the terms of each segment that has a source; `coded`: with the
    Latin words written as a name in code (`_named_in_code`)."""
    forms: dict[str, Form] = {}
    for ordinal, segment in enumerate(segments, start=first):
        text = segment.target
        sourced = bool(segment.source)
        here: set[str] | None = None
        if sourced and by_segment is not None:
            here = by_segment[ordinal] = set()
        if code_block(text) or _as_is(segment) or _as_registered(segment):
            # Vect and fa in code are nobody's spelling of ベクタ and f a, nor is File in a
            # message left in English (the untranslated check reports it) one of ファイル
            continue
        norm = NormalizedText(_blanked(text))
        broken = -1  # the end of a chain that is no term (`_aside`): its words are none either
        label = bilingual(segment.source, text)
        for nstart, nend, whole in _term_spans(norm.text):
            start, end = norm.span(nstart, nend)
            if labelled(label, start, end):
                continue  # Document in 法的文書／Legal Document: the source beside its Japanese
            surface = text[start:end]
            if coded is not None and _named_in_code(text, start, end):
                coded.add(surface)
            if whole and (_aside(text, start, end) or _prefix(text, segment.source, start, end)):
                broken = nend
            if nend <= broken or _folder_name(text, start, end) or _extension(text, start, end):
                continue
            form = forms.get(surface)
            if form is None:
                atom_texts = tuple(norm.text[a:b] for a, b in _atom_spans(norm.text, nstart, nend))
                form = forms[surface] = Form(
                    surface, atom_texts, first=Occurrence(segment.id, start, end)
                )
            form.count += 1
            if _in_shortcut(text, start, end):
                form.keyed += 1
            if end < len(text) and _FUSED.match(text, end) and not is_katakana(surface[-1]):
                form.fused += 1
            if surface.isupper() and _paired(text, start, end):
                form.paired += 1
            if keep:
                form.occurrences.append(Occurrence(segment.id, start, end))
            if sourced:
                form.sourced.append(ordinal)
                if surface in (segment.source or ""):
                    form.copied += 1
            else:
                form.unsourced += 1
            if here is not None:
                here.add(surface)
            if whole:
                form.standalone += 1
    return forms


_FUSED = re.compile(r"[\u30a1-\u30fa\u3400-\u9fff々]")  # Web明細, Webブラウザ; not Webの
_APART = re.compile(r"[ \u3000]{3,}|\s*[\t\n\r]\s*|(?<![\w-])--?[A-Za-z][\w-]*")


def _blanked(text: str) -> str:
    """`text` with what no term reaches across blanked (NULs, the same length): a reading
    given for learners (`without_glosses`), a URL or a placeholder, a line break, a tab,
    the spaces that line up a help screen's columns (-V                バージョンを表示), and
    a command line's options (-a  アスキーモード)."""
    return _APART.sub(lambda m: "\0" * len(m.group()), masked(without_glosses(text)))


def _as_is(segment: Segment) -> bool:
    """Whether a segment's target is its source, left as it is."""
    return bool(segment.source) and segment.target.strip() == (segment.source or "").strip()


_TRADEMARK = re.compile(r"\b(?:is|are) (?:a |the )?(?:registered )?trademarks? of\b", re.I)
_NOTICE = 400  # a trademark notice is short; a licence's text that names marks is not one


def _as_registered(segment: Segment) -> bool:
    """Whether a segment is a trademark notice, which writes each mark as it is registered,
    both spellings on purpose (「ゲームボーイアドバンス」、GAME BOY ADVANCE は…の登録商標です)."""
    source = segment.source or ""
    return (
        len(source) < _NOTICE and "商標" in segment.target and _TRADEMARK.search(source) is not None
    )


_CODE_NEIGHBOURS = frozenset("_%$@\\*=#{}<>|~^")  # beside a word: an identifier or a format
_LIST_NEIGHBOURS = frozenset(";:/,")
_PACKAGE_PATH = re.compile(r"@[\w.-]+/\Z")
_CODE_OPENED = re.compile(r"(?:<(tt|code|kbd|samp|var)\b[^<>]*>[^<]*|&lt;)\Z", re.IGNORECASE)
_CODE_CLOSED = re.compile(r"[^<]*</(tt|code|kbd|samp|var)>|&gt;", re.IGNORECASE)


def _in_code_markup(text: str, start: int, end: int) -> bool:
    """Whether the Latin word at text[start:end] is inside markup's code (<tt>Tab</tt>,
    <kbd>, &lt;Tab&gt;): a key's or a program's name, not a word that katakana spells."""
    reach = max(0, start - 1024)
    if not text[start:end].isascii() or (
        text.rfind("<", reach, start) < 0 and text.rfind("&", reach, start) < 0
    ):
        return False
    opened = _CODE_OPENED.search(text, reach, start)
    closed = _CODE_CLOSED.match(text, end)
    return bool(
        opened and closed and (opened.group(1) or "").lower() == (closed.group(1) or "").lower()
    )


def _in_code(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is part of code: an identifier
    (IPPFIND_SERVICE_NAME), a format (%%Page:, Default%s), a list without spaces
    (Address;URL;www), a command line's switch (/mute), a file's extension (.sql), a word
    alone in straight double quotes beside code ("Table"."Field") or `_in_identifier`."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in _CODE_NEIGHBOURS or after in _CODE_NEIGHBOURS or _in_identifier(text, start, end):
        return True
    if before == "/" and _PACKAGE_PATH.search(text, max(0, start - 256), start):
        return True  # @capacitor-community/admob: a package's name
    switch = before == "/" and (start < 2 or text[start - 2].isspace())
    if switch or text.startswith("-*", end):
        return True  # /shutdown, a program's switch; List-*, a family of commands
    extension = before == "." and (start < 2 or not text[start - 2].isalnum())
    if extension and _EXTENSION.match(text, start, end):
        return True  # .sql, a file's extension
    if before == after == '"' and text[start:end].isascii():
        outside = (text[start - 2 : start - 1], text[end + 1 : end + 2])
        if any(ch and ch in _QUOTE_IN_CODE for ch in outside):
            return True  # "Table"."Field", *"Password"*: a literal in code or a pattern
    return before in _LIST_NEIGHBOURS and after in _LIST_NEIGHBOURS


_EXTENSION = re.compile(r"[a-z0-9]{1,5}(?![A-Za-z0-9])")  # .sql; not .NET, .Net, a name
_QUOTE_IN_CODE = frozenset(".*%[]()=,")  # beside a quoted word: code ("Stop"コマンド is prose)


def _in_identifier(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is part of an identifier (SELECT_TAB), of a C++
    or Ruby name (Puppet::Resource), of a type indexed (Resource['class']) or of a prefixed
    name (foaf:Agent, xsd:string)."""
    after = text[end : end + 1]
    latin = text[start:end].isascii()
    return (
        "_" in (text[start - 1 : start], after)
        or text.endswith("::", 0, start)
        or text.startswith("::", end)
        or (after == "[" and latin)
        or (latin and _NAME_PREFIX.search(text, max(0, start - 256), start) is not None)
    )


_NAME_PREFIX = re.compile(r"(?<![A-Za-z0-9_:/.-])[a-z][a-z0-9]*:\Z")  # 社会的なfoaf:Agent


_MODIFIER = re.compile(r"(?i:ctrl|control|shift|alt|altgr|meta|cmd|command|option|win|super|fn)")
_AFTER_MODIFIER = re.compile(rf"(?<![A-Za-z]){_MODIFIER.pattern}\s*\+\s*$")


_SWITCH_STATES = frozenset({"ON", "OFF"})
_PAIRED_CAPITALS = re.compile(r"\s*/\s*[A-Z]{2,}(?![A-Za-z])")
_CAPITALS_PAIRED = re.compile(r"(?<![A-Za-z])[A-Z]{2,}\s*/\s*$")


def _paired(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is paired by a slash with a word in capitals
    (ON/OFF)."""
    return bool(
        _PAIRED_CAPITALS.match(text, end)
        or _CAPITALS_PAIRED.search(text, max(0, start - 24), start)
    )


def _in_shortcut(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is a key of a shortcut (Tab in Ctrl+Tab, Shift in
    Shift+Tab): a key's name, which no katakana word spells."""
    return bool(
        _AFTER_MODIFIER.search(text, max(0, start - 16), start)
        or (text.startswith("+", end) and _MODIFIER.fullmatch(text, start, end))
    )


def _named_in_code(text: str, start: int, end: int) -> bool:
    """Whether the Latin word at text[start:end] is the name of a type or class in code
    (Puppet::Resource, Resource['class'], foaf:Agent), not a part of an identifier
    (SELECT_TAB)."""
    return text[start:end].isascii() and (
        text.endswith("::", 0, start)
        or text.startswith("::", end)
        or text.startswith("[", end)
        or _NAME_PREFIX.search(text, max(0, start - 256), start) is not None
    )


def _aside(text: str, start: int, end: int) -> bool:
    """Whether the chain at text[start:end] is no term: cut by a line break (ファイ\n  ル,
    hard-wrapped text), in code, or a gloss."""
    return "\n" in text[start:end] or _in_code(text, start, end) or _gloss(text, start, end)


_FOLDER = re.compile(r" ?(?:フォルダ|ディレクトリ)")


def _folder_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised English word at text[start:end] names a folder (Desktop
    フォルダー, Downloads ディレクトリ): the folder's name on disk, kept on purpose."""
    word = text[start:end]
    return word[:1].isupper() and word.isascii() and _FOLDER.match(text, end) is not None


def _extension(text: str, start: int, end: int) -> bool:
    """Whether the Latin word at text[start:end] is a file's extension after its dot (.pdbか
    .yesファイル beside YESファイル, Alkitab): written as the file is named."""
    head = _LETTERS_AND_DIGITS.match(text, start, end)
    return (
        text[start - 1 : start] == "."
        and _LETTERS_AND_DIGITS.match(text[start - 2 : start - 1]) is None  # not Node.js
        and head is not None
        and head.end() - start <= 5
    )


_LETTERS_AND_DIGITS = re.compile(r"[A-Za-z0-9]+")


def _prefix(text: str, source: str | None, start: int, end: int) -> bool:
    """Whether the Latin words at text[start:end] open the text with a colon as they open
    its source: a log message's category (Session: …, AudioEngine: …), kept as code."""
    word = text[start:end]
    return (
        word.isascii()
        and text.startswith(":", end)
        and (source or "").lstrip().startswith(word + ":")
        and not text[:start].strip()
    )


_GLOSSED = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u9fff々]\s?[(（]\Z")


def _gloss(text: str, start: int, end: int) -> bool:
    """Whether the words at text[start:end] are English filling the brackets after Japanese,
    a gloss of what it renders (マルチラインストリング (MultiLineString), ドメイン管理者(Domain
    Admins)), not another spelling of it."""
    return (
        _LATIN_WORDS.fullmatch(text, start, end) is not None
        and text[end : end + 1] in (")", "）")
        and _GLOSSED.search(text, max(0, start - 3), start) is not None
    )


_CLOSING = {"「": "」", "『": "』", '"': '"', "“": "”", "'": "'", "‘": "’", "[": "]", "［": "］"}


def _quoted_whole(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] fills its quotation marks (「取消し」をクリック): a
    label named as the program writes it, which keeps its own spelling. (Not a Latin word:
    "Stop" beside ストップ, the command's English name, judges found a variant.)"""
    return start > 0 and _CLOSING.get(text[start - 1]) == text[end : end + 1] != ""


def _term_spans(text: str) -> list[tuple[int, int, bool]]:
    """Where the terms of a normalised text are: each chain of katakana and Latin words
    (True), and each word of a chain of several (False)."""
    spans: list[tuple[int, int, bool]] = []
    for chain in _CHAIN.finditer(text):
        start, end = chain.span()
        spans.append((start, end, True))
        atoms = _atom_spans(text, start, end)
        if len(atoms) > 1:
            spans.extend((a, b, False) for a, b in atoms)
    return spans


def _atom_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words of a chain: its katakana and Latin runs, and a katakana run that begins with
    a name the dictionary writes in Latin letters as two (ワイファイ and ダイレクト, as if
    written ワイファイ・ダイレクト: the name's spelling beside Wi-Fi)."""
    spans: list[tuple[int, int]] = []
    for atom in _ATOM.finditer(text, start, end):
        a, b = atom.span()
        head = latin_head(atom.group()) if is_katakana(text[a]) else 0
        spans.extend(((a, a + head), (a + head, b)) if head else ((a, b),))
    return spans


@lru_cache(maxsize=1)
def _e2k() -> Callable[[str], str]:
    from e2k import C2K

    converter: Callable[[str], str] = C2K()
    return converter


def _term_consonants(form: Form) -> str:
    parts: list[str] = []
    for atom in form.atoms:
        if is_katakana(atom[0]):
            parts.append(consonants(atom))
        else:
            parts.append(next(iter(latin_consonants(atom)), ""))
    return "".join(parts)


class _Reader:
    """Decides whether a Latin spelling and a katakana spelling are one word.

    The consonant skeletons must agree and a rough romanisation must not be far off; then
    e2k's English→katakana reading must match the katakana. e2k costs about 3 ms a word, so
    one run reads at most `budget` words; past that, only near-identical romanisations
    (≥ ROMAJI_ACCEPT) are linked. Readings are cached across runs.
    """

    _readings: ClassVar[dict[str, str]] = {}

    def __init__(self, budget: int = E2K_BUDGET) -> None:
        self.budget = budget

    def reading(self, latin: str) -> str | None:
        cached = self._readings.get(latin)
        if cached is not None or self.budget <= 0:
            return cached
        self.budget -= 1
        convert = _e2k()
        words = re.findall(r"[a-z]+", latin.lower())
        reading = self._readings[latin] = "".join(convert(word) for word in words)
        return reading

    def sounds_alike(self, latin: str, kana: str) -> bool:
        key = consonants(kana)
        if len(key) < 2 or key not in latin_consonants(latin):
            return False
        rough = fuzz.ratio(romaji(kana), latin.lower())
        if rough < ROMAJI_REJECT:
            return False
        if rough >= ROMAJI_ACCEPT:
            return True
        reading = self.reading(latin)
        if reading is None:
            return False
        if skeleton(reading) == skeleton(kana):
            return True
        return fuzz.ratio(spelling_key(reading), spelling_key(kana)) >= CROSS_SCRIPT_CUTOFF

    def cross_script(self, latin: Form, other: Form) -> bool:
        """A Latin term and a katakana or mixed term that spell the same name; in a mixed
        term the Latin atoms must match literally and the katakana ones by sound."""
        name = latin.text
        if _acronym(name):  # a loanword in capitals (`_latin_words`)
            return other.script == "kana" and dictionary_spelling(other.text) == loanword(name)
        if other.script == "kana":
            return (
                self.sounds_alike(name, other.text)
                and not _verb_for_agent(name, other.text)
                and not _agent_for_word(name, other.text)
            )
        squashed = spelling_key(name)
        kana = "".join(a for a in other.atoms if is_katakana(a[0]))
        rest = spelling_key("".join(a for a in other.atoms if not is_katakana(a[0])))
        if len(squashed) <= len(rest):
            return False
        if is_katakana(other.atoms[0][0]) and squashed.endswith(rest):
            return self.sounds_alike(name[: len(name) - len(rest)], kana)
        if is_katakana(other.atoms[-1][0]) and squashed.startswith(rest):
            return self.sounds_alike(name[len(rest) :], kana)
        return False


def _verb_for_agent(latin: str, kana: str) -> bool:
    """Whether an English agent noun (Builder, Checker, Scanner) is set against katakana that
    ends as its verb does (ビルド, チェック, スキャン): build and builder are two words, where
    the noun ends in ー or a kana of the ア row (ビルダー, サーバ, プリンタ)."""
    return latin.lower().endswith("er") and kana[-1] in "ドトスズクグブプフムン"


_A_ROW_LONG = re.compile("[アカガサザタダナハバパマヤャラワ]ー$")


def _agent_for_word(latin: str, kana: str) -> bool:
    """The other way round: an English word (Map, Scan) set against a katakana agent noun,
    ending in an ア-row kana and ー (マッパー, スキャナー), where the English does not end as
    an agent noun or its loanword does (Server, Color, Star, Centre, Tour)."""
    return _A_ROW_LONG.search(kana) is not None and not latin.lower().endswith(
        ("er", "or", "ar", "re", "our", "a")
    )


def _nested(a: Form, b: Form) -> bool:
    """One is a chain that contains the other as a run of its atoms (オープンAI ⊃ オープン)."""
    short, long = sorted((a.atoms, b.atoms), key=len)
    n = len(short)
    return n < len(long) and any(long[i : i + n] == short for i in range(len(long) - n + 1))


class _Links:
    """Union-find over spellings, remembering why each pair was linked. A chain is never
    linked with its own atoms, nor two spellings that each occur only inside longer chains
    (Open in Open AI and オープン in オープンAI) by sound alone, unless one chain is the
    other with the one spelling for the other (モルガン・ダラー, モーガン・ダラー: a name's
    varying part)."""

    def __init__(self, forms: dict[str, Form]) -> None:
        self._forms = forms
        self._parent: dict[str, str] = {}
        self.evidence: dict[str, set[str]] = defaultdict(set)

    def find(self, item: str) -> str:
        parent = self._parent.setdefault(item, item)
        while parent != self._parent[parent]:
            self._parent[parent] = self._parent[self._parent[parent]]
            parent = self._parent[parent]
        self._parent[item] = parent
        return parent

    def link(self, a: str, b: str, why: str, *, by_sound: bool = False) -> None:
        form_a, form_b = self._forms[a], self._forms[b]
        if _nested(form_a, form_b) or (
            by_sound
            and not (form_a.standalone or form_b.standalone)
            and not self._chains_swap(a, b)
        ):
            return
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[rb] = ra
            self.evidence[ra] |= self.evidence.pop(rb, set())
        self.evidence[ra].add(why)

    def linked(self, a: str, b: str) -> bool:
        """Whether two spellings are in one group."""
        return a in self._parent and b in self._parent and self.find(a) == self.find(b)

    def _chains_swap(self, a: str, b: str) -> bool:
        if self._forms[a].script != "kana" or self._forms[b].script != "kana":
            return False
        part = re.compile(rf"(?:^|[・\s]){re.escape(a)}(?=$|[・\s])")
        return any(
            a in text and text != a and part.search(text) and text.replace(a, b) in self._forms
            for text in self._forms
        )

    def groups(self) -> Iterator[list[str]]:
        members: dict[str, list[str]] = defaultdict(list)
        for item in self._parent:
            members[self.find(item)].append(item)
        yield from (group for group in members.values() if len(group) > 1)


def _source_names(source: str) -> set[str]:
    names: set[str] = set()
    for match in _SOURCE_NAME.finditer(source):
        words = [re.sub(r"['’]s$", "", word) for word in match.group().split()]
        while words and words[0].lower() in FUNCTION_WORDS:  # For, The, This at a start
            words = words[1:]
        if not words:
            continue
        names.add(" ".join(words))
        names.update(w for w in words if w.lower() not in FUNCTION_WORDS)  # not In of Zoom In
    return names


def _align(
    segment: Segment, forms: dict[str, Form], terms: set[str]
) -> dict[str, tuple[str, float]]:
    """Target spelling → the source name it renders and how sure that is, in one segment."""
    source = segment.source
    names = _source_names(source) if source and terms else set()
    if not source or not names:
        return {}
    scored: list[tuple[float, str, str]] = []
    plain = {word for word in _COMMON_WORD.findall(source) if word not in FUNCTION_WORDS}
    common = {option for word in plain for option in latin_consonants(word)}
    phrases = [p for p in _WORD_PAIR.findall(source) if any(w.islower() for w in p.split())]
    phrase_fits: dict[str, list[tuple[float, str]]] = {}  # a kana key: how two words fit it

    def said_by_phrase(key: str, score: float, name: str) -> bool:
        """Whether two words beside the name fit the key better (Chip data, not Update Chip,
        which holds the name)."""
        if score >= 100 or not phrases:
            return False
        if key not in phrase_fits:
            phrase_fits[key] = [
                (ratio, p.lower())
                for p in phrases
                for o in latin_consonants(p)
                if (ratio := fuzz.ratio(key, o, score_cutoff=SOURCE_ALIGN_CUTOFF))
            ]
        return any(score < ratio and name.lower() not in p for ratio, p in phrase_fits[key])

    for name in names:
        if _acronym(name):
            continue
        name_key = spelling_key(name)
        name_consonants = latin_consonants(name)
        for term in terms:
            form = forms[term]
            if form.script == "latin":
                score = 100.0 if spelling_key(term) == name_key else 0.0
            else:
                key = _term_consonants(form)
                if len(key) < 2:
                    continue
                person = form.script == "kana" and (
                    (len(form.atoms) > 1 and " " in name) or _surname(name, plain, forms)
                )
                score, option = max((_consonant_fit(key, o, person), o) for o in name_consonants)
                if len(key) > len(option) + 1:
                    continue  # ドキュメントタイプ does not render Document: more than it says
                if len(key) < 3 and fuzz.ratio(romaji(term), name.lower().replace("l", "r")) < 50:
                    continue  # two consonants say little: Error is エラー, not ルール (rr)
                if (
                    name.lower() in plain
                    or any(score < fuzz.ratio(key, o) >= SOURCE_ALIGN_CUTOFF for o in common)
                    or said_by_phrase(key, score, name)
                ):
                    # タスク renders the word task, not the name Tasqly beside it; リソース the
                    # word resources, not the app Resources, where the source says both;
                    # チップデータ the words Chip data, not Update before them
                    continue
                latin_atoms = [spelling_key(a) for a in form.atoms if not is_katakana(a[0])]
                if any(atom not in name_key for atom in latin_atoms):
                    score -= 20
            if score >= SOURCE_ALIGN_CUTOFF:
                scored.append((score, name, term))
    aligned: dict[str, tuple[str, float]] = {}
    used: set[str] = set()

    def order(item: tuple[float, str, str]) -> tuple[float, float, int, int, str]:
        score, name, term = item  # of two names that fit alike, the one it sounds nearer
        near = fuzz.ratio(romaji(term), name.lower()) if forms[term].script == "kana" else 100.0
        return (-score, -near, -len(name), -len(term), term)  # (Catuai, not Caturra)

    for score, name, term in sorted(scored, key=order):
        if term not in aligned and name not in used:
            aligned[term] = (name, score)
            used.add(name)
            words = name.split()
            used.update(words)  # Eli Lilly → イーライリリー: Lilly is taken too
            atoms = forms[term].atoms
            if len(words) > 1 and len(atoms) == len(words) and _in_order(atoms, words):
                # Uday Ruddaraju → ウダイ・ルッダラジュ: each part renders its word
                for atom, word in zip(atoms, words, strict=True):
                    if atom in terms:
                        aligned.setdefault(atom, (word, score))
    return aligned


def _in_order(atoms: tuple[str, ...], words: list[str]) -> bool:
    """Whether a rendering's parts are its name's words in their order: no Latin part is
    another word of the name than the one beside it (Transmission ウインドウ for Show
    Transmission; but デイリー Sharli for Daily Shaarli, a misspelling, is in order)."""
    keys = [spelling_key(word) for word in words]
    return not any(
        not is_katakana(atom[0]) and spelling_key(atom) in keys[:i] + keys[i + 1 :]
        for i, atom in enumerate(atoms)
    )


_VOICING = str.maketrans("gzdb", "kstp")


def _surname(name: str, plain: set[str], forms: Mapping[str, Form]) -> bool:
    """Whether a source name of one word may be a person's (Gonzalez, rendered ゴンサレス as
    Spanish says it and ゴンザレス): capitalised, five letters at least, never written in
    lower case in its sentence nor kept in Latin letters in a target, and no loanword of the
    dictionary (Version, Music)."""
    return (
        " " not in name
        and len(name) >= 5
        and name[0].isupper()
        and name[1:].islower()
        and name.lower() not in plain
        and name not in forms
        and name.lower() not in forms
        and not loanword(name)
    )


def _consonant_fit(kana: str, latin: str, person: bool) -> float:
    """How well a katakana spelling's consonants match a name's; in a name of several words
    (a person's), a consonant voiced in one and not in the other costing less than another
    consonant (Maria Gonzalez: マリア・ゴンサレス, as Spanish says it, and ゴンザレス; the
    surname alone, `_surname`)."""
    if not person:
        return fuzz.ratio(kana, latin)
    folded = fuzz.ratio(kana.translate(_VOICING), latin.translate(_VOICING)) - 5
    return max(fuzz.ratio(kana, latin), folded)


def _related(names_a: set[str], names_b: set[str], plural: bool = False) -> bool:
    """Whether two sets of source names share a word, its hyphens aside (Wi-Fi, WiFi); in
    its case (Blaze, a team, is not blaze); with `plural`, for spellings in Japanese, which
    has none, its plural's s aside too (Tシャツ for T-shirt, ティーシャツ for T-shirts; but
    Bottles, an app's name kept in English, is no ボトル, bottle)."""

    def words(names: set[str]) -> set[str]:
        found = {w.replace("-", "") for name in names for w in name.split()}
        return {_singular(w) for w in found} if plural else found

    words_a, words_b = words(names_a), words(names_b)
    return bool(words_a & words_b)


@dataclass(slots=True)
class Terms:
    """What discovery needs of a run of segments (the map of its map-reduce): every term
    with what is known of where it is written, the source names each surely renders, the
    spellings each source name is rendered by, and the sources (by segment ordinal)."""

    forms: dict[str, Form] = field(default_factory=dict)
    aligned: dict[str, set[str]] = field(default_factory=dict)
    renderings: dict[str, set[str]] = field(default_factory=dict)
    sources: dict[int, str] = field(default_factory=dict)
    coded: set[str] = field(default_factory=set)  # Latin words written as names in code


def collect_terms(segments: Sequence[Segment], first: int = 0, *, keep: bool = False) -> Terms:
    """The terms of consecutive segments, the first of which is the document's `first`."""
    by_segment: dict[int, set[str]] = {}
    coded: set[str] = set()
    forms = _extract(segments, first=first, keep=keep, by_segment=by_segment, coded=coded)
    aligned, renderings = _alignments(segments, first, forms, by_segment)
    sources = {i: s.source for i, s in enumerate(segments, start=first) if s.source}
    return Terms(forms, aligned, renderings, sources, coded)


def add_terms(merged: Terms, part: Terms) -> Terms:
    """`merged` with the terms of the run that follows it added (in place)."""
    for text, form in part.forms.items():
        known = merged.forms.get(text)
        if known is None:
            merged.forms[text] = form
        else:
            known.count += form.count
            known.standalone += form.standalone
            known.unsourced += form.unsourced
            known.copied += form.copied
            known.keyed += form.keyed
            known.fused += form.fused
            known.paired += form.paired
            known.sourced.extend(form.sourced)
            known.occurrences.extend(form.occurrences)
    for mine, theirs in ((merged.aligned, part.aligned), (merged.renderings, part.renderings)):
        for key, values in theirs.items():
            mine.setdefault(key, set()).update(values)
    merged.sources.update(part.sources)
    merged.coded |= part.coded
    return merged


def discover(document: Document, glossary: Glossary | None = None) -> list[VariantGroup]:
    """Groups of spellings of one thing, largest first, with every occurrence: katakana and
    Latin names and terms, and words written with other okurigana or in kanji and kana
    (`review.core.orthography`; one group per word: a word the katakana groups hold already
    is theirs)."""
    terms = collect_terms(document.segments, keep=True)
    katakana = discover_terms(terms, glossary)
    groups, words = one_group_a_word(katakana, orthographic_groups(document.segments), terms)
    accepted = accepted_forms(glossary)
    order = {segment.id: i for i, segment in enumerate(document.segments)}
    groups.extend(orthographic_group(word, accepted, order) for word in words)
    groups.sort(key=lambda g: (-sum(f.count for f in g.forms), g.suggestion))
    return groups


def orthographic_group(
    word: OrthographicGroup, accepted: Set[str], order: Mapping[str, int] | None = None
) -> VariantGroup:
    """An orthographic group as a variant group: the glossary's accepted spelling, if it is
    one of them, else the commonest, is the suggestion. `order`: each segment's place, to
    list the occurrences in (none are kept where it is not given)."""
    forms = [
        Form(
            s.text,
            count=s.count,
            standalone=s.count,
            first=Occurrence(*s.first),
            occurrences=sorted(
                (Occurrence(*o) for o in s.occurrences), key=lambda o: (order[o[0]], o[1])
            )
            if order is not None
            else [],
        )
        for s in word.spellings
    ]
    preferred = next((f.text for f in forms if f.text in accepted), forms[0].text)
    written = ", ".join(sorted({x for s in word.spellings for x in s.surfaces}))
    evidence = [
        f"{max((s.text for s in word.spellings), key=len)} clipped, in Sudachi's synonyms: "
        f"{written}"
        if word.part_of_speech == CLIPPED
        else f"one expression, its verb read alike ({word.word}): {written}"
        if word.part_of_speech == IDIOM
        else f"one word to Sudachi ({word.word}, {word.part_of_speech}): {written}"
    ]
    return VariantGroup(forms, preferred, evidence, word)


def one_group_a_word(
    groups: list[VariantGroup], words: list[OrthographicGroup], terms: Terms
) -> tuple[list[VariantGroup], list[OrthographicGroup]]:
    """The katakana and Latin groups and the orthographic ones, each variation told once:
    less the words a katakana or Latin group tells already (`untaken`), and less the
    katakana groups whose spellings differ only as a word inside them does (フィルタバスケット,
    フィルターバスケット beside フィルタ, フィルター: that word's group, which Sudachi reads in
    the compound too, tells them, at each place); and less a katakana group whose every
    spelling a word holds with more (インターフェース, インタフェース beside the word that holds
    インターフェイス too). Less, too, a word whose spellings render two words of the source
    (セイル for sail, セール for sale: one word to Sudachi)."""
    forms = terms.forms
    rendered: dict[str, set[str]] = defaultdict(set)
    for said, renderings in terms.renderings.items():
        if said[0].islower():
            for spelling in renderings:
                rendered[spelling].add(said)
    words = [w for w in words if not _renders_two_words(w, rendered)]
    spellings = [{s.text for s in word.spellings} for word in words]
    groups = [
        g
        for g in groups
        if not any(
            {f.text for f in g.forms} < w
            or ({f.text for f in g.forms} <= w and all(map(_deferred, g.evidence)))
            for w in spellings
        )
    ]
    kept = untaken(words, groups, forms)
    # and a word a katakana group is too (ウェア, ウエア), the compounds it varies in
    # (アウターウェア, which the dictionary holds as one word)
    grouped = [{f.text for f in g.forms} for g in groups]
    parts = [{s.text for s in word.spellings} for word in kept]
    parts += [w for w in spellings if w in grouped]
    return [
        g for g in groups if not any(_told_by([f.text for f in g.forms], part) for part in parts)
    ], kept


def _renders_two_words(word: OrthographicGroup, rendered: Mapping[str, set[str]]) -> bool:
    """Whether each spelling of a word renders one English word of the source, and two of
    them two words, not one inflected (`rendered`: spelling → the words in lower case it
    renders; sail and sale, not category and categories)."""
    said = [rendered.get(s.text, set()) for s in word.spellings]
    if not all(
        len(words) == 1 and consonants(s.text) in latin_consonants(next(iter(words)))
        for s, words in zip(word.spellings, said, strict=True)
    ):
        return False  # アンチーク: not surely a rendering of the word it fits best
    return any(
        not (a.startswith(b[:-1]) or b.startswith(a[:-1]))
        for a, b in combinations(sorted(set.union(*said)), 2)
    )


def _told_by(texts: list[str], part: set[str], apart: bool = False) -> bool:
    """Whether the spellings are one frame around the part's spellings, two of them at
    least; with `apart`, a frame that leaves the part a chain of its own (ユーザー名: ユーザー
    and 名; not プロキシサーバー, one chain, where a group of chains does not find サーバー)."""
    if not any(p in text for p in part for text in texts):
        return False
    frames: set[tuple[str, str]] | None = None
    inside: set[str] = set()
    for text in texts:
        found = {
            (text[:i], text[i + len(p) :])
            for p in part
            for i in range(len(text) - len(p) + 1)
            if text.startswith(p, i)
            and len(p) < len(text)
            and not (apart and (_chained(text[i - 1 : i]) or _chained(text[i + len(p) :][:1])))
        }
        frames = found if frames is None else frames & found
        inside |= {p for p in part if p in text}
    return bool(frames) and len(inside) > 1


def untaken(
    words: list[OrthographicGroup], groups: list[VariantGroup], forms: Mapping[str, Form]
) -> list[OrthographicGroup]:
    """Less the words a katakana or Latin group tells already: as one of its spellings, or
    a compound one of them is counted inside (レインウエア, its ウエア in ウェア's group); as
    its spellings with one frame around them (ユーザー名, ユーザ名 beside ユーザー, ユーザ);
    or every spelling of the word only inside the spellings of one group (スティーブン and
    スティーヴン in スティーブン・クラーク and スティーヴン・クラーク; ウィーク in
    ゴールデンウィーク; ウォーム in ウォームアップ, and in ウォームアップエリア too)."""
    taken = {form.text for group in groups for form in group.forms} | {
        compound for group in groups for form in group.forms for compound, _ in form.within
    }
    spelled = [[form.text for form in group.forms] for group in groups]
    return [
        word
        for word in words
        if not any(s.text in taken or s.surfaces & taken for s in word.spellings)
        and not any(_told_by([s.text for s in word.spellings], set(g), True) for g in spelled)
        and not (
            all(is_katakana(s.text[0]) for s in word.spellings)
            and _inside_one(word, spelled, forms)
        )
    ]


def _chained(character: str) -> bool:
    """Whether a character would join a chain beside it (katakana, ー, a Latin letter or a
    digit)."""
    return bool(character) and (
        is_katakana(character) or (character.isascii() and character.isalnum())
    )


def _inside_one(
    word: OrthographicGroup, groups: list[list[str]], forms: Mapping[str, Form]
) -> bool:
    """Whether every spelling of the word is written only inside the spellings of one group,
    as often as it is written (サーバー, written 36 times, is not only inside プロキシサーバー),
    wherever they are written, in longer chains too."""
    return any(
        all(s.count <= _written_inside(s.text, group, forms) for s in word.spellings)
        for group in groups
        if len(group) >= len(word.spellings)
        and all(any(s.text in g for g in group) for s in word.spellings)
    )


def _written_inside(text: str, spellings: list[str], forms: Mapping[str, Form]) -> int:
    """How often `text` is written inside the `spellings`, wherever these are written."""
    holding = [g for g in spellings if text in g]
    return sum(
        form.count * sum(form.text.count(g) * g.count(text) for g in holding)
        for form in forms.values()
        if any(g in form.text for g in holding)
    )


def accepted_forms(glossary: Glossary | None) -> set[str]:
    if glossary is None:
        return set()
    return {form for entry in glossary.entries for form in entry.accepted}


def covering_entry(glossary: Glossary | None, group: VariantGroup) -> Entry | None:
    """The entry that accepts one spelling of the group and forbids or discourages all the
    others (or the prh rule whose expected form is one spelling and whose pattern turns each
    other into it)."""
    if glossary is None:
        return None
    texts = [form.text.strip() for form in group.forms]
    for entry, rule in glossary.compiled_rules:  # a prh rule: its expected, the rest its
        expected = rule.rule.expected
        if "$" in expected or expected not in texts:
            continue
        try:
            if all(text == expected or rule.fix(text) == expected for text in texts):
                return entry
        except RuleTimeout:
            continue
    for entry in glossary.entries:
        if entry.rule is not None:
            continue
        accepted = {entry.key(form) for form in entry.accepted}
        forbidden = {entry.key(v.form) for v in (*entry.variants, *entry.discouraged)}
        keys_ = [entry.key(form.text.strip()) for form in group.forms]
        if any(k in accepted for k in keys_) and all(
            k in accepted or k in forbidden for k in keys_
        ):
            return entry
    return None


def discover_terms(terms: Terms, glossary: Glossary | None = None) -> list[VariantGroup]:
    """The groups of `discover`, from the terms of the whole document (the reduce)."""
    latin = [
        t for t in _latin_words(terms.forms) if not _acronym(t) or not _in_sources(t, terms.sources)
    ]
    pieces, of_words = _pieces(terms.forms, latin)
    of_words += _long_vowel_pieces(terms, pieces)
    forms, aligned = {**terms.forms, **pieces}, terms.aligned
    links = _Links(forms)
    for a, b, why in _candidate_links(terms.forms, terms.renderings, terms.sources, latin):
        if _as_their_sources(forms[a], forms[b]) or _name_and_noun(
            forms[a], forms[b], terms.sources
        ):
            continue
        if not _sources_disagree(a, b, forms, aligned, terms.sources):
            links.link(a, b, why, by_sound=why in _BY_SOUND or why.startswith("one source"))
    for word, piece, why in of_words:
        if forms[word].script == "latin" and (
            _sources_disagree(word, piece, forms, aligned, terms.sources)
            or (_acronym(word) and not _named_often(forms[piece], word, terms.sources))
        ):
            continue
        links.link(word, piece, why)
    accepted = accepted_forms(glossary)
    by_spellings: dict[frozenset[str], VariantGroup] = {}
    for members in links.groups():
        if len(kept := _outermost(members, forms)) > 1:
            evidence = links.evidence[links.find(members[0])]
            kept = _latin_word_in_compounds(_varying_part(kept, forms), forms)
            if not all(why.startswith("one source") for why in evidence):
                kept = _part_on_its_own(kept, forms, links.linked)
            if (same := by_spellings.get(frozenset(kept))) is not None:
                same.evidence = sorted(set(same.evidence) | evidence)
            else:
                by_spellings[frozenset(kept)] = _group(kept, forms, evidence, accepted)
    groups = _without_parts(list(by_spellings.values()))
    groups.sort(key=lambda g: (-sum(f.count for f in g.forms), g.suggestion))
    return groups


def _varying_part(members: list[str], forms: dict[str, Form]) -> list[str]:
    """A name's spellings that differ in one of its parts only (ジェイド・ガーデン and
    ジェード・ガーデン) as that part's (ジェイド, ジェード), where the parts are written with ・;
    else `members` as they are."""
    atoms = [forms[m].atoms for m in members]
    if (
        len({len(a) for a in atoms}) != 1
        or len(atoms[0]) < 2
        or any("・" not in m for m in members)
    ):
        return members
    varying = [i for i in range(len(atoms[0])) if len({a[i] for a in atoms}) > 1]
    if len(varying) != 1:
        return members
    parts = list(dict.fromkeys(a[varying[0]] for a in atoms))
    return parts if len(parts) == len(members) and all(p in forms for p in parts) else members


_OWN_PART = 3  # kana of a word written on its own that a compound's spellings vary in, at least
_KANA_ONLY = re.compile("[\u30a1-\u30faー]+")


def _part_on_its_own(
    members: list[str], forms: dict[str, Form], linked: Callable[[str, str], bool]
) -> list[str]:
    """Katakana compounds whose spellings differ inside one word that the document also
    writes on its own (ジカウイルス and ジカウィルス, beside ウイルス; ポリッシングホイール and
    ポリシングホイール, beside ポリッシング中) as that word's spellings, each counted inside its
    compounds too: the word is what varies, and what a fix changes everywhere. The word is cut
    where the dictionary reads no word across the cut. Else `members` as they are. (Only
    compounds spelled alike: two a source renders two ways may differ anywhere, ドリフト
    アライメント and ドリフトアラインツール for Drift Align.)"""
    if not all(len(forms[m].atoms) == 1 and _KANA_ONLY.fullmatch(m) for m in members):
        return members  # not ユーザー・グループ, ユーザーグループ: a ・ or a space varies
    best: tuple[str, str] | None = None  # the words before and after the part
    for member in members:
        for i, j in combinations(range(len(member) + 1), 2):
            word = member[i:j]
            if (
                j - i < _OWN_PART
                or j - i == len(member)
                or (best and j - i <= len(member) - len(best[0]) - len(best[1]))
                or not ((own := forms.get(word)) and own.standalone and len(own.atoms) == 1)
            ):
                continue
            before, after = member[:i], member[j:]
            if all(_cut_around(m, before, after) for m in members):
                best = before, after
    if best is None:
        return members
    before, after = best
    parts = {m: m[len(before) : len(m) - len(after)] for m in members}
    standing = [p for p in parts.values() if p in forms and forms[p].standalone]
    if len(set(parts.values())) != len(members) or any(
        not linked(standing[0], other) for other in standing[1:]
    ):
        return members  # プラグ and フラグ, each on its own: two words (ホットアンフラグ, a typo);
        # but ウェア and ウエア, one word spelled two ways on its own too
    found = {p: _copied(forms[p]) for p in parts.values() if p in forms}
    for member, part in parts.items():
        _add_piece(found, part, member, len(before), forms[member])
    forms.update(found)
    return list(parts.values())


_LATIN_PART = re.compile(_LATIN)


def _latin_word_in_compounds(members: list[str], forms: dict[str, Form]) -> list[str]:
    """Compounds of a Latin word or its rendering in katakana and one katakana word after
    them (Webサイト and ウェブサイト; SIMカード and シムカード) as the word's spellings, each
    counted inside its compounds too: the word is what varies, whether or not it is also
    written on its own. Not a letter (Oリング, eラーニング: the compound is the word). Else
    `members` as they are."""
    ending = min(members, key=len)
    while ending and not all(m.endswith(ending) for m in members):
        ending = ending[1:]
    if len(ending) < 2 or not _KANA_ONLY.fullmatch(ending):
        return members
    parts = {m: m[: len(m) - len(ending)] for m in members}
    latin = [p for p in parts.values() if len(p) > 1 and _LATIN_PART.fullmatch(p)]
    kana = [m for m, p in parts.items() if len(p) > 1 and _KANA_ONLY.fullmatch(p)]
    if (
        not latin
        or not kana
        or len(latin) + len(kana) != len(members)
        or len(set(parts.values())) != len(members)
        or not all(_cut_around(m, "", ending) for m in kana)
        or not all(_read_as(word, parts[m]) for word in latin for m in kana)
    ):
        return members
    found = {p: _copied(forms[p]) for p in parts.values() if p in forms}
    for member, part in parts.items():
        _add_piece(found, part, member, 0, forms[member])
    forms.update(found)
    return list(parts.values())


_VOWELS = frozenset("aeiouAEIOU")
_VOWEL_KANA = frozenset("アイウエオ")


def _read_as(latin: str, kana: str) -> bool:
    """Whether katakana reads a Latin word, by sound or letter by letter (QR: キューアール),
    a vowel that opens it sounded (not ノード for Inode)."""
    if kana in _letter_by_letter(latin):
        return True
    return (latin[0] not in _VOWELS or kana[0] in _VOWEL_KANA) and _Reader().sounds_alike(
        latin, kana
    )


def _cut_around(member: str, before: str, after: str) -> bool:
    """Whether `member` is `before`, a word, and `after`, the dictionary reading no word
    across either cut (not ワイヤ|ーロープ, nor インター|フェース)."""
    end = len(member) - len(after)
    return (
        member.startswith(before)
        and member.endswith(after)
        and end > len(before)
        and member[len(before)] not in _NO_WORD_START
        and not any(a < cut < b for a, b in known_words(member) for cut in (len(before), end))
    )


def _copied(form: Form) -> Form:
    return replace(form, sourced=array("i", form.sourced), occurrences=list(form.occurrences))


# each key a piece is compared by, with the kana it has at least: ー and ッ left out tell
# short words apart too often (ストリー in ストリーモン is no ストーリー)
_PIECE_KEYS = (
    (spelling_key, 4),
    (trailing_key, 5),
    (skeleton, 5),
    (long_e_key, 6),  # ボロシリケート in ボロシリケートガラス, ボロシリケイト
    (long_o_key, 6),
)
_PIECE = 4  # kana of a piece at least; its compound's other part has one fewer at least
_NO_WORD_START = frozenset("ーッァィゥェォャュョヮ")
_LONGEST_COMPOUND = 30  # kana: a longer run is no compound of words (a line of ー)


def _pieces(
    forms: dict[str, Form], latin: list[str]
) -> tuple[dict[str, Form], list[tuple[str, str, str]]]:
    """Words written only inside katakana compounds, another spelling of a word written on
    its own (プレヴュー in プレヴューモード beside プレビュー, ハバネーロ in ハバネーロソース
    beside ハバネロ, ヴィーガン in ヴィーガンメニュー beside ビーガン): a compound's first or
    last part whose key is that word's, where its other part is a word of the dictionary and
    the compound is never written with the word itself (that is the compounds' own group),
    and the two are not two words of the dictionary (シリコン, シリコーン). Each piece, and
    each word with a piece that spells it, which is all a piece is linked with."""
    index: dict[tuple[int, str], list[str]] = defaultdict(list)
    for term, form in forms.items():
        if form.standalone and len(form.atoms) == 1 and is_katakana(term[0]):
            for i, (keyer, _) in enumerate(_PIECE_KEYS):
                index[(i, keyer(term))].append(term)
    found: dict[str, Form] = {}
    of_words: set[tuple[str, str, str]] = set()
    if not index:
        return found, (
            _dictionary_pieces(forms, found)
            + _joined_pieces(forms, found)
            + _dictionary_loanwords(forms, found, latin)
        )
    for compound, form in forms.items():
        if not (_PIECE + 2 <= len(compound) <= _LONGEST_COMPOUND) or len(form.atoms) != 1:
            continue
        if not is_katakana(compound[0]):
            continue
        for cut in range(2, len(compound) - 1):
            for piece, at in ((compound[:cut], 0), (compound[cut:], cut)):
                if len(piece) < _PIECE or piece in forms:
                    continue
                keys = (
                    (i, keyer(piece))
                    for i, (keyer, least) in enumerate(_PIECE_KEYS)
                    if len(piece) >= least
                )
                words = {w for key in keys for w in index.get(key, ())}
                spelt = [w for w in words if _piece_of(piece, w, compound, at, forms)]
                if spelt:
                    _add_piece(found, piece, compound, at, form)
                    of_words.update((word, piece, _why_alike(word, piece)) for word in spelt)
    return found, (
        sorted(of_words)
        + _dictionary_pieces(forms, found)
        + _joined_pieces(forms, found)
        + _dictionary_loanwords(forms, found, latin)
    )


def _piece_of(piece: str, word: str, compound: str, at: int, forms: dict[str, Form]) -> bool:
    """Whether `piece`, at `at` in `compound`, is another spelling of `word` (`_pieces`):
    its compound's other part is a word of three kana at least (not パラ of パラメータタグ),
    the two differ away from the cut, where a word cut wrongly would (ナイト|リービルド, of
    ナイトリービルド: a last part's first two kana; a first part's last kana, save a word-final
    ー, リマインダ|メール), and the piece is no compound of the dictionary's words itself
    (ライブラリパース, library parse)."""
    cut = len(piece) if at == 0 else at
    rest = compound[cut:] if at == 0 else compound[:cut]
    near = piece[:2] != word[:2] if at else piece[-1] != word[-1]
    return (
        word != piece
        and piece[0] not in _NO_WORD_START
        and len(rest) >= _PIECE - 1
        and (word + rest if at == 0 else rest + word) not in forms
        and not (near and (at or trailing_key(piece) != trailing_key(word)))
        and everyday_word(rest)
        and not any(a < cut < b for a, b in known_words(compound))  # ランチ|タイム: no cut there
        and len(known_words(piece)) < 2
        and not dictionary_words_apart(piece, word)
        and not (everyday_word(piece) and everyday_word(word))
    )


_DICTIONARY_PIECE = 2  # kana of a piece the dictionary spells at least (エア of エアストーン)
_REACH = 3  # kana past a cut a word of the dictionary may run on (ア|ーティスト)


def _loose_key(term: str) -> str:
    """A key that two spellings of one word the dictionary knows mostly share (ウエブ, ウェブ;
    エアー, エア; ダイア, ダイヤ), for the few pieces worth asking the dictionary about."""
    return skeleton(term).replace("ヤ", "ア")


_BY_DICTIONARY = "one word to Sudachi ("  # `_dictionary_pieces`' evidence, the word's spelling


def _deferred(evidence: str) -> bool:
    """Whether a link is one that an orthographic group of the same spellings tells better
    (`one_group_a_word`)."""
    return _by_dictionary(evidence) or evidence == _LONG_VOWEL_DROPPED


def _by_dictionary(evidence: str) -> bool:
    """Whether a link is `_dictionary_pieces`' alone, which the orthographic group of the same
    spellings tells better where Sudachi reads the compound too (デバイス|ドライバ): it counts
    every occurrence as read in its sentence."""
    return evidence.startswith(_BY_DICTIONARY) and "," not in evidence


def _dictionary_pieces(
    forms: dict[str, Form], found: dict[str, Form]
) -> list[tuple[str, str, str]]:
    """Words the dictionary gives one spelling, written two ways where one of them, or both,
    is written only inside katakana compounds: ウエブ of ウエブサービス beside ウェブ of
    ウェブサイト, エアー of エアーポンプ beside エア of エアストーン, アクセサリ of
    アクセサリセット beside アクセサリー. A piece is a common noun of the dictionary whose
    compound's other part the dictionary reads as words, cut where the dictionary cuts the
    compound (or where it reads the compound as one unknown word, or as one word it also
    knows with the other spelling: ウエブサイト, ウェブサイト), and the compound is never
    written with the other spelling (the compounds' own group). Adds each piece to `found`;
    the links, each piece with a word written on its own or else with the commonest piece."""
    if not available():
        return []
    alone: dict[str, set[str]] = defaultdict(set)
    cuts: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for term, form in forms.items():
        if len(form.atoms) != 1 or not is_katakana(term[0]):
            continue
        if form.standalone:
            alone[_loose_key(term)].add(term)
        if not 2 * _DICTIONARY_PIECE <= len(term) <= _LONGEST_COMPOUND:
            continue
        for cut in range(_DICTIONARY_PIECE, len(term) - _DICTIONARY_PIECE + 1):
            for piece, at in ((term[:cut], 0), (term[cut:], cut)):
                if piece not in forms and piece[0] not in _NO_WORD_START:
                    cuts[_loose_key(piece)].append((piece, term, at))
    links: list[tuple[str, str, str]] = []
    for key, candidates in cuts.items():
        words = alone.get(key, set())
        if len(words | {piece for piece, _, _ in candidates}) < 2:
            continue
        spelt: dict[str, set[str]] = defaultdict(set)
        for word in words:
            if spelling := dictionary_spelling(word):
                spelt[spelling].add(word)
        placed: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
        for piece, compound, at in candidates:
            if spelling := dictionary_spelling(piece):
                placed[spelling].append((piece, compound, at))
        for spelling, pieces in placed.items():
            spellings = spelt[spelling] | {piece for piece, _, _ in pieces}
            kept = [
                (piece, compound, at)
                for piece, compound, at in pieces
                if _dictionary_cut(piece, compound, at, spellings - {piece}, forms)
            ]
            # compounds that are one word of the dictionary in two spellings (インターフェイス,
            # インタフェース) are that word's group, at its width: not their parts'
            wholes: dict[str, set[str]] = defaultdict(set)
            for piece, compound, _ in kept:
                if whole := dictionary_spelling(compound):
                    wholes[whole].add(piece)
            kept = [p for p in kept if len(wholes.get(dictionary_spelling(p[1]), ())) < 2]
            if len(spelt[spelling] | {piece for piece, _, _ in kept}) < 2:
                continue
            for piece, compound, at in kept:
                _add_piece(found, piece, compound, at, forms[compound])
            written = sorted(spelt[spelling], key=lambda w: -forms[w].count) or sorted(
                {piece for piece, _, _ in kept}, key=lambda p: -found[p].count
            )
            why = f"{_BY_DICTIONARY}{spelling})"
            links += [(written[0], piece, why) for piece in {p for p, _, _ in kept} - {written[0]}]
    return links


def _dictionary_cut(
    piece: str, compound: str, at: int, others: set[str], forms: dict[str, Form]
) -> bool:
    """Whether `piece`, at `at` in `compound`, is a word of it (`_dictionary_pieces`): its
    other part three kana at least (not デス of デストラクタ), no word of the dictionary
    running on across the cut (アーティスト of フルアーティスト, ミステリアス), and a short
    piece spelled as another only with a small kana or a word-final ー (not クイン of
    キックイン, which the dictionary reads as クイーン)."""
    if len(piece) < _PIECE and trailing_key(piece) not in map(trailing_key, others):
        return False
    if not _cut_between_words(piece, compound, at, others, forms):
        return False
    cut = len(piece) if at == 0 else at
    rest = compound[cut:] if at == 0 else compound[:cut]
    crossing = [(a, b) for a, b in known_words(compound) if a < cut < b]
    if not crossing:
        return True
    whole = dictionary_spelling(compound)
    return crossing == [(0, len(compound))] and any(
        dictionary_spelling(other + rest if at == 0 else rest + other) == whole for other in others
    )


def _dictionary_loanwords(
    forms: dict[str, Form], found: dict[str, Form], latin: list[str]
) -> list[tuple[str, str, str]]:
    """A word in Latin letters that the dictionary writes in katakana (Web: ウェブ), written
    as one with Japanese words (Web明細, Webブラウザ: a loanword, not English quoted), beside
    that katakana word written on its own, in either of the dictionary's spellings (ウエブ),
    or only as the first or last part of a katakana compound (ウェブ of ウェブサイト; not
    エンター of エンタープライズ, one word of the dictionary). Of `latin` (`_latin_words`)
    only, and not an English word copied from the source wherever it is written beside its
    everyday loanword (`_kept`: Port, ポート). Adds each piece to `found`; the links."""
    if not available():
        return []
    wanted: dict[str, list[tuple[str, str]]] = defaultdict(list)  # a loose key: Latin, kana
    for term in latin:
        form = forms[term]
        kana = loanword(term) if len(form.atoms) == 1 and form.fused else ""
        if len(kana) >= 2 and not _kept(form, kana):
            wanted[_loose_key(kana)].append((term, kana))
    if not wanted:
        return []
    spellings = {kana for pairs in wanted.values() for _, kana in pairs}
    lengths = range(min(map(len, spellings)) - 1, max(map(len, spellings)) + 2)  # ウエブ, ウェブ
    links: list[tuple[str, str, str]] = []
    for text, form in list(forms.items()):
        if len(form.atoms) != 1 or not is_katakana(text[0]):
            continue
        for word, kana in wanted.get(_loose_key(text), ()):
            if dictionary_spelling(text) == kana:
                links.append((word, text, f"the dictionary writes {word} as {kana}"))
        if len(text) > _LONGEST_COMPOUND:
            continue
        for cut in range(2, len(text) - _PIECE + 2):
            for piece, at in ((text[:cut], 0), (text[cut:], cut)):
                if piece in forms or len(piece) not in lengths:
                    continue
                for word, kana in wanted.get(_loose_key(piece), ()):
                    if dictionary_spelling(piece) == kana and _loanword_cut(
                        word, piece, text, at, forms
                    ):
                        _add_piece(found, piece, text, at, form)
                        links.append((word, piece, f"the dictionary writes {word} as {kana}"))
    return links


def _loanword_cut(latin: str, piece: str, compound: str, at: int, forms: dict[str, Form]) -> bool:
    """Whether `piece`, at `at` in `compound`, is a word of it that `latin` spells
    (`_dictionary_loanwords`): the compound is written with `latin` for the piece too
    (ウェブサイト beside Webサイト), or its other part is words of the dictionary and no word
    of the dictionary runs across the cut (not エンター of エンタープライズ, nor プロ of
    プロセッシング)."""
    cut = at or len(piece)
    rest = compound[cut:] if at == 0 else compound[:cut]
    if (latin + rest if at == 0 else rest + latin) in forms:
        return True
    return (
        _cut_between_words(piece, compound, at, set(), forms)
        and read_as_words(rest)
        and not any(a < cut < b for a, b in known_words(compound))
    )


def _cut_between_words(
    piece: str, compound: str, at: int, others: set[str], forms: dict[str, Form]
) -> bool:
    """Whether a compound's first part (`at` 0) or last part, `piece`, may be a word of its
    own there: the other part three kana at least, read as words (or the compound is one the
    dictionary does not know: コアレス of コアレスモータ), no word of the dictionary running on
    across the cut, and the compound never written with `others`, another spelling of the
    piece (that is the compounds' own group)."""
    cut = len(piece) if at == 0 else at
    rest = compound[cut:] if at == 0 else compound[:cut]
    if len(rest) < _PIECE - 1 or rest[0] in _NO_WORD_START:
        return False
    for more in range(1, min(_REACH, len(rest) - 1) + 1):
        longer = compound[: cut + more] if at == 0 else compound[cut - more :]
        if known_words(longer) == ((0, len(longer)),):
            return False
    if any((other + rest if at == 0 else rest + other) in forms for other in others):
        return False
    return read_as_words(rest) or not known_words(compound)


_LONG_VOWEL_WORD = 3  # kana before a word-final ー that may be dropped (タイマ, タイマー)
_LONG_VOWEL_DROPPED = "word-final ー, inside a compound"  # `_long_vowel_pieces`' evidence


def _long_vowel_pieces(terms: Terms, found: dict[str, Form]) -> list[tuple[str, str, str]]:
    """A katakana word written on its own with a word-final ー and only inside compounds
    without it, or the other way round (フライヤー and フライヤバスケット, タイマー and
    インターバルタイマアプリ, コンテナ and コンテナーヤード): the final ー that technical writing
    drops from a word of three kana or more (JIS Z 8301), one word. The piece is a compound's
    first, last or middle part (`_long_vowel_cut`), and where the source names the word, the
    compound's sources name it too; not a piece another rule found. Adds each piece to
    `found`; the links, which an orthographic group of the same spellings tells better (it
    counts every occurrence as read in its sentence)."""
    forms = terms.forms
    wanted: dict[str, str] = {}  # a spelling written only inside compounds: its word
    for term, form in forms.items():
        if form.standalone and len(form.atoms) == 1 and is_katakana(term[0]):
            other = term[:-1] if term.endswith("ー") else term + "ー"
            if len(other.rstrip("ー")) >= _LONG_VOWEL_WORD and other not in forms:
                wanted[other] = term
    links: list[tuple[str, str, str]] = []
    if not wanted:
        return links
    earlier = set(found)  # pieces another rule found
    words = set(wanted.values())
    named: dict[str, set[str]] = defaultdict(set)
    for name, spellings in terms.renderings.items():
        for spelling in spellings & words:
            named[spelling].add(name)
    automaton = ahocorasick.Automaton()
    for piece in wanted:
        automaton.add_word(piece, piece)
    automaton.make_automaton()
    for compound, form in forms.items():
        if not _PIECE + 2 <= len(compound) <= _LONGEST_COMPOUND or len(form.atoms) != 1:
            continue
        if not is_katakana(compound[0]):
            continue
        for last, piece in automaton.iter(compound):
            start, word = last + 1 - len(piece), wanted[piece]
            if piece in earlier or len(piece) == len(compound):
                continue
            names = named.get(word, set())
            cut = _long_vowel_cut(piece, word, compound, start, forms)
            if cut is None or ((names or cut) and not _named_in(names, form, terms.sources)):
                continue
            _add_piece(found, piece, compound, start, form)
            links.append((word, piece, _LONG_VOWEL_DROPPED))
    return links


def _long_vowel_cut(
    piece: str, word: str, compound: str, start: int, forms: dict[str, Form]
) -> bool | None:
    """Whether `piece`, at `start` in `compound`, is a part of it of its own
    (`_long_vowel_pieces`): each other part three kana at least, read as words, the piece
    inside no longer word of the dictionary (not センタ of センタリング), and the compound
    never written with the word itself (that is the compounds' own group). None if not; True
    if a word of the dictionary runs across a cut, which the source must then settle
    (Sudachi's アクセサ|リセット; タイプ|バスケット, no タイプバ of タイプバー)."""
    end = start + len(piece)
    spans = known_words(compound)
    if any(a <= start and end <= b and b - a > end - start for a, b in spans):
        return None
    before, after = compound[:start], compound[end:]
    if before and not _cut_between_words(piece, before + piece, start, {word}, forms):
        return None
    if after and not _cut_between_words(piece, piece + after, 0, {word}, forms):
        return None
    return any(a < cut < b for cut in (start, end) for a, b in spans)


def _named_in(names: set[str], form: Form, sources: Mapping[int, str]) -> bool:
    """Whether the source of every segment a form is written in that has one names one of
    `names` (a word, or its plural), and one such source at least."""
    if not names or not form.sourced:
        return False
    pattern = re.compile(
        r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")(?:s|es)?\b", re.IGNORECASE
    )
    return all(pattern.search(sources.get(ordinal, "")) for ordinal in set(form.sourced))


def _joined_pieces(forms: dict[str, Form], found: dict[str, Form]) -> list[tuple[str, str, str]]:
    """A word written on its own, and with ・ between its parts only inside a longer chain
    (セルフ・サービス of セルフ・サービスカウンター, チェック・アウト of
    エクスプレス・チェック・アウト, beside セルフサービス and チェックアウト), or the other way
    round (フルール・ド・セル on its own, フルールドセル of フルールドセルキャラメル). Adds each
    piece to `found`; the links."""
    plain: set[str] = set()
    joined: dict[str, str] = {}
    for term, form in forms.items():
        if form.standalone and is_katakana(term[0]) and all(map(is_katakana, term.split("・"))):
            if len(form.atoms) == 1 and len(term) >= _PIECE:
                plain.add(term)
            elif len(form.atoms) > 1 and term.count("・") == len(form.atoms) - 1:
                joined[term.replace("・", "")] = term
    links: list[tuple[str, str, str]] = []
    for term, form in forms.items():
        if not is_katakana(term[0]) or len(term) > _LONGEST_COMPOUND:
            continue
        if len(form.atoms) > 1 and term.count("・") == len(form.atoms) - 1:
            found_here = _joined_inside(term, plain, forms)
        elif len(form.atoms) == 1 and joined:
            found_here = [
                (joined[piece], piece, at)
                for cut in range(_PIECE, len(term) - _PIECE + 2)
                for piece, at in ((term[:cut], 0), (term[cut:], cut))
                if piece in joined
                and piece not in forms
                and _cut_between_words(piece, term, at, {joined[piece]}, forms)
            ]
        else:
            continue
        for word, piece, at in found_here:
            _add_piece(found, piece, term, at, form)
            links.append((word, piece, "width, case, ・ or spacing"))
    return links


def _joined_inside(
    chain: str, plain: set[str], forms: dict[str, Form]
) -> list[tuple[str, str, int]]:
    """The words of `plain` written with ・ inside `chain` (`_joined_pieces`): each, its
    spelling there, and where it begins; from an atom's start to an atom's end, or into an
    atom whose rest is a word of its own (セルフ・サービス|カウンター)."""
    starts = [0] + [i + 1 for i, ch in enumerate(chain) if ch == "・"]
    inside = []
    for start in starts:
        for end in range(start + _PIECE, len(chain) + 1):
            piece = chain[start:end]
            if "・" not in piece or piece.endswith("・") or piece in forms:
                continue
            word = piece.replace("・", "")
            if word not in plain or chain.replace(piece, word) in forms:
                continue
            if end < len(chain) and chain[end] != "・":  # into an atom: the rest a word
                first = chain.rfind("・", 0, end) + 1
                last = chain.find("・", end)
                last = len(chain) if last < 0 else last
                if not _cut_between_words(chain[first:end], chain[first:last], 0, set(), forms):
                    continue
            inside.append((word, piece, start))
    return inside


def _why_alike(word: str, piece: str) -> str:
    """The reason a piece spells its word, in the words `_candidate_links` gives."""
    if spelling_key(word) == spelling_key(piece):
        return "small kana or ヴ"
    if trailing_key(word) == trailing_key(piece):
        return "word-final ー"
    if skeleton(word) == skeleton(piece):
        return "ー or ッ"
    return "エイ or エー" if long_e_key(word) == long_e_key(piece) else "オウ or オー"


def _add_piece(found: dict[str, Form], piece: str, compound: str, at: int, form: Form) -> None:
    def moved(occurrence: Occurrence) -> Occurrence:
        start = occurrence.start + at
        return Occurrence(occurrence.segment, start, start + len(piece))

    known = found.get(piece)
    if known is None:
        known = found[piece] = Form(piece, (piece,), first=moved(form.first))
    elif (compound, at) in known.within:  # found by another rule too
        return
    known.count += form.count
    known.unsourced += form.unsourced
    known.sourced.extend(form.sourced)
    known.occurrences.extend(map(moved, form.occurrences))
    known.within += ((compound, at),)


def _as_their_sources(a: Form, b: Form) -> bool:
    """Two Latin spellings each written (nine times in ten at least) as the source of its
    segment writes it (Django Admin in a heading, Django admin in the prose; the model
    Question, the word question): the source's own spellings, kept."""
    return a.script == b.script == "latin" and all(f.copied * 10 >= f.count * 9 for f in (a, b))


def _name_and_noun(a: Form, b: Form, sources: Mapping[int, str]) -> bool:
    """A name of three capitalised Latin words or more, written as its sources write it (OI
    File Manager), and katakana whose every source writes the name's last words in lower
    case too (a file manager: ファイルマネージャ): a product and a thing, two words."""
    for name, other in ((a, b), (b, a)):
        words = name.text.split()
        if (
            name.script != "latin"
            or other.script != "kana"
            or len(words) < 3  # not Apple Pay: "pay" in a source is the verb as often
            or not all(w[0].isupper() for w in words)
            or name.copied < name.count
            or other.unsourced
            or not other.sourced
        ):
            continue
        thing = " ".join(words[1:]).lower()
        texts = [sources[ordinal] for ordinal in set(other.sourced)]
        if all(thing in text for text in texts):
            return True
    return False


def _without_parts(groups: list[VariantGroup]) -> list[VariantGroup]:
    """Less the groups told again at another width. A name whose spellings differ only in one
    part (ギルバート・アシュフォード and ギルバート・アッシュフォード) is that part's group
    (アシュフォード, アッシュフォード) told again: the part is reported, where the spellings
    differ. Other parts written only inside another group's chains are that group's."""
    parts: dict[tuple[str, ...], list[VariantGroup]] = defaultdict(list)
    for group in groups:
        for form in group.forms:
            parts[form.atoms].append(group)
    told = [g for g in groups if any(_varies_in(g, part) for part in _parts_of(g, parts))]
    told_ids = {id(g) for g in told}
    return [
        group
        for group in groups
        if id(group) not in told_ids
        and not (
            _inside_another(group, groups) and not any(_varies_in(whole, group) for whole in told)
        )
    ]


def _inside_another(part: VariantGroup, groups: list[VariantGroup]) -> bool:
    """Whether `part`'s spellings are written only inside another group's."""
    return not any(form.standalone for form in part.forms) and any(
        whole is not part
        and all(
            any(
                _nested(form, other) or any(c == other.text for c, _ in form.within)
                for other in whole.forms
            )
            for form in part.forms
        )
        for whole in groups
    )


def _parts_of(
    whole: VariantGroup, parts: Mapping[tuple[str, ...], list[VariantGroup]]
) -> list[VariantGroup]:
    """The groups, among `parts`, of a spelling written inside one of `whole`'s."""
    found: dict[int, VariantGroup] = {}
    for form in whole.forms:
        atoms = form.atoms
        for i in range(len(atoms)):
            for j in range(i + 1, len(atoms) + (i > 0)):
                for part in parts.get(atoms[i:j], ()):
                    if part is not whole:
                        found[id(part)] = part
    return list(found.values())


def _varies_in(whole: VariantGroup, part: VariantGroup) -> bool:
    """Whether each spelling of `whole` is another of `part`'s in the same words around it,
    the suggestion in the suggestion where the whole name has a commonest spelling."""
    around, inner = set(), set()
    # a piece of a compound written as one (ウェブ of ウェブサイト, beside Webサイト), where the
    # piece is written elsewhere too: told by the whole where it is written only there
    pieces = sum(f.count for f in part.forms) > sum(f.count for f in whole.forms) and not any(
        "・" in f.text or " " in f.text for f in whole.forms
    )
    for form in whole.forms:
        atoms = form.atoms
        found = [
            (atoms[:i], atoms[i + len(p.atoms) :], p.text)
            for p in part.forms
            if len(p.atoms) < len(atoms)
            for i in range(len(atoms) - len(p.atoms) + 1)
            if atoms[i : i + len(p.atoms)] == p.atoms
        ] + [
            (_atoms_of(form.text[:at]), _atoms_of(form.text[at + len(p.text) :]), p.text)
            for p in part.forms
            for compound, at in p.within
            if compound == form.text and pieces
        ]
        if len(found) != 1:
            return False
        around.add(found[0][:2])
        inner.add(found[0][2])
        if form.text == whole.suggestion and found[0][2] != part.suggestion:
            commonest = max(f.count for f in whole.forms)
            if sum(f.count == commonest for f in whole.forms) == 1:
                return False  # each told its own way: LDAPサーバー beside a commoner サーバ
    return len(around) == 1 and len(inner) == len(whole.forms)


def _atoms_of(text: str) -> tuple[str, ...]:
    return (text,) if text else ()


def _outermost(members: list[str], forms: dict[str, Form]) -> list[str]:
    """Members that are not parts of another member (オープン inside オープンAI)."""
    return [
        m
        for m in members
        if not any(
            o != m and _nested(forms[m], forms[o]) and len(forms[m].atoms) < len(forms[o].atoms)
            for o in members
        )
    ]


def _candidate_links(
    forms: dict[str, Form],
    renderings: dict[str, set[str]],
    sources: Mapping[int, str],
    latin: list[str],
) -> Iterator[tuple[str, str, str]]:
    yield from _same_key(forms, exact_key, 1, "width, case, ・ or spacing")
    for a, b, reason in _same_key(forms, spelling_key, MIN_SMALL_KANA - 1, "small kana or ヴ"):
        if exact_key(a) != exact_key(b) and (  # not one evidence told twice (OpenAI/openai)
            len(spelling_key(a)) >= MIN_SMALL_KANA
            or (_small_kana_apart(a, b) and _said_alike(forms[a], forms[b], sources))
        ):
            yield a, b, reason
    kana_like = {t: f for t, f in forms.items() if f.script != "latin"}
    for keyer, minimum, why in (
        (trailing_key, MIN_TRAILING, "word-final ー"),
        (skeleton, MIN_SKELETON, "ー or ッ"),
    ):
        for a, b, reason in _same_key(kana_like, keyer, minimum, why):
            if spelling_key(a) != spelling_key(b) and not _swaps_long_vowel_and_geminate(a, b):
                yield a, b, reason
    # two words of the dictionary (インターフェース, インターフェイス) are Sudachi's to unite,
    # in compounds too; a name or a word it lacks (サンシェイド) is told here
    for keyer, least, why in (
        (long_e_key, MIN_SKELETON - 1, "エイ or エー"),
        (long_o_key, MIN_SKELETON - 1, "オウ or オー"),
        (ti_key, MIN_SKELETON, "ティ or チ"),
        (wa_key, MIN_SKELETON, "ワ or ア"),
        (wh_key, MIN_SKELETON, "ホイ or ウィ"),
        (yo_key, MIN_SKELETON, "オ or ョ"),
    ):
        for a, b, reason in _same_key(kana_like, keyer, least, why):
            if len(keyer(a)) < MIN_SKELETON and not _one_long_vowel(a, b):
                continue  # テンプ, ティンプー: more than one sound apart
            if keyer is long_o_key and all(known_words(t) == ((0, len(t)),) for t in (a, b)):
                continue  # ソウル, ソール: two words of the dictionary (Seoul, a sole)
            if skeleton(a) != skeleton(b) and not (everyday_word(a) and everyday_word(b)):
                yield a, b, reason
    for keyer, why in ((voicing_key, "ス or ズ"), (ex_key, "エクス or エキス")):
        for a, b, reason in _same_key(kana_like, keyer, MIN_SKELETON, why):
            if {a[-3:], b[-3:]} == {"バッグ", "バック"}:
                if _bag_misheard(a, b):
                    yield a, b, reason
            elif spelling_key(a) != spelling_key(b) and not dictionary_words_apart(a, b):
                yield a, b, reason  # not プライスリスト, プライズリスト: price and prize

    reader = _Reader()
    kana_by_consonants: dict[str, list[str]] = defaultdict(list)
    for term, form in kana_like.items():
        kana_by_consonants[_term_consonants(form)].append(term)
    for term in sorted(latin, key=lambda t: -forms[t].count):
        for key in latin_consonants(term):
            for other in kana_by_consonants.get(key, ()):
                if (
                    reader.cross_script(forms[term], forms[other])
                    and not _kept(forms[term], other)
                    and (not _acronym(term) or _named_often(forms[other], term, sources))
                ):
                    yield term, other, _CROSS_SCRIPT

    yield from _capitals_rendered(forms, kana_by_consonants, sources, reader)
    yield from _dictionary_names(forms, kana_like)
    yield from _units_named(forms, kana_like, sources)
    yield from _compounds(forms, kana_like, reader)

    in_names = _inside_latin_names(forms)
    for name, rendered in renderings.items():
        if name[0].islower():
            yield from _word_rendered_two_ways(name, rendered, forms, sources)
            continue
        # a rendering made of another (ダウンロードエラー, of ダウンロード) is another word
        ordered = sorted(
            t
            for t in rendered
            if not any(o != t and o in t for o in rendered)
            and _named_often(forms[t], name, sources)
        )
        for other in ordered[1:]:
            if _spelled_alike(forms[ordered[0]], forms[other], reader, name, in_names):
                yield ordered[0], other, f"one source name, “{name}”, rendered two ways"


def _word_rendered_two_ways(
    word: str, rendered: set[str], forms: dict[str, Form], sources: Mapping[int, str]
) -> Iterator[tuple[str, str, str]]:
    """Pairs of katakana words that render one English word (ダイヤフラム, ダイアフラム for
    diaphragm), a sound or two apart, of which the dictionary holds one at most, or which
    differ in a ー alone (ヌバック, ヌーバック for nubuck) or in one sound written two ways
    (`one_sound_key`: ボウル, ボール for bowl; シェラック, セラック): not two words it holds
    (ガラス, グラス for glass; マシン, ミシン for machine), nor one made of the other
    (ダイヤフラム, ダイヤフラム式)."""
    said = word[:-1] if word.endswith("y") else word  # gallery, said as galleries
    ordered = sorted(
        t
        for t in rendered
        if not any(o != t and o in t for o in rendered) and _named_often(forms[t], said, sources)
    )
    for a, b in combinations(ordered, 2):
        key_a, key_b = spelling_key(a), spelling_key(b)  # one key: `_same_key`'s (ファン, フアン)
        if _written_beside(forms[a], forms[b], said, sources):
            continue  # カール, カルテ in one sentence: curl and the record, two words
        if (
            (
                not (dictionary_spelling(a) and dictionary_spelling(b))
                or a.replace("ー", "") == b.replace("ー", "")
                or one_sound_key(a) == one_sound_key(b)
                or (
                    bool(synonyms(a) & synonyms(b))
                    and dictionary_spelling(a) != dictionary_spelling(b)  # not one already
                    and not two_loanwords(a, b)
                )
            )
            and 0 < Levenshtein.distance(key_a, key_b) <= 2
            and fuzz.ratio(key_a, key_b) >= 65
            and not any(
                _ing_form(*pair) or _agent_form(*pair) or _plural_form(*pair)
                for pair in ((a, b), (b, a))
            )
        ):
            yield a, b, f"one source word, “{word}”, rendered two ways"


def _written_beside(a: Form, b: Form, word: str, sources: Mapping[int, str]) -> bool:
    """Whether one spelling is written only in segments that hold the other too, whose
    sources say the word once: two words of the source, not one rendered two ways."""
    first, second = set(a.sourced), set(b.sourced)
    return (
        bool(first)
        and bool(second)
        and (first <= second or second <= first)
        and all(sources[o].lower().count(word) <= 1 for o in first & second)
    )


def _latin_words(forms: dict[str, Form]) -> list[str]:
    """The Latin words that katakana may spell too. Not a word written in lower case
    somewhere, a word, a command or a unit kept in English on purpose (commit, bit, path);
    nor a word only ever part of a name in English (Protocol in Interledger Protocol); nor a
    key only ever named in a shortcut (Tab in Ctrl+Tab); nor a word in capitals (FILE, a
    command line's metavariable), save a loanword in capitals (`_loanword_in_capitals`)."""
    lowered = {t.lower() for t, f in forms.items() if f.script == "latin" and t.islower()}
    in_names = _inside_latin_names(forms, words=2)
    chained = {
        a for f in forms.values() if f.script == "latin" and len(f.atoms) > 1 for a in f.atoms
    }
    return [
        t
        for t, f in forms.items()
        if f.script == "latin"
        and f.keyed < f.count
        and (not _acronym(t) or _loanword_in_capitals(f, chained))
        and t.lower() not in lowered
        and t not in in_names
    ]


def _in_sources(word: str, sources: Mapping[int, str]) -> bool:
    """Whether a source writes `word` as it is, as a word (LIST, a metavariable)."""
    said = re.compile(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])")
    return any(said.search(source) for source in sources.values())


def _loanword_in_capitals(form: Form, chained: set[str]) -> bool:
    """Whether a word in capitals is a loanword of the dictionary (FAX, BOX of ギフトBOX): a
    style of writing the loanword where no source writes it so (by fax, a gift box;
    `discover_terms` asks `_in_sources`), not a name, a constant or a metavariable (LIST)
    copied as it is. Not a switch's state, which Japanese interfaces write in capitals by
    convention (OFF, ON/OFF, beside オフにする), nor a word written only in a chain of Latin
    words (HTTP PROXY, ALTER TABLE). Where it is linked by sound, the sources of the katakana
    must say it too (`_candidate_links`: not キュー for a queue, beside CUE of a cue sheet)."""
    return (
        not form.paired
        and form.text not in _SWITCH_STATES
        and (form.standalone > 0 or form.text not in chained)
        and bool(loanword(form.text))
    )


def _dictionary_names(
    forms: dict[str, Form], kana_like: dict[str, Form]
) -> Iterator[tuple[str, str, str]]:
    """A katakana name or common noun that the dictionary writes as a Latin spelling of the
    document (ワイファイ: Wi-Fi; ブルートゥース: Bluetooth; ハサップ: HACCP), each perhaps only
    in compounds (ワイファイダイレクト, Wi-Fiネットワーク)."""
    latin: dict[str, list[str]] = defaultdict(list)
    for text, form in forms.items():
        if form.script == "latin" and not text.islower():  # wifi: a command, a setting's key
            latin[exact_key(text)].append(text)
    for term, form in kana_like.items():
        name = ""
        if len(form.atoms) == 1:
            spelled = dictionary_spelling(term)
            name = latin_name(term) or (spelled if spelled.isascii() else "")
        for spelled in latin.get(exact_key(name), ()) if name else ():
            yield spelled, term, f"the dictionary writes {term} as {name}"


def _units_named(
    forms: dict[str, Form], kana_like: dict[str, Form], sources: Mapping[int, str]
) -> Iterator[tuple[str, str, str]]:
    """A unit's symbol (Hz, kg, pH) beside its name in katakana (ヘルツ, キロ, ペーハー), where
    the source of each segment that writes the name writes the symbol: one unit written two
    ways. Not キロ where a source says kilometres in words, beside kg."""
    for term in sorted(UNIT_NAMES.keys() & forms.keys()):
        said = re.compile(rf"(?<![{_LETTERS}]){re.escape(term)}(?![{_LETTERS}])")
        for name in UNIT_NAMES[term]:
            other = kana_like.get(name)
            written = [sources.get(i, "") for i in other.sourced] if other else []
            if written and all(said.search(source) for source in written):
                yield term, name, f"the unit {term} named {name}"


def _capitals_rendered(
    forms: dict[str, Form],
    kana_by_consonants: Mapping[str, list[str]],
    sources: Mapping[int, str],
    reader: _Reader,
) -> Iterator[tuple[str, str, str]]:
    """A word in capitals that the source writes (ID; LINE, an app) and katakana also spells,
    letter by letter (アイディー) or as a word (ライン), where the segments of the katakana
    say it in capitals and do not keep it: one name written two ways. As a word, only one
    the sources never write in lower case (INDEX beside index, DEBUG beside debugging are a
    command line's metavariables, and インデックス renders the English word), or a name the
    dictionary reads as the katakana (LINE: ライン, beside out of line)."""
    for term, form in forms.items():
        if form.script != "latin" or not _acronym(term) or form.copied < form.count:
            continue
        spelled = _letter_by_letter(term) & forms.keys()
        alike = {t for key in latin_consonants(term) for t in kana_by_consonants.get(key, ())}
        if not spelled and not alike:
            continue
        said = re.compile(rf"(?<![{_LETTERS}]){re.escape(term)}(?![{_LETTERS}])", re.IGNORECASE)
        kept = set(form.sourced)
        lower_case: bool | None = None  # whether a source writes the word otherwise, once asked
        for other in sorted(spelled | alike):
            if forms[other].script != "kana":
                continue
            written = set(forms[other].sourced) - kept
            named = sum(
                1
                for i in written
                if any(m.group() == term for m in said.finditer(sources.get(i, "")))
            )
            if not named or named * 2 < len(written):
                continue
            if other not in spelled:
                if not reader.sounds_alike(term.lower(), other):
                    continue
                if lower_case is None:
                    lower_case = any(
                        m.group() != term for text in sources.values() for m in said.finditer(text)
                    )
                if lower_case and name_read_as(term) != other:
                    continue  # but LINE, an app the dictionary reads ライン, beside out of line
            yield term, other, _CROSS_SCRIPT


def _inside_latin_names(forms: dict[str, Form], words: int = 1) -> frozenset[str]:
    """The Latin words written only inside names in English (Player, only ever in Adobe Flash
    Player for Internet Explorer) of `words` words that are no acronym at least (with two, not
    SmartCard in RDP SmartCard PIN), in a chain with katakana too (Effects in Easy Effects
    パイプライン): parts of names kept in English, not words of their own. Not a word also
    written in a chain with katakana outside a name (Word in Wordファイル), in English
    prose (Maintenance finished), or in a name written elsewhere with that word in katakana
    (Guide in YAML Guide, beside YAMLガイド)."""
    parts = {t for t, f in forms.items() if f.script == "latin" and f.standalone == 0}
    holes = {
        _hole(form.atoms, i)
        for form in forms.values()
        if form.script == "mixed"
        for i, atom in enumerate(form.atoms)
        if is_katakana(atom[0])
    }
    for form in forms.values():
        if len(form.atoms) < 2:
            continue
        named = _in_names(form.atoms, words) if form.script != "kana" else set()
        for i, atom in enumerate(form.atoms):
            if i not in named or _hole(form.atoms, i) in holes:
                parts.discard(atom)
    return frozenset(parts)


def _in_names(atoms: tuple[str, ...], words: int) -> set[int]:
    """The places of `atoms` inside a name of two words or more, `words` of them no acronym
    (Window Maker in Window Maker domain)."""
    inside: set[int] = set()
    start = 0
    while start < len(atoms):
        end = start + 1
        while end < len(atoms) and (
            _title(atoms[start : end + 1]) or _title(atoms[start : end + 2])  # Flash Player for IE
        ):
            end += 1
        run = atoms[start:end]
        if len(run) >= 2 and _title(run) and sum(not _acronym(a) for a in run) >= words:
            inside.update(range(start, end))
        start = end
    return inside


def _hole(atoms: tuple[str, ...], i: int) -> tuple[str, ...]:
    return (*atoms[:i], "", *atoms[i + 1 :])


_CONNECTIVES = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to"})


def _title(words: tuple[str, ...]) -> bool:
    """Words written as a name's: each capitalised but the small words between."""
    return all(
        word[0].isupper() or (0 < i < len(words) - 1 and word in _CONNECTIVES)
        for i, word in enumerate(words)
    )


# a letter as Japanese says it, as a compound's first word (eラーニング, イーラーニング)
_LETTER_NAMES = {
    letter: names
    for letter, names in zip(
        "abcdefghijklmnopqrstuvwxyz",
        (
            ("エー", "エイ"), ("ビー",), ("シー",), ("ディー", "デー"), ("イー",), ("エフ",),
            ("ジー",), ("エイチ", "エッチ"), ("アイ",), ("ジェー", "ジェイ"), ("ケー", "ケイ"),
            ("エル",), ("エム",), ("エヌ",), ("オー",), ("ピー",), ("キュー",), ("アール",),
            ("エス",), ("ティー",), ("ユー",), ("ブイ", "ヴィー"), ("ダブリュー",), ("エックス",),
            ("ワイ",), ("ゼット", "ズィー"),
        ),
        strict=True,
    )
}  # fmt: skip


def _letter_by_letter(acronym: str) -> set[str]:
    """An acronym of two to six letters as Japanese spells it letter by letter (ID: アイディー,
    アイデー)."""
    letters = [ch.lower() for ch in acronym if ch.isalpha()]
    if not 2 <= len(letters) <= 6 or not all(ch in _LETTER_NAMES for ch in letters):
        return set()
    return {"".join(names) for names in product(*(_LETTER_NAMES[ch] for ch in letters))}


def _compounds(
    forms: dict[str, Form], kana_like: dict[str, Form], reader: _Reader
) -> Iterator[tuple[str, str, str]]:
    """A Latin word and a katakana word written as one, beside the compound all in katakana
    (Webサイト and ウェブサイト, Lightning ノード and ライトニングノード): the Latin word spelled in
    katakana, inside a compound that is never written apart."""
    by_tail: dict[str, list[str]] = defaultdict(list)
    for term, form in forms.items():
        if form.script == "mixed" and len(form.atoms) == 2:
            head, tail = form.atoms
            # in lower case, a word kept in English on purpose (torrent ファイル, include ファイル);
            # a letter (eラーニング) or an acronym (QRコード) is spelled letter by letter
            if is_katakana(tail[0]) and (len(head) == 1 or head[0].isupper()):
                by_tail[tail].append(term)
    if not by_tail:
        return
    for term, form in kana_like.items():
        if form.script != "kana" or len(form.atoms) != 1:
            continue
        for cut in range(2, len(term) - 1):
            for mixed in by_tail.get(term[cut:], ()):
                head = forms[mixed].atoms[0]
                if _acronym(head) and len(head) > 1:  # QRコード; SIMカード, read as a word
                    alike = term[:cut] in _letter_by_letter(head) or (
                        3 <= len(head) <= 4 and reader.sounds_alike(head.lower(), term[:cut])
                    )  # not a longer word in capitals, a file's name (LICENSEファイル)
                else:
                    alike = term[:cut] in _LETTER_NAMES.get(
                        head.lower(), ()
                    ) or reader.sounds_alike(head, term[:cut])
                if alike:
                    yield mixed, term, _CROSS_SCRIPT


def _sounds_near(latin: str, kana: str) -> bool:
    """Whether a katakana word's consonants are near a Latin word's (ユーレイル, Eurail), where
    the stricter `_Reader.sounds_alike` may refuse a name it has no model of."""
    key = consonants(kana)
    return any(fuzz.ratio(key, option) >= 75 for option in latin_consonants(latin))


def _kept(latin: Form, kana: str) -> bool:
    """Whether an English word, copied from the source wherever it is written, stands beside
    its everyday loanword (Port/ポート, Default/デフォルト): a keyword or a name kept in
    English on purpose, not one word spelled two ways (Cookie/クッキー in text of its own)."""
    return latin.copied == latin.count and everyday_word(kana)


def _named_often(form: Form, name: str, sources: Mapping[int, str]) -> bool:
    """Whether the sources of the segments a spelling is written in say the name (in any
    case) in one in `_NAMED_IN` at least: ダウンロード, written in 173 segments of which a few
    name Rapid Photo Downloader, renders download, not Downloader; リポジトリー renders
    repository wherever it is written, in capitals or not."""
    said = name.casefold().strip(".,:;!? ")
    written = [i for i in form.sourced if i in sources]
    named = sum(1 for i in written if said in sources[i].casefold())
    return named * _NAMED_IN >= len(written)


def _spelled_alike(
    a: Form, b: Form, reader: _Reader, name: str, in_names: frozenset[str] = frozenset()
) -> bool:
    """Whether two renderings of one source name can be one word spelled two ways: not one
    inside the other (ドキュメント, ドキュメントタイプ: another word, made of it), and alike
    in spelling, or in sound across scripts, or one the other with its first word kept as
    the name writes it (Eurailパス, ユーレイルパス for Eurail Pass). Two words that render one
    name otherwise (ルール for Error, ログアウト for Log in) are a mistranslation or another
    word, which the consistency check reports, not a variant. A word in capitals as its
    source writes it (FILE, a command line's metavariable) is no spelling of a loanword, nor
    is an English word written only inside names kept in English (`in_names`: Player in
    Adobe Flash Player), copied from the source in half at least, one of its everyday loanword
    (プレーヤー)."""
    if a.text in b.text or b.text in a.text:
        return False
    for latin, other in ((a, b), (b, a)):
        if latin.script == "latin":
            if other.script == "latin":
                return True
            return not (latin.copied == latin.count and _acronym(latin.text)) and not (
                latin.text in in_names
                and latin.copied * 2 >= latin.count
                and everyday_word(other.text)
            )
    for mixed, kana in ((a, b), (b, a)):
        if mixed.script == "mixed" and kana.script == "kana" and len(mixed.atoms) == 2:
            head, tail = mixed.atoms
            if (
                is_katakana(tail[0])
                and kana.text.endswith(tail)
                and len(kana.text) > len(tail)
                and head.casefold() in name.casefold().split()
                and _sounds_near(head, kana.text[: -len(tail)])
            ):
                return True
    if any(
        _ing_form(*pair) or _agent_form(*pair) or _plural_form(*pair)
        for pair in ((a.text, b.text), (b.text, a.text))
    ):
        return False
    if _name_and_two_words(a.text, b.text, name, reader):
        return False
    return fuzz.ratio(spelling_key(a.text), spelling_key(b.text)) >= SOURCE_RENDERING_CUTOFF


def _name_and_two_words(a: str, b: str, name: str, reader: _Reader) -> bool:
    """Whether two renderings of a name are the name and two different words after it (Check
    in, Check out: チェックイン, チェックアウト) or before it (In Point, Out Point: インポイント,
    アウトポイント), not one word spelled two ways (フォルダオーバーレイ, フォルダーオーバーレイ:
    ー after the name). The words after it may begin alike (ヘッドセットオン, ヘッドセットオフ
    for Headset on and off)."""
    shortest = min(len(a), len(b))
    shared = next((i for i in range(shortest) if a[i] != b[i]), shortest)
    for cut in range(shared, 1, -1):
        start, tails = a[:cut], (a[cut:], b[cut:])
        if (
            all(len(tail) >= 2 and tail[0] not in _NOT_A_START for tail in tails)
            and fuzz.ratio(*map(spelling_key, tails)) < SOURCE_RENDERING_CUTOFF
            and reader.sounds_alike(name, start)
        ):
            return True
    shared = next((i for i in range(shortest) if a[-1 - i] != b[-1 - i]), shortest)
    end, heads = a[len(a) - shared :], (a[: len(a) - shared], b[: len(b) - shared])
    return (
        len(end) >= 2
        and end[0] not in _NOT_A_START
        and all(len(head) >= 2 and all(map(is_katakana, head)) for head in heads)
        and fuzz.ratio(*map(spelling_key, heads)) < SOURCE_RENDERING_CUTOFF
        and any(reader.sounds_alike(word, end) for word in name.split())
    )


_NOT_A_START = frozenset("ーッャュョァィゥェォヮ・")


def _ing_form(word: str, other: str) -> bool:
    """Whether `other` is the English -ing form of `word` in katakana (サイクル, サイクリング;
    シェア, シェアリング): another word, the translator's for its place (Cycling Computer,
    サイクル コンピューター)."""
    return other.endswith("ング") and other[:-3] in (word, word[:-1]) and other != word


def _bag_misheard(a: str, b: str) -> bool:
    """Of two compounds, one ending in バッグ and one in バック, whether the bag is misheard
    (キャリーバッグ, キャリーバック): each one word of the dictionary, or neither, or the bag
    alone (ティーバッグ, not ティーバック); not ペーパーバック, a paperback, beside
    ペーパーバッグ."""
    bag = a if a.endswith("バッグ") else b
    return everyday_word(a) == everyday_word(b) or everyday_word(bag)


def _plural_form(word: str, other: str) -> bool:
    """Whether `other` is the English plural of `word` written out in katakana, its d or t
    and s read together (ガイド, ガイズ for Frostline Guides; ポイント, ポインツ): a name's
    word, not a spelling of the word in the singular."""
    return (word[-1:], other[-1:]) in (("ド", "ズ"), ("ト", "ツ")) and word[:-1] == other[:-1]


# a verb's last kana and its agent noun's, of the ア row (デバッグ, デバッガ; プリント, プリンタ)
_AGENT_ENDING = dict(zip("グドトスクブプズムルツ", "ガダタサカバパザマラタ", strict=True))


def _agent_form(word: str, other: str) -> bool:
    """Whether `other` is the English agent noun of `word` in katakana, its -er clipped or
    not (デバッグ, デバッガ; スキャン, スキャナー; フォロー, フォロワー; ビュー, ビューワー):
    another word, not a spelling of it."""
    agent = other.rstrip("ー")
    if word.endswith("ン"):
        return agent == word[:-1] + "ナ"
    if word.endswith("ー"):
        return agent in (word[:-1] + "ワ", word + "ワ")
    ending = _AGENT_ENDING.get(word[-1:])
    return ending is not None and agent == word[:-1] + ending


def _small_kana_apart(a: str, b: str) -> bool:
    """Whether two katakana spellings differ in a small vowel's size only (ウエス, ウェス),
    which is no other sound even in a word of three kana; ヴ may be (ヴァン, バン)."""
    return all(map(is_katakana, a + b)) and small_kana_key(a) == small_kana_key(b)


def _said_alike(a: Form, b: Form, sources: Mapping[int, str]) -> bool:
    """Whether one word of the sources is said in half the segments of each spelling, or
    more (rag for ウエス and for ウェス; not Juan for フアン and fan for ファン), and no
    segment writes both (フアン氏によると…ファンではなく: Huang, and fans)."""
    said_a = [source_words(sources[i]) for i in a.sourced if i in sources]
    said_b = [source_words(sources[i]) for i in b.sourced if i in sources]
    if not said_a or not said_b or not set(a.sourced).isdisjoint(b.sourced):
        return False
    return any(
        2 * sum(word in s for s in said_a) >= len(said_a)
        and 2 * sum(word in s for s in said_b) >= len(said_b)
        for word in set().union(*said_a) & set().union(*said_b)
    )


def _same_key(
    forms: dict[str, Form], keyer: Callable[[str], str], minimum: int, why: str
) -> Iterator[tuple[str, str, str]]:
    buckets: dict[str, list[str]] = defaultdict(list)
    for term in forms:
        key = keyer(term)
        if len(key) >= minimum:
            buckets[key].append(term)
    for terms in buckets.values():
        for other in terms[1:]:
            if not _capitalised(terms[0], other, forms):
                yield terms[0], other, why


def _capitalised(a: str, b: str, forms: dict[str, Form]) -> bool:
    """Two Latin spellings of one word where one is capitalised (git/Git, at a sentence's
    start) or in capitals (ONE/one, in a heading): the same spelling, not a variant; a case
    changed inside the word (OpenAI/Openai) is a variant."""
    if forms[a].script != "latin" or forms[b].script != "latin" or a.lower() != b.lower():
        return False  # other scripts, or width (USB/ＵＳＢ) and joiners differ too
    return a[1:] == b[1:] or a.isupper() or b.isupper()


def _one_long_vowel(a: str, b: str) -> bool:
    """Whether two spellings differ in one long vowel only, written イ, ウ, ー or not at all
    (リテイク, リテーク; レイシオ, レシオ; ショウ, ショー)."""
    ops = Levenshtein.opcodes(a, b)
    changed = [
        (a[op.src_start : op.src_end], b[op.dest_start : op.dest_end])
        for op in ops
        if op.tag != "equal"
    ]
    return len(changed) == 1 and set(changed[0]) <= {"イ", "ウ", "ー", ""}


def _swaps_long_vowel_and_geminate(a: str, b: str) -> bool:
    """ー in one where the other has ッ (マーチング/マッチング): different words, not variants."""
    key_a, key_b = spelling_key(a), spelling_key(b)
    return any(
        op.tag == "replace"
        and {key_a[op.src_start : op.src_end], key_b[op.dest_start : op.dest_end]} <= {"ー", "ッ"}
        for op in Levenshtein.opcodes(key_a, key_b)
    )


def _alignments(
    segments: Sequence[Segment],
    first: int,
    forms: dict[str, Form],
    by_segment: dict[int, set[str]],
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """For each target spelling, the source names it surely renders (same consonants); for
    each name, the spellings that render it."""
    aligned: dict[str, set[str]] = defaultdict(set)
    renderings: dict[str, set[str]] = defaultdict(set)
    lowered = frozenset(w for s in segments for w in _COMMON_WORD.findall(s.source or ""))
    for ordinal, segment in enumerate(segments, start=first):
        if not segment.source:
            continue
        named = _align(segment, forms, by_segment[ordinal])
        for term, (name, score) in named.items():
            if score >= 100:
                aligned[term].add(name)
            renderings[name].add(term)
        said = _rendered_words(segment.source, forms, by_segment[ordinal], lowered)
        for term, word in said.items():
            # a name at a sentence's start that is the word too: Nubuck is …; on nubuck
            if term not in named or named[term][0].lower() == word:
                renderings[word].add(term)
    return aligned, renderings


_RENDERED_WORD = 4  # letters of an English word whose katakana renderings are compared


_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?:]\s))\s*([A-Z][a-z]{2,})\b")


def _rendered_words(
    source: str, forms: dict[str, Form], terms: set[str], lowered: Set[str] = frozenset()
) -> dict[str, str]:
    """Katakana word → the one English word in lower case of the source it sounds like
    (ダイアフラム, diaphragm): a source word rendered two ways is one word spelled two ways,
    where the dictionary does not hold both as words of their own. A word capitalised at a
    sentence's start is that word where the sources write it in lower case too (`lowered`:
    Nubuck is …, stains on nubuck …)."""
    kana = [t for t in terms if forms[t].script == "kana" and len(forms[t].atoms) == 1]
    if not kana:
        return {}
    starting = [m.group(1).lower() for m in _SENTENCE_START.finditer(source)]
    words = {
        _lemma(w)
        for w in (*_COMMON_WORD.findall(source), *(w for w in starting if w in lowered))
        if len(w) >= _RENDERED_WORD and w not in FUNCTION_WORDS
    }
    phrases: list[str] | None = None
    found: dict[str, str] = {}
    for term in kana:
        key = consonants(term)
        fits = {w: score for w in words if (score := _fit(key, w)) >= SOURCE_ALIGN_CUTOFF}
        if len(fits) > 1:  # one word whose sounds it has all, beside others a sound apart
            # (ハイドロフォン: hydrophone, not dolphin), else none
            fits = {w: score for w, score in fits.items() if score == 100}
        if len(fits) != 1:
            continue
        [(word, score)] = fits.items()
        if score < 100:  # two words of the source may fit better: ロッカキー, locker key
            if phrases is None:
                phrases = _WORD_PAIR.findall(source)
            if any(fuzz.ratio(key, o) > score for p in phrases for o in latin_consonants(p)):
                continue
        found[term] = word
    return found


_PLURAL_ES = re.compile(r"(?:ch|sh|x|ss)es\Z")


@lru_cache(maxsize=1 << 16)
def _lemma(word: str) -> str:
    """An English word in the singular: swatches, swatch; categories, category."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-2] if _PLURAL_ES.search(word) else _singular(word)


@lru_cache(maxsize=1 << 16)
def _fit(key: str, word: str) -> float:
    """How well a katakana word's consonants fit an English word's, saying no more."""
    return max(
        (fuzz.ratio(key, o) for o in latin_consonants(word) if len(key) <= len(o) + 1),
        default=0.0,
    )


def _sources_disagree(
    a: str,
    b: str,
    forms: dict[str, Form],
    aligned: dict[str, set[str]],
    sources: dict[int, str],
) -> bool:
    """Each spelling renders a different source name (Austria vs Australia), or one renders
    a name that no source of the other's segments mentions, in the singular or plural (Laura
    vs roller), for two katakana spellings its hyphen written or not (チェック・イン for
    Check-in, チェックイン where the sources say Check in)."""
    names_a, names_b = aligned.get(a, set()), aligned.get(b, set())
    kana = "latin" not in (forms[a].script, forms[b].script)
    if names_a and names_b:
        return not _related(names_a, names_b, plural=kana)
    for names, other in ((names_a, b), (names_b, a)):
        if not names:
            continue
        form = forms[other]
        if form.unsourced:  # a segment without a source: nothing to disagree with
            continue
        words = {
            _stem(_singular(written)) if kana else _singular(written)
            for name in names
            for w in name.casefold().split()
            for written in ({w, w.replace("-", ""), w.replace("-", " ")} if kana else {w})
        }
        texts = [sources[ordinal].casefold() for ordinal in set(form.sourced)]
        if not any(w in t for t in texts for w in words) and (
            not kana or everyday_word(a) or everyday_word(b) or _renders_a_word(form, texts)
        ):
            return True
    return False


_SOURCE_WORD = re.compile(r"[a-z][a-z'-]+")


def _renders_a_word(form: Form, texts: list[str]) -> bool:
    """Whether a katakana spelling sounds like a word of its segments' sources, or two or three
    (ローラー and roller, ファイル システム and File Systems): it renders those, not the name
    another spelling renders; a source that names no such word (she, for モラーレスさん) does
    not tell two names apart. (Two spellings of an everyday word are Sudachi's to unite.)"""
    key = _term_consonants(form)
    phrases: set[str] = set()
    for text in texts:
        words = _SOURCE_WORD.findall(text)
        phrases.update(" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words)))
    return any(
        fuzz.ratio(key, option) >= SOURCE_ALIGN_CUTOFF
        for phrase in phrases
        for option in latin_consonants(phrase)
    )


def _stem(word: str) -> str:
    """A word less the final e its -ing and -ed forms drop (slackline: slacklin, which
    slacklining holds)."""
    return word[:-1] if len(word) >= 6 and word.endswith("e") else word


def _singular(word: str) -> str:
    """A word without its plural s, which the sentence of another spelling may lack
    (Counterweights at a sentence's start, each counterweight)."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _group(
    members: list[str], forms: dict[str, Form], evidence: set[str], accepted: set[str]
) -> VariantGroup:
    """`accepted`: the glossary's accepted forms, one of which is the suggestion if there.
    Else, of Latin spellings that differ only in their spaces and hyphens, one written as the
    sources write it (in half its places at least) before one they mostly do not (ArcMenu, the
    product's name in every source, before Arc Menu, commoner in the translation; but Rockbox
    Utility, which 13 of its 16 sources write, before RockboxUtility, which one writes); then
    the commonest; of spellings as common, one in half-width letters (元に戻す(&U), not (&Ｕ)),
    one without a space between Latin and Japanese (IPアドレス, not IP アドレス), as Japanese
    style guides write them."""
    joined = (
        all(forms[m].script == "latin" for m in members)
        and len({_JOINS.sub("", m) for m in members}) == 1
    )
    ordered = sorted(
        (forms[m] for m in members),
        key=lambda f: (
            not (joined and f.copied * 2 >= f.count),
            -f.count,
            unicodedata.normalize("NFKC", f.text) != f.text,  # Ｕ, not U, where as common
            f.text != f.text.strip(),
            _SPACED.search(f.text) is not None,
            _first(f),
        ),
    )
    preferred = next((f.text for f in ordered if f.text in accepted), None)
    if preferred is None:  # the glossary's form in another case or width (OpenAI: openai)
        folded = {_folded(a): a for a in accepted}
        preferred = next(
            (folded[_folded(f.text)] for f in ordered if _folded(f.text) in folded),
            ordered[0].text,
        )
    return VariantGroup(ordered, preferred, sorted(evidence))


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


_SPACED = re.compile(rf"[A-Za-z0-9] +[{KATAKANA}]|[{KATAKANA}] +[A-Za-z0-9]")
_JOINS = re.compile(r"[\s\-]")


def _first(form: Form) -> tuple[str, int]:
    return form.first.segment, form.first.start


def _message(group: VariantGroup) -> str:
    return f"spelled {len(group.forms)} ways: {group.summary()} ({'; '.join(group.evidence)})"


class _Written:
    """Whether a text holds one of some strings, as it is written (most segments hold none):
    the cheap test before a segment's words are read."""

    def __init__(self, needles: Iterable[str]) -> None:
        self.needles = frozenset(needles)
        self._automaton: Any = None

    def __getstate__(self) -> dict[str, Any]:
        return {"needles": self.needles}  # the automaton is built again where it is used

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.needles = state["needles"]
        self._automaton = None

    def __call__(self, text: str) -> bool:
        if not self.needles:
            return False
        if self._automaton is None:
            self._automaton = ahocorasick.Automaton()
            for needle in self.needles:
                self._automaton.add_word(needle, None)
            self._automaton.make_automaton()
        return next(self._automaton.iter(text), None) is not None


class Spellings:
    """What the variant check's reduce leaves of the katakana and Latin groups: each spelling
    that is not its group's suggestion, with the suggestion, message and rule of its
    findings. The findings are made where each segment is checked (`findings`): the reduce
    holds no occurrence. `coded`: the Latin words the document writes as names in code."""

    def __init__(self, groups: Iterable[VariantGroup] = (), coded: Set[str] = frozenset()) -> None:
        self.coded = coded
        self.wanted: dict[str, tuple[str, str, str]] = {}
        self.inside: dict[str, tuple[int, str]] = {}  # a compound: where a piece is, which
        self.spelt: dict[str, frozenset[str]] = {}  # each spelling's group's spellings
        for group in groups:
            message = _message(group)
            spelt = frozenset(form.text for form in group.forms)
            for form in group.forms:
                if form.text != group.suggestion:
                    self.wanted[form.text] = (group.suggestion, message, group.rule)
                    self.spelt[form.text] = spelt
                    self.inside.update((c, (at, form.text)) for c, at in form.within)
        self.written = _Written(self.wanted)

    def findings(self, segment: Segment) -> list[Finding]:
        """A `variant` finding on each occurrence of such a spelling in the segment; where a
        chain and one of its atoms are both flagged, the longer span."""
        if not self.written(segment.target) or code_block(segment.target):
            return []
        if _as_registered(segment) or (
            _as_is(segment)
            and (keys_named(segment.source or "") or len(_LATIN_WORD.findall(segment.target)) > 1)
        ):
            # a message left in English is untranslated, not a spelling of its words (Window 0
            # enable blend; Start Frame :kbd:`Home`, a menu item with its keys); one word kept
            # (Swap beside スワップ) is that word's spelling
            return []
        text = segment.target
        norm = NormalizedText(_blanked(text))
        found: list[Finding] = []
        label = bilingual(segment.source, text)
        copied = (0, 0)  # the last chain that is an English phrase of the source, kept
        for nstart, nend, whole in _term_spans(norm.text):
            start, end = norm.span(nstart, nend)
            if whole:
                copied = (start, end) if _phrase_kept(text[start:end], segment.source) else (0, 0)
            elif copied[0] <= start and end <= copied[1]:
                continue  # Pin in Pin Layout Style, a field's name as the source writes it
            if (
                _gloss(text, start, end)
                or _in_identifier(text, start, end)
                or labelled(label, start, end)
            ):
                continue  # a gloss, a part of code (SELECT_TAB, Puppet::Resource), a label's copy
            if whole and (
                _in_code_markup(text, start, end) or _prefix(text, segment.source, start, end)
            ):
                continue  # <tt>Tab</tt>, Joystick: opening the message: no term, as read
            spelling = text[start:end]
            if spelling in self.coded and _source_writes(spelling, segment.source, plural=True):
                continue  # the class, as its source names it (Instantiating Resource with …)
            wanted = self.wanted.get(spelling)
            if wanted is not None and _glossed(text, start, end, self.spelt[spelling]):
                continue  # ユーザー（ユーザ）: the other spelling given as a gloss
            if wanted is not None and not _cased_as_said(spelling, wanted[0], segment.source):
                found.append(_variant(segment, start, end, spelling, *wanted))
            elif (inside := self.inside.get(spelling)) is not None:
                at, piece = inside
                found.append(
                    _variant(
                        segment, start + at, start + at + len(piece), piece, *self.wanted[piece]
                    )
                )
        return _without_overlaps(_not_searched_both(text, found))


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def _source_writes(latin: str, source: str | None, *, plural: bool = False) -> bool:
    """Whether the source writes these Latin words so, as words of their own (or with an s,
    where `plural`: Agents for Agent)."""
    pattern = rf"(?<![A-Za-z0-9]){re.escape(latin)}{'s?' if plural else ''}(?![A-Za-z0-9])"
    return source is not None and re.search(pattern, source) is not None


def _phrase_kept(chain: str, source: str | None) -> bool:
    """Whether a chain is English words, two at least, that the source writes as they are."""
    return chain.isascii() and len(_LATIN_WORD.findall(chain)) > 1 and _source_writes(chain, source)


def _cased_as_said(spelling: str, suggestion: str, source: str | None) -> bool:
    """Whether a Latin spelling that differs from its group's suggestion only in case, or is
    in lower case, is written as the segment's source writes it: the source's own, which a
    reviewer keeps (kdump where Kdump is commoner, for "kdump"; a command, keyword or tag
    beside the katakana word: `upgrade`, "plugin/"); not in a chain with katakana (selinux
    ポリシー beside SELinux ポリシー), which the translator wrote."""
    if not spelling.isascii():
        return False
    if spelling.casefold() != suggestion.casefold() and not spelling.islower():
        return False
    return all(_source_writes(word, source) for word in _LATIN_WORD.findall(spelling))


class Writings:
    """What the variant check's reduce leaves of the orthographic groups: each spelling of a
    word that is not its group's suggestion, by the group. A segment that holds one of their
    inflected forms as written is read again with Sudachi (`findings`), and each word of that
    group and spelling is flagged, so that 出来 in 出来事 is not; nor a loanword's clipping
    where its source clips it too (アプリ for app, not for application), nor the whole word
    where its source says it whole in a document that clips it only so (`_clips_as_said`)."""

    def __init__(
        self,
        words: Iterable[OrthographicGroup] = (),
        accepted: Set[str] = frozenset(),
        terms: Terms | None = None,
    ) -> None:
        self.wanted: dict[tuple[tuple[str, str], str], tuple[str, str, str]] = {}
        self.in_full: set[tuple[tuple[str, str], str]] = set()  # verbs, official writing's way
        self.unclipped: dict[tuple[str, str], str] = {}
        self.said_whole: set[str] = set()  # whole words the document clips only as said
        self.written_as: dict[tuple[str, str], frozenset[str]] = {}
        surfaces: set[str] = set()
        for word in words:
            group = orthographic_group(word, accepted)
            if word.part_of_speech == CLIPPED:
                whole = max(word.spellings, key=lambda s: len(s.text.replace("ー", "")))
                self.unclipped[word.word, word.part_of_speech] = whole.text
                clippings = [s.text for s in word.spellings if s is not whole]
                if terms is not None and _clips_as_said(clippings, whole.text, terms):
                    self.said_whole.add(whole.text)
            message = _message(group)
            chosen = next(s for s in word.spellings if s.text == group.suggestion)
            key = (word.word, word.part_of_speech)
            self.written_as[key] = frozenset(t for s in word.spellings for t in s.surfaces)
            for spelling in word.spellings:
                if verb_in_full(word, spelling, chosen):
                    self.in_full.add((key, spelling.text))  # 読み込む beside 読込
                replacement = replacement_of(word, spelling.text, group.suggestion)
                if replacement is not None:
                    self.wanted[key, spelling.text] = (replacement, message, group.rule)
                    surfaces |= spelling.surfaces
        self.written = _Written(surfaces)

    def findings(self, segment: Segment) -> list[Finding]:
        if not self.written(segment.target):
            return []
        found: list[Finding] = []
        for keys, spelling, surface, (start, end), _ in read(segment.target, self.written):
            wanted = next(filter(None, (self.wanted.get((key, spelling)) for key in keys)), None)
            whole = next(filter(None, map(self.unclipped.get, keys)), None)
            if whole is not None and segment.source:
                clipped = _clipped_as_said(segment.source, whole)
                if spelling == whole:
                    clipped = whole in self.said_whole and not clipped
                if clipped:
                    continue  # written as the source says it: アプリ for app, アプリケーション
                    # for application where the document writes アプリ only for app
            if any((key, spelling) in self.in_full for key in keys) and as_verb(
                surface, segment.target[end : end + 1]
            ):
                continue  # a verb in full beside its shortened noun, as official writing has it
            if spelling == "ない" and negation(segment.target, start):
                continue  # 望ましくない: an auxiliary, in kana beside the adjective 無い
            glosses = (self.written_as.get(key, frozenset()) for key in keys)
            if any(_glossed(segment.target, start, end, spelt) for spelt in glosses):
                continue  # アンパサンド（アンド）: the other spelling given as a gloss
            if wanted is not None and not _quoted_whole(segment.target, start, end):
                suggestion, message, rule = wanted
                written = _inflected(suggestion, spelling, surface)
                found.append(_variant(segment, start, end, surface, written, message, rule))
        return _without_overlaps(_not_searched_both(segment.target, found))


_BRACKETS = {"(": ")", "（": "）"}


def _glossed(text: str, start: int, end: int, spellings: Set[str]) -> bool:
    """Whether text[start:end] is in brackets right after another spelling of its word
    (アンパサンド（アンド）, 関係（かんけい）): a gloss of it. The spelling glossed is the text's
    own, and is told (ユーザ(user) beside ユーザー)."""
    before, after = text[:start].rstrip(" "), text[end:].lstrip(" ")
    if before[-1:] not in _BRACKETS or after[:1] != _BRACKETS[before[-1]]:
        return False
    return any(before[:-1].rstrip(" ").endswith(s) for s in spellings if s != text[start:end])


def _clips_as_said(clippings: list[str], whole: str, terms: Terms) -> bool:
    """Whether a document writes a loanword's clippings (アプリ) where their sources clip it
    too (app), nine times in ten at least, of the first `_CLIPPINGS_READ` it writes (leaving
    out a source that says both, the app store app and the client application): then it
    writes the whole word (アプリケーション) where its source says it whole on purpose
    (F-Droid's pages), not as a variant (a file that writes アプリ for application too)."""
    clipped = said = 0
    for text in clippings:
        form = terms.forms.get(text)
        for i in form.sourced[:_CLIPPINGS_READ] if form else ():
            source = (terms.sources.get(i) or "").lower()
            whole_words = _whole_words(source, whole)
            if not whole_words:
                clipped += 1
            elif not any(
                long != short and long.startswith(short)
                for long in whole_words
                for short in _WORD_OF_THREE.findall(source)
            ):
                said += 1
    return clipped > 0 and clipped >= (clipped + said) * 0.9


_CLIPPINGS_READ = 200
_WORD_OF_THREE = re.compile(r"[a-z]{3,}")


def _whole_words(source: str, whole: str) -> set[str]:
    """The English words of a source (in lower case) that a loanword spells (application:
    アプリケーション)."""
    reader, key = _Reader(), skeleton(whole)
    return {
        word
        for word in set(_LONG_WORD.findall(source))
        if skeleton(reader.reading(word.removesuffix("s")) or "") == key
    }


def _clipped_as_said(source: str | None, whole: str) -> bool:
    """Whether a translation that clips a loanword (アプリ) has a source that does not say
    it whole (app, not application)."""
    return source is not None and source != "" and not _whole_words(source.lower(), whole)


_LONG_WORD = re.compile(r"[a-z]{5,}")
_KEYWORDS = re.compile(r"(?:[^;\n。、]{1,40};){3,}[^;\n。、]{0,40}")


def _not_searched_both(text: str, found: list[Finding]) -> list[Finding]:
    """Less a spelling written, in a list of search terms (a desktop file's Keywords:
    Player;プレイヤー;プレーヤー;), beside the one it would be changed to: both are listed on
    purpose, so that either is found."""
    if not found or not _KEYWORDS.fullmatch(text.strip()):
        return found
    terms = {term.strip() for term in text.split(";")}
    return [f for f in found if f.suggestion not in terms]


def _inflected(word: str, spelling: str, surface: str) -> str:
    """`word` inflected as `surface` inflects `spelling` (取り扱う, as 取扱っ is 取扱う:
    取り扱っ); `word` itself where the two end differently."""
    stem = 0
    while stem < min(len(spelling), len(surface)) and spelling[stem] == surface[stem]:
        stem += 1
    ending = spelling[stem:]
    if not word.endswith(ending):
        return word
    return word[: len(word) - len(ending)] + surface[stem:]


def _variant(
    segment: Segment, start: int, end: int, text: str, suggestion: str, message: str, rule: str
) -> Finding:
    return Finding(
        segment.id,
        FindingKind.VARIANT,
        Severity.WARNING,
        start,
        end,
        text,
        suggestion,
        message,
        rule,
    )


def _without_overlaps(findings: list[Finding]) -> list[Finding]:
    """Of one segment's findings, where a chain and one of its atoms are both flagged, the
    longer span."""
    kept: list[Finding] = []
    covered = Covered()
    for finding in sorted(findings, key=lambda f: (-(f.end - f.start), f.start)):
        if not covered.overlaps(finding):
            kept.append(finding)
            covered.add(finding)
    return kept
