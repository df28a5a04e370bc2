"""The JSON written by `review check --format json` and `review score --format json`.

Both carry a `schema` name with a version; fields are only ever added, never renamed or
removed, within one version. The README documents every field.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from review.core.checks import count_by_severity
from review.core.discover import VariantGroup
from review.core.model import Finding
from review.core.scoring import DocumentScores, Scores, SegmentScores

FINDINGS_SCHEMA = "review.findings/1"
SCORES_SCHEMA = "review.scores/1"
VARIANTS_SCHEMA = "review.variants/1"


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def findings_json(
    findings: list[Finding], *, document: str, glossary: str | None, segments: int
) -> str:
    return _dump(
        {
            "schema": FINDINGS_SCHEMA,
            "document": document,
            "glossary": glossary,
            "segments": segments,
            "summary": count_by_severity(findings),
            "findings": [finding.to_dict() for finding in findings],
        }
    )


def _scores(scores: Scores | None) -> dict[str, float] | None:
    return None if scores is None else {k: round(v, 4) for k, v in asdict(scores).items()}


def scores_json(
    result: DocumentScores, *, document: str, segments: list[SegmentScores] | None
) -> str:
    data: dict[str, Any] = {
        "schema": SCORES_SCHEMA,
        "document": document,
        "segments": result.segments,
        "with_reference": result.with_reference,
        "revised": result.revised,
        "mt": _scores(result.mt),
        "revision": _scores(result.revision),
        "delta": _scores(result.delta),
        "edit_effort": {"hter": round(result.hter, 4), "char_edits": result.char_edits},
        "signatures": result.signatures,
    }
    if segments is not None:
        data["per_segment"] = [
            {
                "id": s.id,
                "mt": _scores(s.mt),
                "revision": _scores(s.revision),
                "hter": None if s.hter is None else round(s.hter, 4),
                "char_edits": s.char_edits,
            }
            for s in segments
        ]
    return _dump(data)


def variants_json(groups: list[VariantGroup], *, document: str, segments: int) -> str:
    return _dump(
        {
            "schema": VARIANTS_SCHEMA,
            "document": document,
            "segments": segments,
            "groups": [
                {
                    "suggestion": group.suggestion,
                    "evidence": group.evidence,
                    "forms": [
                        {
                            "text": form.text,
                            "count": form.count,
                            "occurrences": [
                                {"segment": o.segment, "start": o.start, "end": o.end}
                                for o in form.occurrences
                            ],
                        }
                        for form in group.forms
                    ],
                }
                for group in groups
            ],
        }
    )
