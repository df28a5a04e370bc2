"""XLIFF 1.2 and 2.x documents: read, and write back preserving what the reviewer did not touch.

Reading. One segment per translatable unit (1.2 `<trans-unit>`; 2.x `<segment>`, and 1.2
`<seg-source>` `<mrk mtype="seg">` sentences). Ids are the unit id, with the file's
`original`/`id` in front when the document has several files (`file/unit`) and the segment's
id (or number) behind when a unit has several segments (`unit/2`). Inline codes become
placeholders (see `xliff_inline`).

* `mt` is the target, unless the unit keeps the MT apart from a revised target: 1.2 an
  `<alt-trans alttranstype="previous-version" origin="mt">`, 2.x an `<mtc:match type="mt">`
  for the segment (ours say `subType="mt-review:previous-version"`); then the target is the
  `revision`. An MT match beside an empty target is simply the MT.
* `reference`: 1.2 `<alt-trans alttranstype="reference">`; 2.x `<mtc:match type="other"
  subType="mt-review:reference">`.
* `status`: approved for 1.2 `approved="yes"` or state `signed-off`/`final`, 2.x state
  `final`; rejected for a 1.2 `state-qualifier` `rejected-*` or 2.x subState
  `mt-review:rejected`; edited when there is a revision (or 2.x state `reviewed`); else new.
* `note`: the unit's notes, one per line, except the QA notes this tool writes. A unit's
  notes belong to its first segment.

Writing. A document read from XLIFF is written into a fresh parse of the same file: a unit
whose segments are as they were read is left exactly as it was; a changed one gets its target
(revision, else MT), its state (edited → 1.2 `translated` / 2.x `reviewed`; approved →
1.2 `signed-off` (or `final`) + `approved="yes"` / 2.x `final`; rejected as above), the MT
kept as above when a revision replaces it, and its notes (kept notes stay as they were, new
lines become a reviewer note). Findings, when given, become notes (1.2
`from="mt-review QA"`, 2.x `category="mt-review-qa"`), replacing those of an earlier export.
Any other document, or one read from the other XLIFF version, is written as a new file.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from review import __version__
from review.core.model import UNTRANSLATED, Document, Finding, Segment, Status
from review.formats.errors import InputError
from review.formats.review_ids import ReviewIds, refuse_strangers
from review.formats.xliff_inline import TagError, Tags
from review.formats.xliff_tools import CatTool, cat_tool
from review.formats.xmlsafe import check_text, local, parse_xml, serialize
from review.formats.xmlsplice import Tracked

NS1 = "urn:oasis:names:tc:xliff:document:1.2"
NS2 = "urn:oasis:names:tc:xliff:document:2.0"
NS_MTC = "urn:oasis:names:tc:xliff:matches:2.0"
QA_FROM = "mt-review QA"
QA_CATEGORY = "mt-review-qa"
REVIEW_FROM = "reviewer"
REVIEW_CATEGORY = "review"
REJECTED_SUBSTATE = "mt-review:rejected"
REFERENCE_SUBTYPE = "mt-review:reference"
MT_SUBTYPE = "mt-review:previous-version"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_NMTOKEN = re.compile(r"^[\w.\-:]+$")
_PRIORITY = {"error": "1", "warning": "5", "info": "9"}


@dataclass(frozen=True, slots=True)
class XliffOrigin:
    """The file a document was read from, parsed again when it is written back."""

    version: str
    data: bytes
    encoding: str | None
    source_lang: str | None
    target_lang: str | None
    notices: tuple[str, ...] = ()

    @property
    def major(self) -> int:
        return 2 if self.version.startswith("2") else 1


@dataclass(slots=True)
class _Slot:
    """Where one segment lives in the tree."""

    id: str
    line: int
    unit: etree._Element
    source: etree._Element
    target: etree._Element | None
    tags: Tags
    segment: etree._Element | None = None  # 2.x <segment>
    mid: str | None = None  # 1.2 <mrk mtype="seg" mid>
    first: bool = True
    read: Segment | None = None


@dataclass(slots=True)
class _Unit:
    element: etree._Element
    slots: list[_Slot] = field(default_factory=list)


def _qn(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}" if ns else name


def _kids(element: etree._Element, ns: str, name: str) -> list[etree._Element]:
    tag = _qn(ns, name)
    return [child for child in element if child.tag == tag]


def _kid(element: etree._Element, ns: str, name: str) -> etree._Element | None:
    found = _kids(element, ns, name)
    return found[0] if found else None


def _text(element: etree._Element) -> str:
    return "".join(element.itertext())


class _Dialect:
    """What differs between XLIFF 1.2 and 2.x."""

    major = 1

    def __init__(self, ns: str, path: Path) -> None:
        self.ns = ns
        self.path = path
        self.notices: tuple[str, ...] = ()
        self.tool: CatTool | None = None

    # reading

    def units(self, root: etree._Element) -> list[_Unit]:
        """The translatable units. A unit without an id, or a segment whose id another has
        already, gets an id for the review alone (never written into the file), stable
        while the file keeps its units: `#N` for the file's Nth unit, `ID#N` for a repeated
        one; `self.notices` says so."""
        if self.major == 1:
            self.tool = cat_tool(root)
        files = _kids(root, self.ns, "file")
        units: list[_Unit] = []
        ids = ReviewIds(f"<{self.unit_name}>")
        for number, file in enumerate(files, start=1):
            prefix = f"{self.file_key(file) or number}/" if len(files) > 1 else ""
            for position, element in enumerate(file.iter(_qn(self.ns, self.unit_name)), 1):
                if not _translatable(element):
                    continue
                line = element.sourceline or 0
                unit_id = element.get("id") or ids.missing(position, line)
                unit = _Unit(element)
                self.slots(unit, prefix + unit_id)
                for slot in unit.slots:
                    slot.id = ids.unique(slot.id, position, slot.line)
                units.append(unit)
        self.notices = ids.notices()
        return units

    unit_name = "trans-unit"

    def file_key(self, file: etree._Element) -> str | None:
        return file.get("original")

    def slots(self, unit: _Unit, base: str) -> None:
        element = unit.element
        source = _kid(element, self.ns, "source")
        if source is None:
            raise InputError(self.path, f"unit “{base}” has no <source>", element.sourceline)
        target = _kid(element, self.ns, "target")
        seg_source = _kid(element, self.ns, "seg-source")
        marks = [] if seg_source is None else self._marks(seg_source)
        tags = Tags(_text(e) for e in (source, target, seg_source) if e is not None)
        if not marks:
            unit.slots.append(_Slot(base, element.sourceline or 0, element, source, target, tags))
            return
        targets = {} if target is None else {m.get("mid"): m for m in self._marks(target)}
        for number, mark in enumerate(marks, start=1):
            mid = mark.get("mid") or str(number)
            slot_id = base if len(marks) == 1 else f"{base}/{mid}"
            line = mark.sourceline or element.sourceline or 0
            unit.slots.append(_Slot(slot_id, line, element, mark, targets.get(mid), tags, mid=mid))
        for slot in unit.slots[1:]:
            slot.first = False

    def _marks(self, element: etree._Element) -> list[etree._Element]:
        return [m for m in element.iter(_qn(self.ns, "mrk")) if m.get("mtype") == "seg"]

    def read(self, unit: _Unit) -> None:
        notes = self.notes_text(unit.element)
        sources = [slot.tags.flatten(slot.source) for slot in unit.slots]
        targets = [
            "" if slot.target is None else slot.tags.flatten(slot.target, side="target")
            for slot in unit.slots
        ]
        for slot, source, target in zip(unit.slots, sources, targets, strict=True):
            kept_mt = self._kept(unit.element, slot, mt=True, target_empty=not target)
            mt = target if kept_mt is None else slot.tags.flatten(kept_mt, side="mt")
            # an MT kept by a review stands beside its revision, even an emptied one; an MT
            # a pipeline left beside an empty target is just the MT
            revised = kept_mt is not None and target != mt
            if kept_mt is not None and revised and not target:
                revised = slot.target is not None and self.kept_by_review(kept_mt)
            revision = target if revised else None
            kept_reference = self._kept(unit.element, slot, mt=False, target_empty=False)
            reference = None
            if kept_reference is not None:
                reference = slot.tags.flatten(kept_reference, side="reference") or None
            slot.read = Segment(
                id=slot.id,
                mt=mt,
                source=source or None,
                reference=reference,
                revision=revision,
                status=self.status(unit.element, slot, revision is not None),
                note=notes if slot.first else "",
                tool_status=self.tool_status(unit.element, slot),
                locked=self.locked(unit.element, slot),
            )

    def tool_status(self, unit: etree._Element, slot: _Slot) -> str:
        """The CAT tool's own status of the segment where its file keeps one (`xliff_tools`),
        else the target's `state`; `untranslated` where the unit has no target at all."""
        if self.tool is not None:
            return self.tool.status_of(unit, slot.mid)
        target = _kid(unit, self.ns, "target")
        return UNTRANSLATED if target is None else target.get("state", "")

    def status(self, unit: etree._Element, slot: _Slot, revised: bool) -> Status:
        if self.tool is not None:
            return self.tool.review_status(self.tool.status_of(unit, slot.mid), revised)
        target = _kid(unit, self.ns, "target")
        state = "" if target is None else target.get("state", "")
        qualifier = "" if target is None else target.get("state-qualifier", "")
        if unit.get("approved") == "yes" or state in ("signed-off", "final"):
            return Status.APPROVED
        if qualifier.startswith("rejected"):
            return Status.REJECTED
        return Status.EDITED if revised else Status.NEW

    def locked(self, unit: etree._Element, slot: _Slot) -> bool:
        return self.tool is not None and self.tool.locked(unit, slot.mid)

    def _kept(
        self, unit: etree._Element, slot: _Slot, *, mt: bool, target_empty: bool
    ) -> etree._Element | None:
        """The element holding the kept MT (or the reference) for this slot."""
        chosen = None
        for alt in _kids(unit, self.ns, "alt-trans"):
            kind = alt.get("alttranstype", "proposal")
            origin = alt.get("origin", "").lower()
            if mt and kind == "previous-version" and origin == "mt":
                chosen = alt
                break
            if mt and target_empty and origin == "mt" and chosen is None:
                chosen = alt
            if not mt and kind == "reference":
                chosen = alt
                break
        if chosen is None:
            return None
        target = _kid(chosen, self.ns, "target")
        if target is None or slot.mid is None:
            return target
        return next((m for m in self._marks(target) if m.get("mid") == slot.mid), None)

    def keeps_mt(self, slot: _Slot) -> bool:
        """Whether the unit keeps the slot's MT beside its revision already (an earlier
        export with `keep_mt` did)."""
        kept = self._kept(slot.unit, slot, mt=True, target_empty=False)
        return kept is not None and self.kept_by_review(kept)

    def kept_by_review(self, kept: etree._Element) -> bool:
        alt = next((a for a in kept.iterancestors() if local(a) == "alt-trans"), None)
        return alt is not None and alt.get("alttranstype") == "previous-version"

    def note_elements(self, unit: etree._Element) -> list[etree._Element]:
        return [n for n in _kids(unit, self.ns, "note") if n.get("from") != QA_FROM]

    def notes_text(self, unit: etree._Element) -> str:
        texts = [_text(n).strip() for n in self.note_elements(unit)]
        return "\n".join(t for t in texts if t)

    # writing

    def new_target(self, slot: _Slot) -> etree._Element:
        unit = slot.unit
        target = _kid(unit, self.ns, "target")
        if target is None:
            anchor = _kid(unit, self.ns, "seg-source")
            if anchor is None:
                anchor = _kid(unit, self.ns, "source")
            assert anchor is not None
            target = etree.Element(_qn(self.ns, "target"))
            anchor.addnext(target)
            target.tail = anchor.tail
        if slot.mid is None:
            return target
        mark = next((m for m in self._marks(target) if m.get("mid") == slot.mid), None)
        if mark is None:
            mark = etree.SubElement(target, _qn(self.ns, "mrk"), mtype="seg", mid=slot.mid)
        return mark

    def keep(self, slot: _Slot, *, mt: bool) -> etree._Element:
        """The element to hold the kept MT (or reference) for this slot, made if missing."""
        unit = slot.unit
        alt = None
        for candidate in _kids(unit, self.ns, "alt-trans"):
            kind = candidate.get("alttranstype", "proposal")
            if (
                mt and kind == "previous-version" and candidate.get("origin", "").lower() == "mt"
            ) or (not mt and kind == "reference"):
                alt = candidate
            if alt is not None:
                break
        if alt is None:
            attributes = {"alttranstype": "previous-version" if mt else "reference"}
            if mt:
                attributes["origin"] = "mt"
            alt = etree.SubElement(unit, _qn(self.ns, "alt-trans"), attributes)
        target = _kid(alt, self.ns, "target")
        if target is None:
            target = etree.SubElement(alt, _qn(self.ns, "target"))
        if slot.mid is None:
            return target
        mark = next((m for m in self._marks(target) if m.get("mid") == slot.mid), None)
        if mark is None:
            mark = etree.SubElement(target, _qn(self.ns, "mrk"), mtype="seg", mid=slot.mid)
        return mark

    def set_status(self, slot: _Slot, status: Status, *, final: bool) -> None:
        unit = slot.unit
        if self.tool is not None:
            has_target = slot.target is not None and bool(_text(slot.target).strip())
            self.tool.decide(unit, slot.mid, status, final=final, target=has_target)
            return
        unit.attrib.pop("approved", None)
        target = _kid(unit, self.ns, "target")
        if target is None:
            if status is Status.NEW:
                return
            target = self.new_target(_Slot(slot.id, 0, unit, slot.source, None, slot.tags))
        qualifier = target.get("state-qualifier", "")
        if qualifier.startswith("rejected") or (qualifier and status is Status.EDITED):
            del target.attrib["state-qualifier"]  # a rejection undone; edited, not mt-suggestion
        if status is Status.APPROVED:
            unit.set("approved", "yes")
            target.set("state", "final" if final else "signed-off")
        elif status is Status.EDITED:
            target.set("state", "translated")
        elif status is Status.REJECTED:
            target.set("state", "needs-review-translation")
            target.set("state-qualifier", "rejected-inaccurate")
        elif target.get("state") in (None, "signed-off", "final", "translated"):
            target.set("state", "needs-review-translation")

    def clear_qa_notes(self, unit: etree._Element) -> None:
        for note in _kids(unit, self.ns, "note"):
            if note.get("from") == QA_FROM:
                unit.remove(note)

    def add_note(self, unit: etree._Element, text: str, *, qa: str | None = None) -> None:
        note = etree.SubElement(unit, _qn(self.ns, "note"))
        note.text = text
        if qa is None:
            note.set("from", REVIEW_FROM)
        else:
            note.set("from", QA_FROM)
            note.set("priority", _PRIORITY[qa])
            note.set("annotates", "target")

    def remove_note(self, unit: etree._Element, note: etree._Element) -> None:
        parent = note.getparent()
        if parent is not None:
            parent.remove(note)

    # a new file

    def skeleton(
        self, name: str, source_lang: str, target_lang: str
    ) -> tuple[etree._Element, etree._Element]:
        root = etree.Element(_qn(NS1, "xliff"), nsmap={None: NS1}, version="1.2")
        file = etree.SubElement(
            root,
            _qn(NS1, "file"),
            {
                "original": name,
                "source-language": source_lang,
                "target-language": target_lang,
                "datatype": "plaintext",
            },
        )
        header = etree.SubElement(file, _qn(NS1, "header"))
        etree.SubElement(
            header,
            _qn(NS1, "tool"),
            {"tool-id": "mt-review", "tool-name": "review", "tool-version": __version__},
        )
        return root, etree.SubElement(file, _qn(NS1, "body"))

    def new_unit(self, body: etree._Element, unit_id: str) -> tuple[etree._Element, ...]:
        unit = etree.SubElement(body, _qn(NS1, "trans-unit"), id=unit_id)
        unit.set(_XML_SPACE, "preserve")
        source = etree.SubElement(unit, _qn(NS1, "source"))
        return unit, unit, source

    def code(self, kind: str, number: int) -> etree._Element:
        n = str(number)
        if kind == "g":
            return etree.Element(_qn(NS1, "g"), id=n)
        if kind == "b":
            return etree.Element(_qn(NS1, "bx"), id=n, rid=n)
        if kind == "e":
            return etree.Element(_qn(NS1, "ex"), id=f"{n}e", rid=n)
        return etree.Element(_qn(NS1, "x"), id=n)


