"""The checks a document goes through, and the fixes they offer."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from review.core.discover import discover, variant_findings
from review.core.glossary import Glossary
from review.core.model import Dismissal, Document, Finding, Fix, Segment, Severity, apply_fixes
from review.core.qa import QA_SWITCHES as QA_SWITCHES  # defined there: the CLI's parser needs it
from review.core.qa.consistency import check_consistency
from review.core.qa.numbers import check_numbers
from review.core.qa.quotes import check_quotes
from review.core.qa.shape import check_shape
from review.core.qa.spacing import check_spacing
from review.core.qa.untranslated import check_untranslated


@dataclass(frozen=True, slots=True)
class CheckOptions:
    key_terms: bool = True
    variants: bool = True
    # QA checks (review.core.qa), one switch each; off here so that library callers (TUI,
    # reports) keep their findings; `review check` switches them on (ALL_QA).
    numbers: bool = False
    quotes: bool = False
    shape: bool = False
    untranslated: bool = False
    spacing: bool = False
    consistency: bool = False
    # What the project config (review.core.check_config) adds: finding kinds dropped, and a
    # severity per kind. `settle` applies them; every front end's findings go through it.
    off: frozenset[str] = frozenset()
    severities: tuple[tuple[str, Severity], ...] = ()

    def without(self, kinds: Iterable[str]) -> CheckOptions:
        """These options with the QA checks of the given kinds (e.g. "number") switched off."""
        off: dict[str, Any] = {QA_SWITCHES[kind]: False for kind in kinds}
        return replace(self, **off)

    def settle(self, findings: Iterable[Finding]) -> list[Finding]:
        """The findings without the kinds switched off, each with its configured severity."""
        severity = dict(self.severities)
        return [
            f if f.kind not in severity else replace(f, severity=severity[f.kind])
            for f in findings
            if f.kind not in self.off
        ]


_ALL_ON: dict[str, Any] = {field: True for field in QA_SWITCHES.values()}
ALL_QA = CheckOptions(**_ALL_ON)


def glossary_forms(glossary: Glossary | None) -> set[str]:
    """The words of the glossary's forms, which the untranslated check lets through."""
    return {
        word.lower()
        for entry in (glossary.entries if glossary is not None else [])
        for form in (*entry.accepted, *entry.source)
        for word in form.split()
    }


def segment_qa(segment: Segment, options: CheckOptions, forms: set[str]) -> list[Finding]:
    """The findings of the per-segment QA checks the options switch on."""
    found: list[Finding] = []
    if options.numbers:
        found.extend(check_numbers(segment))
    if options.shape:
        found.extend(check_shape(segment))
    if options.untranslated:
        found.extend(check_untranslated(segment, forms))
    if options.spacing:
        found.extend(check_spacing(segment))
    return found


def document_level(
    document: Document, glossary: Glossary | None, options: CheckOptions
) -> dict[str, list[Finding]]:
    """The findings that need the whole document (variants, mixed quotes, inconsistency),
    by segment id. The TUI computes these once in the background, the rest per segment."""
    by_segment: dict[str, list[Finding]] = {}
    found: list[Finding] = []
    if options.variants:
        found.extend(variant_findings(discover(document, glossary)))
    if options.quotes:
        found.extend(check_quotes(document.segments))
    if options.consistency:
        found.extend(check_consistency(document.segments))
    for finding in found:
        by_segment.setdefault(finding.segment, []).append(finding)
    return by_segment


def qa_findings(
    document: Document, options: CheckOptions, glossary: Glossary | None = None
) -> list[Finding]:
    """The findings of the QA checks the options switch on (no glossary, no variants)."""
    forms = glossary_forms(glossary)
    found = [f for segment in document.segments for f in segment_qa(segment, options, forms)]
    whole = document_level(document, glossary, replace(options, variants=False))
    found.extend(f for segment in document.segments for f in whole.get(segment.id, ()))
    return found


