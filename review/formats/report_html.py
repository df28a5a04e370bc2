"""The QA report as one self-contained HTML page (inline CSS, no script, no external asset).

A summary (findings by severity and by kind, the rules that fired most, corpus scores of the
MT and of the revision with their deltas, edit effort), then one block per segment: source
and target side by side with every finding's span highlighted and numbered, the character
diff from MT to revision (`review.core.diff`, as the TUI shows it), and the findings listed
with their suggestions. Every piece of text from the document, the glossary or a finding is
HTML-escaped. A checkbox hides the segments without findings (CSS `:has`, no script).
"""

from __future__ import annotations

import html
import itertools
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime

from review import __version__
from review.core.diff import Tag, char_diff
from review.core.model import Annotation, Document, Finding, Segment, Severity, Status
from review.core.mqm import MqmScore
from review.core.scoring import METRICS, DocumentScores, Scores, SegmentScores
from review.core.wording import counted
from review.formats.report_json import count_by_kind

_NAMES = {"chrf": "chrF", "bleu": "BLEU", "ter": "TER"}
_HIGHER_IS_BETTER = {"chrf": True, "bleu": True, "ter": False}

_CSS = """
:root { --error: #c62828; --error-bg: #ffe1e1; --warning: #a15c00; --warning-bg: #fff0c2;
  --info: #1f5f99; --info-bg: #dcecfb; --ins: #d7f5dd; --del: #fbdcdc; --line: #d9dce1;
  --muted: #5f6670; --ok: #1b7f3b; }
* { box-sizing: border-box; }
body { font-family: "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", "Meiryo",
  system-ui, sans-serif; margin: 0; color: #1d2127; background: #f6f7f9; line-height: 1.55; }
header { background: #1d2733; color: #fff; padding: 20px 32px; }
header h1 { margin: 0 0 4px; font-size: 22px; font-weight: 600; }
header .meta { margin: 0; color: #c7d0db; font-size: 13px; }
main { padding: 20px 32px 48px; max-width: 1500px; }
h2 { font-size: 17px; margin: 28px 0 10px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px;
  padding: 10px 16px; min-width: 130px; }
.card b { display: block; font-size: 26px; line-height: 1.2; }
.card span { color: var(--muted); font-size: 13px; }
.card.error b { color: var(--error); } .card.warning b { color: var(--warning); }
.card.info b { color: var(--info); }
.tables { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
table { border-collapse: collapse; background: #fff; border: 1px solid var(--line);
  font-size: 14px; }
th, td { padding: 6px 12px; border-bottom: 1px solid var(--line); text-align: left;
  vertical-align: top; }
th { background: #eef0f3; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.better { color: var(--ok); font-weight: 600; } .worse { color: var(--error); font-weight: 600; }
.muted { color: var(--muted); }
.sig { font-size: 12px; color: var(--muted); }
.sig code { word-break: break-all; }
.filter { margin: 8px 0 14px; font-size: 14px; }
body:has(#only-findings:checked) .seg.clean { display: none; }
.seg { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--line);
  border-radius: 6px; margin: 0 0 12px; padding: 10px 14px; }
.seg.sev-error { border-left-color: var(--error); }
.seg.sev-warning { border-left-color: var(--warning); }
.seg.sev-info { border-left-color: var(--info); }
.seg-head { display: flex; gap: 10px; align-items: baseline; font-size: 13px;
  color: var(--muted); margin-bottom: 6px; }
.seg-head .id { font-weight: 700; color: #1d2127; font-size: 14px; }
.badge { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 12px;
  border: 1px solid var(--line); background: #f3f4f6; color: #333; }
.badge.error { background: var(--error-bg); color: var(--error); border-color: #f3b3b3; }
.badge.warning { background: var(--warning-bg); color: var(--warning); border-color: #ecd48a; }
.badge.info { background: var(--info-bg); color: var(--info); border-color: #a9cbed; }
.badge.approved { background: #dff3e4; color: var(--ok); border-color: #a6d8b3; }
.badge.rejected { background: var(--error-bg); color: var(--error); }
.badge.edited { background: #e7e4fb; color: #4b3aa6; border-color: #c4bdf0; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; }
.label { font-size: 11px; text-transform: uppercase; letter-spacing: .05em;
  color: var(--muted); margin-bottom: 2px; }
.text { white-space: pre-wrap; word-break: break-word; font-size: 15px; }
mark { border-radius: 3px; padding: 0 1px; color: inherit; }
mark.error { background: var(--error-bg); box-shadow: inset 0 -2px 0 var(--error); }
mark.warning { background: var(--warning-bg); box-shadow: inset 0 -2px 0 var(--warning); }
mark.info { background: var(--info-bg); box-shadow: inset 0 -2px 0 var(--info); }
sup.ref { font-size: 10px; margin: 0 1px; }
sup.ref a { color: var(--muted); text-decoration: none; }
.diff { margin-top: 8px; }
ins { background: var(--ins); text-decoration: none; border-radius: 2px; }
del { background: var(--del); color: #8a1f1f; border-radius: 2px; }
ol.findings { margin: 8px 0 2px; padding-left: 26px; font-size: 14px; }
ol.findings li { margin: 2px 0; }
ol.findings code { font-size: 12px; color: var(--muted); }
.note { margin-top: 6px; font-size: 13px; color: #4b3aa6; white-space: pre-wrap; }
.scores-line { margin-top: 4px; font-size: 12px; color: var(--muted); }
.mqm-pass { color: var(--ok); font-weight: 700; }
.mqm-fail { color: var(--error); font-weight: 700; }
ul.mqm { margin: 6px 0 2px; padding-left: 20px; font-size: 14px; color: #6b2a8a; }
@media (max-width: 900px) { .pair { grid-template-columns: 1fr; } main { padding: 12px; } }
@media print { body { background: #fff; } .filter { display: none; }
  .seg { break-inside: avoid; } }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def render(
    document: Document,
    findings: Sequence[Finding],
    scores: DocumentScores,
    per_segment: Sequence[SegmentScores],
    *,
    name: str,
    glossary: str | None,
    annotations: Sequence[Annotation] = (),
    mqm: MqmScore | None = None,
) -> str:
    annotated: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        annotated.setdefault(annotation.segment, []).append(annotation)
    by_segment: dict[str, list[Finding]] = {}
    for finding in findings:
        by_segment.setdefault(finding.segment, []).append(finding)
    segment_scores = {s.id: s for s in per_segment}
    worth = [s for s in document.segments if s.id in by_segment or s.revision is not None]
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>QA report: {_e(name)}</title>",
        f"<style>{_CSS}</style></head><body>",
        "<header>",
        f"<h1>QA report: {_e(name)}</h1>",
        f'<p class="meta">glossary {_e(glossary or "none")} · '
        f"{counted(len(document), 'segment')} · "
        f"review {_e(__version__)} · {generated}</p>",
        "</header><main>",
        _summary(document, findings, by_segment),
        _scores(scores),
        _mqm(mqm, annotations, document),
        _rules(findings),
        f"<h2>Segments ({len(document)})</h2>",
        '<p class="filter"><label><input type="checkbox" id="only-findings"> '
        f"show only the {len(worth)} segments with findings or revisions</label></p>",
    ]
    for number, segment in enumerate(document.segments, start=1):
        parts.append(
            _segment(
                number,
                segment,
                by_segment.get(segment.id, []),
                segment_scores.get(segment.id),
                document.lines.get(segment.id),
                annotated.get(segment.id, []),
            )
        )
    parts.append("</main></body></html>\n")
    return "\n".join(parts)


def _summary(
    document: Document, findings: Sequence[Finding], by_segment: dict[str, list[Finding]]
) -> str:
    severities = Counter(f.severity for f in findings)
    statuses = Counter(s.status for s in document.segments)
    revised = sum(1 for s in document.segments if s.revision is not None)
    cards = [
        ("error", severities[Severity.ERROR], "errors"),
        ("warning", severities[Severity.WARNING], "warnings"),
        ("info", severities[Severity.INFO], "info"),
        ("", len(by_segment), f"of {len(document)} segments with findings"),
        ("", revised, "segments revised"),
        ("", statuses[Status.APPROVED], "approved"),
        ("", statuses[Status.REJECTED], "rejected"),
    ]
    html_cards = "".join(
        f'<div class="card {cls}"><b>{count}</b><span>{_e(label)}</span></div>'
        for cls, count, label in cards
    )
    rows = []
    for kind, counts in count_by_kind(findings).items():
        cells = "".join(f'<td class="num">{counts[s.value] or ""}</td>' for s in Severity)
        rows.append(f"<tr><td>{_e(kind)}</td>{cells}<td class=num>{sum(counts.values())}</td></tr>")
    if not rows:
        rows.append('<tr><td colspan="5" class="muted">no findings</td></tr>')
    head = "".join(f'<th class="num">{s.value}</th>' for s in Severity)
    return (
        '<h2>Summary</h2><div class="cards">'
        + html_cards
        + '</div><h2>Findings by kind</h2><div class="tables"><table>'
        + f'<tr><th>kind</th>{head}<th class="num">total</th></tr>'
        + "".join(rows)
        + "</table></div>"
    )


def _number(value: float | None, signed: bool = False) -> str:
    if value is None:
        return "—"
    return f"{value:+.2f}" if signed else f"{value:.2f}"


def _scores(scores: DocumentScores) -> str:
    rows = []
    for metric in METRICS:
        mt = None if scores.mt is None else scores.mt.get(metric)
        revision = None if scores.revision is None else scores.revision.get(metric)
        delta = None if scores.delta is None else scores.delta.get(metric)
        css = ""
        if delta is not None and abs(delta) >= 0.005:
            better = (delta > 0) == _HIGHER_IS_BETTER[metric]
            css = "better" if better else "worse"
        arrow = "↑" if _HIGHER_IS_BETTER[metric] else "↓"
        rows.append(
            f"<tr><td>{_NAMES[metric]} <span class=muted>{arrow}</span></td>"
            f'<td class="num">{_number(mt)}</td><td class="num">{_number(revision)}</td>'
            f'<td class="num {css}">{_number(delta, signed=True)}</td></tr>'
        )
    missing = ""
    if scores.with_reference == 0:
        missing = '<p class="muted">No segment has a reference: chrF, BLEU and TER need one.</p>'
    elif scores.revised == 0:
        missing = (
            '<p class="muted">No segment is revised yet: the revision scores are the MT\'s.</p>'
        )
    signatures = "".join(
        f"<div>{_e(metric)}: <code>{_e(sig)}</code></div>"
        for metric, sig in scores.signatures.items()
    )
    return (
        f"<h2>Scores against the reference ({scores.with_reference} of {scores.segments} "
        "segments have one)</h2>"
        + missing
        + '<div class="tables"><table><tr><th>metric</th><th class="num">MT</th>'
        + '<th class="num">revision</th><th class="num">Δ</th></tr>'
        + "".join(rows)
        + "</table><table><tr><th>edit effort (MT → revision)</th><th></th></tr>"
        + f'<tr><td>HTER <span class=muted>↓</span></td><td class="num">{scores.hter:.2f}</td></tr>'
        + f'<tr><td>characters edited</td><td class="num">{scores.char_edits}</td></tr>'
        + f'<tr><td>segments revised</td><td class="num">{scores.revised}</td></tr>'
        + f'</table></div><div class="sig"><p>sacrebleu signatures</p>{signatures}</div>'
    )


def _rules(findings: Sequence[Finding]) -> str:
    if not findings:
        return ""
    counts = Counter(f.rule for f in findings)
    first: dict[str, Finding] = {}
    for finding in findings:
        previous = first.get(finding.rule)
        if previous is None or finding.severity.rank < previous.severity.rank:
            first[finding.rule] = finding
    rows = []
    for rule, count in counts.most_common():
        f = first[rule]
        suggestion = "" if f.suggestion is None else f"“{f.suggestion}”"
        rows.append(
            f"<tr><td><code>{_e(rule)}</code></td><td>{_e(f.kind)}</td>"
            f'<td><span class="badge {f.severity.value}">{f.severity.value}</span></td>'
            f'<td class="num">{count}</td><td>{_e(suggestion)}</td></tr>'
        )
    return (
        "<h2>Rules that fired</h2><table><tr><th>rule</th><th>kind</th><th>severity</th>"
        '<th class="num">findings</th><th>suggestion</th></tr>' + "".join(rows) + "</table>"
    )


def _segment(
    number: int,
    segment: Segment,
    findings: list[Finding],
    scores: SegmentScores | None,
    line: int | None,
    annotations: Sequence[Annotation] = (),
) -> str:
    anchor = f"seg-{number}"
    worst = min((f.severity for f in findings), key=lambda s: s.rank, default=None)
    css = f"sev-{worst.value}" if worst is not None else ""
    if worst is None and segment.revision is None and not annotations:
        css = "clean"
    counts = Counter(f.severity for f in findings)
    badges = "".join(
        f'<span class="badge {s.value}">{counts[s]} {s.value}</span>' for s in Severity if counts[s]
    )
    where = "" if not line else f"<span>line {line}</span>"
    head = (
        f'<div class="seg-head"><a class="id" href="#{anchor}">{_e(segment.id)}</a>'
        f'<span class="badge {segment.status.value}">{segment.status.value}</span>'
        f"{badges}{where}</div>"
    )
    target_label = "revision" if segment.revision is not None else "MT"
    pair = (
        '<div class="pair"><div><div class="label">source</div>'
        f'<div class="text" lang="en">{_e(segment.source or "")}</div></div>'
        f'<div><div class="label">{target_label} (findings highlighted)</div>'
        f'<div class="text">{_highlight(segment.target, findings, anchor)}</div></div></div>'
    )
    diff = ""
    if segment.revision is not None:
        diff = (
            '<div class="diff"><div class="label">MT → revision</div>'
            f'<div class="text">{_diff(segment.mt, segment.revision)}</div></div>'
        )
    items = []
    for index, f in enumerate(findings, start=1):
        quoted = f"“{_visible(f.text)}” " if f.text else ""
        suggestion = "" if f.suggestion is None else f"→ “{_e(f.suggestion)}” "
        span = f" [{f.start}:{f.end}]" if f.end > f.start else ""
        items.append(
            f'<li id="{anchor}-f{index}"><span class="badge {f.severity.value}">'
            f"{f.severity.value}</span> <b>{_e(f.kind)}</b> {quoted}{suggestion}"
            f"— {_e(f.message)} <code>{_e(f.rule)}{span}</code></li>"
        )
    listed = f'<ol class="findings">{"".join(items)}</ol>' if items else ""
    note = f'<div class="note">note: {_e(segment.note)}</div>' if segment.note else ""
    return (
        f'<article class="seg {css}" id="{anchor}">'
        + head
        + pair
        + diff
        + listed
        + _annotation_list(annotations)
        + note
        + _segment_scores(scores)
        + "</article>"
    )


def _mqm(mqm: MqmScore | None, annotations: Sequence[Annotation], document: Document) -> str:
    """The MQM score (review.core.mqm) and every annotated error, linked to its segment."""
    if mqm is None:
        return ""
    verdict = "mqm-pass" if mqm.passed else "mqm-fail"
    settings = mqm.settings
    counts = ", ".join(f"{n} {name}" for name, n in reversed(mqm.by_severity.items()))
    figures = (
        f'<table><tr><th>MQM</th><th class="num"></th></tr>'
        f'<tr><td>quality score (OQS)</td><td class="num {verdict}">{mqm.score:.2f}</td></tr>'
        f'<tr><td>threshold</td><td class="num">{settings.threshold:.2f}</td></tr>'
        f'<tr><td>verdict</td><td class="num {verdict}">{_e(mqm.verdict)}</td></tr>'
        f'<tr><td>errors</td><td class="num">{mqm.errors} ({_e(counts)})</td></tr>'
        f'<tr><td>penalty (APT)</td><td class="num">{mqm.penalty:g}</td></tr>'
        f'<tr><td>{_e(mqm.evaluated.unit)}</td><td class="num">{mqm.evaluated.count}</td></tr>'
        f"<tr><td>penalty per {mqm.evaluated.per}</td>"
        f'<td class="num">{mqm.per_unit:.4f}</td></tr></table>'
    )
    numbers = {s.id: i for i, s in enumerate(document.segments, start=1)}
    rows = []
    for a in annotations:
        where = numbers.get(a.segment)
        link = _e(a.segment) if where is None else f'<a href="#seg-{where}">{_e(a.segment)}</a>'
        text = f"“{_visible(a.text)}”" if a.end > a.start else "(omission)"
        rows.append(
            f"<tr><td>{link}</td><td>{_e(a.field)} [{a.start}:{a.end}]</td><td>{text}</td>"
            f"<td>{_e(a.category)}</td><td>{_e(a.severity)}</td><td>{_e(a.note)}</td>"
            f"<td><code>{_e(a.origin)}</code></td></tr>"
        )
    listed = ""
    if rows:
        listed = (
            "<table><tr><th>segment</th><th>where</th><th>text</th><th>category</th>"
            "<th>severity</th><th>note</th><th>from</th></tr>" + "".join(rows) + "</table>"
        )
    formula = (
        f"OQS = {settings.max_score:g} − APT ÷ {_e(mqm.evaluated.unit)} × "
        f"{settings.reference_word_count:g}; any critical error fails (MQM scoring model)"
    )
    return (
        f"<h2>MQM errors ({mqm.errors})</h2>"
        f'<div class="tables">{figures}{listed}</div><p class="sig">{formula}</p>'
    )


def _annotation_list(annotations: Sequence[Annotation]) -> str:
    if not annotations:
        return ""
    items = "".join(
        f"<li>MQM <b>{_e(a.severity)}</b> {_e(a.category)} in the {_e(a.field)}: "
        + (f"“{_visible(a.text)}”" if a.end > a.start else f"omission at {a.start}")
        + (f" — {_e(a.note)}" if a.note else "")
        + "</li>"
        for a in annotations
    )
    return f'<ul class="mqm">{items}</ul>'


def _visible(text: str) -> str:
    """Escaped, with spaces shown as ␣ so that a stray space in a finding can be seen."""
    return _e(text).replace(" ", "␣").replace("\u3000", "□")


def _highlight(text: str, findings: list[Finding], anchor: str) -> str:
    """The text with each finding's span in a <mark> and its number after it."""
    spans = [(i, f) for i, f in enumerate(findings, start=1) if f.end > f.start]
    cuts = sorted({0, len(text), *(f.start for _, f in spans), *(f.end for _, f in spans)})
    out: list[str] = []
    for start, end in itertools.pairwise(cuts):
        covering = [(i, f) for i, f in spans if f.start <= start and end <= f.end]
        piece = _e(text[start:end])
        if covering:
            worst = min((f.severity for _, f in covering), key=lambda s: s.rank)
            title = _e(" / ".join(f.message for _, f in covering))
            out.append(f'<mark class="{worst.value}" title="{title}">{piece}</mark>')
        else:
            out.append(piece)
        for i, f in spans:
            if f.end == end:
                out.append(f'<sup class="ref"><a href="#{anchor}-f{i}">{i}</a></sup>')
    return "".join(out)


def _diff(old: str, new: str) -> str:
    out: list[str] = []
    for op in char_diff(old, new):
        removed = _e(old[op.old_start : op.old_end])
        added = _e(new[op.new_start : op.new_end])
        if op.tag is Tag.EQUAL:
            out.append(added)
            continue
        if removed:
            out.append(f"<del>{removed}</del>")
        if added:
            out.append(f"<ins>{added}</ins>")
    return "".join(out)


def _segment_scores(scores: SegmentScores | None) -> str:
    if scores is None or scores.mt is None:
        return ""
    parts = [f"MT {_line(scores.mt)}"]
    if scores.revision is not None:
        parts.append(f"revision {_line(scores.revision)}")
    if scores.hter is not None:
        parts.append(f"HTER {scores.hter:.2f}")
    return f'<div class="scores-line">{" · ".join(parts)}</div>'


def _line(scores: Scores) -> str:
    return ", ".join(f"{_NAMES[m]} {scores.get(m):.1f}" for m in METRICS)
