"""Inconsistency across the document: one source translated differently (`inconsistency`; in
one context: a PO msgctxt, or the case of a letter, tells uses apart: AM/am), and different
sources given the same translation (`shared-translation`, in a document that does it often)
where those sources say different things (“Iranian Rial” and “Brazilian Real” both
ブラジル・レアル; not “Email confirmation” and “Email address confirmation”: sources sharing
half their content words are one thing said two ways).
Different sources are told once, on the segment the shared translation fits less (its
numbers, placeholders, Latin words; then the share of its words that the translation renders
as the rest of the document does), else on the later one. Findings sit at 0:0 and name five
other segments at most, so that the check stays linear.

The check is map-reduce (`review.core.engine`): `consistency_rows` reads a run of segments,
`consistency_findings` groups the rows of the whole document."""

from __future__ import annotations

import functools
import html
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from rapidfuzz.distance import Indel

from review.core.model import Finding, FindingKind, Segment, Severity
from review.core.phonetics import KATAKANA, consonants, latin_consonants
from review.core.qa import JAPANESE, finding, message_key, some
from review.core.qa.markup import masked
from review.core.qa.untranslated import FUNCTION_WORDS, abbreviates

_MIN_TARGET = 5  # short targets (はい, 注) legitimately render many sources
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+")
# _File, &File: the key a menu item is chosen with; not an entity's & (A&nbsp;Damp&nbsp;Cave)
_MNEMONIC = re.compile(r"_(?=\w)|&(?!(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);)(?=\w)")
# ファイル(_F), &File, a key marker on a Japanese letter (&カメラ設定, wxWidgets'), a key
# and its letter before the Japanese label (_E編集, Horde's), and one with no letter after it
# (元に戻す&, MadEdit's)
_TARGET_KEY = re.compile(
    r"\s*[(（][_&][A-Za-z0-9][)）]|(?<![A-Za-z0-9])[_&][A-Za-z0-9](?=[\u3041-\u30fa\u3400-\u9fff])"
    r"|[_&](?=[A-Za-z0-9\u3041-\u30fa\u3400-\u9fff])|&(?=[\s.…:：]*$)"
)
_AS_IT_IS = re.compile(r"[A-Z]{2,4}")  # OK, PDF, URL: kept as they are in Japanese too
_LETTER = re.compile(r"[^\W\d_]")  # a source of placeholders alone has none
_COMPARED_SOURCES = 50  # a bigger group of sources for one target is compared as all different


class Row(NamedTuple):
    """What the check needs of a segment with a source."""

    segment: str
    source: str  # normalised; case tells uses apart (AM/am, MM/mm, Default/default)
    target: str  # normalised
    context: str = ""  # the file's context for the text (a PO msgctxt)
    part: str = ""  # the part of the program that shows it (a Qt class)


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _norm_source(text: str) -> str:
    """A source normalised, its line breaks inside kept: a text wrapped for a dialog and
    the same words on one line for a log are two messages, each translated for its place."""
    return "\n".join(filter(None, (_norm(line) for line in text.strip().splitlines())))


_WRAPPED = re.compile(rf"(?<={JAPANESE.pattern})[ \t]*\n\s*(?={JAPANESE.pattern})")
_BEFORE_ELLIPSIS = re.compile(r"(?<=\S) +(?=…)")  # 背景色を設定 (&B) … less its key


def _norm_target(text: str) -> str:
    """A translation normalised, a line break between Japanese words being no space
    (追加のプログラミング⏎とスクリプト, a credit wrapped as its source is), nor the space a
    menu key left before an ellipsis."""
    return _BEFORE_ELLIPSIS.sub("", _norm(_WRAPPED.sub("", text)))


def consistency_rows(segments: Iterable[Segment]) -> list[Row]:
    return [
        Row(
            segment.id,
            source,
            _norm_target(_TARGET_KEY.sub("", segment.target)),
            segment.context,
            segment.part,
        )
        for segment in segments
        if segment.source
        and (source := _MNEMONIC.sub("", _norm_source(segment.source)))
        and segment.target.strip()
        and not message_key(segment.source)
        and not _REFERENCE.fullmatch(segment.target.strip())
    ]


_REFERENCE = re.compile(r"@(?:android:)?string/[\w.]+")  # Android: the text of another string


