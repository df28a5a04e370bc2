"""Plain-terminal rendering of findings and scores for the CLI."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from review.core.model import Finding, Severity
from review.core.wording import counted, plain_ids, quoted_id

# The scores (sacrebleu), discovery, MQM and the number check are imported where they are
# used: the workers that render findings do without them.
if TYPE_CHECKING:
    from review.core.discover import VariantGroup
    from review.core.model import Document
    from review.core.mqm import MqmScore
    from review.core.scoring import DocumentScores, Scores, SegmentScores

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}
_CONTEXT = 24
_ONE_LINE = str.maketrans({"\n": "⏎", "\r": None, "\t": " "})  # a context stays one line
_METRIC_NAMES = {"chrf": "chrF", "bleu": "BLEU", "ter": "TER"}


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour else text


def _visible(text: str) -> str:
    """Spaces and control characters made visible, so a stray space can be seen."""
    if text.isprintable():  # no control, format or unassigned character (category C)
        if " " in text or "\u3000" in text:
            return text.replace(" ", "␣").replace("\u3000", "□")
        return text
    return "".join(
        "␣"
        if ch == " "
        else "□"
        if ch == "\u3000"
        else f"\\u{ord(ch):04x}"
        if unicodedata.category(ch).startswith("C")
        else ch
        for ch in text
    )


def _cells(text: str) -> int:
    """Terminal columns: East Asian wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def context_line(text: str, start: int, end: int, colour: bool) -> str:
    return _context(text, start, end, colour, _visible)


def finding_lines(
    findings: Iterable[Finding],
    target: Callable[[str], str],
    *,
    document: str,
    colour: bool,
) -> list[str]:
    """The lines that show each finding (head, context, message), one string per finding
    (its lines joined by line breaks): `target(segment id)` gives the text the finding's
    offsets are in. What repeats from finding to finding (the head after the segment, the
    message) is made once."""
    out: list[str] = []
    append = out.append
    visible = functools.lru_cache(maxsize=4096)(_visible)  # matched texts repeat
    # keyed by the severity's id: an enum member hashes in Python, an int in C
    heads: dict[tuple[int, str, str, str | None], str] = {}
    tails: dict[tuple[str, str], str] = {}
    for f in findings:
        text = f.text
        head = heads.get((id(f.severity), f.kind, text, f.suggestion))
        if head is None:
            severity = _paint(f"{f.severity.value:<7}", _COLOURS[f.severity], colour)
            head = f"{severity} {f.kind:<12}"
            if text:
                suggestion = f" → “{f.suggestion}”" if f.suggestion is not None else ""
                head += f" “{visible(text)}”{suggestion}"
            elif f.suggestion:  # an insertion: a sentence's missing 。
                head += f" → “{visible(f.suggestion)}”"
            heads[id(f.severity), f.kind, text, f.suggestion] = head
        tail = tails.get((f.message, f.rule))
        if tail is None:
            tail = tails[f.message, f.rule] = f"    {f.message}  ({f.rule}; key "
        start, end = f.start, f.end
        where = f"  [{start}:{end}]" if text else ""
        if end > start:
            context = _context(target(f.segment), start, end, colour, visible)
            append(f"{document}:{f.segment}  {head}{where}\n    {context}\n{tail}{f.key})")
        else:
            append(f"{document}:{f.segment}  {head}{where}\n{tail}{f.key})")
    return out


def compact_lines(
    findings: Iterable[Finding],
    line: Callable[[str], int],
    *,
    document: str,
    parts: Mapping[str, str] | None = None,
) -> list[str]:
    """One line per finding, `PATH:LINE:COL: severity kind: “text” → “suggestion”  message
    (rule)`, the form editors and CI annotate from (gcc, eslint/textlint `--format compact`).
    `line(segment id)` gives LINE, the line of the file the segment is on (for a plain text,
    its own line; for JSONL, TSV, XML, where the segment begins); COL is the finding's
    1-based character offset in the segment's target (in a plain text, the column of the
    line). In a file of several parts (`parts`: a segment's sheet of a workbook, its member
    of a package) PATH is followed by the part, PATH[PART], which LINE counts within. The
    quoted text is left out when the finding has none (an insertion shows `→ “。”` alone), the
    arrow when it has no suggestion.
    Never coloured."""
    out: list[str] = []
    append = out.append
    visible = functools.lru_cache(maxsize=4096)(_visible)
    # keyed by the severity's id: an enum member hashes in Python, an int in C
    heads: dict[tuple[int, str, str, str | None], str] = {}
    tails: dict[tuple[str, str], str] = {}
    for f in findings:
        text = f.text
        head = heads.get((id(f.severity), f.kind, text, f.suggestion))
        if head is None:
            head = f": {f.severity.value} {f.kind}:"
            if text:
                suggestion = f" → “{f.suggestion}”" if f.suggestion is not None else ""
                head += f" “{visible(text)}”{suggestion} "
            elif f.suggestion:  # an insertion: a sentence's missing 。
                head += f" → “{visible(f.suggestion)}” "
            heads[id(f.severity), f.kind, text, f.suggestion] = head
        tail = tails.get((f.message, f.rule))
        if tail is None:
            tail = tails[f.message, f.rule] = f" {f.message} ({f.rule})"
        part = f"[{parts[f.segment]}]" if parts and f.segment in parts else ""
        append(f"{document}{part}:{line(f.segment)}:{f.start + 1}{head}{tail}")
    return out


def _context(text: str, start: int, end: int, colour: bool, visible: Callable[[str], str]) -> str:
    """`context_line` with a (cached) `_visible`."""
    before = ("…" + text[start - _CONTEXT : start]) if start > _CONTEXT else text[:start]
    after = text[end : end + _CONTEXT] + ("…" if end + _CONTEXT < len(text) else "")
    before, after = before.translate(_ONE_LINE), after.translate(_ONE_LINE)
    match = visible(text[start:end])
    marked = f"\x1b[1;4m{match}\x1b[0m" if colour else f"⟦{match}⟧"
    return f"{before}{marked}{after}"


def summary_line(
    counts: Mapping[str, int],
    *,
    segments: int,
    glossary: str | None,
    documents: int | None = None,
    unreadable: int = 0,
) -> str:
    """ "N findings (N errors, N warnings, N info) in N segments; glossary G" from the counts
    by severity name; with `documents`, "…; N documents in all" (their total), and "N of M
    documents; K unreadable" where some could not be read."""
    by_severity = ", ".join(
        counted(counts.get(s.value, 0), s.value, "info" if s is Severity.INFO else None)
        for s in Severity
    )
    if documents is not None and unreadable:
        given = documents + unreadable
        source = f"{documents} of {counted(given, 'document')} checked; {unreadable} unreadable"
    elif documents is not None:
        source = f"{counted(documents, 'document')} in all"
    else:
        source = f"glossary {glossary}" if glossary else "no glossary"
    found = counted(sum(counts.values()), "finding")
    return f"{found} ({by_severity}) in {counted(segments, 'segment')}; {source}\n"


def _row(label: str, values: Sequence[float | None], signed: bool = False) -> str:
    cells = ["—" if v is None else (f"{v:+.2f}" if signed else f"{v:.2f}") for v in values]
    return f"{label:<10}" + "".join(f"{cell:>9}" for cell in cells)


def _values(scores: Scores | None) -> list[float | None]:
    from review.core.scoring import METRICS

    return [None if scores is None else scores.get(m) for m in METRICS]


def _tested(result: DocumentScores) -> list[str]:
    """The corpus rows, each with its interval or its p-value under it where tested."""
    from review.core.scoring import METRICS

    rows = [
        _row("MT", _values(result.mt)),
        _row("revision", _values(result.revision)),
        _row("delta", _values(result.delta), signed=True),
    ]
    tested = result.significance
    if tested is None:
        return rows
    rows.insert(1, _row("  ± 95%", [tested.mt[m].ci for m in METRICS]))
    rows.insert(3, _row("  ± 95%", [tested.revision[m].ci for m in METRICS]))
    if tested.p is not None:
        p = tested.p
        rows.append(f"{'  p':<10}" + "".join(f"{p[m]:>9.4f}" for m in METRICS))
    told, like = (
        ("intervals (±)", "--confidence; nothing revised, nothing to test")
        if tested.p is None
        else ("intervals (±), and p of the paired test", "--paired-bs, the MT as baseline")
    )
    rows.extend(
        [
            "",
            f"95% {told}: bootstrap of {tested.samples} resamples, seed {tested.seed} "
            f"(sacrebleu {like})",
        ]
    )
    if tested.p is not None:
        rows.append("p below 0.05: a difference this large is unlikely to be chance")
    return rows


def scores_text(
    result: DocumentScores,
    *,
    document: str,
    segments: list[SegmentScores] | None,
    mqm: MqmScore | None = None,
) -> str:
    from review.core.scoring import METRICS

    lines = [
        f"{document}: {counted(result.segments, 'segment')}, {result.with_reference} with a "
        "reference, "
        f"{result.revised} revised",
        "",
        f"{'corpus':<10}" + "".join(f"{_METRIC_NAMES[m]:>9}" for m in METRICS),
        *_tested(result),
        "",
        f"edit effort (MT → revision): HTER {result.hter:.2f}, "
        f"{counted(result.char_edits, 'character')} edited",
    ]
    if result.with_reference == 0:
        lines.append("no segment has a reference: chrF, BLEU and TER need one")
    lines.append("")
    lines.append("higher is better for chrF and BLEU, lower for TER and HTER")
    if mqm is not None:
        lines.extend(["", *mqm_lines(mqm)])
    if result.signatures:
        lines.append("sacrebleu signatures:")
        lines.extend(f"  {name:<14}{sig}" for name, sig in result.signatures.items())
    if segments is not None:
        lines.append("")
        header = (
            f"{'id':<10}"
            + "".join(f"{'MT ' + _METRIC_NAMES[m]:>9}" for m in METRICS)
            + "".join(f"{'rev ' + _METRIC_NAMES[m]:>9}" for m in METRICS)
            + f"{'HTER':>9}"
        )
        lines.append(header)
        for s in segments:
            values = [*_values(s.mt), *_values(s.revision), s.hter]
            lines.append(_row(s.id, values))
    return "\n".join(lines) + "\n"


def mqm_lines(mqm: MqmScore) -> list[str]:
    """The MQM figures of `review score`: errors, penalty, normalised penalty, score."""
    settings = mqm.settings
    if not mqm.errors:
        return [
            "MQM (annotated errors): none annotated (m in the TUI annotates one); "
            f"with none, the quality score is {settings.max_score:.2f}: {mqm.verdict}"
        ]
    counts = ", ".join(f"{n} {name}" for name, n in reversed(mqm.by_severity.items()))
    return [
        f"MQM (annotated errors): {counted(mqm.errors, 'error')}: {counts}",
        f"  penalty (APT)     {mqm.penalty:g} points over {mqm.evaluated.count} "
        f"{mqm.evaluated.unit}: {mqm.per_unit:.4f} per {mqm.evaluated.per}",
        f"  quality score     {mqm.score:.2f} = {settings.max_score:g} − "
        f"{mqm.per_unit:.4f} × {settings.reference_word_count:g}; threshold "
        f"{settings.threshold:.2f}: {mqm.verdict}",
    ]


def variants_text(
    shown: list[tuple[VariantGroup, str | None]], *, document: str, segments: int
) -> str:
    """The groups, each with the id of the glossary entry that covers it already, if one
    does (`review.core.discover.covering_entry`)."""
    head = f"{counted(len(shown), 'variant group')} in {document} ({counted(segments, 'segment')})"
    if covered := sum(entry is not None for _, entry in shown):
        head += f": {len(shown) - covered} not in the glossary, {covered} covered by it"
    lines = [head]
    for group, entry in shown:
        lines.append("")
        said = "suggested" if entry is None else f"the glossary's: {entry}"
        lines.append(f"{group.suggestion}  ({said})")
        width = max(_cells(form.text) for form in group.forms)
        for form in group.forms:
            where = list(dict.fromkeys(o.segment for o in form.occurrences))
            places = _segments_shown(where)
            pad = " " * (width - _cells(form.text))
            lines.append(f"  {_visible(form.text)}{pad}  ×{form.count:<4} {places}")
        lines.append(f"  why: {'; '.join(group.evidence)}")
    return "\n".join(lines) + "\n"


def _segments_shown(ids: list[str]) -> str:
    """Where a spelling is written: its first segment ids (s01 s02 … +7); ids that are
    messages' texts (a PO file names its segments by their msgid) quoted, cut short and
    kept apart (`quoted_id`)."""
    if plain_ids(ids):
        more = f" … +{len(ids) - 8}" if len(ids) > 8 else ""
        return " ".join(ids[:8]) + more
    quoted = [quoted_id(i) for i in ids[:4]]
    return ", ".join(quoted) + (f" … +{len(ids) - 4}" if len(ids) > 4 else "")


def numbers_text(document: Document, *, listed: bool) -> str:
    """The number check's tally (source numbers found in the target), and with `listed`
    every pair it matched, so a reviewer can see 20万 taken for 200,000."""
    from review.core.qa.numbers import match_numbers

    lines: list[str] = []
    found = missing = 0
    for segment in document.segments:
        matched = match_numbers(segment)
        found += len(matched.found)
        missing += len(matched.missing)
        if listed:
            lines.extend(
                f"  {segment.id}  {source.text} = {target.text}" for source, target in matched.found
            )
            lines.extend(f"  {segment.id}  {source.text} not found" for source in matched.missing)
    total = found + missing
    hint = "" if listed or not total else " (--numbers lists them)"
    head = f"numbers: {found} of {total} source numbers found in the target{hint}"
    return "\n".join([head, *lines]) + "\n"
