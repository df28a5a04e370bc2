"""Growing a glossary during review: an accepted form or a forbidden variant at a time.

Each addition is a small record that can be stored and replayed, so an addition survives a
crash before the glossary file is written. Applying one builds a new, validated Glossary.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from typing import Any

from review.core.glossary import Entry, EntryType, Glossary, GlossaryError, Variant


class AdditionKind(StrEnum):
    TERM = "term"
    VARIANT = "variant"


@dataclass(frozen=True, slots=True)
class Addition:
    """Add `accepted` to an entry, or forbid `variant` in favour of `accepted`.

    `entry` names an existing entry to extend; empty makes a new entry (whose id is
    `new_id`, or one derived from the accepted form).
    """

    kind: AdditionKind
    accepted: str
    variant: str = ""
    entry: str = ""
    new_id: str = ""
    source: str = ""
    type: EntryType = EntryType.TERM
    note: str = ""

    def to_dict(self) -> dict[str, str]:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["type"] = self.type.value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Addition:
        def text(name: str) -> str:
            return str(data.get(name, ""))

        return cls(
            kind=AdditionKind(text("kind")),
            accepted=text("accepted"),
            variant=text("variant"),
            entry=text("entry"),
            new_id=text("new_id"),
            source=text("source"),
            type=EntryType(text("type") or EntryType.TERM.value),
            note=text("note"),
        )

    def describe(self) -> str:
        if self.kind is AdditionKind.VARIANT:
            return f"forbid “{self.variant}” → “{self.accepted}”"
        return f"accept “{self.accepted}”"


def add_to_glossary(glossary: Glossary | None, addition: Addition) -> Glossary:
    """A new glossary with the addition; GlossaryError if the result would be ambiguous
    or the addition is incomplete."""
    accepted = addition.accepted.strip()
    variant = addition.variant.strip()
    source = addition.source.strip()
    if not accepted:
        raise GlossaryError("an accepted form is needed")
    if addition.kind is AdditionKind.VARIANT and not variant:
        raise GlossaryError("a forbidden variant is needed")
    entries = list(glossary.entries) if glossary is not None else []
    name = glossary.name if glossary is not None else ""
    if addition.entry:
        position = next((i for i, e in enumerate(entries) if e.id == addition.entry), None)
        if position is None:
            raise GlossaryError(f"no entry “{addition.entry}” in the glossary")
        entry = entries[position]
        entries[position] = _extended(entry, accepted, variant, source, addition)
    else:
        entry_id = addition.new_id.strip() or _new_id(accepted, {e.id for e in entries})
        if any(e.id == entry_id for e in entries):
            raise GlossaryError(f"an entry “{entry_id}” exists already; choose it or another id")
        entries.append(
            Entry(
                id=entry_id,
                accepted=(accepted,),
                source=(source,) if source else (),
                variants=(Variant(variant, accepted),) if variant else (),
                type=addition.type,
                note=addition.note.strip(),
            )
        )
    return Glossary(entries, name=name)


def _extended(entry: Entry, accepted: str, variant: str, source: str, addition: Addition) -> Entry:
    if addition.kind is AdditionKind.TERM and accepted in entry.accepted and not source:
        raise GlossaryError(f"“{accepted}” is already an accepted form of “{entry.id}”")
    forms = entry.accepted if accepted in entry.accepted else (*entry.accepted, accepted)
    sources = entry.source if not source or source in entry.source else (*entry.source, source)
    variants = entry.variants
    if variant:
        if any(v.form == variant for v in variants):
            raise GlossaryError(f"“{variant}” is already forbidden in “{entry.id}”")
        variants = (*variants, Variant(variant, accepted))
    note = entry.note
    if addition.note.strip():
        note = f"{note} {addition.note.strip()}".strip()
    return replace(entry, accepted=forms, source=sources, variants=variants, note=note)


def _new_id(accepted: str, taken: set[str]) -> str:
    base = re.sub(r"[\s|,;\t]+", "-", accepted.strip().lower()).strip("-") or "term"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate
