"""Markdown, parsed (markdown-it-py, CommonMark): a segment per line, in which only the text
a reader sees is read. Code blocks and spans, HTML, URLs, images and front matter are hidden
from every check: each hidden character is read as U+FFFC, which no rule matches, so that
offsets stay the file's columns. Written back, the hidden text returns in place and only what
a fix changed differs.

As textlint-rule-prh reads Markdown, link text, block quotes and emphasis are hidden too
unless `review.toml` says otherwise (`[markdown]`: `checkLink`, `checkBlockQuote`,
`checkEmphasis`; `checkHeader`, on by default, for headings). prh's switches in the text are
honoured: a paragraph (lines up to a blank line) holding `prh:disable` is not read, and one
holding `prh:disable:PATTERN` does not read what PATTERN matches in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from review.core.model import Segment
from review.formats.errors import InputError

if TYPE_CHECKING:
    from markdown_it.token import Token

HIDDEN = "\ufffc"
_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n")
_DIRECTIVE = re.compile(r"prh:disable(?::(\S*))?")


@dataclass(frozen=True, slots=True)
class MarkdownOptions:
    """textlint-rule-prh's options, with its defaults."""

    check_link: bool = False
    check_block_quote: bool = False
    check_emphasis: bool = False
    check_header: bool = True


@dataclass(slots=True)
class MarkdownOrigin:
    """What a Markdown file needs to be written back: each line's hidden text, in order."""

    hidden: list[list[str]]
    endings: list[str]  # each line's own line break (\n, \r\n, or none at the end)
    lines: list[str] = field(default_factory=list)


def parse(
    text: str, path: Path, options: MarkdownOptions | None = None
) -> tuple[list[tuple[int, Segment]], MarkdownOrigin]:
    options = options or MarkdownOptions()
    raw = re.findall(r"[^\n]*\n|[^\n]+$", text)
    if not raw:
        raise InputError(path, "empty file: no segments")
    endings = ["\r\n" if r.endswith("\r\n") else "\n" if r.endswith("\n") else "" for r in raw]
    lines = [r[: len(r) - len(end)] for r, end in zip(raw, endings, strict=True)]
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    source = "\n".join(lines) + "\n"
    hidden = bytearray(len(source))
    for start, end in _hidden(source, starts, options):
        hidden[start:end] = b"\1" * (end - start)
    rows: list[tuple[int, Segment]] = []
    parts: list[list[str]] = []
    for number, line in enumerate(lines, start=1):
        base = starts[number - 1]
        mask = hidden[base : base + len(line)]
        shown = "".join(HIDDEN if mask[i] else ch for i, ch in enumerate(line))
        parts.append(_runs(line, mask))
        rows.append((number, Segment(id=str(number), mt=shown)))
    return rows, MarkdownOrigin(parts, endings, lines)


def _runs(line: str, mask: bytearray) -> list[str]:
    """The hidden runs of a line, in order."""
    runs: list[str] = []
    start = None
    for i in range(len(line) + 1):
        hidden = i < len(line) and mask[i]
        if hidden and start is None:
            start = i
        elif not hidden and start is not None:
            runs.append(line[start:i])
            start = None
    return runs


def restore(text: str, hidden: list[str]) -> str | None:
    """A line's text with its hidden text put back; None if the line no longer holds it (a
    rule that matched U+FFFC)."""
    pieces = re.split(f"{HIDDEN}+", text)
    if len(pieces) != len(hidden) + 1:
        return None
    return pieces[0] + "".join(h + after for h, after in zip(hidden, pieces[1:], strict=True))


def render(segments: list[Segment], origin: MarkdownOrigin) -> str:
    """The file again: each line's target with its hidden text put back, and its own line
    break. A line whose fix touched hidden text is written as it was."""
    out = [
        restore(segment.target, hidden) or original
        for segment, hidden, original in zip(segments, origin.hidden, origin.lines, strict=True)
    ]
    return "".join(line + end for line, end in zip(out, origin.endings, strict=True))


def restored(segments: list[Segment], origin: MarkdownOrigin) -> list[Segment]:
    """The segments with their hidden text back, for a Markdown document written in another
    format (a plain text, a JSONL)."""
    out: list[Segment] = []
    for segment, hidden, original in zip(segments, origin.hidden, origin.lines, strict=True):
        mt = restore(segment.mt, hidden) or original
        revision = None if segment.revision is None else restore(segment.revision, hidden)
        out.append(replace(segment, mt=mt, revision=revision))
    return out


