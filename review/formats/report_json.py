"""The JSON written by `review check --format json`, `review score --format json` and
`review export --format report-json`.

Both carry a `schema` name with a version; fields are only ever added, never renamed or
removed, within one version. The README documents every field.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from review.core.checks import count_by_severity
from review.core.discover import VariantGroup
from review.core.model import Annotation, Document, Finding, Severity, Status
from review.core.mqm import MqmScore
from review.core.scoring import DocumentScores, Scores, SegmentScores

FINDINGS_SCHEMA = "review.findings/1"
FINDINGS_SET_SCHEMA = "review.findings-set/1"  # several documents: a `review.findings/1` each
REPORT_SCHEMA = "review.report/1"
SCORES_SCHEMA = "review.scores/1"
SCORES_SET_SCHEMA = "review.scores-set/1"  # several documents: a `review.scores/1` each, a total
VARIANTS_SCHEMA = "review.variants/1"


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _scores(scores: Scores | None) -> dict[str, float] | None:
    return None if scores is None else {k: round(v, 4) for k, v in asdict(scores).items()}


def scores_json(
    result: DocumentScores,
    *,
    document: str,
    segments: list[SegmentScores] | None,
    mqm: MqmScore | None = None,
) -> str:
    data: dict[str, Any] = {
        "schema": SCORES_SCHEMA,
        "document": document,
        **_scores_data(result, segments),
    }
    if mqm is not None:
        data["mqm"] = mqm.to_dict()
    return _dump(data)


def _segment_scores(s: SegmentScores) -> dict[str, Any]:
    return {
        "id": s.id,
        "mt": _scores(s.mt),
        "revision": _scores(s.revision),
        "hter": None if s.hter is None else round(s.hter, 4),
        "char_edits": s.char_edits,
    }


def _scores_data(result: DocumentScores, segments: list[SegmentScores] | None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "segments": result.segments,
        "with_reference": result.with_reference,
        "revised": result.revised,
        "mt": _scores(result.mt),
        "revision": _scores(result.revision),
        "delta": _scores(result.delta),
        "edit_effort": {"hter": round(result.hter, 4), "char_edits": result.char_edits},
        "signatures": result.signatures,
    }
    tested = result.significance
    if tested is not None:
        data["significance"] = {
            "samples": tested.samples,
            "seed": tested.seed,
            **{
                side: {m: {"mean": round(i.mean, 4), "ci": round(i.ci, 4)} for m, i in part.items()}
                for side, part in (("mt", tested.mt), ("revision", tested.revision))
            },
            "p": None if tested.p is None else {m: round(v, 4) for m, v in tested.p.items()},
        }
    if segments is not None:
        data["per_segment"] = [_segment_scores(s) for s in segments]
    return data


def count_by_kind(findings: Sequence[Finding]) -> dict[str, dict[str, int]]:
    """For each kind of finding, how many of each severity (kinds in order of appearance)."""
    table: dict[str, dict[str, int]] = {}
    for finding in findings:
        row = table.setdefault(finding.kind, {severity.value: 0 for severity in Severity})
        row[finding.severity.value] += 1
    return table


def report_json(
    document: Document,
    findings: list[Finding],
    scores: DocumentScores,
    per_segment: list[SegmentScores],
    *,
    name: str,
    glossary: str | None,
    annotations: Sequence[Annotation] = (),
    mqm: MqmScore | None = None,
) -> str:
    """`review export --format report-json`: the whole review in one object, `review.report/1`:
    the summary (by severity, by kind, statuses), the scores (with `mqm` when given), and every
    segment with its text, its scores, its findings and its MQM `annotations`."""
    annotated: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        annotated.setdefault(annotation.segment, []).append(annotation)
    by_segment: dict[str, list[Finding]] = {}
    for finding in findings:
        by_segment.setdefault(finding.segment, []).append(finding)
    statuses = {status.value: 0 for status in Status}
    for segment in document.segments:
        statuses[segment.status.value] += 1
    scored = {s.id: s for s in per_segment}
    return _dump(
        {
            "schema": REPORT_SCHEMA,
            "document": name,
            "glossary": glossary,
            "summary": {
                "segments": len(document),
                "with_findings": len(by_segment),
                "findings": count_by_severity(findings),
                "by_kind": count_by_kind(findings),
                "statuses": statuses,
            },
            "scores": _scores_data(scores, None),
            "mqm": None if mqm is None else mqm.to_dict(),
            "segments": [
                {
                    **segment.to_dict(),
                    "line": document.lines.get(segment.id),
                    "scores": _segment_scores(scored[segment.id]) if segment.id in scored else None,
                    "findings": [f.to_dict() for f in by_segment.get(segment.id, [])],
                    "annotations": [a.to_dict() for a in annotated.get(segment.id, [])],
                }
                for segment in document.segments
            ],
        }
    )


def variants_json(
    shown: list[tuple[VariantGroup, str | None]], *, document: str, segments: int
) -> str:
    return _dump(
        {
            "schema": VARIANTS_SCHEMA,
            "document": document,
            "segments": segments,
            "groups": [
                {
                    "suggestion": group.suggestion,
                    "glossary_entry": entry,
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
                for group, entry in shown
            ],
        }
    )