class _Dialect2(_Dialect):
    major = 2
    unit_name = "unit"

    def file_key(self, file: etree._Element) -> str | None:
        return file.get("id")

    def slots(self, unit: _Unit, base: str) -> None:
        element = unit.element
        segments = _kids(element, self.ns, "segment")
        if not segments:
            raise InputError(self.path, f"unit “{base}” has no <segment>", element.sourceline)
        texts = [_text(e) for s in segments for e in s if isinstance(e.tag, str)]
        tags = Tags(texts)
        for number, segment in enumerate(segments, start=1):
            source = _kid(segment, self.ns, "source")
            if source is None:
                raise InputError(
                    self.path, f"a segment of unit “{base}” has no <source>", segment.sourceline
                )
            slot_id = base if len(segments) == 1 else f"{base}/{segment.get('id') or number}"
            unit.slots.append(
                _Slot(
                    slot_id,
                    segment.sourceline or 0,
                    element,
                    source,
                    _kid(segment, self.ns, "target"),
                    tags,
                    segment=segment,
                    first=number == 1,
                )
            )

    def tool_status(self, unit: etree._Element, slot: _Slot) -> str:
        assert slot.segment is not None
        return slot.segment.get("state", "initial")

    def status(self, unit: etree._Element, slot: _Slot, revised: bool) -> Status:
        assert slot.segment is not None
        state = slot.segment.get("state", "")
        if state == "final":
            return Status.APPROVED
        if slot.segment.get("subState") == REJECTED_SUBSTATE:
            return Status.REJECTED
        return Status.EDITED if revised or state == "reviewed" else Status.NEW

    def _matches(self, unit: etree._Element, slot: _Slot) -> list[etree._Element]:
        assert slot.segment is not None
        ref = f"#{slot.segment.get('id')}" if slot.segment.get("id") else None
        found: list[etree._Element] = []
        for matches in _kids(unit, NS_MTC, "matches"):
            for match in _kids(matches, NS_MTC, "match"):
                if match.get("ref") == ref or (ref is None and len(self._segments(unit)) == 1):
                    found.append(match)
        return found

    def _segments(self, unit: etree._Element) -> list[etree._Element]:
        return _kids(unit, self.ns, "segment")

    def _kept(
        self, unit: etree._Element, slot: _Slot, *, mt: bool, target_empty: bool
    ) -> etree._Element | None:
        for match in self._matches(unit, slot):
            if mt and match.get("type") == "mt":
                return _kid(match, self.ns, "target")
            if not mt and match.get("subType") == REFERENCE_SUBTYPE:
                return _kid(match, self.ns, "target")
        return None

    def kept_by_review(self, kept: etree._Element) -> bool:
        match = kept.getparent()
        return match is not None and match.get("subType") == MT_SUBTYPE

    def note_elements(self, unit: etree._Element) -> list[etree._Element]:
        notes = _kid(unit, self.ns, "notes")
        if notes is None:
            return []
        return [n for n in _kids(notes, self.ns, "note") if n.get("category") != QA_CATEGORY]

    def new_target(self, slot: _Slot) -> etree._Element:
        assert slot.segment is not None
        target = _kid(slot.segment, self.ns, "target")
        if target is None:
            target = etree.Element(_qn(self.ns, "target"))
            slot.source.addnext(target)
            target.tail = slot.source.tail
        return target

    def keep(self, slot: _Slot, *, mt: bool) -> etree._Element:
        unit, segment = slot.unit, slot.segment
        assert segment is not None
        if not segment.get("id"):
            taken = {s.get("id") for s in self._segments(unit)}
            number = str(self._segments(unit).index(segment) + 1)
            segment.set("id", number if number not in taken else f"mt-review-{number}")
        ref = f"#{segment.get('id')}"
        for match in self._matches(unit, slot):
            if (mt and match.get("type") == "mt") or (
                not mt and match.get("subType") == REFERENCE_SUBTYPE
            ):
                if mt:  # it now holds the version the revision replaced
                    match.set("subType", MT_SUBTYPE)
                target = _kid(match, self.ns, "target")
                if target is None:
                    target = etree.SubElement(match, _qn(self.ns, "target"))
                return target
        matches = _kid(unit, NS_MTC, "matches")
        if matches is None:
            matches = etree.Element(_qn(NS_MTC, "matches"), nsmap={"mtc": NS_MTC})
            unit.insert(0, matches)
        attributes = {"ref": ref, "type": "mt", "origin": "mt", "subType": MT_SUBTYPE}
        if not mt:
            attributes = {"ref": ref, "type": "other", "subType": REFERENCE_SUBTYPE}
        match = etree.SubElement(matches, _qn(NS_MTC, "match"), attributes)
        match.append(copy.deepcopy(slot.source))
        match[-1].tail = None
        return etree.SubElement(match, _qn(self.ns, "target"))

    def set_status(self, slot: _Slot, status: Status, *, final: bool) -> None:
        segment = slot.segment
        assert segment is not None
        if segment.get("subState") == REJECTED_SUBSTATE:
            del segment.attrib["subState"]
        has_target = _kid(segment, self.ns, "target") is not None
        if status is Status.APPROVED:
            segment.set("state", "final")
        elif status is Status.EDITED:
            segment.set("state", "reviewed")
        elif status is Status.REJECTED:
            segment.set("state", "initial")
            segment.set("subState", REJECTED_SUBSTATE)
        elif segment.get("state") not in (None, "initial", "translated"):
            segment.set("state", "translated" if has_target else "initial")
        if segment.get("state") not in (None, "initial") and not has_target:
            self.new_target(slot)

    def _notes(self, unit: etree._Element, create: bool) -> etree._Element | None:
        notes = _kid(unit, self.ns, "notes")
        if notes is None and create:
            notes = etree.Element(_qn(self.ns, "notes"))
            position = 0
            while position < len(unit) and etree.QName(unit[position]).namespace != self.ns:
                position += 1
            unit.insert(position, notes)
        return notes

    def clear_qa_notes(self, unit: etree._Element) -> None:
        notes = self._notes(unit, create=False)
        if notes is None:
            return
        for note in _kids(notes, self.ns, "note"):
            if note.get("category") == QA_CATEGORY:
                notes.remove(note)
        if len(notes) == 0:
            unit.remove(notes)

    def add_note(self, unit: etree._Element, text: str, *, qa: str | None = None) -> None:
        notes = self._notes(unit, create=True)
        assert notes is not None
        note = etree.SubElement(notes, _qn(self.ns, "note"))
        note.text = text
        if qa is None:
            note.set("category", REVIEW_CATEGORY)
        else:
            note.set("category", QA_CATEGORY)
            note.set("priority", _PRIORITY[qa])
            note.set("appliesTo", "target")

    def remove_note(self, unit: etree._Element, note: etree._Element) -> None:
        super().remove_note(unit, note)
        notes = self._notes(unit, create=False)
        if notes is not None and len(notes) == 0:
            unit.remove(notes)

    def skeleton(
        self, name: str, source_lang: str, target_lang: str
    ) -> tuple[etree._Element, etree._Element]:
        root = etree.Element(
            _qn(NS2, "xliff"),
            nsmap={None: NS2},
            version="2.0",
            srcLang=source_lang,
            trgLang=target_lang,
        )
        return root, etree.SubElement(root, _qn(NS2, "file"), id="f1", original=name)

    def new_unit(self, body: etree._Element, unit_id: str) -> tuple[etree._Element, ...]:
        unit = etree.SubElement(body, _qn(NS2, "unit"), id=unit_id)
        segment = etree.SubElement(unit, _qn(NS2, "segment"))
        segment.set(_XML_SPACE, "preserve")
        source = etree.SubElement(segment, _qn(NS2, "source"))
        return unit, segment, source

    def code(self, kind: str, number: int) -> etree._Element:
        n = str(number)
        if kind == "g":
            return etree.Element(_qn(NS2, "pc"), id=n)
        if kind == "b":
            return etree.Element(_qn(NS2, "sc"), id=n)
        if kind == "e":
            return etree.Element(_qn(NS2, "ec"), startRef=n)
        return etree.Element(_qn(NS2, "ph"), id=n)


