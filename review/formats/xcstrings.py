"""Xcode string catalogs (`.xcstrings`, Xcode 15 and later): each Japanese string a segment,
written back into its own file.

Reading: each key of `strings` is a message, but those marked `shouldTranslate: false`. Its
Japanese localization (`ja`, else a regional `ja-…`) gives one segment for each string it
holds: its `stringUnit`, and each case of its variations (plural, device) and of its
substitutions' variations. The id is the key (a line break shown as `\\n`), with the case
after it in brackets (`%lld files[plural.other]`, `Open[device.mac]`,
`%#@count@[@count@.plural.other]`). A key with no Japanese string is one segment, with no
target. The source is the source language's string at the same place (its `other` for a
plural case it lacks, else its `stringUnit`), else the key, which Xcode makes of the source
text; none for a substitution's case the source language lacks. Each case is the segment's
`context`. The file's own state is `tool_status`: the
string unit's `state` (`translated`, `needs_review`, `new`), or `untranslated`.

Writing back changes, in each string the review changed, only its `value` and its `state`
(an approved or edited string becomes `translated`, a rejected one `needs_review`, a cleared
one `new`); a new Japanese string is added where the key had none, in Xcode's layout and key
order. Every other character stays as it was. Any other document becomes a new catalog of its
segments.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from pathlib import Path

from review.core.model import UNTRANSLATED, Document, Segment, Status
from review.formats import json_spans
from review.formats.errors import InputError
from review.formats.json_spans import Member, Value
from review.formats.review_ids import ReviewIds, refuse_strangers, shown
from review.formats.spliced import Edit, EncodedText, read_text_file
from review.formats.textio import line_starts

TRANSLATED = "translated"
NEEDS_REVIEW = "needs_review"
NEW = "new"
_JAPANESE = "ja"
_CASE_KINDS = ("plural", "device")
_COLON = re.compile(r'"\s*:\s*')


@dataclass(frozen=True, slots=True)
class XcstringsOrigin:
    """The catalog a document was read from, read again when it is written back."""

    data: bytes
    encoding: str | None
    source_lang: str
    target_lang: str
    notices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _String:
    """A segment of a message: its id, source, and where its Japanese string unit is (None:
    the key has none, to be added in `entry`)."""

    id: str
    key: str
    source: str | None
    unit: Value | None
    entry: Value
    line: int
    use: str  # its plural or device case: each told apart from the others by the checks


def _text(node: Value | None) -> str:
    return node.value if node is not None and isinstance(node.value, str) else ""


def _languages(text: str) -> tuple[str, str]:
    """The catalog's source language, and its Japanese: `ja` where any key has it, else the
    first regional `ja-…` one."""
    try:
        catalog = json.loads(text)
    except (ValueError, RecursionError):
        return "en", _JAPANESE  # told with its line when read with spans
    if not isinstance(catalog, dict):
        return "en", _JAPANESE
    source = catalog.get("sourceLanguage")
    strings = catalog.get("strings")
    seen: dict[str, None] = {}
    for entry in strings.values() if isinstance(strings, dict) else ():
        localizations = entry.get("localizations") if isinstance(entry, dict) else None
        if isinstance(localizations, dict):
            seen.update(dict.fromkeys(localizations))
    return (source if isinstance(source, str) and source else "en"), _japanese(seen)


def _japanese(seen: dict[str, None]) -> str:
    if _JAPANESE in seen:
        return _JAPANESE
    regional = [lang for lang in seen if lang.lower().replace("_", "-").startswith("ja-")]
    return regional[0] if regional else _JAPANESE


def _leaves(
    node: Value, key: str, starts: list[int], path: Path, case: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], Value]]:
    """Each string unit of a localization, with its case: (), ("plural", "one"),
    ("@count@", "plural", "other"), …; refused where a level is not an object."""
    _check_object(node, key, starts, path)
    found: list[tuple[tuple[str, ...], Value]] = []
    unit = node.get("stringUnit")
    if unit is not None:
        found.append((case, unit))
    variations = node.get("variations")
    if variations is not None:
        _check_object(variations, key, starts, path)
        for kind, cases in variations.members().items():
            _check_object(cases.value, key, starts, path)
            for name, member in cases.value.members().items():
                found.extend(_leaves(member.value, key, starts, path, (*case, kind, name)))
    substitutions = node.get("substitutions")
    if substitutions is not None:
        _check_object(substitutions, key, starts, path)
        for name, member in substitutions.members().items():
            found.extend(_leaves(member.value, key, starts, path, (*case, f"@{name}@")))
    return found


def _at(node: Value | None, case: tuple[str, ...]) -> Value | None:
    """The string unit at `case` in a localization, if it has one."""
    for step in case:
        if node is None:
            return None
        if step.startswith("@") and step.endswith("@"):
            node = node.get("substitutions")
            node = None if node is None else node.get(step[1:-1])
        elif step in _CASE_KINDS:
            node = node.get("variations")
            node = None if node is None else node.get(step)
        else:
            node = node.get(step)
    return None if node is None else node.get("stringUnit")


def _source(key: str, said: Value | None, case: tuple[str, ...], substituted: bool) -> str | None:
    """The source language's string at `case`: as it is, or its plural's `other`, or its
    own string unit; else the key, which Xcode makes of the source text. None where the
    source says nothing to compare the string with: a substitution's case the source
    language lacks (`%arg 件`), or a string with substitutions (`%#@count@`) that its source
    writes as printf's fields (`%lld`)."""
    tries = [case]
    if len(case) >= 2 and case[-2] == "plural" and case[-1] != "other":
        tries.append((*case[:-1], "other"))
    if not any(step.startswith("@") for step in case):
        tries.append(())
    for place in tries:
        unit = _at(said, place)
        value = _text(None if unit is None else unit.get("value"))
        if value:
            return None if substituted and "%#@" not in value else value
    if any(step.startswith("@") for step in case) or (substituted and "%#@" not in key):
        return None
    return key


