"""prh dictionaries (YAML), read and written with prh's semantics.

Reading follows prh: `version`, `rules` (a string is a rule whose `expected` is that string;
otherwise `expected` with `pattern`/`patterns`, `regexpMustEmpty`, `options.wordBoundary`,
`specs` and the `prh` comment) and `imports` (paths relative to the importing file, or
`{path, disableImports, ignoreRules}`). Imported rules whose `expected` an earlier rule has
already are dropped, as prh merges. An import cycle is refused. `targets` (prh's per-file
scoping) has no meaning for segments and is ignored.

Every rule's `specs` run as the file loads, each rule alone, as prh runs them: a failing spec
refuses the file, naming the file, the rule's line, the spec and what the rule made of it.

Writing gives one self-contained file (imports flattened); additions to an existing
dictionary are appended to it in place by `prh_append`, which keeps its imports. Pattern
rules are written as they were read. A plain glossary entry becomes one rule per form to use,
whose patterns are its forbidden variants as regexes that keep this tool's matching where
JavaScript can: a variant
inside an accepted form is left alone (lookarounds), Latin edges do not match inside Latin
words, the spaces between a Latin edge and Japanese go with the fix, `ignore_case` becomes the
`i` flag, and the entry's note becomes the `prh` comment. Discouraged forms
(preferences) become rules of their own whose comment starts with `[preference]`, which prh
shows and this tool reads back as a term-preference warning (prh has no severities). Each
rule carries specs that prove this to prh when it loads the file. prh has no NFKC: width
variants are matched only as written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from review.core.glossary import PREFERENCE_MARK, Entry, EntryType, Glossary, GlossaryError, Variant
from review.core.rules import (
    CompiledRule,
    PatternRule,
    RuleError,
    Spec,
    check_specs,
    is_regex_literal,
    js_escape,
    prh_literal_is_safe,
    spread,
)
from review.core.scripts import is_latin_alnum
from review.formats.errors import InputError
from review.formats.textio import read_text

_JAPANESE = "\\u3041-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff"
_SPACES = "[ \\t\\u3000]+"
_KNOWN_KEYS = frozenset(
    {"expected", "pattern", "patterns", "regexpMustEmpty", "options", "specs", "prh"}
)


@dataclass(frozen=True, slots=True)
class _Rule:
    rule: PatternRule
    line: int


def read(path: Path, encoding: str | None = None, *, text: str | None = None) -> Glossary:
    """The dictionary at `path` with its imports; `text`, when given, is the file's content
    (imports are still read from disk, relative to `path`)."""
    rules = _load(path, encoding, chain=(), follow_imports=True, text=text)
    entries: list[Entry] = []
    taken: set[str] = set()
    for item in rules:
        entry_id = item.rule.expected or "(delete)"
        n = 2
        while entry_id in taken:
            entry_id, n = f"{item.rule.expected or '(delete)'} ({n})", n + 1
        taken.add(entry_id)
        entries.append(
            Entry(
                id=entry_id,
                accepted=(item.rule.expected,),
                type=EntryType.TERM,
                note=item.rule.comment,
                line=item.line,
                rule=item.rule,
            )
        )
    try:
        return Glossary(entries, name=str(path))
    except GlossaryError as exc:
        raise InputError(path, str(exc), exc.line) from None


def own_rules(text: str, path: Path) -> list[PatternRule]:
    """The rules the file itself holds, without its imports (which come after them)."""
    return [item.rule for item in _load(path, None, chain=(), follow_imports=False, text=text)]


def _load(
    path: Path,
    encoding: str | None,
    *,
    chain: tuple[Path, ...],
    follow_imports: bool,
    text: str | None = None,
) -> list[_Rule]:
    resolved = path.resolve()
    if resolved in chain:
        cycle = " → ".join(p.name for p in (*chain, resolved))
        raise InputError(path, f"imports form a cycle: {cycle}")
    chain = (*chain, resolved)
    if text is None:
        text = read_text(path, encoding)
    try:
        node, config = _parse(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or getattr(exc, "reason", None) or str(exc)
        line: int | None
        if mark is None and isinstance(exc, yaml.reader.ReaderError):
            line = text[: exc.position].count("\n") + 1
        else:
            line = None if mark is None else mark.line + 1
        raise InputError(path, f"not valid YAML: {problem}", line) from None
    if not isinstance(config, dict) or node is None:
        raise InputError(path, "a prh file is a YAML mapping with `version` and `rules`", 1)
    version = config.get("version", 1)
    if version != 1:
        raise InputError(
            path, f"unsupported prh version “{version}” (only 1)", _line(node, "version")
        )
    rules = _rules(path, config, node)
    imports = config.get("imports") if follow_imports else None
    for spec, line in _imports(path, imports, node):
        target = path.parent / str(spec["path"])
        if not target.is_file():
            raise InputError(path, f"imports “{spec['path']}”: no such file: {target}", line)
        imported = _load(
            target, encoding, chain=chain, follow_imports=not spec.get("disableImports", False)
        )
        ignored = [_ignore_rule(item, path, line) for item in spec.get("ignoreRules") or []]
        known = {item.rule.expected for item in rules}
        rules.extend(
            item
            for item in imported
            if item.rule.expected not in known and not any(_ignores(i, item.rule) for i in ignored)
        )
    return rules


# libyaml's loader (in PyYAML's wheels) reads a rule file ten times faster than the pure one.
_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", None)


def _parse(text: str) -> tuple[yaml.Node | None, object]:
    """The YAML document's node (for line numbers) and its value. libyaml's loader when
    there is one and the text has only the characters YAML allows (the pure loader checks
    them as it is made: a NUL is a ReaderError with a character offset); any error comes
    from the pure loader, so that its message and line are the same either way."""
    if _FAST_LOADER is not None and not _NON_PRINTABLE.search(text):
        try:
            return _load_with(_FAST_LOADER, text)
        except yaml.YAMLError:
            pass  # the pure loader names the problem (or, rarely, reads what libyaml refused)
    return _load_with(yaml.SafeLoader, text)


_NON_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE


def _load_with(loader_class: Any, text: str) -> tuple[yaml.Node | None, object]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


def _line(node: yaml.Node, key: str) -> int:
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            if key_node.value == key:
                return int(key_node.start_mark.line) + 1
    return int(node.start_mark.line) + 1


def _value_node(node: yaml.Node, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value in node.value:
            if key_node.value == key:
                return value  # type: ignore[no-any-return]
    return None


def _rules(path: Path, config: dict[str, Any], node: yaml.Node) -> list[_Rule]:
    raw = config.get("rules") or []
    rules_node = _value_node(node, "rules")
    if not isinstance(raw, list) or not isinstance(rules_node, yaml.SequenceNode):
        if raw:
            raise InputError(path, "`rules` must be a list", _line(node, "rules"))
        return []
    found: list[_Rule] = []
    for item, item_node in zip(raw, rules_node.value, strict=True):
        line = int(item_node.start_mark.line) + 1
        rule = _rule(item, path, line)
        try:
            compiled = CompiledRule(rule, line)
        except RuleError as exc:  # at the line of what is wrong in the rule
            key = "regexpMustEmpty" if "regexpMustEmpty" in str(exc) else "pattern"
            if key == "pattern" and isinstance(item, dict) and "pattern" not in item:
                key = "patterns"
            raise InputError(path, str(exc), _line(item_node, key)) from None
        failures = check_specs(compiled)
        if failures:
            more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
            raise InputError(path, f"spec failed: {failures[0]}{more}", line)
        found.append(_Rule(rule, line))
    return found


def _rule(item: object, path: Path, line: int) -> PatternRule:
    if isinstance(item, str):
        return PatternRule(expected=item)
    if not isinstance(item, dict):
        raise InputError(path, "a rule is a string or a mapping with `expected`", line)
    expected = item.get("expected")
    if expected is None:
        raise InputError(path, "a rule needs `expected` (it may be empty, to delete)", line)
    patterns: list[object] = []
    for key in ("pattern", "patterns"):
        value = item.get(key)
        if value is None:
            continue
        patterns.extend(value if isinstance(value, list) else [value])
    if any(not isinstance(p, str | int | float) or str(p) == "" for p in patterns):
        raise InputError(path, f"rule “{expected}”: a pattern must be a non-empty string", line)
    options = item.get("options") or {}
    if not isinstance(options, dict):
        raise InputError(path, f"rule “{expected}”: `options` must be a mapping", line)
    specs = []
    for spec in item.get("specs") or []:
        if not isinstance(spec, dict) or not spec.get("from") or not spec.get("to"):
            raise InputError(path, f"rule “{expected}”: a spec needs `from` and `to`", line)
        specs.append(Spec(str(spec["from"]), str(spec["to"])))
    must_empty = item.get("regexpMustEmpty")
    return PatternRule(
        expected=str(expected),
        patterns=tuple(str(p) for p in patterns),
        regexp_must_empty=None if must_empty is None else str(must_empty),
        word_boundary=bool(options.get("wordBoundary", False)),
        specs=tuple(specs),
        comment=str(item.get("prh") or ""),
    )


def _imports(path: Path, imports: object, node: yaml.Node) -> list[tuple[dict[str, Any], int]]:
    if imports is None:
        return []
    line = _line(node, "imports")
    items = [imports] if isinstance(imports, str) else imports
    if not isinstance(items, list):
        raise InputError(path, "`imports` must be a path or a list", line)
    specs: list[tuple[dict[str, Any], int]] = []
    for item in items:
        spec = {"path": item} if isinstance(item, str) else item
        if not isinstance(spec, dict) or not isinstance(spec.get("path"), str):
            raise InputError(path, "an import is a path or a mapping with `path`", line)
        if not spec["path"] or "\0" in spec["path"]:
            raise InputError(path, f"not a file path to import: {spec['path']!r}", line)
        specs.append((spec, line))
    return specs


def _ignore_rule(item: object, path: Path, line: int) -> dict[str, str]:
    if isinstance(item, str):
        return {"pattern": item}
    if isinstance(item, dict):
        return {k: str(v) for k, v in item.items() if k in ("pattern", "expected")}
    raise InputError(path, "an ignoreRules item is a pattern or {pattern, expected}", line)


def _ignores(ignore: dict[str, str], rule: PatternRule) -> bool:
    pattern = ignore.get("pattern")
    if pattern is not None and (pattern == prh_pattern_string(rule) or pattern in rule.patterns):
        return True
    return ignore.get("expected") == rule.expected


def prh_pattern_string(rule: PatternRule) -> str:
    """The rule's pattern as prh prints it (`--rules-yaml`), which `ignoreRules` compares."""

    def one(pattern: str) -> tuple[str, str]:
        if is_regex_literal(pattern):
            body, _, flags = pattern[1:].rpartition("/")
        else:
            body, flags = "".join("\\" + c if c in "¥*+.?{}()[]^$-|/" else c for c in pattern), ""
        if rule.word_boundary:
            body = f"\\b{body}\\b"
        return body, "i" if "i" in flags else ""

    if not rule.patterns:
        body = spread(rule.expected)
        if rule.word_boundary:
            body = f"\\b{body}\\b"
        return f"/{body}/gmu"
    parts = [one(p) for p in rule.patterns]
    if len(parts) == 1:
        body, flag = parts[0]
    else:
        body, flag = "(?:" + "|".join(b for b, _ in parts) + ")", parts[-1][1]
    return f"/{body}/g{flag}mu"