def _dialect(root: etree._Element, path: Path) -> _Dialect:
    if local(root) != "xliff":
        raise InputError(
            path, f"not an XLIFF file: the root element is <{local(root)}>", root.sourceline
        )
    version = root.get("version", "")
    ns = etree.QName(root).namespace or ""
    if version.startswith("2") or ns == NS2:
        return _Dialect2(ns, path)
    if version.startswith("1") or ns.startswith("urn:oasis:names:tc:xliff:document:1"):
        return _Dialect(ns, path)
    raise InputError(path, f"unsupported XLIFF version “{version}”", root.sourceline)


def _languages(root: etree._Element, dialect: _Dialect) -> tuple[str | None, str | None]:
    if dialect.major == 2:
        return root.get("srcLang"), root.get("trgLang")
    file = _kid(root, dialect.ns, "file")
    if file is None:
        return None, None
    return file.get("source-language"), file.get("target-language")


def _load(
    data: bytes, path: Path, encoding: str | None
) -> tuple[_Dialect, list[_Unit], etree._Element]:
    root = parse_xml(data, path, encoding).getroot()
    dialect = _dialect(root, path)
    units = dialect.units(root)
    for unit in units:
        dialect.read(unit)
    return dialect, units, root


def target_elements(
    data: bytes, path: Path, encoding: str | None = None
) -> tuple[etree._Element, list[tuple[str, etree._Element | None, etree._Element]]]:
    """The root, and each segment's id, target element (None: it has none) and source
    element, as `parse` finds them (without reading their text)."""
    root = parse_xml(data, path, encoding).getroot()
    units = _dialect(root, path).units(root)
    return root, [(slot.id, slot.target, slot.source) for unit in units for slot in unit.slots]


