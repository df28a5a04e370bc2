"""MQM: the error typology a reviewer annotates with, and the quality score of a document.

Typology. The categories are those of the MQM-based annotation used by the WMT human
evaluations (Freitag et al., "Experts, Errors, and Context: A Large-Scale Study of Human
Evaluation for Machine Translation", TACL 9, 2021, table 10): Accuracy (Mistranslation,
Omission, Addition, Untranslated), Fluency (Grammar, Spelling, Punctuation, Inconsistency),
Terminology, Style, Locale convention, Other and Non-translation. Fluency is what MQM 2.0
Core calls Linguistic Conventions. A category is written "Accuracy/Omission", or "Style" for
a dimension without subtypes.

Scoring. The MQM scoring model, as described in "The MQM Scoring Models" and "Values and
Scores" on themqm.org (https://themqm.org/error-types-2/the-mqm-scoring-models/,
https://themqm.org/error-types-2/values-and-scores/) and in Lommel, Gladkoff, Melby, Wright,
Strandvik et al., "The Multi-Range Theory of Translation Quality Measurement: MQM scoring
models and Statistical Quality Control", arXiv:2405.16969 (2024):

- each error scores its severity multiplier (neutral 0, minor 1, major 5, critical 25) times
  an error type weight, which is 1 for every type here;
- the Absolute Penalty Total is the sum over the document: APT = Σ multiplier;
- the Evaluation Word Count (EWC) is the size of the evaluated text; the Per-Word Penalty
  Total is PWPT = APT / EWC;
- the Overall Quality Score is OQS = MSV − PWPT × RWC, with a Maximum Score Value MSV
  (default 100) and a Reference Word Count RWC (default 100). With RWC = MSV = 100 this is
  the raw scoring model, OQS = 100 × (1 − APT / EWC); RWC = 1000 gives the scorecard's
  "penalty points per thousand words". OQS is not clamped: it falls below zero when the
  penalty outweighs the text;
- the translation passes when OQS ≥ the threshold value and it has no critical error (the
  MQM glossary: "if the OQS is above the TV and the translation contains no critical errors,
  then the translation receives a pass rating").

The count. EWC is, as in ASTM F2575 and the MQM glossary, the word count of the *source*:
whitespace-separated words for an English source. A segment without a source counts the
words of its MT instead; Japanese has no spaces, so its words are MeCab (IPA dictionary)
tokens, the tokenizer sacrebleu's `ja-mecab` uses, leaving out tokens that are only
punctuation or symbols. `unit = "characters"` counts instead the non-whitespace characters
of the MT (the option ISO 5060 gives for languages whose word counts differ greatly). The
count is over the MT, not the revision: the MT is the translation under evaluation, and the
score then moves only when errors are annotated or removed, never as the text is revised.

Settings come from the `[mqm]` table of review.toml: `threshold`, `unit`, `max_score`,
`reference_word_count`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import Any

from review.core.model import Annotation, Finding, Segment
from review.core.model import Severity as FindingSeverity
from review.core.wording import counted

DIMENSIONS: dict[str, tuple[str, ...]] = {
    "Accuracy": ("Mistranslation", "Omission", "Addition", "Untranslated"),
    "Fluency": ("Grammar", "Spelling", "Punctuation", "Inconsistency"),
    "Terminology": (),
    "Style": (),
    "Locale convention": (),
    "Other": (),
    "Non-translation": (),
}
"""Each dimension with its subtypes, in the order a reviewer picks them."""

CATEGORIES: tuple[str, ...] = tuple(
    name
    for dimension, subtypes in DIMENSIONS.items()
    for name in ((f"{dimension}/{s}" for s in subtypes) if subtypes else (dimension,))
)
"""Every category an annotation may carry: "Accuracy/Mistranslation", …, "Non-translation"."""

OMISSION = "Accuracy/Omission"


class MqmSeverity(StrEnum):
    NEUTRAL = "neutral"
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"

    @property
    def multiplier(self) -> int:
        return MULTIPLIERS[self]


MULTIPLIERS: dict[MqmSeverity, int] = {
    MqmSeverity.NEUTRAL: 0,
    MqmSeverity.MINOR: 1,
    MqmSeverity.MAJOR: 5,
    MqmSeverity.CRITICAL: 25,
}
"""Severity penalty multipliers of the MQM scoring model."""

UNITS = ("words", "characters")
SETTINGS_KEYS = frozenset({"threshold", "unit", "max_score", "reference_word_count"})


class MqmError(ValueError):
    """An annotation or a setting that MQM does not allow; the message says why."""


def check_annotation(annotation: Annotation, segment: Segment | None) -> None:
    """Raise MqmError unless the annotation's category, severity, field and span are valid
    for the segment (when given)."""
    if annotation.category not in CATEGORIES:
        raise MqmError(f"unknown MQM category “{annotation.category}”")
    if annotation.severity not in MULTIPLIERS:
        known = ", ".join(MULTIPLIERS)
        raise MqmError(f"unknown MQM severity “{annotation.severity}” (known: {known})")
    if annotation.field not in ("mt", "revision"):
        raise MqmError(f"an annotation marks the mt or the revision, not “{annotation.field}”")
    if segment is None:
        return
    text = segment.mt if annotation.field == "mt" else segment.revision
    if text is None:
        raise MqmError(f"{segment.id} has no revision to annotate")
    if not 0 <= annotation.start <= annotation.end <= len(text):
        raise MqmError(
            f"{segment.id}: span {annotation.start}–{annotation.end} is outside the "
            f"{annotation.field} ({len(text)} characters)"
        )
    if text[annotation.start : annotation.end] != annotation.text:
        raise MqmError(f"{segment.id}: the annotated text is not at {annotation.start}")


# Findings as MQM errors

_KIND_CATEGORIES = {
    "glossary": "Terminology",
    "term-missing": "Terminology",
    "term-preference": "Terminology",
    "variant": "Terminology",
    "number": "Accuracy/Mistranslation",
    "untranslated": "Accuracy/Untranslated",
    "quotes": "Fluency/Punctuation",
    "spacing": "Fluency/Punctuation",
    "sentence-shape": "Fluency/Punctuation",
    "repetition": "Fluency/Grammar",
    "inconsistency": "Fluency/Inconsistency",
    "shared-translation": "Fluency/Inconsistency",
    "placeholder": "Accuracy/Omission",
    "url": "Accuracy/Mistranslation",
    "whitespace": "Fluency/Punctuation",
}
_FINDING_SEVERITIES = {
    FindingSeverity.ERROR: MqmSeverity.MAJOR,
    FindingSeverity.WARNING: MqmSeverity.MINOR,
    FindingSeverity.INFO: MqmSeverity.NEUTRAL,
}


def category_of(finding: Finding) -> str:
    """The MQM category a finding of this kind is: glossary and names → Terminology, a
    changed number → Accuracy/Mistranslation, quotes and spacing → Fluency/Punctuation…"""
    return _KIND_CATEGORIES.get(finding.kind, "Other")


def from_finding(finding: Finding, segment: Segment) -> Annotation:
    """The finding as an MQM error on the text it indexes (the revision if there is one):
    category from its kind, severity from its severity (error → major, warning → minor,
    info → neutral), the finding's message as the note and its rule as the origin."""
    return Annotation(
        segment=segment.id,
        field="mt" if segment.revision is None else "revision",
        start=finding.start,
        end=finding.end,
        text=finding.text,
        category=category_of(finding),
        severity=_FINDING_SEVERITIES[finding.severity].value,
        note=finding.message,
        origin=finding.rule,
    )


