"""A document file (XLIFF, TMX, PO, JSONL, TSV, CSV) as the language server holds it: the
findings of the last reading of the whole file, placed in the file's text, then moved and
checked again as the editor's edits come, until the next reading."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from pathlib import Path

from review.core.engine import Plan, Run, Whole, check_piece, checked_document
from review.core.model import Finding, Segment
from review.core.workspace import EditorSettings
from review.formats.documents import document_from_text
from review.formats.located import Located, line_starts, locate

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # two UTF-16 units each


def same_units(line: str, encoding: str) -> bool:
    """Whether a column of `line` in characters is its column in the editor's units (LSP's
    `utf-16` by default): always in UTF-32, in UTF-16 unless a character lies beyond the
    BMP, in UTF-8 for ASCII only."""
    if line.isascii() or encoding == "utf-32":
        return True
    return encoding == "utf-16" and _ASTRAL.search(line) is None


def column(line: str, units: int, encoding: str) -> int:
    """The character offset into `line` of a column counted in the editor's units."""
    if same_units(line, encoding):
        return min(units, len(line))
    counted = 0
    for index, ch in enumerate(line):
        if counted >= units:
            return index
        counted += len(ch.encode("utf-8")) if encoding == "utf-8" else 1 + (ch > "\uffff")
    return len(line)


def units(line: str, character: int, encoding: str) -> int:
    """The column of `line`'s character offset, counted in the editor's units."""
    if same_units(line, encoding):
        return character
    if encoding == "utf-8":
        return len(line[:character].encode("utf-8"))
    return len(line[:character].encode("utf-16-le")) // 2


@dataclass(slots=True)
class Placing:
    """A finding's start and end as (line, column in the editor's units), and the diagnostic
    last sent for it (its JSON text around its lines, for its columns and line count)."""

    finding: Finding
    start: tuple[int, int]
    end: tuple[int, int]
    sent: tuple[tuple[int, int, int], tuple[str, str, str]] | None = None