def parse(
    data: bytes, path: Path, encoding: str | None = None
) -> tuple[list[tuple[int, Segment]], XliffOrigin]:
    dialect, units, root = _load(data, path, encoding)
    rows = [(slot.line, slot.read) for unit in units for slot in unit.slots if slot.read]
    source_lang, target_lang = _languages(root, dialect)
    version = root.get("version") or ("2.0" if dialect.major == 2 else "1.2")
    origin = XliffOrigin(version, data, encoding, source_lang, target_lang, dialect.notices)
    return rows, origin


def render(
    document: Document,
    major: int | None = None,
    *,
    findings: Sequence[Finding] | None = None,
    final: bool = False,
    source_lang: str | None = None,
    target_lang: str | None = None,
    keep_mt: bool = False,
) -> bytes:
    """The document as XLIFF `major` (1 or 2; default: the version it was read from, else
    1.2), the file's bytes. Written back into the file it was read from, only what the
    review changed is written (`xmlsplice`). `keep_mt`: a revised segment keeps its MT
    beside it (1.2 `<alt-trans>`, 2.x `<mtc:match>`); `findings`: each becomes a note.
    Raises InputError when a revision's placeholders do not nest."""
    origin = document.origin if isinstance(document.origin, XliffOrigin) else None
    major = major or (origin.major if origin else 1)
    path = document.path or Path("<document>")
    by_qa: dict[str, list[Finding]] = {}
    for finding in findings or ():
        by_qa.setdefault(finding.segment, []).append(finding)
    tracked: Tracked | None = None
    if origin is not None and origin.major == major:
        dialect, units, root = _load(origin.data, path, origin.encoding)
        tracked = Tracked(origin.data, root, path, origin.encoding)
    else:
        dialect, units, root = _fresh(document, major, origin, source_lang, target_lang)
    wanted = document.by_id()
    refuse_strangers(
        document.segments, {slot.id for unit in units for slot in unit.slots}, path, "XLIFF file"
    )
    keep_mt = keep_mt or tracked is None  # a new file has no MT but the one it is given
    for unit in units:
        _write_unit(
            dialect,
            unit,
            wanted,
            by_qa,
            final=final,
            path=path,
            qa=findings is not None,
            keep_mt=keep_mt,
        )
    if tracked is not None:
        return tracked.write()
    return serialize(root.getroottree()).encode("utf-8")