def consistency_findings(
    rows: Sequence[Row], shared: bool = True, everywhere: bool = False
) -> list[Finding]:
    """One source translated differently (`inconsistency`), and, with `shared`, different
    sources given one translation (`shared-translation`): in a document that does it often
    (`_copied`), or in any with `everywhere`."""
    findings: list[Finding] = []
    by_source: dict[tuple[str, str], list[Row]] = {}
    by_target: dict[str, list[Row]] = {}
    for row in rows:
        by_source.setdefault((row.context, row.source), []).append(row)
        if shared and len(row.target) >= _MIN_TARGET:
            by_target.setdefault(row.target, []).append(row)
    by_id = {row.segment: row for row in rows}
    order = {row.segment: i for i, row in enumerate(rows)}
    for group in by_source.values():
        if not _LETTER.search(masked(group[0].source)):
            continue  # %1$d as %1$d here and %1$d 個 there: each setting's own unit (round 129)
        best = _best(group)
        plain = None if best is None else _plain(best)
        translated = [row for row in group if JAPANESE.search(row.target)]
        told: Iterable[tuple[Row, list[str], int]] = _differing(
            group, lambda r: _plain(r.target), best=plain
        )
        if translated and len(translated) < len(group):
            # a translation is not told for differing from a copy of the source, which the
            # untranslated check tells, and which is told here for differing from it; unless
            # the source is written as it is in Japanese too (OK, PDF), by context
            copies = [] if _AS_IT_IS.fullmatch(group[0].source.strip()) else told
            told = [
                *_differing(translated, lambda r: _plain(r.target), best=plain),
                *(found for found in copies if not JAPANESE.search(found[0].target)),
            ]
        values = {row.target for row in group}
        one_word = len(_WORD.findall(group[0].source)) == 1
        for row, others, total in sorted(told, key=lambda found: order[found[0].segment]):
            if _elaborates(row.target, values):
                continue
            if one_word and _elsewhere(row, group):
                continue
            other = _quoted(by_id[others[0]].target)
            findings.append(
                _finding(
                    row,
                    FindingKind.INCONSISTENCY,
                    Severity.WARNING,
                    f"the same source is translated {other} in {some(others, total)}",
                )
            )
    renderings = _Renderings(rows)
    told_shared: list[Finding] = []
    for target, group in by_target.items():
        if _filler(target, group):
            continue

        def fit(source: str, target: str = target) -> tuple[float, float, int]:
            return (
                _fit(source, target),
                renderings.coverage(source, target),
                renderings.evidence(source, target),
            )

        def said_both(a: str, b: str, target: str = target) -> bool:
            """The translation keeps as much of each source, and renders words of each that
            the other lacks as the document renders them: one thing said two ways (Delete
            image, Remove image → 画像を削除), not one source translated by mistake."""
            return (
                _fit(a, target) == _fit(b, target)
                and renderings.renders(a, target, besides=_prose(b))
                and renderings.renders(b, target, besides=_prose(a))
            )

        for row, others, total in _differing(
            group, lambda r: r.source, _alike, fit, said_both=said_both
        ):
            given = _quoted(by_id[others[0]].source)
            if any(by_id[o].source != o for o in others):  # ids that are not the sources
                given += f" in {some(others, total)}"  # (a PO file's are its msgids)
            elif total > 1:
                given += f" and {total - 1} more"
            told_shared.append(
                _finding(
                    row,
                    FindingKind.SHARED_TRANSLATION,
                    Severity.INFO,
                    f"this translation is also given to {given}",
                )
            )
    if everywhere or _copied(len(told_shared), len(rows)):
        findings.extend(told_shared)
    return findings


_COPIED_FROM = 3
_COPIED_SHARE = 100


def _copied(shared: int, rows: int) -> bool:
    """Whether a document gives one translation to different sources often enough (three
    times, and once in a hundred segments) to show translations copied onto other sources.
    Where it does not, such pairs are mostly one thing said two ways (Remove and Delete both
    削除): on the judged real files of issue 15, 747 of 894 were real in documents that do it
    often, 161 of 522 in the rest."""
    return shared >= _COPIED_FROM and shared * _COPIED_SHARE >= rows


def _elsewhere(row: Row, group: list[Row]) -> bool:
    """Whether every other translation of the row's one-word source is in another part of
    the program (Name as カード名 in a card list, デッキ名 in a deck list): a word may name a
    different thing in each part, which the file tells apart."""
    own = _plain(row.target)
    return bool(row.part) and all(
        other.part and other.part != row.part for other in group if _plain(other.target) != own
    )


def _elaborates(own: str, values: set[str]) -> bool:
    """Whether each other translation of a source holds this one whole, or this one holds
    it, with words around it that hold a particle or an ending (次のファイル, 次のファイルを表示;
    開く…, ファイルを開く…; 常に, 常に行う): one thing said at more length. Not a word made
    longer (停止, 一時停止; タイル, タイルビュー; 作成日, 作成日時), nor a fragment of one
    (ついて, このアプリケーションについて)."""
    return all(
        _around(own, other) or _around(other, own)
        for other in values
        if other != own and other and own
    )


_HIRAGANA = re.compile(r"[\u3041-\u3096]")


def _around(short: str, long: str) -> bool:
    at = long.find(short)
    if at < 0 or _HIRAGANA.match(short):  # ついて beside このアプリケーションについて: broken
        return False
    if at == 0 and long[len(short) :] in _VERB_ENDINGS:
        return True  # タブを切り替え, タブを切り替える: a verb's stem and its dictionary form
    if at > 0 and at + len(short) == len(long) and long[at - 1] in ":：":
        return True  # 場風, 役牌：場風: the same words under a heading of their own
    return any(
        _HIRAGANA.search(extra) and len(extra) >= 2
        for extra in (long[:at], long[at + len(short) :])
    )


