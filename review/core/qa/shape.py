"""Sentence shape: a segment without sentence-final punctuation, and a run-on where two
sentences meet without 。 (…を開始 また、…). Headlines are exempt, and so is a target
ending in a noun (a label: 検索履歴の削除), with the colon its source has (ページ:, こう付け加え
た:), or a short message without 。 (保存しました), as UI text writes them; a long sentence or
one whose other sentences end in 。 wants it, unless the document writes its sentences
without (most of them, five at least: `period_findings`, over the whole document); a long
one in the plain form (…を制御する) only where the document's sentences are in the plain form."""

from __future__ import annotations

import re
from collections.abc import Iterable

from review.core.model import Finding, FindingKind, Segment, Severity
from review.core.qa import EMOTICON, HOUSE_STYLE, Styled, finding
from review.core.qa.markup import masked

_FINAL = "。．.！？!?…"
_CLOSING = "」』）)”’\"'"
_SOURCE_FINAL = re.compile(r"[.!?:;…][\"”’')]*\s*$")
_LIST_IN_BRACKETS = re.compile(r"(?:\.{2,}|…)\)\s*$")  # (/perl, /python, ...; results ..)
_JA = r"[\u3040-\u30ff\u3400-\u9fff々〆ー]"
# Words that open a new sentence; a space before them between Japanese text is a lost 。
CONJUNCTIONS = (
    "また(?!は)",  # not または, which joins two words (公開 または プライベート)
    "しかし",
    "さらに",
    "そして",
    "一方",
    "だが",
    "ただし",
    "なお",
    "それでも",
    "これに",
    "同社",
    "同氏",
)
# the last kana of a predicate: です, ました, する, ない, だ, ません, ください…
_PREDICATE_END = "すたるいだうんよねさ"
# a short message (保存しました, ファイルが見つかりません) goes without 。 in UI text; one this
# long, or one whose other sentences have it, is prose that wants it
_SENTENCE = 40
# a long message alone wants 。 where it is said politely (…を選択してください); one in the plain
# form (…を制御する, …を表示する) is a setting's or a command's description, which UI text
# writes without
_POLITE_END = re.compile(
    r"(?:ます|ました|ません|ませんでした|です|でした|でしょう|ましょう|ください|下さい)$"
)
# vertical text's punctuation (︰ for ：, ︒ for 。) in horizontal text, where it shows turned
# on its side; not ︙ standing alone for a menu's icon (「︙」), nor a bracket of an emoticon
_VERTICAL = {"\ufe10": "，", "\ufe11": "、", "\ufe12": "。", "\ufe13": "：", "\ufe14": "；",
             "\ufe15": "！", "\ufe16": "？", "\ufe19": "…", "\ufe30": "："}  # fmt: skip
_VERTICAL_FORM = re.compile(f"[{''.join(_VERTICAL)}]")
RUN_ON = re.compile(rf"(?<={_JA})[ \u3000]+(?=(?:{'|'.join(CONJUNCTIONS)}))")


def run_on_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in RUN_ON.finditer(text)]


def _headline(segment: Segment) -> bool:
    if segment.source is not None:
        source = segment.source
        return not _SOURCE_FINAL.search(source) or bool(_LIST_IN_BRACKETS.search(source))
    return "。" not in segment.target and len(segment.target) <= 40


# an abbreviation's full stop ending the source, before what it introduces (e.g., i.e.)
_EXAMPLE_NEXT = re.compile(r"\b(?:e\.\s?g|i\.\s?e|ex|cf)\.\s*$", re.IGNORECASE)
# a line of a program's --help: an option, and its help after a column of spaces
_OPTION_HELP = re.compile(r"[ \t]*--?[A-Za-z0-9][^\n]*?[ \t]{2,}\S")
# 、 after a topic or a place (ページでは、, 画面には、), or alone (a list's ; as 、)
_CONTINUING = frozenset({"", "は", "も", "で", "に", "へ"})


