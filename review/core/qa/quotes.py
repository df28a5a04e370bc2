"""Quotes and brackets: unpaired 「」『』（）()“” and straight quotes, and quote styles mixed
in one document (「…」 in one segment, "…" in another)."""

from __future__ import annotations

from collections.abc import Sequence

from review.core.model import Finding, Segment, Severity
from review.core.qa import finding

_PAIRS = {"「": "」", "『": "』", "（": "）", "(": ")", "“": "”"}
_SHORT = 20  # a quotation up to this long is reported whole, with its 「…」 form
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}


def _unpaired(text: str) -> tuple[list[int], list[int]]:
    """Positions of unmatched openers/closers, and of straight quotes left over (odd one)."""
    stack: list[int] = []
    stray: list[int] = []
    for i, ch in enumerate(text):
        if ch in _PAIRS:
            stack.append(i)
        elif ch in _CLOSERS:
            if stack and text[stack[-1]] == _CLOSERS[ch]:
                stack.pop()
            else:
                stray.append(i)
    straight = [i for i, ch in enumerate(text) if ch == '"']
    odd = straight[-1:] if len(straight) % 2 else []
    return sorted(stack + stray), odd


def _straight_pairs(text: str, skip: set[int]) -> list[tuple[int, int]]:
    marks = [i for i, ch in enumerate(text) if ch == '"' and i not in skip]
    return [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]


def check_quotes(segments: Sequence[Segment]) -> list[Finding]:
    """Unpaired marks per segment; where the document also quotes with 「」, each straight
    "…" pair is reported with its 「…」 form (『…』 inside 「…」) as the suggestion."""
    findings: list[Finding] = []
    japanese_style = [s.id for s in segments if "「" in s.target]
    shown = japanese_style[:6]  # a message names five other segments at most
    for segment in segments:
        text = segment.target
        unpaired, odd = _unpaired(text)
        used: set[int] = set()
        for pos in unpaired:
            ch = text[pos]
            closing = next((q for q in odd if q > pos), None) if ch in _PAIRS else None
            if closing is not None:
                used.add(closing)
                findings.append(
                    finding(
                        segment.id,
                        "quotes",
                        Severity.WARNING,
                        text,
                        closing,
                        closing + 1,
                        f"opens with {ch} but closes with {text[closing]}",
                        _PAIRS[ch],
                    )
                )
                continue
            what = "opening" if ch in _PAIRS else "closing"
            mate = _PAIRS.get(ch) or _CLOSERS[ch]
            findings.append(
                finding(
                    segment.id,
                    "quotes",
                    Severity.WARNING,
                    text,
                    pos,
                    pos + 1,
                    f"unpaired {what} {ch}: no matching {mate}",
                )
            )
        for pos in odd:
            if pos not in used:
                used.add(pos)
                findings.append(
                    finding(
                        segment.id,
                        "quotes",
                        Severity.WARNING,
                        text,
                        pos,
                        pos + 1,
                        'unpaired straight quote "',
                    )
                )
        # once per segment, so only the few a message names: every id would make it quadratic
        others = [i for i in shown if i != segment.id][:5]
        more = len(japanese_style) - ("「" in text) > len(others)
        if not others and "「" not in text:
            continue
        for start, end in _straight_pairs(text, used):
            inner = text[start + 1 : end].strip()
            nested = text[:start].count("「") > text[:start].count("」")
            left, right = ("『", "』") if nested else ("「", "」")
            where = ", ".join(others) + (" …" if more else "")
            message = f"mixed quote styles: straight quotes here, 「」 in {where or 'this segment'}"
            if len(inner) <= _SHORT:
                stop, suggestion = end + 1, f"{left}{inner}{right}"
            else:  # a long quotation: the finding names the opening mark only
                stop, suggestion = start + 1, left
                message += f'; its closing " at {end} becomes {right}'
            findings.append(
                finding(
                    segment.id, "quotes", Severity.WARNING, text, start, stop, message, suggestion
                )
            )
    return findings