_VERB_ENDINGS = frozenset({"る", "する"})


def _filler(target: str, group: list[Row]) -> bool:
    """A target in no Japanese, given to three sources or more and saying none of their
    words, such as the (removed) a translation platform leaves for a deleted string: no
    translation of any of them. (A name copied from another source is one: Correos De
    Mexico for Correos De Costa Rica; Česky for Leech as well as for Czech.)"""
    if JAPANESE.search(target) or len({row.source for row in group}) < 3:
        return False
    said = {word[:4] for row in group for word in _WORD.findall(row.source.lower())}
    return not said & {word[:4] for word in _WORD.findall(target.lower())}  # Cookie, cookies


@functools.lru_cache(maxsize=4096)
def _content(source: str) -> frozenset[str]:
    words = _WORD.findall(source.casefold())
    return frozenset(w for w in words if w not in FUNCTION_WORDS) or frozenset(words)


_ABBREVIATED = {
    "max": ("maximum",),
    "min": ("minimum", "minute", "minutes"),
    "mins": ("minutes",),
    "info": ("information",),
    "config": ("configuration",),
    "pref": ("preference",),
    "prefs": ("preferences",),
    "dir": ("directory",),
    "app": ("application",),
    "repo": ("repository",),
    "repos": ("repositories",),
    "docs": ("documentation",),
    "doc": ("documentation", "document"),
    "apps": ("applications",),
    "auth": ("authentication", "authorization"),
    "stats": ("statistics",),
    "num": ("number",),
    "msg": ("message",),
    "sec": ("second",),
    "secs": ("seconds",),
    "vol": ("volume",),
    "freq": ("frequency",),
    "astro": ("astronomical", "astronomy"),
    "tx": ("transmit", "transmitted", "transmission"),
    "rx": ("receive", "received"),
}
_SUFFIX = re.compile(r"(?:ions?|ed|ing|s)$")
_DOUBLED_ENDING = re.compile(r"[b-df-hj-np-tv-z](?:ing|ers?|ed)")
_NOUN_OF_VERB = re.compile(r"(?:ations?|ers?)$")
# words a user interface uses for one thing, which one translation renders alike: each as
# the first of its set (Update Password, Change password)
_SYNONYM = {
    word: words[0]
    for words in (
        ("change", "update", "modify", "edit"),
        ("changed", "updated", "modified", "edited"),
        ("select", "choose", "pick"),
        ("search", "find"),  # round 71: Find and Replace, Search and Replace (検索と置換)
        ("selected", "chosen", "picked"),
        ("info", "information", "details"),
        ("count", "total"),
        ("show", "display", "view", "see"),
        ("add", "append"),
        ("close", "exit", "quit"),
        ("settings", "preferences", "options", "config", "configuration", "configure"),
        ("setting", "preference", "option"),
        ("top", "up", "increment", "increase", "raise"),  # round 60: Volume Up, Increment …
        ("bottom", "down", "decrement", "decrease", "lower"),
        ("cancel", "abort"),
        ("restore", "revert"),  # round 62: Restored '%s', Reverted '%s'
        ("restored", "reverted"),
        ("done", "completed", "complete", "finished"),
        ("disk", "disc"),  # rounds 25-27: pairs the judges read as one thing said two ways
        ("confirm", "verify", "confirmation", "verification", "retype", "repeat"),
        ("create", "build"),
        ("video", "movie"),
        ("unlimited", "limitless"),  # round 30
        ("required", "needed", "necessary"),  # round 31
        ("online", "connected"),  # a chat's status (rounds 25, 28)
        ("offline", "disconnected"),
        ("description", "explanation"),  # round 49: No description available, No explanation …
        ("write", "leave"),  # round 50: Write a review, Leave a review
        # a pronoun Japanese leaves out, whatever its gender (Behead her, Behead him)
        ("they", "he", "she", "him", "her", "them", "his", "hers", "their", "theirs"),
    )
    for word in words
}


def _abbreviates(a: str, b: str) -> bool:
    """Whether one word is the other's common abbreviation (Tx, transmitted)."""
    short, long = sorted((a, b), key=len)
    return long in _ABBREVIATED.get(short, ())


