"""A review session: the document in memory, every change committed to the review state first.

The front end asks the session to change a segment; the session writes the change to
`ReviewState` (durable before this returns) and only then updates the segments it shows.
It also keeps what a front end needs to stay fast on a large document: findings cached per
segment, status counts kept up to date, live scores (`ScoreBook`), text-search haystacks.
Findings and scores may be filled from a worker thread; edits happen on one thread.

Findings are those of `review check` with the same `CheckOptions` (glossary, QA, project
config), through the same `checks.combine`: the per-segment checks run per segment as it
is shown or filled; the checks that need the whole document (variants, mixed quotes,
inconsistency) run in one pass (`fill_document_findings`, a worker) that is run again after
edits, and until then a finding of that pass is kept only while its text is still where it
was. Dismissed findings (false positives, in the review state) are left out.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from review.core.checks import (
    DOCUMENT_CHECKS,
    CheckOptions,
    Context,
    glossary_forms,
    segment_findings,
)
from review.core.engine import Plan, Whole, counted_findings, document_findings, run, runs
from review.core.filters import SegmentFilter, fold, haystack
from review.core.glossary import PREFERENCE_KIND, Glossary, GlossaryError
from review.core.glossary_edit import Addition, add_to_glossary
from review.core.live_scores import ScoreBook
from review.core.model import (
    Dismissal,
    Document,
    Finding,
    Fix,
    Segment,
    Severity,
    Status,
    apply_fixes,
)
from review.core.mqm import MqmSettings
from review.core.pool import Processes
from review.core.state import ReviewState
from review.core.wording import counted

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


FIXABLE_KINDS = frozenset({"glossary", PREFERENCE_KIND})


def is_fixable(finding: Finding) -> bool:
    """A glossary or preferred-term finding whose suggestion replaces a span of the text:
    what `f` and `F` fix everywhere."""
    return finding.kind in FIXABLE_KINDS and finding.suggestion is not None and finding.end > 0


SPANLESS_KINDS = frozenset({"term-missing"})
"""Kinds whose suggestion names what is missing, not what replaces the span: where the term
belongs is for the reviewer to decide."""


def has_automatic_fix(finding: Finding) -> bool:
    """A finding whose suggestion replaces its span (an empty span is an insertion): a
    glossary name, a preferred term, a variant spelling, a quote style, a sentence end."""
    return finding.suggestion is not None and finding.kind not in SPANLESS_KINDS


class ReviewSession:
    def __init__(
        self,
        document: Document,
        glossary: Glossary | None,
        state: ReviewState,
        glossary_path: Path | None = None,
        options: CheckOptions | None = None,
        *,
        mqm: MqmSettings | None = None,
    ) -> None:
        self.document = document
        self.options = options or CheckOptions()
        self.mqm = mqm or MqmSettings()
        """The project's `[mqm]` settings, for the annotations' score."""
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
        self._context = Context(glossary, glossary_forms(glossary))
        self._whole = Whole()
        self._whole_generation = 1  # bumped by every change; _whole_done is the one computed
        self._whole_done = 0
        self._dismissed = {_key(d) for d in state.dismissals()}
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
        return self._check(replace(segment, revision=None), key_terms=False, whole=False)

    def document_findings_stale(self) -> bool:
        """Whether the whole-document checks have not seen the document as it is now."""
        return self._whole_done != self._whole_generation

    def fill_document_findings(self, cancelled: Callable[[], bool] = lambda: False) -> list[int]:
        """Run the whole-document checks (for a worker thread) on the document as it is now;
        the indices whose findings that changes (their cached findings are dropped)."""
        with self._lock:
            generation = self._whole_generation
            snapshot = Document(list(self.segments), self.document.path)
            glossary = self.glossary
        if not any(self.options.runs(check) for check in DOCUMENT_CHECKS):
            self._whole_done = generation
            return []
        whole = document_findings(snapshot, glossary, self.options)
        if cancelled():
            return []
        old = self._whole
        differ = [
            segment.id
            for segment in snapshot.segments
            if (old.touches(segment) or whole.touches(segment))
            and old.for_segment(segment) != whole.for_segment(segment)
        ]
        with self._lock:
            if glossary is not self.glossary:
                return []
            changed = [
                index
                for segment_id in differ
                if (index := self._positions.get(segment_id)) is not None
            ]
            self._whole = whole
            for index in changed:
                self._forget(index)
            self._whole_done = generation
        return sorted(changed)

    # Dismissing findings as false positives

    def dismiss(self, index: int, finding: Finding, note: str = "") -> None:
        """Remember the finding as a false positive (durably first); it is hidden from now."""
        dismissal = Dismissal.of(finding, note.strip())
        self.state.dismiss(dismissal)
        self._dismissed.add(_key(dismissal))
        self._recheck(index)

    def undismiss(self, dismissal: Dismissal) -> int | None:
        """Show a dismissed finding again; the index of its segment, if it is in the document."""
        self.state.undismiss(dismissal)
        self._dismissed.discard(_key(dismissal))
        index = self.index_of(dismissal.segment)
        if index is not None:
            self._recheck(index)
        return index

    def dismissals(self) -> list[Dismissal]:
        return self.state.dismissals()

    def finding_totals(self) -> FindingTotals:
        with self._lock:
            return FindingTotals(
                errors=self._severities[Severity.ERROR],
                warnings=self._severities[Severity.WARNING],
                infos=self._severities[Severity.INFO],
                known=self._known,
                total=len(self.segments),
            )

    def check_everything(
        self,
        cancelled: Callable[[], bool] = lambda: False,
        *,
        processes: int = 1,
        method: str | None = None,
    ) -> bool:
        """Every check on every segment as it is now, through the engine (`engine.run`) on
        `processes` workers, as `review check` runs them (for a worker thread: the checks run
        in other processes, which leaves this one free for the reviewer); False if
        cancelled. Segments edited meanwhile are checked again when shown."""
        with self._lock:
            whole_generation = self._whole_generation
            generation = self._generation
            snapshot = list(self.segments)
            glossary = self.glossary
        reduced: list[Whole] = []
        found = run(
            Plan(glossary, self.options),
            lambda: runs(snapshot),
            counted_findings,
            executor=Processes(processes, method),
            reduced=reduced.append,
        )
        first = 0
        for count, findings in found:
            if cancelled():
                return False
            by_segment: dict[str, list[Finding]] = {}
            for finding in findings:
                if _key(finding) not in self._dismissed:
                    by_segment.setdefault(finding.segment, []).append(finding)
            with self._lock:
                if glossary is not self.glossary:
                    return False
                if reduced and self._whole_done != whole_generation:
                    self._whole = reduced[0]
                    self._whole_done = whole_generation
            for index in range(first, first + count):
                text = snapshot[index].target
                self._store(index, text, by_segment.get(snapshot[index].id, []), generation)
            first += count
        return True

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
        if segment_filter.tool_status:
            wanted_tool = segment_filter.tool_status
            indices = [i for i in indices if self.segments[i].tool_status == wanted_tool]
        if segment_filter.text:
            needle = fold(segment_filter.text)
            indices = [i for i in indices if needle in self._haystack(i)]
        if segment_filter.with_findings:
            indices = [i for i in indices if self.findings(i)]
        return list(indices)

    def tool_statuses(self) -> list[str]:
        """The statuses the file's own tool gives its segments, in the order they first come
        (empty for a file that keeps none)."""
        return list(dict.fromkeys(s.tool_status for s in self.segments if s.tool_status))

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
        """Replace the finding's span by its suggestion, if it has an automatic fix and the
        text still has it there: one edit, which undo takes back."""
        segment = self.segments[index]
        text = segment.target
        if not has_automatic_fix(finding) or text[finding.start : finding.end] != finding.text:
            return False
        assert finding.suggestion is not None
        fixed = apply_fixes(text, [Fix(finding.start, finding.end, finding.suggestion)])
        return self._commit(index, segment.revised(fixed))

    def plan_fix(self, rule: str | None = None) -> FixPlan:
        """What fixing one rule (or every rule, if None) everywhere would change."""
        occurrences: Counter[str] = Counter()
        touched: list[int] = []
        for index in range(len(self.segments)):
            if self.segments[index].locked:
                continue
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

    def _check(
        self, segment: Segment, *, key_terms: bool = True, whole: bool = True
    ) -> list[Finding]:
        options = self.options if key_terms else replace(self.options, key_terms=False)
        text = segment.target
        shared = [
            f
            for f in (self._whole.for_segment(segment) if whole else ())
            if text[f.start : f.end] == f.text
        ]
        found = segment_findings(segment, self.glossary, options, self._context, shared)
        return [f for f in found if _key(f) not in self._dismissed]

    def _forget(self, index: int) -> None:
        """Drop the cached findings of a segment (the lock held)."""
        old = self._findings[index]
        if old is not None:
            self._severities.subtract(f.severity for f in old[1])
            self._known -= 1
            self._findings[index] = None

    def _recheck(self, index: int) -> None:
        with self._lock:
            self._forget(index)
        self.findings(index)

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
        if after == before or _locked_change(before, after):
            return False
        self.state.save(before, after)
        self._replace(index, after)
        return True

    def _commit_many(self, edits: list[tuple[int, Segment]]) -> None:
        edits = [(i, after) for i, after in edits if not _locked_change(self.segments[i], after)]
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
            self._whole_generation += 1
            self.findings(index)

    def _restore(self, restored: list[Segment]) -> list[int]:
        changed: list[int] = []
        for segment in restored:
            index = self.index_of(segment.id)
            if index is None or self.segments[index].mt != segment.mt:
                continue
            current = self.segments[index]
            # what the file says (its tool's status, context, lock) is not part of the history
            segment = replace(
                segment,
                tool_status=current.tool_status,
                context=current.context,
                locked=current.locked,
            )
            self._replace(index, segment)
            changed.append(index)
        return changed

    def _set_glossary(self, glossary: Glossary | None) -> None:
        with self._lock:
            self.glossary = glossary
            self._context = Context(glossary, glossary_forms(glossary))
            self._whole_generation += 1
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
                    f"{counted(len(additions), 'unsaved glossary addition')} for "
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


def _locked_change(before: Segment, after: Segment) -> bool:
    """A change to the text or status of a segment its file's CAT tool locked."""
    return before.locked and (before.target, before.status) != (after.target, after.status)


def _key(item: Finding | Dismissal) -> tuple[str, str, str, str]:
    return (item.segment, item.rule, item.kind, item.text)
