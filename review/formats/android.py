"""Android string resources (`res/values-ja/strings.xml`): each Japanese string a segment, its
source the default resources' string of the same name, written back into the Japanese file.

Reading: the file given is the Japanese one (`values-ja`, `values-ja-rJP`, `values-b+ja`);
its source is the file of the same name in `values` beside it (a file elsewhere is read with
no source, and a notice says so). Each `<string>` (and `<item type="string">`), each
`<item>` of a `<plurals>` and each `<item>` of a `<string-array>` is a segment, but those the
default marks `translatable="false"`: the Japanese file's, and each the default file has that
the Japanese one lacks, with no target (of a plural, its `other` form, the one Japanese uses,
always). A resource is its kind, name and product: a string and a plural may share a name,
and a string's `product="tablet"` variant is one of its own. Ids are the resource names, the
product after `@`, a form or an item after it in brackets (`files_deleted[other]`,
`planets[0]`, `app_name@tablet`); a plural form's quantity is its `context`, and its name
but the last word the `part` of the app that shows it (`global_settings_splitview` of
`global_settings_splitview_never`: Never as 分割しない there, 同期しない in `background_ops`).
The text is the string the app shows: Android's escapes (`\\'`, `\\"`, `\\n`, `\\t`, `\\@`,
`\\uXXXX`) resolved, whitespace outside double quotes collapsed, the quotes dropped; markup
inside a string (`<b>`, `<xliff:g id="n">%d</xliff:g>`) is shown as written; a character
escaped in two halves (`\\uD83D\\uDE00`) is one. The file's own state is `tool_status`:
`untranslated` for a string it lacks or leaves empty.

Writing back changes only the strings the review changed, escaped as Android reads them
(markup parsed back where the string had markup); a string the Japanese file lacked is added
after the one before it in the default file, in the file's indentation (an array with all
its items, those not yet translated in the default's words, as the app shows them now).
Every other byte stays (`xmlsplice`). Android keeps no state or note: those stay in the
review."""

from __future__ import annotations

import copy
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from review.core.model import UNTRANSLATED, Document, Segment
from review.formats.errors import InputError
from review.formats.review_ids import ReviewIds, refuse_strangers
from review.formats.textio import read_bytes
from review.formats.xmlsafe import check_text, local, parse_xml
from review.formats.xmlsplice import Tracked

_JAPANESE_FOLDER = re.compile(r"values-(?:ja|b\+ja)(?:[-+].*)?")
_ESCAPED = {"n": "\n", "t": "\t"}
_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|.)", re.DOTALL)
_SPACE = " \t\n\r"
_OTHER = "other"


@dataclass(frozen=True, slots=True)
class AndroidOrigin:
    """The Japanese file a document was read from, and its default (source) file."""

    data: bytes
    encoding: str | None
    source_path: Path | None
    notices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Entry:
    """A resource: its kind (`string`, `plurals`, `string-array`), name and element."""

    kind: str
    name: str
    element: etree._Element


_Key = tuple[str, str, str]  # a resource's kind, name and product: Android's own key


@dataclass(frozen=True, slots=True)
class _Slot:
    """A segment of a resource: its id, its source, and where its Japanese text is (None:
    the Japanese file lacks it)."""

    id: str
    entry: _Key
    key: str  # the plural's quantity or the array's index; "" for a string
    source: etree._Element | None  # the default's text (None: it has none)
    text: etree._Element | None
    line: int


def source_file(path: Path) -> Path | None:
    """The default resources beside a Japanese file (`values-ja/strings.xml` →
    `values/strings.xml`); None for a file outside a `values-ja…` folder."""
    if _JAPANESE_FOLDER.fullmatch(path.parent.name) is None:
        return None
    return path.parent.parent / "values" / path.name


def _entries(root: etree._Element, wanted: Collection[_Key] = ()) -> dict[_Key, _Entry]:
    """The string resources of a file by kind, name and product (`<string name="x">` and
    `<plurals name="x">` are two; so are a string's `product="tablet"` and default ones;
    `<item type="string">` is a string), but those marked `translatable="false"` unless
    `wanted` (the Japanese file's own copy of a string the default translates)."""
    found: dict[_Key, _Entry] = {}
    for element in root:
        if not isinstance(element.tag, str):
            continue
        kind, name = local(element), element.get("name")
        if kind == "item" and element.get("type") == "string":
            kind = "string"
        if kind not in ("string", "plurals", "string-array") or not name:
            continue
        product = element.get("product", "")
        key = (kind, name, "" if product == "default" else product)
        if element.get("translatable") == "false" and key not in wanted:
            continue
        found.setdefault(key, _Entry(kind, name, element))
    return found


