"""Writing cells into a workbook's file with every other byte of it kept.

openpyxl reads a workbook into its model and writes the model out: what it does not model
(printer settings, images, charts, custom XML) is lost, and what it does is written its own
way (shared strings become its own table, column widths gain attributes). Here, the zip's
members are copied as they are but for the sheets that get cells, whose XML is edited
(`xmlsplice.Tracked`: only the changed rows and cells are written). A cell's text is written
inline (`t="inlineStr"`), so the shared strings stay as they were; an emptied cell keeps its
style and loses its value. `None` where the workbook is not laid out as this expects (a row
or cell without its reference, a sheet its relationships do not name, a formula where a
value goes): the caller writes it with openpyxl instead.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from openpyxl.utils import column_index_from_string, get_column_letter

from review.formats.errors import InputError
from review.formats.xmlsafe import parse_xml
from review.formats.xmlsplice import Tracked

Value = tuple[int, str, str | None]  # row, field (the column's header), text (None: empty)


@dataclass(frozen=True, slots=True)
class SheetEdit:
    """What to write into one sheet: its header row, the column of each field it has
    (1-based), and the values; a field without a column gets one after the last, headed
    with its name."""

    header_row: int
    columns: Mapping[str, int]
    values: Sequence[Value]


_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"
_PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_REFERENCE = re.compile(r"([A-Z]{1,3})([0-9]+)\Z")
_VALUE_PARTS = ("v", "is")


def write_cells(data: bytes, path: Path, edits: Mapping[str, SheetEdit]) -> bytes | None:
    """The workbook `data` with the edits (by sheet name) written, and nothing else
    changed."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = _sheet_parts(archive)
            if any(sheet not in parts for sheet in edits):
                return None
            edited: dict[str, bytes] = {}
            for sheet, edit in edits.items():
                part = parts[sheet]
                written = _written(archive.read(part), Path(f"{path}!{part}"), edit)
                if written is None:
                    return None
                edited[part] = written
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w") as copy:
                copy.comment = archive.comment
                for info in archive.infolist():
                    copy.writestr(info, edited.get(info.filename) or archive.read(info))
    except (KeyError, zipfile.BadZipFile, InputError):
        return None
    return out.getvalue()


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Each sheet's name and the zip member that holds it."""
    book = parse_xml(archive.read("xl/workbook.xml"), Path("xl/workbook.xml")).getroot()
    rels_part = "xl/_rels/workbook.xml.rels"
    rels = parse_xml(archive.read(rels_part), Path(rels_part)).getroot()
    targets = {
        r.get("Id"): r.get("Target", "") for r in rels.iter(f"{{{_PACKAGE_REL}}}Relationship")
    }
    parts: dict[str, str] = {}
    for sheet in book.iter(f"{{{_ns(book)}}}sheet"):
        rid = sheet.get(f"{{{_REL}}}id") or sheet.get(f"{{{_STRICT_REL}}}id")
        target = targets.get(rid)
        if target is None:
            continue
        name = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        parts[sheet.get("name", "")] = posixpath.normpath(name)
    return parts


def _ns(root: etree._Element) -> str:
    return etree.QName(root).namespace or ""


def _where(cell: etree._Element) -> tuple[int, int] | None:
    """A cell's row and column, from its reference (B12); None without one."""
    match = _REFERENCE.match(cell.get("r", ""))
    if match is None:
        return None
    return int(match.group(2)), column_index_from_string(match.group(1))


def _written(xml: bytes, path: Path, edit: SheetEdit) -> bytes | None:
    root = parse_xml(xml, path).getroot()
    tracked = Tracked(xml, root, path)
    ns = _ns(root)
    data = root.find(f"{{{ns}}}sheetData")
    if data is None:
        return None
    rows: dict[int, etree._Element] = {}
    for row in data.iterfind(f"{{{ns}}}row"):
        if not row.get("r", "").isdigit():
            return None
        rows[int(row.get("r", ""))] = row
    places = [_where(c) for c in data.iter(f"{{{ns}}}c")]
    if any(where is None for where in places):
        return None
    last = max((where[1] for where in places if where is not None), default=0)
    columns = dict(edit.columns)
    cells: list[tuple[int, int, str | None]] = []
    for number, name, text in edit.values:
        if name not in columns:
            last = columns[name] = last + 1
            cells.append((edit.header_row, last, name))
        cells.append((number, columns[name], text))
    for number, column, text in cells:
        line = rows.get(number)
        if line is None:
            if text is None:
                continue
            line = rows[number] = etree.Element(f"{{{ns}}}row", r=str(number))
            later = [n for n in rows if n > number]
            if later:
                rows[min(later)].addprevious(line)
            else:
                data.append(line)
        cell = _cell(line, number, column, ns)
        if cell is None or cell.find(f"{{{ns}}}f") is not None:
            return None  # a formula, maybe shared with other cells: openpyxl's to write
        _set(cell, text, ns)
        _widen(line, root, ns, number, column)
    return tracked.write()


def _cell(row: etree._Element, number: int, column: int, ns: str) -> etree._Element | None:
    """The row's cell at `column`, made where the row has none, in its place."""
    after: etree._Element | None = None
    for cell in row.iterfind(f"{{{ns}}}c"):
        where = _where(cell)
        if where is None:
            return None
        if where[1] == column:
            return cell
        if where[1] < column:
            after = cell
    cell = etree.Element(f"{{{ns}}}c", r=f"{get_column_letter(column)}{number}")
    if after is not None:
        after.addnext(cell)
    else:
        row.insert(0, cell)
    return cell


def _set(cell: etree._Element, text: str | None, ns: str) -> None:
    for child in list(cell):
        if etree.QName(child).localname in _VALUE_PARTS:
            cell.remove(child)
    if text is None:
        cell.attrib.pop("t", None)
        return
    cell.set("t", "inlineStr")
    inline = etree.SubElement(cell, f"{{{ns}}}is")
    value = etree.SubElement(inline, f"{{{ns}}}t")
    value.text = text
    if text != text.strip():
        value.set(_XML_SPACE, "preserve")


def _widen(row: etree._Element, root: etree._Element, ns: str, number: int, column: int) -> None:
    """The row's span hint and the sheet's dimension, taken out to the cell where they
    stopped before it."""
    spans = row.get("spans", "")
    if re.fullmatch(r"\d+:\d+", spans):
        low, high = (int(n) for n in spans.split(":"))
        if not low <= column <= high:
            row.set("spans", f"{min(low, column)}:{max(high, column)}")
    dimension = root.find(f"{{{ns}}}dimension")
    if dimension is None:
        return
    corners = [_REFERENCE.match(c) for c in dimension.get("ref", "").split(":")]
    start, end = corners[0], corners[-1]
    if start is None or end is None or len(corners) > 2:
        return
    top, bottom = min(int(start.group(2)), number), max(int(end.group(2)), number)
    left = min(column_index_from_string(start.group(1)), column)
    right = max(column_index_from_string(end.group(1)), column)
    ref = f"{get_column_letter(left)}{top}:{get_column_letter(right)}{bottom}"
    if ref != dimension.get("ref"):
        dimension.set("ref", ref)
