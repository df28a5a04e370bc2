"""Character-level diff from the MT to its revision, readable for Japanese.

Japanese has no spaces to diff by, so the diff works on characters (rapidfuzz's Levenshtein
opcodes). A raw character diff is noisy: オープンAI → OpenAI keeps a stray equal "ン" or a
shared "の" between two edits. As in diff-match-patch's semantic cleanup, an equal run that is
no longer than the edits on both sides of it is folded into one replacement.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz.distance import Levenshtein


class Tag(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"
    REPLACE = "replace"


@dataclass(frozen=True, slots=True)
class DiffOp:
    """old[old_start:old_end] becomes new[new_start:new_end]."""

    tag: Tag
    old_start: int
    old_end: int
    new_start: int
    new_end: int

    @property
    def old_len(self) -> int:
        return self.old_end - self.old_start

    @property
    def new_len(self) -> int:
        return self.new_end - self.new_start


def char_diff(old: str, new: str) -> list[DiffOp]:
    """Opcodes that turn `old` into `new`, covering both strings end to end."""
    if old == new:
        return [DiffOp(Tag.EQUAL, 0, len(old), 0, len(new))] if old else []
    raw = [
        DiffOp(Tag(op.tag), op.src_start, op.src_end, op.dest_start, op.dest_end)
        for op in Levenshtein.opcodes(old, new)
    ]
    return _merge_edits(_fold_small_equalities(raw))


def deleted_spans(ops: list[DiffOp]) -> list[tuple[int, int]]:
    """Spans of the old text that the new text no longer has."""
    return [(op.old_start, op.old_end) for op in ops if op.tag is not Tag.EQUAL and op.old_len]


def inserted_spans(ops: list[DiffOp]) -> list[tuple[int, int]]:
    """Spans of the new text that the old text did not have."""
    return [(op.new_start, op.new_end) for op in ops if op.tag is not Tag.EQUAL and op.new_len]


def _fold_small_equalities(ops: list[DiffOp]) -> list[DiffOp]:
    changed = True
    while changed:
        changed = False
        ops = _merge_edits(ops)
        for i in range(1, len(ops) - 1):
            op = ops[i]
            if op.tag is not Tag.EQUAL:
                continue
            before, after = ops[i - 1], ops[i + 1]
            size = op.old_len
            if size <= max(before.old_len, before.new_len) and size <= max(
                after.old_len, after.new_len
            ):
                ops[i] = DiffOp(Tag.REPLACE, op.old_start, op.old_end, op.new_start, op.new_end)
                changed = True
                break
    return ops


def _merge_edits(ops: list[DiffOp]) -> list[DiffOp]:
    """Adjacent non-equal opcodes as one; the tag says what is left on each side."""
    merged: list[DiffOp] = []
    for op in ops:
        if op.old_len == 0 and op.new_len == 0:
            continue
        last = merged[-1] if merged else None
        if last is not None and last.tag is not Tag.EQUAL and op.tag is not Tag.EQUAL:
            merged[-1] = _edit(last.old_start, op.old_end, last.new_start, op.new_end)
        elif last is not None and last.tag is Tag.EQUAL and op.tag is Tag.EQUAL:
            merged[-1] = DiffOp(Tag.EQUAL, last.old_start, op.old_end, last.new_start, op.new_end)
        elif op.tag is Tag.EQUAL:
            merged.append(op)
        else:
            merged.append(_edit(op.old_start, op.old_end, op.new_start, op.new_end))
    return merged


def _edit(old_start: int, old_end: int, new_start: int, new_end: int) -> DiffOp:
    if old_start == old_end:
        tag = Tag.INSERT
    elif new_start == new_end:
        tag = Tag.DELETE
    else:
        tag = Tag.REPLACE
    return DiffOp(tag, old_start, old_end, new_start, new_end)
