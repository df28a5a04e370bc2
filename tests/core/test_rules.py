from __future__ import annotations

import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from review.core.glossary import Entry, Glossary, GlossaryError
from review.core.model import Segment, Severity
from review.core.rules import (
    CompiledRule,
    PatternRule,
    RuleError,
    RuleMatch,
    RuleTimeout,
    Spec,
    check_specs,
    js_escape,
    resolve,
)


def fix(rule: PatternRule, text: str) -> str:
    return CompiledRule(rule).fix(text)


def test_literal_patterns_are_literal_and_expected_is_never_a_finding() -> None:
    rule = PatternRule("ハードウェア", ("ハードウエア", "a.b"))
    assert fix(rule, "ハードウエアとハードウェア") == "ハードウェアとハードウェア"
    assert fix(rule, "axb a.b") == "axb ハードウェア"
    assert CompiledRule(PatternRule("x", ("x",))).matches("x") == []


def test_group_references_in_expected() -> None:
    rule = PatternRule("$2年$1月$3", ("/(\\d{1,2})\\/(\\d{4})/",))
    assert fix(rule, "7/2025") == "2025年7月$3"
    optional = PatternRule("[$1]", ("/a(b)?/",))
    assert fix(optional, "a") == "[]"


def test_regexp_must_empty_skips_a_match_whose_group_is_set() -> None:
    rule = PatternRule("ソフトウェア", ("/(日経)?ソフトウエア/",), regexp_must_empty="$1")
    assert fix(rule, "日経ソフトウエアとソフトウエア") == "日経ソフトウエアとソフトウェア"
    with pytest.raises(RuleError, match="regexpMustEmpty must read"):
        CompiledRule(PatternRule("x", ("/y/",), regexp_must_empty="1"))


def test_without_pattern_expected_matches_any_case_and_width() -> None:
    rule = PatternRule("jQuery")
    assert fix(rule, "jquery ＪＱＵＥＲＹ JQuery jQuery") == "jQuery jQuery jQuery jQuery"
    digits = PatternRule("Web2")
    assert fix(digits, "web２") == "Web2"


def test_word_boundary_is_javascripts_ascii_boundary() -> None:
    rule = PatternRule("js", word_boundary=True)
    assert fix(rule, "foo JS bar altJS 今日もJS祭り") == "foo js bar altJS 今日もjs祭り"


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("/\\d+/", "12３4", "X３X"),  # \d is ASCII in JavaScript
        ("/\\w+/", "abc日本", "X日本"),  # so is \w
        ("/a.b/", "a\rb a\nb axb", "a\rb a\nb X"),  # . stops at \r and \n
        ("/a[^]b/", "a\nb", "X"),  # [^] is any character
        ("/\\u{1F600}/", "😀", "X"),  # code point escapes
        ("/(?<q>[ab])\\k<q>/", "aa ab", "X ab"),  # named back-references
        ("/\\s/", "a\u3000b", "aXb"),  # \s includes the ideographic space
        ("/[\\s,]+/", "a, b", "aXb"),  # class escapes inside a class
        ("/^x/", "x\nx", "X\nX"),  # prh adds the m flag
        ("/ab/i", "AB", "X"),
        ("/(?<=日経)ソフト/", "日経ソフト", "日経X"),
    ],
)
def test_javascript_regex_semantics(pattern: str, text: str, expected: str) -> None:
    assert fix(PatternRule("X", (pattern,)), text) == expected


def test_bad_patterns_and_mixed_flags_are_refused() -> None:
    with pytest.raises(RuleError, match="bad pattern"):
        CompiledRule(PatternRule("x", ("/(/",)))
    with pytest.raises(RuleError, match="mix flags"):
        CompiledRule(PatternRule("x", ("/a/i", "b")))
    with pytest.raises(RuleError, match=r"bad pattern /オープンAI/q: unknown flag “q”"):
        CompiledRule(PatternRule("OpenAI", ("/オープンAI/q",)))  # prh throws on it too
    with pytest.raises(RuleError, match="a flag given twice"):
        CompiledRule(PatternRule("OpenAI", ("/オープンAI/ii",)))
    assert CompiledRule(PatternRule("OpenAI", ("/オープンAI/gimu",))).matches("オープンAI")
    with pytest.raises(RuleError, match="can't be empty"):
        CompiledRule(PatternRule("x", ("",)))


def test_overlaps_resolve_as_prh_resolves_them() -> None:
    def m(start: int, end: int, rule: int = 0) -> tuple[int, RuleMatch]:
        return rule, RuleMatch(start, end, "", "")

    # same start: the longer wins; otherwise the earlier; compared with the match sorted
    # just before (even one that was itself dropped), as prh's ChangeSet does
    assert resolve([m(0, 2), m(0, 4), m(3, 5), m(5, 6)]) == [m(0, 4), m(5, 6)]
    assert resolve([m(0, 3), m(2, 5), m(4, 6)]) == [m(0, 3)]
    # the same span from two rules: the first rule's stays
    assert resolve([m(1, 3, rule=0), m(1, 3, rule=1)]) == [m(1, 3, rule=0)]


