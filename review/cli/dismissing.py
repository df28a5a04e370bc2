"""Dismissed findings (false positives) as the CLI handles them: read from, written to and
listed out of the document's review state. The TUI dismisses through `ReviewSession`; both
write the same `dismissals` table, so a finding dismissed in one is hidden in the other.

A finding is named by its key (`Finding.key`, shown by `review check` and in its JSON), or by
segment and rule (optionally with the matched text) for a person at a terminal.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from review.core.model import Dismissal, Finding
from review.core.state import ReviewState, StateError
from review.core.wording import counted
from review.formats.errors import InputError

DISMISSALS_SCHEMA = "review.dismissals/1"


@contextmanager
def _state(document: Path, *, create: bool) -> Iterator[ReviewState | None]:
    try:
        state = ReviewState.open(document) if create else ReviewState.existing(document)
    except (StateError, sqlite3.Error, OSError) as exc:
        raise InputError(document, f"cannot open the review state: {exc}") from None
    if state is None:
        yield None
        return
    with state:
        try:
            yield state
        except (StateError, sqlite3.Error, OSError) as exc:
            raise InputError(document, f"cannot write the review state: {exc}") from None


def load_dismissals(document: Path) -> list[Dismissal]:
    """The dismissals saved for the document; none when it has no review state yet."""
    with _state(document, create=False) as state:
        return [] if state is None else state.dismissals()


def pick(
    document: Path,
    findings: Sequence[Finding],
    keys: Sequence[str],
    *,
    segment: str | None = None,
    rule: str | None = None,
    text: str | None = None,
) -> list[Finding]:
    """The findings named by key, or by segment and rule (and text); an InputError for a
    key or a selection that names nothing."""
    by_key: dict[str, Finding] = {}
    for finding in findings:
        by_key.setdefault(finding.key, finding)
    chosen: list[Finding] = []
    for key in keys:
        if key not in by_key:
            raise InputError(
                document,
                f"no finding with key “{key}” (review check DOC --format json lists the keys)",
            )
        chosen.append(by_key[key])
    if segment is not None or rule is not None:
        if segment is None or rule is None:
            raise InputError(document, "--segment and --rule go together")
        matching = [
            f
            for f in findings
            if f.segment == segment and f.rule == rule and (text is None or f.text == text)
        ]
        if not matching:
            raise InputError(document, f"segment “{segment}” has no finding of rule “{rule}”")
        chosen.extend(matching)
    if not chosen:
        raise InputError(
            document, "name the findings to dismiss: KEY … or --segment ID --rule RULE"
        )
    return list(dict.fromkeys(chosen))


def dismiss(document: Path, findings: Sequence[Finding], note: str = "") -> None:
    with _state(document, create=True) as state:
        assert state is not None
        for finding in findings:
            state.dismiss(Dismissal.of(finding, note))


def undismiss(document: Path, keys: Sequence[str], *, everything: bool = False) -> int:
    """Forget the dismissals with these keys (or all); how many were forgotten."""
    with _state(document, create=False) as state:
        saved = [] if state is None else state.dismissals()
        known = {d.key: d for d in saved}
        unknown = [key for key in keys if key not in known]
        if unknown:
            raise InputError(
                document,
                f"no dismissal with key “{unknown[0]}” (review dismiss DOC --list lists them)",
            )
        chosen = saved if everything else [known[key] for key in dict.fromkeys(keys)]
        if not chosen:
            raise InputError(document, "name the dismissals to undo: KEY … or --all")
        assert state is not None
        return sum(state.undismiss(d) for d in chosen)


def dismissals_text(dismissals: Sequence[Dismissal], *, document: str) -> str:
    lines = [f"{counted(len(dismissals), 'dismissed finding')} in {document}"]
    for d in dismissals:
        note = f"  — {d.note}" if d.note else ""
        lines.append(f"{d.key}  {d.segment}  {d.kind:<14} “{d.text}”  ({d.rule}){note}")
    return "\n".join(lines) + "\n"


def dismissals_json(dismissals: Sequence[Dismissal], *, document: str) -> str:
    data = {
        "schema": DISMISSALS_SCHEMA,
        "document": document,
        "dismissals": [
            {
                "key": d.key,
                "segment": d.segment,
                "rule": d.rule,
                "kind": d.kind,
                "text": d.text,
                "note": d.note,
            }
            for d in dismissals
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