def _fresh(
    document: Document,
    major: int,
    origin: XliffOrigin | None,
    source_lang: str | None,
    target_lang: str | None,
) -> tuple[_Dialect, list[_Unit], etree._Element]:
    """A new file with one unit per segment; codes of another XLIFF version carried over."""
    path = document.path or Path("document")
    dialect: _Dialect = _Dialect2(NS2, path) if major == 2 else _Dialect(NS1, path)
    source_lang = source_lang or (origin.source_lang if origin else None) or "en"
    target_lang = target_lang or (origin.target_lang if origin else None) or "ja"
    root, body = dialect.skeleton(path.name, source_lang, target_lang)
    old_tags: dict[str, Tags] = {}
    if origin is not None:
        _, old_units, _ = _load(origin.data, path, origin.encoding)
        old_tags = {slot.id: slot.tags for unit in old_units for slot in unit.slots}
    units: list[_Unit] = []
    taken: set[str] = set()
    for segment in document.segments:
        check_text(segment.id, path, f"segment id “{segment.id}”")
        unit_id = _unit_id(segment.id, taken, major)
        unit_element, container, source = dialect.new_unit(body, unit_id)
        tags = Tags()
        for number, kind in old_tags[segment.id].kinds() if segment.id in old_tags else ():
            tags.add(number, kind, dialect.code(kind, number))
        _fill(tags, source, segment.source or "", segment.id, path)
        slot = _Slot(
            segment.id,
            0,
            unit_element,
            source,
            None,
            tags,
            segment=container if major == 2 else None,
            read=Segment(segment.id, ""),
        )
        units.append(_Unit(unit_element, [slot]))
    return dialect, units, root


