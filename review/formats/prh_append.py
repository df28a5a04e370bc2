"""Adding to a prh dictionary in place.

A new entry becomes rules appended to the file's own `rules` (after its last rule, indented as
it is), written as `prh.render` writes an entry: one rule per form to use, with the
forbidden variants as patterns and specs that prove them. An accepted form that no such rule
has as its `expected` is written as a rule that matches only itself, so the term is kept
(prh has no other way to hold it; a form without Latin letters, digits or regex syntax is the
plain string rule). Source forms and entry types have no place in prh and are not written.

Everything else stays as it was: comments, `version`, `imports`, the other rules and their
order. An entry that extends a rule of an imported file also lands in this file; since prh
drops an imported rule whose `expected` the importing file has already, that imported rule
is copied into this file with it, so it keeps working.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from review.core.glossary import Entry, Glossary
from review.core.glossary_edit import Growth
from review.core.rules import PatternRule
from review.formats import prh
from review.formats.errors import OutputError
from review.formats.spliced import Edit, EncodedText

_BARE = re.compile(r"^[^A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a^$\\.*+?()\[\]{}|/¥-]+$")
_WIDE = 1 << 20  # no line folding in what yaml writes


def read(file: EncodedText, path: Path) -> Glossary:
    return prh.read(path, text=file.text)


def plan(
    file: EncodedText, path: Path, before: Glossary, growth: Growth, glossary: Glossary
) -> tuple[list[Edit], list[PatternRule]]:
    """The edits, and the rules the file then reads as (with its imports)."""
    if growth.grown:
        index, _ = growth.grown[0]
        raise OutputError(
            path, f"rule “{before.entries[index].id}” would need forms of its own, which prh lacks"
        )
    own = prh.own_rules(file.text, path)
    own_expected = {rule.expected for rule in own}
    imported = [e.rule for e in before.entries[len(own) :] if e.rule is not None]
    added: list[PatternRule] = []
    copied: set[str] = set()
    for entry in growth.added:
        for rule in rules_of(entry, glossary.entries):
            if rule.expected not in own_expected and rule.expected not in copied:
                copied.add(rule.expected)
                added.extend(r for r in imported if r.expected == rule.expected)
            added.append(rule)
    if not added:
        return [], [*own, *imported]
    written = {rule.expected for rule in added}
    kept = [rule for rule in imported if rule.expected not in written]
    return [_insertion(file, path, added)], [*own, *added, *kept]


def rules_of(entry: Entry, everyone: list[Entry]) -> list[PatternRule]:
    """The rules an entry is written as (see the module's docstring)."""
    if entry.rule is not None:
        return [entry.rule]
    rules = prh.entry_rules(entry, everyone)
    covered = {rule.expected for rule in rules}
    for form in entry.accepted:
        if form not in covered:
            patterns = () if _BARE.match(form) else (form,)
            rules.append(PatternRule(expected=form, patterns=patterns, comment=entry.note))
            covered.add(form)
    return rules


def _item(rule: PatternRule) -> Any:
    mapping = prh.rule_mapping(rule)
    return rule.expected if list(mapping) == ["expected"] else mapping


def _insertion(file: EncodedText, path: Path, rules: list[PatternRule]) -> Edit:
    text = file.text
    items = [_item(rule) for rule in rules]
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        raise OutputError(path, "cannot add rules to a dictionary that is not a block mapping")
    found = next(((k, v) for k, v in root.value if k.value == "rules"), None)
    if found is None:
        column = root.start_mark.column
        start = _newline_before(text, len(text), file)
        return Edit(len(text), len(text), start + _block(items, column, file, head="rules:"))
    key, value = found
    if isinstance(value, yaml.SequenceNode) and value.flow_style:
        close = value.end_mark.index - 1
        flow = ", ".join(_flow(item) for item in items)
        return Edit(close, close, (", " if value.value else "") + flow)
    if isinstance(value, yaml.SequenceNode) and value.value:
        at = _after(text, value.value[-1])
        start = _newline_before(text, at, file)
        return Edit(at, at, start + _block(items, value.start_mark.column, file))
    if isinstance(value, yaml.ScalarNode) and value.tag.endswith(":null"):
        if value.start_mark.index == value.end_mark.index:
            at = _after(text, key)
            start = _newline_before(text, at, file)
            return Edit(at, at, start + _block(items, key.start_mark.column + 2, file))
        flow = "[" + ", ".join(_flow(item) for item in items) + "]"
        return Edit(value.start_mark.index, value.end_mark.index, flow)
    raise OutputError(path, "`rules` is not a list", value.start_mark.line + 1)


def _block(items: list[Any], column: int, file: EncodedText, *, head: str = "") -> str:
    """The items as a block sequence whose dashes stand at `column` (under `head`, a key at
    `column`, when given)."""
    dumped = yaml.safe_dump(
        items, allow_unicode=True, sort_keys=False, default_flow_style=False, width=_WIDE
    )
    lines = [" " * column + head] if head else []
    indent = " " * (column + 2 if head else column)
    lines += [indent + line for line in dumped.splitlines()]
    return file.lines("".join(line + "\n" for line in lines))


def _flow(item: Any) -> str:
    dumped: str = yaml.safe_dump(
        item, allow_unicode=True, sort_keys=False, default_flow_style=True, width=_WIDE
    )
    return dumped.removesuffix("\n...\n").strip()


def _after(text: str, node: yaml.Node) -> int:
    """The start of the line after the one where `node` ends."""
    while isinstance(node, yaml.CollectionNode) and node.value and not node.flow_style:
        last = node.value[-1]
        node = last[1] if isinstance(node, yaml.MappingNode) else last
    mark = node.end_mark
    if mark.column == 0 and mark.index > 0:  # a block scalar ends at the next line
        return int(mark.index)
    end = text.find("\n", mark.index)
    return len(text) if end == -1 else end + 1


def _newline_before(text: str, at: int, file: EncodedText) -> str:
    """A line end to write first, when `at` is not at the start of a line."""
    return "" if at == 0 or text[at - 1] == "\n" else file.newline
