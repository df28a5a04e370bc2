"""Apple strings files (`ja.lproj/Localizable.strings`): each Japanese string a segment, its
source the string of the same key in the development language's file beside it, written back
into the Japanese file.

Reading: the file given is the Japanese one (in `ja.lproj`, `ja-JP.lproj`, `ja_JP.lproj` or
`Japanese.lproj`); its source is the file of the same name in `en.lproj` beside it, else
`Base.lproj`, `en-US.lproj` or `English.lproj` (a file elsewhere is read with no source, and a
notice says so). Each `"key" = "value";` is a segment, keys and values quoted (`"` or `'`) or
bare words as the old-style property lists write them, with `/* … */` and `// …` comments
between them, the whole optionally in a property list's `{ … }`; a key alone (`"key";`) is
its own value. The file is read as Apple's parser reads it: outside quotes only ASCII spaces
and the Unicode line and paragraph separators are spaces, so a full-width space there, where
Apple stops reading the file, is an error naming its line. Ids are the keys (a key given twice
is `key#N` the second time, and a notice says the app shows only the last); the text is the
value with its escapes resolved (`\\"`, `\\\\`, `\\n`, `\\t`, `\\r`, `\\U20AC` and an escaped
pair of surrogates as one character, octal `\\101`; a small `\\u` is no escape to Apple, so
`\\u2026` reads `u2026`). A key whose words are an identifier (`menu.speed`) names the `part` of
the app that shows it (`menu`). A key the source file has and the Japanese one lacks is a
segment with no target (`untranslated`); the Japanese file's keys the source lacks follow the
source's. A file Apple cannot read as text (Shift_JIS) is read with a notice saying so.

Writing back changes only the values the review changed, escaped as the file reads them; a
key the Japanese file lacked is added on a line of its own after the entry of the key before
it in the source file (after the comment that ends that entry's line). Every other byte stays,
in the file's encoding (UTF-16 with its byte order mark, as Xcode wrote it, or UTF-8) and line
ends."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from review.core.model import UNTRANSLATED, Document, Segment
from review.core.wording import counted
from review.formats.errors import InputError
from review.formats.review_ids import ReviewIds, refuse_strangers, shown
from review.formats.spliced import Edit, EncodedText, read_text_file
from review.formats.textio import read_bytes

_JAPANESE_FOLDER = re.compile(r"(?:ja(?:[-_][A-Za-z]+)?|Japanese)\.lproj", re.IGNORECASE)
_SOURCE_FOLDERS = ("en.lproj", "Base.lproj", "en-US.lproj", "English.lproj")
# Apple's parser (CFOldStylePList.c, and swift-foundation's OpenStepPlist.swift after it): the
# characters of a bare word, the only spaces it skips outside quotes, and where a // comment ends
_BARE = re.compile(r"[A-Za-z0-9_$/:.\-]+")
_SPACE = frozenset("\t\n\v\f\r \u2028\u2029")
_LINE_END = re.compile(r"[\n\r\u2028\u2029]")
_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:[._][A-Za-z0-9_]+)+")
_STRING_STOP = {'"': re.compile(r'["\\]'), "'": re.compile(r"['\\]")}
# only a capital \U is a code point: Apple reads \u2026 as "u2026"
_ESCAPE = re.compile(r"\\(?:U([0-9A-Fa-f]{1,4})|([0-7]{1,3})|(.))", re.DOTALL)
_ESCAPED = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_WRITTEN = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_APPLE_ENCODINGS = ("utf-8", "utf-16", "utf-16-le", "utf-16-be")


@dataclass(frozen=True, slots=True)
class StringsOrigin:
    """The Japanese file a document was read from, and its source file."""

    data: bytes
    encoding: str | None
    source_path: Path | None
    notices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Entry:
    """One `key = value;`: its key and value, where the value's text is in the file (a key
    alone: an empty span before its `;`), its quote (`"` or `'`; "" for a bare word or a key
    alone), and where the entry ends."""

    key: str
    value: str
    start: int
    end: int
    quote: str
    close: int  # just after the `;`
    line: int


def source_file(path: Path) -> Path | None:
    """The source file beside a Japanese one (`ja.lproj/Localizable.strings` →
    `en.lproj/Localizable.strings`, else `Base.lproj/…`); None for a file outside a Japanese
    `.lproj` folder, or with no source file beside it."""
    if _JAPANESE_FOLDER.fullmatch(path.parent.name) is None:
        return None
    for folder in _SOURCE_FOLDERS:
        found = path.parent.parent / folder / path.name
        if found.is_file():
            return found
    return None


def _unescaped(raw: str) -> str:
    def one(match: re.Match[str]) -> str:
        digits, octal, other = match.groups()
        if digits:
            return chr(int(digits, 16))
        if octal:
            return chr(int(octal, 8))
        return str(_ESCAPED.get(other, other))

    text = _ESCAPE.sub(one, raw)
    if any("\ud800" <= c <= "\udfff" for c in text):  # a pair of \U escapes: one character
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def _escaped(text: str, quote: str = '"') -> str:
    return "".join("\\'" if c == "'" == quote else _WRITTEN.get(c, c) for c in text)


def _shown_char(char: str) -> str:
    """A character for an error message; an invisible one (a full-width space) by its code
    point, since Apple's parser skips only ASCII spaces outside quotes and stops at it."""
    if char.isspace() or unicodedata.category(char) in ("Zs", "Cf", "Cc"):
        name = unicodedata.name(char, "")
        return (
            f"U+{ord(char):04X}{' ' + name if name else ''}, where Apple's parser stops reading "
            "(outside quotes it skips only ASCII spaces)"
        )
    return f"“{char}”"


