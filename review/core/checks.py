"""The checks a document goes through, and the fixes they offer."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from review.core.discover import discover, variant_findings
from review.core.glossary import Glossary
from review.core.model import Document, Finding, Fix, Segment, Severity, apply_fixes
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

    def without(self, kinds: Iterable[str]) -> CheckOptions:
        """These options with the QA checks of the given kinds (e.g. "number") switched off."""
        off = {QA_SWITCHES[kind]: False for kind in kinds}
        return replace(self, **off)


# finding kind -> CheckOptions field
QA_SWITCHES = {
    "number": "numbers",
    "quotes": "quotes",
    "sentence-shape": "shape",
    "untranslated": "untranslated",
    "spacing": "spacing",
    "repetition": "spacing",
    "inconsistency": "consistency",
}
ALL_QA = CheckOptions(**{field: True for field in QA_SWITCHES.values()})


def qa_findings(
    document: Document, options: CheckOptions, glossary: Glossary | None = None
) -> list[Finding]:
    """The findings of the QA checks the options switch on."""
    forms = {
        word.lower()
        for entry in (glossary.entries if glossary is not None else [])
        for form in (*entry.accepted, *entry.source)
        for word in form.split()
    }
    found: list[Finding] = []
    for segment in document.segments:
        if options.numbers:
            found.extend(check_numbers(segment))
        if options.shape:
            found.extend(check_shape(segment))
        if options.untranslated:
            found.extend(check_untranslated(segment, forms))
        if options.spacing:
            found.extend(check_spacing(segment))
    if options.quotes:
        found.extend(check_quotes(document.segments))
    if options.consistency:
        found.extend(check_consistency(document.segments))
    return found


def check_document(
    document: Document, glossary: Glossary | None, options: CheckOptions = CheckOptions()
) -> list[Finding]:
    """Every finding, in document order, then by offset. A variant or QA finding is dropped
    where a glossary finding already covers the same text."""
    by_segment: dict[str, list[Finding]] = {s.id: [] for s in document.segments}
    if glossary is not None:
        for segment in document.segments:
            by_segment[segment.id] = glossary.check(segment, key_terms=options.key_terms)
    if options.variants:
        for finding in variant_findings(discover(document, glossary)):
            present = by_segment[finding.segment]
            if not any(f.start < finding.end and finding.start < f.end for f in present):
                present.append(finding)
    for finding in qa_findings(document, options, glossary):
        present = by_segment[finding.segment]
        if not any(
            f.kind == "glossary" and f.start < finding.end and finding.start < f.end
            for f in present
        ):
            present.append(finding)
    return [
        finding
        for segment in document.segments
        for finding in sorted(
            by_segment[segment.id], key=lambda f: (f.start, f.end, f.severity.rank)
        )
    ]


def fix_document(document: Document, glossary: Glossary) -> tuple[Document, int]:
    """The document with every glossary fix applied as a revision, and how many segments
    changed. MT is never touched; an unchanged segment keeps its revision and status."""
    segments = [glossary.fix(segment) for segment in document.segments]
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
