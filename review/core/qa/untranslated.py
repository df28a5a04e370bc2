"""Untranslated text: a target equal to its source, or Latin-script words in the target that
are not names (capitalised in the source), glossary forms, acronyms or units."""

from __future__ import annotations

import re
from collections.abc import Collection

from review.core.model import Finding, FindingKind, Segment, Severity
from review.core.qa import finding
from review.core.qa.markup import masked

_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?:[ ,]+[A-Za-z][A-Za-z'’\-]*)*")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
UNITS = frozenset(
    [
        "km",
        "m",
        "cm",
        "mm",
        "kg",
        "g",
        "mg",
        "t",
        "l",
        "ml",
        "kb",
        "mb",
        "gb",
        "tb",
        "pb",
        "kw",
        "mw",
        "gw",
        "kwh",
        "mwh",
        "gwh",
        "hz",
        "ghz",
        "mhz",
        "ms",
        "s",
        "h",
        "min",
        "usd",
        "jpy",
        "eur",
        "bps",
        "fps",
        "dpi",
        "px",
        "pt",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
    ]
)


def _exempt(word: str, source: str, forms: Collection[str]) -> bool:
    lower = word.lower()
    if lower in UNITS or lower in forms:
        return True
    if any(c.isupper() for c in word):
        # a name or acronym: capitals kept from the source, or an all-caps acronym
        return word in source or sum(c.isupper() for c in word) >= 2 or len(word) == 1
    return False


_LITERALS = frozenset(
    [
        "true",
        "false",
        "x",
        "null",
        "nil",
        "none",
        "undefined",
        "nan",
        "php",
        "json",
        "xml",
        "yaml",
        "html",
        "css",
        "http",
        "https",
        "url",
        "uri",
        "utf",
        "ascii",
        "sql",
        "regex",
        "png",
        "jpg",
        "jpeg",
        "gif",
        "svg",
        "pdf",
        "csv",
        "txt",
        "zip",
    ]
)


def _literal(word: str, source: str) -> bool:
    """A value or a keyword the source has as it is (true, null, php): code, not prose left
    in English (moonshot)."""
    return word in _LITERALS and re.search(rf"(?<![A-Za-z]){word}(?![A-Za-z])", source) is not None


_PROSE_WORD = re.compile(r"[A-Za-z]{2,}")


def copied(source: str, target: str) -> bool:
    """The target is the source, and the source is text to translate: two words or more
    outside code (not OK, a name, or a placeholder alone)."""
    if source.strip() != target.strip():
        return False
    return len(_PROSE_WORD.findall(masked(source))) >= 2


def check_untranslated(segment: Segment, glossary_forms: Collection[str] = ()) -> list[Finding]:
    """`glossary_forms` are lower-cased words of the glossary's accepted and source forms."""
    text = segment.target
    source = segment.source or ""
    whole = None
    if source.strip() and not text.strip():
        whole = "empty target: not translated"
    elif copied(source, text):
        whole = "the target is the source, untranslated"
    if whole is not None:
        return [
            finding(segment.id, FindingKind.UNTRANSLATED, Severity.ERROR, text, 0, len(text), whole)
        ]
    findings: list[Finding] = []
    for run in _LATIN_RUN.finditer(masked(text)):  # not in a URL, a tag or a placeholder
        words = _WORD.findall(run.group(0))
        if len(words) == 1 and (
            _literal(words[0], source) or text[run.start() - 1 : run.start()] == "."
        ):
            continue  # a value, a keyword, a file's extension (php.ini)
        flagged = [
            w for w in words if not (_exempt(w, source, glossary_forms) or _literal(w, source))
        ]
        if flagged:
            findings.append(
                finding(
                    segment.id,
                    FindingKind.UNTRANSLATED,
                    Severity.WARNING,
                    text,
                    run.start(),
                    run.end(),
                    f"untranslated: {', '.join(flagged[:5])}",
                )
            )
    return findings
