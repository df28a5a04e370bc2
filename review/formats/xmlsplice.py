"""Writing an XML file back with only what changed, every other byte as it was.

A writer parses the file, records the tree (`Tracked`, before it changes anything), edits the
tree, and asks for the file's bytes (`Tracked.write`). Each node inside the root is found in
the original text (its tags' offsets, by expat); a node the writer left as it was is copied
from the original text, so its CDATA sections, entity and character references, quoting,
attribute order and line ends stay; only a changed start tag, text, tail or new node is
written, as lxml writes it in context (no namespace declarations repeated). The result is
spliced into the original bytes (`spliced.EncodedText.splice`): encoding, byte order mark,
declaration and line ends stay too.

The output is parsed again and must have the edited tree's infoset (the same serialization); if not,
or if the original cannot be mapped node for node, the whole tree is serialized instead (as
UTF-8, the writers' old way), which loses nothing but the file's look.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import NamedTuple

from lxml import etree
from rapidfuzz.distance import Levenshtein

from review.formats.errors import InputError
from review.formats.spliced import Edit, EncodedText, read_xml_file
from review.formats.xmlsafe import parse_xml, serialize

Node = etree._Element  # an element, comment or processing instruction


@dataclass(frozen=True, slots=True)
class Span:
    """Where a node is in a text: [start, end); an element's start tag ends at `open_end`
    and its end tag starts at `close` (None: written as an empty-element tag)."""

    start: int
    open_end: int
    close: int | None
    end: int


def _tag_end(text: str, start: int) -> int:
    """The offset after the `>` that closes the tag starting at `start` (a `>` may stand in
    a quoted attribute value)."""
    quote = ""
    for position in range(start + 1, len(text)):
        ch = text[position]
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == ">":
            return position + 1
    raise ValueError("unterminated tag")


def _spans(text: str) -> list[Span] | None:
    """Every node inside the root element of `text`, root included, in document order (the
    order of lxml's `iter()`); None if expat cannot read it."""
    data = text.encode("utf-8", "surrogatepass")
    parser = xml.parsers.expat.ParserCreate(encoding="UTF-8")
    events: list[tuple[str, int]] = []
    depth = 0

    def start(name: str, attributes: object) -> None:
        nonlocal depth
        depth += 1
        events.append(("s", parser.CurrentByteIndex))

    def end(name: str) -> None:
        nonlocal depth
        depth -= 1
        events.append(("e", parser.CurrentByteIndex))

    def other(*_: object) -> None:
        if depth:
            events.append(("o", parser.CurrentByteIndex))

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CommentHandler = other
    parser.ProcessingInstructionHandler = other
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError:
        return None
    offsets = _char_offsets(data, [position for _, position in events])
    spans: list[Span] = []
    open_elements: list[int] = []
    for (kind, _), at in zip(events, offsets, strict=True):
        if kind == "s":
            open_end = _tag_end(text, at)
            empty = text[open_end - 2 : open_end] == "/>"
            open_elements.append(len(spans))
            spans.append(Span(at, open_end, None, open_end) if empty else Span(at, open_end, 0, 0))
        elif kind == "e":
            index = open_elements.pop()
            span = spans[index]
            if span.close is not None:
                spans[index] = Span(span.start, span.open_end, at, _tag_end(text, at))
        else:
            close = "-->" if text.startswith("<!--", at) else "?>"
            spans.append(Span(at, at, None, text.index(close, at) + len(close)))
    return spans


def node_spans(text: str, root: etree._Element) -> dict[Node, Span] | None:
    """Where each node of `root` (parsed from `text`) is in `text`; None if they cannot be
    matched node for node."""
    spans = _spans(text)
    nodes = list(root.iter())
    if spans is None or len(spans) != len(nodes):
        return None
    return dict(zip(nodes, spans, strict=True))


def _char_offsets(data: bytes, positions: list[int]) -> list[int]:
    """The character offsets of ascending byte offsets into UTF-8 `data`."""
    found: list[int] = []
    byte = char = 0
    for position in positions:
        if position > byte:
            char += len(data[byte:position].decode("utf-8", "surrogatepass"))
            byte = position
        found.append(char)
    return found


@dataclass(frozen=True, slots=True)
class _Was:
    """A node as it was read."""

    tag: object
    attributes: tuple[tuple[str, str], ...]
    text: str | None
    tail: str | None
    children: tuple[int, ...]


class Tracked:
    """A parsed file whose tree a writer is about to edit (see the module's docstring)."""

    def __init__(
        self, data: bytes, root: etree._Element, path: Path, encoding: str | None = None
    ) -> None:
        """`data`: the file's bytes, `root` parsed from them; `encoding`: the one they were
        parsed in, if the file's declaration lied."""
        self.encoded = read_xml_file(data, path, encoding)
        self.encoding = encoding
        self.root = root
        self.path = path
        nodes = list(root.iter())
        self._index: dict[Node, int] = {node: i for i, node in enumerate(nodes)}
        self._was = [
            _Was(
                node.tag,
                tuple(node.attrib.items()),
                node.text,
                node.tail,
                tuple(self._index[child] for child in node),
            )
            for node in nodes
        ]
        self._parent = {child: i for i, was in enumerate(self._was) for child in was.children}
        self._position = {c: at for was in self._was for at, c in enumerate(was.children)}
        spans = _spans(self.encoded.text)
        self._spans = spans if spans is not None and len(spans) == len(nodes) else None
        self._same: dict[int, bool] = {}

    def write(self) -> bytes:
        """The file's bytes with the tree's changes, and nothing else changed."""
        for node in self.root.iter():  # "" and None are one text, as a parse gives it back
            if node.text == "" and isinstance(node.tag, str):
                node.text = None
            if node.tail == "":
                node.tail = None
        if self._spans is not None and self._unchanged(self.root):
            return self.encoded.data
        written = etree.tostring(self.root, encoding="unicode")
        if self._spans is not None:
            new_spans = _spans(written)
            nodes = list(self.root.iter())
            if new_spans is not None and len(new_spans) == len(nodes):
                self._new = dict(zip(nodes, new_spans, strict=True))
                self._written = written
                self._same = {}
                spliced = self.encoded.splice(self._edits(self.root), self.path)
                if self._faithful(spliced):
                    return spliced
        return serialize(self.root.getroottree()).encode("utf-8")

    def _faithful(self, data: bytes) -> bool:
        try:
            again = parse_xml(data, self.path, self.encoding).getroot()
        except InputError:
            return False
        return _canonical(again) == _canonical(self.root)

    # what changed

    def _unchanged(self, node: Node) -> bool:
        index = self._index.get(node)
        if index is None:
            return False
        known = self._same.get(index)
        if known is None:
            was = self._was[index]
            known = (
                node.tag == was.tag
                and tuple(node.attrib.items()) == was.attributes
                and node.text == was.text
                and tuple(self._index.get(child, -1) for child in node) == was.children
                and all(
                    self._unchanged(child) and child.tail == self._was_tail(child) for child in node
                )
            )
            self._same[index] = known
        return known

    def _was_tail(self, node: Node) -> str | None:
        return self._was[self._index[node]].tail

    def _edits(self, node: Node) -> list[Edit]:
        """The edits of the original text that make `node` (read from it) what it is now."""
        if self._unchanged(node):
            return []
        index = self._index[node]
        was, span = self._was[index], self._old(index)
        children = tuple(self._index.get(child, -1) for child in node)
        if (
            not isinstance(node.tag, str)
            or span.close is None  # was an empty-element tag
            or self._new[node].close is None  # is one now
            or children != was.children
        ):
            return [Edit(span.start, span.end, self._render(node))]
        edits: list[Edit] = []
        if node.tag != was.tag or tuple(node.attrib.items()) != was.attributes:
            new = self._new[node]
            edits.append(Edit(span.start, span.open_end, self._start_tag(node, index)))
            if node.tag != was.tag:
                edits.append(Edit(span.close, span.end, self._new_text(*_close(new))))
        if node.text != was.text:
            first = self._old(children[0]).start if children else span.close
            edits.append(Edit(span.open_end, first, self._text(node, index, span.open_end, first)))
        for position, child in enumerate(node):
            edits.extend(self._edits(child))
            if child.tail != self._was_tail(child):
                after = children[position + 1] if position + 1 < len(children) else None
                end = self._old(after).start if after is not None else span.close
                edits.append(Edit(self._old(children[position]).end, end, self._tail(child)))
        return edits

    def _render(self, node: Node, index: int | None = None) -> str:
        """The text of `node` (without its tail): the original's wherever it is unchanged.
        `index`: the original node a new one takes the place of (`_taken`)."""
        index = self._index.get(node) if index is None else index
        new = self._new[node]
        if index is None or not isinstance(node.tag, str):
            return self._new_text(new.start, new.end)
        span = self._old(index)
        if self._unchanged(node):
            return self.encoded.text[span.start : span.end]
        was = self._was[index]
        same_tag = node.tag == was.tag and tuple(node.attrib.items()) == was.attributes
        if same_tag and span.close is None and new.close is None:
            return self.encoded.text[span.start : span.end]  # <x id='1'/>, as it was
        if same_tag and span.close is not None and new.close is not None:
            start_tag = self.encoded.text[span.start : span.open_end]
        else:
            start_tag = self._start_tag(node, index)
        if new.close is None:
            return start_tag
        parts = [start_tag]
        if span.close is not None:
            first = self._old(was.children[0]).start if was.children else span.close
            parts.append(self._text(node, index, span.open_end, first))
        else:
            parts.append(self._new_text(*self._text_region(node)))
        for child, taken in zip(node, self._taken(node, was), strict=True):
            parts.append(self._render(child, taken))
            parts.append(self._tail(child, taken))
        if span.close is not None and node.tag == was.tag:
            parts.append(self.encoded.text[span.close : span.end])
        else:
            parts.append(self._new_text(*_close(new)))
        return "".join(parts)

    def _start_tag(self, node: Node, index: int) -> str:
        """The start tag of `node`, written as the original wrote it where its tag stays:
        each attribute left alone as it was, a changed value in its own quotes, a removed one
        gone, a new one after the last in the tag's quotes, and `/>` where it is empty now;
        as lxml writes it where the tag changed or its attributes cannot be told apart."""
        new = self._new[node]
        written = self._new_text(new.start, new.open_end)
        was, span = self._was[index], self._old(index)
        raw = self.encoded.text[span.start : span.open_end]
        old_attributes, new_attributes = _attributes(raw), _attributes(written)
        if (
            node.tag != was.tag
            or len(old_attributes) != len(was.attributes)
            or len(new_attributes) != len(node.attrib)
        ):
            return written
        wanted, before = dict(node.attrib.items()), dict(was.attributes)
        quote = old_attributes[0][3] if old_attributes else '"'
        edits: list[tuple[int, int, str]] = []
        for (key, _), (start, value_at, end, own) in zip(
            was.attributes, old_attributes, strict=True
        ):
            if key not in wanted:
                edits.append((start, end, ""))
            elif wanted[key] != before[key]:
                edits.append((value_at, end, own + _attribute_value(wanted[key], own) + own))
        added = [
            f"{written[start:value_at]}{quote}{_attribute_value(wanted[key], quote)}{quote}"
            for (start, value_at, _, _), key in zip(new_attributes, node.attrib.keys(), strict=True)
            if key not in before
        ]
        ending = "/>" if raw.endswith("/>") else ">"
        raw = raw[: -len(ending)]
        if added:  # after the last attribute (or the name), not after the space before />
            last = old_attributes[-1][2] if old_attributes else len(raw.rstrip())
            edits.append((last, last, "".join(added)))
        for start, end, text in sorted(edits, reverse=True):
            raw = raw[:start] + text + raw[end:]
        return raw + ("/>" if new.close is None else ">")

    def _taken(self, node: Node, was: _Was) -> list[int | None]:
        """For each child of `node`, the original node it is or takes the place of: a new
        element in place of an original child of the same tag and attributes that is gone
        (a target's inline codes, made anew with its text), in order; else None."""
        kept = {self._index.get(child) for child in node}
        gone = [i for i in was.children if i not in kept]
        taken: list[int | None] = []
        for child in node:
            index = self._index.get(child)
            if index is None and isinstance(child.tag, str):
                alike = (child.tag, tuple(child.attrib.items()))
                found = [i for i in gone if (self._was[i].tag, self._was[i].attributes) == alike]
                if found:
                    index = found[0]
                    gone.remove(index)
            taken.append(index)
        return taken

    def _tail(self, node: Node, index: int | None = None) -> str:
        """The text after `node`: the original's if unchanged, else written as it was
        (`_respelled`), else as lxml writes it. `index`: as `_render`'s."""
        index = self._index.get(node) if index is None else index
        if index is not None:
            old = self._old_tail(index)
            if node.tail == self._was[index].tail:
                return old
            written = _respelled(old, self._was[index].tail or "", node.tail or "", self.encoded)
            if written is not None:
                return written
        new = self._new[node]
        following = node.getnext()
        if following is not None:
            return self._new_text(new.end, self._new[following].start)
        parent = node.getparent()
        assert parent is not None
        close = self._new[parent].close
        assert close is not None
        return self._new_text(new.end, close)

    def _old_tail(self, index: int) -> str:
        """The original text after node `index`, up to its next sibling or its parent's end."""
        parent = self._parent.get(index)
        if parent is None:
            return ""
        siblings = self._was[parent].children
        position = self._position[index]
        if position + 1 < len(siblings):
            following = self._old(siblings[position + 1]).start
        else:
            close = self._old(parent).close
            assert close is not None
            following = close
        return self.encoded.text[self._old(index).end : following]

    def _text(self, node: Node, index: int, start: int, end: int) -> str:
        """The text of `node` before its first child, which the original node `index` wrote
        from `start` to `end`: the original where unchanged, else written as it wrote it
        (`_respelled`), else as lxml writes it."""
        raw, was = self.encoded.text[start:end], self._was[index].text
        if node.text == was:
            return raw
        written = _respelled(raw, was or "", node.text or "", self.encoded)
        return written if written is not None else self._new_text(*self._text_region(node))

    def _text_region(self, node: Node) -> tuple[int, int]:
        new = self._new[node]
        if new.close is None:
            return new.open_end, new.open_end
        return new.open_end, self._new[node[0]].start if len(node) else new.close

    def _old(self, index: int) -> Span:
        assert self._spans is not None
        return self._spans[index]

    def _new_text(self, start: int, end: int) -> str:
        return self.encoded.lines(self._written[start:end])


_PIECE = re.compile(
    r"<!\[CDATA\[(.*?)\]\]>|&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);|\r\n?|[^&<]", re.S
)
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_ESCAPED = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}


