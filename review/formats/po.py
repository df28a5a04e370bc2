"""gettext PO, read with polib: each message a segment, written back into its own file.

Reading: a message is a segment; its id is the msgid, after `[msgctxt] ` when it has a context
(line breaks shown as `\\n`), so the review state follows a message when msgmerge moves it.
A plural message gives one segment per form (`ID[N]`; the source of form 0 is the msgid, of
the others the msgid_plural), unless the language has one form (Japanese), when it is one
segment under its plain id, whose source is the msgid_plural (the form with the number).
The translator comment is the segment's note, the msgctxt its `context`. In a file that
qualifies its msgids as glib's Q_() and Ruby-gettext's s_() do (`LDAP|Attribute|cn`, each
translation rendering only the part after the last `|`), that part is the source and the
qualifier the context. The file's own state is `tool_status`: `untranslated`, `fuzzy` or
`translated`. Obsolete (`#~`) messages and the header are not segments.

Writing back changes, in each message the review changed, only its msgstr lines, its `#,`
flags line (an approved or edited message loses `fuzzy`, a rejected one gains it) and its
translator comment; every other line, the header, the wrapping and the line ends stay. Any
other document becomes a new UTF-8 PO of its segments with a source, each under its id as
msgctxt.
"""

from __future__ import annotations

import bisect
import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import polib

from review.core.model import UNTRANSLATED, Document, Segment, Status
from review.formats.errors import InputError, OutputError
from review.formats.po_wrap import gettext_style, wide, wrapped
from review.formats.review_ids import ReviewIds, shown
from review.formats.textio import decode

_STRING = r'"(?:[^"\\]|\\.)*"'
_LINE = re.compile(
    rf"\s*(?:#~\s*)?(?:#\|\s*)?(?:(?:msgctxt|msgid|msgid_plural|msgstr|msgstr\[\d+\])\s*)?"
    rf"{_STRING}\s*"
)
_CHARSET = re.compile(rb"charset=([A-Za-z0-9_.:-]+)")
_NPLURALS = re.compile(r"nplurals\s*=\s*(\d+)")
FUZZY = "fuzzy"


@dataclass(frozen=True, slots=True)
class PoOrigin:
    """The PO file a document was read from, parsed again when it is written back."""

    data: bytes
    encoding: str
    target_lang: str | None
    notices: tuple[str, ...] = ()


def _check_syntax(text: str, path: Path) -> None:
    """polib reads `msgid garbage` as a message and an unclosed quote as an empty string;
    every line must be blank, a comment, or a keyword and a quoted string."""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or (stripped.startswith("#") and not stripped.startswith("#~")):
            continue
        if stripped.startswith("#~") and not stripped[2:].strip().startswith(("m", '"')):
            continue
        if not _LINE.fullmatch(line):
            raise InputError(path, f"not a PO line: {stripped[:60]}", number)


# a comment polib does not know (#acl, #format: MoinMoin's page processing lines, which
# gettext reads as comments), as one it does
_OTHER_COMMENT = re.compile(r"^#(?=[^\s.:,|~#])", re.MULTILINE)


def _readable(text: str) -> str:
    """The text as polib reads it, line for line."""
    return _OTHER_COMMENT.sub("##", text)


def _load(data: bytes, path: Path, encoding: str | None) -> tuple[polib.POFile, str, str]:
    """The parsed file, its text and its encoding (the header's charset unless given)."""
    if encoding is None:
        found = _CHARSET.search(data[:4096])
        declared = found.group(1).decode("ascii") if found else "utf-8"
        encoding = "utf-8" if declared.upper() == "CHARSET" else declared
    text = decode(data, path, encoding)
    _check_syntax(text, path)
    try:
        po = polib.pofile(_readable(text), encoding=encoding, wrapwidth=78)
    except (OSError, ValueError) as exc:
        found_line = re.search(r"line (\d+)", str(exc))
        raise InputError(
            path, f"not a PO file: {exc}", int(found_line.group(1)) if found_line else None
        ) from None
    return po, text, encoding


def _line(entry: polib.POEntry) -> int:
    return entry.linenum or 1


def _msgstr_line(lines: list[str], first: int, plural: int | None) -> int:
    """The 1-based line of a message's msgstr (msgstr[N] of a plural form), where a report
    points the reviewer, past however many reference lines come before it; the message's
    first line if it cannot be found."""
    keyword = "msgstr" if plural is None else f"msgstr[{plural}]"
    for number in range(first - 1, len(lines)):
        line = lines[number]
        if line.startswith(keyword) and (plural is not None or line[6:7] in (" ", "\t")):
            return number + 1
        if number >= first and not line.strip():
            break
    return first


