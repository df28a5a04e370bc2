"""The one check pipeline. `review check`, `dismiss`, `export`'s reports and the TUI's
background fill all run the checks through it; `review fix` applies the glossary's fixes
through it; `review score` sums its runs' statistics (`score_document`).

A document reaches the engine as pieces of work (`Piece`): runs of segments, or chunks of a
plain text streamed from its file (`batch.Chunk`, a segment per line). The checks
(`review.core.checks`) run in two passes over the pieces:

1. the document checks' map, on each piece; then their reduce, once, in this process: the
   findings that need the whole document (variants, mixed quotes, inconsistency), by
   segment;
2. on each piece, the glossary (in bulk, `batch.Engine`) and the segment checks, combined
   with the piece's share of the first pass (`checks.combine`), settled by the project
   config, split from the dismissed; then rendered (`Render`), by whoever ran it.

Each pass is an ordered map on an executor (`pool.Executor`): in this process, on every core
for a large input (`processes_for`), or on a Dask cluster (`review.core.cluster`). The
executor decides where the work runs, never what it finds: the findings are the same, byte
for byte, whatever the executor and the number of workers and pieces.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from review.core.batch import Chunk, Engine
from review.core.checks import (
    DOCUMENT_CHECKS,
    CheckOptions,
    Context,
    DocumentCheck,
    Reduced,
    combine,
    glossary_forms,
    mark_dismissed,
    not_translated,
    segment_checks,
    segment_qa,
    split_dismissed,
    untranslated_share,
)
from review.core.glossary import Glossary
from review.core.model import Dismissal, Document, Finding, Segment, Status
from review.core.pool import CHUNK_CHARS, IN_PROCESS, Executor, Sized
from review.core.qa import message_key
from review.core.qa.numbers import match_numbers
from review.core.scoring import DocumentScores, Scorer, Statistics

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Run:
    """Consecutive segments of a document in memory, the first being the document's `first`
    (0-based); `final_newline`: the document's last segment is among them (prh reads the
    final line break of a text)."""

    segments: tuple[Segment, ...]
    first: int = 0
    final_newline: bool = False


Piece = Run | Chunk


def segments_of(piece: Piece) -> Sequence[Segment]:
    if isinstance(piece, Run):
        return piece.segments
    first = piece.first + 1
    return [Segment(str(first + i), line) for i, line in enumerate(piece.lines)]


def runs(segments: Sequence[Segment], size: int | None = None) -> list[Sized[Piece]]:
    """A document's segments in runs of about `size` characters of text (`CHUNK_CHARS`)."""
    size = size or CHUNK_CHARS  # read here, at call time: tests make it small
    pieces: list[Sized[Piece]] = []
    start = total = 0
    for i, segment in enumerate(segments):
        total += len(segment.target) + len(segment.source or "") + 1
        if total >= size:
            pieces.append(Sized(Run(tuple(segments[start : i + 1]), start), total))
            start, total = i + 1, 0
    if start < len(segments) or not pieces:
        pieces.append(Sized(Run(tuple(segments[start:]), start), total))
    last = pieces[-1]
    assert isinstance(last.item, Run)
    last.item = replace(last.item, final_newline=True)
    return pieces


@dataclass(slots=True)
class Plan:
    """What every piece of work needs, given to each worker once."""

    glossary: Glossary | None
    options: CheckOptions
    dismissals: tuple[Dismissal, ...] = ()
    paragraphs: bool = False
    """Plain text read as prh reads it: pattern rules see a paragraph as one text."""
    show_dismissed: bool = False
    """List the dismissed findings too, each marked (`mark_dismissed`)."""
    context: Context = field(init=False)
    bulk: Engine | None = field(init=False)

    def __post_init__(self) -> None:
        self.context = Context(
            self.glossary,
            glossary_forms(self.glossary),
            self.options.off,
            self.options.every_shared_translation,
        )
        self.bulk = Engine(self.glossary) if self.glossary is not None else None

    @property
    def document_checks(self) -> list[DocumentCheck]:
        return [check for check in DOCUMENT_CHECKS if self.options.runs(check)]

    def tune(self, sample: str) -> None:
        if self.bulk is not None:
            self.bulk.tune(sample)


@dataclass(slots=True)
class Checked:
    """What the checks found in one piece: the findings to list, in document order, then by
    offset (with `show_dismissed`, the dismissed ones too, marked); those dismissed; and the
    number check's tally (source numbers found, missing)."""

    segments: Sequence[Segment]
    findings: list[Finding]
    dismissed: list[Finding]
    numbers: tuple[int, int] = (0, 0)
    lists_dismissed: bool = False
    keys: int = 0
    """Segments whose source is a message key (`qa.message_key`), not compared."""
    not_started: int = 0
    """Segments with an empty target that the file says are not started: not checked."""
    locked: int = 0
    """Segments the file's CAT tool locked (nobody may change them): not checked."""


