"""Untranslated text: a target equal to its source where the source is prose, or an English
phrase left in the target (words with one such as the, of or to), outside code and quotes.
A lone Latin word is not a finding: translations keep names, commands and terms in English
on purpose (git, Wii, mod, iframe), and no list tells those from a word left by mistake."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import NamedTuple

from review.core.model import Finding, FindingKind, Segment, Severity
from review.core.qa import HOUSE_STYLE, JAPANESE, finding
from review.core.qa.markup import masked

_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?:[ ,]+[A-Za-z][A-Za-z'’\-]*)*")
# a word joined to digits, _, ., / or ( is code: numfig_format, add_node(), v2, a/b
_IDENTIFIER = re.compile(r"[\w.\-/]*[A-Za-z][\w.\-/]*\(?")
_CODE_LIKE = re.compile(r"[_\d./]|\($")
_QUOTE_MARKS = re.compile("[`'\"“‘「『*]")
# quotes, and Markdown's or reStructuredText's emphasis (**Show us a better way**: a title)
_QUOTED = re.compile(
    r"`[^`\n]*`|'[^'\n]*'|\"[^\"\n]*\"|“[^”\n]*”|‘[^’\n]*’|「[^」\n]*」|『[^』\n]*』"
    r"|\*\*?[^*\s][^*\n]*\*\*?"
)
FUNCTION_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "to",
        "for",
        "and",
        "or",
        "but",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "with",
        "from",
        "in",
        "on",
        "at",
        "by",
        "as",
        "this",
        "that",
        "these",
        "those",
        "your",
        "you",
        "we",
        "it",
        "its",
        "not",
        "no",
        "will",
        "can",
        "could",
        "should",
        "would",
        "may",
        "must",
        "please",
        "if",
        "when",
        "before",
        "after",
        "into",
        "than",
        "then",
        "there",
        "here",
        "all",
        "any",
        "some",
        "each",
        "more",
        "only",
        "also",
        "such",
        "which",
        "who",
        "what",
        "how",
        "do",
        "does",
        "has",
        "have",
        "had",
    }
)
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


def _values(run: str, source: str) -> bool:
    """A list of three values or more, of a word or two each, as the source lists them (TYPE:
    r, n, nr, rn, any; one of ultra, fast, normal, slow, or bad-spellers): an option's values,
    kept as they are typed."""
    items = [item.split() for item in run.split(",")]
    return len(items) >= 3 and all(0 < len(item) <= 2 for item in items) and run in source


_SETTING = re.compile(r"[A-Za-z][\w-]* (?:on|off|yes|no|true|false)")


def _setting(text: str, start: int, end: int, source: str) -> bool:
    """A setting and its value, in brackets as the source has them (MIME decoding is
    enabled (mimedecode on)): a line of the program's configuration, typed as it is."""
    run = text[start:end]
    return (
        _SETTING.fullmatch(run) is not None
        and _ENCLOSED_BEFORE.search(text, max(0, start - 256), start) is not None
        and _ENCLOSED_AFTER.match(text[end:]) is not None
        and f"({run})" in source
    )


def copied(source: str, target: str) -> bool:
    """The target is the source, and the source is prose to translate (`prose`): not OK, a
    name, a command, a list of units, a placeholder alone, a block of code, a licence or
    copyright notice (kept in English on purpose), or a menu item with its keys, as a
    manual names it (Jump to end :kbd:`Shift-Right`)."""
    return (
        source.strip() == target.strip()
        and prose(source)
        and not keys_named(source)
        and not _LEGAL.search(source)
        and not _CREDIT.match(source.strip())
    )


_KEYS = re.compile(r":kbd:`|<kbd>", re.IGNORECASE)


def keys_named(text: str) -> bool:
    """Whether a text names keys to press (:kbd:`Ctrl-B`, <kbd>Ctrl</kbd>)."""
    return _KEYS.search(text) is not None


# filler text, in no reader's language; a pangram, a font's sample (OpenOrienteering's)
_FILLER = re.compile(r"\blorem ipsum\b|\bquick brown fox\b", re.IGNORECASE)
_LEGAL = re.compile(r"licen[cs]e|copyright|warrant|©|\(c\)|made with", re.IGNORECASE)
_CREDIT = re.compile(r"powered by\b", re.IGNORECASE)  # a credit line, kept as it is