def test_specs_report_what_the_rule_made_of_them() -> None:
    rule = CompiledRule(PatternRule("JavaScript", specs=(Spec("JAVASCRIPT", "JavaScprit"),)))
    [failure] = check_specs(rule)
    assert str(failure) == (
        "rule “JavaScript”: spec “JAVASCRIPT” should become “JavaScprit” but becomes “JavaScript”"
    )


def test_catastrophic_backtracking_gives_up_within_the_time_limit() -> None:
    rule = CompiledRule(PatternRule("x", ("/(x+x+)+y/",)))
    started = time.perf_counter()
    with pytest.raises(RuleTimeout, match="gave up after 0.1 s"):
        rule.matches("x" * 5000, timeout=0.1)
    assert time.perf_counter() - started < 1.0


def test_a_glossary_reports_a_timeout_as_a_warning_and_goes_on() -> None:
    slow = PatternRule("x", ("/(x+x+)+y/",))  # the text has a "y", so the rule runs
    glossary = Glossary(
        [
            Entry("slow", ("x",), rule=slow),
            Entry("server", ("サーバー",), rule=PatternRule("サーバー", ("/サーバ(?!ー)/",))),
        ]
    )
    started = time.perf_counter()
    findings = glossary.check(Segment("1", "y" + "x" * 3000 + "サーバ"))
    assert time.perf_counter() - started < 2.0
    kinds = {(f.kind, f.severity) for f in findings}
    assert kinds == {("rule-timeout", Severity.WARNING), ("glossary", Severity.ERROR)}
    assert glossary.fix(Segment("1", "y" + "x" * 3000 + "サーバ")).target.endswith("サーバー")


def test_rules_and_entries_live_in_one_glossary() -> None:
    from review.core.glossary import Variant

    glossary = Glossary(
        [
            Entry("openai", ("OpenAI",), variants=(Variant("オープンAI", "OpenAI"),)),
            Entry("paren", ("（$1）",), rule=PatternRule("（$1）", ("/\\(([^)]+)\\)/",))),
        ]
    )
    segment = Segment("s", "オープンAI の発表(米国)")
    findings = glossary.check(segment)
    assert [(f.text, f.suggestion, f.rule) for f in findings] == [
        ("オープンAI ", "OpenAI", "glossary:openai"),
        ("(米国)", "（米国）", "glossary:paren"),
    ]
    assert all(segment.target[f.start : f.end] == f.text for f in findings)
    assert glossary.fix(segment).target == "OpenAIの発表（米国）"


def test_a_broken_rule_makes_the_glossary_refuse() -> None:
    with pytest.raises(GlossaryError, match="bad pattern"):
        Glossary([Entry("x", ("x",), rule=PatternRule("x", ("/[/",)))])


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12))
def test_js_escape_matches_the_text_literally(text: str) -> None:
    rule = CompiledRule(PatternRule("", (f"/{js_escape(text)}/",)))
    found = rule.pattern.match(text)
    assert found is not None and found.group() == text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab(日経)ソフトウエア ", max_size=20))
def test_offsets_slice_the_text(text: str) -> None:
    rule = CompiledRule(
        PatternRule("ソフトウェア", ("/(日経)?ソフトウエア/",), regexp_must_empty="$1")
    )
    for match in rule.matches(text):
        assert text[match.start : match.end] == match.text


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="abc()|?*+[]{}2^$.\\", min_size=1, max_size=10),
    st.text(alphabet="abc2", max_size=12),
)
@example("22{|", "")
@example("a{2}b{,}|c", "ac")
def test_a_rule_is_skipped_only_on_texts_it_cannot_match(source: str, text: str) -> None:
    try:
        rule = CompiledRule(PatternRule("", (f"/{source}/",)))
    except RuleError:
        return
    required = rule.rule.required_texts()
    if required is not None and rule.pattern.search(text):
        assert any(literal in text for literal in required), (source, text, required)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("データセンタ", "データセンター"),
        ("/サーバ/", "サーバー"),
        ("GNU/Linux", "Debian GNU/Linux"),
    ],
)
def test_a_rule_never_rewrites_its_own_accepted_form(pattern: str, expected: str) -> None:
    from review.core.batch import Engine

    rule = PatternRule(expected, (pattern,))
    glossary = Glossary([Entry(expected, (expected,), rule=rule, line=3)])
    short = pattern.strip("/")
    text = f"{expected}と{short}。"
    assert fix(rule, text) != f"{expected}と{expected}。"  # what prh does: it adds to it
    assert glossary.fix(Segment("s", text)).target == f"{expected}と{expected}。"
    assert Engine(glossary).fix([text]) == [f"{expected}と{expected}。"]
    assert [f.text for f in glossary.check(Segment("s", text))] == [short]
    [notice] = glossary.notices
    assert f"rule “{expected}” (line 3) matches inside its own replacement" in notice
