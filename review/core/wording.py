"""Counted nouns in messages ("1 error", "2 errors"), and segment ids as messages name them."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """`count` and the noun, singular for exactly one: counted(1, "occurrence")."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


ID_SHOWN = 24  # characters of an id that is a message's text (a PO file's msgid)


def plain_ids(ids: list[str]) -> bool:
    """Whether the ids are short names (s01, app.save), not messages' texts."""
    return all(len(i) <= ID_SHOWN and not any(c.isspace() for c in i) for i in ids)


def shown_id(segment_id: str) -> str:
    """The id as a message names one segment: as it is, or quoted and cut short."""
    return segment_id if plain_ids([segment_id]) else quoted_id(segment_id)


def quoted_id(segment_id: str) -> str:
    """An id that is a message's text, quoted, cut short, its line breaks shown as ⏎."""
    short = segment_id if len(segment_id) <= ID_SHOWN else segment_id[: ID_SHOWN - 1] + "…"
    return "“" + short.replace("\n", "⏎") + "”"
