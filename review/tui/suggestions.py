"""Which findings `s` can apply, and the text it makes.

Every finding with a suggestion for its span has an automatic fix: a glossary name, a
preferred term, a variant spelling, a quote style, a sentence-final mark (an empty span is an
insertion). A missing term has a suggestion too, but no span: where the term belongs is for
the reviewer to decide.
"""

from __future__ import annotations

from review.core.model import Finding, Fix, apply_fixes

SPANLESS_KINDS = frozenset({"term-missing"})
"""Kinds whose suggestion names what is missing, not what replaces the span."""


def has_automatic_fix(finding: Finding) -> bool:
    return finding.suggestion is not None and finding.kind not in SPANLESS_KINDS


def suggested_text(text: str, finding: Finding) -> str | None:
    """`text` with the finding's span replaced by its suggestion; None when the finding has
    no automatic fix, or the text no longer has the finding's text at its span."""
    if not has_automatic_fix(finding) or text[finding.start : finding.end] != finding.text:
        return None
    assert finding.suggestion is not None
    return apply_fixes(text, [Fix(finding.start, finding.end, finding.suggestion)])
