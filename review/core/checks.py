"""The checks, as data: each one a `Check` with a name, the kinds of finding it gives and a
scope, in one registry (`CHECKS`) that drives the command line's switches, the
`[checks.KIND]` tables of review.toml (`FINDING_KINDS`) and the engine
(`review.core.engine`), which runs them however it is scheduled.

* A segment check reads one segment at a time (`SegmentCheck.run`).
* A document check needs the whole document; it is map-reduce (`DocumentCheck.map` reads a
  run of segments and gives statistics, `reduce` turns the statistics of every run, in
  order, into findings), so that it costs one linear pass, on any number of workers.

The glossary check is not in the registry: it is on when there is a glossary, and the
engine runs it in bulk (`review.core.batch.Engine`). Its findings win where they overlap the
others' (`combine`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Protocol

from review.core.discover import (
    Spellings,
    Terms,
    Writings,
    accepted_forms,
    add_terms,
    collect_terms,
    discover_terms,
    one_group_a_word,
)
from review.core.glossary import Glossary
from review.core.model import Dismissal, Finding, FindingKind, Segment, Severity
from review.core.orthography import Spelling, add_words, groups_of, words
from review.core.overlaps import Covered
from review.core.qa import Styled, add_styled, credits, message_key
from review.core.qa.consistency import Row, consistency_findings, consistency_rows
from review.core.qa.markup import check_markup
from review.core.qa.numbers import check_numbers
from review.core.qa.quotes import QuoteStats, add_quote_stats, quote_findings, quote_stats
from review.core.qa.shape import (
    check_shape,
    period_findings,
    period_stats,
)
from review.core.qa.spacing import (
    check_spacing,
    half_spaced_findings,
    half_spaced_stats,
    stray_findings,
    stray_stats,
)
from review.core.qa.untranslated import (
    Roles,
    add_roles,
    check_untranslated,
    copied,
    role_findings,
    role_stats,
)

_Words = tuple[Terms, dict[tuple[str, str], dict[str, Spelling]]]


class Scope(StrEnum):
    SEGMENT = "segment"
    DOCUMENT = "document"


@dataclass(frozen=True, slots=True)
class Context:
    """What a check may read besides the segments."""

    glossary: Glossary | None = None
    forms: frozenset[str] = frozenset()
    """The words of the glossary's forms (lower case), which the untranslated check lets by."""
    off: frozenset[str] = frozenset()
    """The finding kinds switched off (`CheckOptions.off`): a check need not make them."""
    every_shared_translation: bool = False
    """`CheckOptions.every_shared_translation`."""


class Check(Protocol):
    @property
    def name(self) -> str:
        """The switch (a `CheckOptions` field); `--skip` takes it or one of its kinds."""
        ...

    @property
    def kinds(self) -> tuple[FindingKind, ...]: ...

    @property
    def scope(self) -> Scope: ...


class SegmentCheck(Check, Protocol):
    def run(self, segment: Segment, context: Context) -> list[Finding]: ...


class Reduced(Protocol):
    """What a document check's reduce gives: the findings of each segment, made where the
    segment is checked (in a worker, on its piece's `part`)."""

    def for_segment(self, segment: Segment) -> list[Finding]: ...

    def touches(self, segment: Segment) -> bool:
        """Whether the segment may have findings here (cheap; False: it has none)."""
        ...

    def part(self, ids: Iterable[str]) -> Reduced:
        """What the segments with these ids need (to send a worker no more than that)."""
        ...


class DocumentCheck(Check, Protocol):
    def map(self, segments: Sequence[Segment], first: int, context: Context) -> Any:
        """Statistics of consecutive segments, the first being the document's `first`."""
        ...

    def add(self, merged: Any, part: Any) -> Any:
        """`merged` (the statistics of the runs so far) with the next run's added, in place:
        the engine folds each piece's map in as it comes, holding one of them at a time."""
        ...

    def reduce(self, merged: Any, context: Context) -> Reduced: ...


