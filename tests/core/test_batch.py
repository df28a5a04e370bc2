"""The batch engine (review.core.batch): the same findings and fixes as the glossary per
segment, serial or chunked on several processes (forked or spawned); prh's paragraph
reading; the progress bar."""

from __future__ import annotations

import io
import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Iterator, Sequence
from multiprocessing.process import BaseProcess
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from review.cli import batch as batch_cli
from review.cli import main
from review.cli.progress import Progress
from review.core import batch, pool, workspace
from review.core.batch import SPANS_LINES, Engine, unrendered
from review.core.engine import fix_document
from review.core.glossary import Entry, Glossary
from review.core.model import Segment
from review.core.pool import Processes, start_method
from review.core.rules import PatternRule, RuleIndex, fold
from review.formats.documents import read_document, render_document
from review.formats.glossaries import read_glossary
from review.formats.textio import write_atomic, write_atomic_chunks
from tests.conftest import NAMES_GLOSSARY

DATA = Path(__file__).resolve().parent.parent / "data" / "prh"
WEB = PatternRule("$1Web$2", ("/(?:([^/])ウェブ)|(?:ウェブ([^/\\+]))/",))


def mixed_glossary() -> Glossary:
    """prh rules (literal, regex, $1, /i, no pattern) and the plain names entries."""
    rules = read_glossary(DATA / "main.yml").entries
    extra = [
        Entry("web", ("Web",), rule=WEB),
        Entry("cookie-rule", ("Cookie",), rule=PatternRule("Cookie")),
        Entry("github", ("GitHub",), rule=PatternRule("GitHub", ("/github/i",))),
    ]
    return Glossary([*rules, *extra, *read_glossary(NAMES_GLOSSARY).entries])


GLOSSARY = mixed_glossary()
ENGINE = Engine(GLOSSARY)
PIECES = [
    "ハードウエアー",
    "サーバ",
    "(テスト)",
    "ウエブ",
    "ウェブ",
    "/",
    "行なう",
    "インタフェイス",
    "cookie",
    "ＣＯＯＫＩＥ",
    "GITHUB",
    "オープンAI",
    " ",
    "の",
    "ルダラジュ",
    "Open AI",
    "スターゲート",
    "x",
    "。",
    "",
]
lines_strategy = st.lists(
    st.lists(st.sampled_from(PIECES), max_size=8).map("".join), min_size=1, max_size=25
)


def ids(lines: Sequence[str]) -> list[str]:
    return [str(i + 1) for i in range(len(lines))]


@settings(max_examples=60, deadline=None)
@given(lines_strategy)
def test_per_line_findings_and_fixes_equal_the_glossary(lines: list[str]) -> None:
    per_line = ENGINE.check(lines, ids(lines), key_terms=False)
    for line, number, found in zip(lines, ids(lines), per_line, strict=True):
        assert sorted(found, key=repr) == sorted(
            GLOSSARY.check(Segment(number, line), key_terms=False), key=repr
        )
    assert ENGINE.fix(lines) == [GLOSSARY.fix(Segment("x", line)).target for line in lines]


METHODS = [
    pytest.param(
        method,
        marks=pytest.mark.skipif(
            method not in multiprocessing.get_all_start_methods(), reason=f"no {method} here"
        ),
    )
    for method in ("fork", "spawn")
]
# every rule kind and a paragraph of several lines, a line-initial ウェブ among them
RICH = [
    "オープンAI の発表、ウェブとサーバ",
    "ウェブ/x とcookie、ＣＯＯＫＩＥ",
    "",
    "ルダラジュとスターゲート、行なう",
    "GITHUB (テスト) ハードウエアー",
    "インタフェイス。ウエブ",
    "",
    "",
    "Open AI の x",
] * 3


