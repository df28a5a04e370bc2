"""QA checks beyond names: numbers, quotes, sentence shape, untranslated text, spacing and
repetition, inconsistency. Each module's check takes segments and returns findings."""

from __future__ import annotations

from review.core.model import Finding, Severity

# finding kind -> CheckOptions field (review.core.checks), here so that the CLI's parser
# has it without importing the checks
QA_SWITCHES = {
    "number": "numbers",
    "quotes": "quotes",
    "sentence-shape": "shape",
    "untranslated": "untranslated",
    "spacing": "spacing",
    "repetition": "spacing",
    "inconsistency": "consistency",
}
KINDS = ("number", "quotes", "sentence-shape", "untranslated", "spacing", "inconsistency")


def finding(
    segment: str,
    kind: str,
    severity: Severity,
    text: str,
    start: int,
    end: int,
    message: str,
    suggestion: str | None = None,
) -> Finding:
    """A finding on target[start:end] (`text` is the whole target)."""
    return Finding(
        segment=segment,
        kind=kind,
        severity=severity,
        start=start,
        end=end,
        text=text[start:end],
        suggestion=suggestion,
        message=message,
        rule=f"qa:{kind}",
    )