class ById:
    """Findings made by a reduce, by segment id."""

    def __init__(self, findings: Iterable[Finding] = ()) -> None:
        self.by_segment: dict[str, list[Finding]] = {}
        for finding in findings:
            self.by_segment.setdefault(finding.segment, []).append(finding)

    def for_segment(self, segment: Segment) -> list[Finding]:
        return self.by_segment.get(segment.id, [])

    def touches(self, segment: Segment) -> bool:
        return segment.id in self.by_segment

    def part(self, ids: Iterable[str]) -> ById:
        part = ById()
        if self.by_segment:
            part.by_segment = {i: self.by_segment[i] for i in ids if i in self.by_segment}
        return part


class _Spelled:
    """The variant check's reduce: its katakana and Latin spellings and its orthographic
    ones, whose findings are made per segment, from its text."""

    def __init__(self, spellings: Spellings, writings: Writings) -> None:
        self.spellings = spellings
        self.writings = writings

    def for_segment(self, segment: Segment) -> list[Finding]:
        return self.spellings.findings(segment) + self.writings.findings(segment)

    def touches(self, segment: Segment) -> bool:
        text = segment.target
        return self.spellings.written(text) or self.writings.written(text)

    def part(self, ids: Iterable[str]) -> _Spelled:
        return self


@dataclass(frozen=True, slots=True)
class _PerSegment:
    name: str
    kinds: tuple[FindingKind, ...]
    check: Any  # (segment, context) -> findings
    scope: Scope = Scope.SEGMENT

    def run(self, segment: Segment, context: Context) -> list[Finding]:
        found: list[Finding] = self.check(segment, context)
        return found


@dataclass(frozen=True, slots=True)
class _Variants:
    name: str = "variants"
    kinds: tuple[FindingKind, ...] = (FindingKind.VARIANT,)
    scope: Scope = Scope.DOCUMENT

    def map(self, segments: Sequence[Segment], first: int, context: Context) -> _Words:
        return collect_terms(segments, first), words(segments, keep=False, first=first)

    def add(self, merged: _Words, part: _Words) -> _Words:
        return add_terms(merged[0], part[0]), add_words(merged[1], part[1])

    def reduce(self, merged: _Words, context: Context) -> Reduced:
        groups, spelled = one_group_a_word(
            discover_terms(merged[0], context.glossary),
            groups_of(merged[1], merged[0].sources),
            merged[0],
        )
        accepted = accepted_forms(context.glossary)
        spellings = Spellings(groups, merged[0].coded)
        return _Spelled(spellings, Writings(spelled, accepted, merged[0]))


@dataclass(frozen=True, slots=True)
class _Quotes:
    name: str = "quotes"
    kinds: tuple[FindingKind, ...] = (FindingKind.QUOTES,)
    scope: Scope = Scope.DOCUMENT

    def map(self, segments: Sequence[Segment], first: int, context: Context) -> QuoteStats:
        return quote_stats(segments, first)

    def add(self, merged: QuoteStats, part: QuoteStats) -> QuoteStats:
        return add_quote_stats(merged, part)

    def reduce(self, merged: QuoteStats, context: Context) -> Reduced:
        return ById(quote_findings(merged))


@dataclass(frozen=True, slots=True)
class _Consistency:
    name: str = "consistency"
    kinds: tuple[FindingKind, ...] = (FindingKind.INCONSISTENCY, FindingKind.SHARED_TRANSLATION)
    scope: Scope = Scope.DOCUMENT

    def map(self, segments: Sequence[Segment], first: int, context: Context) -> list[Row]:
        return consistency_rows(segments)

    def add(self, merged: list[Row], part: list[Row]) -> list[Row]:
        merged.extend(part)
        return merged

    def reduce(self, merged: list[Row], context: Context) -> Reduced:
        shared = FindingKind.SHARED_TRANSLATION not in context.off
        everywhere = context.every_shared_translation
        return ById(consistency_findings(merged, shared=shared, everywhere=everywhere))


