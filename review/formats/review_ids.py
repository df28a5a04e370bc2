"""Ids for the review where a file gives none, or gives one twice: real XLIFF and TMX files
have units without an id and ids used twice. Such a unit is named for the review alone, by
its place in the file, so the name is stable while the file keeps its units; it keys the
review state and is never written into the file."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from pathlib import Path

from review.core.model import Segment
from review.core.wording import counted
from review.formats.errors import InputError


def shown(key: str) -> str:
    """A key made of a file's text, as an id: its line breaks and tabs escaped (`\\n`)."""
    return key.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


class ReviewIds:
    """The ids handed out for one file, and the notices that say which were made up."""

    def __init__(self, what: str) -> None:
        self.what = what  # what the file's units are called: <trans-unit>, <unit>, <tu>
        self._seen: set[str] = set()
        self._missing: list[int] = []
        self._repeated: list[int] = []

    def missing(self, position: int, line: int) -> str:
        """The name of the file's `position`th unit, which has no id: `#N`."""
        self._missing.append(line)
        return f"#{position}"

    def unique(self, wanted: str, position: int, line: int) -> str:
        """`wanted`, or `wanted#N` (N: the unit's place in the file) if it was handed out."""
        found = wanted
        if found in self._seen:
            self._repeated.append(line)
            found = f"{wanted}#{position}"
            while found in self._seen:
                found += "#"
        self._seen.add(found)
        return found

    def notices(self) -> tuple[str, ...]:
        notices = []
        if self._missing:
            notices.append(
                f"{len(self._missing)} {self.what} without an id (first on line "
                f"{self._missing[0]}): each is named #N (its place in the file) in this "
                "review, not in the file"
            )
        if self._repeated:
            notices.append(
                f"{counted(len(self._repeated), 'repeated id')} (first on line "
                f"{self._repeated[0]}): "
                "each repeat is named ID#N (N: its place in the file) in this review, not in "
                "the file"
            )
        return tuple(notices)


def refuse_strangers(
    segments: Iterable[Segment], known: Collection[str], path: Path, what: str
) -> None:
    """InputError for the first segment whose id is not one of the file's (`known`): a
    document is written back only into the file it was read from (`what`: "TMX file")."""
    for segment in segments:
        if segment.id not in known:
            raise InputError(path, f"segment “{segment.id}” is not in the {what} it came from")
