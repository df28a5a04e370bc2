"""Name glossary: entries, validation, and matching that is right for Japanese.

Matching runs on a normalised copy of the text (NFKC, whitespace collapsed, case folded where an
entry says so) with one Aho-Corasick automaton per case mode, so it needs no word boundaries.
Three rules make it safe on Japanese:

* a forbidden variant is never reported inside an occurrence of any accepted form that
  contains it (サーバ inside サーバー);
* a form that starts or ends with a Latin letter or digit must not touch another Latin letter
  or digit there (X does not match inside xAI or Xbox);
* spaces between a forbidden variant and an adjacent Japanese character belong to the finding,
  because the accepted form is written flush (オープンAI の → OpenAIの), as JTF style asks.

An entry may also list discouraged forms (`Entry.discouraged`): renderings that are not wrong
but not the house style (ジェネレーティブAI where 生成AI is preferred). They match like
forbidden variants, but the finding is a `term-preference` warning under the rule
`preference:<id>`, and `Glossary.fix` applies them only when asked (`preferences=True`).

An entry may instead carry a pattern rule (`Entry.rule`, from a prh dictionary): it is then
matched by that rule alone, with prh's semantics (see `review.core.rules`), and its fixes are
applied in one pass, as prh applies them.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

import ahocorasick

from review.core.model import Finding, FindingKind, Fix, Segment, Severity, apply_fixes
from review.core.orthography import inside_katakana_word
from review.core.rules import (
    SEARCH_TIMEOUT,
    CompiledRule,
    PatternRule,
    RuleError,
    RuleIndex,
    RuleMatch,
    RuleTimeout,
    SpecFailure,
    as_fixes,
    check_specs,
    resolve,
)
from review.core.scripts import is_japanese, is_latin_alnum, is_space
from review.core.textnorm import NormalizedText, normalize

PREFERENCE_KIND = FindingKind.PREFERENCE
"""The kind of a finding on a discouraged form (`Entry.discouraged`)."""


PREFERENCE_MARK = "[preference]"
"""A prh rule whose `prh` comment starts with this is a preference (prh has no severities)."""


def is_preference_rule(entry: Entry) -> bool:
    return entry.rule is not None and entry.rule.comment.startswith(PREFERENCE_MARK)


class EntryType(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    PRODUCT = "product"
    PLACE = "place"
    TERM = "term"
    OTHER = "other"


def timeout_finding(segment: str, entry_id: str, expected: str) -> Finding:
    """A pattern rule that gave up on a segment (its regex ran past the time limit)."""
    return Finding(
        segment=segment,
        kind=FindingKind.RULE_TIMEOUT,
        severity=Severity.WARNING,
        start=0,
        end=0,
        text="",
        suggestion=None,
        message=f"pattern of rule “{expected}” gave up after {SEARCH_TIMEOUT:g} s; "
        "this segment was not checked against it",
        rule=f"glossary:{entry_id}",
    )


def rule_finding(segment: str, entry: Entry, match: RuleMatch) -> Finding:
    """The finding of a pattern rule's match: the one place a match becomes a finding."""
    kind, severity, message, rule = rule_finding_parts(entry, match.replacement)
    start, end, text, replacement = match
    return Finding(segment, kind, severity, start, end, text, replacement, message, rule)


def rule_finding_parts(entry: Entry, replacement: str) -> tuple[FindingKind, Severity, str, str]:
    """What a rule's finding takes from the rule and its replacement alone: kind, severity,
    message and rule name (the bulk engine keeps them, made once per rule and replacement)."""
    assert entry.rule is not None
    comment = f" ({entry.rule.comment})" if entry.rule.comment else ""
    preference = is_preference_rule(entry)
    return (
        PREFERENCE_KIND if preference else FindingKind.GLOSSARY,
        Severity.WARNING if preference else Severity.ERROR,
        f"write “{replacement}”{comment}",
        f"{'preference' if preference else 'glossary'}:{entry.id}",
    )


