"""Scores that follow a document while it is revised, without rescoring the whole corpus.

sacrebleu computes a corpus score from the sum of per-sentence sufficient statistics (n-gram
matches for BLEU and chrF, edits and reference length for TER). The book keeps each
segment's statistics and the running sums, so an edit costs one sentence's statistics and
the corpus figures follow at once. The figures equal `Scorer.document` and `Scorer.segment`
for the same text; a test holds that.

A background thread calls `step()` until `pending()` is false; the UI thread reads figures
and calls `touch()` after an edit. `want()` asks for some segments first (the visible rows).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sacrebleu.metrics.bleu import BLEU
from sacrebleu.metrics.chrf import CHRF

from review.core.model import Segment
from review.core.scoring import Scores
from review.core.ter import FastTER

_Stats = tuple[list[Any], list[Any], list[Any]]


@dataclass(frozen=True, slots=True)
class SegmentFigures:
    """Sentence scores against the reference; `revision` and `hter` only once revised."""

    mt: Scores | None
    revision: Scores | None
    hter: float | None


@dataclass(frozen=True, slots=True)
class CorpusFigures:
    """`updating`: some edited segments are not rescored yet, so `revision` is behind."""

    mt: Scores | None
    revision: Scores | None
    scored: int
    total: int
    updating: bool = False

    @property
    def complete(self) -> bool:
        return self.scored == self.total

    @property
    def delta(self) -> Scores | None:
        if self.mt is None or self.revision is None:
            return None
        return self.revision.minus(self.mt)


class _Metrics:
    """The metric objects of `Scorer`, configured the same way, built once per book."""

    def __init__(self) -> None:
        self.chrf = CHRF()
        self.bleu = BLEU(tokenize="ja-mecab")
        self.sentence_bleu = BLEU(tokenize="ja-mecab", effective_order=True)
        self.ter = FastTER(normalized=True, asian_support=True)

    def stats(self, hypothesis: str, reference: str) -> _Stats:
        hyps, refs = [hypothesis], [[reference]]
        return (
            self.chrf._extract_corpus_statistics(hyps, refs)[0],
            self.bleu._extract_corpus_statistics(hyps, refs)[0],
            self.ter._extract_corpus_statistics(hyps, refs)[0],
        )

    def sentence(self, stats: _Stats) -> Scores:
        return Scores(
            chrf=self.chrf._compute_score_from_stats(stats[0]).score,
            bleu=self.sentence_bleu._compute_score_from_stats(stats[1]).score,
            ter=self.ter._compute_score_from_stats(stats[2]).score,
        )

    def corpus(self, sums: _Stats) -> Scores:
        return Scores(
            chrf=self.chrf._compute_score_from_stats(sums[0]).score,
            bleu=self.bleu._compute_score_from_stats(sums[1]).score,
            ter=self.ter._compute_score_from_stats(sums[2]).score,
        )

    def hter(self, mt: str, target: str) -> float:
        score: float = self.ter.sentence_score(mt, [target]).score
        return score


class _Sums:
    def __init__(self) -> None:
        self.values: _Stats | None = None

    def add(self, stats: _Stats, sign: int = 1) -> None:
        if self.values is None:
            self.values = ([0] * len(stats[0]), [0] * len(stats[1]), [0] * len(stats[2]))
        for total, part in zip(self.values, stats, strict=True):
            for k, value in enumerate(part):
                total[k] += sign * value


class ScoreBook:
    """Per-segment statistics and corpus sums over a live list of segments.

    `segments` is read, never written: its owner replaces items in it and calls `touch`.
    """

    def __init__(self, segments: Sequence[Segment]) -> None:
        self._segments = segments
        size = len(segments)
        self._metrics = _Metrics()
        self._lock = threading.Lock()
        self._mt: list[_Stats | None] = [None] * size
        self._target: list[_Stats | None] = [None] * size
        self._scored: list[tuple[str, bool] | None] = [None] * size
        self._figures: list[SegmentFigures | None] = [None] * size
        self._mt_sums = _Sums()
        self._target_sums = _Sums()
        self._total = sum(1 for s in segments if s.reference is not None)
        self._mt_known = 0
        self._urgent: deque[int] = deque()
        self._wanted: deque[int] = deque()
        self._fill = 0

    def __len__(self) -> int:
        return len(self._segments)

    def figures(self, index: int) -> SegmentFigures | None:
        """The figures of the segment as it is now, or None until they are computed."""
        return None if self._is_stale(index) else self._figures[index]

    def corpus(self) -> CorpusFigures:
        """Corpus figures, once every segment with a reference has been scored."""
        with self._lock:
            mt = revision = None
            if self._mt_known == self._total and self._total:
                assert self._mt_sums.values is not None and self._target_sums.values is not None
                mt = self._metrics.corpus(self._mt_sums.values)
                revision = self._metrics.corpus(self._target_sums.values)
            updating = any(self._is_stale(i) for i in list(self._urgent))
            return CorpusFigures(mt, revision, self._mt_known, self._total, updating)

    def want(self, indices: Iterable[int], *, now: bool = False) -> None:
        """Score these before the rest (they are on screen); `now`: even before the
        segments a step without `fill` leaves for later."""
        queue = self._urgent if now else self._wanted
        queue.extend(i for i in indices if self._is_stale(i))

    def touch(self, index: int) -> None:
        """The segment at `index` has changed; rescore it before anything else."""
        self._urgent.appendleft(index)

    def pending(self) -> bool:
        return (
            any(self._is_stale(i) for i in self._urgent)
            or any(self._is_stale(i) for i in self._wanted)
            or self._next_fill() is not None
        )

    def step(self, *, fill: bool = True) -> int | None:
        """Score the next segment that needs it; the index done, or None if none does.
        With `fill` false, only edited segments and those wanted `now` are scored."""
        index = self._next(fill)
        if index is None:
            return None
        self.score(index)
        return index

    def score(self, index: int) -> SegmentFigures:
        """Score one segment now (a no-op if its figures are current)."""
        segment = self._segments[index]
        key = (segment.target, segment.revision is not None)
        with self._lock:
            figures = self._figures[index]
            if self._scored[index] == key and figures is not None:
                return figures
            metrics = self._metrics
            mt_scores = revision_scores = None
            if segment.reference is not None:
                mt = self._mt[index]
                if mt is None:
                    mt = self._mt[index] = metrics.stats(segment.mt, segment.reference)
                    self._mt_sums.add(mt)
                    self._mt_known += 1
                if segment.target == segment.mt:
                    target = mt
                else:
                    target = metrics.stats(segment.target, segment.reference)
                old = self._target[index]
                if old is not None:
                    self._target_sums.add(old, -1)
                self._target[index] = target
                self._target_sums.add(target)
                mt_scores = metrics.sentence(mt)
                if segment.revision is not None:
                    revision_scores = metrics.sentence(target)
            hter = metrics.hter(segment.mt, segment.target) if key[1] else None
            figures = SegmentFigures(mt_scores, revision_scores, hter)
            self._figures[index] = figures
            self._scored[index] = key
            return figures

    def _is_stale(self, index: int) -> bool:
        segment = self._segments[index]
        return self._scored[index] != (segment.target, segment.revision is not None)

    def _next(self, fill: bool) -> int | None:
        queues = (self._urgent, self._wanted) if fill else (self._urgent,)
        for queue in queues:
            while queue:
                index = queue.popleft()
                if self._is_stale(index):
                    return index
        return self._next_fill() if fill else None

    def _next_fill(self) -> int | None:
        while self._fill < len(self._segments):
            if self._is_stale(self._fill):
                return self._fill
            self._fill += 1
        return None