def _same_word(a: str, b: str) -> bool:
    """One word, or another form of it (address/addresses, category/categories, pick/picking,
    thumb/thumbnail, selected/selection), or its common abbreviation (max/maximum)."""
    short, long = sorted((a, b), key=len)
    if a == b or long in (short + "s", short + "es") or long == short[:-1] + "ies":
        return True  # file/files, box/boxes, category/categories
    if _abbreviates(short, long):
        return True  # Max Connections, Maximum Connections
    if len(short) == 3 and len(long) >= 9 and long.startswith(short):
        return True  # Dec rate, Declination rate; Cal steps, Calibration steps (not Add, Address)
    stems = _SUFFIX.sub("", short), _SUFFIX.sub("", long)
    if stems[0] != short and stems[1] != long and stems[0] == stems[1] and len(stems[0]) >= 5:
        return True  # Selected Text, Selection; connected, connection; redirects, redirections
    if short.endswith("e") and long == short[:-1] + "ing":
        return True  # upgrade/upgrading
    if len(short) >= 5 and long == short + "ation":
        return True  # install/installation (not Authorise, Authorisation token: judged apart)
    if len(short) >= 6 and short.endswith("e") and _SUFFIX.sub("", long) == short[:-1]:
        return True  # rotate/rotation, compile/compiling: a verb and its noun
    if short[:-2] == long[:-3] and len(long) >= 8 and {short[-2:], long[-3:]} == {"er", "ing"}:
        return True  # decoder/decoding: the tool and what it does
    if (
        len(short) >= 3
        and _DOUBLED_ENDING.fullmatch(long[len(short) :])
        and long.startswith(short + short[-1])
    ):
        return True  # rip/ripping/ripper, plan/planned: a final consonant doubled
    nouns = _NOUN_OF_VERB.sub("", short), _NOUN_OF_VERB.sub("", long)
    if nouns[0] == nouns[1] != short and nouns[1] != long and len(nouns[0]) >= 7:
        return True  # visualizer/visualization: two nouns of one verb
    if short[-2:] in ("es", "ed") and long[-2:] in ("es", "ed") and short[:-1] == long[:-1]:
        return True  # receives/received, its present and its past
    if len(short) >= 5 and _latin_number(a, b):
        return True  # erratum/errata, criterion/criteria, axis/axes
    single = _DOUBLED.sub(r"\1", short), _DOUBLED.sub(r"\1", long)
    if len(short) >= 5 and single != (short, long) and _same_word(*single):
        return True  # a letter doubled by mistake: occured/occurred, recomendations
    if len(short) >= 9 and len(long) == len(short) + 1 and Indel.distance(short, long) == 1:
        return True  # a letter dropped by mistake: Visiblity, Visibility
    most = 3 if len(short) < 5 else 4  # pick/picking, thumb/thumbnail
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= most


_DOUBLED = re.compile(r"(\w)\1+")
# a Latin or Greek noun's singular ending and its plural's
_LATIN_NUMBER = (("um", "a"), ("on", "a"), ("us", "i"), ("is", "es"), ("ix", "ices"))


def _latin_number(a: str, b: str) -> bool:
    return any(
        (one.endswith(singular) and many.endswith(plural))
        and one[: -len(singular)] == many[: -len(plural)]
        for one, many in ((a, b), (b, a))
        for singular, plural in _LATIN_NUMBER
    )


_CONSONANTS = re.compile(r"[a-z][b-df-hj-np-tv-z]{1,3}")


def _contracted(a: str, b: str) -> bool:
    """One word is the other's consonants, beginning with its first letter (hrs, hours)."""
    short, long = sorted((a, b), key=len)
    return (
        _CONSONANTS.fullmatch(short) is not None
        and len(long) >= len(short) + 2
        and _in_order(short, long)
    )


