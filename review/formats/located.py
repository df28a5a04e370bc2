"""Where each segment's text stands in the text of its file, character by character.

An editor shows the file, not the segments: an XLIFF or TMX target is written with entities,
CDATA and inline codes, a PO msgstr with escapes and line wraps, a JSONL field with JSON's
escapes, a CSV cell with doubled quotes. `locate` reads a document's file text as
`review check` reads it and gives, for each segment, a `Located`: the pieces of the file that
make up the segment's text (the text the reader sees). It maps a finding's offsets into that
text to offsets into the file, and writes a replacement the way the file writes text (the
format's escaping), where the span holds no inline code.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import polib
from lxml import etree
from rapidfuzz.distance import Levenshtein

from review.core.model import Document, Segment
from review.formats.xliff_inline import PLACEHOLDER, role
from review.formats.xmlsplice import Node, Span, node_spans


@dataclass(frozen=True, slots=True)
class Piece:
    """File text [start, end) that reads as `text`: character for character when `literal`,
    else as a whole (an entity, an escape, a line join, an inline code when `code`)."""

    start: int
    end: int
    text: str
    literal: bool = False
    code: bool = False
    cdata: bool = False  # in a CDATA section: written as itself


@dataclass(frozen=True, slots=True)
class Writing:
    """How a file writes text where a segment's text stands: `escape` writes new text (None:
    it cannot be written there), `read` reads the file's [start, end) as pieces, and a
    character of `breaks` standing there as itself ends the text (a quote, a tag): what the
    file became only a reading of the whole file can tell."""

    escape: Callable[[str], str | None]
    read: Callable[[str, int, int], list[Piece]]
    breaks: str


class Located:
    """A segment's text in its file: `pieces` in order, within [start, end) of the file;
    `writing` None where the segment has no text in the file (it is placed at [start, end))."""

    def __init__(
        self, text: str, pieces: Sequence[Piece], start: int, end: int, writing: Writing | None
    ) -> None:
        self.text = text
        self.start, self.end = start, end
        self.writing = writing
        self._pieces = [p for p in pieces if p.text]
        self._marks = [p.start for p in pieces if not p.text and p.end > p.start]
        self._offsets: list[int] = []
        decoded = 0
        for piece in self._pieces:
            self._offsets.append(decoded)
            decoded += len(piece.text)
        read = "".join(p.text for p in self._pieces)
        self.exact = read == text
        self._blocks = None if self.exact else Levenshtein.opcodes(text, read)
        self._length = len(read)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The file's [start, end) holding the text's [start, end)."""
        first = self._file(self._read(start, closing=False), closing=False)
        last = self._file(self._read(end, closing=True), closing=True) if end > start else first
        return first, max(first, last)

    def replacement(self, start: int, end: int, new: str) -> tuple[int, int, str] | None:
        """(file start, file end, file text) that writes `new` over the text's [start, end),
        or None where that cannot be written as text: the span holds an inline code, `new`
        holds a placeholder, the span leaves a CDATA section or `new` would close it, or
        the file's text is not the segment's."""
        if self.writing is None or not self.exact:
            return None
        if start == end:  # where an insertion goes: the piece the offset starts
            index = bisect_right(self._offsets, start) - 1
            touched = self._pieces[index : index + 1] if start < self._length else []
        else:
            touched = [
                p
                for p, at in zip(self._pieces, self._offsets, strict=True)
                if at < end and at + len(p.text) > start
            ]
        if any(p.code for p in touched) or (self.writing is XML and PLACEHOLDER.search(new)):
            return None
        first, last = self.span(start, end)
        if any(p.cdata for p in touched):
            crossed = any(first < mark < last for mark in self._marks)
            if crossed or not all(p.cdata for p in touched) or "]]>" in new:
                return None
            return first, last, new
        written = self.writing.escape(new)
        return None if written is None else (first, last, written)

    def moved(self, delta: int) -> Located:
        """The same text, the file's text before it `delta` characters longer."""
        if delta == 0:
            return self
        pieces = [replace(p, start=p.start + delta, end=p.end + delta) for p in self._pieces]
        return Located(self.text, pieces, self.start + delta, self.end + delta, self.writing)

    def edited(self, text: str, start: int, end: int, new_end: int) -> Located | None:
        """Where the segment's text is, and what it reads, once the file's [start, end)
        (inside this text) became `text`'s [start, new_end); None where that cannot be told
        without reading the whole file: an inline code touched, or the text's end changed (a
        quote or a tag typed or left bare)."""
        writing = self.writing
        if writing is None or not self.exact or start < self.start or end > self.end:
            return None
        before = [p for p in self._pieces if p.end <= start]
        after = [p for p in self._pieces if p.start >= end and (p.start > start or end > start)]
        delta = new_end - end
        if after and not after[0].code:  # a backslash typed before it escapes its start
            after = after[1:]
        while after and not after[0].code and text[after[0].start + delta - 1] in '\\"&':
            after = after[1:]  # and a run of them, or of quotes, pairs up anew
        touched = self._pieces[len(before) : len(self._pieces) - len(after)]
        if any(p.code for p in touched):
            return None
        if writing is XML and "<![CDATA[" in text[self.start : self.end + delta]:
            return None  # read from a piece's start, a CDATA section's text would be markup
        low = before[-1].end if before else self.start
        high = (after[0].start if after else self.end) + delta
        middle = writing.read(text, low, high)
        if any(ch in writing.breaks for p in middle if p.literal for ch in p.text):
            return None
        pieces = before + middle
        pieces += [replace(p, start=p.start + delta, end=p.end + delta) for p in after]
        read = "".join(p.text for p in pieces)
        return Located(read, pieces, self.start, self.end + delta, writing)

    def _read(self, offset: int, *, closing: bool) -> int:
        """The offset in the text the file's pieces read as."""
        if self._blocks is None:
            return offset
        for block in self._blocks:
            if block.src_start == block.src_end:
                continue
            inside = (
                block.src_start < offset <= block.src_end
                if closing
                else block.src_start <= offset < block.src_end
            )
            if inside:
                if block.tag == "equal":
                    return block.dest_start + offset - block.src_start
                return block.dest_end if closing else block.dest_start
        return 0 if closing and offset == 0 else self._length

    def _file(self, offset: int, *, closing: bool) -> int:
        if not self._pieces or (closing and offset <= 0):
            return self.start
        if offset >= self._length and not closing:
            return self.end
        index = bisect_right(self._offsets, offset - 1 if closing else offset) - 1
        piece = self._pieces[max(index, 0)]
        inside = offset - self._offsets[max(index, 0)]
        if piece.literal:
            return piece.start + inside
        return piece.end if closing else piece.start


