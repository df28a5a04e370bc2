"""Spacing and repetition: double spaces, a space before a particle after a Latin word
written flush to the Japanese before it (オープンAI の: a space on one side only, unless the
document sets its Latin words apart: a document check, `half_spaced_stats`), a stray space
inside a Japanese sentence (after a particle or 。: a document check, `stray_stats`, as a
document may write its words apart), and repeated particles or words.

Not findings: a Latin word or placeholder with a space on both sides (環境変数 TMP が,
%r は: the usual spacing of Japanese technical text), indentation and aligned columns, a
space between nouns (霧 有効, オブジェクト インベントリ: a label's or a compound's usual
separator) and the one in a name before an e-mail address (相花 毅 <…>)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from review.core.model import Finding, FindingKind, Segment, Severity
from review.core.orthography import verbal_noun_before, word_starts_at
from review.core.qa import HOUSE_STYLE, JAPANESE, Styled, finding
from review.core.qa.markup import as_wide_as_source, colons_lined_up, column_padding, masked
from review.core.qa.shape import run_on_spans

_JA = r"[\u3040-\u30ff\u3400-\u9fff々〆ー]"
_DOUBLE = re.compile(r"[ \u3000]{2,}")
_BEFORE_PARTICLE = re.compile(
    rf"(?<={_JA})[A-Za-z0-9][A-Za-z0-9\-]*([ \u3000])(?=[のがをにはでとへもや](?![ぁ-ゖ]))"
)
# a space inside a sentence: after kana of a particle or an ending, or after 。、 (霧 有効 and
# 左スティック 下, nouns side by side, are a label's separator); after 、 or 。 before a Latin
# word, a number or a placeholder too (使用していますが、 %@ を; judged real 37 times in 39),
# the mark's own width being its space; not before a line break tag, where HTML shows none
# a full-width space between words sets them apart on purpose (裏向き　守備: 16 of 18 judged)
_BETWEEN_JAPANESE = re.compile(
    rf"(?<=[\u3040-\u309f、。]) (?={_JA})|(?<=[、。])\u3000(?={_JA})"
    rf"|(?<=[、。]) (?=[\w%{{$]|<(?!br\b))"
)
# a polite sentence's end: a space after it parts two sentences of a terse message
# (終了します 原因: 割り込み), as a period would
_SENTENCE_ENDS = ("ます", "ました", "ません", "です", "でした")
_NAME_BEFORE_ADDRESS = re.compile(r"[^\n]{0,8}<[^>\s]+@")
# A doubled particle after a word not in kana: ものの一つ, (色が)ににじむ, ののしる are words,
# and はは！ is a laugh.
_PARTICLES = re.compile(
    r"(?<![ぁ-ゖ])(?:の(?=の(?!し))|が(?=が)|を(?=を)|に(?=に(?!じ))|で(?=で)|"
    r"は(?=は(?![は、。！？!?…―ー])))"
)
# a word twice in the same case: "--shell SHELL" is an option and the name of its value; a
# katakana word twice from its start (ファイルファイル), not a run inside one (インスタンスタイプ),
# nor a list's items (UID・ゲーム・ゲームサーバー)
_WORDS = re.compile(
    r"\b([A-Za-z]+)(?: \1\b)|([\u4e00-\u9fff]{2,}|(?<![\u30a1-\u30faー])[\u30a1-\u30faー]{3,})\2"
)


_NUMERALS = frozenset("一二三四五六七八九十百千万")
_SAID_TWICE = re.compile(r"(?i)\b([a-z]{2,})[ -]?\1\b")
_SET_OFF = re.compile(r"[^\s]{1,20}(?= (?=[\u3040-\u30ff\u3400-\u9fff]))")


def _set_off(text: str, start: int) -> bool:
    """Whether the word at `start` has a space after it too, and the segment writes that word
    elsewhere on its own (at its start, or between spaces, signs or the ends): a name the
    text quotes (ボタンを 消しゴム に変更, in the help of the tool 消しゴム), not a stray space.
    (The space after such a word, after kana, is told: in the judged rounds it was stray.)"""
    word = _SET_OFF.match(text, start)
    return word is not None and _named_elsewhere(text, word.group(), start)


def _named_elsewhere(text: str, word: str, at: int) -> bool:
    for m in re.finditer(re.escape(word), text):
        if m.start() == at:
            continue
        left, right = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        if not JAPANESE.match(left or " ") and not JAPANESE.match(right or " "):
            return True
    return False


def stray_stats(segments: Iterable[Segment]) -> Styled:
    """The spaces inside Japanese sentences (the findings), in how many segments (the
    style), and how many segments write Japanese at all."""
    found: list[Finding] = []
    spaced = japanese = 0
    for segment in segments:
        text = segment.target
        if not JAPANESE.search(text):
            continue
        japanese += 1
        if " " not in text and "\u3000" not in text:
            continue
        run_on = {i for start, end in run_on_spans(text) for i in range(start, end)}
        strays = [
            finding(segment.id, FindingKind.SPACING, Severity.WARNING, text, m.start(),
                    m.end(), "stray space in Japanese text", "")
            for m in _BETWEEN_JAPANESE.finditer(text)
            if m.start() not in run_on
            and not text.endswith(_SENTENCE_ENDS, 0, m.start())
            and not _NAME_BEFORE_ADDRESS.match(text, m.end())
            and not (JAPANESE.match(text, m.end()) and _set_off(text, m.end()))
        ]  # fmt: skip
        spaced += bool(strays)
        found.extend(strays)
    return Styled(found, spaced, japanese)


def stray_findings(stats: Styled) -> list[Finding]:
    """A space inside a Japanese sentence, unless the document writes its words apart
    (分かち書き, as text for children does: Tux Paint's "どうぐを えらんで ください"): in a third
    of its Japanese segments, five at least."""
    if stats.styled >= HOUSE_STYLE and stats.styled * 3 >= stats.counted:
        return []
    return stats.found


_LATIN_THEN_JAPANESE = re.compile(rf"[A-Za-z0-9]( ?)(?={_JA})")
_JAPANESE_THEN_LATIN = re.compile(rf"(?<={_JA})( ?)[A-Za-z0-9]")


def half_spaced_stats(segments: Iterable[Segment]) -> Styled:
    """Each Latin word written flush to the Japanese before it and with a space before the
    particle after it (オープンAI の: the findings), and of the places where a Latin letter or
    digit meets Japanese, how many have a space between (the style) of how many there are."""
    found: list[Finding] = []
    spaced = places = 0
    for segment in segments:
        text = segment.target
        if not JAPANESE.search(text):
            continue
        plain = masked(text)
        for pattern in (_LATIN_THEN_JAPANESE, _JAPANESE_THEN_LATIN):
            for m in pattern.finditer(plain):
                places += 1
                spaced += bool(m.group(1))
        if " " not in text and "\u3000" not in text:
            continue
        # after a URL or a placeholder, a space before a particle keeps it apart: no finding
        for m in _BEFORE_PARTICLE.finditer(plain):
            if text[m.start() - 1] == "・":
                continue  # ファイル・URL を: a list's item, set apart by ・ on one side
            found.append(
                finding(
                    segment.id,
                    FindingKind.SPACING,
                    Severity.WARNING,
                    text,
                    m.start(1),
                    m.end(1),
                    f"space before the particle {text[m.end()]}: write it flush",
                    "",
                )
            )
    return Styled(found, spaced, places)


def half_spaced_findings(stats: Styled) -> list[Finding]:
    """A Latin word spaced on one side only, unless the document sets its Latin words apart
    from Japanese (more than two places in three, five at least: Bluefish がファイルを, with
    Bluefish written so throughout): there the space is the style, and the slip is the one
    left out."""
    if stats.styled >= HOUSE_STYLE and stats.styled * 3 > stats.counted * 2:
        return []
    return stats.found


def check_spacing(segment: Segment) -> list[Finding]:
    text = segment.target
    findings: list[Finding] = []
    taken: set[int] = set()

    def add(
        kind: FindingKind, severity: Severity, start: int, end: int, message: str, fix: str
    ) -> None:
        if any(i in taken for i in range(start, end)):
            return
        taken.update(range(start, end))
        findings.append(finding(segment.id, kind, severity, text, start, end, message, fix))

    spaced = " " in text or "\u3000" in text
    for start, end in run_on_spans(text) if spaced else ():  # the sentence-shape check's
        taken.update(range(start, end))
    aligned = "  " in (segment.source or "") or "\t" in (segment.source or "")  # columns
    padded = text[:1].isspace() or (segment.source or "")[-1:].isspace()
    for m in _DOUBLE.finditer(text) if spaced and not aligned else ():
        if m.start() == 0 or text[m.start() - 1] == "\n":
            continue  # indentation
        if m.end() == len(text) and (padded or column_padding(m.group())):
            continue  # a button's label padded on both sides (  置換  ), or as its source is,
            # or a label padded to its column
        if text[m.end() : m.end() + 1] in (":", "：") and (
            as_wide_as_source(segment.source or "", text, m.start())
            or colons_lined_up(text, m.end())
        ):
            continue  # a label padded to its source's columns, or to the colons around it
        add(FindingKind.SPACING, Severity.WARNING, m.start(), m.end(), "double space", " ")
    for m in _PARTICLES.finditer(text):
        if text.startswith("でき", m.end()):
            if not verbal_noun_before(text, m.start()):
                continue  # 木でできた: で and できる (フォーマットでできる is で twice)
        elif word_starts_at(text, m.start() + 1):
            continue  # UFRawははじめに: は and はじめ
        add(
            FindingKind.REPETITION,
            Severity.WARNING,
            m.start(),
            m.start() + 2,
            f"repeated particle {m.group(0)}",
            m.group(0),
        )
    source = segment.source or ""
    for m in _WORDS.finditer(masked(text)):  # not in a tag's class="fa fa-home"
        word = m.group(1) or m.group(2)
        if m.group(1) and (word[0].isupper() or m.group() in source):
            continue  # a name (Tiny Tiny RSS), or words the source writes twice (help help)
        if word[0] in _NUMERALS:
            continue  # a number and its counter twice, an idiom (一語一語, 一歩一歩, 五分五分)
        if m.group(2) and _SAID_TWICE.search(source):
            continue  # a word the source says twice too (PrallPrall: プラルプラル, round 141)
        add(
            FindingKind.REPETITION, Severity.WARNING, m.start(), m.end(), f"repeated “{word}”", word
        )
    return findings