def _in_order(letters: str, word: str) -> bool:
    """The letters appear in the word in this order, not necessarily together."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


_VERBAL = re.compile(r"(?:する|します)?[。.]?$")
_POLITE = re.compile(r"(?<=[\u3041-\u3096\u3400-\u9fff])ます$")  # 開きます, 閉じます
_ICHIDAN = re.compile(r"(?<=[いきしちにひみりぎじびえけせてねへめれげぜでべ])る$")  # 閉じる
_BRACKETS = frozenset({"『』", "「」", "《》", "【】", "〈〉"})
_AROUND_COLON = re.compile(r"[ \t]*([:：])[ \t]*")
_ENCLOSED = re.compile(r"([『「《【〈])([^『「《【〈』」》】〉]+)([』」》】〉])")
_LINKING = re.compile(r"[のをが](?=[\u3400-\u9fff\u30a0-\u30ff])")
# a verb's last kana and its stem's, the noun (取り消す, 取り消し; 切り取る, 切り取り)
_STEM_OF = dict(zip("すくむぐぶつうる", "しきみぎびちいり", strict=True))
_VERB_BEFORE = re.compile(r"[\u3041-\u3096\u3400-\u9fff]")
# へ and に, a direction either way (クリップボードへコピー, クリップボードにコピー)
_TOWARDS = re.compile(
    r"(?<=[\u3400-\u9fff\u30a0-\u30ffA-Za-z0-9])へ(?=[\u3400-\u9fff\u30a0-\u30ff])"
)


# a counter ending a count, 件 for chores and 点 for products: what is counted, where no
# word after it names it (not %d 個のノード, %d 件のノード)
_COUNTER = re.compile(
    r"((?:\d|%(?:\d+\$)?d)\s*)[件点個台枚本冊名人回匹頭羽軒通杯着足隻機](?=\s*[。、]?\s*$)"
)


@functools.lru_cache(maxsize=4096)
def _plain(target: str) -> str:
    """A translation as one thing is said as a label and as an action, which are one
    translation (インストールの開始, インストールを開始, インストール開始; 共有, 共有する;
    表示, 表示します; 取り消し, 取り消す; 開く, 開きます; 閉じる, 閉じます), a direction
    with へ or に, and a title written with its brackets and without (『原神』, 原神), and a
    colon with spaces around it and without (エラー: そのアドレス, エラー:そのアドレス; not
    シーン名: and シーン名, nor 地域： and 地域:), and a count with another counter (期限超過
    %1$d 件, 期限超過 %1$d 点: what is counted, which the source does not say)."""
    target = _COUNTER.sub(r"\1件", _AROUND_COLON.sub(r"\1", target))
    enclosed = _ENCLOSED.fullmatch(target)
    if enclosed and enclosed.group(1) + enclosed.group(3) in _BRACKETS:
        target = enclosed.group(2)
    plain = _LINKING.sub("", _POLITE.sub("", _VERBAL.sub("", target, count=1)))
    if "へ" in plain:
        plain = _TOWARDS.sub("に", plain)
    if _ICHIDAN.search(plain):
        return plain[:-1]
    stem = _STEM_OF.get(plain[-1:])
    if stem and _VERB_BEFORE.match(plain[-2:-1]):
        plain = plain[:-1] + stem
    return plain


def _alike(a: str, b: str) -> bool:
    """Two sources that share half their content words (plurals folded), or all of one's,
    two at least (Play/Pause; Play or pause the current track): one thing said two ways."""
    short, long = sorted((_squashed(a), _squashed(b)), key=len)
    if short == long or (len(short) >= 6 and short in long):
        return True  # Slide show, Slideshow; File name, [command] filename
    words_a, words_b = _said(a), _said(b)
    shared = len(words_a & words_b)
    by_start: dict[str, list[str]] = {}
    for word in words_b - words_a:
        by_start.setdefault(word[:3], []).append(word)
        by_start.setdefault(word[:1], []).append(word)
    shared += sum(
        1
        for word in words_a - words_b
        if any(_same_word(word, other) for other in by_start.get(word[:3], ()))
        or any(
            _contracted(word, other) or _abbreviates(word, other)
            for other in by_start.get(word[:1], ())
        )
    )
    return (
        shared * 2 >= len(words_a) + len(words_b) - shared
        or shared == min(len(words_a), len(words_b)) >= 2  # a label, and its tooltip
        or _expanded(a, b)
        or _expanded(b, a)
        or abbreviates(a, b)
        or abbreviates(b, a)
        or _clipped(a, b)
        or _clipped(b, a)
    )


_CLIPPED_WORD = re.compile(r"([A-Za-z]{2,})\.")


def _clipped(short: str, long: str) -> bool:
    """Each word of `short` is `long`'s, or the start of it clipped with a period (Vis.,
    Visitors; Avg. Size, Average Size): a column's heading, and the heading in full."""
    words_short, words_long = short.lower().split(), long.lower().split()
    if len(words_short) != len(words_long) or short == long:
        return False
    clipped = False
    for word, full in zip(words_short, words_long, strict=True):
        cut = _CLIPPED_WORD.fullmatch(word)
        if cut and full.startswith(cut.group(1)) and len(full) > len(cut.group(1)) + 1:
            clipped = True
        elif not _same_word(word, full):
            return False
    return clipped


@functools.lru_cache(maxsize=4096)
def _said(source: str) -> frozenset[str]:
    """The content words of a source, each synonym as the first of its set, sign in or out
    said as log in or out, re-enter as retype, not found as missing, not allowed as denied,
    and its entities read, its apostrophes left out (doesn&#39;t, doesn't: one word), its tags
    too (<h1>), and British spellings read as American (synchronise, colour)."""
    plain = _TAG.sub(" ", html.unescape(source))
    plain = _MISSING.sub("missing", _APOSTROPHE.sub("", plain))
    plain = _DENIED.sub("denied", plain)
    words = _content(_LOGIN.sub("login", _RETYPE.sub("retype", _SIGN.sub("log", plain))))
    return frozenset(map(_synonym, map(_american, words)))


def _synonym(word: str) -> str:
    """The first word of the word's synonym set, a plural's as a plural (updates: changes)."""
    if word in _SYNONYM:
        return _SYNONYM[word]
    if word.endswith("s") and word[:-1] in _SYNONYM:
        return _SYNONYM[word[:-1]] + "s"
    return word