def _titled(words: list[str]) -> bool:
    """Most words capitalised: a name or a title (Windows Subsystem for Linux; WireGuard for
    Android v%s, whose v is a version's, no word)."""
    words = [w for w in words if len(w) > 1 or w.lower() in FUNCTION_WORDS]
    return sum(w[0].isupper() for w in words) * 2 > len(words)


def prose(text: str) -> bool:
    """Three words or more, one of them a function word (the, of, to), outside code: lines
    that are indented or start with a prompt are code, and so is a `code_block`; a run of
    capitalised words is a title or a name."""
    lines = [
        line
        for line in masked(text).splitlines()
        if line.strip() and not line.startswith((" ", "\t", "$", "#", ">", "|"))
    ]
    words = [w for line in lines for w in _words(line)]
    if len(words) < 3 or not any(w.lower() in FUNCTION_WORDS for w in words):
        return False
    return (
        not code_block(text)
        and not _titled(words)
        and not _SYNOPSIS.search(text)
        and not _values_row(text)
    )


def _words(text: str) -> list[str]:
    return [w for w in _IDENTIFIER.findall(text) if len(w) > 1 and not _CODE_LIKE.search(w)]


_VALUE = re.compile(r"\0+")


def _values_row(text: str) -> bool:
    """Fields split by | with as many values as words of their own: a status line of
    measurements (SWScale %5 us  |  Fallback %6 us (%7%)), not a sentence."""
    if text.count("|") < 2:
        return False
    seen = masked(text)
    own = [w for w in _words(seen) if w.lower() not in FUNCTION_WORDS]
    return len(_VALUE.findall(seen)) >= len(own)


# a command's synopsis: its options in brackets (declare [-aAfF]), or its arguments' names in
# capitals between its keywords (until COMMANDS; do COMMANDS-2; done)
_SYNOPSIS = re.compile(r"\[-[A-Za-z]|\b[A-Z]{3,}\b(?:-\d+)?\s*(?:;|\]|\.\.\.)")


def code_block(text: str) -> bool:
    """Text with two operators or more (->, =>, ::, <*>, a spaced = or :), on half its lines
    at least (liftA2 : Applicative f => f a -> f b), a script (#!/usr/bin/env python), or
    lines that each run one command (ufw allow SSH): code, kept as it is, whose words are
    nobody's spelling and need no translation."""
    if text.lstrip().startswith(("```", "~~~", "#!")):
        return True  # a fenced block, as Markdown writes one, or a script
    if _COMMANDS.fullmatch(text.strip()):
        return True  # one command, each line with its arguments (ufw allow SSH)
    if _CODE_LINE.search(text) is None:
        return False
    lines = [line for line in text.splitlines() if line.strip()]
    marks = [len(_CODE_LINE.findall(line)) for line in lines]
    return sum(marks) > 1 and sum(n > 0 for n in marks) * 2 >= len(lines)


_CODE_LINE = re.compile(r"->|=>|<-|::|:=|==|<[*$|&>]>|\s[=:]\s|[;{}]\s*$")
_COMMANDS = re.compile(r"([a-z][a-z0-9_-]*) [^\n.]*(?:\n\1 [^\n.]*){2,}")  # three lines at least


_PHRASES_IN_ONE = 3  # so many English phrases in a target are one finding: a part untranslated


def _code(text: str, start: int, end: int) -> bool:
    """The run is part of an identifier: joined to _, digits, a dot, a slash or a call's (;
    a call's last arguments (log('x', this, arguments);); or an escaped tag's name and
    attributes (&lt;a href="<strong>#/slug</strong>"&gt;, whose attribute holds a tag, so that
    it is no escaped tag to the markup check), or a tag's that a stray quote broke (<a href=
    "…" "rel="noopener">: the markup check tells the quote)."""
    before, after = text[start - 1 : start], text[end : end + 1]
    return (
        text.endswith("&lt;", 0, start)
        or before == "<"
        or text.startswith(");", end)
        or (bool(before) and before in "_./-:~[")
        or (bool(after) and after in "_./(:~[")
        or before.isdigit()
        or after.isdigit()
    )


_ACCENTED = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")


def _in_transliteration(text: str, start: int, end: int) -> bool:
    """Whether the Latin letters at text[start:end] are part of words with accents
    (Gauḍa malhār, a raga's name in transliteration): a name, not English."""
    return bool(_ACCENTED.match(text[start - 1 : start]) or _ACCENTED.match(text[end : end + 1]))


_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]{1,5}\.?")


