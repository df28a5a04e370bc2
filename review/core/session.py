"""A review session: the document in memory, every change committed to the review state first.

The front end asks the session to change a segment; the session writes the change to
`ReviewState` (durable before this returns) and only then updates the segments it shows.
It also keeps what a front end needs to stay fast on a large document: findings cached per
segment, status counts kept up to date, live scores (`ScoreBook`), text-search haystacks.
Findings and scores may be filled from a worker thread; edits happen on one thread.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from review.core.filters import SegmentFilter, fold, haystack
from review.core.glossary import Glossary, GlossaryError
from review.core.glossary_edit import Addition, add_to_glossary
from review.core.live_scores import ScoreBook
from review.core.model import Document, Finding, Fix, Segment, Severity, Status, apply_fixes
from review.core.state import ReviewState

LAST_SEGMENT_KEY = "tui:last-segment"
PENDING_GLOSSARY_KEY = "tui:glossary-pending"


@dataclass(frozen=True, slots=True)
class Progress:
    total: int
    new: int
    edited: int
    approved: int
    rejected: int

    @property
    def reviewed(self) -> int:
        return self.total - self.new


@dataclass(frozen=True, slots=True)
class FindingTotals:
    errors: int
    warnings: int
    infos: int
    known: int
    total: int

    @property
    def open(self) -> int:
        return self.errors + self.warnings + self.infos

    @property
    def complete(self) -> bool:
        return self.known == self.total


@dataclass(frozen=True, slots=True)
class FixPlan:
    """What fixing does before it is done: occurrences per rule, and the segments touched."""

    occurrences: dict[str, int]
    segments: list[int]

    @property
    def total(self) -> int:
        return sum(self.occurrences.values())


def is_fixable(finding: Finding) -> bool:
    """A glossary finding whose suggestion replaces a span of the text."""
    return finding.kind == "glossary" and finding.suggestion is not None and finding.end > 0


class ReviewSession:
    def __init__(
        self,
        document: Document,
        glossary: Glossary | None,
        state: ReviewState,
        glossary_path: Path | None = None,
    ) -> None:
        self.document = document
        self.segments = document.segments
        self.glossary = glossary
        self.glossary_path = glossary_path
        self.state = state
        self.scores = ScoreBook(self.segments)
        self.pending: list[Addition] = []
        self.glossary_warnings: list[str] = []
        self._positions = {segment.id: i for i, segment in enumerate(self.segments)}
        self._statuses = Counter(segment.status for segment in self.segments)
        self._lock = threading.Lock()
        self._generation = 0
        self._findings: list[tuple[str, list[Finding]] | None] = [None] * len(self.segments)
        self._severities: Counter[Severity] = Counter()
        self._known = 0
        self._haystacks: list[tuple[Segment, str] | None] = [None] * len(self.segments)
        self._replay_pending()

    def __len__(self) -> int:
        return len(self.segments)

    # Reading

    def index_of(self, segment_id: str) -> int | None:
        return self._positions.get(segment_id)

    def progress(self) -> Progress:
        counts = self._statuses
        return Progress(
            total=len(self.segments),
            new=counts[Status.NEW],
            edited=counts[Status.EDITED],
            approved=counts[Status.APPROVED],
            rejected=counts[Status.REJECTED],
        )

    def findings(self, index: int) -> list[Finding]:
        """The open findings of the segment as it is now, by offset."""
        segment = self.segments[index]
        cached = self._findings[index]
        if cached is not None and cached[0] == segment.target:
            return cached[1]
        generation = self._generation
        found = self._check(segment)
        self._store(index, segment.target, found, generation)
        return found

    def cached_finding_count(self, index: int) -> int | None:
        """The number of findings if known without checking the segment now."""
        cached = self._findings[index]
        if cached is None or cached[0] != self.segments[index].target:
            return None
        return len(cached[1])

    def mt_findings(self, index: int) -> list[Finding]:
        """Findings in the MT itself, for showing where a revision started from."""
        segment = self.segments[index]
        if self.glossary is None:
            return []
        return self._check(replace(segment, revision=None), key_terms=False)

    def finding_totals(self) -> FindingTotals:
        with self._lock:
            return FindingTotals(
                errors=self._severities[Severity.ERROR],
                warnings=self._severities[Severity.WARNING],
                infos=self._severities[Severity.INFO],
                known=self._known,
                total=len(self.segments),
            )

    def fill_findings(self, cancelled: Callable[[], bool] = lambda: False) -> bool:
        """Check every segment not checked yet (for a worker thread); False if cancelled."""
        for index in range(len(self.segments)):
            if cancelled():
                return False
            self.findings(index)
        return True

    def select(self, segment_filter: SegmentFilter) -> list[int]:
        """Indices of the segments the filter lets through, in document order."""
        indices: Iterable[int] = range(len(self.segments))
        if segment_filter.statuses:
            wanted = segment_filter.statuses
            indices = [i for i in indices if self.segments[i].status in wanted]
        if segment_filter.text:
            needle = fold(segment_filter.text)
            indices = [i for i in indices if needle in self._haystack(i)]
        if segment_filter.with_findings:
            indices = [i for i in indices if self.findings(i)]
        return list(indices)

    def last_position(self) -> int:
        saved = self.state.get(LAST_SEGMENT_KEY)
        index = None if saved is None else self.index_of(saved)
        return 0 if index is None else index

    def remember_position(self, index: int) -> None:
        if self.state.read_only is None:  # read-only: the other window remembers its own
            self.state.put(LAST_SEGMENT_KEY, self.segments[index].id)

    # Changing segments: each commits to the state first

    def revise(self, index: int, text: str) -> bool:
        segment = self.segments[index]
        return self._commit(index, segment.revised(text))

    def set_status(self, index: int, status: Status) -> bool:
        segment = self.segments[index]
        return self._commit(index, replace(segment, status=status))

    def reset_status(self, index: int) -> bool:
        """Back to edited (if revised) or new: undoes an approval or a rejection."""
        segment = self.segments[index]
        status = Status.NEW if segment.revision is None else Status.EDITED
        return self._commit(index, replace(segment, status=status))

    def revert(self, index: int) -> bool:
        """Drop the revision: the segment is its MT again, and new."""
        segment = self.segments[index]
        return self._commit(index, replace(segment, revision=None, status=Status.NEW))

    def set_note(self, index: int, note: str) -> bool:
        segment = self.segments[index]
        return self._commit(index, replace(segment, note=note.strip()))

    def apply_finding(self, index: int, finding: Finding) -> bool:
        """Replace the finding's span by its suggestion, if the text still has it there."""
        segment = self.segments[index]
        text = segment.target
        if not is_fixable(finding) or text[finding.start : finding.end] != finding.text:
            return False
        assert finding.suggestion is not None
        fixed = apply_fixes(text, [Fix(finding.start, finding.end, finding.suggestion)])
        return self._commit(index, segment.revised(fixed))

    def plan_fix(self, rule: str | None = None) -> FixPlan:
        """What fixing one rule (or every rule, if None) everywhere would change."""
        occurrences: Counter[str] = Counter()
        touched: list[int] = []
        for index in range(len(self.segments)):
            fixable = [
                f
                for f in self.findings(index)
                if is_fixable(f) and (rule is None or f.rule == rule)
            ]
            if fixable:
                touched.append(index)
                occurrences.update(f.rule for f in fixable)
        return FixPlan(dict(sorted(occurrences.items())), touched)

    def fix(self, plan: FixPlan, rule: str | None = None) -> int:
        """Apply the fixes of a plan as one durable step (one undo); segments changed."""
        edits: list[tuple[int, Segment]] = []
        for index in plan.segments:
            segment = self.segments[index]
            fixes = [
                Fix(f.start, f.end, f.suggestion)
                for f in self.findings(index)
                if is_fixable(f) and (rule is None or f.rule == rule) and f.suggestion is not None
            ]
            after = segment.revised(apply_fixes(segment.target, fixes))
            if after is not segment:
                edits.append((index, after))
        self._commit_many(edits)
        return len(edits)

    def undo(self) -> list[int]:
        """Revert the last step; the indices it changed."""
        return self._restore(self.state.undo_step())

    def redo(self) -> list[int]:
        return self._restore(self.state.redo_step())

    # Growing the glossary

    def add_to_glossary(self, addition: Addition) -> None:
        """Apply the addition and record it durably until the glossary file is saved."""
        glossary = add_to_glossary(self.glossary, addition)
        self._put_pending([*self.pending, addition])
        self._set_glossary(glossary)

    def glossary_saved(self, path: Path) -> None:
        """The glossary, with every pending addition, is now in `path`."""
        self.glossary_path = path
        if self.glossary is not None:
            self.glossary.name = str(path)
        self._put_pending([])

    # Internals

    def _check(self, segment: Segment, *, key_terms: bool = True) -> list[Finding]:
        if self.glossary is None:
            return []
        found = self.glossary.check(segment, key_terms=key_terms)
        return sorted(found, key=lambda f: (f.start, f.end, f.severity.rank))

    def _store(self, index: int, text: str, found: list[Finding], generation: int) -> None:
        with self._lock:
            if generation != self._generation or self.segments[index].target != text:
                return
            old = self._findings[index]
            if old is None:
                self._known += 1
            else:
                self._severities.subtract(f.severity for f in old[1])
            self._severities.update(f.severity for f in found)
            self._findings[index] = (text, found)

    def _haystack(self, index: int) -> str:
        segment = self.segments[index]
        cached = self._haystacks[index]
        if cached is not None and cached[0] is segment:
            return cached[1]
        text = haystack(segment)
        self._haystacks[index] = (segment, text)
        return text

    def _commit(self, index: int, after: Segment) -> bool:
        before = self.segments[index]
        if after == before:
            return False
        self.state.save(before, after)
        self._replace(index, after)
        return True

    def _commit_many(self, edits: list[tuple[int, Segment]]) -> None:
        self.state.save_many([(self.segments[index], after) for index, after in edits])
        for index, after in edits:
            self._replace(index, after)

    def _replace(self, index: int, after: Segment) -> None:
        before = self.segments[index]
        self._statuses[before.status] -= 1
        self._statuses[after.status] += 1
        self.segments[index] = after
        self.scores.touch(index)
        if before.target != after.target:
            self.findings(index)

    def _restore(self, restored: list[Segment]) -> list[int]:
        changed: list[int] = []
        for segment in restored:
            index = self.index_of(segment.id)
            if index is None or self.segments[index].mt != segment.mt:
                continue
            self._replace(index, segment)
            changed.append(index)
        return changed

    def _set_glossary(self, glossary: Glossary | None) -> None:
        with self._lock:
            self.glossary = glossary
            self._generation += 1
            self._findings = [None] * len(self.segments)
            self._severities = Counter()
            self._known = 0

    def _put_pending(self, additions: list[Addition]) -> None:
        payload = {
            "glossary": str(self.glossary_path) if self.glossary_path else "",
            "additions": [a.to_dict() for a in additions],
        }
        self.state.put(PENDING_GLOSSARY_KEY, json.dumps(payload, ensure_ascii=False))
        self.pending = additions

    def _replay_pending(self) -> None:
        """Re-apply additions saved in the state but not yet in the glossary file."""
        saved = self.state.get(PENDING_GLOSSARY_KEY)
        if not saved:
            return
        payload = json.loads(saved)
        wanted = str(self.glossary_path) if self.glossary_path else ""
        additions = [Addition.from_dict(a) for a in payload.get("additions", [])]
        if payload.get("glossary", "") != wanted:
            if additions:
                self.glossary_warnings.append(
                    f"{len(additions)} unsaved glossary additions belong to "
                    f"{payload.get('glossary') or 'no glossary'}; not applied to this one"
                )
            return
        glossary = self.glossary
        kept: list[Addition] = []
        for addition in additions:
            try:
                glossary = add_to_glossary(glossary, addition)
            except GlossaryError as exc:
                self.glossary_warnings.append(
                    f"unsaved addition dropped ({addition.describe()}): {exc}"
                )
                continue
            kept.append(addition)
        self.pending = kept
        self._set_glossary(glossary)
