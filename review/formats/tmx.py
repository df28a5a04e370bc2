"""TMX 1.4: approved pairs out, as translation memory; and TMX in, as a document.

Reading takes each `<tu>` (with or without the TMX 1.4 namespace): the `<tuv>` in the
header's `srclang` is the source, the first other one (a Japanese one if there is one) the
target, and a `<tu>` with one `<tuv>` has an empty target. Inline codes (`<bpt>`/`<ept>`,
`<ph>`, `<it>`, `<ut>`, `<hi>`) become placeholders, as in XLIFF (`xliff_inline`): the reviewer
sees them as protected tags and they are written back as the codes they were. A repeated
`tuid` gets a review-only id (`ID#N`).

Writing a document read from TMX goes back into that file, changing only what the review
changed (`_write_back`): every other language, code, property, note and the header stay,
byte for byte. Any other document is written as a new TMX of its approved pairs (with a
source and a target): one `<tu tuid=id>` with the source `<tuv>` (language from the XLIFF
the document came from, else `source_lang`, else `en`) and the target `<tuv>` (`ja` unless
told otherwise). Placeholders become TMX codes holding the placeholder as their native text
(`<g1>` → `<bpt i="1">`, `</g1>` → `<ept i="1">`, `<x2/>` → `<ph x="2">`), as OmegaT writes
them. The review keeps what it knows in properties: `x-review-status`, and `x-review-mt`
when a revision replaced the MT; the segment note becomes the `<note>`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from review import __version__
from review.core.model import UNTRANSLATED, Document, Segment, Status
from review.formats.errors import InputError
from review.formats.review_ids import ReviewIds, refuse_strangers
from review.formats.xliff import XliffOrigin
from review.formats.xliff_inline import PLACEHOLDER, TagError, Tags
from review.formats.xmlsafe import check_text, local, parse_xml, serialize
from review.formats.xmlsplice import Tracked

_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_CODES = frozenset({"bpt", "ept", "ph", "it", "ut"})
STATUS_PROP = "x-review-status"
MT_PROP = "x-review-mt"


@dataclass(frozen=True, slots=True)
class TmxOrigin:
    """The TMX file a document was read from, parsed again when it is written back."""

    source_lang: str | None
    target_lang: str | None
    data: bytes = b""
    encoding: str | None = None
    notices: tuple[str, ...] = ()


def approved_pairs(document: Document) -> list[Segment]:
    """The segments TMX export keeps: approved, with a source and a target; every segment
    of a document that was itself read from TMX (so that fixing one in place loses none)."""
    keep_all = isinstance(document.origin, TmxOrigin)
    return [
        s
        for s in document.segments
        if (keep_all or (s.status is Status.APPROVED and s.source and s.target.strip()))
    ]


def languages(
    document: Document, source_lang: str | None, target_lang: str | None
) -> tuple[str, str]:
    origin = document.origin if isinstance(document.origin, XliffOrigin | TmxOrigin) else None
    source = source_lang or (origin.source_lang if origin else None) or "en"
    target = target_lang or (origin.target_lang if origin else None) or "ja"
    return source, target


def render(
    document: Document,
    *,
    source_lang: str | None = None,
    target_lang: str | None = None,
    keep_mt: bool = False,
) -> bytes:
    """The document as TMX: written back into the TMX file it was read from
    (`_write_back`), else a new file of its approved pairs."""
    if isinstance(document.origin, TmxOrigin) and document.origin.data:
        return _write_back(document, document.origin, keep_mt)
    source, target = languages(document, source_lang, target_lang)
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(
        root,
        "header",
        {
            "creationtool": "review",
            "creationtoolversion": __version__,
            "segtype": "sentence",
            "o-tmf": "mt-review",
            "adminlang": "en",
            "srclang": source,
            "datatype": "plaintext",
            "creationdate": datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"),
        },
    )
    body = etree.SubElement(root, "body")
    for segment in approved_pairs(document):
        for text in (segment.id, segment.mt, segment.target, segment.source or "", segment.note):
            check_text(text, document.path or "document", f"segment “{segment.id}”")
        tu = etree.SubElement(body, "tu", tuid=segment.id)
        etree.SubElement(tu, "prop", type=STATUS_PROP).text = segment.status.value
        if segment.revision is not None and segment.revision != segment.mt:
            etree.SubElement(tu, "prop", type=MT_PROP).text = segment.mt
        if segment.note:
            etree.SubElement(tu, "note").text = segment.note
        for lang, text in ((source, segment.source or ""), (target, segment.target)):
            tuv = etree.SubElement(tu, "tuv")
            tuv.set(_LANG, lang)
            _fill_seg(etree.SubElement(tuv, "seg"), text)
    text = serialize(root)
    return text.replace("<tmx ", '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx ', 1).encode("utf-8")


def _fill_seg(seg: etree._Element, text: str) -> None:
    """Text with placeholders as TMX codes; a pair whose halves are both here is bpt/ept."""
    opened = {m.group(2) for m in PLACEHOLDER.finditer(text) if m.group(1)}
    closed = {m.group(4) for m in PLACEHOLDER.finditer(text) if m.group(3)}
    paired = opened & closed
    position = 0
    last: etree._Element | None = None
    for match in PLACEHOLDER.finditer(text):
        _append(seg, last, text[position : match.start()])
        position = match.end()
        number = match.group(2) or match.group(4) or match.group(6)
        if match.group(1) and number in paired:
            last = etree.SubElement(seg, "bpt", i=number, x=number)
        elif match.group(3) and number in paired:
            last = etree.SubElement(seg, "ept", i=number)
        elif match.group(1) or match.group(3):
            last = etree.SubElement(seg, "it", pos="begin" if match.group(1) else "end", x=number)
        else:
            last = etree.SubElement(seg, "ph", x=number)
        last.text = match.group(0)
    _append(seg, last, text[position:])


def _append(seg: etree._Element, last: etree._Element | None, text: str) -> None:
    if not text:
        return
    if last is None:
        seg.text = (seg.text or "") + text
    else:
        last.tail = (last.tail or "") + text


def _kids(element: etree._Element, name: str) -> list[etree._Element]:
    """Children by local name: a TMX may declare the TMX 1.4 namespace, or none."""
    return [c for c in element if isinstance(c.tag, str) and local(c) == name]


def _kid(element: etree._Element, name: str) -> etree._Element | None:
    found = _kids(element, name)
    return found[0] if found else None


def _lang(tuv: etree._Element) -> str:
    return (tuv.get(_LANG) or tuv.get("lang") or "").lower()


@dataclass(slots=True)
class _Unit:
    """A `<tu>` and what the review reads of it."""

    id: str
    tu: etree._Element
    source: etree._Element | None  # <tuv>
    target: etree._Element | None
    tags: Tags
    read: Segment | None = None


def _units(root: etree._Element, path: Path) -> tuple[list[_Unit], tuple[str, ...]]:
    """Every `<tu>`, its source `<tuv>` (the header's srclang) and its target (a Japanese
    one if there is one, else the first other); and the notices of ids made up for it."""
    if local(root) != "tmx":
        raise InputError(
            path, f"not a TMX file: the root element is <{local(root)}>", root.sourceline
        )
    header = _kid(root, "header")
    source_lang = "" if header is None else (header.get("srclang") or "").lower()
    body = _kid(root, "body")
    if body is None:
        raise InputError(path, "a TMX file needs a <body>", root.sourceline)
    units: list[_Unit] = []
    ids = ReviewIds("<tu>")
    for number, tu in enumerate(_kids(body, "tu"), start=1):
        tuvs = [(tuv, _lang(tuv)) for tuv in _kids(tu, "tuv")]
        for tuv, _ in tuvs:
            if _kid(tuv, "seg") is None:
                raise InputError(path, "a <tuv> without a <seg>", tuv.sourceline)
        source = _pick(tuvs, lambda lang: _same(lang, source_lang))
        if source is None and tuvs:
            source = tuvs[0][0]
        others = [(tuv, lang) for tuv, lang in tuvs if tuv is not source]
        target = _pick(others, lambda lang: lang.startswith("ja"))
        if target is None and others:
            target = others[0][0]
        unit_id = ids.unique(tu.get("tuid") or str(number), number, tu.sourceline or 0)
        segs = [_kid(tuv, "seg") for tuv in (source, target) if tuv is not None]
        tags = Tags("".join(seg.itertext()) for seg in segs if seg is not None)
        units.append(_Unit(unit_id, tu, source, target, tags))
    return units, ids.notices()


def _seg_text(unit: _Unit, tuv: etree._Element | None, side: str) -> str:
    if tuv is None:
        return ""
    seg = _kid(tuv, "seg")
    assert seg is not None
    return unit.tags.flatten(seg, side=side)


def _read(unit: _Unit, path: Path) -> Segment:
    tu = unit.tu
    props = {p.get("type"): p.text or "" for p in _kids(tu, "prop")}
    status_text = props.get(STATUS_PROP, Status.NEW.value)
    try:
        status = Status(status_text)
    except ValueError:
        raise InputError(path, f"unknown {STATUS_PROP} “{status_text}”", tu.sourceline) from None
    source_text = _seg_text(unit, unit.source, "source")
    target_text = _seg_text(unit, unit.target, "target")
    mt = props.get(MT_PROP)
    return Segment(
        id=unit.id,
        mt=target_text if mt is None else mt,
        source=source_text or None,
        revision=None if mt is None or mt == target_text else target_text,
        status=status,
        note="\n".join((n.text or "").strip() for n in _kids(tu, "note")).strip(),
        tool_status=UNTRANSLATED if unit.target is None else "",
    )


def target_elements(
    data: bytes, path: Path, encoding: str | None = None
) -> tuple[etree._Element, list[tuple[str, etree._Element | None, etree._Element]]]:
    """The root, and each segment's id, target `<seg>` (None: it has none) and `<tu>`."""
    root = parse_xml(data, path, encoding).getroot()
    units, _ = _units(root, path)
    return root, [
        (unit.id, None if unit.target is None else _kid(unit.target, "seg"), unit.tu)
        for unit in units
    ]