def _plural_forms(po: polib.POFile) -> int:
    """The header's nplurals; 0 when it has none (each message's own msgstr[N] count)."""
    found = _NPLURALS.search(po.metadata.get("Plural-Forms", ""))
    return int(found.group(1)) if found else 0


def _key(entry: polib.POEntry) -> str:
    return shown(entry.msgid if entry.msgctxt is None else f"[{entry.msgctxt}] {entry.msgid}")


def _forms(entry: polib.POEntry, nplurals: int) -> list[tuple[int | None, str, str]]:
    """(plural index or None, source, target) of each segment the message gives."""
    if not entry.msgid_plural:
        return [(None, entry.msgid, entry.msgstr)]
    count = max(nplurals, len(entry.msgstr_plural), 1)
    if count == 1:  # one form says every number: its source is the plural
        return [(0, entry.msgid_plural, entry.msgstr_plural.get(0, ""))]
    return [
        (n, entry.msgid if n == 0 else entry.msgid_plural, entry.msgstr_plural.get(n, ""))
        for n in range(count)
    ]


def _tool_status(entry: polib.POEntry, target: str) -> str:
    if FUZZY in entry.flags:
        return FUZZY
    return "translated" if target else UNTRANSLATED


def _entries(po: polib.POFile) -> list[polib.POEntry]:
    return [e for e in po if not e.obsolete]


def _ids(po: polib.POFile) -> tuple[list[list[tuple[str, int | None]]], ReviewIds]:
    """Each message's (segment id, plural index) pairs, in file order."""
    ids = ReviewIds("messages")
    nplurals = _plural_forms(po)
    found: list[list[tuple[str, int | None]]] = []
    position = 0
    for entry in _entries(po):
        forms = _forms(entry, nplurals)
        pairs: list[tuple[str, int | None]] = []
        for plural, _, _ in forms:
            position += 1
            base = _key(entry) if plural is None or len(forms) == 1 else f"{_key(entry)}[{plural}]"
            pairs.append((ids.unique(base, position, _line(entry)), plural))
        found.append(pairs)
    return found, ids


def parse(
    data: bytes, path: Path, encoding: str | None = None
) -> tuple[list[tuple[int, Segment]], PoOrigin]:
    po, text, encoding = _load(data, path, encoding)
    lines = text.splitlines()
    nplurals = _plural_forms(po)
    all_ids, ids = _ids(po)
    qualified = _qualifies(_entries(po))
    rows: list[tuple[int, Segment]] = []
    for entry, pairs in zip(_entries(po), all_ids, strict=True):
        for (segment_id, _), (plural, source, target) in zip(
            pairs, _forms(entry, nplurals), strict=True
        ):
            context = entry.msgctxt or ""
            qualifier = _QUALIFIER.match(source) if qualified else None
            if qualifier:
                source = source[qualifier.end() :]
                context = " ".join(filter(None, (context, qualifier.group()[:-1])))
            segment = Segment(
                id=segment_id,
                mt=target,
                source=source or None,
                note=entry.tcomment or "",
                tool_status=_tool_status(entry, target),
                context=context,
                role=_role(entry),
            )
            rows.append((_msgstr_line(lines, _line(entry), plural), segment))
    language = po.metadata.get("Language") or None
    origin = PoOrigin(data, encoding, language, ids.notices())
    return rows, origin


_QUALIFIER = re.compile(r"(?:\w[\w.:#-]*\|)+(?=\S)")  # LDAP|Attribute| before the text shown
_QUALIFIED_FROM = 3


def _qualifies(entries: Iterable[polib.POEntry]) -> bool:
    """Whether the file's qualified msgids (`Q_("Action|Open")`) are translated without
    their qualifier, three at least and twice as many as keep it: where the translations
    keep the bar (Delphi's `First|Go to first page`, 最初へ|最初のページへ移動します), it is
    text."""
    dropped = kept = 0
    for entry in entries:
        if entry.msgstr and _QUALIFIER.match(entry.msgid):
            if entry.msgstr.count("|") < entry.msgid.count("|"):
                dropped += 1
            else:
                kept += 1
    return dropped >= _QUALIFIED_FROM and dropped >= 2 * kept


