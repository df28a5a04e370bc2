"""Counted nouns in messages: "1 error", "2 errors"."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """`count` and the noun, singular for exactly one: counted(1, "occurrence")."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"