def parse(
    data: bytes, path: Path, encoding: str | None = None
) -> tuple[list[tuple[int, Segment]], TmxOrigin]:
    root = parse_xml(data, path, encoding).getroot()
    units, notices = _units(root, path)
    rows = [(unit.tu.sourceline or 0, _read(unit, path)) for unit in units]
    target_lang = next(
        (t.get(_LANG) or t.get("lang") for u in units if (t := u.target) is not None), None
    )
    header = _kid(root, "header")
    declared = None if header is None else header.get("srclang")
    source_lang = None if declared == "*all*" else declared
    return rows, TmxOrigin(source_lang, target_lang, data, encoding, notices)


def _same(lang: str, wanted: str) -> bool:
    return bool(wanted) and wanted != "*all*" and re.split("[-_]", lang)[0] == wanted.split("-")[0]


def _pick(
    tuvs: list[tuple[etree._Element, str]], wanted: Callable[[str], bool]
) -> etree._Element | None:
    return next((tuv for tuv, lang in tuvs if wanted(lang)), None)


# writing back into the file read


def _write_back(document: Document, origin: TmxOrigin, keep_mt: bool) -> bytes:
    """The TMX the document was read from, with what the review changed: each changed
    segment's target `<seg>` (a new target `<tuv>` if it had none), its status as the
    `x-review-status` property (unless new and never set), its note, and with `keep_mt`
    the MT it replaced (`x-review-mt`); every other byte as it was (`xmlsplice`)."""
    path = document.path or Path("document.tmx")
    root = parse_xml(origin.data, path, origin.encoding).getroot()
    tracked = Tracked(origin.data, root, path, origin.encoding)
    units, _ = _units(root, path)
    wanted = document.by_id()
    refuse_strangers(document.segments, {unit.id for unit in units}, path, "TMX file")
    for unit in units:
        unit.read = _read(unit, path)
        segment = wanted.get(unit.id)
        if segment is None or segment == unit.read:
            continue
        for text in (segment.target, segment.mt, segment.note):
            check_text(text, path, f"segment “{segment.id}”")
        if segment.target != unit.read.target:
            _fill_target(unit, segment, origin, path)
        _set_prop(unit.tu, STATUS_PROP, segment.status.value, unless=Status.NEW.value)
        revised = segment.revision is not None and segment.revision != segment.mt
        if revised and (keep_mt or _prop(unit.tu, MT_PROP) is not None):
            _set_prop(unit.tu, MT_PROP, segment.mt)
        if segment.note != unit.read.note:
            _set_note(unit.tu, segment.note)
    return tracked.write()