class _Piece(NamedTuple):
    read: str  # the character a parser reads
    written: str | None  # how the text writes it; None: a character the review added
    cdata: bool  # inside a CDATA section


def _pieces(raw: str) -> list[_Piece] | None:
    """A text as it is written, character by character; None if it holds what a parser reads
    otherwise (an entity a DTD declares)."""
    pieces: list[_Piece] = []
    position = 0
    for match in _PIECE.finditer(raw):
        if match.start() != position:
            return None
        position = match.end()
        if match.group(1) is not None:
            for chunk in re.findall(r"\r\n?|.", match.group(1), re.S):
                pieces.append(_Piece("\n" if chunk[0] == "\r" else chunk, chunk, True))
        elif (name := match.group(2)) is not None:
            number = name[2:] if name.startswith("#x") else name[1:]
            base = 16 if name.startswith("#x") else 10
            read = _NAMED.get(name) or chr(int(number, base))
            pieces.append(_Piece(read, match.group(), False))
        else:
            written = match.group()
            pieces.append(_Piece("\n" if written[0] == "\r" else written, written, False))
    return pieces if position == len(raw) else None


def _respelled(raw: str, old: str, new: str, encoded: EncodedText) -> str | None:
    """`new` written as `raw`, which reads `old`, writes its text: each character kept as
    it was written (in a CDATA section, as a reference), each new one in the way of the
    text around it, inside a CDATA section where it was. None where `raw` is not text that
    this reads as `old`."""
    pieces = _pieces(raw)
    if pieces is None or "".join(p.read for p in pieces) != old:
        return None
    out: list[_Piece] = []
    for op in Levenshtein.opcodes(old, new):
        if op.tag == "equal":
            out.extend(pieces[op.src_start : op.src_end])
        elif op.tag != "delete":
            cdata = _in_cdata(pieces, op.src_start, op.tag == "replace")
            out.extend(
                _Piece(ch, None, cdata and _in_cdata_as_is(ch, encoded.encoding))
                for ch in new[op.dest_start : op.dest_end]
            )
    written: list[str] = []
    for cdata, run in groupby(out, key=lambda p: p.cdata):
        if cdata:
            text = "".join(p.written or encoded.lines(p.read) for p in run)
            written.append("<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>")
        else:
            text = "".join(p.written or encoded.lines(_ESCAPED.get(p.read, p.read)) for p in run)
            written.append(text.replace("]]>", "]]&gt;"))  # a kept > after a new ]]
    return "".join(written)