def _end_of_line(text: str, at: int) -> int:
    """Where a line added after an entry that ends at `at` goes: after the comments that end
    its line (a `// TODO` stays with its entry), or at `at` if anything else follows there."""
    place = at
    while True:
        while place < len(text) and text[place] in " \t":
            place += 1
        if text.startswith("//", place):
            found = _LINE_END.search(text, place)
            return len(text) if found is None else found.start()
        if text.startswith("/*", place):
            end = text.find("*/", place + 2)
            if end == -1 or _LINE_END.search(text, place, end):
                return at
            place = end + 2
            continue
        if place >= len(text) or _LINE_END.match(text, place):
            return place
        return at


class _Scanner:
    """The entries of a strings file's text, in order."""

    def __init__(self, text: str, path: Path) -> None:
        self.text, self.path, self.at = text, path, 0
        self._counted = (0, 1)  # a place read before, and its line: lines are counted on
        self.opening: int | None = None  # just after the `{` of strings written as `{ … }`

    def _line(self, at: int | None = None) -> int:
        at = self.at if at is None else at
        since, line = self._counted
        if at < since:
            since, line = 0, 1
        line += self.text.count("\n", since, at)
        self._counted = (at, line)
        return line

    def _fail(self, message: str, at: int | None = None) -> InputError:
        return InputError(self.path, message, self._line(at))

    def _skip(self) -> None:
        text = self.text
        while self.at < len(text):
            if text[self.at] in _SPACE:
                self.at += 1
            elif text.startswith("/*", self.at):
                end = text.find("*/", self.at + 2)
                if end == -1:
                    raise self._fail("a comment /* is never closed")
                self.at = end + 2
            elif text.startswith("//", self.at):
                line_end = _LINE_END.search(text, self.at)
                self.at = len(text) if line_end is None else line_end.start()
            else:
                return

    def _word(self, what: str) -> tuple[str, int, int, str]:
        """A quoted or bare string: its text, where its raw text is, its quote ("" if bare)."""
        text, start = self.text, self.at
        if start < len(text) and text[start] in "\"'":
            quote, at = text[start], start + 1
            while True:
                found = _STRING_STOP[quote].search(text, at)
                if found is None:
                    raise self._fail(f"the {what} opened here is never closed", start)
                if found.group() == "\\":
                    at = found.end() + 1
                    continue
                self.at = found.end()
                return _unescaped(text[start + 1 : found.start()]), start + 1, found.start(), quote
        bare = _BARE.match(text, start)
        if bare is None:
            shown_char = _shown_char(text[start]) if start < len(text) else "the end of the file"
            raise self._fail(f"expected a {what}, found {shown_char}")
        self.at = bare.end()
        return bare.group(), start, bare.end(), ""

    def _expect(self, char: str, after: str) -> None:
        self._skip()
        if not self.text.startswith(char, self.at):
            at_end = self.at >= len(self.text)
            found = "the end of the file" if at_end else _shown_char(self.text[self.at])
            raise self._fail(f"expected “{char}” after the {after}, found {found}")
        self.at += 1

    def entries(self) -> list[_Entry]:
        """The entries, of a strings file or of one written as a property list's `{ … }`."""
        self._skip()
        if self.text.startswith("<", self.at):
            raise self._fail("an XML property list, not a strings file of “key” = “value”; lines")
        braced = self.text.startswith("{", self.at)
        opened = self.at
        if braced:
            self.at += 1
            self.opening = self.at
        found: list[_Entry] = []
        while True:
            self._skip()
            if braced and self.text.startswith("}", self.at):
                self.at += 1
                self._skip()
                if self.at < len(self.text):
                    raise self._fail("nothing may follow the “}” that closes the strings")
                return found
            if self.at >= len(self.text):
                if braced:
                    raise self._fail("the “{” opened here is never closed", opened)
                return found
            line = self._line()
            key, *_ = self._word("key")
            self._skip()
            if self.text.startswith(";", self.at):  # a key alone is its own value
                found.append(_Entry(key, key, self.at, self.at, "", self.at + 1, line))
                self.at += 1
                continue
            self._expect("=", f"key “{key}”")
            self._skip()
            value, start, end, quote = self._word(f"value of “{key}”")
            self._expect(";", f"value of “{key}”")
            found.append(_Entry(key, value, start, end, quote, self.at, line))