def _fill_target(unit: _Unit, segment: Segment, origin: TmxOrigin, path: Path) -> None:
    tuv = unit.target
    if tuv is None:
        model = unit.source if unit.source is not None else _kids(unit.tu, "tuv")[-1]
        tuv = etree.Element(model.tag)
        tuv.set(_LANG, origin.target_lang or "ja")
        etree.SubElement(tuv, _qualified(model, "seg"))
        model.addnext(tuv)
        tuv.tail = model.tail
        unit.target = tuv
    seg = _kid(tuv, "seg")
    assert seg is not None
    try:
        unit.tags.fill(seg, segment.target, segment.source)
    except TagError as exc:
        raise InputError(
            path, f"segment “{segment.id}”: {exc}; fix the tags in the revision"
        ) from None


def _qualified(model: etree._Element, name: str) -> str:
    namespace = etree.QName(model).namespace
    return f"{{{namespace}}}{name}" if namespace else name


def _prop(tu: etree._Element, kind: str) -> etree._Element | None:
    return next((p for p in _kids(tu, "prop") if p.get("type") == kind), None)


def _set_prop(tu: etree._Element, kind: str, value: str, unless: str | None = None) -> None:
    prop = _prop(tu, kind)
    if prop is None:
        if value == unless:
            return
        prop = etree.Element(_qualified(tu, "prop"), type=kind)
        _insert_first(tu, prop)
    prop.text = value


def _set_note(tu: etree._Element, text: str) -> None:
    notes = _kids(tu, "note")
    for note in notes[1:]:
        tu.remove(note)
    if not text:
        if notes:
            tu.remove(notes[0])
        return
    note = notes[0] if notes else etree.Element(_qualified(tu, "note"))
    note.text = text
    if not notes:
        _insert_first(tu, note)


def _insert_first(tu: etree._Element, element: etree._Element) -> None:
    """Before the first `<tuv>` (TMX puts notes and properties first), indented like it."""
    first = _kid(tu, "tuv")
    if first is None:
        tu.append(element)
        return
    first.addprevious(element)
    previous = element.getprevious()
    element.tail = tu.text if previous is None else previous.tail