@dataclass(frozen=True, slots=True)
class _StraySpaces:
    """Spaces inside Japanese sentences, and beside a Latin word on one side only, by the
    document's own style (`review.core.qa.spacing`)."""

    name: str = "spacing"
    kinds: tuple[FindingKind, ...] = (FindingKind.SPACING,)
    scope: Scope = Scope.DOCUMENT

    def map(
        self, segments: Sequence[Segment], first: int, context: Context
    ) -> tuple[Styled, Styled]:
        translated_ = [s for s in segments if translated(s)]
        return stray_stats(translated_), half_spaced_stats(translated_)

    def add(
        self, merged: tuple[Styled, Styled], part: tuple[Styled, Styled]
    ) -> tuple[Styled, Styled]:
        return add_styled(merged[0], part[0]), add_styled(merged[1], part[1])

    def reduce(self, merged: tuple[Styled, Styled], context: Context) -> Reduced:
        return ById(stray_findings(merged[0]) + half_spaced_findings(merged[1]))


@dataclass(frozen=True, slots=True)
class _Periods:
    """The final 。 of sentences, by the document's own style (`review.core.qa.shape`)."""

    name: str = "shape"
    kinds: tuple[FindingKind, ...] = (FindingKind.SENTENCE_SHAPE,)
    scope: Scope = Scope.DOCUMENT

    def map(
        self, segments: Sequence[Segment], first: int, context: Context
    ) -> tuple[Styled, Styled]:
        return period_stats(segments)

    def add(
        self, merged: tuple[Styled, Styled], part: tuple[Styled, Styled]
    ) -> tuple[Styled, Styled]:
        return add_styled(merged[0], part[0]), add_styled(merged[1], part[1])

    def reduce(self, merged: tuple[Styled, Styled], context: Context) -> Reduced:
        return ById(period_findings(merged))


@dataclass(frozen=True, slots=True)
class _KeptRoles:
    """Targets that copy their source where the file says what each text is, by the
    document's own style (`review.core.qa.untranslated.role_findings`)."""

    name: str = "untranslated"
    kinds: tuple[FindingKind, ...] = (FindingKind.UNTRANSLATED,)
    scope: Scope = Scope.DOCUMENT

    def map(self, segments: Sequence[Segment], first: int, context: Context) -> Roles:
        return role_stats(s for s in segments if not (s.not_started or credits(s.source)))

    def add(self, merged: Roles, part: Roles) -> Roles:
        return add_roles(merged, part)

    def reduce(self, merged: Roles, context: Context) -> Reduced:
        return ById(role_findings(merged))


SEGMENT_CHECKS: tuple[SegmentCheck, ...] = (
    _PerSegment("numbers", (FindingKind.NUMBER,), lambda s, c: check_numbers(s)),
    _PerSegment("shape", (FindingKind.SENTENCE_SHAPE,), lambda s, c: check_shape(s)),
    _PerSegment(
        "untranslated", (FindingKind.UNTRANSLATED,), lambda s, c: check_untranslated(s, c.forms)
    ),
    _PerSegment(
        "spacing", (FindingKind.SPACING, FindingKind.REPETITION), lambda s, c: check_spacing(s)
    ),
    _PerSegment(
        "markup",
        (FindingKind.PLACEHOLDER, FindingKind.URL, FindingKind.WHITESPACE),
        lambda s, c: check_markup(s),
    ),
)
"""In the order their findings are listed where two have the same span."""

DOCUMENT_CHECKS: tuple[DocumentCheck, ...] = (
    _Variants(),
    _Quotes(),
    _Consistency(),
    _Periods(),
    _StraySpaces(),
    _KeptRoles(),
)

CHECKS: tuple[Check, ...] = (*DOCUMENT_CHECKS[:1], *SEGMENT_CHECKS, *DOCUMENT_CHECKS[1:])