@dataclass(frozen=True, slots=True)
class _Parsed:
    """A strings file read: its text, its entries, and where an entry can go before the first
    (None: at the very start; else just after the `{` of a file written as `{ … }`)."""

    file: EncodedText
    entries: list[_Entry]
    opening: int | None


def _read(data: bytes, path: Path, encoding: str | None) -> _Parsed:
    if data.startswith(b"bplist"):
        raise InputError(
            path,
            "a compiled (binary) property list, as a built app holds: review the project's "
            "own .strings file",
            1,
        )
    file = read_text_file(data, path, encoding=encoding)
    scanner = _Scanner(file.text, path)
    return _Parsed(file, scanner.entries(), scanner.opening)


@dataclass(frozen=True, slots=True)
class _Slot:
    """A segment: its id and key, its source, and its entry in the Japanese file (None: the
    file lacks it; then `after`, the entry it is added after, if any)."""

    id: str
    key: str
    source: str | None
    entry: _Entry | None
    after: _Entry | None
    line: int


def _slots(
    entries: list[_Entry], sources: list[_Entry] | None
) -> tuple[list[_Slot], tuple[str, ...]]:
    ids = ReviewIds("strings")
    said = {entry.key: entry.value for entry in sources or []}
    own: dict[str, list[_Entry]] = {}
    for one in entries:
        own.setdefault(one.key, []).append(one)
    keys = list(dict.fromkeys([*(e.key for e in sources or []), *own]))
    notices: tuple[str, ...] = ()
    repeated = [given for given in own.values() if len(given) > 1]
    if repeated:
        first = repeated[0]
        lines = ", ".join(str(entry.line) for entry in first)
        notices = (
            f"{counted(len(repeated), 'key')} given more than once (first “{shown(first[0].key)}”, "
            f"lines {lines}): the app shows only the last value of each, never the others",
        )
    slots: list[_Slot] = []
    before: _Entry | None = None
    for position, key in enumerate(keys, 1):
        written: list[_Entry | None] = [*own.get(key, [])] or [None]
        for entry in written:
            line = entry.line if entry is not None else before.line if before else 1
            unique = ids.unique(shown(key), position, line)
            slots.append(_Slot(unique, key, said.get(key), entry, before, line))
        if key in own:
            before = own[key][-1]
    return slots, ids.notices() + notices


