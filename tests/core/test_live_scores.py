"""Live scores equal sacrebleu's through Scorer, for the segment and the corpus, after edits."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from review.core.live_scores import ScoreBook
from review.core.model import Document, Segment
from review.core.scoring import Scorer
from review.formats.documents import read_document
from tests.conftest import SEED_PAIRS

SCORER = Scorer()


def fill(book: ScoreBook) -> None:
    while book.step() is not None:
        pass


def test_the_seed_corpus_equals_scorer_document() -> None:
    segments = read_document(SEED_PAIRS).segments
    book = ScoreBook(segments)
    assert book.corpus().mt is None and not book.corpus().complete
    fill(book)
    expected = SCORER.document(Document(segments))
    corpus = book.corpus()
    assert corpus.complete and (corpus.scored, corpus.total) == (35, 35)
    assert corpus.mt == expected.mt
    assert corpus.revision == expected.revision
    assert corpus.delta is not None and corpus.delta.chrf == 0


def test_edits_update_segment_and_corpus_exactly() -> None:
    segments = read_document(SEED_PAIRS).segments
    book = ScoreBook(segments)
    fill(book)
    for index in (3, 14, 20):
        segments[index] = segments[index].revised(segments[index].reference or "")
        book.touch(index)
    assert book.figures(3) is None, "stale figures are not shown"
    assert book.pending()
    assert book.step() in (3, 14, 20)
    fill(book)
    assert not book.pending()
    expected = SCORER.document(Document(segments))
    assert book.corpus().revision == expected.revision
    assert book.corpus().mt == expected.mt
    figures = book.figures(3)
    reference = SCORER.segment(segments[3])
    assert figures is not None
    assert (figures.mt, figures.revision, figures.hter) == (
        reference.mt,
        reference.revision,
        reference.hter,
    )
    segments[3] = replace(segments[3], revision=None)
    book.touch(3)
    fill(book)
    assert book.corpus().revision == SCORER.document(Document(segments)).revision
    figures = book.figures(3)
    assert figures is not None and figures.revision is None and figures.hter is None


def test_wanted_segments_come_first_and_unreferenced_ones_have_no_scores() -> None:
    segments = [
        Segment("a", "一つ目の文", reference="一つ目の文"),
        Segment("b", "二つ目", reference=None, revision="二番目"),
        Segment("c", "三つ目の文", reference="三つ目の文です"),
    ]
    book = ScoreBook(segments)
    book.want([2])
    assert book.step() == 2
    fill(book)
    figures = book.figures(1)
    assert figures is not None and figures.mt is None and figures.hter is not None
    assert book.corpus().total == 2


def test_a_document_without_references_has_no_corpus_scores() -> None:
    book = ScoreBook([Segment("a", "文")])
    fill(book)
    corpus = book.corpus()
    assert corpus.complete and corpus.mt is None and corpus.total == 0


@settings(max_examples=15, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 34), st.text("OpenAIの採用者。、テスラ", max_size=20)), max_size=6
    )
)
def test_any_sequence_of_edits_matches_a_full_rescore(edits: list[tuple[int, str]]) -> None:
    segments = read_document(SEED_PAIRS).segments
    book = ScoreBook(segments)
    fill(book)
    for index, text in edits:
        segments[index] = segments[index].revised(text)
        book.touch(index)
    fill(book)
    expected = SCORER.document(Document(segments)).revision
    got = book.corpus().revision
    assert got is not None and expected is not None
    assert got.chrf == pytest.approx(expected.chrf, abs=1e-9)
    assert got.bleu == pytest.approx(expected.bleu, abs=1e-9)
    assert got.ter == pytest.approx(expected.ter, abs=1e-9)


def test_corpus_says_when_an_edit_is_not_in_it_yet() -> None:
    segments = read_document(SEED_PAIRS).segments
    book = ScoreBook(segments)
    fill(book)
    assert not book.corpus().updating
    segments[0] = segments[0].revised("別の文")
    book.touch(0)
    assert book.corpus().updating
    fill(book)
    assert not book.corpus().updating


def test_without_fill_only_edits_and_urgent_wants_are_scored() -> None:
    segments = read_document(SEED_PAIRS).segments
    book = ScoreBook(segments)
    book.want([5, 6])
    book.want([9], now=True)
    segments[3] = segments[3].revised("改訂")
    book.touch(3)
    assert [book.step(fill=False), book.step(fill=False), book.step(fill=False)] == [3, 9, None]
    assert book.step() == 5 and book.step() == 6 and book.step() == 0