GLOSSARY_KINDS = (
    FindingKind.GLOSSARY,
    FindingKind.PREFERENCE,
    FindingKind.TERM_MISSING,
    FindingKind.RULE_TIMEOUT,
    FindingKind.RULE_SPANS_LINES,
)

QA_CHECKS = tuple(check for check in CHECKS if check.name != "variants")

QA_SWITCHES: Mapping[str, str] = {
    kind.value: check.name for check in QA_CHECKS for kind in check.kinds
}
"""Each QA finding kind, and the check that gives it (what `--skip` takes)."""

FINDING_KINDS: tuple[str, ...] = tuple(kind.value for kind in FindingKind)
"""Every kind of finding, in the order the help lists them."""


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """Which checks run and what becomes of their findings. A check runs when its switch is
    on and one of its kinds is not `off`; findings of the kinds `off` are dropped, and each
    kind in `severities` gets that severity (`settle`)."""

    key_terms: bool = True
    variants: bool = True
    # QA checks, one switch each (the names in QA_CHECKS); off here so that library callers
    # (the TUI, reports) keep their findings; `review check` switches them on (ALL_QA).
    numbers: bool = False
    quotes: bool = False
    shape: bool = False
    untranslated: bool = False
    spacing: bool = False
    consistency: bool = False
    markup: bool = False
    off: frozenset[str] = frozenset()
    every_shared_translation: bool = False
    """Tell each translation given to different sources, not only in a document that does
    it often (`review.core.qa.consistency`)."""
    severities: tuple[tuple[str, Severity], ...] = field(default=())

    def runs(self, check: Check) -> bool:
        switched_on: bool = getattr(self, check.name)
        return switched_on and any(kind not in self.off for kind in check.kinds)

    def without(self, kinds: Iterable[str]) -> CheckOptions:
        """These options with findings of the given kinds dropped, and each check none of
        whose kinds is left switched off, so that it costs nothing."""
        dropped = set(self.off).union(kinds)
        # a switch runs every check of its name (spacing: the segment's and the document's)
        kept = {check.name for check in CHECKS if any(k not in dropped for k in check.kinds)}
        switches: dict[str, Any] = {c.name: False for c in CHECKS if c.name not in kept}
        if FindingKind.TERM_MISSING in dropped:
            switches["key_terms"] = False
        return replace(self, off=frozenset(dropped), **switches)

    def settle(self, findings: Iterable[Finding]) -> list[Finding]:
        """The findings without the kinds switched off, each with its configured severity."""
        if not self.severities and not self.off:
            return list(findings)
        severity = dict(self.severities)
        return [
            f if f.kind not in severity else replace(f, severity=severity[f.kind])
            for f in findings
            if f.kind not in self.off
        ]


_ALL_ON: dict[str, Any] = {check.name: True for check in CHECKS}
ALL_QA = CheckOptions(**_ALL_ON)


def glossary_forms(glossary: Glossary | None) -> frozenset[str]:
    """The words of the glossary's forms, which the untranslated check lets through."""
    return frozenset(
        word.lower()
        for entry in (glossary.entries if glossary is not None else [])
        for form in (*entry.accepted, *entry.source)
        for word in form.split()
    )


def segment_checks(options: CheckOptions) -> list[SegmentCheck]:
    """The segment checks the options switch on, in registry order."""
    return [check for check in SEGMENT_CHECKS if options.runs(check)]


def segment_qa(segment: Segment, context: Context, checks: Sequence[SegmentCheck]) -> list[Finding]:
    """The findings of these segment checks (`segment_checks`) on one segment; on a segment
    not translated (`not_translated`), the untranslated check's alone; on one the file says
    is not started (`Segment.not_started`) or that holds the translators' names
    (`qa.credits`), none."""
    found: list[Finding] = []
    if segment.not_started or credits(segment.source):
        return found
    skip = not_translated(segment)
    seen = compared(segment)
    for check in checks:
        if not skip or check.name == "untranslated":
            found.extend(check.run(seen, context))
    return found


