"""TMX 1.4: approved pairs out, as translation memory; and TMX in, as a document.

Writing keeps only approved segments that have a source and a target (all of them for a
document read from TMX, which is written back whole): one `<tu tuid=id>` with
the source `<tuv>` (language from the XLIFF the document came from, else `source_lang`, else
`en`) and the target `<tuv>` (`ja` unless told otherwise). Placeholders of XLIFF inline codes
become TMX codes holding the placeholder as their native text (`<g1>` → `<bpt i="1">`,
`</g1>` → `<ept i="1">`, `<x2/>` → `<ph x="2">`), as OmegaT writes them. The review keeps
what it knows in properties: `x-review-status`, and `x-review-mt` when a revision replaced
the MT; the segment note becomes the `<note>`.

Reading takes each `<tu>`: the `<tuv>` in the header's `srclang` is the source, the first
other one (a Japanese one if there is one) the target; codes give back their native text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from review import __version__
from review.core.model import Document, Segment, Status
from review.formats.errors import InputError
from review.formats.xliff import XliffOrigin
from review.formats.xliff_inline import PLACEHOLDER
from review.formats.xmlsafe import check_text, local, parse_xml, serialize

_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_CODES = frozenset({"bpt", "ept", "ph", "it", "ut"})
STATUS_PROP = "x-review-status"
MT_PROP = "x-review-mt"


@dataclass(frozen=True, slots=True)
class TmxOrigin:
    """A document read from TMX: written back whole, in its own languages."""

    source_lang: str | None
    target_lang: str | None


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
    document: Document, *, source_lang: str | None = None, target_lang: str | None = None
) -> bytes:
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


def _seg_text(seg: etree._Element) -> str:
    parts = [seg.text or ""]
    for child in seg:
        if isinstance(child.tag, str):
            parts.append("".join(child.itertext()) if local(child) in _CODES else _seg_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _lang(tuv: etree._Element) -> str:
    return (tuv.get(_LANG) or tuv.get("lang") or "").lower()


def parse(
    data: bytes, path: Path, encoding: str | None = None
) -> tuple[list[tuple[int, Segment]], TmxOrigin]:
    root = parse_xml(data, path, encoding).getroot()
    if local(root) != "tmx":
        raise InputError(
            path, f"not a TMX file: the root element is <{local(root)}>", root.sourceline
        )
    header = root.find("header")
    source_lang = "" if header is None else (header.get("srclang") or "").lower()
    body = root.find("body")
    if body is None:
        raise InputError(path, "a TMX file needs a <body>", root.sourceline)
    rows: list[tuple[int, Segment]] = []
    target_lang: str | None = None
    for number, tu in enumerate(body.iter("tu"), start=1):
        line = tu.sourceline or 0
        tuvs = [(tuv, _lang(tuv)) for tuv in tu.findall("tuv")]
        source = _pick(tuvs, lambda lang: _same(lang, source_lang))
        if source is None and tuvs:
            source = tuvs[0][0]
        others = [(tuv, lang) for tuv, lang in tuvs if tuv is not source]
        target = _pick(others, lambda lang: lang.startswith("ja"))
        if target is None and others:
            target = others[0][0]
        if target is None:
            raise InputError(path, "a <tu> needs a source and a target <tuv>", line)
        target_lang = target_lang or target.get(_LANG) or target.get("lang")
        props = {p.get("type"): p.text or "" for p in tu.findall("prop")}
        status_text = props.get(STATUS_PROP, Status.NEW.value)
        try:
            status = Status(status_text)
        except ValueError:
            raise InputError(path, f"unknown {STATUS_PROP} “{status_text}”", line) from None
        target_text = _text_of(target, path)
        mt = props.get(MT_PROP)
        source_text = _text_of(source, path) if source is not None else ""
        rows.append(
            (
                line,
                Segment(
                    id=tu.get("tuid") or str(number),
                    mt=target_text if mt is None else mt,
                    source=source_text or None,
                    revision=None if mt is None or mt == target_text else target_text,
                    status=status,
                    note="\n".join((n.text or "").strip() for n in tu.findall("note")).strip(),
                ),
            )
        )
    declared = None if header is None else header.get("srclang")
    return rows, TmxOrigin(None if declared == "*all*" else declared, target_lang)


def _same(lang: str, wanted: str) -> bool:
    return bool(wanted) and wanted != "*all*" and re.split("[-_]", lang)[0] == wanted.split("-")[0]


def _pick(
    tuvs: list[tuple[etree._Element, str]], wanted: Callable[[str], bool]
) -> etree._Element | None:
    return next((tuv for tuv, lang in tuvs if wanted(lang)), None)


def _text_of(tuv: etree._Element, path: Path) -> str:
    seg = tuv.find("seg")
    if seg is None:
        raise InputError(path, "a <tuv> without a <seg>", tuv.sourceline)
    return _seg_text(seg)