def _hidden(source: str, starts: list[int], options: MarkdownOptions) -> Iterator[tuple[int, int]]:
    """The spans of `source` a reader does not see, or that the options leave unread."""
    front = _FRONT_MATTER.match(source)
    offset_lines = 0
    if front:
        fence = front.group().strip()
        close = re.compile(rf"^{re.escape(fence)}[ \t]*$", re.MULTILINE)
        end = close.search(source, front.end())
        if end is not None:
            yield 0, end.end()
            offset_lines = source.count("\n", 0, end.end())
    from markdown_it import MarkdownIt  # imported when a Markdown file is read

    tokens = MarkdownIt("commonmark").parse(source)
    quote_depth = 0
    for index, token in enumerate(tokens):
        if token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        if token.map is None:
            continue
        first, last = token.map
        if first < offset_lines:
            continue
        whole = starts[first], starts[last] - 1
        if token.type in ("fence", "code_block", "html_block"):
            yield whole
        elif token.type == "inline":
            heading = index > 0 and tokens[index - 1].type == "heading_open"
            if (quote_depth and not options.check_block_quote) or (
                heading and not options.check_header
            ):
                yield whole
            else:
                yield from _inline_hidden(source, whole, token, options)
    yield from _directives(source)


def _inline_hidden(
    source: str, whole: tuple[int, int], inline: Token, options: MarkdownOptions
) -> Iterator[tuple[int, int]]:
    """Within one block, the spans of code, HTML, links and images (and emphasis, unless
    read), found in order in the block's source; what cannot be found is left read."""
    cursor, end = whole
    children = inline.children or []
    opened: list[tuple[str, int]] = []
    for child in children:
        kind = child.type
        if kind == "text":
            found = source.find(child.content, cursor, end) if child.content else -1
            if found >= 0:
                cursor = found + len(child.content)
        elif kind in ("softbreak", "hardbreak"):
            found = source.find("\n", cursor, end + 1)
            if found >= 0:
                cursor = found + 1
        elif kind == "code_inline":
            found = source.find(child.markup, cursor, end)
            if found >= 0:
                close = source.find(child.markup, found + len(child.markup), end)
                if close >= 0:
                    yield found, close + len(child.markup)
                    cursor = close + len(child.markup)
        elif kind == "html_inline":
            found = source.find(child.content, cursor, end)
            if found >= 0:
                yield found, found + len(child.content)
                cursor = found + len(child.content)
        elif kind == "image":
            found = source.find("![", cursor, end)
            close = _destination_end(source, found, end) if found >= 0 else -1
            if close >= 0:
                yield found, close
                cursor = close
        elif kind == "link_open":
            if child.markup == "autolink":
                found = source.find("<", cursor, end)
                close = source.find(">", found, end) if found >= 0 else -1
                if close >= 0:
                    yield found, close + 1
                    cursor = close + 1
                opened.append(("autolink", -1))
                continue
            found = source.find("[", cursor, end)
            if found >= 0:
                opened.append(("link", found))
                cursor = found + 1
        elif kind == "link_close" and opened:
            what, start = opened.pop()
            if what == "autolink" or start < 0:
                continue
            close = _destination_end(source, start, end)
            if close >= 0:
                label_end = source.find("]", cursor, end)
                yield (start, close) if not options.check_link else (label_end, close)
                cursor = close
        elif kind in ("em_open", "strong_open"):
            found = source.find(child.markup, cursor, end)
            if found >= 0:
                opened.append((kind, found))
                cursor = found + len(child.markup)
        elif kind in ("em_close", "strong_close") and opened:
            _, start = opened.pop()
            found = source.find(child.markup, cursor, end)
            if found >= 0:
                cursor = found + len(child.markup)
                if not options.check_emphasis:
                    yield start, cursor


def _destination_end(source: str, start: int, end: int) -> int:
    """Where a link or image that starts at `start` ends: after its `(destination)` or its
    `[reference]`; -1 if not found."""
    label = source.find("]", start, end)
    if label < 0:
        return -1
    after = source[label + 1 : label + 2]
    if after == "(":
        depth, i = 0, label + 1
        while i < end:
            if source[i] == "(":
                depth += 1
            elif source[i] == ")":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        return -1
    if after == "[":
        close = source.find("]", label + 2, end)
        return close + 1 if close >= 0 else -1
    return label + 1


def _directives(source: str) -> Iterator[tuple[int, int]]:
    """prh's switches, per paragraph (lines up to a blank line), as prh reads them."""
    for paragraph in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", source):
        text, base = paragraph.group(), paragraph.start()
        for directive in _DIRECTIVE.finditer(text):
            pattern = directive.group(1)
            if not pattern:
                yield base, base + len(text)
                break
            try:
                compiled = re.compile(f"({pattern})")
            except re.error:
                continue
            for found in compiled.finditer(text):
                if found.end() > found.start():
                    yield base + found.start(), base + found.end()
