"""A JSON text read with where each value stands in it, for writers that change a few values
of a file and keep every other character (an Xcode string catalog)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from review.formats.errors import InputError

# the standard library's own reader of a JSON string, which typeshed does not declare
scanstring: Callable[[str, int], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]
_SPACE = re.compile(r"[ \t\n\r]*")


@dataclass(slots=True)
class Value:
    """A value and its span in the text; an object's members keep the file's order, each
    with where its key starts."""

    value: object  # dict[str, Member] for an object, list[Value] for an array, else as json
    start: int
    end: int

    def get(self, key: str) -> Value | None:
        member = self.value.get(key) if isinstance(self.value, dict) else None
        return None if member is None else member.value

    def members(self) -> dict[str, Member]:
        return self.value if isinstance(self.value, dict) else {}


@dataclass(slots=True)
class Member:
    key_start: int
    value: Value


Place = tuple[str, ...]  # the keys that lead to a value ("[]" for an array's item)


def parse(text: str, path: Path, descend: Callable[[Place], bool] | None = None) -> Value:
    """The text's one value with spans, the members of each object whose place (the keys
    leading to it) `descend` accepts (all by default); any other value is read whole, as
    json reads it, with its span. An InputError with its line for text that is not JSON or
    is nested too deeply to read."""
    try:
        reader = _Reader(text, descend or (lambda _: True))
        found = reader.value(reader.skip(0), ())
        if reader.skip(found.end) != len(text):
            raise json.JSONDecodeError("Extra data", text, reader.skip(found.end))
        return found
    except json.JSONDecodeError as exc:
        message = f"not valid JSON: {exc.msg} (column {exc.colno})"
        raise InputError(path, message, exc.lineno) from None
    except (RecursionError, IndexError, ValueError):  # IndexError, ValueError: cut short
        try:
            json.loads(text)
        except json.JSONDecodeError as exc:
            message = f"not valid JSON: {exc.msg} (column {exc.colno})"
            raise InputError(path, message, exc.lineno) from None
        except ValueError as exc:  # a number of more digits than Python reads
            raise InputError(path, f"not readable: {str(exc).split(':')[0]}") from None
        except RecursionError:
            pass
        raise InputError(path, "nested too deeply to read") from None


class _Reader:
    def __init__(self, text: str, descend: Callable[[Place], bool]) -> None:
        self.text = text
        self.descend = descend
        self.whole = json.JSONDecoder().raw_decode

    def skip(self, at: int) -> int:
        return _SPACE.match(self.text, at).end()  # type: ignore[union-attr]

    def value(self, at: int, place: Place) -> Value:
        text = self.text
        char = text[at : at + 1]
        if char == "{" and self.descend(place):
            found = self._object(at, place)
        elif char == "[" and self.descend(place):
            found = self._array(at, place)
        else:
            read, end = self.whole(text, at)
            found = Value(read, at, end)
        return found

    def _object(self, start: int, place: Place) -> Value:
        text = self.text
        members: dict[str, Member] = {}
        at = self.skip(start + 1)
        if text[at] == "}":
            return Value(members, start, at + 1)
        while True:
            key_start = at
            if text[at] != '"':
                raise json.JSONDecodeError(
                    "Expecting property name enclosed in double quotes", text, at
                )
            key, at = scanstring(text, at + 1)
            at = self.skip(at)
            if text[at] != ":":
                raise json.JSONDecodeError("Expecting ':' delimiter", text, at)
            found = self.value(self.skip(at + 1), (*place, key))
            members[key] = Member(key_start, found)
            at = self.skip(found.end)
            if text[at] == "}":
                return Value(members, start, at + 1)
            if text[at] != ",":
                raise json.JSONDecodeError("Expecting ',' delimiter", text, at)
            at = self.skip(at + 1)

    def _array(self, start: int, place: Place) -> Value:
        text = self.text
        items: list[Value] = []
        at = self.skip(start + 1)
        if text[at] == "]":
            return Value(items, start, at + 1)
        while True:
            found = self.value(at, (*place, "[]"))
            items.append(found)
            at = self.skip(found.end)
            if text[at] == "]":
                return Value(items, start, at + 1)
            if text[at] != ",":
                raise json.JSONDecodeError("Expecting ',' delimiter", text, at)
            at = self.skip(at + 1)
