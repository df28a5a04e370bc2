"""XLIFF (and TMX) inline codes as placeholders in segment text, and back.

A reviewer edits plain text, so each inline element of a unit becomes a short placeholder in
the style OmegaT users know, numbered per unit in order of appearance (source first):

* `<g1>…</g1>` an element that wraps text: `<g>`, `<mrk>` (1.2), `<pc>`, `<mrk>` (2.x),
  `<hi>` (TMX);
* `<b2/>` … `<e2/>` the two halves of a pair: `<bpt>`/`<ept>` (paired by `rid`, or TMX's
  `i`), `<bx>`/`<ex>`, `<sc>`/`<ec>`, `<sm>`/`<em>`; both halves share a number;
* `<x3/>` anything else: `<x>`, `<ph>`, `<it>`, `<ut>`, `<cp>`.

When the text is written back, each placeholder becomes a copy of the element it stands for
(the target's own element if the target had one, else the source's), so attributes, native
code and `dataRef`s survive. Only numbers the unit owns are placeholders: if a unit's text
happens to contain `<g1>` literally, its codes are numbered past it and the literal stays
text.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable

from lxml import etree

from review.core.wording import counted
from review.formats.xmlsafe import local

PLACEHOLDER = re.compile(r"<(g)(\d+)>|</(g)(\d+)>|<([xbe])(\d+)/>")
_WRAPPING = frozenset({"g", "pc", "mrk", "hi"})  # hi: TMX
_BEGIN = frozenset({"bpt", "bx", "sc", "sm"})
_END = frozenset({"ept", "ex", "ec", "em"})


class TagError(ValueError):
    """Placeholders in a revision that cannot become well-formed XML."""


def role(element: etree._Element) -> str:
    name = local(element)
    if name == "mrk" and element.get("mtype") == "x-sdl-deleted":
        return "x"  # Trados's tracked deletion: not the text, kept whole as a code
    if name in _WRAPPING:
        return "g"
    if name in _BEGIN:
        return "b"
    if name in _END:
        return "e"
    return "x"


class Tags:
    """The numbering of one unit's inline codes, and the element each number stands for."""

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self._literal = {
            int(next(n for n in match.groups()[1::2] if n))
            for text in texts
            for match in PLACEHOLDER.finditer(text)
        }
        self._reserved = set(self._literal)
        self._numbers: dict[tuple[str, str], int] = {}
        self._next = 1
        self.templates: dict[tuple[int, str], etree._Element] = {}
        self._target_templates: dict[tuple[int, str], etree._Element] = {}
        self._anonymous: dict[str, dict[str, int]] = {}

    def _number(self, key: tuple[str, str]) -> int:
        number = self._numbers.get(key)
        if number is None:
            while self._next in self._reserved:
                self._next += 1
            number = self._numbers[key] = self._next
            self._next += 1
        return number

    def add(self, number: int, kind: str, template: etree._Element) -> None:
        """Declare a code directly (when writing a file from scratch)."""
        self.templates[(number, kind)] = template
        self._reserved.add(number)

    def owns(self, number: int, kind: str) -> bool:
        return (number, kind) in self.templates

    def template(self, number: int, kind: str) -> etree._Element:
        chosen = self._target_templates.get((number, kind))
        return self.templates[(number, kind)] if chosen is None else chosen

    def kinds(self) -> list[tuple[int, str]]:
        return sorted(self.templates)

    def flatten(self, element: etree._Element, *, side: str = "source") -> str:
        """The element's content as text with placeholders. `side` is "source", "target" or
        another target-language text (a kept MT); codes without an id are matched between
        sides by their order in the unit."""
        counters = self._anonymous.setdefault(side, {})
        return self._flatten(element, side != "source", counters)

    def _flatten(self, element: etree._Element, target: bool, counters: dict[str, int]) -> str:
        parts = [element.text or ""]
        for child in element:
            if isinstance(child.tag, str):
                kind = role(child)
                number = self._number(_key(child, kind, counters))
                store = self._target_templates if target else self.templates
                store.setdefault((number, kind), child)
                self.templates.setdefault((number, kind), child)
                if kind == "g":
                    inner = self._flatten(child, target, counters)
                    parts.append(f"<g{number}>{inner}</g{number}>")
                else:
                    parts.append(f"<{kind}{number}/>")
            parts.append(child.tail or "")
        return "".join(parts)

    def fill(self, element: etree._Element, text: str, source: str | None = None) -> None:
        """Replace the element's content by `text`, its placeholders turned into elements.

        Raises TagError for a closing placeholder without its opening, crossed pairs, an
        opening placeholder left open, or a placeholder of a code the unit does not have (a
        literal `<g1>` the unit's own text had, or one in a unit without codes, stays text);
        and, measured against the segment's `source`, a code used more often than there,
        or half of a pair that the source has whole, without its other half or after it.
        """
        for child in list(element):
            element.remove(child)
        element.text = None
        stack: list[tuple[etree._Element, int | None]] = [(element, None)]
        position = 0
        used: list[str] = []
        for match in PLACEHOLDER.finditer(text):
            opening, closing, single = match.group(2), match.group(4), match.group(6)
            if opening is not None:
                number, kind = int(opening), "g"
            elif closing is not None:
                number, kind = int(closing), "g"
            else:
                number, kind = int(single), match.group(5)
            if not self.owns(number, kind):
                if number in self._literal or not self.templates:
                    continue  # text, in a unit whose text had it or that has no codes
                raise TagError(f"{match.group()} is no code of this segment")
            used.append(match.group())
            _append_text(stack[-1][0], text[position : match.start()])
            position = match.end()
            if closing is not None:
                if stack[-1][1] != number:
                    open_tag = stack[-1][1]
                    if open_tag is None:
                        raise TagError(f"</g{number}> closes no open <g{number}>")
                    raise TagError(f"</g{number}> closes <g{open_tag}>: the tags cross")
                stack.pop()
                continue
            node = copy.deepcopy(self.template(number, kind))
            node.tail = None
            if kind == "g":
                for child in list(node):
                    node.remove(child)
                node.text = None
            stack[-1][0].append(node)
            if kind == "g":
                stack.append((node, number))
        _append_text(stack[-1][0], text[position:])
        if len(stack) > 1:
            raise TagError(f"<g{stack[-1][1]}> is never closed")
        if source is not None:
            _as_in_source(used, [m.group() for m in PLACEHOLDER.finditer(source)])


