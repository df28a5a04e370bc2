"""Reading and writing documents in any supported format, chosen by extension or by name."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from review.core.model import Document, Finding, Segment
from review.formats.errors import InputError
from review.formats.sniff import described, sniff, unreadable_as
from review.formats.spliced import Edit, EncodedText, TextOrigin, read_text_file
from review.formats.textio import decode, read_bytes, read_text, write_atomic

if TYPE_CHECKING:
    from review.formats.markdown import MarkdownOptions

READ_FORMATS = (
    "jsonl", "tsv", "csv", "txt", "markdown", "xliff", "tmx", "po", "ts", "xcstrings", "android",
    "strings", "xlsx", "package",
)  # fmt: skip
# `xliff` keeps the version the document was read in (1.2 for other formats);
# `xliff12` and `xliff2` choose one.
_TEXT_FORMATS = ("txt", "jsonl", "tsv", "csv")
WRITE_FORMATS = (
    *_TEXT_FORMATS,
    "markdown",
    "xliff",
    "xliff12",
    "xliff2",
    "tmx",
    "po",
    "ts",
    "xcstrings",
    "android",
    "strings",
    "xlsx",
    "package",
)
# read from bytes, written back
_FILE_FORMATS = ("xliff", "tmx", "po", "ts", "xcstrings", "android", "strings", "xlsx", "package")
PACKAGE_EXTENSIONS = (".xlz", ".sdlppx", ".sdlrpx", ".mqxlz")
_EXTENSIONS = {
    **dict.fromkeys(PACKAGE_EXTENSIONS, "package"),
    ".xlf": "xliff",
    ".xliff": "xliff",
    ".xlf2": "xliff2",
    ".sdlxliff": "xliff",
    ".mqxliff": "xliff",
    ".mxliff": "xliff",
    ".tmx": "tmx",
    ".po": "po",
    ".pot": "po",
    ".ts": "ts",
    ".xcstrings": "xcstrings",
    ".strings": "strings",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".txt": "txt",
    ".text": "txt",
    ".md": "markdown",
    ".markdown": "markdown",
}


def bundle_document(path: Path) -> Path:
    """The file a bundle holds: an Xcode localization catalog (`ja.xcloc`, a folder) is read
    and written as the XLIFF in its `Localized Contents`; any other path is itself."""
    if path.suffix.lower() != ".xcloc" or not path.is_dir():
        return path
    found = sorted((path / "Localized Contents").glob("*.xliff"))
    if len(found) != 1:
        what = "no XLIFF" if not found else f"{len(found)} XLIFF files"
        raise InputError(
            path, f"an Xcode catalog should hold one XLIFF in “Localized Contents”, not {what}"
        )
    return found[0]


def format_of(
    path: Path, given: str | None, allowed: tuple[str, ...], *, option: str = "--format"
) -> str:
    """The format `given`, else the one the extension says; `option` is the command-line
    option that names it (`--input-format` for a document read, `--format` for an output).
    A document read is sniffed where its extension says nothing, and one whose content is a
    workbook or a package is not read as text."""
    fmt = given or _EXTENSIONS.get(path.suffix.lower()) or _android_strings(path, sniffed=False)
    if option == "--input-format":
        if path.is_dir():
            raise InputError(path, "is a folder, not a document")
        if fmt is None:
            found = sniff(path)
            if found is not None and found not in allowed:
                raise InputError(path, described(found))
            fmt = found
        elif fmt not in ("xlsx", "package"):
            unreadable_as(path, fmt)
    if fmt in ("xliff12", "xliff2") and fmt not in allowed and "xliff" in allowed:
        fmt = "xliff"
    if fmt is None:
        raise InputError(
            path, f"cannot tell the format from the extension; pass {option} ({', '.join(allowed)})"
        )
    if fmt not in allowed:
        raise InputError(path, f"unsupported format “{fmt}” (supported: {', '.join(allowed)})")
    return fmt


def read_document(
    path: Path,
    *,
    fmt: str | None = None,
    encoding: str | None = None,
    source: Path | None = None,
    reference: Path | None = None,
    markdown_options: MarkdownOptions | None = None,
) -> Document:
    fmt = format_of(path, fmt, READ_FORMATS, option="--input-format")
    if fmt != "txt" and (source or reference):
        raise InputError(path, "--source and --reference apply only to plain-text documents")
    if fmt in _FILE_FORMATS:
        return _read_file_format(path, read_bytes(path), fmt, encoding)
    file = read_text_file(read_bytes(path), path, encoding=encoding)
    text = file.text
    if not text.strip():
        raise InputError(path, "empty file: no segments")
    source_text = None if source is None else (source, read_text(source, encoding))
    reference_text = None if reference is None else (reference, read_text(reference, encoding))
    return document_from_text(
        path,
        text,
        fmt,
        markdown_options,
        source=source_text,
        reference=reference_text,
        read_as=(file.data, file.encoding),
    )


def extension_format(path: Path) -> str | None:
    """The format a file's extension names, if any, as documents are read (an `.xlf2` is
    read as any XLIFF; an `.xml` of Android strings as those)."""
    fmt = _EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        return _android_strings(path)
    return "xliff" if fmt == "xliff2" else fmt


def _android_strings(path: Path, *, sniffed: bool = True) -> str | None:
    """`android` for an `.xml` in a `values-ja` folder, or (`sniffed`) any `.xml` holding
    Android string resources."""
    from review.formats.android import source_file

    if path.suffix.lower() != ".xml":
        return None
    if source_file(path) is not None or (sniffed and sniff(path) == "android"):
        return "android"
    return None


def document_from_text(
    path: Path,
    text: str,
    fmt: str,
    markdown_options: MarkdownOptions | None = None,
    *,
    source: tuple[Path, str] | None = None,
    reference: tuple[Path, str] | None = None,
    read_as: tuple[bytes, str] | None = None,
) -> Document:
    """The document a file in `fmt` holding `text` gives (as an editor holds it, saved or
    not); XLIFF, TMX and PO read it as UTF-8, whatever they declare. A plain text may have
    its source and reference sides (path, text). `read_as`: the file's bytes and the
    encoding they were decoded in, where the text was read from the file."""
    if fmt in ("xlsx", "package"):
        raise InputError(path, f"a {fmt} file is not text")
    if fmt in _FILE_FORMATS:
        return _read_file_format(path, text.encode("utf-8", "surrogatepass"), fmt, "utf-8")
    if not text.strip():
        raise InputError(path, "empty file: no segments")
    # the format modules are imported when used: `review check` on a plain text needs none
    rows: list[tuple[int, Segment]]
    if fmt == "markdown":
        from review.formats import markdown

        rows, markdown_origin = markdown.parse(text, path, markdown_options)
        return replace(_document(path, rows), origin=markdown_origin)
    if fmt == "jsonl":
        from review.formats import jsonl

        rows = jsonl.parse(text, path)
    elif fmt in ("tsv", "csv"):
        from review.formats import table

        rows = table.parse(text, path, fmt)
    else:
        from review.formats import plaintext

        rows = plaintext.parse(text, path, source=source, reference=reference)
    data, encoding = read_as or (text.encode("utf-8", "surrogatepass"), "utf-8")
    return replace(_document(path, rows), origin=TextOrigin(fmt, path, data, encoding))


# a file format's reader: the segments with their lines, and an origin that has `notices`
_Parser = Callable[[bytes, Path, str | None], tuple[list[tuple[int, Segment]], Any]]


def _read_file_format(path: Path, data: bytes, fmt: str, encoding: str | None) -> Document:
    from review.formats import android, apple_strings, package, po, tmx, ts, xcstrings, xliff, xlsx

    if fmt == "package":
        rows, package_origin = package.parse(data, path, encoding)
        notices = tuple(n for part in package_origin.parts for n in part.document.notices)
        return replace(_document(path, rows), origin=package_origin, notices=notices)
    origin: Any
    if fmt == "xlsx":
        rows, origin = xlsx.parse_document(data, path)
    else:
        parsers: dict[str, _Parser] = {
            "po": po.parse,
            "ts": ts.parse,
            "xcstrings": xcstrings.parse,
            "android": android.parse,
            "strings": apple_strings.parse,
            "tmx": tmx.parse,
        }
        rows, origin = parsers.get(fmt, xliff.parse)(data, path, encoding)
    return replace(_document(path, rows), origin=origin, notices=origin.notices)


def _document(path: Path, rows: list[tuple[int, Segment]]) -> Document:
    first_line: dict[str, int] = {}
    for line, segment in rows:
        if segment.id in first_line:
            seen = first_line[segment.id]
            raise InputError(path, f"duplicate id “{segment.id}” (first on line {seen})", line)
        first_line[segment.id] = line
    return Document([segment for _, segment in rows], path=path, lines=first_line)


def parts_of(document: Document) -> dict[str, str]:
    """Where each segment is in a file of several parts, by its id: the sheet of a workbook
    with several sheets, the member of a package with several files (its `lines` count
    within that part). Empty for a file of one part."""
    from review.formats.package import PackageOrigin
    from review.formats.xlsx import XlsxOrigin

    origin = document.origin
    if isinstance(origin, XlsxOrigin) and len(origin.headers) > 1:
        return {id_: sheet for id_, (sheet, _) in origin.places.items()}
    if isinstance(origin, PackageOrigin) and len(origin.parts) > 1:
        return {
            part.prefix + s.id: part.name for part in origin.parts for s in part.document.segments
        }
    return {}


def render_document(
    document: Document,
    fmt: str,
    *,
    findings: Sequence[Finding] | None = None,
    source_lang: str | None = None,
    target_lang: str | None = None,
    final: bool = False,
    keep_mt: bool = False,
) -> bytes:
    """The file of the document in `fmt`, as bytes: a document written back into the XLIFF
    or TMX file it was read from keeps that file's encoding and every byte the review did
    not change; any other output is UTF-8. `findings` become XLIFF notes; the languages name
    the TMX and new XLIFF sides; `final` marks approved XLIFF 1.2 segments `final`, not
    `signed-off`; `keep_mt` keeps a revised segment's MT beside it in XLIFF."""
    from review.formats import (
        android,
        apple_strings,
        jsonl,
        package,
        plaintext,
        po,
        table,
        tmx,
        ts,
        xcstrings,
        xliff,
        xlsx,
    )

    segments = document.segments
    from review.formats.markdown import MarkdownOrigin, restored

    if isinstance(document.origin, MarkdownOrigin) and fmt != "markdown":
        segments = restored(segments, document.origin)
        document = replace(document, segments=segments, origin=None)
    if fmt == "package":
        return package.render(document)
    if fmt == "po":
        return po.render(document)
    if fmt == "ts":
        return ts.render(document)
    if fmt == "xcstrings":
        return xcstrings.render(document)
    if fmt == "android":
        return android.render(document)
    if fmt == "strings":
        return apple_strings.render(document)
    if fmt == "xlsx":
        return xlsx.render(document)
    if fmt.startswith("xliff"):
        major = {"xliff": None, "xliff12": 1, "xliff2": 2}[fmt]
        return xliff.render(
            document,
            major,
            findings=findings,
            final=final,
            source_lang=source_lang,
            target_lang=target_lang,
            keep_mt=keep_mt,
        )
    if fmt == "tmx":
        return tmx.render(
            document, source_lang=source_lang, target_lang=target_lang, keep_mt=keep_mt
        )
    if fmt == "markdown":
        from review.formats.markdown import MarkdownOrigin
        from review.formats.markdown import render as render_markdown

        if not isinstance(document.origin, MarkdownOrigin):
            raise InputError(
                document.path or Path("output"), "a Markdown file is written from a Markdown file"
            )
        return render_markdown(segments, document.origin).encode("utf-8")
    origin = document.origin
    if isinstance(origin, TextOrigin) and origin.fmt == fmt:
        written = _written_back(origin, segments)
        if written is not None:
            return written
    if fmt == "jsonl":
        text = jsonl.render(segments)
    elif fmt in ("tsv", "csv"):
        text = table.render(segments, fmt)
    elif fmt == "txt":
        text = plaintext.render(segments)
    else:
        raise ValueError(f"unsupported format {fmt}")
    return text.encode("utf-8")