# the file formats' ways of writing text


def escape_xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_po(text: str) -> str:
    return str(polib.escape(text))


def escape_json(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


def escape_csv(text: str) -> str:
    return text.replace('"', '""')


def escape_csv_unquoted(text: str) -> str | None:
    """A cell without quotes takes no comma, quote or line break."""
    return None if any(ch in text for ch in ',"\r\n') else text


def escape_tsv(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _literal(text: str, start: int, end: int) -> list[Piece]:
    return [Piece(start, end, text[start:end], True)] if end > start else []


def _runs(
    text: str, start: int, end: int, special: re.Pattern[str], read: Callable[[re.Match[str]], str]
) -> list[Piece]:
    """The file's [start, end) as pieces: runs that read as themselves, and each match of
    `special` reading as `read(match)`."""
    pieces: list[Piece] = []
    position = start
    for match in special.finditer(text, start, end):
        if match.start() > position:
            pieces.append(Piece(position, match.start(), text[position : match.start()], True))
        pieces.append(Piece(match.start(), match.end(), read(match)))
        position = match.end()
    if end > position:
        pieces.append(Piece(position, end, text[position:end], True))
    return pieces


# XML: XLIFF and TMX

_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_XML_SPECIAL = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);|\r\n?")
_LINE_END = re.compile(r"\r\n?")  # one line end, as an XML parser reads it
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _xml_read(match: re.Match[str]) -> str:
    reference = match.group(1)
    if reference is None:
        return "\n"
    if reference.startswith("#x"):
        return chr(int(reference[2:], 16))
    if reference.startswith("#"):
        return chr(int(reference[1:]))
    return _NAMED.get(reference, match.group(0))


def _xml_text(text: str, start: int, end: int) -> list[Piece]:
    """The pieces of character data between two tags: entities and line ends read as XML
    reads them; a CDATA section's text as itself (`cdata`), its markers as nothing."""
    if "&" not in text[start:end] and "<" not in text[start:end] and "\r" not in text[start:end]:
        return _literal(text, start, end)
    pieces: list[Piece] = []
    position = start
    for section in _CDATA.finditer(text, start, end):
        pieces += _runs(text, position, section.start(), _XML_SPECIAL, _xml_read)
        pieces.append(Piece(section.start(), section.start(1), ""))
        inside = _runs(text, section.start(1), section.end(1), _LINE_END, lambda m: "\n")
        pieces += [replace(p, cdata=True) for p in inside]
        pieces.append(Piece(section.end(1), section.end(), ""))
        position = section.end()
    return pieces + _runs(text, position, end, _XML_SPECIAL, _xml_read)


XML = Writing(escape_xml, _xml_text, "<")


def _element_pieces(
    text: str, element: etree._Element, spans: dict[Node, Span], codes: Iterator[str]
) -> list[Piece]:
    """The pieces of an element's content; inline codes read as the placeholders `codes`
    gives in order (the segment's own, as `xliff_inline` numbered them)."""
    span = spans[element]
    if span.close is None:
        return []
    pieces: list[Piece] = []
    position = span.open_end
    for child in element:
        inner = spans[child]
        pieces += _xml_text(text, position, inner.start)
        if not isinstance(child.tag, str):
            pieces.append(Piece(inner.start, inner.end, ""))
        elif role(child) == "g":
            pieces.append(Piece(inner.start, inner.open_end, next(codes, ""), code=True))
            if inner.close is not None:
                pieces += _element_pieces(text, child, spans, codes)
                pieces.append(Piece(inner.close, inner.end, next(codes, ""), code=True))
            else:  # <g/>: an opening and a closing placeholder
                pieces.append(Piece(inner.end, inner.end, next(codes, ""), code=True))
        else:
            pieces.append(Piece(inner.start, inner.end, next(codes, ""), code=True))
        position = inner.end
    return pieces + _xml_text(text, position, span.close)


def _xml(document: Document, text: str, path: Path, fmt: str) -> dict[str, Located]:
    from review.formats import tmx, ts, xliff

    data = text.encode("utf-8", "surrogatepass")
    reader = {"tmx": tmx.target_elements, "ts": ts.target_elements}.get(fmt, xliff.target_elements)
    root, targets = reader(data, path, "utf-8")
    spans = node_spans(text, root)
    if spans is None:
        return {}
    by_id = {segment.id: segment for segment in document.segments}
    located: dict[str, Located] = {}
    for segment_id, target, anchor in targets:
        segment = by_id.get(segment_id)
        if segment is None:
            continue
        if target is None:
            where = spans[anchor]
            located[segment_id] = Located(segment.target, (), where.start, where.end, None)
            continue
        if fmt == "ts" and len(target):  # a <byte>: a character, not a code
            continue
        where = spans[target]
        codes = (m.group(0) for m in PLACEHOLDER.finditer(segment.target))
        pieces = _element_pieces(text, target, spans, codes)
        inner_end = where.open_end if where.close is None else where.close
        located[segment_id] = Located(segment.target, pieces, where.open_end, inner_end, XML)
    return located


# PO: a msgstr's quoted strings

_PO_START = re.compile(r'[ \t]*msgstr(?:\[\d+\])?[ \t]*"')
_PO_SPECIAL = re.compile(r'\\(\\|n|t|r|v|b|f|")|"[ \t]*\r?\n[ \t]*"')
_PO_JOIN = re.compile(r'"[ \t]*\r?\n[ \t]*"')
_PO_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "b": "\b", "f": "\f"}


