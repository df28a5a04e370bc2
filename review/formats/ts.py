"""Qt Linguist TS: each message a segment, written back into its own file.

Reading: each `<message>` of each `<context>` is a segment, but those Qt keeps only as history
(`type="vanished"` or `"obsolete"`). Its id is the message's `id` attribute where it has one,
else `[CONTEXT] SOURCE`, with the disambiguation after a `|` (`[MainWindow|menu] Open`; line
breaks shown as `\\n`), so the review state follows a message when lupdate moves it. The
disambiguation is also the segment's `context`: one source said in two places Qt tells apart
may rightly be translated two ways. A plural message (`numerus="yes"`) is one segment where it
has one form (Japanese), else one per form (`ID[N]`). The translator comment is the note. The
file's own state is `tool_status`: `untranslated` (unfinished and empty), `unfinished` or
`finished`. A `<byte value="x9"/>` stands for its character.

Writing back changes, in each message the review changed, only its `<translation>` (or the
changed `<numerusform>`), its `type` (an approved or edited message is no longer
`unfinished`, a rejected one is) and its `<translatorcomment>`; every other byte stays
(`xmlsplice`). Any other document becomes a new TS of its segments with a source, one context
of messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from review.core.model import UNTRANSLATED, Document, Segment, Status
from review.formats.errors import InputError
from review.formats.review_ids import ReviewIds, refuse_strangers, shown
from review.formats.xmlsafe import check_text, local, parse_xml, serialize
from review.formats.xmlsplice import Tracked

UNFINISHED = "unfinished"
FINISHED = "finished"
_HISTORY = frozenset({"vanished", "obsolete"})
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True, slots=True)
class TsOrigin:
    """The TS file a document was read from, parsed again when it is written back."""

    data: bytes
    encoding: str | None
    source_lang: str | None
    target_lang: str | None
    notices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Form:
    """A segment of a message: its id, its source, which plural form it is, and where its
    text is (`_slots`; None where the message has no element for it yet)."""

    id: str
    message: etree._Element
    source: str
    index: int
    text: etree._Element | None
    part: str  # the message's context (a class)


def _kid(element: etree._Element, name: str) -> etree._Element | None:
    return element.find(name)


def _text(element: etree._Element | None) -> str:
    """The element's text with each `<byte value="xN"/>` as its character."""
    if element is None:
        return ""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "byte":
            parts.append(_byte(child.get("value", "")))
        parts.append(child.tail or "")
    return "".join(parts)


def _byte(value: str) -> str:
    try:
        return chr(int(value[1:], 16) if value[:1] in "xX" else int(value))
    except ValueError:
        return ""


def _variant(element: etree._Element) -> etree._Element:
    """Where a translation or plural form with length variants keeps its text: the first
    (longest) `<lengthvariant>`; the others are kept as they are."""
    if element.get("variants") == "yes":
        first = element.find("lengthvariant")
        if first is not None:
            return first
    return element


def _slots(message: etree._Element) -> list[etree._Element | None]:
    """Where each form of a message has its text: each `<numerusform>` of a plural message,
    else its `<translation>` (a length variant's, `_variant`); None for a form the file has
    no element for (a message without `<translation>`, a plural one without forms)."""
    translation = _kid(message, "translation")
    if translation is None:
        return [None]
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return [_variant(form) for form in forms] or [None]
    return [_variant(translation)]


def _history(message: etree._Element) -> bool:
    translation = _kid(message, "translation")
    return translation is not None and translation.get("type") in _HISTORY