def _translatable(element: etree._Element) -> bool:
    """A unit's `translate`, or the nearest group's or file's that has one (inherited, in
    both versions); yes where none says."""
    node: etree._Element | None = element
    while node is not None:
        said = node.get("translate")
        if said is not None:
            return said != "no"
        node = node.getparent()
    return True


def _unit_id(segment_id: str, taken: set[str], major: int) -> str:
    unit_id = segment_id
    if major == 2 and not _NMTOKEN.match(unit_id):
        unit_id = re.sub(r"[^\w.\-:]", "_", unit_id) or "u"
    base, n = unit_id, 2
    while unit_id in taken:
        unit_id, n = f"{base}-{n}", n + 1
    taken.add(unit_id)
    return unit_id


def _fill(
    tags: Tags,
    element: etree._Element,
    text: str,
    segment_id: str,
    path: Path,
    source: str | None = None,
) -> None:
    check_text(text, path, f"segment “{segment_id}”")
    try:
        tags.fill(element, text, source)
    except TagError as exc:
        raise InputError(
            path, f"segment “{segment_id}”: {exc}; fix the tags in the revision"
        ) from None


def _write_unit(
    dialect: _Dialect,
    unit: _Unit,
    wanted: dict[str, Segment],
    findings: dict[str, list[Finding]],
    *,
    final: bool,
    path: Path,
    qa: bool,
    keep_mt: bool,
) -> None:
    pairs = [(slot, wanted.get(slot.id)) for slot in unit.slots]
    changed = [(slot, seg) for slot, seg in pairs if seg is not None and seg != slot.read]
    if qa or changed:
        dialect.clear_qa_notes(unit.element)
    for slot, segment in changed:
        assert segment is not None and slot.read is not None
        old = slot.read
        if (segment.target, segment.mt) != (old.target, old.mt) or slot.target is None:
            if segment.target or slot.target is not None or segment.status is not Status.NEW:
                target = dialect.new_target(slot)
                _fill(slot.tags, target, segment.target, segment.id, path, old.source)
                slot.target = target
            revised = segment.revision is not None and segment.revision != segment.mt
            if revised and (keep_mt or dialect.keeps_mt(slot)):
                _fill(slot.tags, dialect.keep(slot, mt=True), segment.mt, segment.id, path)
        if segment.reference != old.reference and segment.reference is not None:
            _fill(slot.tags, dialect.keep(slot, mt=False), segment.reference, segment.id, path)
    for _, segment in changed:
        check_text(segment.note, path, f"the note of segment “{segment.id}”")
    if changed:
        _write_status(dialect, unit, pairs, final=final)
        notes = [seg.note for _, seg in pairs if seg is not None and seg.note]
        _write_notes(dialect, unit.element, "\n".join(notes))
    if qa:
        for slot in unit.slots:
            for f in findings.get(slot.id, []):
                where = f"{f.start}–{f.end}"
                fix = f" → “{f.suggestion}”" if f.suggestion is not None else ""
                quoted = f" “{f.text}”{fix} at {where}" if f.text else ""
                text = f"{f.severity.value} {f.kind}:{quoted} {f.message} ({f.rule})"
                dialect.add_note(unit.element, text, qa=f.severity.value)