def translated(segment: Segment) -> bool:
    """Whether every check reads the segment (`segment_qa`): started, translated, and not
    the translators' names."""
    return not (segment.not_started or credits(segment.source) or not_translated(segment))


def compared(segment: Segment) -> Segment:
    """The segment as the checks that compare source and target see it: without its source
    when that is a message key."""
    return replace(segment, source=None) if message_key(segment.source) else segment


def untranslated_share(shared: Sequence[Finding]) -> list[Finding]:
    """Of a segment's share of the document checks, what one not translated keeps: that it
    is not (`_KeptRoles`)."""
    return [f for f in shared if f.kind == FindingKind.UNTRANSLATED]


def not_translated(segment: Segment) -> bool:
    """A source and an empty target, or the source copied as the target: one finding says
    so (untranslated), no other check runs on it, and no check of the whole document counts
    it."""
    source, target = segment.source or "", segment.target
    return bool(source.strip()) and (not target.strip() or copied(source, target))


def combine(
    glossary_found: list[Finding],
    shared: Sequence[Finding],
    qa: list[Finding],
    options: CheckOptions,
) -> list[Finding]:
    """One segment's findings, by offset: the glossary's, then `shared` (its share of the
    document checks) and its QA findings, each dropped where a glossary finding covers the
    same text (a variant: where any finding does); then `CheckOptions.settle`."""
    if not shared and not qa:
        present = glossary_found
    else:
        present = list(glossary_found)
        taken = Covered(present)
        glossed = Covered(f for f in present if f.kind == FindingKind.GLOSSARY)
        for finding in shared:
            if finding.kind == FindingKind.VARIANT:
                if not taken.overlaps(finding):
                    present.append(finding)
                    taken.add(finding)
            elif not glossed.overlaps(finding):
                present.append(finding)
                taken.add(finding)
        present.extend(f for f in qa if not glossed.overlaps(f))
    if len(present) > 1:
        present = sorted(present, key=_order)
    return options.settle(present)


def _order(f: Finding) -> tuple[int, int, int]:
    return f.start, f.end, f.severity.rank


def segment_findings(
    segment: Segment,
    glossary: Glossary | None,
    options: CheckOptions,
    context: Context,
    shared: Sequence[Finding] = (),
) -> list[Finding]:
    """One segment's findings, checked alone (the TUI, as a segment is shown or edited)."""
    qa = segment_qa(segment, context, segment_checks(options))
    if not_translated(segment):
        return combine([], untranslated_share(shared), qa, options)
    seen = compared(segment)
    found = [] if glossary is None else glossary.check(seen, key_terms=options.key_terms)
    return combine(found, shared, qa, options)


def split_dismissed(
    findings: Iterable[Finding], dismissals: Sequence[Dismissal]
) -> tuple[list[Finding], list[Finding]]:
    """(shown, dismissed): a finding is dismissed when a dismissal covers it
    (`Dismissal.covers`: same segment, rule, kind and matched text)."""
    keys = {(d.segment, d.rule, d.kind, d.text) for d in dismissals}
    if not keys:
        return list(findings), []
    shown: list[Finding] = []
    hidden: list[Finding] = []
    for f in findings:
        (hidden if (f.segment, f.rule, f.kind, f.text) in keys else shown).append(f)
    return shown, hidden


def mark_dismissed(finding: Finding, dismissals: Sequence[Dismissal]) -> Finding:
    """The finding with “[dismissed: note]” after its message, for --show-dismissed."""
    note = next((d.note for d in dismissals if d.covers(finding)), "")
    suffix = f" [dismissed: {note}]" if note else " [dismissed]"
    return replace(finding, message=finding.message + suffix)


def count_by_severity(findings: list[Finding]) -> dict[str, int]:
    counts = {severity.value: 0 for severity in Severity}
    for finding in findings:
        counts[finding.severity.value] += 1
    return counts