def _messages(root: etree._Element, path: Path) -> tuple[list[_Form], tuple[str, ...]]:
    if local(root) != "TS":
        raise InputError(path, f"not a Qt TS file: the root element is <{local(root)}>", 1)
    ids = ReviewIds("messages")
    forms: list[_Form] = []
    position = 0
    for context in root.iter("context"):
        name = (_text(_kid(context, "name"))).strip()
        for message in context.iterfind("message"):
            if _history(message):
                continue
            source = _text(_kid(message, "source"))  # none: empty, as lconvert reads it
            slots = _slots(message)
            base = message.get("id") or _key(name, _text(_kid(message, "comment")), source)
            for number, slot in enumerate(slots):
                position += 1
                wanted = base if len(slots) == 1 else f"{base}[{number}]"
                segment_id = ids.unique(wanted, position, message.sourceline or 0)
                forms.append(_Form(segment_id, message, source, number, slot, name))
    return forms, ids.notices()


def _key(context: str, comment: str, source: str) -> str:
    """`[CONTEXT|COMMENT] SOURCE`, shown; a `<byte>`'s control character as `\\xNN`, so that
    the id can be written in XML (an XLIFF exported from the file)."""
    where = f"{context}|{comment}" if comment else context
    key = shown(f"[{where}] {source}" if where else source)
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", key)


def _status(message: etree._Element, target: str) -> str:
    translation = _kid(message, "translation")
    if translation is not None and translation.get("type") == UNFINISHED:
        return UNFINISHED if target else UNTRANSLATED
    return FINISHED if target else UNTRANSLATED


def _segment(form: _Form) -> Segment:
    target = _text(form.text)
    return Segment(
        id=form.id,
        mt=target,
        source=form.source or None,
        note=_text(_kid(form.message, "translatorcomment")),
        tool_status=_status(form.message, target),
        context=_text(_kid(form.message, "comment")),
        part=form.part,
    )


def _line(form: _Form) -> int:
    element = form.text if form.text is not None else form.message
    return element.sourceline or form.message.sourceline or 1