def _write_status(
    dialect: _Dialect, unit: _Unit, pairs: list[tuple[_Slot, Segment | None]], *, final: bool
) -> None:
    if dialect.major == 2 or (dialect.tool is not None and dialect.tool.per_segment):
        for slot, segment in pairs:
            if segment is not None and segment != slot.read:
                dialect.set_status(slot, segment.status, final=final)
        return
    statuses = [seg.status for _, seg in pairs if seg is not None]
    if Status.REJECTED in statuses:
        status = Status.REJECTED
    elif statuses and all(s is Status.APPROVED for s in statuses):
        status = Status.APPROVED
    elif any(s in (Status.EDITED, Status.APPROVED) for s in statuses):
        status = Status.EDITED
    else:
        status = Status.NEW
    dialect.set_status(pairs[0][0], status, final=final)


def _write_notes(dialect: _Dialect, unit: etree._Element, wanted: str) -> None:
    """Keep each existing note whose text is still in `wanted`; the rest of `wanted`
    becomes one reviewer note; notes no longer wanted are removed."""
    remaining = wanted
    for note in dialect.note_elements(unit):
        text = _text(note).strip()
        if text and text in remaining:
            remaining = remaining.replace(text, "", 1)
        else:
            dialect.remove_note(unit, note)
    leftover = "\n".join(line for line in remaining.split("\n") if line.strip())
    if leftover:
        dialect.add_note(unit, leftover)