def _strings(text: str, path: Path) -> tuple[list[_String], XcstringsOrigin]:
    """The catalog's strings, and its languages and notices (the origin, less the file)."""
    source_lang, target_lang = _languages(text)

    def descend(place: tuple[str, ...]) -> bool:
        """Into the strings, and in each only into its source and Japanese localizations."""
        if len(place) <= 1:
            return True
        if place[0] != "strings":
            return False
        return len(place) == 2 or (
            place[2] == "localizations"
            and (len(place) == 3 or place[3] in (source_lang, target_lang))
        )

    root = json_spans.parse(text, path, descend)
    strings = root.get("strings")
    if strings is None or not isinstance(strings.value, dict):
        raise InputError(path, "not an Xcode string catalog: no “strings” object", 1)
    starts = line_starts(text)
    ids = ReviewIds("strings")
    found: list[_String] = []
    for key, member in strings.members().items():
        entry = member.value
        line = bisect_right(starts, member.key_start)
        if not isinstance(entry.value, dict):
            raise InputError(path, f"the string “{key}” is not an object", line)
        flag = entry.get("shouldTranslate")
        if flag is not None and flag.value is False:
            continue
        localizations = entry.get("localizations")
        said = None if localizations is None else localizations.get(source_lang)
        ours = None if localizations is None else localizations.get(target_lang)
        for node in (localizations, said, ours):
            _check_object(node, key, starts, path)
        leaves: list[tuple[tuple[str, ...], Value | None]] = []
        leaves.extend([] if ours is None else _leaves(ours, key, starts, path))
        for case, unit in leaves or [((), None)]:
            if unit is not None:
                _check_unit(unit, key, starts, path)
            wanted = shown(f"{key}[{'.'.join(case)}]" if case else key)  # a line break shown as \n
            segment_id = ids.unique(wanted, len(found) + 1, line)
            substituted = ours is not None and ours.get("substitutions") is not None
            source = _source(key, said, case, substituted)
            # each case is a use of its own (its plural forms, its devices' words); a key of
            # its own is not, as an XLIFF unit's id is not: Whisky's keys are all their own
            found.append(_String(segment_id, key, source, unit, entry, line, ".".join(case)))
    return found, XcstringsOrigin(b"", None, source_lang, target_lang, ids.notices())