def _as_in_source(used: list[str], given: list[str]) -> None:
    """Each code no more often than the source has it (once at least), and each pair that
    the source has whole, whole here too, its begin first."""
    for tag in dict.fromkeys(used):
        allowed = max(1, given.count(tag))
        if used.count(tag) > allowed:
            raise TagError(
                f"{tag} is used {used.count(tag)} times; the source has it "
                f"{counted(allowed, 'time')}"
            )
    for tag in dict.fromkeys(used):
        kind, number = tag[1], tag[2:-2]
        if kind not in "be":
            continue
        begin, end = f"<b{number}/>", f"<e{number}/>"
        if begin not in given or end not in given:
            continue  # a pair that spans segments (XLIFF 2)
        if (begin in used) != (end in used):
            missing = end if begin in used else begin
            raise TagError(f"{tag} is half of a pair: {missing} is missing")
        if used.index(end) < used.index(begin):
            raise TagError(f"{end} comes before {begin}")


def _key(element: etree._Element, kind: str, counters: dict[str, int]) -> tuple[str, str]:
    if kind in ("b", "e"):
        # a pair is joined by rid where it has one, else by id (memoQ writes both kinds in
        # one unit: <bpt id="1"> … <ept id="1"> beside <bpt id="2" rid="1"> … <ept id="5"
        # rid="1">), by 2.x's startRef, or by TMX's i
        for attribute in ("rid", "i"):
            if element.get(attribute) is not None:
                return "p", f"{attribute}:{element.get(attribute)}"
        ref = element.get("startRef") or element.get("id")
        kind = "p"
    else:
        ref = element.get("id")
    if ref is None:
        counters[kind] = counters.get(kind, 0) + 1
        ref = f"#{counters[kind]}"
    return kind, ref


def _append_text(parent: etree._Element, text: str) -> None:
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def strip(text: str) -> str:
    """The text without its placeholders (for TMX and for reports that want plain words)."""
    return PLACEHOLDER.sub("", text)
