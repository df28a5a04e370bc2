"""Checking and fixing large plain texts fast: the glossary's checks, the same findings and
fixes, at the speed of one pass.

`Glossary.check` runs per segment: a filter pass, then each candidate rule's regex, with
Python's per-call costs paid for every line. Here the work is the same but in bulk:

* one Aho-Corasick pass over the *folded* text (`rules.fold`: case and width of Latin
  letters and digits) finds the literals every pattern rule needs (`PatternRule.
  prefilter_keys`), so a rule runs only on the blocks that hold one of them; rules without
  a pattern and `/…/i` regexes are filtered too, not run everywhere;
* a rule whose regex cannot backtrack (`PatternRule.needs_timeout`) runs without the time
  limit, which halves the cost of a search;
* big inputs are cut into chunks of whole blocks, checked on every core.

The workers get the engine (pickled: compiled patterns and the tuned prefilter travel as they
are, in a few hundredths of a second) and the renderer once (`review.core.pool`).

A block is one segment (one line), as `Glossary.check` sees it; with `paragraphs=True` it
is a paragraph (lines up to a blank line), as prh reads a text: a rule such as
`([^/])ウェブ` then sees the line break before a line-initial ウェブ, and the fixed text
equals `prh --stdout` byte for byte. A match that takes in a line break and gives it back
(`\\nウェブ` → `\\nWeb`) is reported on the line it changes; one that spans a line break
has no single segment to live in and is reported, not fixed (`SPANS_LINES`).

Plain glossary entries (not pattern rules) are checked per line by the glossary itself.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeVar

from review.core.glossary import (
    Glossary,
    is_preference_rule,
    rule_finding_parts,
    spans_lines_finding,
    timeout_finding,
)
from review.core.model import Finding, FindingKind, Fix, Segment, Severity, apply_fixes
from review.core.pool import CHUNK_CHARS, IN_PROCESS, Executor, Sized
from review.core.rules import RuleIndex, RuleMatch, resolve

SPANS_LINES = FindingKind.RULE_SPANS_LINES
T = TypeVar("T")


class LineMatch(NamedTuple):
    """A rule match on one line: offsets into the line (a tuple: made by the hundred
    thousand)."""

    line: int  # 0-based index into the lines given
    start: int
    end: int
    text: str
    replacement: str | None  # None: the match spans a line break and is not fixed
    rule: int  # index into Engine.entries


@dataclass(frozen=True, slots=True)
class Result:
    """What a chunk of lines gave: findings per line, and the fixed lines when asked."""

    findings: list[Finding]
    fixed: list[str] | None
    changed: int


_SWITCH = re.compile(r"^.*?prh:disable(?::(\S*))?", re.MULTILINE)


def honour_switches(block: str, found: list[tuple[int, RuleMatch]]) -> list[tuple[int, RuleMatch]]:
    """prh's switches in a block (a paragraph, as prh reads one): no match touches the line
    up to a `prh:disable` comment; `prh:disable` alone leaves the block unfixed, and
    `prh:disable:PATTERN` every match whose text PATTERN finds."""
    spans: list[tuple[int, int]] = []
    ignored: list[re.Pattern[str]] = []
    for switch in _SWITCH.finditer(block):
        if not switch.group(1):
            return []
        spans.append(switch.span())
        try:
            ignored.append(re.compile(f"({switch.group(1)})"))
        except re.error:
            continue
    return [
        (rule, match)
        for rule, match in found
        if not any(match.start < end and start < match.end for start, end in spans)
        and not any(pattern.search(match.text) for pattern in ignored)
    ]


class Engine:
    """A glossary compiled for bulk checking; build once, use for any number of texts."""

    def __init__(self, glossary: Glossary) -> None:
        compiled = glossary.compiled_rules
        self.entries = [entry for entry, _ in compiled]
        self.rules = [rule for _, rule in compiled]
        self._timeouts = [entry.rule.needs_timeout() for entry in self.entries if entry.rule]
        self._index = RuleIndex([entry.rule for entry in self.entries if entry.rule])
        self._preference = frozenset(
            i for i, entry in enumerate(self.entries) if is_preference_rule(entry)
        )
        self._parts: dict[tuple[int, str], tuple[FindingKind, Severity, str, str]] = {}
        plain = [entry for entry in glossary.entries if entry.rule is None]
        self.plain = Glossary(plain, name=glossary.name) if plain else None

    def tune(self, sample: str) -> None:
        """Make the prefilter faster on texts like `sample` (`RuleIndex.tune`)."""
        self._index.tune(sample)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_parts"] = {}  # a cache, filled where the engine runs
        return state

    # matching

    def block_matches(
        self, text: str, *, skip: frozenset[int] = frozenset()
    ) -> tuple[list[tuple[int, RuleMatch]], list[int]]:
        """The rule matches in one block after prh's overlap resolution, each with its rule
        index; and the rules that gave up on the block. Rules in `skip` do not run."""
        found, gave_up = self._index.matches(text, self.rules, self._timeouts, skip)
        if found and "prh:disable" in text:
            found = honour_switches(text, found)
        if len(found) > 1:
            found = resolve(found)
        return found, gave_up

    def line_matches(
        self,
        lines: Sequence[str],
        *,
        paragraphs: bool,
        final_newline: bool = False,
        fixing: bool = False,
        preferences: bool = False,
    ) -> tuple[list[LineMatch], list[tuple[int, int]]]:
        """Rule matches on `lines`, one block per line or per paragraph; and (line, rule)
        for each rule that gave up on a block (reported on the block's first line).
        `final_newline`: the last paragraph is followed by the file's final line break,
        which prh reads as part of it. `fixing` leaves out preference rules (unless
        `preferences`) before overlaps are resolved, as `Glossary.fix` does."""
        out: list[LineMatch] = []
        gave_up: list[tuple[int, int]] = []
        skip = self._preference if fixing and not preferences else frozenset()
        for first, block, starts in _blocks(lines, paragraphs, final_newline):
            if not block:
                continue
            found, failed = self.block_matches(block, skip=skip)
            gave_up.extend((first, rule) for rule in failed)
            for rule, m in found:
                out.append(_on_line(first, block, starts, rule, m))
        return out, gave_up

    # findings and fixes

    def check(
        self,
        lines: Sequence[str],
        ids: Sequence[str],
        *,
        paragraphs: bool = False,
        final_newline: bool = False,
        key_terms: bool = True,
        sources: Sequence[str | None] | None = None,
    ) -> list[list[Finding]]:
        """Findings per line, as `Glossary.check` gives them for a segment per line."""
        found = self.line_matches(lines, paragraphs=paragraphs, final_newline=final_newline)
        return self._findings(lines, ids, found, key_terms=key_terms, sources=sources)

    def _findings(
        self,
        lines: Sequence[str],
        ids: Sequence[str],
        found: tuple[list[LineMatch], list[tuple[int, int]]],
        *,
        key_terms: bool = True,
        sources: Sequence[str | None] | None = None,
    ) -> list[list[Finding]]:
        per_line: list[list[Finding]] = [[] for _ in lines]
        if self.plain is not None:
            for i, line in enumerate(lines):
                source = None if sources is None else sources[i]
                segment = Segment(ids[i], line, source=source)
                per_line[i] = self.plain.check(segment, key_terms=key_terms)
        matches, gave_up = found
        for m in matches:
            per_line[m.line].append(self._finding(ids[m.line], m))
        for where, rule in gave_up:
            entry = self.entries[rule]
            expected = entry.rule.expected if entry.rule is not None else ""
            per_line[where].append(timeout_finding(ids[where], entry.id, expected))
        return per_line

    def _finding(self, segment: str, m: LineMatch) -> Finding:
        if m.replacement is None:
            return spans_lines_finding(segment, self.entries[m.rule], m.start, m.end, m.text)
        parts = self._parts.get((m.rule, m.replacement))
        if parts is None:
            parts = self._parts[m.rule, m.replacement] = rule_finding_parts(
                self.entries[m.rule], m.replacement
            )
        kind, severity, message, rule = parts
        start, end, text, replacement = m.start, m.end, m.text, m.replacement
        return Finding(segment, kind, severity, start, end, text, replacement, message, rule)

    def fix(
        self,
        lines: Sequence[str],
        *,
        paragraphs: bool = False,
        final_newline: bool = False,
        preferences: bool = False,
    ) -> list[str]:
        """The lines with every fix applied, as `Glossary.fix` applies them per segment:
        rule fixes (and plain ones) in one first round, then plain ones until stable."""
        matches, _ = self.line_matches(
            lines,
            paragraphs=paragraphs,
            final_newline=final_newline,
            fixing=True,
            preferences=preferences,
        )
        return self._fixed(lines, matches, preferences)

    def _fixed(
        self, lines: Sequence[str], matches: list[LineMatch], preferences: bool
    ) -> list[str]:
        if self.plain is None:
            return _applied(lines, matches)
        rule_fixes: dict[int, list[Fix]] = {}
        for m in matches:
            if m.replacement is not None:
                rule_fixes.setdefault(m.line, []).append(Fix(m.start, m.end, m.replacement))
        out: list[str] = []
        for i, line in enumerate(lines):
            segment = Segment(str(i), line)
            fixes = self.plain.fixes(segment, preferences=preferences) + rule_fixes.get(i, [])
            if fixes:
                fixes.sort(key=lambda f: (f.start, f.end))
                segment = segment.revised(apply_fixes(line, fixes))
                segment = self.plain.fix(segment, preferences=preferences, max_rounds=4)
            out.append(segment.target)
        return out

    def run(
        self,
        lines: Sequence[str],
        first_line: int,
        *,
        fix: bool,
        paragraphs: bool,
        final_newline: bool,
        preferences: bool = False,
    ) -> Result:
        """One chunk of a plain text: with `fix`, the fixed lines and how many changed;
        otherwise the findings (ids are 1-based line numbers), sorted as the engine sorts them
        sorts them."""
        found = self.line_matches(
            lines,
            paragraphs=paragraphs,
            final_newline=final_newline,
            fixing=fix,
            preferences=preferences,
        )
        if fix:
            fixed = self._fixed(lines, found[0], preferences)
            changed = sum(1 for old, new in zip(lines, fixed, strict=True) if old != new)
            return Result([], fixed, changed)
        ids = [str(first_line + i) for i in range(len(lines))]
        per_line = self._findings(lines, ids, found, key_terms=False)
        if self.plain is None and not found[1]:
            # rule matches only: in line order, and on a line they do not overlap, so they
            # are sorted already (a match cut at a line break is the line's last)
            return Result([f for found_here in per_line for f in found_here], None, 0)
        findings = [
            f
            for found_here in per_line
            for f in sorted(found_here, key=lambda f: (f.start, f.end, f.severity.rank))
        ]
        return Result(findings, None, 0)


def _blocks(
    lines: Sequence[str], paragraphs: bool, final_newline: bool
) -> Iterator[tuple[int, str, list[int]]]:
    """(first line, block text, start offset of each of its lines)."""
    if not paragraphs:
        for i, line in enumerate(lines):
            yield i, line, [0]
        return
    i, n = 0, len(lines)
    while i < n:
        if not lines[i]:
            i += 1
            continue
        j = i
        starts: list[int] = []
        offset = 0
        while j < n and lines[j]:
            starts.append(offset)
            offset += len(lines[j]) + 1
            j += 1
        text = "\n".join(lines[i:j])
        if j == n and final_newline:
            text += "\n"
        yield i, text, starts
        i = j


def _applied(lines: Sequence[str], matches: list[LineMatch]) -> list[str]:
    """The lines with the matches' fixes applied (`apply_fixes`, line by line)."""
    fixed = list(lines)
    for number, on_line in itertools.groupby(sorted(matches, key=_LINE_SPAN), _LINE):
        fixes = [Fix(m.start, m.end, m.replacement) for m in on_line if m.replacement is not None]
        if fixes:
            fixed[number] = apply_fixes(lines[number], fixes)
    return fixed


_LINE_SPAN = operator.itemgetter(0, 1, 2)  # LineMatch: line, start, end
_LINE = operator.itemgetter(0)


def _on_line(first: int, block: str, starts: list[int], rule: int, m: RuleMatch) -> LineMatch:
    """A block match as a match on one line: a line break taken in and given back at either
    end is left out; a match that still crosses a line break keeps its first line's part."""
    start, end, text, replacement = m
    if len(starts) == 1 and "\n" not in text:  # a block of one line
        return LineMatch(first, start, end, text, replacement, rule)
    while text.startswith("\n") and replacement.startswith("\n"):
        start, text, replacement = start + 1, text[1:], replacement[1:]
    while text.endswith("\n") and replacement.endswith("\n"):
        end, text, replacement = end - 1, text[:-1], replacement[:-1]
    index = bisect.bisect_right(starts, start) - 1
    line_start = starts[index]
    if "\n" in text:
        cut = block.find("\n", start)
        return LineMatch(
            first + index, start - line_start, cut - line_start, block[start:cut], None, rule
        )
    return LineMatch(first + index, start - line_start, end - line_start, text, replacement, rule)


# chunked, parallel runs over a whole plain text


@dataclass(frozen=True, slots=True)
class Chunk:
    """Consecutive lines of a text, kept as the text itself (one string is cheap to hand to a
    worker; a list of thousands of lines is not): `first` is the 0-based index of the first
    line, `count` the number of lines; `final_newline` says that the text's last line ends
    here with a line break (prh reads it). `crlf`: lines lose a final \r, as `text_lines`
    reads them (a chunk of a file); a chunk made of lines keeps them as they are."""

    first: int
    text: str
    count: int
    final_newline: bool = False
    crlf: bool = False

    @classmethod
    def of_lines(cls, first: int, lines: Sequence[str], final_newline: bool = False) -> Chunk:
        text = "".join(line + "\n" for line in lines)
        return cls(first, text, len(lines), final_newline)

    @property
    def lines(self) -> list[str]:
        lines = self.text.split("\n")
        last = lines.pop()  # after the final line break (""), or a last line without one
        if last and not (self.crlf and last == "\r"):  # text_lines drops a lone final \r
            lines.append(last)
        if self.crlf and "\r" in self.text:
            return [line.removesuffix("\r") for line in lines]
        return lines

    @property
    def size(self) -> int:
        return len(self.text)


_BLANK_LINE = re.compile(r"\n\r?\n")


def stream_chunks(
    blocks: Iterable[str], size: int | None = None, *, paragraphs: bool
) -> Iterator[Chunk]:
    """The chunks of a text that comes in pieces (decoded blocks of a file): lines as
    `text_lines` splits them (on \\n, without the \\r of CRLF, no final empty line), cut at
    the first line end (with `paragraphs`, the first blank line) from about `size`
    characters on, so that no paragraph is cut. Only about one chunk is held at a time, and
    the text is not split into lines here (the workers do that). `size` is `CHUNK_CHARS`
    unless given."""
    size = CHUNK_CHARS if size is None else size
    first = 0
    rest = ""
    held: Chunk | None = None
    for block in blocks:
        if not block:
            continue
        rest += block
        while len(rest) >= size:
            cut = _cut(rest, size, paragraphs)
            if cut is None:
                break
            text, rest = rest[:cut], rest[cut:]
            if held is not None:
                yield held
            held = Chunk(first, text, text.count("\n"), crlf=True)
            first += held.count
    if rest:
        tail = rest[rest.rfind("\n") + 1 :]
        count = rest.count("\n") + (1 if tail and tail != "\r" else 0)
        if count:
            if held is not None:
                yield held
            held = Chunk(first, rest, count, crlf=True)
    if held is not None:
        yield Chunk(held.first, held.text, held.count, rest.endswith("\n") or not rest, True)


def _cut(text: str, size: int, paragraphs: bool) -> int | None:
    """Where a chunk of `text` ends: after the first line end at `size` - 1 or later (with
    `paragraphs`, after the first blank line that ends there or later); None if none yet."""
    if not paragraphs:
        end = text.find("\n", size - 1)
        return None if end == -1 else end + 1
    if size <= 2 and text.startswith(("\n", "\r\n")):  # a blank first line
        return text.find("\n") + 1
    found = _BLANK_LINE.search(text, max(size - 3, 0))
    return None if found is None else found.end()


Render = Callable[[Result, Sequence[str], int], T]


def unrendered(result: Result, lines: Sequence[str], first: int) -> Result:
    """The `Render` that keeps each chunk's `Result` as it is."""
    return result


def _work(shared: tuple[Engine, Render[T], dict[str, bool]], chunk: Chunk) -> T:
    engine, render, options = shared
    lines = chunk.lines
    result = engine.run(lines, chunk.first + 1, final_newline=chunk.final_newline, **options)
    return render(result, lines, chunk.first + 1)


def run_chunks(
    engine: Engine,
    pieces: Iterable[Chunk],
    render: Render[T],
    *,
    fix: bool,
    paragraphs: bool,
    preferences: bool = False,
    executor: Executor = IN_PROCESS,
    progress: Callable[[int], None] | None = None,
) -> Iterator[T]:
    """`render(result, lines, first line number)` of each chunk, in order, computed on the
    executor's workers (rendering too); under `spawn` or on a cluster the engine and
    `render` are pickled, so `render` must be a module-level function or an instance of a
    module-level class (and the main module must start nothing when imported, as the
    `review` command does not)."""
    options = {"fix": fix, "paragraphs": paragraphs, "preferences": preferences}
    pieces = iter(pieces)
    first = next(pieces, None)
    if first is None:
        return
    engine.tune(first.text)  # before the workers get the engine
    sized = (Sized(chunk, chunk.size) for chunk in itertools.chain((first,), pieces))
    yield from executor.map(_work, (engine, render, options), sized, progress)