def refusal_over_itself(document: Document, read: str, fmt: str) -> str | None:
    """Why the document, read from its file as `read`, may not be written over that file as
    `fmt`: in another format (a PO file rewritten as XLIFF loses its header, comments and
    plural forms) or another XLIFF version (made anew, without the file's skeleton, notes and
    alternatives); None where it may."""
    from review.formats.xliff import XliffOrigin

    origin = document.origin
    if fmt == read or (
        read == "xliff"
        and isinstance(origin, XliffOrigin)
        and fmt in ("xliff", f"xliff{'2' if origin.major == 2 else '12'}")
    ):
        return None
    return (
        f"is the {read} document being read: writing {fmt} over it would lose what the file holds"
    )


def _written_back(origin: TextOrigin, segments: list[Segment]) -> bytes | None:
    """The segments written over the text file they were read from, in its encoding, byte
    order mark and line ends, every byte the review did not change as it was; None when
    the segments are not the file's, or the edited table would not read as them."""
    from review.formats import jsonl, plaintext, table

    file, path, fmt = origin.file(), origin.path, origin.fmt
    if fmt == "jsonl":
        return _spliced(file, path, jsonl.edits(file, path, segments))
    if fmt == "txt":
        return _spliced(file, path, plaintext.edits(file, segments))
    data = _spliced(file, path, table.edits(file, path, fmt, segments))
    if data is None or data == file.data:
        return data
    rows = table.parse(decode(data, path, file.encoding), path, fmt)
    return data if [s for _, s in rows] == segments else None


def _spliced(file: EncodedText, path: Path, edits: list[Edit] | None) -> bytes | None:
    return None if edits is None else file.splice(edits, path)


def write_document(document: Document, path: Path, fmt: str | None = None) -> None:
    write_atomic(path, render_document(document, format_of(path, fmt, WRITE_FORMATS)))