def abbreviates(short: str, long: str, within_words: bool = False) -> bool:
    """`short` is an abbreviation of `long`: every word of `long` begins with one of its
    letters, in order, its capitals begin a word, and its other letters are taken in order;
    with one capital, each letter begins a word (DoT or Dot, Damage Over Time; SLv., Skill
    Level). `within_words`: a capital may stand inside a word too (KWIC, keyword in
    context), and the case of `long` is not read."""
    words = long.split()
    if not _ABBREVIATION.fullmatch(short.strip()) or not 1 < len(words) <= 6:
        return False
    letters = short.strip().rstrip(".")
    if within_words:
        letters, words = letters.lower(), [word.lower() for word in words]
    elif sum(c.isupper() for c in letters) < 2 and len(letters) != len(words):
        return False  # Cost is a word, not Copy selected text

    def match(letter: int, word: int, at: int) -> bool:
        if letter == len(letters):
            return word == len(words) - 1
        wanted = letters[letter]
        nxt = word + 1
        starts = nxt < len(words) and words[nxt][:1].casefold() == wanted.casefold()
        if starts and match(letter + 1, nxt, 1):
            return True
        if wanted.isupper() or word < 0:
            return False
        found = words[word].casefold().find(wanted, at)
        return found >= 0 and match(letter + 1, word, found + 1)

    return match(0, -1, 0)


_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])")


def _spelt_out(text: str, phrase: str) -> bool:
    """Whether the English is the words an acronym of the text stands for, kept beside it
    as Japanese technical writing keeps them (KWIC（keyword in context）)."""
    return any(abbreviates(a, phrase, within_words=True) for a in set(_ACRONYM.findall(text)))


_ENCLOSED_BEFORE = re.compile(r"[(（]\s*$")
_ENCLOSED_AFTER = re.compile(r"^\s*[)）]")
_GLOSSED_AFTER = re.compile(r"^[!?.,:;！？]?\s*[(（][\u3040-\u30ff\u3400-\u9fff]")


def _gloss(text: str, start: int, end: int, source: str) -> bool:
    """English copied from the source and set apart as a gloss beside its Japanese: in
    parentheses after it (保存して編集を続ける (Save and continue editing)), or before it in
    parentheses (keep it simple, stupid! (単純に…), 418 - I'm a teapot（急須ですが）, an
    HTTP status's phrase); not the source's own parentheses
    ((in MiB), text to translate)."""
    phrase = text[start:end].strip()
    if not phrase or phrase not in source:
        return False
    if any(phrase in inside for inside in _PARENTHESISED.findall(source)):
        return False
    before, after = text[max(0, start - 3) : start], text[end : end + 4]
    enclosed = _ENCLOSED_BEFORE.search(before) is not None and _ENCLOSED_AFTER.match(after)
    return bool(enclosed and JAPANESE.search(text[:start])) or bool(_GLOSSED_AFTER.match(after))


_PARENTHESISED = re.compile(r"[(（]([^()（）]*)[)）]")
_SLASH = ("／", "/")
_LATIN_LETTER = re.compile("[A-Za-z]")


def bilingual(source: str | None, target: str) -> tuple[int, int] | None:
    """Where the target holds its whole source beside its Japanese, slashed, as a bilingual
    label writes it (法的文書／Legal Document, Slideshow / スライドショー): the copy's span."""
    copy = (source or "").strip()
    start = target.find(copy) if copy.isascii() and _LATIN_LETTER.search(copy) else -1
    if start < 0:
        return None
    end = start + len(copy)
    before, after = target[:start].rstrip(), target[end:].lstrip()
    rest = before + after
    slashed = before.endswith(_SLASH) or after.startswith(_SLASH)
    if not slashed or not JAPANESE.search(rest) or _LATIN_LETTER.search(rest):
        return None
    return start, end


_FRAGMENT = re.compile(r"\s*[a-z]{1,3}\s*")  # a piece of a sentence built from pieces


def labelled(label: tuple[int, int] | None, start: int, end: int) -> bool:
    """Whether text[start:end] lies in the source a bilingual label copies (`bilingual`)."""
    return label is not None and label[0] <= start and end <= label[1]


