"""The CAT tools' own segment statuses and locks in their XLIFF 1.2 files: Trados (SDLXLIFF),
memoQ (MQXLIFF) and Phrase (MXLIFF).

Each tool keeps its status in its own attribute, and its own lock. A segment's `tool_status`
is that status in the tool's words; its review status (new, edited, approved, rejected) is
read through the tool's table below, and a review decision is written back into the same
attribute, so that the tool shows it after import. Nothing else of the unit is touched:
not the XLIFF `state` or `approved`, which these tools do not read.

| review   | Trados `sdl:seg conf`                      | memoQ `mq:status`                 | Phrase `m:confirmed` |
|----------|--------------------------------------------|-----------------------------------|----------------------|
| new      | Unspecified (none), Draft, Translated      | NotStarted, PreTranslated, MachineTranslated, AssembledFromFragments, PartiallyEdited, ManuallyConfirmed | 0 (or none) |
| approved | ApprovedTranslation, ApprovedSignOff       | Reviewer1Confirmed, Reviewer2Confirmed, Proofread | 1 or more |
| rejected | RejectedTranslation, RejectedSignOff       | Rejected                          | (none: written as 0) |

Written back: edited → Draft / PartiallyEdited / 0 (changed, not yet confirmed); approved →
ApprovedTranslation / Reviewer1Confirmed / the file's workflow level (`m:level`, else 1),
and with `--final` ApprovedSignOff / Proofread; rejected → RejectedTranslation (with
`--final` RejectedSignOff) / Rejected / 0; back to new → the status as read when it meant
new, else Translated / ManuallyConfirmed / 0 (Unspecified / NotStarted for an empty target).

Locks: Trados `sdl:seg locked="true"`, memoQ `mq:locked` (`locked`; not `no`, `false`),
Phrase `m:locked="true"`. A locked segment is read-only in the review.
"""  # noqa: E501

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from lxml import etree

from review.core.model import Status

SDL_NS = "http://sdl.com/FileTypes/SdlXliff/1.0"
MEMOQ_NS = "MQXliff"
PHRASE_NS = "http://www.memsource.com/mxlf/2.0"
SDL_NOT_TRANSLATED = "Unspecified"  # Trados's confirmation level of a segment it has no conf for
PHRASE_CONFIRMED = "Confirmed"
PHRASE_UNCONFIRMED = "NotConfirmed"
_UNLOCKED = frozenset({"", "no", "false", "0", "unlocked"})


class CatTool:
    """One tool's status attribute, its lock and its table; `mid` is the segment's
    `<mrk mid>` where a unit has several (Trados alone keeps a status per segment)."""

    name = ""
    per_segment = False
    review: ClassVar[Mapping[str, Status]] = {}
    written: ClassVar[Mapping[tuple[Status, bool], str]] = {}
    translated = ""  # what a segment goes back to when a decision is undone
    not_translated = ""

    def __init__(self, root: etree._Element) -> None:
        self.root = root

    def status_of(self, unit: etree._Element, mid: str | None) -> str:
        raise NotImplementedError

    def locked(self, unit: etree._Element, mid: str | None) -> bool:
        raise NotImplementedError

    def write(self, unit: etree._Element, mid: str | None, value: str) -> None:
        raise NotImplementedError

    def review_status(self, tool_status: str, revised: bool) -> Status:
        status = self.review.get(tool_status, Status.NEW)
        return Status.EDITED if status is Status.NEW and revised else status

    def decide(
        self, unit: etree._Element, mid: str | None, status: Status, *, final: bool, target: bool
    ) -> None:
        """Write a review decision as the tool's status."""
        current = self.status_of(unit, mid)
        value = self.written.get((status, final)) or self.written.get((status, False))
        if value is None:  # back to new
            if self.review.get(current, Status.NEW) is Status.NEW:
                return
            value = self.translated if target else self.not_translated
        if value != current:
            self.write(unit, mid, value)


