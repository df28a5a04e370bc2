"""Pattern rules with prh's semantics: `expected` and its patterns, run like prh runs them.

A rule's patterns are literal strings or `/regex/flags` in JavaScript syntax; without a
pattern, `expected` itself is the pattern with each Latin letter and digit matching either
case and full width (prh's "spread"). `options.wordBoundary` wraps the pattern in `\\b`.
`$1`…`$99` in `expected` take the groups of the match. A match equal to `expected` is not a
finding, nor one whose `regexpMustEmpty` group (`$n`) is non-empty. Overlapping matches
resolve as prh resolves them: of two starting at one place the longer wins, otherwise the
earlier. A rule's `specs` are its tests: fixing `from` with this rule alone must give `to`.

JavaScript regexes run on the `regex` module, translated where the two differ (`\\d`, `\\w`,
`\\b` and `.` as JavaScript means them, `\\u{…}`, `[^]`, `\\k<name>`). Patterns come from
users, so every search runs with a time limit: a pattern that backtracks catastrophically
on a text gives up on that text (RuleTimeout) instead of hanging the review.
"""

from __future__ import annotations

import collections
import functools
import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeVar

import regex

from review.core.model import Fix, apply_fixes

SEARCH_TIMEOUT = 0.25  # seconds, per rule and text
T = TypeVar("T")
_REGEX_LITERAL = re.compile(r"^/(.*)/([a-z]*)$", re.DOTALL)
_JS_FLAGS = frozenset("dgimsuvy")  # what JavaScript's RegExp accepts; prh throws on others
_JS_WORD = "A-Za-z0-9_"
_JS_SPACE = (
    "\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
)
_JS_BOUNDARY = f"(?:(?<=[{_JS_WORD}])(?![{_JS_WORD}])|(?<![{_JS_WORD}])(?=[{_JS_WORD}]))"
_JS_NON_BOUNDARY = f"(?:(?<=[{_JS_WORD}])(?=[{_JS_WORD}])|(?<![{_JS_WORD}])(?![{_JS_WORD}]))"
_HALF = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_FULL = "".join(chr(ord(ch) + 0xFEE0) for ch in _HALF)  # the full-width forms, in order
_GROUP_REFERENCE = re.compile(r"\$([0-9]{1,2})")
_MUST_EMPTY = re.compile(r"^\$([0-9]+)$")
_JS_SYNTAX = frozenset("^$\\.*+?()[]{}|/")


