"""CAT tools' packages: zip archives of XLIFF files (Okapi's .xlz, Trados's .sdlppx that goes
back as a .sdlrpx, memoQ's .mqxlz), opened as one document of all the XLIFFs inside.

A segment's id is the one its XLIFF gives it, with the member's name in front when the
package holds several (`ja-JP/guide.docx.sdlxliff:u7`). A Trados package's copy of the
source-language file (no target language) is left out, and where a package holds several
target languages, each language's segments are compared for consistency among themselves.
Written back, the package keeps every member, in its order, with its name, date,
compression and bytes; only the XLIFF files the reviewer changed are rewritten, each the way
`xliff.render` writes a file back (only the changed targets and statuses).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass, replace
from pathlib import Path

from review.core.model import Document, Segment
from review.formats import xliff
from review.formats.errors import InputError
from review.formats.sniff import XLIFF_MEMBERS, zip_kind


@dataclass(frozen=True, slots=True)
class _Part:
    name: str
    prefix: str  # what the package puts in front of the member's segment ids
    document: Document  # as read from the member, with its XliffOrigin


@dataclass(frozen=True, slots=True)
class PackageOrigin:
    data: bytes
    parts: tuple[_Part, ...]


_BROKEN = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError)  # CRC, inflate, cut


def _archive(data: bytes, path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except _BROKEN:
        raise InputError(path, "not a package: the file is not a zip archive") from None


def _read(archive: zipfile.ZipFile, member: str | zipfile.ZipInfo, path: Path) -> bytes:
    name = member if isinstance(member, str) else member.filename
    try:
        return archive.read(member)
    except _BROKEN as exc:
        raise InputError(path, f"the package's member “{name}” is damaged ({exc})") from None


def parse(
    data: bytes, path: Path, encoding: str | None = None
) -> tuple[list[tuple[int, Segment]], PackageOrigin]:
    with _archive(data, path) as archive:
        names = [
            info.filename
            for info in archive.infolist()
            if not info.is_dir() and info.filename.lower().endswith(XLIFF_MEMBERS)
        ]
        if not names:
            if zip_kind(archive.namelist()) == "xlsx":
                raise InputError(
                    path, "is an Excel workbook, not a package: pass --input-format xlsx"
                )
            raise InputError(path, "the package holds no XLIFF file (.xlf, .sdlxliff, .mqxliff)")
        members = {name: _read(archive, name, path) for name in names}
    read = []
    for name in names:
        inner = Path(f"{path}!{name}")  # errors name the member: job.sdlppx!ja-JP/a.sdlxliff
        member_rows, origin = xliff.parse(members[name], inner, encoding)
        read.append((name, member_rows, origin))
    languages = {origin.target_lang for _, _, origin in read if origin.target_lang}
    parts: list[_Part] = []
    rows: list[tuple[int, Segment]] = []
    for name, member_rows, origin in read:
        if languages and not origin.target_lang:
            continue  # a Trados package's copy of the source-language file
        segments = [segment for _, segment in member_rows]
        prefix = f"{name}:" if len(read) > 1 else ""
        context = origin.target_lang or "" if len(languages) > 1 else ""
        parts.append(
            _Part(name, prefix, Document(segments, path=Path(f"{path}!{name}"), origin=origin))
        )
        # one language's translations are compared with that language's alone
        rows.extend(
            (line, replace(s, id=prefix + s.id, context=context or s.context))
            for line, s in member_rows
        )
    return rows, PackageOrigin(data, tuple(parts))


def render(document: Document) -> bytes:
    """The package with the review written into the XLIFF files it changed."""
    origin = document.origin
    path = document.path or Path("<package>")
    if not isinstance(origin, PackageOrigin):
        raise InputError(
            path,
            "a package is written back into the package it was read from; "
            "export this document as xliff instead",
        )
    wanted = document.by_id()
    rewritten: dict[str, bytes] = {}
    for part in origin.parts:
        segments = [
            replace(wanted.get(part.prefix + s.id, s), id=s.id) for s in part.document.segments
        ]
        if segments != part.document.segments:
            rewritten[part.name] = xliff.render(replace(part.document, segments=segments))
    if not rewritten:
        return origin.data
    out = io.BytesIO()
    with _archive(origin.data, path) as archive, zipfile.ZipFile(out, "w") as package:
        for info in archive.infolist():
            package.writestr(info, rewritten.get(info.filename) or _read(archive, info, path))
        package.comment = archive.comment
    return out.getvalue()