def _in_cdata_as_is(character: str, encoding: str) -> bool:
    """Whether a character can be written inside a CDATA section as it is: not a CR, which
    would read as a line end, nor one the file's encoding lacks, which only a character
    reference outside can write."""
    if character == "\r":
        return False
    try:
        character.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _in_cdata(pieces: list[_Piece], at: int, replacing: bool) -> bool:
    """Whether characters put at `at` go inside a CDATA section: as the character they
    replace, else the one before, else the one after."""
    for k in (at, at - 1) if replacing else (at - 1, at):
        if 0 <= k < len(pieces):
            return pieces[k].cdata
    return False


_ATTRIBUTE = re.compile(r"""(\s+)([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')""")


def _attributes(start_tag: str) -> list[tuple[int, int, int, str]]:
    """Each attribute of a start tag but namespace declarations: where it starts (with the
    space before it), where its quoted value starts, where it ends, and its quote."""
    return [
        (m.start(), m.start(3), m.end(), m.group(3)[0])
        for m in _ATTRIBUTE.finditer(start_tag)
        if m.group(2) != "xmlns" and not m.group(2).startswith("xmlns:")
    ]


_ATTRIBUTE_ESCAPES = {"&": "&amp;", "<": "&lt;", "\n": "&#10;", "\t": "&#9;", "\r": "&#13;"}


def _attribute_value(value: str, quote: str) -> str:
    escapes = {**_ATTRIBUTE_ESCAPES, quote: "&quot;" if quote == '"' else "&apos;"}
    return "".join(escapes.get(ch, ch) for ch in value)


def _close(span: Span) -> tuple[int, int]:
    assert span.close is not None
    return span.close, span.end


def _canonical(root: etree._Element) -> bytes:
    # not C14N, which refuses relative namespace URIs (real files have them): the spliced
    # text keeps each attribute's order, so the trees must serialize alike
    return etree.tostring(root, encoding="utf-8")
