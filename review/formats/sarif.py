"""Findings as SARIF 2.1.0, for CI systems that show them as annotations.

One run; `tool.driver.rules` holds one rule per finding rule (a glossary entry, a check), each
result points at the document (`artifactLocation`: relative to the root of its git work tree,
`%SRCROOT%`, as code scanning wants it) and the line its segment starts on (`region.startLine`;
and the columns, where the segment is its line of a plain text or Markdown file as written;
elsewhere the offsets inside the segment are in `properties`, since SARIF's own count the
file's characters, not the segment's), names the segment as a logical location, and carries
a stable fingerprint (segment, rule, matched text).

MQM annotations become results too, with rule `mqm/CATEGORY` (critical and major → error,
minor → warning, neutral → note) and the annotation in `properties`; the run's `properties`
carry the document's MQM score.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from review import __version__
from review.core.model import Annotation, Document, Finding, Severity
from review.core.mqm import MqmScore

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_MQM_LEVELS = {"critical": "error", "major": "error", "minor": "warning", "neutral": "note"}


SOURCE_ROOT = "%SRCROOT%"


def _uri(path: str) -> str:
    return quote(PurePath(path).as_posix(), safe="/:._-~")


def _artifact(path: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Where the document is, as code scanning resolves it: relative to the root of the git
    work tree it is in (`%SRCROOT%`), wherever review was run from; else an absolute path as
    a file URI, a relative one as given (normalised). And the run's base URIs."""
    given = Path(path)
    resolved = given.resolve()
    root = next((p for p in resolved.parents if (p / ".git").exists()), None)
    if root is not None:
        location = {"uri": _uri(str(resolved.relative_to(root))), "uriBaseId": SOURCE_ROOT}
        return location, {SOURCE_ROOT: {"uri": root.as_uri() + "/"}}
    if given.is_absolute():
        return {"uri": resolved.as_uri()}, {}
    return {"uri": _uri(os.path.normpath(path))}, {}


def _rule(rule_id: str, findings: list[Finding]) -> dict[str, Any]:
    worst = min(findings, key=lambda f: f.severity.rank)
    kinds = sorted({f.kind for f in findings})
    entry = rule_id.split(":", 1)[1] if ":" in rule_id else rule_id
    return {
        "id": rule_id,
        "name": rule_id.replace(":", "/"),
        "shortDescription": {"text": f"{', '.join(kinds)}: {entry}"},
        "fullDescription": {"text": worst.message},
        "defaultConfiguration": {"level": _LEVELS[worst.severity]},
        "properties": {"kinds": kinds},
    }


def render(
    findings: Sequence[Finding],
    document: Document,
    *,
    uri: str,
    glossary: str | None,
    annotations: Sequence[Annotation] = (),
    mqm: MqmScore | None = None,
) -> str:
    by_rule: dict[str, list[Finding]] = {}
    for finding in findings:
        by_rule.setdefault(finding.rule, []).append(finding)
    rule_ids = sorted(by_rule)
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    artifact, bases = _artifact(uri)
    columns = _columns(document)
    results = []
    for f in findings:
        suggestion = f" Suggestion: “{f.suggestion}”." if f.suggestion is not None else ""
        quoted = f"“{f.text}”: " if f.text else ""
        fingerprint = hashlib.sha256(f"{f.segment}\0{f.rule}\0{f.text}".encode()).hexdigest()
        results.append(
            {
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "kind": "fail",
                "level": _LEVELS[f.severity],
                "message": {"text": f"{quoted}{f.message}.{suggestion} (segment {f.segment})"},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {**artifact, "index": 0},
                            "region": _region(document, f, columns),
                        },
                        "logicalLocations": [
                            {
                                "name": f.segment,
                                "fullyQualifiedName": f"{uri}#{f.segment}",
                                "kind": "element",
                            }
                        ],
                    }
                ],
                "partialFingerprints": {"segmentFinding/v1": fingerprint[:32]},
                "properties": {
                    "segment": f.segment,
                    "kind": f.kind,
                    "start": f.start,
                    "end": f.end,
                    "text": f.text,
                    "suggestion": f.suggestion,
                },
            }
        )
    rules = [_rule(r, by_rule[r]) for r in rule_ids]
    mqm_rules: dict[str, int] = {}
    for a in annotations:
        rule_id = f"mqm/{a.category}"
        if rule_id not in mqm_rules:
            mqm_rules[rule_id] = len(rules)
            rules.append(
                {
                    "id": rule_id,
                    "name": rule_id,
                    "shortDescription": {"text": f"MQM error: {a.category}"},
                    "properties": {"kinds": ["mqm"]},
                }
            )
        results.append(_annotation_result(a, rule_id, mqm_rules[rule_id], document, uri, artifact))
    properties: dict[str, Any] = {"glossary": glossary, "segments": len(document)}
    if mqm is not None:
        properties["mqm"] = mqm.to_dict()
    data = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "review",
                        "fullName": "review: QA for machine-translated Japanese",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": rules,
                    }
                },
                "artifacts": [{"location": artifact, "encoding": "utf-8"}],
                **({"originalUriBaseIds": bases} if bases else {}),
                "columnKind": "unicodeCodePoints",
                "results": results,
                "properties": properties,
            }
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _columns(document: Document) -> set[str]:
    """The segments whose text is their line of the file, as the file writes it (a plain
    text's or a Markdown file's lines, not revised), so that a finding's offsets are its
    columns there."""
    from review.formats.markdown import MarkdownOrigin
    from review.formats.spliced import TextOrigin

    origin = document.origin
    lines = isinstance(origin, MarkdownOrigin) or (
        isinstance(origin, TextOrigin) and origin.fmt == "txt"
    )
    return {s.id for s in document.segments if s.revision is None} if lines else set()


def _region(
    document: Document, finding: Finding | Annotation, columns: AbstractSet[str] = frozenset()
) -> dict[str, Any]:
    line = max(document.lines.get(finding.segment, 1), 1)
    region: dict[str, Any] = {"startLine": line}
    if isinstance(finding, Finding) and finding.segment in columns:
        region["startColumn"] = finding.start + 1
        region["endColumn"] = max(finding.end, finding.start) + 1
    if finding.text:
        region["snippet"] = {"text": finding.text}
    return region


def _annotation_result(
    a: Annotation,
    rule_id: str,
    rule_index: int,
    document: Document,
    uri: str,
    artifact: dict[str, Any],
) -> dict[str, Any]:
    what = f"“{a.text}”" if a.end > a.start else f"omission at {a.start}"
    note = f": {a.note}" if a.note else ""
    return {
        "ruleId": rule_id,
        "ruleIndex": rule_index,
        "kind": "fail",
        "level": _MQM_LEVELS.get(a.severity, "note"),
        "message": {
            "text": f"MQM {a.severity} {a.category} in the {a.field}, {what}{note} "
            f"(segment {a.segment})"
        },
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {**artifact, "index": 0},
                    "region": _region(document, a),
                },
                "logicalLocations": [
                    {
                        "name": a.segment,
                        "fullyQualifiedName": f"{uri}#{a.segment}",
                        "kind": "element",
                    }
                ],
            }
        ],
        "properties": {"mqm": a.to_dict()},
    }