def workers_started(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The start method of every worker process started from now on."""
    started: list[str] = []
    start = BaseProcess.start

    def counted(process: BaseProcess) -> None:
        started.append(process._start_method or "")  # type: ignore[attr-defined]
        start(process)

    monkeypatch.setattr(BaseProcess, "start", counted)
    return started


def _ranges(lines: list[str], size: int, *, paragraphs: bool) -> Iterator[tuple[int, int]]:
    """(start, end) line ranges of about `size` characters; with `paragraphs`, each ends at a
    blank line (or the end), so that no paragraph is cut."""
    start, total, n = 0, 0, len(lines)
    for i in range(n):
        total += len(lines[i]) + 1
        if total >= size and (not paragraphs or not lines[i]):
            yield start, i + 1
            start, total = i + 1, 0
    if start < n:
        yield start, n


def everything(
    lines: list[str], paragraphs: bool, fix: bool, processes: int, method: str | None = None
) -> tuple[list[object], list[str]]:
    """Every finding and fixed line of `lines`: on one process in one chunk, or on
    `processes` with a chunk per line (a paragraph with `paragraphs`)."""
    ranges = list(_ranges(lines, 1 if processes > 1 else 1 << 30, paragraphs=paragraphs))
    pieces = [
        batch.Chunk.of_lines(a, lines[a:b], k == len(ranges) - 1) for k, (a, b) in enumerate(ranges)
    ]
    results = list(
        batch.run_chunks(
            ENGINE,
            pieces,
            unrendered,
            fix=fix,
            paragraphs=paragraphs,
            executor=Processes(processes if len(pieces) > 1 else 1, method),
        )
    )
    return [f for r in results for f in r.findings], [
        line for r in results for line in (r.fixed or [])
    ]


@pytest.mark.parametrize("method", METHODS)
def test_chunks_on_two_processes_give_what_one_gives(
    method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a spawned pool starts in a few tenths of a second: fewer examples there
    @settings(max_examples=25 if method == "fork" else 3, deadline=None)
    @given(lines_strategy, st.booleans())
    @example(RICH, True)
    @example(RICH, False)
    def same(lines: list[str], paragraphs: bool) -> None:
        for fix in (False, True):
            assert everything(lines, paragraphs, fix, 2, method) == everything(
                lines, paragraphs, fix, 1
            )

    started = workers_started(monkeypatch)
    same()
    assert started[:8] == [method] * 8  # the two examples, checked and fixed, two workers each


def test_the_engine_pickled_gives_what_it_gives() -> None:
    engine = Engine(GLOSSARY)
    engine.tune("\n".join(RICH))
    engine.check(RICH, ids(RICH))  # fills the engine's cache, which is not shipped
    copy = pickle.loads(pickle.dumps(engine))
    assert copy._parts == {}
    for paragraphs in (False, True):
        assert copy.check(RICH, ids(RICH), paragraphs=paragraphs) == engine.check(
            RICH, ids(RICH), paragraphs=paragraphs
        )
        assert copy.fix(RICH, paragraphs=paragraphs) == engine.fix(RICH, paragraphs=paragraphs)


def test_the_start_method_is_chosen_in_one_place(monkeypatch: pytest.MonkeyPatch) -> None:
    available = multiprocessing.get_all_start_methods()
    monkeypatch.delenv(pool.START_METHOD, raising=False)
    expected = "fork" if sys.platform.startswith("linux") and "fork" in available else "spawn"
    assert start_method() == expected
    monkeypatch.setattr(sys, "platform", "darwin")
    assert start_method() == "spawn"  # fork is there on macOS, but not safe
    monkeypatch.setenv(pool.START_METHOD, "spawn")
    assert start_method() == "spawn"
    if "fork" in available:
        assert start_method("fork") == "fork"  # the argument wins over the environment
    monkeypatch.setenv(pool.START_METHOD, "vfork")
    with pytest.raises(ValueError, match="'vfork' is not available"):
        start_method()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is the default on Linux")
def test_fork_is_not_chosen_while_another_thread_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pool.START_METHOD, raising=False)
    if threading.active_count() > 1:
        pytest.skip("another thread runs already")
    assert start_method() == "fork"
    done = threading.Event()
    thread = threading.Thread(target=done.wait)
    thread.start()
    try:
        assert start_method() == "spawn"
    finally:
        done.set()
        thread.join()


def test_spawned_workers_need_a_larger_text_than_forked_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert pool.processes_for(pool.PARALLEL_FROM, "spawn") == 1
    assert pool.processes_for(pool.SPAWN_PARALLEL_FROM, "spawn") == 2
    if "fork" in multiprocessing.get_all_start_methods():
        assert pool.processes_for(pool.PARALLEL_FROM - 1, "fork") == 1
        assert pool.processes_for(pool.PARALLEL_FROM, "fork") == 2


def test_paragraphs_let_rules_see_the_line_break_as_prh_does() -> None:
    engine = Engine(Glossary([Entry("web", ("Web",), rule=WEB)]))
    lines = ["Aのウェブ", "ウェブ/x", "", "ウェブ/y"]
    # per line, a line-initial ウェブ followed by / has nothing before it to match
    assert engine.fix(lines) == ["AのWeb", "ウェブ/x", "", "ウェブ/y"]
    # in a paragraph, the line break before it is the character prh's ([^/]) takes
    assert engine.fix(lines, paragraphs=True) == ["AのWeb", "Web/x", "", "ウェブ/y"]
    [found] = engine.check(lines, ids(lines), paragraphs=True)[1]
    assert (found.start, found.end, found.text, found.suggestion) == (0, 3, "ウェブ", "Web")


def test_a_match_across_a_line_break_is_reported_not_fixed() -> None:
    rule = PatternRule("AB", ("/A\\sB/",))
    engine = Engine(Glossary([Entry("ab", ("AB",), rule=rule)]))
    lines = ["xA", "By"]
    assert engine.fix(lines, paragraphs=True) == lines
    [found] = engine.check(lines, ids(lines), paragraphs=True)[0]
    assert found.kind == SPANS_LINES and lines[0][found.start : found.end] == found.text == "A"


@given(st.text(alphabet="AaＡｚZ0９İſKk日本ΩΣ", max_size=20))
def test_fold_keeps_every_offset(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_the_prefilter_covers_rules_without_a_pattern_and_caseless_regexes() -> None:
    rules = [
        PatternRule("Cookie"),
        PatternRule("GitHub", ("/github/i",)),
        PatternRule("マスタ", ("/(?:([^ム])マスター)|(?:マスター([^.]))/",)),
        PatternRule("x", ("/(?i)abc/",)),
    ]
    index = RuleIndex(rules)
    assert index.always == [3]
    assert index.candidates("ＣＯＯＫＩＥとGITHUB") == [0, 1, 3]
    assert index.candidates("マスター") == [2, 3]


def test_the_progress_bar_is_silent_off_a_terminal() -> None:
    stream = io.StringIO()
    with Progress(100, "fixing", stream) as progress:
        progress.update(50)
        progress.update(50)
    assert stream.getvalue() == ""


def test_the_progress_bar_draws_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    with Progress(10, "fixing", stream) as progress:
        progress.update(10)
    assert "fixing" in stream.getvalue() and "100%" in stream.getvalue()


def test_review_fix_on_the_batch_path_writes_what_the_document_path_writes(
    tmp_path: Path,
) -> None:
    text = "オープンAI の発表\nルダラジュとスターゲート\n\nサーバ\n"
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    out = tmp_path / "out.txt"
    assert main(["fix", str(doc), "-o", str(out), "--glossary", str(NAMES_GLOSSARY)]) == 0
    document = read_document(doc)
    fixed, _ = fix_document(document, read_glossary(NAMES_GLOSSARY))
    assert out.read_text(encoding="utf-8") == render_document(fixed, "txt").decode()


def test_paragraphs_run_with_every_check_on_plain_text_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("オープンAIの発表\n\nOpenAIの  発表\n", encoding="utf-8")
    code = main(["check", str(doc), "--paragraphs", "--glossary", str(NAMES_GLOSSARY)])
    out = capsys.readouterr().out
    assert code == 1 and "glossary:openai" in out and "qa:spacing" in out
    pairs = tmp_path / "doc.jsonl"
    pairs.write_text('{"id": "a", "mt": "ウェブ"}\n', encoding="utf-8")
    code = main(["check", str(pairs), "--paragraphs", "--glossary", str(NAMES_GLOSSARY)])
    assert code == 2
    assert "--paragraphs applies to a plain-text document" in capsys.readouterr().err


def test_a_failing_stream_of_chunks_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    write_atomic(path, "old\n")

    def pieces() -> object:
        yield "new"
        raise RuntimeError("producer failed")

    with pytest.raises(RuntimeError):
        write_atomic_chunks(path, pieces())  # type: ignore[arg-type]
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


@settings(max_examples=80, deadline=None)
@given(
    st.text(alphabet="ab\n\r日", max_size=60),
    st.integers(min_value=1, max_value=7),
    st.integers(min_value=1, max_value=12),
    st.booleans(),
)
def test_streamed_chunks_split_lines_as_text_lines(
    text: str, block: int, size: int, paragraphs: bool
) -> None:
    from review.core.batch import stream_chunks
    from review.formats.textio import text_lines

    blocks = [text[i : i + block] for i in range(0, len(text), block)]
    got = list(stream_chunks(blocks, size, paragraphs=paragraphs))
    lines = text_lines(text)
    assert [line for c in got for line in c.lines] == lines
    assert [len(c.lines) for c in got] == [c.count for c in got]
    assert all(c.lines for c in got)
    assert [c.first for c in got] == [sum(len(c.lines) for c in got[:i]) for i in range(len(got))]
    if paragraphs:  # a chunk ends with a blank line (or the text): no paragraph is cut
        assert all(not c.lines[-1] for c in got[:-1])
    assert [c.final_newline for c in got] == [
        i == len(got) - 1 and text.endswith("\n") for i in range(len(got))
    ]


literal_text = st.text(alphabet="abAＡ日\n", min_size=1, max_size=3)
literal_rule = st.builds(
    lambda patterns, expected, as_regex: PatternRule(
        expected, tuple(f"/{p}/" if as_regex and "\n" not in p else p for p in patterns)
    ),
    st.lists(literal_text, min_size=1, max_size=3),
    st.text(alphabet="abA", max_size=2),
    st.booleans(),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(literal_rule, min_size=1, max_size=4), st.text(alphabet="abAＡ日\n", max_size=30))
def test_literal_rules_match_from_the_prefilter_as_their_regexes_do(
    rules: list[PatternRule], text: str
) -> None:
    from review.core.rules import CompiledRule, literal_patterns, written_already

    assert all(literal_patterns(rule) is not None for rule in rules)
    compiled = [CompiledRule(rule) for rule in rules]
    found, gave_up = RuleIndex(rules).matches(text, compiled)
    expected = [
        (i, m)
        for i, rule in enumerate(compiled)
        for m in rule.matches(text)
        if not written_already(text, m)  # the one place where prh is not followed
    ]
    assert (found, gave_up) == (expected, [])


def test_only_plain_rules_are_literal() -> None:
    from review.core.rules import literal_patterns

    assert literal_patterns(PatternRule("Web", ("ウェブ", "/ウエブ/u"))) == ("ウェブ", "ウエブ")
    for rule in (
        PatternRule("Web"),  # no pattern: any case and width
        PatternRule("Web", ("/web/i",)),
        PatternRule("Web", ("/ウェ?ブ/",)),
        PatternRule("Web", ("ウェブ",), word_boundary=True),
        PatternRule("$1", ("ウェブ",)),
        PatternRule("Web", ("ウェブ",), regexp_must_empty="$1"),
    ):
        assert literal_patterns(rule) is None


@settings(max_examples=40, deadline=None)
@given(lines_strategy, st.text(alphabet="ウェブサーバ日本 \U0010ffffaA", max_size=30))
def test_tuning_the_prefilter_changes_no_result(lines: list[str], sample: str) -> None:
    engine = Engine(GLOSSARY)
    text = "\n".join(lines) + "\U0010ffff"  # the character the tuning words end with
    before = engine.block_matches(text)
    engine.tune(sample + text)
    assert engine.block_matches(text) == before


@settings(max_examples=60, deadline=None)
@given(lines_strategy)
def test_the_shared_prefilter_finds_every_match_the_regexes_find(lines: list[str]) -> None:
    rules = GLOSSARY._compiled
    for text in ["\n".join(lines), *lines]:
        found, gave_up = GLOSSARY._rule_index.matches(text, rules)
        assert gave_up == []
        assert found == [(i, m) for i, rule in enumerate(rules) for m in rule.matches(text)]


RULES_ONLY = Glossary([entry for entry in GLOSSARY.entries if entry.rule is not None])


@settings(max_examples=60, deadline=None)
@given(lines_strategy)
def test_rule_fixes_applied_in_one_pass_equal_the_glossary(lines: list[str]) -> None:
    engine = Engine(RULES_ONLY)
    assert engine.plain is None
    assert engine.fix(lines) == [RULES_ONLY.fix(Segment("x", line)).target for line in lines]
    per_line = engine.check(lines, ids(lines), key_terms=False)
    for line, number, found in zip(lines, ids(lines), per_line, strict=True):
        assert found == sorted(
            RULES_ONLY.check(Segment(number, line), key_terms=False),
            key=lambda f: (f.start, f.end),
        )


@pytest.mark.parametrize("fmt", ["text", "compact"])
@pytest.mark.parametrize("glossary", [NAMES_GLOSSARY, DATA / "main.yml"])
def test_review_check_of_a_streamed_text_prints_what_the_text_read_whole_prints(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
    glossary: Path,
) -> None:
    text = (
        "オープンAI の発表\n  ルダラジュとスターゲート「話」\n\nサーバとウェブ、ハードウエアー\n"
        '\tAI "引用" ルッダラジュ\n'
    )
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    argv = ["check", str(doc), "--glossary", str(glossary), "--format", fmt, "--color", "never"]
    code = main(argv)
    batch = capsys.readouterr()
    monkeypatch.setattr(workspace, "has_state", lambda path: True)  # read whole, not streamed
    assert main(argv) == code == 1
    document = capsys.readouterr()
    assert batch.out == document.out and batch.err == document.err
    assert batch.out.count("\n") >= 2
    if fmt == "compact":  # one line per finding, the summary on standard error
        assert all(line.startswith(f"{doc}:") for line in batch.out.splitlines())
        assert "findings (" in batch.err


@pytest.mark.parametrize("method", METHODS)
def test_review_check_and_fix_on_several_processes_write_what_one_writes(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    method: str,
) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("\n".join(RICH * 4) + "\n", encoding="utf-8")
    fixed = tmp_path / "out.txt"
    runs = [
        ["check", str(doc), "--no-qa", "--no-variants", "--color", "never", "--paragraphs"],
        ["check", str(doc), "--no-qa", "--no-variants", "--format", "compact"],
        ["check", str(doc), "--color", "never"],
        ["check", str(doc), "--format", "json"],
        ["fix", str(doc), "-o", str(fixed), "--paragraphs"],
    ]

    def written(argv: list[str]) -> tuple[int, str, str, bytes]:
        code = main([*argv, "--glossary", str(DATA / "main.yml")])
        out = capsys.readouterr()
        text = fixed.read_bytes() if fixed.exists() else b""
        fixed.unlink(missing_ok=True)
        return code, out.out, out.err, text

    alone = [written(argv) for argv in runs]
    started = workers_started(monkeypatch)
    monkeypatch.setenv(pool.START_METHOD, method)
    monkeypatch.setattr(batch_cli, "processes_for", lambda size, method: 2)
    monkeypatch.setattr(batch, "CHUNK_CHARS", 200)  # about fifteen chunks
    assert [written(argv) for argv in runs] == alone
    assert started == [method] * 2 * (1 + 1 + 2 + 2 + 1)  # a pool for each pass of each run
    assert alone[0][1].count("\n") > 100 and "segments fixed" in alone[4][2]
    assert "qa:" in alone[2][1] and "variant:" in alone[3][1]


def test_a_start_method_not_here_is_one_line_of_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("サーバ\n", encoding="utf-8")
    monkeypatch.setenv(pool.START_METHOD, "vfork")
    argv = ["check", str(doc), "--no-qa", "--no-variants", "--glossary", str(DATA / "main.yml")]
    assert main(argv) == 2
    assert "REVIEW_START_METHOD: worker start method 'vfork' is not available" in (
        capsys.readouterr().err
    )