_PO4A_TYPE = re.compile(r"^type: *(\S[^\n]*?) *$", re.MULTILINE)


def _role(entry: polib.POEntry) -> str:
    """po4a's `#. type:` comment: what the text is in its document (`cindex`, `Plain text`)."""
    found = _PO4A_TYPE.search(entry.comment or "")
    return found.group(1) if found else ""


def render(document: Document) -> bytes:
    if isinstance(document.origin, PoOrigin):
        return _write_back(document, document.origin)
    return _fresh(document)


def _fresh(document: Document) -> bytes:
    po = polib.POFile(wrapwidth=78)
    po.metadata = {
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Language": "ja",
        "Plural-Forms": "nplurals=1; plural=0;",
    }
    for segment in document.segments:
        if not segment.source:
            continue
        entry = polib.POEntry(
            msgctxt=segment.id, msgid=segment.source, msgstr=segment.target, tcomment=segment.note
        )
        if segment.status is Status.REJECTED:
            entry.flags.append(FUZZY)
        po.append(entry)
    return str(po).encode("utf-8")


def _wanted(entry: polib.POEntry, segments: list[tuple[Segment, int | None]]) -> bool:
    """Set the entry to what the review has; whether anything changed."""
    before = (entry.msgstr, dict(entry.msgstr_plural), list(entry.flags), entry.tcomment)
    for segment, plural in segments:
        if plural is None:
            entry.msgstr = segment.target
        elif plural in entry.msgstr_plural or segment.target:
            entry.msgstr_plural[plural] = segment.target
    statuses = {segment.status for segment, _ in segments}
    if Status.REJECTED in statuses:
        if FUZZY not in entry.flags:
            entry.flags.insert(0, FUZZY)
    elif statuses & {Status.APPROVED, Status.EDITED} and FUZZY in entry.flags:
        entry.flags.remove(FUZZY)
    note = next((segment.note for segment, _ in segments if segment.note), "")
    if note != (entry.tcomment or ""):
        entry.tcomment = note
    return before != (entry.msgstr, dict(entry.msgstr_plural), list(entry.flags), entry.tcomment)


def _write_back(document: Document, origin: PoOrigin) -> bytes:
    path = document.path or Path("document.po")
    po, text, encoding = _load(origin.data, path, origin.encoding)
    by_id = {segment.id: segment for segment in document.segments}
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if text.count("\r\n") * 2 > text.count("\n") else "\n"
    starts = sorted(_line(e) - 1 for e in po)
    edits: list[tuple[int, int, list[str]]] = []
    width = _wrap_width(lines)
    gettext_wrap = width > 0 and gettext_style(
        _wrap_samples(e, lines[slice(*_region(lines, starts, e))])
        for e in islice(_with_wide(po), 200)
    )
    all_ids, _ = _ids(po)
    for entry, pairs in zip(_entries(po), all_ids, strict=True):
        segments = [(by_id[i], plural) for i, plural in pairs if i in by_id]
        note = entry.tcomment
        if not segments or not _wanted(entry, segments):
            continue
        start, end = _region(lines, starts, entry)
        renoted = entry.tcomment != note
        made = _edited(lines[start:end], entry, newline, width, gettext_wrap, renoted)
        edits.append((start, end, made))
    if not edits:
        return origin.data
    for start, end, region in reversed(edits):
        lines[start:end] = region
    result = "".join(lines)
    if _messages(polib.pofile(_readable(result), encoding=encoding)) != _messages(po):
        result = str(po)  # the splice misread the file: write it whole
    try:
        data = result.encode(encoding)
    except UnicodeEncodeError as exc:
        line = result.count("\n", 0, exc.start) + 1
        raise OutputError(
            path, f"“{result[exc.start]}” cannot be written in the file's {encoding}", line
        ) from None
    bom = codecs.BOM_UTF8
    if encoding.lower().replace("-", "").replace("_", "") == "utf8" and origin.data[:3] == bom:
        data = bom + data
    return data


def _region(lines: list[str], starts: list[int], entry: polib.POEntry) -> tuple[int, int]:
    start = _line(entry) - 1
    after = bisect.bisect_right(starts, start)
    return start, starts[after] if after < len(starts) else len(lines)


