"""Scores through sacrebleu, with metric objects built once and reused.

MT and revision are each scored against the reference (chrF, BLEU with ja-mecab, TER with
Asian support); edit effort is HTER-style TER of the MT against the revision, plus the
character edit distance. Corpus figures equal sacrebleu's command line for the same files:
`sacrebleu REF -i HYP -m bleu chrf ter --tokenize ja-mecab --ter-normalized --ter-asian-support`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz.distance import Levenshtein
from sacrebleu.metrics.bleu import BLEU
from sacrebleu.metrics.chrf import CHRF

from review.core.model import Document, Segment
from review.core.significance import Significance, significance
from review.core.ter import FastTER

METRICS = ("chrf", "bleu", "ter")


@dataclass(frozen=True, slots=True)
class Scores:
    chrf: float
    bleu: float
    ter: float

    def get(self, metric: str) -> float:
        value: float = getattr(self, metric)
        return value

    def minus(self, other: Scores) -> Scores:
        return Scores(self.chrf - other.chrf, self.bleu - other.bleu, self.ter - other.ter)


@dataclass(frozen=True, slots=True)
class SegmentScores:
    id: str
    mt: Scores | None
    revision: Scores | None
    hter: float | None
    char_edits: int


@dataclass(frozen=True, slots=True)
class DocumentScores:
    segments: int
    with_reference: int
    revised: int
    mt: Scores | None
    revision: Scores | None
    hter: float
    char_edits: int
    signatures: dict[str, str]
    significance: Significance | None = None

    @property
    def delta(self) -> Scores | None:
        if self.mt is None or self.revision is None:
            return None
        return self.revision.minus(self.mt)


class Scorer:
    """Holds one instance of each metric; sentence BLEU uses effective order."""

    def __init__(self) -> None:
        self._chrf = CHRF()
        self._bleu = BLEU(tokenize="ja-mecab")
        self._sentence_bleu = BLEU(tokenize="ja-mecab", effective_order=True)
        self._ter = FastTER(normalized=True, asian_support=True)
        # sacrebleu's corpus statistics (`_extract_corpus_statistics`, `_aggregate_and_compute`)
        # are what its own corpus_score and significance tests build on: a document is scored
        # in runs, on any number of processes, and sums to the same figures
        self._corpus_metrics: dict[str, Any] = {
            "chrf": self._chrf,
            "bleu": self._bleu,
            "ter": self._ter,
        }

    def corpus(self, hypotheses: Sequence[str], references: Sequence[str]) -> Scores:
        refs = [list(references)]
        hyps = list(hypotheses)
        return Scores(
            chrf=self._chrf.corpus_score(hyps, refs).score,
            bleu=self._bleu.corpus_score(hyps, refs).score,
            ter=self._ter.corpus_score(hyps, refs).score,
        )

    def sentence(self, hypothesis: str, reference: str) -> Scores:
        refs = [reference]
        return Scores(
            chrf=self._chrf.sentence_score(hypothesis, refs).score,
            bleu=self._sentence_bleu.sentence_score(hypothesis, refs).score,
            ter=self._ter.sentence_score(hypothesis, refs).score,
        )

    def ter(self, hypothesis: str, reference: str) -> float:
        score: float = self._ter.sentence_score(hypothesis, [reference]).score
        return score

    def corpus_ter(self, hypotheses: Sequence[str], references: Sequence[str]) -> float:
        score: float = self._ter.corpus_score(list(hypotheses), [list(references)]).score
        return score

    def signatures(self) -> dict[str, str]:
        """sacrebleu's signatures of the metrics used so far (nrefs is known only then)."""
        metrics = {
            "chrf": self._chrf,
            "bleu": self._bleu,
            "sentence-bleu": self._sentence_bleu,
            "ter": self._ter,
        }
        found: dict[str, str] = {}
        for name, metric in metrics.items():
            try:
                found[name] = str(metric.get_signature())
            except ValueError:
                continue
        return found

    def segment(self, segment: Segment) -> SegmentScores:
        ref = segment.reference
        revised = segment.revision is not None
        return SegmentScores(
            id=segment.id,
            mt=None if ref is None else self.sentence(segment.mt, ref),
            revision=None if ref is None or not revised else self.sentence(segment.target, ref),
            hter=self.ter(segment.mt, segment.target) if revised else None,
            char_edits=Levenshtein.distance(segment.mt, segment.target),
        )

    def statistics(self, segments: Sequence[Segment]) -> Statistics:
        """The map of the document score, on a run of segments: each metric's statistics
        per segment (sacrebleu's corpus statistics, which its corpus score sums). A segment
        not revised is not scored twice: its revision's statistics are its MT's, and its edit
        effort is none (no TER edits over its own length)."""
        scored = [s for s in segments if s.reference is not None]
        refs = [[s.reference or "" for s in scored]]
        mt = (
            {
                name: metric._extract_corpus_statistics([s.mt for s in scored], refs)
                for name, metric in self._corpus_metrics.items()
            }
            if scored
            else {}
        )
        revised = [i for i, s in enumerate(scored) if s.revision is not None]
        revision = {name: list(stats) for name, stats in mt.items()}
        if revised:
            hyps = [scored[i].target for i in revised]
            again = [[scored[i].reference or "" for i in revised]]
            for name, metric in self._corpus_metrics.items():
                for i, stats in zip(
                    revised, metric._extract_corpus_statistics(hyps, again), strict=True
                ):
                    revision[name][i] = stats
        ter = self._ter
        hter = [
            ter._extract_corpus_statistics([s.mt], [[s.target]])[0]
            if s.revision is not None
            else [0, float(len(ter._preprocess_segment(s.target).split()))]
            for s in segments
        ]
        return Statistics(
            segments=len(segments),
            with_reference=len(scored),
            revised=sum(1 for s in segments if s.revision is not None),
            mt=mt,
            revision=revision,
            hter=hter,
            char_edits=sum(
                Levenshtein.distance(s.mt, s.target) for s in segments if s.revision is not None
            ),
        )

    def total(self, parts: Sequence[Statistics], *, resamples: int = 0) -> DocumentScores:
        """The reduce: the document's scores from the statistics of its runs, in order (the
        figures of sacrebleu's corpus scores over the whole document); with `resamples`, their
        confidence intervals and the paired test of the revision against the MT."""
        with_reference = sum(p.with_reference for p in parts)
        revised = sum(p.revised for p in parts)
        # the statistics may come from other processes: the metrics here learn the number of
        # references, which their signatures give, as if they had computed them
        used = list(self._corpus_metrics.values()) if with_reference else []
        for metric in [*used, self._ter] if revised else used:
            metric.num_refs = 1
        mt = revision = None
        tested = None
        if with_reference and resamples:
            tested = significance(
                self._corpus_metrics,
                *(
                    {
                        name: [stats for p in parts for stats in getattr(p, side)[name]]
                        for name in self._corpus_metrics
                    }
                    for side in ("mt", "revision")
                ),
                revised=revised > 0,
                samples=resamples,
            )
        if with_reference:
            mt, revision = (
                Scores(
                    **{
                        name: metric._aggregate_and_compute(
                            [stats for p in parts for stats in getattr(p, side)[name]]
                        ).score
                        for name, metric in self._corpus_metrics.items()
                    }
                )
                for side in ("mt", "revision")
            )
        edits = [s for p in parts for s in p.hter]
        hter: float = self._ter._aggregate_and_compute(edits).score if edits else 0.0
        return DocumentScores(
            segments=sum(p.segments for p in parts),
            with_reference=with_reference,
            revised=revised,
            mt=mt,
            revision=revision,
            hter=hter,
            char_edits=sum(p.char_edits for p in parts),
            signatures=self.signatures(),
            significance=tested,
        )

    def document(self, document: Document) -> DocumentScores:
        return self.total([self.statistics(document.segments)])


@dataclass(frozen=True, slots=True)
class Statistics:
    """What `Scorer.statistics` gives for a run of segments."""

    segments: int
    with_reference: int
    revised: int
    mt: dict[str, list[Any]]
    revision: dict[str, list[Any]]
    hter: list[Any]
    char_edits: int
