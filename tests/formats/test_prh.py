"""prh dictionaries: prh's semantics, checked against prh itself where node and npm are here."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from review.core.glossary import Glossary
from review.core.model import Segment
from review.core.rules import PatternRule
from review.formats.errors import InputError
from review.formats.glossaries import read_glossary, render_glossary, write_glossary
from review.formats.prh import prh_pattern_string, prh_patterns
from tests.conftest import NAMES_GLOSSARY, SEED_PAIRS

DATA = Path(__file__).resolve().parent.parent / "data" / "prh"
SAMPLE = "ハードウエアーとサーバ(テスト)とウエブと行なうとインタフェイスと7/2025とcookie"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def seed_texts() -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in SEED_PAIRS.read_text(encoding="utf-8").splitlines()]
    return [(row["id"], row["mt"]) for row in rows]


def test_the_sample_dictionary_imports_with_prh_semantics() -> None:
    glossary = read_glossary(DATA / "main.yml")
    assert [e.rule.expected for e in glossary.entries if e.rule] == [
        "ハードウェア",
        "（$1）",
        "ソフトウェア",
        "サーバー",
        "jQuery",
        "js",
        "$2年$1月",
        "Cookie",
        "ウェブ",  # common.yml, whose own ハードウェア rule loses to main.yml's
        "インターフェース",  # nested.yml, imported by common.yml
        "行う",  # extra.yml, without its ignored データー rule nor its imports
    ]
    assert glossary.spec_failures() == []
    segment = Segment("1", SAMPLE)
    assert glossary.fix(segment).target == (
        "ハードウェアとサーバー（テスト）とウェブと行うとインターフェースと2025年7月とCookie"
    )
    [first, *_] = glossary.check(segment)
    assert (first.text, first.suggestion, first.rule) == (
        "ハードウエアー",
        "ハードウェア",
        "glossary:ハードウェア",
    )
    assert "長音なしの「ハードウェア」に統一する" in first.message  # the prh comment


def test_a_failing_spec_refuses_the_file_naming_the_rule(tmp_path: Path) -> None:
    path = write(
        tmp_path / "bad.yml",
        "version: 1\nrules:\n  - expected: Cookie\n  - expected: JavaScript\n"
        "    specs:\n      - from: JAVASCRIPT\n        to: JavaScprit\n",
    )
    with pytest.raises(InputError) as caught:
        read_glossary(path)
    assert str(caught.value) == (
        f"{path}:4: spec failed: rule “JavaScript”: spec “JAVASCRIPT” should become "
        "“JavaScprit” but becomes “JavaScript”"
    )


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"a.yml": "version: 1\nimports: b.yml\n", "b.yml": "imports: [a.yml]\n"}, "a cycle"),
        (
            {"a.yml": "version: 1\nimports: missing.yml\n"},
            "a.yml:2: imports “missing.yml”: no such",
        ),
        (
            {"a.yml": "rules:\n  - expected: x\n    pattern: /y/q\n"},
            "a.yml:3: rule “x”: bad pattern",
        ),
        ({"a.yml": "version: 1\nrules:\n  - expected: x\n    pattern: /(/\n"}, "a.yml:4: "),
        ({"a.yml": "version: 1\nrules: [\n"}, "a.yml:3: not valid YAML"),
        ({"a.yml": "version: 2\n"}, "a.yml:1: unsupported prh version"),
        ({"a.yml": "- a\n"}, "a.yml:1: a prh file is a YAML mapping"),
        ({"a.yml": "rules:\n  - pattern: x\n"}, "a.yml:2: a rule needs `expected`"),
        ({"a.yml": "rules:\n  - expected: x\n    specs: [{from: a}]\n"}, "needs `from` and `to`"),
        (
            {"a.yml": "rules:\n  - expected: x\n    pattern: /a/\n    regexpMustEmpty: one\n"},
            "regexpMustEmpty must read $1",
        ),
    ],
)
def test_bad_dictionaries_are_one_clear_error(
    tmp_path: Path, files: dict[str, str], expected: str
) -> None:
    for name, text in files.items():
        write(tmp_path / name, text)
    with pytest.raises(InputError) as caught:
        read_glossary(tmp_path / "a.yml")
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)


def test_ignore_rules_by_pattern_as_prh_prints_it(tmp_path: Path) -> None:
    write(
        tmp_path / "b.yml",
        "rules:\n  - expected: Cookie\n  - expected: ウェブ\n    pattern: ウエブ\n",
    )
    cookie = prh_pattern_string(PatternRule("Cookie"))
    assert cookie == "/[CcＣｃ][OoＯｏ][OoＯｏ][KkＫｋ][IiＩｉ][EeＥｅ]/gmu"
    write(tmp_path / "a.yml", f"imports:\n  - path: b.yml\n    ignoreRules: ['{cookie}']\n")
    assert [e.id for e in read_glossary(tmp_path / "a.yml").entries] == ["ウェブ"]


def test_written_rules_read_back_the_same(tmp_path: Path) -> None:
    original = read_glossary(DATA / "main.yml")
    write_glossary(original, tmp_path / "copy.yml")
    again = read_glossary(tmp_path / "copy.yml")
    assert [e.rule for e in again.entries] == [e.rule for e in original.entries]
    assert "imports" not in (tmp_path / "copy.yml").read_text(encoding="utf-8")


RULES = st.builds(
    PatternRule,
    expected=st.text(alphabet="アイウabc$1（）", min_size=1, max_size=6),
    patterns=st.lists(
        st.text(alphabet="アイウxyz-¥.", min_size=1, max_size=5)
        | st.sampled_from(["/a(b)?c/", "/x+/i", "/(日経)?ソフト/"]),
        max_size=3,
    ).map(tuple),
    regexp_must_empty=st.none() | st.just("$1"),
    word_boundary=st.booleans(),
    specs=st.just(()),
    comment=st.text(alphabet="理由: no", max_size=8),
)


def _one_flag_set(rule: PatternRule) -> bool:
    return len({p.endswith("/i") for p in rule.patterns}) <= 1  # prh refuses mixed flags


@settings(max_examples=60, deadline=None)
@given(st.lists(RULES.filter(_one_flag_set), min_size=1, max_size=4))
def test_any_rule_set_round_trips(
    tmp_path_factory: pytest.TempPathFactory, rules: list[PatternRule]
) -> None:
    from review.core.glossary import Entry

    entries = [Entry(f"r{i}", (r.expected,), rule=r) for i, r in enumerate(rules)]
    path = tmp_path_factory.mktemp("prh") / "rules.yml"
    write_glossary(Glossary(entries, name="g"), path)
    expected = [replace(r, patterns=prh_patterns(r)) for r in rules]
    assert [e.rule for e in read_glossary(path).entries] == expected


def test_a_tsv_glossary_as_prh_keeps_what_it_fixes(tmp_path: Path) -> None:
    names = read_glossary(NAMES_GLOSSARY)
    write_glossary(names, tmp_path / "names.yml")
    as_prh = read_glossary(tmp_path / "names.yml")  # its generated specs pass on load
    assert as_prh.spec_failures() == []
    for segment_id, text in seed_texts():
        segment = Segment(segment_id, text)
        assert as_prh.fix(segment).target == names.fix(segment).target, segment_id


def test_writing_prh_rules_to_tsv_or_tbx_is_refused(tmp_path: Path) -> None:
    rules = read_glossary(DATA / "main.yml")
    for fmt in ("tsv", "tbx"):
        with pytest.raises(InputError, match="pattern rule"):
            render_glossary(rules, fmt)


# prh itself, from npm


@pytest.fixture(scope="session")
def prh_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("node and npm are needed to run prh itself")
    where = tmp_path_factory.mktemp("npm")
    try:
        result = subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--silent", "prh@5"],
            cwd=where,
            capture_output=True,
            text=True,
            timeout=180,
        )
    except subprocess.TimeoutExpired:
        pytest.skip("npm install prh took over 180 s (no registry?)")
    package = where / "node_modules" / "prh"
    if result.returncode != 0 or not package.is_dir():
        pytest.skip(f"npm install prh failed: {result.stderr.strip()[:200]}")
    return package


_NODE_FIX = """
const prh = require(process.argv[1]);
const engine = prh.fromYAMLFilePath(process.argv[2]);
const texts = JSON.parse(require("fs").readFileSync(0, "utf8"));
const out = texts.map((t) => engine.replaceByRule("x.txt", t));
process.stdout.write(JSON.stringify({rules: engine.rules.length, out}));
"""


def prh_fix(package: Path, rules: Path, texts: list[str]) -> tuple[int, list[str]]:
    result = subprocess.run(
        ["node", "-e", _NODE_FIX, str(package), str(rules)],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    return data["rules"], data["out"]


def test_prh_accepts_our_export_and_fixes_the_seed_as_we_do(
    prh_package: Path, tmp_path: Path
) -> None:
    names = read_glossary(NAMES_GLOSSARY)
    exported = tmp_path / "names.yml"
    write_glossary(names, exported)
    texts = [text for _, text in seed_texts()] + ["サーバとサーバー", "ｵｰﾌﾟﾝAI"]
    count, fixed = prh_fix(prh_package, exported, texts)  # prh runs our specs as it loads
    replacements = [{v.replacement for v in (*e.variants, *e.discouraged)} for e in names.entries]
    assert count == sum(map(len, replacements))
    ours = [names.fix(Segment("x", text), preferences=True).target for text in texts[:-2]]
    assert fixed[: len(ours)] == ours


def test_prh_loads_literals_its_own_escaping_would_break(prh_package: Path, tmp_path: Path) -> None:
    from review.core.glossary import Entry

    rule = PatternRule("メール", ("e-mail", "¥mail", "E_mail"))
    path = tmp_path / "literal.yml"
    write_glossary(Glossary([Entry("mail", ("メール",), rule=rule)]), path)
    texts = ["e-mailと¥mailとE_mailとemail"]
    count, fixed = prh_fix(prh_package, path, texts)
    assert count == 1
    assert fixed == [read_glossary(path).fix(Segment("1", texts[0])).target]
    assert fixed == ["メールとメールとメールとemail"]


def test_the_sample_dictionary_fixes_as_prh_does(prh_package: Path) -> None:
    count, [fixed] = prh_fix(prh_package, DATA / "main.yml", [SAMPLE])
    ours = read_glossary(DATA / "main.yml")
    assert count == len(ours.entries)
    assert fixed == ours.fix(Segment("1", SAMPLE)).target


@pytest.mark.parametrize("name", ["media/WEB+DB_PRESS.yml", "media/techbooster.yml"])
def test_prh_rules_shipped_with_prh_import_and_agree_with_prh(
    prh_package: Path, tmp_path: Path, name: str
) -> None:
    rules_dir = tmp_path / "prh-rules"
    shutil.copytree(prh_package / "prh-rules", rules_dir)  # copied at run time, not committed
    path = rules_dir / name
    glossary = read_glossary(path)  # every spec passes, or this raises
    assert glossary.spec_failures() == []
    regexes = [
        e for e in glossary.entries if e.rule and any(p.startswith("/") for p in e.rule.patterns)
    ]
    specs = sum(len(e.rule.specs) for e in glossary.entries if e.rule)
    if name.startswith("media/WEB"):
        assert len(glossary.entries) > 1200 and len(regexes) > 150 and specs > 10
    texts = [text for _, text in seed_texts()]
    count, fixed = prh_fix(prh_package, path, texts)
    assert count == len(glossary.entries)
    assert fixed == [glossary.fix(Segment("x", text)).target for text in texts]


def test_prhs_switches_in_a_plain_text_as_prh_reads_it(tmp_path: Path) -> None:
    """prh's own engine test (test/engineSpec.ts, `makeChangeSet`): rules A, B, C; a
    paragraph's `prh:disable:b` spares its b, a later paragraph's b is fixed, `prh:disable:c`
    spares the c of its own paragraph, and no switch line is rewritten."""
    from review.cli import main

    rules = tmp_path / "rules.yml"
    rules.write_text(
        "version: 1\nrules:\n  - expected: A\n  - expected: B\n  - expected: C\n", encoding="utf-8"
    )
    text = tmp_path / "text.txt"
    body = "\n#@# prh:disable:b\nテストaとb。\n\nテストaとbとc。\n#@# prh:disable:c\n        "
    text.write_text(body, encoding="utf-8")
    out = tmp_path / "out.txt"
    assert main(["fix", str(text), "--glossary", str(rules), "--paragraphs", "-o", str(out)]) == 0
    fixed = "\n#@# prh:disable:b\nテストAとb。\n\nテストAとBとc。\n#@# prh:disable:c\n        "
    assert out.read_text(encoding="utf-8") == fixed
    every = tmp_path / "every.txt"
    every.write_text("<!-- prh:disable -->\naとb\n\naとb\n", encoding="utf-8")
    assert main(["fix", str(every), "--glossary", str(rules), "--paragraphs", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == "<!-- prh:disable -->\naとb\n\nAとB\n"