def spans_lines_finding(segment: str, entry: Entry, start: int, end: int, text: str) -> Finding:
    """A rule's match across a line break (a paragraph read as one text): reported, not fixed."""
    assert entry.rule is not None
    comment = f" ({entry.rule.comment})" if entry.rule.comment else ""
    return Finding(
        segment=segment,
        kind=FindingKind.RULE_SPANS_LINES,
        severity=Severity.WARNING,
        start=start,
        end=end,
        text=text,
        suggestion=None,
        message=f"rule “{entry.rule.expected}” matches across a line break; not fixed{comment}",
        rule=f"glossary:{entry.id}",
    )


class GlossaryError(ValueError):
    """A glossary that cannot be used; `line` is the 1-based line of the offending entry."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True, slots=True)
class Variant:
    form: str
    replacement: str


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    accepted: tuple[str, ...]
    source: tuple[str, ...] = ()
    variants: tuple[Variant, ...] = ()
    type: EntryType = EntryType.OTHER
    discouraged: tuple[Variant, ...] = ()
    """Forms that are admitted but not preferred: a warning (term-preference), not an error."""
    ignore_case: bool = False
    note: str = ""
    line: int | None = None
    rule: PatternRule | None = None

    @property
    def preferred(self) -> str:
        return self.accepted[0]

    def key(self, form: str) -> str:
        return normalize(form, fold_case=self.ignore_case)


class Glossary:
    """Validated entries with their matchers, built once."""

    def __init__(self, entries: Iterable[Entry] = (), name: str = "") -> None:
        self.entries = list(entries)
        self.name = name
        self.notices: list[str] = []  # what its reader skipped, one line each
        validate(self.entries)
        plain = [entry for entry in self.entries if entry.rule is None]
        self._target = _Matchers(
            (entry, form, _Hit.ACCEPTED, None) for entry in plain for form in entry.accepted
        )
        self._target.add(
            (entry, variant.form, _Hit.VARIANT, variant)
            for entry in plain
            for variant in entry.variants
        )
        self._target.add(
            (entry, variant.form, _Hit.DISCOURAGED, variant)
            for entry in plain
            for variant in entry.discouraged
        )
        self._source = _Matchers(
            (entry, form, _Hit.SOURCE, None) for entry in self.entries for form in entry.source
        )
        self._rules: list[tuple[Entry, CompiledRule]] = []
        for entry in self.entries:
            if entry.rule is not None:
                try:
                    self._rules.append((entry, CompiledRule(entry.rule, entry.line)))
                except RuleError as exc:
                    raise GlossaryError(str(exc), exc.line) from None
        self._rule_index = RuleIndex([entry.rule for entry, _ in self._rules if entry.rule])
        self._compiled = [rule for _, rule in self._rules]
        self.notices.extend(_self_rewriting(self._rules))

    @property
    def compiled_rules(self) -> list[tuple[Entry, CompiledRule]]:
        """The entries with a pattern rule, each with its rule compiled, in glossary order."""
        return list(self._rules)

    def __len__(self) -> int:
        return len(self.entries)

    def check(self, segment: Segment, *, key_terms: bool = True) -> list[Finding]:
        """Forbidden variants in the target, and (optionally) key terms the target misses."""
        text = segment.target
        hits = self._target.find(text)
        findings = [
            _variant_finding(segment.id, text, start, end, hit)
            for start, end, hit in _variant_spans(text, hits)
        ]
        if self._rules:
            findings.extend(self._rule_findings(segment))
        if key_terms and segment.source:
            findings.extend(self._missing_terms(segment, hits))
        return findings

    def fixes(self, segment: Segment, *, preferences: bool = False) -> list[Fix]:
        return self._fixes(segment, rules=True, preferences=preferences)

    def _fixes(self, segment: Segment, *, rules: bool, preferences: bool) -> list[Fix]:
        text = segment.target
        fixes = [
            Fix(start, end, hit.replacement)
            for start, end, hit in _variant_spans(text, self._target.find(text))
            if preferences or hit.hit is not _Hit.DISCOURAGED
        ]
        if rules and self._rules:
            found = self._rule_matches(text)[0]
            fixes.extend(
                as_fixes(resolve(p for p in found if preferences or not is_preference_rule(p[0])))
            )
            fixes.sort(key=lambda f: (f.start, f.end))
        return fixes

    def fix(self, segment: Segment, *, preferences: bool = False, max_rounds: int = 5) -> Segment:
        """The segment with every forbidden variant replaced (and every discouraged form, with
        `preferences`); repeats until nothing changes. Pattern rules apply in the first round
        only, as prh applies them once."""
        for round_number in range(max_rounds):
            fixes = self._fixes(segment, rules=round_number == 0, preferences=preferences)
            if not fixes:
                break
            segment = segment.revised(apply_fixes(segment.target, fixes))
        return segment

    def spec_failures(self) -> list[SpecFailure]:
        """The specs of pattern rules that fail, each rule run alone (as prh checks them)."""
        return [failure for _, rule in self._rules for failure in check_specs(rule)]

    def _rule_matches(self, text: str) -> tuple[list[tuple[Entry, RuleMatch]], list[Finding]]:
        matches, failed = self._rule_index.matches(text, self._compiled)
        found = [(self._rules[index][0], match) for index, match in matches]
        gave_up = []
        for index in failed:
            entry, rule = self._rules[index]
            gave_up.append(timeout_finding("", entry.id, rule.rule.expected))
        return found, gave_up

    def _rule_findings(self, segment: Segment) -> Iterator[Finding]:
        found, gave_up = self._rule_matches(segment.target)
        for entry, match in resolve(found):
            yield rule_finding(segment.id, entry, match)
        for finding in gave_up:
            yield replace(finding, segment=segment.id)

    def _missing_terms(self, segment: Segment, target_hits: list[_Match]) -> Iterator[Finding]:
        assert segment.source is not None
        present = {id(h.entry) for h in target_hits}
        reported: set[int] = set()
        for hit in self._source.find(segment.source):
            entry = hit.entry
            if id(entry) in present or id(entry) in reported:
                continue
            reported.add(id(entry))
            found = segment.source[hit.start : hit.end]
            forms = "、".join(entry.accepted)
            yield Finding(
                segment=segment.id,
                kind=FindingKind.TERM_MISSING,
                severity=Severity.WARNING,
                start=0,
                end=0,
                text="",
                suggestion=entry.preferred,
                message=f"source has “{found}” but the target has none of: {forms}",
                rule=f"glossary:{entry.id}",
            )


class _Hit(StrEnum):
    ACCEPTED = "accepted"
    VARIANT = "variant"
    DISCOURAGED = "discouraged"
    SOURCE = "source"


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    entry: Entry
    hit: _Hit
    form: str
    variant: Variant | None

    @property
    def replacement(self) -> str:
        return self.form if self.variant is None else self.variant.replacement

    def is_exact(self, text: str) -> bool:
        """An accepted form written exactly as the glossary has it (up to case, if allowed)."""
        written = text[self.start : self.end]
        if self.entry.ignore_case:
            return written.casefold() == self.form.casefold()
        return written == self.form


_Pattern = tuple[Entry, str, _Hit, Variant | None]


class _Matchers:
    """One automaton for case-sensitive entries and one for case-insensitive ones."""

    def __init__(self, patterns: Iterable[_Pattern]) -> None:
        self._by_mode: dict[bool, dict[str, list[_Pattern]]] = {False: {}, True: {}}
        self._automata: dict[bool, Any] = {}
        self.add(patterns)

    def add(self, patterns: Iterable[_Pattern]) -> None:
        for pattern in patterns:
            entry, form = pattern[0], pattern[1]
            key = entry.key(form)
            if key:
                self._by_mode[entry.ignore_case].setdefault(key, []).append(pattern)
        self._automata = {}
        for fold, table in self._by_mode.items():
            if table:
                automaton = ahocorasick.Automaton()
                for key, payload in table.items():
                    automaton.add_word(key, (key, payload))
                automaton.make_automaton()
                self._automata[fold] = automaton

    def find(self, text: str) -> list[_Match]:
        matches: list[_Match] = []
        for fold, automaton in self._automata.items():
            norm = NormalizedText(text, fold_case=fold)
            ntext = norm.text
            for last, (key, payload) in automaton.iter(ntext):
                nstart, nend = last + 1 - len(key), last + 1
                if not _latin_bounded(ntext, nstart, nend):
                    continue
                if inside_katakana_word(ntext, nstart, nend):
                    continue
                start, end = norm.span(nstart, nend)
                matches.extend(_Match(start, end, e, h, f, v) for e, f, h, v in payload)
        return matches


def _latin_bounded(text: str, start: int, end: int) -> bool:
    if is_latin_alnum(text[start]) and start > 0 and is_latin_alnum(text[start - 1]):
        return False
    return not (is_latin_alnum(text[end - 1]) and end < len(text) and is_latin_alnum(text[end]))


def _variant_spans(text: str, hits: list[_Match]) -> list[tuple[int, int, _Match]]:
    """The hits to report: forbidden variants, and accepted forms not written exactly.

    A hit inside an accepted occurrence is dropped, overlaps resolve leftmost-longest, and
    each span is widened over spaces between its Latin edge and an adjacent Japanese
    character, never into the span before it.
    """
    accepted = _Spans((h.start, h.end) for h in hits if h.hit is _Hit.ACCEPTED)
    exact = _Spans((h.start, h.end) for h in hits if h.hit is _Hit.ACCEPTED and h.is_exact(text))
    candidates = [
        h
        for h in hits
        if (h.hit in (_Hit.VARIANT, _Hit.DISCOURAGED) and not accepted.contain(h))
        or (h.hit is _Hit.ACCEPTED and not exact.contain(h))
    ]
    candidates.sort(key=lambda h: (h.start, -h.end))
    spans: list[tuple[int, int, _Match]] = []
    covered = 0
    for hit in candidates:
        if hit.start < covered:
            continue
        start, end = _absorb_spaces(text, hit.start, hit.end, floor=covered)
        spans.append((start, end, hit))
        covered = end
    return spans


class _Spans:
    """Spans, to tell in logarithmic time whether one of them holds a hit."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(itertools.accumulate((end for _, end in ordered), max, initial=-1))

    def contain(self, hit: _Match) -> bool:
        """Whether a span starting at or before the hit ends at or after its end."""
        return self._reach[bisect.bisect_right(self._starts, hit.start)] >= hit.end