def parse(
    data: bytes, path: Path, encoding: str | None = None
) -> tuple[list[tuple[int, Segment]], TsOrigin]:
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head and not head.startswith((b"<", b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, "not a Qt Linguist TS file: no XML (a TypeScript file?)", 1)
    root = parse_xml(data, path, encoding).getroot()
    forms, notices = _messages(root, path)
    rows = [(_line(form), _segment(form)) for form in forms]
    origin = TsOrigin(data, encoding, root.get("sourcelanguage"), root.get("language"), notices)
    return rows, origin


def target_elements(
    data: bytes, path: Path, encoding: str | None = None
) -> tuple[etree._Element, list[tuple[str, etree._Element | None, etree._Element]]]:
    """The root, and each segment's id, the element holding its text (None: it has none) and
    its `<message>`."""
    root = parse_xml(data, path, encoding).getroot()
    forms, _ = _messages(root, path)
    return root, [(form.id, form.text, form.message) for form in forms]


def render(document: Document) -> bytes:
    if isinstance(document.origin, TsOrigin):
        return _write_back(document, document.origin)
    return _fresh(document)


def _fresh(document: Document) -> bytes:
    from review.formats.tmx import languages

    path = document.path or "document"
    source_lang, target_lang = (lang.replace("-", "_") for lang in languages(document, None, None))
    root = etree.Element("TS", version="2.1", language=target_lang, sourcelanguage=source_lang)
    context = etree.SubElement(root, "context")
    etree.SubElement(context, "name").text = "review"
    for segment in document.segments:
        if not segment.source:
            continue
        for text in (segment.id, segment.source, segment.target, segment.note):
            check_text(text, path, f"segment “{segment.id}”")
        message = etree.SubElement(context, "message", id=segment.id)
        etree.SubElement(message, "source").text = segment.source
        if segment.note:
            etree.SubElement(message, "translatorcomment").text = segment.note
        translation = etree.SubElement(message, "translation")
        translation.text = segment.target
        if segment.status is Status.REJECTED or not segment.target:
            translation.set("type", UNFINISHED)
    etree.indent(root, space="    ")
    text = serialize(root).replace("<TS ", "<!DOCTYPE TS>\n<TS ", 1)
    return text.encode("utf-8")


def _write_back(document: Document, origin: TsOrigin) -> bytes:
    """The TS file the document was read from, with what the review changed."""
    path = document.path or Path("document.ts")
    root = parse_xml(origin.data, path, origin.encoding).getroot()
    tracked = Tracked(origin.data, root, path, origin.encoding)
    forms, _ = _messages(root, path)
    wanted = document.by_id()
    refuse_strangers(document.segments, {form.id for form in forms}, path, "TS file")
    by_message: dict[etree._Element, list[tuple[_Form, Segment]]] = {}
    for form in forms:
        segment = wanted.get(form.id)
        if segment is not None and segment != _segment(form):
            by_message.setdefault(form.message, []).append((form, segment))
    for message, changed in by_message.items():
        _write_message(message, changed, path)
    return tracked.write()


def _write_message(
    message: etree._Element, changed: list[tuple[_Form, Segment]], path: Path
) -> None:
    for form, segment in changed:
        where = f"segment “{segment.id}”"
        check_text(_CONTROL.sub("", segment.target), path, where)  # those are <byte>s
        check_text(segment.note, path, where)
        if _text(form.text) != segment.target:
            _fill(_made(message, form.index), segment.target)
    translation = _kid(message, "translation")
    if translation is not None:
        statuses = {segment.status for _, segment in changed}
        unfilled = not all(_text(slot) for slot in _slots(message))  # a plural form too
        if Status.REJECTED in statuses or unfilled:
            translation.set("type", UNFINISHED)
        elif statuses & {Status.APPROVED, Status.EDITED} and translation.get("type") == UNFINISHED:
            del translation.attrib["type"]
    had = _text(_kid(message, "translatorcomment"))
    notes = list(dict.fromkeys(s.note for _, s in changed if s.note != had))  # one per message
    if notes:  # "" alone clears it
        _set_comment(message, "\n".join(filter(None, notes)))


def _made(message: etree._Element, index: int) -> etree._Element:
    """The element that holds form `index`'s text, made where the file lacks it: the
    `<translation>`, and in a plural message its `<numerusform>`s up to that one."""
    translation = _kid(message, "translation")
    if translation is None:
        translation = etree.SubElement(message, "translation")
        _indent_like(message, translation)
    if message.get("numerus") != "yes":
        return _variant(translation)
    forms = translation.findall("numerusform")
    while len(forms) <= index:
        if not forms and translation.text and translation.text.strip():
            translation.text = None  # text straight in a plural <translation>: Qt's error
        form = etree.SubElement(translation, "numerusform")
        forms.append(form)
    return _variant(forms[index])


def _fill(element: etree._Element, text: str) -> None:
    """The element's text, each character XML cannot carry as a `<byte>`."""
    for child in list(element):
        if child.tag == "byte":
            element.remove(child)
    pieces = _CONTROL.split(text)
    element.text = pieces[0]
    for control, piece in zip(_CONTROL.findall(text), pieces[1:], strict=True):
        byte = etree.SubElement(element, "byte", value=f"x{ord(control):X}")
        byte.tail = piece


def _set_comment(message: etree._Element, note: str) -> None:
    comment = _kid(message, "translatorcomment")
    if not note:
        if comment is not None:
            previous = comment.getprevious()
            if previous is not None:
                previous.tail = comment.tail
            message.remove(comment)
        return
    if comment is None:
        comment = etree.Element("translatorcomment")
        translation = _kid(message, "translation")
        if translation is None:  # the last child, as Qt writes it before <translation>
            message.append(comment)
            _indent_like(message, comment)
        else:
            translation.addprevious(comment)
            previous = comment.getprevious()
            comment.tail = message.text if previous is None else previous.tail
    comment.text = note


def _indent_like(message: etree._Element, added: etree._Element) -> None:
    """A new last child, on its own line like its elder sibling, the closing tag after it."""
    previous = added.getprevious()
    if previous is None:
        return
    added.tail = previous.tail
    previous.tail = message.text