def _items(entry: _Entry | None) -> dict[str, etree._Element]:
    """Where each text of a resource is: "" for a string, a quantity for a plural's form,
    an index for an array's item."""
    if entry is None:
        return {}
    if entry.kind == "string":
        return {"": entry.element}
    items = [item for item in entry.element if isinstance(item.tag, str) and local(item) == "item"]
    if entry.kind == "plurals":
        return {item.get("quantity", ""): item for item in items}
    return {str(index): item for index, item in enumerate(items)}


def _unescaped(raw: str, quoted: bool) -> tuple[str, bool]:
    """A run of a string's text as Android reads it, and whether a double quote is open
    after it (whitespace runs are collapsed later, across markup)."""
    out: list[str] = []
    at = 0
    for match in _ESCAPE.finditer(raw):
        out.append(_dequoted(raw[at : match.start()], quoted))
        quoted = _quote_state(raw[at : match.start()], quoted)
        code = match.group(1)
        if len(code) == 5:
            out.append(chr(int(code[1:], 16)))
        else:
            out.append(_ESCAPED.get(code, code))
        at = match.end()
    out.append(_dequoted(raw[at:], quoted))
    return "".join(out), _quote_state(raw[at:], quoted)


def _quote_state(raw: str, quoted: bool) -> bool:
    return quoted ^ (raw.count('"') % 2 == 1)


def _dequoted(raw: str, quoted: bool) -> str:
    """`raw` without its double quotes, whitespace outside them as one space each (marked
    `\0`, so that runs across pieces collapse into one)."""
    pieces: list[str] = []
    for index, part in enumerate(raw.split('"')):
        inside = quoted ^ (index % 2 == 1)
        pieces.append(part if inside else re.sub(r"[ \t\n\r]+", "\0", part))
    return "".join(pieces)


def _pieces(element: etree._Element) -> list[tuple[bool, str]]:
    """The element's content in order: (True, text) and (False, markup as written)."""
    found: list[tuple[bool, str]] = [(True, element.text or "")]
    for child in element:
        if isinstance(child.tag, str):
            attributes = "".join(
                f' {_qname(child, name)}="{_attribute(value)}"' for name, value in child.items()
            )
            name = _qname(child, child.tag)
            inner = _pieces(child)
            if len(child) == 0 and not child.text:
                found.append((False, f"<{name}{attributes}/>"))
            else:
                found.append((False, f"<{name}{attributes}>"))
                found.extend(inner)
                found.append((False, f"</{name}>"))
        found.append((True, child.tail or ""))
    return found


def _qname(element: etree._Element, name: str) -> str:
    qname = etree.QName(name)
    if qname.namespace is None:
        return qname.localname
    prefix = next((p for p, uri in element.nsmap.items() if uri == qname.namespace), None)
    return qname.localname if prefix is None else f"{prefix}:{qname.localname}"