def _po_read(match: re.Match[str]) -> str:
    escaped = match.group(1)
    if escaped is None:
        return ""  # a line join
    return _PO_ESCAPES.get(escaped, escaped)


PO = Writing(
    escape_po, lambda text, start, end: _runs(text, start, end, _PO_SPECIAL, _po_read), '"\n'
)


def _po_string_end(text: str, start: int) -> int:
    """The offset of the quote closing the msgstr's last string (its strings joined)."""
    position = start
    while True:
        close = position
        while close < len(text) and text[close] != '"':
            close += 2 if text[close] == "\\" else 1
        following = _PO_JOIN.match(text, close)
        if following is None:
            return min(close, len(text))
        position = following.end()


def _on_lines(document: Document, starts: list[int]) -> Iterator[tuple[Segment, int]]:
    """Each segment whose line the reader recorded, and that line (1-based)."""
    for segment in document.segments:
        line = document.lines.get(segment.id)
        if line is not None and line <= len(starts):
            yield segment, line


def _po(document: Document, text: str, starts: list[int]) -> dict[str, Located]:
    located: dict[str, Located] = {}
    for segment, line in _on_lines(document, starts):
        found = _PO_START.match(text, starts[line - 1])
        if found is None:
            continue
        end = _po_string_end(text, found.end())
        pieces = PO.read(text, found.end(), end)
        located[segment.id] = Located(segment.target, pieces, found.end(), end, PO)
    return located