def _sources(path: Path) -> tuple[list[_Entry] | None, Path | None, tuple[str, ...]]:
    if _JAPANESE_FOLDER.fullmatch(path.parent.name) is None:
        return None, None, (f"not in a ja.lproj folder: {path.name} is read with no source",)
    found = source_file(path)
    if found is None:
        return None, None, (f"no en.lproj or Base.lproj {path.name} beside it: no source",)
    return _read(read_bytes(found), found, None).entries, found, ()


def _part(key: str) -> str:
    return key.rpartition(".")[0] if _IDENTIFIER.fullmatch(key) else ""


def parse(
    data: bytes, path: Path, encoding: str | None = None
) -> tuple[list[tuple[int, Segment]], StringsOrigin]:
    parsed = _read(data, path, encoding)
    sources, source_path, notices = _sources(path)
    slots, id_notices = _slots(parsed.entries, sources)
    used = parsed.file.encoding
    if codecs.lookup(used).name not in _APPLE_ENCODINGS:
        notices += (
            f"read as {used}: Apple reads a strings file only as UTF-8 or UTF-16, so the app "
            "shows none of its texts; save it as UTF-8",
        )
    rows = []
    for slot in slots:
        target = slot.entry.value if slot.entry is not None else ""
        segment = Segment(
            id=slot.id,
            mt=target,
            source=slot.source or None,
            tool_status="" if target else UNTRANSLATED,
            part=_part(slot.key),
        )
        rows.append((slot.line, segment))
    return rows, StringsOrigin(data, encoding, source_path, notices + id_notices)


def render(document: Document) -> bytes:
    origin = document.origin
    path = document.path or Path("Localizable.strings")
    if not isinstance(origin, StringsOrigin):
        raise InputError(path, "a strings file is written back into the file it was read from")
    parsed = _read(origin.data, path, origin.encoding)
    file = parsed.file
    sources = None
    if origin.source_path is not None:
        sources = _read(read_bytes(origin.source_path), origin.source_path, None).entries
    slots, _ = _slots(parsed.entries, sources)
    refuse_strangers(document.segments, {slot.id for slot in slots}, path, "strings file")
    wanted = document.by_id()
    edits: list[Edit] = []
    for slot in slots:
        segment = wanted.get(slot.id)
        entry = slot.entry
        current = entry.value if entry is not None else ""
        if segment is None or segment.target == current:
            continue
        value = _escaped(segment.target)
        if entry is None:
            line = f'"{_escaped(slot.key)}" = "{value}";'
            if slot.after is not None:
                at = _end_of_line(file.text, slot.after.close)
                edits.append(Edit(at, at, "\n" + line))
            elif parsed.opening is not None:
                edits.append(Edit(parsed.opening, parsed.opening, "\n" + line))
            else:
                edits.append(Edit(0, 0, line + "\n"))
        elif entry.start == entry.end and not entry.quote:  # a key alone
            edits.append(Edit(entry.start, entry.end, f' = "{value}"'))
        elif entry.quote:
            edits.append(Edit(entry.start, entry.end, _escaped(segment.target, entry.quote)))
        else:
            edits.append(Edit(entry.start, entry.end, f'"{value}"'))
    written = file.splice([_in_lines(file, edit) for edit in edits], path)
    return written


def _in_lines(file: EncodedText, edit: Edit) -> Edit:
    return Edit(edit.start, edit.end, file.lines(edit.text))