def _with_wide(entries: Iterable[polib.POEntry]) -> Iterator[polib.POEntry]:
    for entry in entries:
        values = [entry.msgstr, *entry.msgstr_plural.values()]
        if not entry.obsolete and any(wide(ch) for value in values for ch in value):
            yield entry


def _msgstr_lines(lines: Iterable[str]) -> list[str]:
    return [line.rstrip("\r\n") for kind, line in _groups(list(lines)) if kind == "msgstr"]


def _gettext_lines(entry: polib.POEntry) -> list[str]:
    forms = (
        [(f"msgstr[{n}]", v) for n, v in sorted(entry.msgstr_plural.items())]
        if entry.msgstr_plural
        else [("msgstr", entry.msgstr)]
    )
    return [line for keyword, value in forms for line in wrapped(keyword, polib.escape(value))]


def _wrap_samples(
    entry: polib.POEntry, region: list[str]
) -> tuple[list[str], list[str], list[str]]:
    by_polib = _msgstr_lines(entry.__unicode__(wrapwidth=78).splitlines())
    return _msgstr_lines(region), by_polib, _gettext_lines(entry)


def _messages(po: polib.POFile) -> list[tuple[object, ...]]:
    return [
        (e.msgctxt, e.msgid, e.msgstr, sorted(e.msgstr_plural.items()), e.flags, e.tcomment)
        for e in po
    ]


def _kind(line: str, in_msgstr: bool) -> str:
    stripped = line.lstrip()
    if stripped.startswith("#,"):
        return "flags"
    if stripped.startswith("#") and not stripped.startswith(("#.", "#:", "#|", "#~")):
        return "comment"
    if stripped.startswith("msgstr") or (in_msgstr and stripped.startswith('"')):
        return "msgstr"
    return "other"


def _groups(lines: list[str]) -> list[tuple[str, str]]:
    """Each line with what it holds: the translator comment, the flags, the msgstr, other."""
    kinds: list[tuple[str, str]] = []
    in_msgstr = False
    for line in lines:
        kind = _kind(line, in_msgstr)
        in_msgstr = kind == "msgstr"
        kinds.append((kind, line))
    return kinds


_WRAPPED = 79  # gettext's default width


def _wrap_width(lines: list[str]) -> int:
    """The width the file's messages are wrapped at, as polib counts it: 0 (none) where a
    message line is longer than gettext's 79 columns and could have been broken within them
    (msgcat --no-wrap); a URL longer than a line, which nothing breaks, says nothing."""
    strings = (line.rstrip("\r\n") for line in lines if line.startswith(("msg", '"')))
    return 0 if any(len(s) > _WRAPPED and _breakable(s) for s in strings) else 78


_BREAKABLE = re.compile(r"[^\x00-\x7f]| (?=\S)")


def _breakable(line: str) -> bool:
    """Whether gettext could have broken a message line within its width: at a space, or in
    wide text, which it breaks anywhere, between the opening quote and column 79."""
    return _BREAKABLE.search(line, line.find('"') + 1, _WRAPPED - 1) is not None


def _edited(
    region: list[str],
    entry: polib.POEntry,
    newline: str,
    width: int,
    gettext_wrap: bool,
    note_changed: bool,
) -> list[str]:
    """The message's lines with its flags and msgstr lines, and its comment where the note
    changed, made anew by polib (a comment kept keeps its lines as the file wrote them, an
    empty `#` among them), wrapped at `width` (0: not at all); with `gettext_wrap`, a msgstr
    of wide text as gettext wraps it."""
    fresh = [line + newline for line in entry.__unicode__(wrapwidth=width).splitlines()]
    kinds = ("comment", "flags", "msgstr") if note_changed else ("flags", "msgstr")
    made: dict[str, list[str]] = {kind: [] for kind in kinds}
    for kind, line in _groups(fresh):
        if kind in made:
            made[kind].append(line)
    if gettext_wrap and next(_with_wide([entry]), None) is not None:
        made["msgstr"] = [line + newline for line in _gettext_lines(entry)]
    old = _groups(region)
    had = {kind for kind, _ in old}
    placed = {"comment"} - had if "comment" in made else set()
    result: list[str] = list(made["comment"]) if placed else []
    for kind, line in old:
        if "flags" not in had | placed and line.lstrip().startswith(("msgctxt", "msgid", "#|")):
            result.extend(made["flags"])
            placed.add("flags")
        if kind in made:
            if kind not in placed:
                result.extend(made[kind])
                placed.add(kind)
            continue
        result.append(line)
    return result