def _absorb_spaces(text: str, start: int, end: int, *, floor: int) -> tuple[int, int]:
    after = end
    while after < len(text) and is_space(text[after]):
        after += 1
    if end < after < len(text) and is_latin_alnum(text[end - 1]) and is_japanese(text[after]):
        end = after
    before = start
    while before > floor and is_space(text[before - 1]):
        before -= 1
    if floor < before < start and is_latin_alnum(text[start]) and is_japanese(text[before - 1]):
        start = before
    return start, end


def _spacing_note(matched: str) -> str:
    """The spaces `_absorb_spaces` took between a Latin name and Japanese, said aloud: they
    are a spacing error of their own, fixed with the name."""
    if matched[-1:].isspace() or matched[:1].isspace():
        return " without the space beside the Japanese text"
    return ""


def _variant_finding(segment_id: str, text: str, start: int, end: int, hit: _Match) -> Finding:
    entry = hit.entry
    names = entry.source[0] if entry.source else entry.preferred
    replacement = hit.replacement
    kind, rule = FindingKind.GLOSSARY, f"glossary:{entry.id}"
    if hit.hit is _Hit.DISCOURAGED:
        severity, what = Severity.WARNING, "not the preferred term for"
        kind, rule = PREFERENCE_KIND, f"preference:{entry.id}"
    elif hit.variant is None:
        severity, what = Severity.WARNING, "width, spacing or compatibility form of"
    else:
        severity, what = Severity.ERROR, "forbidden variant of"
    return Finding(
        segment=segment_id,
        kind=kind,
        severity=severity,
        start=start,
        end=end,
        text=text[start:end],
        suggestion=replacement,
        message=f"{what} {names} ({entry.type.value}); write “{replacement}”"
        + _spacing_note(text[start:end]),
        rule=rule,
    )