# Settings


@dataclass(frozen=True, slots=True)
class MqmSettings:
    threshold: float = 99.0
    """The pass threshold (threshold value, TV) on the Overall Quality Score."""
    unit: str = "words"
    """"words" (source words, MT words where a segment has no source) or "characters"."""
    max_score: float = 100.0
    """Maximum Score Value (MSV)."""
    reference_word_count: float = 100.0
    """Reference Word Count (RWC); 100 with MSV 100 is the raw scoring model."""

    @classmethod
    def from_table(
        cls, table: dict[str, Any], error: Callable[[str, str], Exception]
    ) -> MqmSettings:
        """From the `[mqm]` table of review.toml; `error(message, key)` builds the exception
        to raise for a bad value (the config's InputError, which names the file and the
        key's line)."""
        values: dict[str, Any] = {}
        for key in ("threshold", "max_score", "reference_word_count"):
            if key in table:
                value = table[key]
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise error(f"[mqm] {key} must be a number, not {value!r}", key)
                values[key] = float(value)
        if values.get("reference_word_count", 1.0) <= 0:
            raise error("[mqm] reference_word_count must be above 0", "reference_word_count")
        default = cls()
        top = values.get("max_score", default.max_score)
        if top <= 0:
            raise error("[mqm] max_score must be above 0", "max_score")
        if not 0 <= values.get("threshold", default.threshold) <= top:
            raise error(f"[mqm] threshold must be between 0 and max_score ({top:g})", "threshold")
        if "unit" in table:
            if table["unit"] not in UNITS:
                message = f"[mqm] unit must be “words” or “characters”, not {table['unit']!r}"
                raise error(message, "unit")
            values["unit"] = table["unit"]
        return cls(**values)


# Counting the evaluated text

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_WORDY = re.compile(r"\w")


