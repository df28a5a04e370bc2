"""Growing a glossary during review: an accepted form or a forbidden variant at a time.

Each addition is a small record that can be stored and replayed, so an addition survives a
crash before the glossary file is written. Applying one builds a new, validated Glossary;
`growth` tells what a grown glossary adds to the one it grew from, which is all a save adds
to the glossary's file.
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
    owner = next((e.id for e in entries if e.rule is None and accepted in e.accepted), None)
    chosen = next((e for e in entries if e.id == addition.entry), None)
    # the concept whose form it is, not a twin of it nor the entry that happened to be
    # selected (a variant of OpenAI typed while ルッダラジュ's finding is shown)
    if (
        owner is not None
        and not addition.new_id.strip()
        and (chosen or not addition.entry)
        and (chosen is None or (addition.kind is AdditionKind.VARIANT and chosen.id != owner))
    ):
        addition = replace(addition, entry=owner)
    if addition.entry:
        position = next((i for i, e in enumerate(entries) if e.id == addition.entry), None)
        if position is None:
            raise GlossaryError(f"no entry “{addition.entry}” in the glossary")
        entry = entries[position]
        if entry.rule is None:
            entries[position] = _extended(entry, accepted, variant, source, addition)
        else:
            # a prh pattern rule matches by its patterns alone, so forms added to it would do
            # nothing: they make an entry of their own beside it
            if addition.kind is AdditionKind.TERM and accepted in entry.accepted and not source:
                raise GlossaryError(f"“{accepted}” is already an accepted form of “{entry.id}”")
            entry_id = _new_id(accepted, {e.id for e in entries})
            entries.append(_new_entry(entry_id, accepted, variant, source, addition))
    else:
        entry_id = addition.new_id.strip() or _new_id(accepted, {e.id for e in entries})
        if any(e.id == entry_id for e in entries):
            raise GlossaryError(f"an entry “{entry_id}” exists already; choose it or another id")
        entries.append(_new_entry(entry_id, accepted, variant, source, addition))
    return Glossary(entries, name=name)


def _new_entry(
    entry_id: str, accepted: str, variant: str, source: str, addition: Addition
) -> Entry:
    return Entry(
        id=entry_id,
        accepted=(accepted,),
        source=(source,) if source else (),
        variants=(Variant(variant, accepted),) if variant else (),
        type=addition.type,
        note=addition.note.strip(),
    )


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
    # no leading #: a table row that starts with one is a comment
    base = re.sub(r"[\s|,;\t]+", "-", accepted.strip().lower()).strip("-").lstrip("#") or "term"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def promotion(
    glossary: Glossary | None,
    spellings: list[str],
    chosen: str,
    replacements: list[tuple[str, str]] | None = None,
) -> list[Addition]:
    """The additions that make `chosen` the accepted form of a group of spellings and every
    other spelling a forbidden variant of it: in the entry that already accepts `chosen`,
    else in a new entry. `replacements`: (spelling, replacement) pairs to forbid instead,
    where a spelling becomes something else than `chosen` (an inflected form: 取扱っ →
    取り扱っ). Spellings that entry already forbids are left out, so the list may be empty.
    GlossaryError if the glossary with all of them would be invalid."""
    chosen = chosen.strip()
    if replacements is None:
        replacements = [(s, chosen) for s in spellings]
    wanted = {s.strip(): r.strip() for s, r in replacements if s.strip() != r.strip()}
    others = list(wanted)
    entries = glossary.entries if glossary is not None else []
    entry = next((e for e in entries if e.rule is None and chosen in e.accepted), None)
    for other in entries:
        if other.rule is not None or other is entry:
            continue
        for variant in other.variants:
            if other.key(variant.form) == other.key(chosen):
                raise GlossaryError(
                    f"“{chosen}” is forbidden by entry “{other.id}” (→ “{variant.replacement}”)"
                )
        for spelling in others:
            if other.key(spelling) in {other.key(form) for form in other.accepted}:
                raise GlossaryError(
                    f"“{spelling}” is an accepted form of entry “{other.id}”, so it cannot "
                    f"be forbidden in favour of “{chosen}”"
                )
    additions: list[Addition] = []
    if entry is None:
        entry_id = _new_id(chosen, {e.id for e in entries})
        additions.append(Addition(AdditionKind.TERM, accepted=chosen, new_id=entry_id))
    else:
        entry_id = entry.id
        forbidden = {entry.key(v.form) for v in entry.variants}
        others = [o for o in others if entry.key(o) not in forbidden]
    additions.extend(
        Addition(AdditionKind.VARIANT, accepted=wanted[other], variant=other, entry=entry_id)
        for other in others
    )
    result = glossary
    for addition in additions:
        result = add_to_glossary(result, addition)
    return additions


@dataclass(frozen=True, slots=True)
class Growth:
    """What one glossary adds to another: entries grown in place (by their position in
    the smaller one), and new entries after them."""

    grown: list[tuple[int, Entry]]
    added: list[Entry]


def growth(before: Glossary, after: Glossary) -> Growth:
    """How `after` grows `before`, as additions make it grow: the same entries in the same
    order, each with forms, sources and variants only appended and its note only extended,
    then new entries. GlossaryError naming the first entry where `after` differs otherwise
    (the file a glossary was read from changed since)."""
    if len(after.entries) < len(before.entries):
        missing = before.entries[len(after.entries)]
        raise GlossaryError(f"entry “{missing.id}” is not in the glossary", missing.line)
    grown: list[tuple[int, Entry]] = []
    for index, (old, new) in enumerate(zip(before.entries, after.entries, strict=False)):
        old, new = replace(old, line=None), replace(new, line=None)
        if old == new:
            continue
        if not _grows(old, new):
            raise GlossaryError(f"entry “{old.id}” differs otherwise than by additions", old.line)
        grown.append((index, new))
    return Growth(grown, list(after.entries[len(before.entries) :]))


def _grows(old: Entry, new: Entry) -> bool:
    kept = replace(new, accepted=old.accepted, source=old.source, variants=old.variants)
    note_grows = not old.note or new.note == old.note or new.note.startswith(old.note + " ")
    return (
        replace(kept, note=old.note) == old
        and note_grows
        and all(
            bigger[: len(smaller)] == smaller
            for smaller, bigger in (
                (old.accepted, new.accepted),
                (old.source, new.source),
                (old.variants, new.variants),
            )
        )
    )