# JSONL: the field holding the text the reader sees

_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]')
_JSON_SPECIAL = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\."
)


def _json_read(match: re.Match[str]) -> str:
    try:
        return str(json.loads(f'"{match.group(0)}"'))
    except ValueError:  # an escape half typed: the file does not read until it is whole
        return match.group(0)


JSON = Writing(
    escape_json,
    lambda text, start, end: _runs(text, start, end, _JSON_SPECIAL, _json_read),
    '"\n',
)


def _json_value(text: str, start: int, end: int, key: str) -> tuple[int, int] | None:
    """Where the string value of the top-level `key` of the object in [start, end) is,
    between its quotes."""
    depth = 0
    previous: list[str] = []
    for token in _JSON_TOKEN.finditer(text, start, end):
        value = token.group(0)
        if value in "{[":
            depth += 1
        elif value in "}]":
            depth -= 1
        elif value.startswith('"') and depth == 1 and previous[-2:] == [f'"{key}"', ":"]:
            return token.start() + 1, token.end() - 1
        if depth == 1 and value != ",":
            previous = [*previous[-1:], value]
        elif value == ",":
            previous = []
    return None


def _jsonl(document: Document, text: str, starts: list[int]) -> dict[str, Located]:
    located: dict[str, Located] = {}
    for segment, line in _on_lines(document, starts):
        line_end = starts[line] - 1 if line < len(starts) else len(text)
        key = "mt" if segment.revision is None else "revision"
        where = _json_value(text, starts[line - 1], line_end, key)
        if where is None:
            continue
        located[segment.id] = Located(segment.target, JSON.read(text, *where), *where, JSON)
    return located


def _xcstrings(document: Document, text: str) -> dict[str, Located]:
    """Each string's `value` in an Xcode string catalog, between its quotes."""
    from review.formats.xcstrings import values

    wanted = document.by_id()
    located: dict[str, Located] = {}
    for segment_id, (start, end) in values(text, document.path or Path("doc.xcstrings")).items():
        segment = wanted.get(segment_id)
        if segment is not None:
            where = (start + 1, end - 1)
            located[segment_id] = Located(segment.target, JSON.read(text, *where), *where, JSON)
    return located


# TSV and CSV: the cell holding the text the reader sees

_CSV_QUOTED = re.compile(r'"((?:[^"]|"")*)"')
_CSV_PLAIN = re.compile(r"[^,\r\n]*")
_CSV_QUOTE = re.compile('""')
_TSV_SPECIAL = re.compile(r"\\[tnr\\]")
_TSV_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}
TSV = Writing(
    escape_tsv,
    lambda text, start, end: _runs(
        text, start, end, _TSV_SPECIAL, lambda m: _TSV_ESCAPES[m.group(0)[1]]
    ),
    "\t\n",
)
CSV_QUOTED = Writing(
    escape_csv, lambda text, start, end: _runs(text, start, end, _CSV_QUOTE, lambda m: '"'), '"'
)
CSV_PLAIN = Writing(escape_csv_unquoted, _literal, ',"\r\n')


def _cells(text: str, start: int, end: int, fmt: str) -> list[tuple[int, int, bool]]:
    """Each cell of the row starting at `start` (a TSV row ends at `end`): its [start, end)
    without quotes, and whether it was quoted (a CSV cell may hold line breaks)."""
    if fmt == "tsv":
        cells, position = [], start
        for cell in text[start:end].split("\t"):
            cells.append((position, position + len(cell), False))
            position += len(cell) + 1
        return cells
    cells = []
    position = start
    while True:
        quoted = _CSV_QUOTED.match(text, position)
        found = quoted or _CSV_PLAIN.match(text, position)
        assert found is not None  # the plain pattern matches the empty string
        group = 1 if quoted else 0
        cells.append((found.start(group), found.end(group), quoted is not None))
        position = found.end()
        if not text.startswith(",", position):
            return cells
        position += 1


def _table(document: Document, text: str, starts: list[int], fmt: str) -> dict[str, Located]:
    header_line = next((n for n in range(len(starts)) if _line(text, starts, n).strip()), None)
    if header_line is None:
        return {}
    header = [  # field names in any case, as the reader takes them
        text[a:b].strip().lower()
        for a, b, _ in _cells(text, starts[header_line], _end(text, starts, header_line), fmt)
    ]
    located: dict[str, Located] = {}
    for segment, line in _on_lines(document, starts):
        key = "mt" if segment.revision is None else "revision"
        if key not in header:
            continue
        cells = _cells(text, starts[line - 1], _end(text, starts, line - 1), fmt)
        if header.index(key) >= len(cells):
            continue
        start, end, quoted = cells[header.index(key)]
        writing = TSV if fmt == "tsv" else CSV_QUOTED if quoted else CSV_PLAIN
        pieces = writing.read(text, start, end)
        located[segment.id] = Located(segment.target, pieces, start, end, writing)
    return located


def _end(text: str, starts: list[int], index: int) -> int:
    end = starts[index + 1] - 1 if index + 1 < len(starts) else len(text)
    return end - 1 if end > starts[index] and text[end - 1] == "\r" else end


def _line(text: str, starts: list[int], index: int) -> str:
    return text[starts[index] : _end(text, starts, index)]


_NEWLINE = re.compile("\n")
_CSV_LINE_END = re.compile(r"\r\n?|\n")  # Python's csv module ends a line at a lone CR too


def line_starts(text: str, ends: re.Pattern[str] = _NEWLINE) -> list[int]:
    """The offset where each line of `text` starts (as editors count lines: after each
    line feed)."""
    return [0, *(m.end() for m in ends.finditer(text))]


LOCATED_FORMATS = ("xliff", "tmx", "ts", "po", "jsonl", "xcstrings", "tsv", "csv")


def locate(document: Document, text: str, fmt: str) -> dict[str, Located]:
    """Each segment's `Located` in `text`, the file `document` was read from as format `fmt`
    (one of LOCATED_FORMATS); a segment missing from it could not be found."""
    if fmt in ("xliff", "tmx", "ts"):
        return _xml(document, text, document.path or Path(f"document.{fmt}"), fmt)
    if fmt == "po":
        return _po(document, text, line_starts(text))
    if fmt == "jsonl":
        return _jsonl(document, text, line_starts(text))
    if fmt == "xcstrings":
        return _xcstrings(document, text)
    ends = _CSV_LINE_END if fmt == "csv" else _NEWLINE
    return _table(document, text, line_starts(text, ends), fmt)