# writing


def render(glossary: Glossary) -> str:
    rules: list[dict[str, Any]] = []
    for entry in glossary.entries:
        if entry.rule is not None:
            rules.append(rule_mapping(entry.rule))
        else:
            rules.extend(rule_mapping(rule) for rule in entry_rules(entry, glossary.entries))
    header = f"# prh rules written by review from {Path(glossary.name).name or 'a glossary'}\n"
    body = yaml.safe_dump(
        {"version": 1, "rules": rules},
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1000,
    )
    return header + body


def prh_patterns(rule: PatternRule) -> tuple[str, ...]:
    """The rule's patterns as prh can load them: a literal that prh's own escaping would break
    (`-`, `¥`) is written as the regex that matches it."""
    return tuple(
        p if is_regex_literal(p) or prh_literal_is_safe(p) else f"/{js_escape(p)}/"
        for p in rule.patterns
    )


def rule_mapping(rule: PatternRule) -> dict[str, Any]:
    """The rule as prh's YAML holds it."""
    data: dict[str, Any] = {"expected": rule.expected}
    patterns = prh_patterns(rule)
    if len(patterns) == 1:
        data["pattern"] = patterns[0]
    elif patterns:
        data["patterns"] = list(patterns)
    if rule.regexp_must_empty is not None:
        data["regexpMustEmpty"] = rule.regexp_must_empty
    if rule.word_boundary:
        data["options"] = {"wordBoundary": True}
    if rule.comment:
        data["prh"] = rule.comment
    if rule.specs:
        data["specs"] = [{"from": s.before, "to": s.after} for s in rule.specs]
    return data


