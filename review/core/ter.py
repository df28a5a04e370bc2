"""sacrebleu's TER with its edit distance computed faster, and the same figures.

sacrebleu (`sacrebleu.metrics.lib_ter`) spends most of a TER score in one loop, the beam
edit distance, which builds four tuples for each cell of the matrix. `FastTER` is
sacrebleu's `TER`, configured, tokenised and shifted as sacrebleu does it, with that loop
written again over lists of costs and of operations: the same beam, the same order of
preference (no-op or substitution, then deletion, then insertion), and sacrebleu's cache of
rows, each row held as its two lists, so that a row reused from the cache is the row
sacrebleu would reuse (a row computed for a hypothesis of another length may differ from a
fresh one: the beam follows the lengths). tests/core/test_ter.py compares the two.
"""

from __future__ import annotations

import math
from typing import Any

from sacrebleu.metrics import lib_ter
from sacrebleu.metrics.ter import TER

_INFINITY = lib_ter._INT_INFINITY
_BEAM = lib_ter._BEAM_WIDTH
_UNDEFINED, _NOP, _SUB, _INS, _DEL = (
    lib_ter._OP_UNDEF,
    lib_ter._OP_NOP,
    lib_ter._OP_SUB,
    lib_ter._OP_INS,
    lib_ter._OP_DEL,
)
assert lib_ter._COST_INS == lib_ter._COST_DEL == lib_ter._COST_SUB == 1


class _EditDistance(lib_ter.BeamEditDistance):
    """sacrebleu's cache and lookups, with each row stored as (costs, operations)."""

    def __init__(self, words_ref: list[str]) -> None:
        super().__init__(words_ref)
        width = self._n_words_ref + 1
        self._initial_row = (list(range(width)), [_INS] * width)  # type: ignore[assignment]

    def _edit_distance(
        self, words_h: list[str], start_h: int, cache: list[Any]
    ) -> tuple[int, list[Any], str]:
        words_r = self._words_ref
        n_ref = self._n_words_ref
        n_h = len(words_h)
        above: list[int] = cache[-1][0]
        fresh = len(cache)
        new_ops: list[list[str]] = []
        ratio = n_ref / n_h if words_h else 1
        beam = math.ceil(ratio / 2 + _BEAM) if ratio / 2 > _BEAM else _BEAM
        width = n_ref + 1
        new_costs: list[list[int]] = []
        for i in range(start_h + 1, n_h + 1):
            here = [_INFINITY] * width
            chosen = [_UNDEFINED] * width
            word = words_h[i - 1]
            diagonal = math.floor(i * ratio)
            low = max(0, diagonal - beam)
            high = width if i == n_h else min(width, diagonal + beam)
            if low == 0 and high > 0:
                here[0] = above[0] + 1
                chosen[0] = _DEL
                low = 1
            for j in range(low, high):
                if word == words_r[j - 1]:
                    cost, op = above[j - 1], _NOP
                else:
                    cost, op = above[j - 1] + 1, _SUB
                if cost >= _INFINITY:
                    cost, op = _INFINITY, _UNDEFINED
                deleted = above[j] + 1
                if deleted < cost:
                    cost, op = deleted, _DEL
                inserted = here[j - 1] + 1
                if inserted < cost:
                    cost, op = inserted, _INS
                here[j] = cost
                chosen[j] = op
            new_costs.append(here)
            new_ops.append(chosen)
            above = here
        trace: list[str] = []
        i, j = n_h, n_ref
        while i > 0 or j > 0:
            op = new_ops[i - fresh][j] if i >= fresh else cache[i][1][j]
            trace.append(op)
            if op in (_NOP, _SUB):
                i -= 1
                j -= 1
            elif op == _INS:
                j -= 1
            elif op == _DEL:
                i -= 1
            else:
                raise ValueError(f"unknown operation {op!r}")
        trace.reverse()
        return above[-1], list(zip(new_costs, new_ops, strict=True)), "".join(trace)


def translation_edit_rate(words_hyp: list[str], words_ref: list[str]) -> tuple[int, int]:
    """`lib_ter.translation_edit_rate`, on the faster edit distance."""
    if not words_ref:
        return len(words_hyp), 0
    distance = _EditDistance(words_ref)
    shifts = checked = 0
    words = words_hyp
    while True:
        delta, shifted, checked = lib_ter._shift(words, words_ref, distance, checked)
        if checked >= lib_ter._MAX_SHIFT_CANDIDATES or delta <= 0:
            break
        shifts += 1
        words = shifted
    edits, _ = distance(words)
    return shifts + edits, len(words_ref)


class FastTER(TER):
    """sacrebleu's `TER`, its statistics (and so its scores and signature) unchanged."""

    def _compute_segment_statistics(
        self, hypothesis: str, ref_kwargs: dict[str, Any]
    ) -> list[float]:
        words_hyp = hypothesis.split()
        references: list[list[str]] = ref_kwargs["ref_words"]
        lengths = 0
        best = _INFINITY
        for words_ref in references:
            edits, length = translation_edit_rate(words_hyp, words_ref)
            lengths += length
            best = min(best, edits)
        return [best, lengths / len(references)]