Render = Callable[[Checked], T]


def unrendered(checked: Checked) -> Checked:
    return checked


def counted_findings(checked: Checked) -> tuple[int, list[Finding]]:
    """The `Render` that sends back the findings and the number of segments they are of
    (the caller has the segments)."""
    return len(checked.segments), checked.findings


def _map(plan: Plan, piece: Piece) -> list[Any]:
    segments = segments_of(piece)
    return [check.map(segments, piece.first, plan.context) for check in plan.document_checks]


class Whole:
    """The document checks' findings, made per segment from what their reduce left."""

    def __init__(self, reduced: Sequence[Reduced] = ()) -> None:
        self.reduced = list(reduced)

    def for_segment(self, segment: Segment) -> list[Finding]:
        found: list[Finding] = []
        for part in self.reduced:
            found.extend(part.for_segment(segment))
        return found

    def touches(self, segment: Segment) -> bool:
        return any(part.touches(segment) for part in self.reduced)

    def part(self, piece: Piece) -> Whole:
        if not self.reduced:
            return self
        if isinstance(piece, Run):
            ids: list[str] = [s.id for s in piece.segments]
        else:
            ids = [str(i) for i in range(piece.first + 1, piece.first + piece.count + 1)]
        return Whole([part.part(ids) for part in self.reduced])


def reduce(plan: Plan, parts: Iterable[list[Any]]) -> Whole:
    """The reduce of every document check, on the maps of every piece, in order, each
    folded in as it comes (`DocumentCheck.add`)."""
    checks = plan.document_checks
    merged: list[Any] | None = None
    for part in parts:
        if merged is None:
            merged = part
        else:
            merged = [check.add(m, p) for check, m, p in zip(checks, merged, part, strict=True)]
    if merged is None:
        return Whole()
    return Whole([check.reduce(m, plan.context) for check, m in zip(checks, merged, strict=True)])


def check_piece(plan: Plan, piece: Piece, whole: Whole) -> Checked:
    """The second pass on one piece: `whole` holds its share of the first."""
    segments = segments_of(piece)
    options = plan.options
    sources = [None if message_key(s.source) else s.source for s in segments]
    if plan.bulk is not None:
        glossary_found = plan.bulk.check(
            [s.target for s in segments],
            [s.id for s in segments],
            paragraphs=plan.paragraphs,
            final_newline=piece.final_newline,
            key_terms=options.key_terms,
            sources=sources,
        )
    else:
        glossary_found = [[] for _ in segments]
    tally = options.numbers and "number" not in options.off
    checks = segment_checks(options)
    found = missing = 0
    findings: list[Finding] = []
    for segment, present in zip(segments, glossary_found, strict=True):
        if segment.locked:
            continue
        qa = segment_qa(segment, plan.context, checks)
        if not_translated(segment):
            findings.extend(
                combine([], untranslated_share(whole.for_segment(segment)), qa, options)
            )
            continue
        findings.extend(combine(present, whole.for_segment(segment), qa, options))
        if tally and segment.source:
            matched = match_numbers(segment)
            found += len(matched.found)
            missing += len(matched.missing)
    keys = sum(1 for s, compared in zip(segments, sources, strict=True) if s.source != compared)
    not_started = sum(1 for s in segments if s.not_started)
    locked = sum(1 for s in segments if s.locked)
    shown, dismissed = split_dismissed(findings, plan.dismissals)
    listed = False
    if plan.show_dismissed and dismissed:
        hidden = {id(f) for f in dismissed}
        marks = plan.dismissals
        shown = [mark_dismissed(f, marks) if id(f) in hidden else f for f in findings]
        listed = True
    return Checked(segments, shown, dismissed, (found, missing), listed, keys, not_started, locked)


def _check(shared: tuple[Plan, Render[T]], item: tuple[Piece, Whole]) -> T:
    plan, render = shared
    piece, whole = item
    return render(check_piece(plan, piece, whole))


def run(
    plan: Plan,
    pieces: Callable[[], Iterable[Sized[Piece]]],
    render: Render[T],
    *,
    executor: Executor = IN_PROCESS,
    progress: Callable[[int], None] | None = None,
    reduced: Callable[[Whole], None] | None = None,
) -> Iterator[T]:
    """`render` of each piece's findings, in order. `pieces` gives the document's pieces
    afresh for each pass; `reduced` is given what the first pass found (`Whole`). Under
    `spawn` the plan and `render` are pickled, so `render` must be a module-level function
    or an instance of a module-level class."""
    first = next(iter(pieces()), None)
    if first is None:
        return
    plan.tune(_text(first.item))  # before the workers get the plan
    whole = Whole()
    passes = 2 if plan.document_checks else 1
    if plan.document_checks:
        parts = executor.map(_map, plan, pieces(), _half(progress, passes))
        whole = reduce(plan, parts)
    if reduced is not None:
        reduced(whole)
    work = (Sized((p.item, whole.part(p.item)), p.size) for p in pieces())
    yield from executor.map(_check, (plan, render), work, _half(progress, passes))