_BRITISH = (
    (
        re.compile(r"(?<=[a-z]{3})is(?=e[sd]?$|ers?$|ing$|ations?$)"),
        "iz",
    ),  # synchronise(d), -isation
    (re.compile(r"(?<=[a-z]{3})our(?=s?$|ed$|ing$|ite)"), "or"),  # colour, behaviour, favourite
    (re.compile(r"^licence(?=[sd]?$)"), "license"),  # the noun, and the verb in Britain too
    (re.compile(r"^(cen|me|li|thea)tre(?=s?$)"), r"\1ter"),  # centre, metre, theatre
    (re.compile(r"^(def|off)ence(?=s?$)"), r"\1ense"),  # defence, offence
    (re.compile(r"^(catalo|dialo|analo)gue(?=s?$)"), r"\1g"),  # catalogue, dialogue
)


def _american(word: str) -> str:
    for spelling, american in _BRITISH:
        word = spelling.sub(american, word)
    return word


_TAG = re.compile(r"<[^<>]*>")
_SIGN = re.compile(r"\bsign(?=[ -]?(?:in|out|on)\b)", re.IGNORECASE)
_LOGIN = re.compile(r"\blog(?:ged|ging|s)?[ -]?in\b", re.IGNORECASE)  # Last logged in, login
_APOSTROPHE = re.compile(r"(?<=\w)['\u2019](?=\w)")
_RETYPE = re.compile(r"\bre-?(?:enter|type)\b", re.IGNORECASE)  # a password typed again
_DENIED = re.compile(r"\bnot (?:allowed|permitted)\b", re.IGNORECASE)  # Access denied
# File not found, File is missing; Could not find, does not exist
_MISSING = re.compile(
    r"\b(?:(?:can ?not|could ?not|couldnt|cant|was not|wasnt|not|failed to|did not|didnt)"
    r" (?:be )?(?:found|find)"
    r"|(?:does not|doesnt|do not|dont) exist)\b",
    re.IGNORECASE,
)


def _squashed(source: str) -> str:
    """Without spaces and hyphens, in one case (Multi-purpose tray, Multipurpose tray;
    Contact e‑mail with a non-breaking hyphen, Contact Email)."""
    return _SPACE_OR_HYPHEN.sub("", html.unescape(source)).casefold()


_SPACE_OR_HYPHEN = re.compile(r"[ \u00a0\-\u2010\u2011\u2012\u2013]")  # A&nbsp;Damp&nbsp;Cave


def _expanded(a: str, b: str) -> bool:
    """`b` is `a` with an acronym of `a` spelled out (New VM, New Virtual Machine)."""
    for acronym in re.findall(r"\b[A-Z]{2,5}\b", a):
        words = r"\s+".join(rf"{letter}\w*" for letter in acronym)
        spelled = re.search(rf"\b{words}\b", b)
        if spelled and _squashed(a.replace(acronym, spelled.group())) == _squashed(b):
            return True
    return False


_KEY_LEFT = re.compile(r"[A-Za-z][\w-]*(?:\.[\w-]+)+")  # user.alert.password-missing
_ANCHOR = re.compile(r"%\w|\{\w*\}|\d+|[a-z]{2,}")
_LETTERS = re.compile(r"[a-z]+")
_LOANWORD = re.compile(f"[{KATAKANA}]{{2,}}")


def _fit(source: str, target: str) -> float:
    """How many of a source's anchors its translation keeps: numbers, placeholders and Latin
    words as they are (a plural kept as its singular counts half: KDCs in KDC サーバ), and
    English words as katakana (file paths → ファイルパス). Of two sources sharing one
    translation, the one it fits less is the one translated by mistake ("Installing %s" →
    インストール %s, not "Reinstalling…")."""
    lowered = target.lower()
    words = _LETTERS.findall(lowered)

    def kept(anchor: str) -> float:
        if not anchor.isalpha():
            return float(anchor in lowered)
        if any(word.startswith(anchor) for word in words):
            return 1.0  # a word, or a word's start (correct in correctAns), not inside one
        singular = anchor.removesuffix("s")
        return 0.5 if singular != anchor and any(w.startswith(singular) for w in words) else 0.0

    return sum(map(kept, set(_ANCHOR.findall(source.lower())))) + sum(
        1 for word in _content(source) if _in_katakana(word, _loanwords(target))
    )


@functools.lru_cache(maxsize=4096)
def _loanwords(target: str) -> tuple[str, ...]:
    """The consonant skeleton of each katakana word of a target (ファイルパス → frps)."""
    return tuple(consonants(run) for run in _LOANWORD.findall(target))


def _in_katakana(word: str, loanwords: tuple[str, ...]) -> bool:
    """Whether an English word begins or ends one of the katakana words (file, path:
    ファイルパス), compared by consonant skeleton."""
    if len(word) < 3 or not loanwords:
        return False
    singular = word[:-1] if len(word) > 3 and word.endswith("s") else word  # downloads
    keys = [key for form in {word, singular} for key in latin_consonants(form) if len(key) >= 2]
    return any(run.startswith(key) or run.endswith(key) for run in loanwords for key in keys)


_MARK = re.compile(f"[\u3400-\u9fff]|[{KATAKANA}]{{2,}}")
_LEARNT_FROM = 3  # a word's rendering is learnt from this many other translations at least
_SAMPLE = 40  # and from its first this many