def _check_object(node: Value | None, key: str, starts: list[int], path: Path) -> None:
    if node is not None and not isinstance(node.value, dict):
        line = bisect_right(starts, node.start)
        raise InputError(path, f"the string “{key}”: an object was expected here", line)


def _check_unit(unit: Value, key: str, starts: list[int], path: Path) -> None:
    """Refused: a string unit that is no object with text in it."""
    _check_object(unit, key, starts, path)
    for field in ("value", "state"):
        value = unit.get(field)
        if value is None and field == "value":
            line = bisect_right(starts, unit.start)
            raise InputError(path, f"the string “{key}”: a string unit without a “value”", line)
        if value is not None and not isinstance(value.value, str):
            line = bisect_right(starts, value.start)
            raise InputError(path, f"the string “{key}”: its “{field}” is not text", line)
        if value is not None and isinstance(value.value, str) and _HALF_PAIR.search(value.value):
            line = bisect_right(starts, value.start)
            message = f"the string “{key}”: its “{field}” holds half a surrogate pair"
            raise InputError(path, message, line)


_HALF_PAIR = re.compile("[\ud800-\udfff]")


def _segment(string: _String) -> Segment:
    target = _text(None if string.unit is None else string.unit.get("value"))
    state = _text(None if string.unit is None else string.unit.get("state"))
    return Segment(
        id=string.id,
        mt=target,
        source=string.source or None,
        context=string.use,
        tool_status=(state or TRANSLATED) if string.unit is not None else UNTRANSLATED,
    )


def parse(
    data: bytes, path: Path, encoding: str | None = None
) -> tuple[list[tuple[int, Segment]], XcstringsOrigin]:
    file = read_text_file(data, path, encoding=encoding)
    strings, origin = _strings(file.text, path)
    rows = [(string.line, _segment(string)) for string in strings]
    return rows, replace(origin, data=data, encoding=encoding)


def values(text: str, path: Path) -> dict[str, tuple[int, int]]:
    """Where each segment's Japanese string is in the catalog's text: its `value`, quotes
    and all (a key with none has none)."""
    strings, _ = _strings(text, path)
    spans: dict[str, tuple[int, int]] = {}
    for string in strings:
        value = None if string.unit is None else string.unit.get("value")
        if value is not None:
            spans[string.id] = (value.start, value.end)
    return spans


def render(document: Document) -> bytes:
    if isinstance(document.origin, XcstringsOrigin):
        return _write_back(document, document.origin)
    return _fresh(document)


def _fresh(document: Document) -> bytes:
    from review.formats.tmx import languages

    source_lang, target_lang = languages(document, None, None)
    strings: dict[str, object] = {}
    for segment in document.segments:
        localizations: dict[str, object] = {}
        if segment.source and segment.source != segment.id:
            localizations[source_lang] = {"stringUnit": _unit(segment.source, TRANSLATED)}
        if segment.target:
            localizations[target_lang] = {"stringUnit": _unit(segment.target, _state(segment))}
        strings[segment.id] = {"localizations": localizations} if localizations else {}
    catalog = {"sourceLanguage": source_lang, "strings": strings, "version": "1.0"}
    return _dumped(catalog, "", "  ", " : ").encode("utf-8")  # no final line end, as Xcode


def _unit(value: str, state: str) -> dict[str, str]:
    return {"state": state, "value": value}


def _state(segment: Segment, had: str = "") -> str:
    if not segment.target:
        return NEW  # a string cleared: no translation for the app to show
    if segment.status is Status.REJECTED:
        return NEEDS_REVIEW
    if segment.status in (Status.APPROVED, Status.EDITED) or not had:
        return TRANSLATED
    return had


def _order(key: str) -> tuple[str, str]:
    """Xcode's order of keys: case aside (config.winecfg before config.winVersion)."""
    return key.casefold(), key