def validate(entries: list[Entry]) -> None:
    """Raise GlossaryError for the first entry that makes the glossary ambiguous."""
    ids: dict[str, Entry] = {}
    accepted_by_key: dict[tuple[bool, str], Entry] = {}
    for entry in entries:
        if entry.id in ids:
            raise GlossaryError(f"duplicate entry id “{entry.id}”", entry.line)
        ids[entry.id] = entry
        if entry.rule is not None:
            continue
        if not entry.accepted or not all(form.strip() for form in entry.accepted):
            raise GlossaryError(f"entry “{entry.id}” has no accepted form", entry.line)
        for form in entry.accepted:
            accepted_by_key.setdefault((entry.ignore_case, entry.key(form)), entry)
    variant_by_key: dict[str, tuple[Entry, str]] = {}
    for entry in entries:
        if entry.rule is not None:
            continue
        accepted_keys = {entry.key(form) for form in entry.accepted}
        listed = [("forbidden variant", v) for v in entry.variants]
        listed += [("discouraged form", v) for v in entry.discouraged]
        for what, variant in listed:
            key = entry.key(variant.form)
            if not key.strip():
                raise GlossaryError(f"entry “{entry.id}” has an empty {what}", entry.line)
            if key in accepted_keys:
                raise GlossaryError(
                    f"entry “{entry.id}”: {what} “{variant.form}” equals one of its accepted forms",
                    entry.line,
                )
            other = _accepted_elsewhere(variant.form, accepted_by_key)
            if other is not None and other is not entry:
                raise GlossaryError(
                    f"entry “{entry.id}”: {what} “{variant.form}” "
                    f"is an accepted form of entry “{other.id}”",
                    entry.line,
                )
            if variant.replacement not in entry.accepted:
                raise GlossaryError(
                    f"entry “{entry.id}”: replacement “{variant.replacement}” for "
                    f"“{variant.form}” is not one of its accepted forms",
                    entry.line,
                )
            previous, previous_what = variant_by_key.setdefault(key, (entry, what))
            if previous is not entry:
                raise GlossaryError(
                    f"entry “{entry.id}”: {what} “{variant.form}” "
                    f"is also listed by entry “{previous.id}”",
                    entry.line,
                )
            if previous_what != what:
                raise GlossaryError(
                    f"entry “{entry.id}”: “{variant.form}” is listed both as "
                    "a forbidden variant and as a discouraged form",
                    entry.line,
                )


def _accepted_elsewhere(form: str, accepted_by_key: dict[tuple[bool, str], Entry]) -> Entry | None:
    return accepted_by_key.get((False, normalize(form))) or accepted_by_key.get(
        (True, normalize(form, fold_case=True))
    )


def _self_rewriting(rules: Iterable[tuple[Entry, CompiledRule]]) -> Iterator[str]:
    """A notice for each pattern rule that matches inside its own replacement, which prh
    rewrites (データセンタ → データセンター makes データセンターー) and this tool leaves alone
    (`rules.written_already`)."""
    for entry, rule in rules:
        expected = rule.rule.expected
        try:
            prh_writes = rule.fix(expected)
        except RuleTimeout:
            continue
        if prh_writes != expected and "$" not in expected:
            where = f" (line {entry.line})" if entry.line else ""
            yield (
                f"rule “{entry.id}”{where} matches inside its own replacement: prh turns "
                f"“{expected}” into “{prh_writes}”; review leaves “{expected}” as it is"
            )