def _half(progress: Callable[[int], None] | None, passes: int) -> Callable[[int], None] | None:
    """A pass's progress, counted as its share of the whole."""
    if progress is None or passes == 1:
        return progress
    report = progress
    return lambda size: report(size // passes)


def _text(piece: Piece) -> str:
    if isinstance(piece, Chunk):
        return piece.text
    return "\n".join(s.target for s in piece.segments[:2000])


def check_document(
    document: Document,
    glossary: Glossary | None,
    options: CheckOptions | None = None,
    dismissals: Sequence[Dismissal] = (),
) -> list[Finding]:
    """Every finding shown (not dismissed), in document order, then by offset, in this
    process; `options`: the library default (`CheckOptions()`: glossary and variants)."""
    return checked_document(document, glossary, options or CheckOptions(), dismissals)[0]


def checked_document(
    document: Document,
    glossary: Glossary | None,
    options: CheckOptions,
    dismissals: Sequence[Dismissal] = (),
    *,
    show_dismissed: bool = False,
) -> tuple[list[Finding], list[Finding]]:
    """(listed, dismissed) findings of the document, in this process; listed are those shown,
    and with `show_dismissed` the dismissed ones too, marked."""
    plan = Plan(glossary, options, tuple(dismissals), show_dismissed=show_dismissed)
    shown: list[Finding] = []
    dismissed: list[Finding] = []
    for piece in run(plan, lambda: runs(document.segments), unrendered):
        shown.extend(piece.findings)
        dismissed.extend(piece.dismissed)
    return shown, dismissed


def document_findings(
    document: Document, glossary: Glossary | None, options: CheckOptions
) -> Whole:
    """The first pass alone, in this process: what the document checks found (the TUI's
    background fill; it runs the segment checks as segments are shown)."""
    plan = Plan(glossary, options)
    return reduce(plan, (_map(plan, piece.item) for piece in runs(document.segments)))


def _fix(shared: tuple[Engine, bool], piece: Piece) -> list[str]:
    bulk, preferences = shared
    return bulk.fix([s.target for s in segments_of(piece)], preferences=preferences)


def fix_document(
    document: Document,
    glossary: Glossary,
    *,
    preferences: bool = False,
    executor: Executor = IN_PROCESS,
) -> tuple[Document, int]:
    """The document with every glossary fix applied as a revision (and every preferred term,
    with `preferences`), and how many segments changed. MT is never touched; an unchanged
    segment keeps its revision and status, and so does one its file's CAT tool locked. A
    fix is no review: a segment keeps its status (a fuzzy PO message stays fuzzy, an XLIFF
    target needing review still needs it), but an approved one is edited again."""
    bulk = Engine(glossary)
    pieces = runs(document.segments)
    bulk.tune(_text(pieces[0].item))
    segments: list[Segment] = []
    for piece, fixed in zip(pieces, executor.map(_fix, (bulk, preferences), pieces), strict=True):
        run_segments = segments_of(piece.item)
        segments.extend(
            s if s.locked else _fixed(s, text) for s, text in zip(run_segments, fixed, strict=True)
        )
    changed = sum(1 for old, new in zip(document.segments, segments, strict=True) if old is not new)
    return replace(document, segments=segments), changed


def _fixed(segment: Segment, text: str) -> Segment:
    revised = segment.revised(text)
    if revised is segment or segment.status is Status.APPROVED:
        return revised
    return replace(revised, status=segment.status)


_SCORERS = threading.local()


def _scorer() -> Scorer:
    """One per thread: its MeCab tagger does not travel between processes, nor is it shared
    between the threads of a Dask worker."""
    scorer: Scorer | None = getattr(_SCORERS, "scorer", None)
    if scorer is None:
        scorer = _SCORERS.scorer = Scorer()
    return scorer


def _statistics(shared: None, piece: Piece) -> Statistics:
    return _scorer().statistics(segments_of(piece))


def document_statistics(
    document: Document,
    *,
    executor: Executor = IN_PROCESS,
    progress: Callable[[int], None] | None = None,
) -> list[Statistics]:
    """The map of the document's scores: its runs' statistics, scored on the executor's
    workers; `Scorer.total` of them (of one document or of several) is the reduce.
    `progress` is given each run's size (`runs`: its characters)."""
    pieces = runs(document.segments, size=CHUNK_CHARS // 20)  # TER: 20 times the cost of checks
    return list(executor.map(_statistics, None, pieces, progress))


def score_document(document: Document, *, executor: Executor = IN_PROCESS) -> DocumentScores:
    """The document's scores (`Scorer.document`), its runs scored on the executor's workers."""
    return _scorer().total(document_statistics(document, executor=executor))