def check_untranslated(segment: Segment, glossary_forms: Collection[str] = ()) -> list[Finding]:
    """`glossary_forms` are lower-cased words of the glossary's accepted and source forms."""
    text = segment.target
    source = segment.source or ""
    whole = None
    if source.strip() and not text.strip():
        if text and _FRAGMENT.fullmatch(source):
            return []  # "the" or "e" of a sentence built from pieces, blanked on purpose
        whole = "empty target: not translated"
    elif _FILLER.search(source) and _FILLER.search(text):
        return []  # Lorem ipsum, the quick brown fox: filler or a font's sample, kept
    elif copied(source, text):
        if segment.role:
            return []  # the document's roles tell (`role_findings`)
        whole = _COPIED
    if whole is not None:
        return [
            finding(segment.id, FindingKind.UNTRANSLATED, Severity.ERROR, text, 0, len(text), whole)
        ]
    if code_block(text) or (
        source.strip() == text.strip()
        and (_SYNOPSIS.search(source) or keys_named(source) or _values_row(source))
    ):
        return []  # code, a command's synopsis, a menu item with its keys, a row of values
    findings: list[Finding] = []
    notice = _LEGAL.search(source) is not None  # a licence notice: its English kept on purpose
    label = bilingual(source, text)
    seen = masked(text)
    if _QUOTE_MARKS.search(seen):
        seen = _QUOTED.sub(lambda m: "\0" * len(m.group()), seen)
    for run in _LATIN_RUN.finditer(seen):  # not in a URL, a tag, a placeholder or quotes
        words = _WORD.findall(run.group(0))
        if (
            len(words) < 2
            or all(len(w) == 1 for w in words)  # a date's format (g a), not words
            or _in_transliteration(seen, *run.span())
            or not any(w.lower() in FUNCTION_WORDS for w in words)
            or _titled(words)
            or _code(text, *run.span())
            or (notice and run.group(0) in source)
            or _gloss(text, *run.span(), source)
            or _spelt_out(text, run.group(0))
            or labelled(label, *run.span())
            or _CREDIT.match(run.group(0))
            or _values(run.group(0), source)
            or _setting(text, *run.span(), source)
        ):
            continue  # a word, a name (Windows Subsystem for Linux), terms side by side, code
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
    if len(findings) >= _PHRASES_IN_ONE:
        first, last = findings[0], findings[-1]
        return [
            finding(
                segment.id,
                FindingKind.UNTRANSLATED,
                Severity.WARNING,
                text,
                first.start,
                last.end,
                f"{len(findings)} English phrases left untranslated, from “{first.text[:30]}”",
            )
        ]
    return findings


_COPIED = "the target is the source, untranslated"


class Roles(NamedTuple):
    """Of the segments whose file says what they are (`Segment.role`): each role's targets
    that copy their source as prose (the findings), and how many of its targets copy their
    source, of how many (`add_roles` sums two runs)."""

    found: dict[str, list[Finding]]
    counts: dict[str, tuple[int, int]]


def role_stats(segments: Iterable[Segment]) -> Roles:
    found: dict[str, list[Finding]] = {}
    counts: dict[str, tuple[int, int]] = {}
    for segment in segments:
        source, text = segment.source or "", segment.target
        if not segment.role or not source.strip() or not text.strip():
            continue
        kept, written = counts.get(segment.role, (0, 0))
        counts[segment.role] = (kept + (source.strip() == text.strip()), written + 1)
        if copied(source, text):
            whole = finding(
                segment.id, FindingKind.UNTRANSLATED, Severity.ERROR, text, 0, len(text), _COPIED
            )
            found.setdefault(segment.role, []).append(whole)
    return Roles(found, counts)


def add_roles(merged: Roles, part: Roles) -> Roles:
    for role, found in part.found.items():
        merged.found.setdefault(role, []).extend(found)
    for role, (kept, written) in part.counts.items():
        before = merged.counts.get(role, (0, 0))
        merged.counts[role] = (before[0] + kept, before[1] + written)
    return merged


def role_findings(stats: Roles) -> list[Finding]:
    """The targets that copy their source, but in a role the document keeps in English:
    four in five of its targets at least, five at least (a manual's index entries, which its
    translation leaves for the index to sort); never its commonest role (its prose, which a
    translation left in English is not)."""
    commonest = max(stats.counts, key=lambda role: stats.counts[role][1], default="")
    return [
        found
        for role, findings in stats.found.items()
        if role == commonest or not _kept_on_purpose(*stats.counts[role])
        for found in findings
    ]


def _kept_on_purpose(kept: int, written: int) -> bool:
    return kept >= HOUSE_STYLE and kept * 5 >= written * 4