@dataclass(slots=True)
class Placed:
    """A document file's findings and where each segment's text is in the file's text: as the
    last reading of the whole file found them, with the edits made since (`edits`: start,
    end, and how much longer the text became) moving every place after them. A segment an
    edit changed is read again from its own text (`since`: after how many edits)."""

    findings: list[Finding]
    located: dict[str, Located]
    segments: dict[str, tuple[int, Segment]]  # by id: its index in the document, and itself
    lines: dict[str, int]  # each segment's first line (1-based), for one that is not located
    source: str  # the file's text, as the editor holds it
    starts: list[int]  # where each of its lines starts
    read_starts: list[int]  # the same, in the text last read whole
    edits: list[tuple[int, int, int]] = field(default_factory=list)
    since: dict[str, int] = field(default_factory=dict)
    _placings: list[Placing] | None = None  # kept up to date through the edits
    _encoding: str = ""

    def moved(self, offset: int, first: int = 0) -> int:
        """Where an offset into the file's text after its first `first` edits is now."""
        for start, end, delta in self.edits[first:]:
            if offset >= end:
                offset += delta
            elif offset > start:
                offset = start  # in text that was replaced
        return offset

    def offsets(self, finding: Finding) -> tuple[int, int]:
        where = self.located.get(finding.segment)
        if where is None:
            line = min(self.lines.get(finding.segment, 1), len(self.read_starts)) - 1
            at = self.moved(self.read_starts[line])
            return at, at
        first = self.since.get(finding.segment, 0)
        start, end = where.span(finding.start, finding.end)
        return self.moved(start, first), self.moved(end, first)

    def position(self, offset: int) -> tuple[int, int]:
        """(line, character) of an offset into the file's text."""
        line = bisect_right(self.starts, offset) - 1
        return line, offset - self.starts[line]

    def placings(self, encoding: str) -> list[Placing]:
        """Each finding's range in the editor's units (`encoding`'s); after an edit, only those
        on the lines it touched are placed again, the ones below moved by its line count."""
        if self._placings is None or self._encoding != encoding:
            self._encoding = encoding
            self._placings = [self._placing(f) for f in self.findings]
        return self._placings

    def _placing(self, finding: Finding) -> Placing:
        start, end = self.offsets(finding)
        return Placing(finding, self.place(start, self._encoding), self.place(end, self._encoding))

    def place(self, offset: int, encoding: str) -> tuple[int, int]:
        """(line, column in the editor's units) of an offset into the file's text."""
        line, character = self.position(offset)
        if character == 0:
            return line, 0
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.source)
        return line, units(self.source[self.starts[line] : end], character, encoding)

    def _replaced(self, first: int, last: int, shift: int, segment_id: str | None) -> None:
        """The placings after an edit of lines `first` to `last`, which added `shift` lines,
        and changed `segment_id`'s findings."""
        if self._placings is None:
            return
        kept: list[Placing] = []
        again: list[Finding] = []
        for placing in self._placings:
            if placing.finding.segment == segment_id:
                continue
            if placing.end[0] < first:
                kept.append(placing)
            elif placing.start[0] > last:
                placing.start = placing.start[0] + shift, placing.start[1]
                placing.end = placing.end[0] + shift, placing.end[1]
                kept.append(placing)
            else:
                again.append(placing.finding)
        again += [f for f in self.findings if f.segment == segment_id]
        self._placings = kept + [self._placing(f) for f in again]

    def offset(self, line: int, units: int, encoding: str) -> int:
        """The offset of an editor's position (its column counted in `encoding`'s units)."""
        line = max(0, min(line, len(self.starts) - 1))
        start = self.starts[line]
        end = self.starts[line + 1] - 1 if line + 1 < len(self.starts) else len(self.source)
        return start + column(self.source[start:end], units, encoding)

    def replacement(self, finding: Finding, new: str) -> tuple[int, int, str] | None:
        where = self.located.get(finding.segment)
        made = None if where is None else where.replacement(finding.start, finding.end, new)
        if made is None:
            return None
        first = self.since.get(finding.segment, 0)
        return self.moved(made[0], first), self.moved(made[1], first), made[2]

    def edit(self, start: int, end: int, typed: str, plan: Plan) -> bool:
        """The file's [start, end) replaced by `typed`, as the editor did it: every place after
        it moves, and the segment whose text it changed is read and checked again at once
        (its segment's checks; the document's come with the next reading). False where that
        segment's text cannot be told without reading the whole file."""
        found = self._segment_at(start, end)
        first = bisect_right(self.starts, start) - 1
        last = bisect_right(self.starts, end) - 1
        shift = typed.count("\n") - self.source.count("\n", start, end)
        text = self.source[:start] + typed + self.source[end:]
        typed_lines = [start + m.end() for m in re.finditer("\n", typed)]
        delta = len(typed) - (end - start)
        moved = [s + delta for s in self.starts[last + 1 :]]
        self.starts = self.starts[: first + 1] + typed_lines + moved  # read_starts stays
        self.source = text
        self.edits.append((start, end, delta))
        if found is None:
            self._replaced(first, last, shift, None)
            return True
        segment_id, current = found
        edited = current.edited(text, start, end, start + len(typed))
        if edited is None:
            del self.located[segment_id]  # placed on its line until the next reading
            self._replaced(first, last, shift, segment_id)
            return False
        self.located[segment_id] = edited
        self.since[segment_id] = len(self.edits)
        index, segment = self.segments[segment_id]
        if segment.revision is None:
            segment = replace(segment, mt=edited.text)
        else:
            segment = replace(segment, revision=edited.text)
        self.segments[segment_id] = index, segment
        checked = check_piece(plan, Run((segment,), index), Whole())
        kept = [f for f in self.findings if f.segment != segment_id]
        self.findings = kept + list(checked.findings)
        self._replaced(first, last, shift, segment_id)
        return True

    def _segment_at(self, start: int, end: int) -> tuple[str, Located] | None:
        """The segment whose text holds the file's [start, end), placed in the text now."""
        for segment_id, where in self.located.items():
            if where.writing is None:
                continue
            first = self.since.get(segment_id, 0)
            now = self.moved(where.start, first)
            if now <= start and end <= now + (where.end - where.start):
                return segment_id, where.moved(now - where.start)
        return None


def placed_findings(path: Path, text: str, fmt: str, settings: EditorSettings) -> Placed:
    """The findings `review check` lists for a document file holding `text`, placed in it."""
    document = document_from_text(path, text, fmt)
    listed, _ = checked_document(document, settings.glossary, settings.options, settings.dismissals)
    starts = line_starts(text)
    return Placed(
        listed,
        locate(document, text, fmt),
        {segment.id: (index, segment) for index, segment in enumerate(document.segments)},
        document.lines,
        text,
        starts,
        starts,
    )