def _marks(target: str) -> frozenset[str]:
    """The kanji and the katakana words of a translation: what renders its content words."""
    return frozenset(_MARK.findall(target))


_CODE_LIKE = re.compile(r"<[^<>]*>|%(?:\d+\$)?[-+ #0-9.]*[a-zA-Z@]|\{[^{}]*\}|&#?\w+;")


@functools.lru_cache(maxsize=4096)
def _prose(source: str) -> frozenset[str]:
    """The content words of a source outside its tags and placeholders, plurals folded."""
    return frozenset(
        word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
        for word in _content(_CODE_LIKE.sub(" ", source))
    )


class _Renderings:
    """How the document itself renders an English word: the kanji or katakana word that most
    translations of the other sources holding it share (score → スコア, song → 曲), and that
    is rare in the rest. Of two sources given one translation, the one with a word whose
    rendering the translation lacks is the one translated by mistake ("sorted by score" →
    歌順に並べ替えた, not "sorted by song")."""

    def __init__(self, rows: Sequence[Row]) -> None:
        self._rows = rows
        self._found: dict[tuple[str, str], dict[str, int]] = {}

    @functools.cached_property
    def _index(self) -> _Index:
        """Made once, when a translation given to two sources first asks."""
        return _Index(self._rows)

    @functools.cache  # noqa: B019 (one instance a document, gone with it)
    def evidence(self, source: str, target: str) -> int:
        """How many of the source's words the translation renders as the document does, less
        those it renders otherwise."""
        marks = _marks(target)
        score = 0
        for own in self._own(source, target).values():
            if own:
                score += 1 if marks & own.keys() else -max(own.values())
        return score

    @functools.cache  # noqa: B019 (one instance a document, gone with it)
    def coverage(self, source: str, target: str) -> float:
        """The share of the source's words whose usual rendering the translation holds, each
        word by itself (add and contact both in 連絡先を追加 for “Add a contact”; blocklist in
        nothing, for “Add to blocklist”)."""
        words = _prose(source)
        if not words:
            return 0.0
        marks = _marks(target)
        rendered = sum(
            1
            for word in words
            if marks & {mark for mark, most in self._renderings(word, target).items() if most}
        )
        return rendered / len(words)

    def renders(self, source: str, target: str, besides: frozenset[str]) -> bool:
        """Whether the translation renders each of the source's words, `besides` these and
        their other forms, whose rendering the document shows, with a mark most of its
        translations hold; and one word at least."""
        marks = _marks(target)
        found = [
            {mark for mark, most in own.items() if most}
            for word, own in self._own(source, target).items()
            if own and not any(_same_word(word, other) for other in besides)
        ]
        return bool(found) and all(marks & most for most in found)

    def _own(self, source: str, target: str) -> dict[str, dict[str, int]]:
        """Each word of the source with its renderings, less the marks another of its words
        shares: 失敗 renders neither download nor failed in “download failed”."""
        renderings = {word: self._renderings(word, target) for word in _prose(source)}
        seen = Counter(mark for found in renderings.values() for mark in found)
        return {
            word: {mark: most for mark, most in found.items() if seen[mark] == 1}
            for word, found in renderings.items()
        }

    def _renderings(self, word: str, target: str) -> dict[str, int]:
        """The marks the other translations of the word share far more often than the rest
        of the document, each with whether most of those translations hold it (1) or only
        some (0)."""
        index = self._index
        holding = index.holding.get(word, ())
        if len(holding) < _LEARNT_FROM:
            return {}
        found = self._found.get((word, target))
        if found is not None:
            return found
        shared = index.shared(word)
        excluded = [i for i in holding if index.targets[i] == target]
        if excluded:
            shared = shared.copy()
            for i in excluded:
                shared.subtract(index.marks[i])
        others = len(holding) - len(excluded)
        everywhere = len(index.targets)
        found = self._found[(word, target)] = (
            {
                mark: int(count * 5 >= others * 3)
                for mark, count in shared.items()
                if count >= 2 and count * everywhere >= index.frequency[mark] * others * 3
            }
            if others >= _LEARNT_FROM
            else {}
        )
        return found


class _Index:
    """The marks of each translation, how many translations hold each, and the rows that
    hold each English word (its first `_SAMPLE`)."""

    def __init__(self, rows: Sequence[Row]) -> None:
        self.targets = [row.target for row in rows]
        marks: dict[str, frozenset[str]] = {}
        self.marks = [marks.get(t) or marks.setdefault(t, _marks(t)) for t in self.targets]
        self.holding: dict[str, list[int]] = {}
        self.frequency: Counter[str] = Counter()
        said: dict[str, frozenset[str]] = {}
        for i, row in enumerate(rows):
            words = said.get(row.source)
            if words is None:
                words = said[row.source] = _prose(row.source)
            for word in words:
                holding = self.holding.setdefault(word, [])
                if len(holding) < _SAMPLE:
                    holding.append(i)
            self.frequency.update(self.marks[i])
        self._shared: dict[str, Counter[str]] = {}

    def shared(self, word: str) -> Counter[str]:
        """How many of the translations holding the word hold each mark."""
        shared = self._shared.get(word)
        if shared is None:
            shared = self._shared[word] = Counter(
                mark for i in self.holding[word] for mark in self.marks[i]
            )
        return shared


