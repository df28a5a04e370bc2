"""Sentence shape: a segment without sentence-final punctuation, and a run-on where two
sentences meet without 。 (…を開始 また、…). Headlines are exempt, and so is a target
ending in a noun (a label: 検索履歴の削除), with the colon its source has (ページ:, こう付け加え
た:), or a short message without 。 (保存しました), as UI text writes them; a long sentence or
one whose other sentences end in 。 wants it."""

from __future__ import annotations

import re

from review.core.model import Finding, FindingKind, Segment, Severity
from review.core.qa import finding

_FINAL = "。．.！？!?…"
_CLOSING = "」』）)”’\"'"
_SOURCE_FINAL = re.compile(r"[.!?:;…][\"”’')]*\s*$")
_JA = r"[\u3040-\u30ff\u3400-\u9fff々〆ー]"
# Words that open a new sentence; a space before them between Japanese text is a lost 。
CONJUNCTIONS = (
    "また",
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
RUN_ON = re.compile(rf"(?<={_JA})[ \u3000]+(?=(?:{'|'.join(CONJUNCTIONS)}))")


def run_on_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in RUN_ON.finditer(text)]


def _headline(segment: Segment) -> bool:
    if segment.source is not None:
        return not _SOURCE_FINAL.search(segment.source)
    return "。" not in segment.target and len(segment.target) <= 40


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
    body = text.rstrip()
    parenthetical = body[-1:] in ")）"  # a note in brackets goes without 。
    terminal = text.endswith("\n")  # a program's message line goes without it too
    while body and body[-1] in _CLOSING:
        body = body[:-1].rstrip()
    source_end = (segment.source or "").rstrip().rstrip(_CLOSING).rstrip()[-1:]
    if body and body[-1] not in _FINAL and not _headline(segment):
        last = len(body) - 1
        if body[-1] in ":：;；" and source_end in (":", ";"):
            pass  # ending as its source does, before what follows (ページ:, 以下のとおり:)
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
        elif (
            body[-1] in _PREDICATE_END
            and not parenthetical
            and not terminal
            and ("。" in body or len(body) >= _SENTENCE)
        ):
            findings.append(
                finding(
                    segment.id,
                    FindingKind.SENTENCE_SHAPE,
                    Severity.INFO,
                    text,
                    len(body),
                    len(body),
                    "no sentence-final punctuation (。)",
                    "。",
                )
            )
    return findings
