"""QA checks beyond names: numbers, quotes, sentence shape, untranslated text, spacing and
repetition, inconsistency. `review.core.checks` registers each; `review.core.engine` runs them."""

from __future__ import annotations

import re
from typing import NamedTuple

from review.core.model import Finding, FindingKind, Severity
from review.core.wording import plain_ids, quoted_id

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")  # a kana or a kanji
_CAMEL = re.compile(r"[a-z][A-Z]")
_KEY = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+")
# i18next's and Lokalise's keys in lower case joined by hyphens, three words at least
# (send-sending-to); two (sign-in, read-only) are as often an English word
_KEBAB_KEY = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}")


# a smiley of punctuation, whose bracket is no bracket: ;) ；） :( :-), where no word follows
# (not 例:(以下): a bracket opened after a colon)
EMOTICON = re.compile(r"[;:；：=][-‐^']?[()（）](?![\w\u3040-\u30ff\u3400-\u9fff])")
HOUSE_STYLE = 5  # segments written one way that, enough of them, are a document's style


class Styled(NamedTuple):
    """What a check that yields to the document's own style needs of a run of segments: its
    findings, how many segments are written in the style, and how many are counted against
    them (`add_styled` sums two runs)."""

    found: list[Finding]
    styled: int
    counted: int


def add_styled(merged: Styled, part: Styled) -> Styled:
    merged.found.extend(part.found)
    return Styled(merged.found, merged.styled + part.styled, merged.counted + part.counted)


# English words of three hyphened parts, said as a label on their own
_HYPHENED_WORDS = frozenset(
    {"up-to-date", "peer-to-peer", "end-to-end", "one-to-one", "state-of-the-art",
     "left-to-right", "right-to-left", "drag-and-drop", "do-it-yourself", "out-of-date",
     "work-in-progress", "day-to-day", "face-to-face", "point-to-point", "plug-and-play"}
)  # fmt: skip


def message_key(source: str | None) -> bool:
    """Whether a source is a message key (`edit.caption`, `part_db.title`,
    `send-sending-to`), as Symfony and other apps' XLIFF and i18next's files keep them, not
    text: checks that compare it with the target skip it.
    A dotted name in capitals (Node.js, ASP.NET) is a name, not a key; one in camel case
    (appEntity.localProfile) is a key. So are gettext's translator-credits and a bare number
    (a setting the translation chooses, as GNOME's first day of the week)."""
    if not source:
        return False
    if credits(source) or source.strip().isdigit():
        return True  # translator-credits, or a number a translation sets (a week's first day)
    if _KEBAB_KEY.fullmatch(source) is not None and source not in _HYPHENED_WORDS:
        return True
    if _KEY.fullmatch(source) is None:
        return False
    return (
        "_" in source
        or source.count(".") > 1
        or source.islower()
        or _CAMEL.search(source) is not None  # appEntity.localProfile
    )


def credits(source: str | None) -> bool:
    """gettext's translator-credits: the translators' names, not a translation; no check
    reads it."""
    return (source or "").strip() in _CREDITS


_CREDITS = frozenset({"translator-credits", "translator_credits", "translators"})


def finding(
    segment: str,
    kind: FindingKind,
    severity: Severity,
    text: str,
    start: int,
    end: int,
    message: str,
    suggestion: str | None = None,
) -> Finding:
    """A finding on target[start:end] (`text` is the whole target)."""
    return Finding(
        segment=segment,
        kind=kind,
        severity=severity,
        start=start,
        end=end,
        text=text[start:end],
        suggestion=suggestion,
        message=message,
        rule=f"qa:{kind}",
    )


def some(ids: list[str], total: int, limit: int = 5) -> str:
    """Up to `limit` of the ids, and " …" when there are more than shown (`total` in all):
    a message that named every other segment would make a check quadratic. Ids that are
    messages' texts (a PO file's msgids) are quoted and cut short, three at most."""
    if plain_ids(ids[:limit]):
        shown = ", ".join(ids[:limit])
    else:
        limit = min(limit, 3)
        shown = ", ".join(map(quoted_id, ids[:limit]))
    return shown + (" …" if total > min(len(ids), limit) else "")