def check_shape(segment: Segment) -> list[Finding]:
    text = segment.target
    findings = [
        finding(
            segment.id,
            FindingKind.SENTENCE_SHAPE,
            Severity.WARNING,
            text,
            start,
            end,
            "run-on: two sentences meet without 。",
            "。",
        )
        for start, end in run_on_spans(text)
    ]
    findings.extend(_vertical_forms(segment))
    body, _ = _body(segment)
    source_end = (segment.source or "").rstrip().rstrip(_CLOSING).rstrip()[-1:]
    if body and body[-1] not in _FINAL and not _headline(segment):
        last = len(body) - 1
        if source_end in (":", ";") and (
            body[-1] in ":：;；" or (body[-1] == "、" and body[-2:-1] in _CONTINUING)
        ):
            pass  # ending as its source does, before what follows (ページ:, ページでは、; not
            # こう答えている、, a whole clause before a quotation)
        elif body[-1] in ":：" and _EXAMPLE_NEXT.search(segment.source or ""):
            pass  # e.g. at the end, 例: before the example that follows
        elif EMOTICON.fullmatch(text.rstrip(), len(body) - 1):
            pass  # a smiley's ; or : (…させるよ；）)
        elif body[-1] in "、,:：;；":
            findings.append(
                finding(
                    segment.id,
                    FindingKind.SENTENCE_SHAPE,
                    Severity.WARNING,
                    text,
                    last,
                    last + 1,
                    f"the sentence ends with “{body[-1]}”, not 。",
                    "。",
                )
            )
    return findings


def _vertical_forms(segment: Segment) -> list[Finding]:
    text = segment.target
    found = []
    for m in _VERTICAL_FORM.finditer(text):
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        if before in "「『[(（" and after in "」』])）":
            continue  # ︙ named as the button that shows it
        char = m.group()
        found.append(
            finding(
                segment.id,
                FindingKind.SENTENCE_SHAPE,
                Severity.WARNING,
                text,
                m.start(),
                m.end(),
                f"“{char}” is vertical text's form: horizontal text writes “{_VERTICAL[char]}”",
                _VERTICAL[char],
            )
        )
    return found


def _body(segment: Segment) -> tuple[str, bool]:
    """The target without closing quotes and trailing space, and whether it may want 。: not
    a headline, nor a note in brackets, nor a program's message line or option's help."""
    text = segment.target
    body = text.rstrip()
    parenthetical = body[-1:] in ")）"  # a note in brackets goes without 。
    terminal = text.endswith("\n") or bool(_OPTION_HELP.match(text))  # a program's own lines
    while body and body[-1] in _CLOSING:
        body = body[:-1].rstrip()
    return body, bool(body) and not parenthetical and not terminal and not _headline(segment)


def period_stats(segments: Iterable[Segment]) -> tuple[Styled, Styled]:
    """The sentences that want a final 。 and end without it (the findings), how many end
    in a predicate without it (保存しました: short or long; the style), and how many end
    with it; and apart, the long ones alone in their segment that end in the plain form
    without it (…を制御する), with how many sentences end in 。 after the polite form and how
    many after the plain (whether the document is written in です・ます)."""
    missing: list[Finding] = []
    described: list[Finding] = []
    ended = bare = polite = plain = 0
    for segment in segments:
        body, sentence = _body(segment)
        if not sentence:
            continue
        if body[-1] in "。．":
            ended += 1
            if _POLITE_END.search(body[:-1]):
                polite += 1
            elif body[-2:-1] in _PREDICATE_END:
                plain += 1
        elif body[-1] in _PREDICATE_END:
            bare += 1
        if body[-1] in _PREDICATE_END and ("。" in body or _read_length(body) >= _SENTENCE):
            found = finding(
                segment.id,
                FindingKind.SENTENCE_SHAPE,
                Severity.INFO,
                segment.target,
                len(body),
                len(body),
                "no sentence-final punctuation (。)",
                "。",
            )
            alone = "。" not in body and not _POLITE_END.search(body)
            (described if alone else missing).append(found)
    return Styled(missing, bare, ended), Styled(described, polite, plain)


def _read_length(text: str) -> int:
    """How long `text` reads: its placeholders and markup left out (<xliff:g id="song">%s
    </xliff:g>を削除しました is a short message)."""
    return len(masked(text).replace("\0", ""))


def period_findings(stats: tuple[Styled, Styled]) -> list[Finding]:
    """A sentence without a final 。, unless the document writes its sentences so: most of
    them, five at least, end in a predicate without it (a project's style, as Aegisub's
    dialogs are). A long one alone in its segment, in the plain form, only where the
    document's sentences are in the plain form too (a news story's, not an app's whose
    sentences are in です・ます, where it is a setting's description: …を制御する)."""
    periods, described = stats
    if periods.styled >= HOUSE_STYLE and periods.styled > periods.counted:
        return []
    if described.styled > described.counted:
        return periods.found
    return periods.found + described.found