class RuleError(ValueError):
    """A rule that cannot be used; `line` is where it is written, when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


class RuleTimeout(RuntimeError):
    """A pattern gave up on a text after SEARCH_TIMEOUT seconds."""


@dataclass(frozen=True, slots=True)
class Spec:
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class PatternRule:
    """One prh rule, as written (patterns keep their `/…/` form)."""

    expected: str
    patterns: tuple[str, ...] = ()
    regexp_must_empty: str | None = None
    word_boundary: bool = False
    specs: tuple[Spec, ...] = ()
    comment: str = ""

    def required_texts(self) -> tuple[str, ...] | None:
        """Strings one of which any match contains, for skipping the rule on texts that have
        none of them; None when the rule could match without any (no pattern, a regex
        alternative with no plain characters outside groups and classes, or flags)."""
        if not self.patterns:
            return None
        found: list[str] = []
        for pattern in self.patterns:
            literal = _REGEX_LITERAL.match(pattern)
            if literal is None:
                found.append(pattern)
                continue
            required = None if literal.group(2) else _required_literals(literal.group(1))
            if required is None:
                return None
            found.extend(required)
        return tuple(found)

    def prefilter_keys(self) -> tuple[str, ...] | None:
        """Like `required_texts`, but folded (`fold`): one of these strings is in the folded
        text wherever the rule can match. This covers what `required_texts` cannot: a rule
        without a pattern (prh matches its `expected` in any case and width) and patterns
        with the `i` flag. None when the rule could match without any."""
        if not self.patterns:
            keys = _folded_literals(fold(self.expected))
            return None if keys is None else tuple(keys)
        found: list[str] = []
        for pattern in self.patterns:
            literal = _REGEX_LITERAL.match(pattern)
            if literal is None:
                found.append(fold(pattern))
                continue
            flags = literal.group(2)
            if set(flags) - set("gimsuy"):
                return None
            required = _folded_literals(literal.group(1), caseless="i" in flags)
            if required is None:
                return None
            found.extend(required)
        return tuple(found)

    def needs_timeout(self) -> bool:
        """Whether a search with this rule could take long: a regex with an unbounded or
        counted quantifier (`*`, `+`, `{…}`), a back-reference, or many alternatives.
        Literal patterns and short fixed-length regexes run in time linear in the text."""
        for pattern in self.patterns:
            literal = _REGEX_LITERAL.match(pattern)
            if literal is None:
                continue
            source = literal.group(1)
            if _BACKTRACKING.search(source) or source.count("|") + source.count("?") > 12:
                return True
        return False


# Python's regex module with IGNORECASE matches these to ASCII letters too.
_CASELESS_ASCII = {"\u0130": "i", "\u017f": "s", "\u212a": "k"}
_FOLD = str.maketrans(
    {
        **{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
        **{chr(ord(ch) + 0xFEE0): ch.lower() for ch in _HALF},
        **_CASELESS_ASCII,
    }
)
_NEEDS_TRANSLATE = re.compile("[\u017f\uff10-\uff19\uff41-\uff5a]")
_BACKTRACKING = re.compile(r"(?<!\\)[*+{]|\\[1-9k]")


def fold(text: str) -> str:
    """`text` in lower case, with full-width letters and digits as ASCII (and the letters
    that Python's case-insensitive matching takes for ASCII ones, ſ and K, too); its length
    stays, so offsets into the folded text are offsets into `text`."""
    if "\u0130" in text:  # the one character whose lower case is two characters long
        return text.translate(_FOLD).lower()
    text = text.lower()
    return text.translate(_FOLD) if _NEEDS_TRANSLATE.search(text) else text


def _folded_literals(source: str, *, caseless: bool = True) -> list[str] | None:
    """The folded required literals of a regex source (`_required_literals`). A caseless
    literal with a cased letter outside ASCII and full-width Latin is no filter (Unicode
    case folding could match it to other letters), nor is an empty one."""
    required = _required_literals(source)
    if required is None:
        return None
    folded = [fold(text) for text in required]
    for text in folded:
        if not text or (caseless and any(ch.lower() != ch.upper() and ch > "~" for ch in text)):
            return None
    return folded


_NEVER = "\U0010ffff"  # a noncharacter
_SAMPLE = 200_000  # characters of a text to count when tuning the prefilter
_FREQUENT = 400  # characters looked up first
_LITERAL_FLAGS = frozenset("gmsu")  # flags that cannot change what a plain string matches


def literal_patterns(rule: PatternRule) -> tuple[str, ...] | None:
    """The strings a rule matches, when it is nothing but literals: each pattern a plain
    string or a `/…/` regex without a special character (and no `i` flag), no word
    boundaries, no `regexpMustEmpty` and no `$n` in `expected`. Its matches are then the
    leftmost non-overlapping occurrences, the first pattern winning where several start,
    as the alternation of the escaped patterns finds them. None for any other rule."""
    if not rule.patterns or rule.word_boundary or rule.regexp_must_empty is not None:
        return None
    if "$" in rule.expected:
        return None
    found: list[str] = []
    for pattern in rule.patterns:
        literal = _REGEX_LITERAL.match(pattern)
        if literal is not None:
            source, flags = literal.groups()
            if set(flags) - _LITERAL_FLAGS or not source or _JS_SYNTAX.intersection(source):
                return None
            pattern = source
        if not pattern:
            return None  # an empty pattern is an error, which compiling it reports
        found.append(pattern)
    return tuple(found)


_VALUE = operator.itemgetter(1)
_INDICES = operator.itemgetter(0)


def _automaton(words: Sequence[tuple[str, tuple[Any, ...]]], frequent: Iterable[str]) -> Any:
    """An Aho-Corasick automaton of `words` (key, value), or None without any.

    pyahocorasick looks a character up among a node's children one by one, in the order
    they were added: the root has hundreds, so the `frequent` characters go first, each as
    a word that never matches (a noncharacter after it; if a text has one, the word's value
    asks for nothing)."""
    if not words:
        return None
    import ahocorasick  # a C extension; imported here so that rules.py stays light

    automaton = ahocorasick.Automaton()
    for ch in frequent:
        automaton.add_word(ch + _NEVER, ((), ()))
    for key, value in words:
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton


class RuleIndex:
    """Which rules can match a text: one Aho-Corasick pass over the folded text finds the
    strings each rule needs (`PatternRule.prefilter_keys`); rules that need none always run.
    A superset of the rules that match, never fewer.

    Rules made of literals only (`literal_patterns`) need no search at all: the same pass
    finds their patterns (folded), and `matches` keeps the hits that are exact and turns
    them into the matches the rule's regex would find."""

    def __init__(self, rules: Sequence[PatternRule]) -> None:
        self.always: list[int] = []
        self._expected = [rule.expected for rule in rules]
        needed: dict[str, tuple[list[int], list[tuple[int, int, str, int]]]] = {}
        for index, rule in enumerate(rules):
            literals = literal_patterns(rule)
            if literals is not None:
                for order, pattern in enumerate(literals):
                    entry = (index, order, pattern, len(pattern) - 1)
                    needed.setdefault(fold(pattern), ([], []))[1].append(entry)
                continue
            keys = rule.prefilter_keys()
            if keys is None:
                self.always.append(index)
            else:
                for key in keys:
                    bucket = needed.setdefault(key, ([], []))[0]
                    if not bucket or bucket[-1] != index:
                        bucket.append(index)
        self._words = [
            (key, (tuple(indices), tuple(literal))) for key, (indices, literal) in needed.items()
        ]
        self._automaton: Any = _automaton(self._words, ())

    def tune(self, sample: str) -> None:
        """Rebuild the automaton with the characters most frequent in `sample` (a piece of
        the text to come) looked up first: the same hits, up to twice as fast."""
        counts = collections.Counter(fold(sample[:_SAMPLE]))
        self._automaton = _automaton(self._words, [ch for ch, _ in counts.most_common(_FREQUENT)])

    def candidates(self, text: str) -> list[int]:
        """The rules to run on a text (those the prefilter lets through), in rule order."""
        found = set(self.always)
        if self._automaton is not None:
            for _, (indices, literal) in self._automaton.iter(fold(text)):
                found.update(indices)
                found.update(entry[0] for entry in literal)
        return sorted(found)

    def matches(
        self,
        text: str,
        rules: Sequence[CompiledRule],
        timeouts: Sequence[bool] | None = None,
        skip: frozenset[int] = frozenset(),
    ) -> tuple[list[tuple[int, RuleMatch]], list[int]]:
        """Every rule's matches in `text` (`CompiledRule.matches`, before overlaps are
        resolved), in rule order, each with its rule's index; and the rules that gave up.
        `rules` are the compiled rules, in the index's order; a rule runs with the time
        limit unless `timeouts` says it cannot backtrack. Rules in `skip` do not run."""
        run: set[int] = set(self.always)
        hits: dict[int, list[tuple[int, int, str]]] = {}
        if self._automaton is not None:
            every = list(self._automaton.iter(fold(text)))
            # many hits have the same value: set() and map() keep that loop in C
            run.update(*set(map(_INDICES, map(_VALUE, every))))
            for end, (_, literal) in [hit for hit in every if hit[1][1]]:
                for index, order, pattern, back in literal:
                    start = end - back
                    if text.startswith(pattern, start):
                        here = hits.get(index)
                        if here is None:
                            hits[index] = [(start, order, pattern)]
                        else:
                            here.append((start, order, pattern))
        if skip:
            run.difference_update(skip)
            for index in skip.intersection(hits):
                del hits[index]
        found: list[tuple[int, RuleMatch]] = []
        gave_up: list[int] = []
        for index in sorted(run.union(hits)) if hits else sorted(run):
            if index in hits:
                found.extend(
                    (index, m)
                    for m in _literal_matches(hits[index], self._expected[index])
                    if not written_already(text, m)
                )
                continue
            timeout = SEARCH_TIMEOUT if timeouts is None or timeouts[index] else None
            try:
                found.extend(
                    (index, m)
                    for m in rules[index].matches(text, timeout)
                    if not written_already(text, m)
                )
            except RuleTimeout:
                gave_up.append(index)
        return found, gave_up


def written_already(text: str, match: RuleMatch) -> bool:
    """Whether the match lies inside its own replacement, already written around it: a rule
    データセンタ → データセンター on データセンター. prh rewrites it (データセンターー); the
    one place where this tool does not do as prh does."""
    wanted = match.replacement
    if len(wanted) <= len(match.text):
        return False
    offset = wanted.find(match.text)
    while offset != -1:
        start = match.start - offset
        if start >= 0 and text.startswith(wanted, start):
            return True
        offset = wanted.find(match.text, offset + 1)
    return False


def _literal_matches(hits: list[tuple[int, int, str]], expected: str) -> list[RuleMatch]:
    """A literal rule's matches from the exact occurrences of its patterns (start, pattern
    order, pattern): leftmost first, the earliest pattern where several start, each search
    going on after the match."""
    if len(hits) > 1:
        hits.sort()
    found: list[RuleMatch] = []
    position = 0
    for start, _, pattern in hits:
        if start < position:
            continue
        position = start + len(pattern)
        if pattern != expected:
            found.append(RuleMatch(start, position, pattern, expected))
    return found


_INLINE_FLAGS = re.compile(r"\(\?(?![:=!<])")
_QUANTIFIER_BRACES = re.compile(r"\{\d+(?:,\d*)?\}")  # any other { is a literal in JavaScript


def _required_literals(source: str) -> list[str] | None:
    """For each top-level alternative of a JavaScript regex, the longest run of plain
    characters outside groups and classes that no quantifier makes optional: every match
    contains one of them. An alternative without such a run may still have a group that no
    quantifier makes optional (`(?:([^ム])マスター)`): its own required literals serve. None
    when an alternative has neither, or when an inline flag group such as (?i) may change
    what the literals match."""
    if _INLINE_FLAGS.search(source):
        return None
    alternatives: list[list[str]] = [[]]
    runs = alternatives[-1]
    groups: list[list[list[str]]] = [[]]
    run: list[str] = []
    depth = 0
    group_start = 0
    in_class = in_braces = escaped = False

    def close_run() -> None:
        if run:
            runs.append("".join(run))
            run.clear()

    for index, ch in enumerate(source):
        if escaped:
            escaped = False
        elif in_class:
            escaped = ch == "\\"
            in_class = ch != "]"
        elif in_braces:
            in_braces = ch != "}"
        elif ch == "\\":
            escaped = True
            if depth == 0:
                close_run()
        elif ch == "[":
            in_class = True
            if depth == 0:
                close_run()
        elif ch == "(":
            if depth == 0:
                close_run()
                group_start = index
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                inner = _group_literals(source, group_start, index)
                if inner is not None:
                    groups[-1].append(inner)
        elif depth > 0:
            continue
        elif ch == "|":
            close_run()
            alternatives.append([])
            runs = alternatives[-1]
            groups.append([])
        elif ch in "?*" or (ch == "{" and _QUANTIFIER_BRACES.match(source, index)):
            if run:
                run.pop()
            close_run()
            in_braces = ch == "{"
        elif ch in "^$.+":
            close_run()
        else:
            run.append(ch)
    close_run()
    best: list[str] = []
    for found, options in zip(alternatives, groups, strict=True):
        if found:
            best.append(max(found, key=len))
        elif options:
            best.extend(options[0])
        else:
            return None
    return best


def _group_literals(source: str, start: int, end: int) -> list[str] | None:
    """The required literals of the group source[start:end + 1], when every match of the
    regex goes through it: a plain or non-capturing group that no quantifier follows."""
    following = source[end + 1 : end + 2]
    if following in ("?", "*", "+") or (
        following == "{" and _QUANTIFIER_BRACES.match(source, end + 1)
    ):
        return None
    if source.startswith("(?:", start):
        return _required_literals(source[start + 3 : end])
    if source.startswith("(?", start):
        return None  # a lookaround or a named group: not worth the trouble
    return _required_literals(source[start + 1 : end])


class RuleMatch(NamedTuple):
    """One match and what prh would write for it (a tuple: made by the hundred thousand)."""

    start: int
    end: int
    text: str
    replacement: str


@dataclass(frozen=True, slots=True)
class SpecFailure:
    rule: PatternRule
    spec: Spec
    got: str

    def __str__(self) -> str:
        return (
            f"rule “{self.rule.expected}”: spec “{self.spec.before}” should become "
            f"“{self.spec.after}” but becomes “{self.got}”"
        )


def is_regex_literal(pattern: str) -> bool:
    return _REGEX_LITERAL.match(pattern) is not None


class CompiledRule:
    """A rule with its pattern compiled once."""

    __slots__ = ("_line", "_must_empty", "_pattern", "rule")

    def __init__(self, rule: PatternRule, line: int | None = None) -> None:
        self.rule = rule
        self._line = line
        # a rule of literals (most of a prh file) cannot be a bad pattern, and the batch
        # engine matches it without its regex: compiled when first used
        literal = literal_patterns(rule) is not None
        self._pattern: regex.Pattern[str] | None = None if literal else _compile(rule, line)
        self._must_empty: int | None = None
        if rule.regexp_must_empty is not None:
            found = _MUST_EMPTY.match(rule.regexp_must_empty)
            if found is None:
                raise RuleError(
                    f"rule “{rule.expected}”: regexpMustEmpty must read $1 (a group number), "
                    f"not “{rule.regexp_must_empty}”",
                    line,
                )
            self._must_empty = int(found.group(1))

    @property
    def pattern(self) -> regex.Pattern[str]:
        if self._pattern is None:
            self._pattern = _compile(self.rule, self._line)
        return self._pattern

    def matches(self, text: str, timeout: float | None = SEARCH_TIMEOUT) -> list[RuleMatch]:
        """Every match prh would turn into a change, before overlaps are resolved."""
        found: list[RuleMatch] = []
        expected = self.rule.expected
        simple = self._must_empty is None and "$" not in expected
        try:
            if simple:  # the common case, without groups to read
                for match in self.pattern.finditer(text, timeout=timeout):
                    written = match.group()
                    if written != expected:
                        found.append(RuleMatch(match.start(), match.end(), written, expected))
                return found
            for match in self.pattern.finditer(text, timeout=timeout):
                groups = match.groups()
                index = self._must_empty
                if index is not None and 0 < index <= len(groups) and groups[index - 1]:
                    continue
                if index == 0 and match.group(0):
                    continue
                written = match.group(0)
                if written == self.rule.expected:
                    continue
                found.append(
                    RuleMatch(match.start(), match.end(), written, _expand(self.rule, groups))
                )
        except TimeoutError:
            raise RuleTimeout(
                f"pattern of rule “{self.rule.expected}” gave up after {timeout:g} s"
            ) from None
        return found

    def fix(self, text: str) -> str:
        return apply_fixes(text, as_fixes(resolve((None, m) for m in self.matches(text))))


def _expand(rule: PatternRule, groups: Sequence[str | Any]) -> str:
    if "$" not in rule.expected:
        return rule.expected

    def group(found: re.Match[str]) -> str:
        index = int(found.group(1))
        if index == 0 or index > len(groups):
            return found.group(0)
        value = groups[index - 1]
        return value if isinstance(value, str) else ""

    return _GROUP_REFERENCE.sub(group, rule.expected)


def resolve(found: Iterable[tuple[T, RuleMatch]]) -> list[tuple[T, RuleMatch]]:
    """prh's ChangeSet, for matches each with a tag (its rule), given in rule order: sort by
    start then end (rule order where both are equal, so the first stays); of two with one
    start the longer stays; then a match starting inside the one sorted before it goes."""
    ordered = sorted(found, key=_span)
    last = len(ordered) - 1
    longest = [
        pair
        for i, pair in enumerate(ordered)
        if not (
            i < last
            and ordered[i + 1][1].start == pair[1].start
            and pair[1].end < ordered[i + 1][1].end
        )
    ]
    return [
        pair for i, pair in enumerate(longest) if i == 0 or pair[1].start >= longest[i - 1][1].end
    ]


def _span(pair: tuple[object, RuleMatch]) -> tuple[int, int]:
    return pair[1].start, pair[1].end


def as_fixes(found: Iterable[tuple[object, RuleMatch]]) -> list[Fix]:
    return [Fix(m.start, m.end, m.replacement) for _, m in found]


def check_specs(rule: CompiledRule) -> list[SpecFailure]:
    """The specs this rule fails, as prh checks them when it loads the rule."""
    failures: list[SpecFailure] = []
    for spec in rule.rule.specs:
        try:
            got = rule.fix(spec.before)
        except RuleTimeout as exc:
            got = f"<{exc}>"
        if got != spec.after:
            failures.append(SpecFailure(rule.rule, spec, got))
    return failures


# JavaScript regex → the regex module


def _compile(rule: PatternRule, line: int | None) -> regex.Pattern[str]:
    if rule.patterns:
        sources = [_pattern_source(p, rule.word_boundary, rule, line) for p in rule.patterns]
        ignore_case = {flags for _, flags in sources}
        if len(ignore_case) > 1:
            raise RuleError(
                f"rule “{rule.expected}”: its patterns mix flags (prh refuses that)", line
            )
        source = "|".join(s for s, _ in sources)
        if len(sources) > 1:
            source = f"(?:{source})"
        flags = ignore_case.pop()
    else:
        source, flags = spread(rule.expected), 0
        if rule.word_boundary:
            source = f"\\b{source}\\b"
        source = _translate(source, rule, line)
    try:
        return _compiled(source, int(flags | regex.MULTILINE | regex.VERSION0))
    except regex.error as exc:
        raise RuleError(f"rule “{rule.expected}”: bad pattern: {exc}", line) from None


@functools.lru_cache(maxsize=8192)
def _compiled(source: str, flags: int) -> regex.Pattern[str]:
    """regex.compile, remembered: a prh file's rules are compiled when it is read and again
    by each Glossary built from them, and the regex module keeps only a few hundred."""
    return regex.compile(source, flags)


def _pattern_source(
    pattern: str, boundary: bool, rule: PatternRule, line: int | None
) -> tuple[str, int]:
    if pattern == "":
        raise RuleError(f"rule “{rule.expected}”: a pattern can't be empty", line)
    found = _REGEX_LITERAL.match(pattern)
    flags = 0
    if found is None:
        source = regex.escape(pattern, special_only=True)
    else:
        wrong = sorted(set(found.group(2)) - _JS_FLAGS)
        if wrong or len(set(found.group(2))) < len(found.group(2)):
            what = f"unknown flag “{wrong[0]}”" if wrong else "a flag given twice"
            raise RuleError(f"rule “{rule.expected}”: bad pattern {pattern}: {what}", line)
        source = _translate(found.group(1), rule, line)
        if "i" in found.group(2):
            flags |= regex.IGNORECASE
        if "s" in found.group(2):
            source = source.replace(_JS_DOT, "[\\s\\S]")
    if boundary:
        source = _JS_BOUNDARY + source + _JS_BOUNDARY
    return source, flags


def spread(expected: str) -> str:
    """prh's spreadAlphaNum: expected as a pattern, unescaped as prh leaves it."""
    out: list[str] = []
    for ch in expected:
        upper, lower = _HALF.find(ch.upper()), _HALF.find(ch.lower())
        if upper == -1 and lower == -1:
            out.append(ch)
        elif upper == lower:
            out.append(f"[{ch}{_FULL[upper]}]")
        else:
            out.append(f"[{ch.upper()}{ch.lower()}{_FULL[upper]}{_FULL[lower]}]")
    return "".join(out)


_JS_DOT = "[^\\n\\r\\u2028\\u2029]"
_OUTSIDE = {
    "d": "[0-9]",
    "D": "[^0-9]",
    "w": f"[{_JS_WORD}]",
    "W": f"[^{_JS_WORD}]",
    "s": f"[{_JS_SPACE}]",
    "S": f"[^{_JS_SPACE}]",
    "b": _JS_BOUNDARY,
    "B": _JS_NON_BOUNDARY,
}
_INSIDE = {"d": "0-9", "w": _JS_WORD, "s": _JS_SPACE, "b": "\\x08"}


def _translate(source: str, rule: PatternRule, line: int | None) -> str:
    """A JavaScript regex source in the regex module's syntax (see the module docstring)."""
    out: list[str] = []
    i, n = 0, len(source)
    in_class = False
    while i < n:
        ch = source[i]
        if ch == "\\":
            if i + 1 >= n:
                raise RuleError(f"rule “{rule.expected}”: pattern ends with a backslash", line)
            nxt = source[i + 1]
            if nxt == "u" and i + 2 < n and source[i + 2] == "{":
                close = source.find("}", i + 3)
                if close == -1:
                    raise RuleError(f"rule “{rule.expected}”: unterminated \\u{{…}}", line)
                out.append(regex.escape(chr(int(source[i + 3 : close], 16))))
                i = close + 1
                continue
            if nxt == "k" and i + 2 < n and source[i + 2] == "<":
                close = source.find(">", i + 3)
                out.append(f"(?P={source[i + 3 : close]})")
                i = close + 1
                continue
            table = _INSIDE if in_class else _OUTSIDE
            out.append(table.get(nxt, "\\" + nxt))
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
            elif ch == "[":
                out.append("\\[")
                i += 1
                continue
            out.append(ch)
            i += 1
            continue
        if ch == "[":
            if source.startswith("[^]", i):
                out.append("[\\s\\S]")
                i += 3
                continue
            if source.startswith("[]", i):
                out.append("(?!)")
                i += 2
                continue
            in_class = True
            out.append(ch)
            if i + 1 < n and source[i + 1] == "^":
                out.append("^")
                i += 1
            if i + 1 < n and source[i + 1] == "]":
                out.append("\\]")
                i += 1
            i += 1
            continue
        if ch == "{" and not _QUANTIFIER_BRACES.match(source, i):
            out.append("\\{")
        else:
            out.append(_JS_DOT if ch == "." else ch)
        i += 1
    return "".join(out)


# JavaScript regex text for prh files we write


def js_escape(text: str) -> str:
    """`text` as a JavaScript regex (with the u flag) that matches it literally."""
    return "".join("\\" + ch if ch in _JS_SYNTAX else ch for ch in text)


def prh_literal_is_safe(text: str) -> bool:
    """prh escapes literal patterns in a way its own u flag then rejects for `-` and `¥`, and
    reads `/…/` as a regex: such literals must be written as regexes."""
    return not ("-" in text or "¥" in text or is_regex_literal(text))