def entry_rules(entry: Entry, everyone: Iterable[Entry]) -> list[PatternRule]:
    """The prh rules that do what a plain entry does (see the module docstring)."""
    accepted = [form for other in everyone if other.rule is None for form in other.accepted]
    preference = f"{PREFERENCE_MARK} {entry.note}".strip()
    return [
        *_replacement_rules(entry, entry.variants, accepted, entry.note),
        *_replacement_rules(entry, entry.discouraged, accepted, preference),
    ]


def _replacement_rules(
    entry: Entry, variants: tuple[Variant, ...], accepted: list[str], comment: str
) -> list[PatternRule]:
    by_replacement: dict[str, list[str]] = {}
    for variant in variants:
        by_replacement.setdefault(variant.replacement, []).append(variant.form)
    rules: list[PatternRule] = []
    for replacement, forms in by_replacement.items():
        patterns: list[str] = []
        specs: list[Spec] = []
        for form in forms:
            containers = [a for a in accepted if form in a and a != form]
            plain = not containers and prh_literal_is_safe(form) and not entry.ignore_case
            if plain and not _latin_edge(form):
                patterns.append(form)
            else:
                flags = "i" if entry.ignore_case else ""
                patterns.append(f"/{_variant_regex(form, containers)}/{flags}")
            specs.append(Spec(form, replacement))
            specs.extend(Spec(a, a) for a in containers)
            if is_latin_alnum(form[-1]):
                specs.append(Spec(f"{form} の", f"{replacement}の"))
        if any(is_regex_literal(p) for p in patterns):
            flags = "i" if entry.ignore_case else ""
            patterns = [
                p if is_regex_literal(p) else f"/{_variant_regex(p, [])}/{flags}" for p in patterns
            ]
        rules.append(
            PatternRule(
                expected=replacement,
                patterns=tuple(patterns),
                specs=tuple(dict.fromkeys(specs)),
                comment=comment,
            )
        )
    return rules


def _latin_edge(form: str) -> bool:
    return is_latin_alnum(form[0]) or is_latin_alnum(form[-1])


def _variant_regex(form: str, containers: list[str]) -> str:
    guards: list[str] = []
    for container in containers:
        start = container.find(form)
        while start != -1:
            before, after = container[:start], container[start + len(form) :]
            look = f"(?<={js_escape(before)})" if before else ""
            guards.append(f"(?!{look}{js_escape(form)}{js_escape(after)})")
            start = container.find(form, start + 1)
    lead = trail = ""
    core = js_escape(form)
    if is_latin_alnum(form[0]):
        lead = f"(?:(?<=[{_JAPANESE}]){_SPACES})?"
        core = f"(?<![A-Za-z0-9]){core}"
    if is_latin_alnum(form[-1]):
        trail = f"(?![A-Za-z0-9])(?:{_SPACES}(?=[{_JAPANESE}]))?"
    return lead + "".join(guards) + core + trail