def _best(group: list[Row]) -> str | None:
    """Of one source's translations, the one the others should follow: a translation rather
    than the source copied, then the commonest, then one that is not a message key left in
    place (user.alert.password), then the one that keeps most of the source's numbers,
    placeholders and Latin words, then the first."""
    if len({row.target for row in group}) < 2:
        return None
    counts = Counter(row.target for row in group)
    order = {target: -i for i, target in reversed(list(enumerate(row.target for row in group)))}
    source = group[0].source
    return max(
        counts,
        key=lambda t: (
            bool(JAPANESE.search(t)),
            counts[t],
            not _KEY_LEFT.fullmatch(t),
            _fit(source, t),
            order[t],
        ),
    )


def _differing(
    group: list[Row],
    key: Callable[[Row], str],
    alike: Callable[[str, str], bool] = str.__eq__,
    fit: Callable[[str], tuple[float, float, int]] | None = None,
    best: str | None = None,
    said_both: Callable[[str, str], bool] | None = None,
) -> Iterable[tuple[Row, list[str], int]]:
    """For each row of a group whose rows differ by `key` (values `alike`, or shortening one
    longer value, count as one: `_kinship`):
    up to five segments with another value, in document order (taken from the first six
    values, or from every value when they are compared with `alike`, six segments each, so
    that the check stays linear), and how many segments have
    another value. Compared with `alike`, a pair of unlike values is told once (the two
    segments are one problem): on the rows of the one the shared text `fit`s less, else on
    the later one; not at all where the text is `said_both`. A row whose value is `best` is
    not told (it is what the others should be)."""
    counts = Counter(key(row) for row in group)
    if len(counts) < 2:
        return
    unlike: dict[str, set[str]] | None = None  # None: every other value is unlike
    if alike is not str.__eq__ and len(counts) <= _COMPARED_SOURCES:
        values = list(counts)  # in the order they first come
        kin = _kinship(values, alike)
        unlike = {v: set() for v in values}
        for i, v in enumerate(values):
            for w in values[i + 1 :]:
                if w in kin[v] or (said_both is not None and said_both(v, w)):
                    continue
                if fit is not None and fit(v) < fit(w):  # told once: on the one the text
                    unlike[v].add(w)  # fits less, else on the later
                else:
                    unlike[w].add(v)
        if not any(unlike.values()):
            return
    firsts: dict[str, list[tuple[int, str]]] = {}
    for position, row in enumerate(group):
        value = key(row)
        if value in firsts:
            if len(firsts[value]) < 6:
                firsts[value].append((position, row.segment))
        elif len(firsts) < 6 or unlike is not None:  # compared: each value's first six
            firsts[value] = [(position, row.segment)]
    for row in group:
        own = key(row)
        if own == best:
            continue
        if unlike is None:
            total = len(group) - counts[own]
            others = sorted(p for value, pairs in firsts.items() if value != own for p in pairs)
        else:
            if not unlike[own]:
                continue
            total = sum(counts[v] for v in unlike[own])
            others = sorted(p for v, pairs in firsts.items() if v in unlike[own] for p in pairs)
        yield row, [segment for _, segment in others[:5]], total


def _kinship(values: list[str], alike: Callable[[str, str], bool]) -> dict[str, set[str]]:
    """For each value, the values that say one thing with it: those `alike`, and those that
    shorten one longer value with it (Diaper Amounts and Change amount, both within Diaper
    change amount); not two values that each lengthen a shorter one (Invalid peer type and
    Invalid sorting type, both around Invalid type)."""
    within = {v: {b for b in values if b != v and _within(v, b)} for v in values}
    return {
        v: {w for w in values if w != v and (alike(v, w) or within[v] & within[w])} for v in values
    }


def _within(short: str, long: str) -> bool:
    """Every content word of `short` is a word of `long`, or another form of one."""
    words = _content(long)
    return all(any(_same_word(a, b) for b in words) for a in _content(short))


def _quoted(text: str, most: int = 40) -> str:
    """A text for a message, as Xbench shows the other side: “…”, cut short if long."""
    return f"“{text if len(text) <= most else text[: most - 1] + '…'}”"


def _finding(row: Row, kind: FindingKind, severity: Severity, message: str) -> Finding:
    return finding(row.segment, kind, severity, "", 0, 0, message)


def check_consistency(segments: Sequence[Segment], everywhere: bool = True) -> list[Finding]:
    """Both kinds' findings on the segments; each shared translation unless `everywhere` is
    False (then as `review check` tells them)."""
    return consistency_findings(consistency_rows(segments), everywhere=everywhere)