def _attribute(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


def text_of(element: etree._Element | None) -> str:
    """The string the app shows for an element's content (markup as written)."""
    if element is None:
        return ""
    quoted = False
    out: list[str] = []
    for is_text, piece in _pieces(element):
        if is_text:
            said, quoted = _unescaped(piece, quoted)
            out.append(said)
        else:
            out.append(piece)
    text = re.sub("\0+", " ", "".join(out).strip("\0"))
    return _SURROGATES.sub(_joined, text) if _SURROGATE.search(text) else text


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATES = re.compile("[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]")


def _joined(match: re.Match[str]) -> str:
    """A character Java's escapes wrote in two halves (`\\uD83D\\uDE00`) as one; half of
    one alone, which no text can carry, as U+FFFD."""
    pair = match.group()
    return (
        pair.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
        if len(pair) == 2
        else "\ufffd"
    )


def _read(data: bytes, path: Path, encoding: str | None) -> etree._Element:
    root = parse_xml(data, path, encoding).getroot()
    if local(root) != "resources":
        raise InputError(
            path, f"not Android string resources: the root element is <{local(root)}>", 1
        )
    return root


def _slots(
    root: etree._Element, default: etree._Element | None
) -> tuple[list[_Slot], tuple[str, ...]]:
    ids = ReviewIds("strings")
    sources = _entries(default) if default is not None else {}
    japanese = _entries(root, sources)
    slots: list[_Slot] = []
    entries = [*sources, *(key for key in japanese if key not in sources)]
    before = root  # a string the file lacks is placed after the one before it
    for position, entry in enumerate(entries, 1):
        said, own = sources.get(entry), japanese.get(entry)
        kind, name, product = entry
        said_items, own_items = _items(said), _items(own)
        if kind == "plurals":  # its `other`, the one form Japanese uses, always
            keys = list(dict.fromkeys([*own_items, _OTHER]))
        else:
            keys = list(dict.fromkeys([*own_items, *said_items]))
        for key in keys:
            said_text = said_items.get(key)
            if said_text is None and said is not None and said.kind == "plurals":
                said_text = said_items.get(_OTHER)
            text = own_items.get(key)
            place = text if text is not None else own.element if own is not None else before
            line = place.sourceline or 1
            wanted = f"{name}@{product}" if product else name
            wanted = wanted if kind == "string" else f"{wanted}[{key}]"
            unique = ids.unique(wanted, position, line)
            slots.append(_Slot(unique, entry, key, said_text, text, line))
        if own is not None:
            before = own.element
    return slots, ids.notices()


def _default(path: Path) -> tuple[etree._Element | None, Path | None, tuple[str, ...]]:
    """The default resources' root for the Japanese file at `path`, and a notice where
    there is none."""
    found = source_file(path)
    if found is None:
        if path.parent.name == "values":
            raise InputError(
                path,
                "is the default (source) resources; give the Japanese file "
                "(values-ja/" + path.name + ")",
            )
        return None, None, (f"not in a values-ja folder: {path.name} is read with no source",)
    if not found.is_file():
        return None, None, (f"no default resources at {found}: the strings have no source",)
    return _read(read_bytes(found), found, None), found, ()


def _segment(slot: _Slot) -> Segment:
    target = text_of(slot.text)
    return Segment(
        id=slot.id,
        mt=target,
        source=text_of(slot.source) or None,
        tool_status="" if target else UNTRANSLATED,
        context=slot.key if slot.key and not slot.key.isdigit() else "",
        part=slot.entry[1].rpartition("_")[0],
    )


def parse(
    data: bytes, path: Path, encoding: str | None = None
) -> tuple[list[tuple[int, Segment]], AndroidOrigin]:
    root = _read(data, path, encoding)
    default, source_path, notices = _default(path)
    slots, id_notices = _slots(root, default)
    rows = [(slot.line, _segment(slot)) for slot in slots]
    return rows, AndroidOrigin(data, encoding, source_path, notices + id_notices)


def render(document: Document) -> bytes:
    origin = document.origin
    path = document.path or Path("strings.xml")
    if not isinstance(origin, AndroidOrigin):
        raise InputError(path, "Android string resources are written back into the file read")
    root = _read(origin.data, path, origin.encoding)
    tracked = Tracked(origin.data, root, path, origin.encoding)
    default = None
    if origin.source_path is not None:
        default = _read(read_bytes(origin.source_path), origin.source_path, None)
    slots, _ = _slots(root, default)
    refuse_strangers(document.segments, {slot.id for slot in slots}, path, "resources file")
    wanted = document.by_id()
    sources = _entries(default) if default is not None else {}
    for slot in slots:
        segment = wanted.get(slot.id)
        if segment is None or segment.target == text_of(slot.text):
            continue
        if slot.text is None and not segment.target:
            continue
        check_text(segment.target, path, f"segment “{slot.id}”")
        element = slot.text if slot.text is not None else _made(root, slot, sources)
        _fill(element, segment.target, path, slot.id)
    return tracked.write()


_TAG = re.compile(r"</?[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?(?:\s+[^<>]*?)?\s*/?>")


def _escaped(runs: list[str]) -> list[str]:
    """Each run of a string's text (markup between them) as Android reads it back as it is:
    quotes, backslashes and line breaks escaped, a space that would be trimmed or collapsed
    written `\\u0020`, an `@` or `?` that would start a reference escaped."""
    written: list[str] = []
    for index, run in enumerate(runs):
        out: list[str] = []
        for at, ch in enumerate(run):
            first = index == 0 and at == 0
            last = index == len(runs) - 1 and at == len(run) - 1
            if ch == " " and (first or last or (at and run[at - 1] == " ")):
                out.append("\\u0020")
            elif ch in "\\'\"":
                out.append("\\" + ch)
            elif ch in "\n\t":
                out.append("\\n" if ch == "\n" else "\\t")
            elif ch == "\r":
                out.append("\\u000d")
            elif ch in "@?" and first:
                out.append("\\" + ch)
            else:
                out.append(ch)
        written.append("".join(out))
    return written


def _fill(element: etree._Element, text: str, path: Path, segment_id: str) -> None:
    """The element's content made the string `text`; markup in it is parsed back where the
    string had markup, else it is text."""
    where = f"segment “{segment_id}”"
    had_markup = any(isinstance(child.tag, str) for child in element)
    for child in list(element):
        element.remove(child)
    if not had_markup:
        element.text = _escaped([text])[0]
    else:
        tags = _TAG.findall(text)
        runs = _escaped(_TAG.split(text))
        body = "".join(
            _xml_text(run) + (tags[index] if index < len(tags) else "")
            for index, run in enumerate(runs)
        )
        declared = "".join(
            f' xmlns:{prefix}="{_attribute(uri)}"' if prefix else f' xmlns="{_attribute(uri)}"'
            for prefix, uri in element.nsmap.items()
        )
        try:
            wrapper = etree.fromstring(f"<w{declared}>{body}</w>")
        except etree.XMLSyntaxError as exc:
            raise InputError(
                path, f"{where}: its markup is not well-formed XML ({exc.msg})"
            ) from None
        element.text = wrapper.text
        for child in list(wrapper):
            element.append(child)
    if text_of(element) != text:
        raise InputError(path, f"{where}: cannot be written so that Android reads it as it is")


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _separator(parent: etree._Element, fallback: str) -> str:
    """The whitespace before a parent's first child: what sets its children apart."""
    text = parent.text
    return text if text and not text.strip() and "\n" in text else fallback


def _insert(parent: etree._Element, anchor: etree._Element | None, new: etree._Element) -> None:
    """`new` after `anchor` (None: first), on its own line like its siblings."""
    separator = _separator(parent, "\n    ")
    if anchor is None:
        if len(parent):
            parent.insert(0, new)
            new.tail = separator
        else:
            parent.append(new)
            new.tail = parent.text if parent.text and not parent.text.strip() else "\n"
            parent.text = separator
        return
    anchor.addnext(new)
    new.tail = anchor.tail
    anchor.tail = separator


def _made(root: etree._Element, slot: _Slot, sources: dict[_Key, _Entry]) -> etree._Element:
    """The element for a slot the Japanese file lacks, made: the resource after the one
    before it in the default file, or the plural's form or the array's items in it."""
    own = _entries(root, sources).get(slot.entry)
    said = sources[slot.entry]
    closing = "\n"
    if own is None:
        made = etree.Element(said.element.tag, name=said.name)
        for attribute in ("type", "formatted", "product"):
            if said.element.get(attribute) is not None:
                made.set(attribute, said.element.get(attribute, ""))
        _insert(root, _anchor(root, slot.entry, sources), made)
        if said.kind == "string":
            return made
        closing = _separator(root, "\n    ")
        made.text = closing + ("\t" if closing.endswith("\t") else "    ")
        own = _Entry(said.kind, said.name, made)
    if own.kind == "plurals":
        return _append(own.element, etree.Element("item", quantity=slot.key), closing)
    have = len(_items(own))
    for index, said_item in enumerate(_items(said).values()):
        if have <= index <= int(slot.key):
            copied = copy.deepcopy(said_item)
            copied.attrib.clear()
            _append(own.element, copied, closing)
    return _items(own)[slot.key]


def _append(container: etree._Element, item: etree._Element, closing: str) -> etree._Element:
    last = next((kid for kid in reversed(container) if isinstance(kid.tag, str)), None)
    if last is None:
        container.append(item)
        item.tail = closing
    else:
        _insert(container, last, item)
    return item


def _anchor(
    root: etree._Element, entry: _Key, sources: dict[_Key, _Entry]
) -> etree._Element | None:
    """The Japanese element of the nearest resource before `entry` in the default file."""
    own = _entries(root, sources)
    before = list(sources)[: list(sources).index(entry)]
    for earlier in reversed(before):
        if earlier in own:
            return own[earlier].element
    return None
