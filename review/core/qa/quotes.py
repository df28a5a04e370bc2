"""Quotes and brackets: unpaired 「」『』（）()“”‘’ and straight quotes, and quote styles mixed
in one document (「…」 in one segment, "…" around Japanese in another). Straight quotes
around Latin text ("Hello World", "${file}") mark a name or a value, not a quotation, those
of a source that quotes the same way ("Copy" → "コピー") follow it, and 1) or 3.) numbers a
list."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from review.core.model import Finding, FindingKind, Segment, Severity
from review.core.qa import EMOTICON, JAPANESE, finding, some
from review.core.qa.markup import masked

_PAIRS = {"「": "」", "『": "』", "（": "）", "(": ")", "“": "”", "‘": "’"}
_SHORT = 20  # a quotation up to this long is reported whole, with its 「…」 form
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
_MARKS = frozenset(_PAIRS) | frozenset(_CLOSERS)
_OTHER_WIDTH = {"(": "（", "（": "("}  # ( closed by ）: a pair, in mixed widths
_SINGLE = re.compile(r"(?<![A-Za-z0-9])'|'(?![A-Za-z0-9])")  # a quote, not don't's apostrophe
_LIST_MARKER = re.compile(r"(?:^|(?<=[\s。、]))(?:[0-9０-９a-z]{1,2}[.．]?|例)[)）]$")  # 1) 例)


def _unpaired(text: str) -> tuple[list[int], list[int], list[tuple[int, int]]]:
    """Positions of unmatched openers/closers, of straight quotes left over (odd one), and
    the pairs of brackets in two widths (いいえ(それが何なのか分かりません）)."""
    stack: list[int] = []
    stray: list[int] = []
    mixed: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if ch in _MARKS and _quoted_mark(text, i):
            continue  # 「(」を入力: the mark named, not used
        if ch in _PAIRS:
            stack.append(i)
        elif ch in ")）" and not stack and _LIST_MARKER.search(text, max(0, i - 4), i + 1):
            continue  # 1) or 3.) numbering a list
        elif ch == "’" and not (stack and text[stack[-1]] == "‘"):
            continue  # an apostrophe (Don’t, users’), unless a ‘ is open
        elif ch in _CLOSERS:
            if stack and text[stack[-1]] in (_CLOSERS[ch], _OTHER_WIDTH.get(_CLOSERS[ch])):
                if text[stack[-1]] != _CLOSERS[ch]:
                    mixed.append((stack[-1], i))
                stack.pop()
            else:
                stray.append(i)
    straight = [i for i, ch in enumerate(text) if ch == '"']
    odd = straight[-1:] if len(straight) % 2 else []
    smiles = {m.end() - 1 for m in EMOTICON.finditer(text)}
    return sorted(set(stack + stray) - smiles), odd, mixed


_FAMILY = {
    **dict.fromkeys("(（", "("),
    **dict.fromkeys(")）", ")"),
    **dict.fromkeys("「『“‘", "open"),
    **dict.fromkeys("」』”’", "close"),
    '"': "straight",
}


def _families(source: str) -> Counter[str]:
    """The marks a source leaves unpaired, by family: a message that goes on in another
    (`" already exists!`), a regular expression's `\\z(`. A straight quote may become 「 or 」."""
    unpaired, odd, _ = _unpaired(masked(source))
    families = Counter(_FAMILY[source[pos]] for pos in unpaired + odd)
    families["straight"] += len(_SINGLE.findall(source)) % 2  # press ' / ' to see more
    families["open"] += families["straight"]
    families["close"] += families["straight"]
    return families


def _quoted_mark(text: str, pos: int) -> bool:
    """A mark named, not used: カッコ '(' がありません."""
    before, after = text[pos - 1 : pos], text[pos + 1 : pos + 2]
    return (before, after) in (("'", "'"), ('"', '"'), ("「", "」"), ("`", "`"))


def _straight_pairs(text: str, skip: set[int]) -> list[tuple[int, int]]:
    marks = [i for i, ch in enumerate(text) if ch == '"' and i not in skip]
    return [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]


@dataclass(slots=True)
class QuoteStats:
    """What a run of segments says about quotes: findings on unpaired marks, which need no
    other segment; the straight "…" pairs, which are mixed quote styles only where the
    document quotes with 「」 somewhere; and which segments do (the first six, and how many)."""

    marks: list[tuple[str, bool, list[Finding], list[_Pair], int]] = field(default_factory=list)
    """Per segment with quote marks: its id, whether it uses 「」, the findings on its
    unpaired marks, its straight pairs, and its ordinal in the document."""
    japanese: list[str] = field(default_factory=list)
    japanese_count: int = 0


_Pair = tuple[int, int, str, str, str]  # start, stop, matched text, suggestion, message tail
_NAMED = 6  # a message names five other segments at most: one more, if it is itself one


def quote_stats(segments: Sequence[Segment], first: int = 0) -> QuoteStats:
    """The quote marks of consecutive segments, the first of which is the document's
    `first`."""
    stats = QuoteStats()
    for ordinal, segment in enumerate(segments, start=first):
        text = segment.target
        kagi = "「" in text
        if kagi:
            stats.japanese_count += 1
            if len(stats.japanese) < _NAMED:
                stats.japanese.append(segment.id)
        if '"' not in text and not _MARKS.intersection(text):
            continue
        unpaired: list[Finding] = []
        used = _unpaired_findings(segment, unpaired)
        pairs: list[_Pair] = []
        mirrored = '"' in (segment.source or "")  # the source quotes "Copy": so may its text
        for start, end in _straight_pairs(masked(text), used):
            inner = text[start + 1 : end].strip()
            if not JAPANESE.search(inner) or mirrored:
                continue  # a name, a value or code ("Hello World"), or quoted as the source does
            nested = text[:start].count("「") > text[:start].count("」")
            left, right = ("『", "』") if nested else ("「", "」")
            if len(inner) <= _SHORT:
                pairs.append((start, end + 1, text[start : end + 1], f"{left}{inner}{right}", ""))
            else:  # a long quotation: the finding names the opening mark only
                pairs.append(
                    (
                        start,
                        start + 1,
                        text[start],
                        left,
                        f'; its closing " at {end} becomes {right}',
                    )
                )
        if pairs or unpaired:
            stats.marks.append((segment.id, kagi, unpaired, pairs, ordinal))
    return stats


def _unpaired_findings(segment: Segment, out: list[Finding]) -> set[int]:
    """Append the findings on unpaired marks; the straight quotes they used."""
    text = segment.target

    def add(start: int, message: str, suggestion: str | None = None) -> None:
        out.append(
            finding(
                segment.id,
                FindingKind.QUOTES,
                Severity.WARNING,
                text,
                start,
                start + 1,
                message,
                suggestion,
            )
        )

    unpaired, odd, mixed = _unpaired(masked(text))  # not the quotes of a tag's attributes
    for opened, shut in mixed:  # judged real 3 times in 3
        opener = text[opened]
        add(shut, f"opens with {opener} but closes with {text[shut]}", _PAIRS[opener])
    left_open = _families(segment.source or "")
    used: set[int] = set()
    for pos in unpaired + odd:  # the target's own 「 or “ first, then a straight quote
        family = _FAMILY.get(text[pos], "")
        # a straight quote may stand for the “ or ” the source leaves open (Click “ → 追加")
        families = (family, "open", "close") if family == "straight" else (family,)
        left = next((f for f in families if left_open[f] > 0), family)
        if _quoted_mark(text, pos) or left_open[left] > 0:
            left_open[left] -= 1  # the source leaves it open too: "file: \"" → "ファイル: \""
            used.add(pos)
    unpaired = [pos for pos in unpaired if pos not in used]
    odd = [pos for pos in odd if pos not in used]
    for pos in unpaired:
        ch = text[pos]
        closing = next((q for q in odd if q > pos), None) if ch in _PAIRS else None
        if closing is not None:
            used.add(closing)
            add(closing, f"opens with {ch} but closes with {text[closing]}", _PAIRS[ch])
            continue
        what = "opening" if ch in _PAIRS else "closing"
        mate = _PAIRS.get(ch) or _CLOSERS[ch]
        add(pos, f"unpaired {what} {ch}: no matching {mate}")
    for pos in odd:
        if pos not in used:
            used.add(pos)
            add(pos, 'unpaired straight quote "')
    return used


def add_quote_stats(merged: QuoteStats, part: QuoteStats) -> QuoteStats:
    """`merged` with the statistics of the run that follows it added (in place)."""
    merged.marks.extend(part.marks)
    merged.japanese.extend(part.japanese[: _NAMED - len(merged.japanese)])
    merged.japanese_count += part.japanese_count
    return merged


def quote_findings(stats: QuoteStats) -> list[Finding]:
    """Unpaired marks; and, where the document also quotes with 「」, each straight "…" pair
    with its 「…」 form (『…』 inside 「…」) as the suggestion."""
    findings: list[Finding] = []
    carried = _carried_over(stats.marks)
    for segment, kagi, unpaired, pairs, _ in stats.marks:
        findings.extend(f for f in unpaired if id(f) not in carried)
        others = [i for i in stats.japanese if i != segment][:5]
        if not pairs or (not others and not kagi):
            continue
        where = some(others, stats.japanese_count - kagi) or "this segment"
        for start, stop, text, suggestion, tail in pairs:
            message = f"mixed quote styles: straight quotes here, 「」 in {where}{tail}"
            findings.append(
                Finding(
                    segment,
                    FindingKind.QUOTES,
                    Severity.WARNING,
                    start,
                    stop,
                    text,
                    suggestion,
                    message,
                    f"qa:{FindingKind.QUOTES}",
                )
            )
    return findings


def _carried_over(marks: list[tuple[str, bool, list[Finding], list[_Pair], int]]) -> set[int]:
    """The findings (by id) on a bracket left open at a segment's end and closed at the
    start of the next one: a sentence its source splits over two messages, its parenthesis
    carried over (バックアップ用 / またはコンピュータの移行用))."""
    carried: set[int] = set()
    for before, after in pairwise(marks):
        if after[4] != before[4] + 1 or not before[2] or not after[2]:
            continue
        opened, closed = before[2][-1], after[2][0]
        if _PAIRS.get(opened.text) == closed.text and "unpaired" in opened.message + closed.message:
            carried |= {id(opened), id(closed)}
    return carried


def check_quotes(segments: Sequence[Segment]) -> list[Finding]:
    return quote_findings(quote_stats(segments))