def _dumped(value: object, indent: str, unit: str, colon: str) -> str:
    """A value as Xcode writes it: each member on its own line, keys sorted, `colon`
    between key and value, text as it is but for JSON's escapes."""
    if isinstance(value, dict):
        if not value:
            return "{\n\n" + indent + "}"
        inner = indent + unit
        members = [
            f"{inner}{json.dumps(key, ensure_ascii=False)}{colon}"
            f"{_dumped(value[key], inner, unit, colon)}"
            for key in sorted(value, key=_order)
        ]
        return "{\n" + ",\n".join(members) + "\n" + indent + "}"
    return json.dumps(value, ensure_ascii=False)


def _write_back(document: Document, origin: XcstringsOrigin) -> bytes:
    """The catalog the document was read from, with what the review changed."""
    path = document.path or Path("Localizable.xcstrings")
    file = read_text_file(origin.data, path, encoding=origin.encoding)
    strings, _ = _strings(file.text, path)
    refuse_strangers(document.segments, {string.id for string in strings}, path, "catalog")
    wanted = document.by_id()
    style = _Style(file)
    edits: list[Edit] = []
    for string in strings:
        segment = wanted.get(string.id)
        if segment is None or segment == _segment(string):
            continue
        if string.unit is not None:
            edits.extend(_changed(string.unit, segment, file))
        elif segment.target:
            edits.append(_added(string.entry, origin.target_lang, segment, style, file))
    return file.splice(edits, path)


def _changed(unit: Value, segment: Segment, file: EncodedText) -> list[Edit]:
    edits: list[Edit] = []
    value = unit.get("value")
    if value is not None and _text(value) != segment.target:
        edits.append(Edit(value.start, value.end, _quoted(segment.target)))
    state = unit.get("state")
    if state is not None:
        new = _state(segment, _text(state))
        if new != _text(state):
            edits.append(Edit(state.start, state.end, _quoted(new)))
    return edits


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


class _Style:
    """How the file lays out its JSON: the indent of one level and what stands between a
    key and its value (Xcode: two spaces, " : ")."""

    def __init__(self, file: EncodedText) -> None:
        text = file.text
        colon = _COLON.search(text)
        self.colon = " : " if colon is None else colon.group()[1:]
        indent = re.search(r"\n([ \t]+)\S", text)
        self.unit = "  " if indent is None else indent.group(1)


def _indent_at(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    line = text[start:at]
    return line[: len(line) - len(line.lstrip(" \t"))]


def _added(entry: Value, lang: str, segment: Segment, style: _Style, file: EncodedText) -> Edit:
    """A Japanese string added to a key that has none: in its `localizations`, else in a
    `localizations` added to the key."""
    unit = {"stringUnit": _unit(segment.target, _state(segment))}
    localizations = entry.get("localizations")
    if localizations is not None and isinstance(localizations.value, dict):
        ours = localizations.get(lang)
        if ours is not None:  # a Japanese localization with no string
            return _member_edit(ours, "stringUnit", unit["stringUnit"], style, file)
        return _member_edit(localizations, lang, unit, style, file)
    return _member_edit(entry, "localizations", {lang: unit}, style, file)


def _member_edit(obj: Value, key: str, value: object, style: _Style, file: EncodedText) -> Edit:
    """`key` and its value added to an object, before the first member it sorts before."""
    text = file.text
    members: list[tuple[str, Member]] = list(obj.members().items())
    if not members:
        indent = _indent_at(text, obj.start)
        inner = indent + style.unit
        written = _dumped(value, inner, style.unit, style.colon)
        body = f"{{\n{inner}{_quoted(key)}{style.colon}{written}\n{indent}}}"
        return Edit(obj.start, obj.end, file.lines(body))
    inner = _indent_at(text, members[0][1].key_start)
    written = f"{_quoted(key)}{style.colon}{_dumped(value, inner, style.unit, style.colon)}"
    after = next((m for name, m in members if _order(name) > _order(key)), None)
    if after is not None:
        return Edit(after.key_start, after.key_start, file.lines(f"{written},\n{inner}"))
    last = members[-1][1].value
    return Edit(last.end, last.end, file.lines(f",\n{inner}{written}"))