@cache
def _mecab() -> Callable[[str], str]:
    from sacrebleu.tokenizers.tokenizer_ja_mecab import TokenizerJaMecab

    tokenizer: Callable[[str], str] = TokenizerJaMecab()  # type: ignore[no-untyped-call]
    return tokenizer


def word_count(text: str) -> int:
    """Words of `text`: MeCab tokens when it has Japanese in it, else whitespace-separated
    words; a token with no letter or digit (punctuation, symbols) is not a word."""
    tokens = _mecab()(text).split() if _JAPANESE.search(text) else text.split()
    return sum(1 for token in tokens if _WORDY.search(token))


def character_count(text: str) -> int:
    """Characters of `text` that are not whitespace."""
    return sum(1 for char in text if not char.isspace())


@dataclass(frozen=True, slots=True)
class Evaluated:
    """How much text is evaluated, and in what unit (for the reader: "source words")."""

    count: int
    unit: str

    @property
    def per(self) -> str:
        """What one counted unit is: "word" or "character"."""
        return "character" if self.unit.endswith("characters") else "word"


def evaluated(segments: Sequence[Segment], unit: str = "words") -> Evaluated:
    """The Evaluation Word Count (or character count) of the document; see the module."""
    if unit == "characters":
        return Evaluated(sum(character_count(s.mt) for s in segments), "MT characters")
    sourced = sum(1 for s in segments if s.source is not None)
    count = sum(word_count(s.source if s.source is not None else s.mt) for s in segments)
    if sourced == len(segments):
        label = "source words"
    elif sourced == 0:
        label = "MT words"
    else:
        label = "words (source; MT where a segment has none)"
    return Evaluated(count, label)


# The score


@dataclass(frozen=True, slots=True)
class MqmScore:
    errors: int
    by_severity: dict[str, int]
    penalty: float
    """Absolute Penalty Total (APT)."""
    evaluated: Evaluated
    per_unit: float
    """Per-Word (or per-character) Penalty Total (PWPT)."""
    score: float
    """Overall Quality Score (OQS)."""
    settings: MqmSettings = field(default_factory=MqmSettings)

    @property
    def critical(self) -> int:
        return self.by_severity[MqmSeverity.CRITICAL.value]

    @property
    def passed(self) -> bool:
        return self.critical == 0 and self.score >= self.settings.threshold

    @property
    def verdict(self) -> str:
        if self.critical:
            return "fail (critical error)"
        return "pass" if self.passed else "fail"

    def summary(self) -> str:
        """One line: "MQM 98.57 fail (threshold 99.00): 3 errors (1 major, 2 minor), penalty 7
        over 490 source words"."""
        counts = ", ".join(f"{n} {name}" for name, n in reversed(self.by_severity.items()) if n)
        return (
            f"MQM {self.score:.2f} {self.verdict} (threshold {self.settings.threshold:.2f}): "
            f"{counted(self.errors, 'error')}{f' ({counts})' if counts else ''}, "
            f"penalty {self.penalty:g} "
            f"over {self.evaluated.count} {self.evaluated.unit}"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "errors": self.errors,
            "by_severity": self.by_severity,
            "penalty": round(self.penalty, 4),
            "evaluated": self.evaluated.count,
            "unit": self.evaluated.unit,
            "per_unit": round(self.per_unit, 6),
            "score": round(self.score, 4),
            "threshold": self.settings.threshold,
            "max_score": self.settings.max_score,
            "reference_word_count": self.settings.reference_word_count,
            "passed": self.passed,
            "verdict": self.verdict,
        }


def penalty(annotations: Iterable[Annotation]) -> float:
    """Absolute Penalty Total: the severity multipliers summed (error type weight 1)."""
    return float(sum(MULTIPLIERS[MqmSeverity(a.severity)] for a in annotations))


def score(
    annotations: Sequence[Annotation],
    evaluated_text: Evaluated,
    settings: MqmSettings = MqmSettings(),
) -> MqmScore:
    """The MQM figures of a document with these errors; see the module for the formula. An
    empty document counts as one word, so that the score stays defined."""
    by_severity = {s.value: 0 for s in MqmSeverity}
    for annotation in annotations:
        by_severity[MqmSeverity(annotation.severity).value] += 1
    apt = penalty(annotations)
    per_unit = apt / max(evaluated_text.count, 1)
    oqs = settings.max_score - per_unit * settings.reference_word_count
    return MqmScore(len(annotations), by_severity, apt, evaluated_text, per_unit, oqs, settings)


def document_score(
    segments: Sequence[Segment],
    annotations: Sequence[Annotation],
    settings: MqmSettings = MqmSettings(),
) -> MqmScore:
    """The score of a document: only annotations of its segments count."""
    ids = {s.id for s in segments}
    counted = [a for a in annotations if a.segment in ids]
    return score(counted, evaluated(segments, settings.unit), settings)