def split_dismissed(
    findings: Iterable[Finding], dismissals: Sequence[Dismissal]
) -> tuple[list[Finding], list[Finding]]:
    """(shown, dismissed): a finding is dismissed when a dismissal covers it
    (`Dismissal.covers`: same segment, rule, kind and matched text)."""
    keys = {(d.segment, d.rule, d.kind, d.text) for d in dismissals}
    shown: list[Finding] = []
    hidden: list[Finding] = []
    for f in findings:
        (hidden if (f.segment, f.rule, f.kind, f.text) in keys else shown).append(f)
    return shown, hidden


def segment_findings(
    segment: Segment,
    glossary: Glossary | None,
    options: CheckOptions,
    forms: set[str],
    whole: Sequence[Finding] = (),
) -> list[Finding]:
    """One segment's findings, by offset: the glossary's, then `whole` (its share of
    `document_level`) and its QA findings, each dropped where a glossary finding covers the
    same text (a variant: where any finding does); then `CheckOptions.settle`."""
    present = [] if glossary is None else glossary.check(segment, key_terms=options.key_terms)
    glossed = [f for f in present if f.kind == "glossary"]
    for finding in whole:
        if finding.kind == "variant":
            if not any(f.start < finding.end and finding.start < f.end for f in present):
                present.append(finding)
        elif not _overlaps(finding, glossed):
            present.append(finding)
    present.extend(f for f in segment_qa(segment, options, forms) if not _overlaps(f, glossed))
    return options.settle(sorted(present, key=lambda f: (f.start, f.end, f.severity.rank)))


def _overlaps(finding: Finding, others: list[Finding]) -> bool:
    return any(f.start < finding.end and finding.start < f.end for f in others)


def check_document(
    document: Document, glossary: Glossary | None, options: CheckOptions = CheckOptions()
) -> list[Finding]:
    """Every finding, in document order, then by offset. A variant or QA finding is dropped
    where a glossary finding already covers the same text. The options' `off` kinds are
    dropped and their `severities` applied (`CheckOptions.settle`)."""
    forms = glossary_forms(glossary)
    whole = document_level(document, glossary, options)
    return [
        finding
        for segment in document.segments
        for finding in segment_findings(
            segment, glossary, options, forms, whole.get(segment.id, ())
        )
    ]


def fix_document(
    document: Document, glossary: Glossary, *, preferences: bool = False
) -> tuple[Document, int]:
    """The document with every glossary fix applied as a revision (and every preferred term,
    with `preferences`), and how many segments changed. MT is never touched; an unchanged
    segment keeps its revision and status."""
    segments = [glossary.fix(segment, preferences=preferences) for segment in document.segments]
    changed = sum(1 for old, new in zip(document.segments, segments, strict=True) if old is not new)
    return replace(document, segments=segments), changed


def count_by_severity(findings: list[Finding]) -> dict[str, int]:
    counts = {severity.value: 0 for severity in Severity}
    for finding in findings:
        counts[finding.severity.value] += 1
    return counts


def apply_suggestion(segment: Segment, finding: Finding) -> Segment:
    """The segment with one finding's suggestion applied, if it still matches the text."""
    text = segment.target
    if finding.suggestion is None or text[finding.start : finding.end] != finding.text:
        return segment
    return segment.revised(apply_fixes(text, [Fix(finding.start, finding.end, finding.suggestion)]))


def fix_rule(document: Document, glossary: Glossary, rule: str) -> tuple[Document, int]:
    """Apply the fixes of one glossary entry (`rule`, e.g. "glossary:openai") everywhere;
    returns the new document and the number of occurrences replaced."""
    segments: list[Segment] = []
    count = 0
    for segment in document.segments:
        wanted = [f for f in glossary.check(segment, key_terms=False) if f.rule == rule]
        fixes = [Fix(f.start, f.end, f.suggestion) for f in wanted if f.suggestion is not None]
        count += len(fixes)
        segments.append(segment.revised(apply_fixes(segment.target, fixes)) if fixes else segment)
    return replace(document, segments=segments), count