class Trados(CatTool):
    name = "Trados"
    per_segment = True
    review: ClassVar[Mapping[str, Status]] = {
        SDL_NOT_TRANSLATED: Status.NEW,
        "Draft": Status.NEW,
        "Translated": Status.NEW,
        "ApprovedTranslation": Status.APPROVED,
        "ApprovedSignOff": Status.APPROVED,
        "RejectedTranslation": Status.REJECTED,
        "RejectedSignOff": Status.REJECTED,
    }
    written: ClassVar[Mapping[tuple[Status, bool], str]] = {
        (Status.EDITED, False): "Draft",
        (Status.APPROVED, False): "ApprovedTranslation",
        (Status.APPROVED, True): "ApprovedSignOff",
        (Status.REJECTED, False): "RejectedTranslation",
        (Status.REJECTED, True): "RejectedSignOff",
    }
    translated = "Translated"
    not_translated = SDL_NOT_TRANSLATED

    def _seg(self, unit: etree._Element, mid: str | None) -> etree._Element | None:
        segs = list(unit.iter(f"{{{SDL_NS}}}seg"))
        if mid is None:
            return segs[0] if segs else None
        return next((seg for seg in segs if seg.get("id") == mid), None)

    def status_of(self, unit: etree._Element, mid: str | None) -> str:
        seg = self._seg(unit, mid)
        return (seg.get("conf") if seg is not None else None) or SDL_NOT_TRANSLATED

    def locked(self, unit: etree._Element, mid: str | None) -> bool:
        seg = self._seg(unit, mid)
        return seg is not None and seg.get("locked") == "true"

    def write(self, unit: etree._Element, mid: str | None, value: str) -> None:
        seg = self._seg(unit, mid)
        if seg is None:
            defs = unit.find(f"{{{SDL_NS}}}seg-defs")
            if defs is None:
                defs = etree.SubElement(unit, f"{{{SDL_NS}}}seg-defs")
            seg = etree.SubElement(defs, f"{{{SDL_NS}}}seg", id=mid or "1")
        if value == SDL_NOT_TRANSLATED:
            seg.attrib.pop("conf", None)
        else:
            seg.set("conf", value)


class MemoQ(CatTool):
    name = "memoQ"
    _status = f"{{{MEMOQ_NS}}}status"
    review: ClassVar[Mapping[str, Status]] = {
        "NotStarted": Status.NEW,
        "PreTranslated": Status.NEW,
        "Pretranslated": Status.NEW,
        "MachineTranslated": Status.NEW,
        "AssembledFromFragments": Status.NEW,
        "PartiallyEdited": Status.NEW,
        "ManuallyConfirmed": Status.NEW,
        "Confirmed": Status.NEW,
        "Reviewer1Confirmed": Status.APPROVED,
        "Reviewer2Confirmed": Status.APPROVED,
        "Proofread": Status.APPROVED,
        "Rejected": Status.REJECTED,
    }
    written: ClassVar[Mapping[tuple[Status, bool], str]] = {
        (Status.EDITED, False): "PartiallyEdited",
        (Status.APPROVED, False): "Reviewer1Confirmed",
        (Status.APPROVED, True): "Proofread",
        (Status.REJECTED, False): "Rejected",
    }
    translated = "ManuallyConfirmed"
    not_translated = "NotStarted"

    def status_of(self, unit: etree._Element, mid: str | None) -> str:
        return unit.get(self._status) or "NotStarted"

    def locked(self, unit: etree._Element, mid: str | None) -> bool:
        return unit.get(f"{{{MEMOQ_NS}}}locked", "").lower() not in _UNLOCKED

    def write(self, unit: etree._Element, mid: str | None, value: str) -> None:
        unit.set(self._status, value)


class Phrase(CatTool):
    name = "Phrase"
    _confirmed = f"{{{PHRASE_NS}}}confirmed"
    review: ClassVar[Mapping[str, Status]] = {
        PHRASE_CONFIRMED: Status.APPROVED,
        PHRASE_UNCONFIRMED: Status.NEW,
    }

    def status_of(self, unit: etree._Element, mid: str | None) -> str:
        level = unit.get(self._confirmed, "0")
        confirmed = level.isdigit() and int(level) > 0
        return PHRASE_CONFIRMED if confirmed else PHRASE_UNCONFIRMED

    def locked(self, unit: etree._Element, mid: str | None) -> bool:
        return unit.get(f"{{{PHRASE_NS}}}locked", "").lower() == "true"

    def decide(
        self, unit: etree._Element, mid: str | None, status: Status, *, final: bool, target: bool
    ) -> None:
        if status is Status.APPROVED:
            files = (a for a in unit.iterancestors() if etree.QName(a).localname == "file")
            file = next(files, None)
            level = "1" if file is None else file.get(f"{{{PHRASE_NS}}}level", "1")
            value = level if level.isdigit() and int(level) > 0 else "1"
        elif status is Status.NEW and self.status_of(unit, mid) == PHRASE_UNCONFIRMED:
            return
        else:
            value = "0"
        if unit.get(self._confirmed) != value:
            self.write(unit, mid, value)

    def write(self, unit: etree._Element, mid: str | None, value: str) -> None:
        unit.set(self._confirmed, value)


def cat_tool(root: etree._Element) -> CatTool | None:
    """The tool that wrote an XLIFF 1.2 file, by the namespace it declares."""
    spaces = set(root.nsmap.values())
    for tool, ns in ((Trados, SDL_NS), (MemoQ, MEMOQ_NS), (Phrase, PHRASE_NS)):
        if ns in spaces:
            return tool(root)
    return None
