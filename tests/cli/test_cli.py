from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from review.cli import main
from review.formats.glossaries import NO_GLOSSARY
from tests.conftest import NAMES_GLOSSARY, SEED_PAIRS


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_on_the_seed_lists_the_name_findings_and_exits_1(
    capsys: pytest.CaptureFixture[str], seed_copy: Path
) -> None:
    code, out, _ = run(capsys, "check", str(seed_copy), "--color", "never")
    assert code == 1
    assert out.count(" error ") == 7
    assert "⟦オープンAI␣⟧の共同設立者" in out  # the span in context, stray space visible
    assert "“ルダラジュ” → “ルッダラジュ”" in out
    assert out.rstrip().endswith("glossary glossary/names.tsv") or "names.tsv" in out


def test_check_json_follows_the_schema(capsys: pytest.CaptureFixture[str], seed_copy: Path) -> None:
    code, out, _ = run(capsys, "check", str(seed_copy), "--format", "json", "--no-qa")
    data = json.loads(out)
    assert code == 1
    assert data["schema"] == "review.findings/1"
    assert data["summary"] == {"error": 7, "warning": 5, "info": 0}  # names, preferred terms
    assert set(data["findings"][0]) == {
        "segment",
        "kind",
        "severity",
        "start",
        "end",
        "text",
        "suggestion",
        "message",
        "rule",
        "key",
    }
    assert data["findings"][0] | {"message": "", "key": ""} == {
        "segment": "s04",
        "kind": "glossary",
        "severity": "error",
        "start": 30,
        "end": 37,
        "text": "オープンAI ",
        "suggestion": "OpenAI",
        "message": "",
        "rule": "glossary:openai",
        "key": "",
    }


def test_check_colour_marks_the_span(capsys: pytest.CaptureFixture[str], seed_copy: Path) -> None:
    _, out, _ = run(capsys, "check", str(seed_copy), "--color", "always")
    assert "\x1b[1;4mルダラジュ\x1b[0m" in out


def test_fix_then_check_is_clean_and_fix_is_idempotent(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, seed_copy: Path
) -> None:
    once, twice = seed_copy.with_name("once.jsonl"), seed_copy.with_name("twice.jsonl")
    assert run(capsys, "fix", str(seed_copy), "-o", str(once))[0] == 0
    assert run(capsys, "check", str(once), "--glossary", str(NAMES_GLOSSARY))[0] == 0
    assert run(capsys, "fix", str(once), "-o", str(twice))[0] == 0
    assert once.read_bytes() == twice.read_bytes()
    rows = [json.loads(line) for line in once.read_text(encoding="utf-8").splitlines()]
    seed = [json.loads(line) for line in SEED_PAIRS.read_text(encoding="utf-8").splitlines()]
    assert [r["mt"] for r in rows] == [s["mt"] for s in seed]
    assert sum(r.get("revision") is not None for r in rows) == 6
    lines = zip(
        SEED_PAIRS.read_text(encoding="utf-8").splitlines(),
        once.read_text(encoding="utf-8").splitlines(),
        strict=True,
    )
    assert sum(a != b for a, b in lines) == 6  # the other lines are as they were


def test_fix_in_place(capsys: pytest.CaptureFixture[str], seed_copy: Path) -> None:
    assert run(capsys, "fix", str(seed_copy), "--in-place")[0] == 0
    assert run(capsys, "check", str(seed_copy))[0] == 0
    plain = seed_copy.with_suffix(".txt")
    plain.write_text("オープンAI\n", encoding="utf-8")
    code, _, err = run(capsys, "fix", str(plain), "--in-place")
    assert code == 2 and "no place for revisions" in err
    assert plain.read_text(encoding="utf-8") == "オープンAI\n"


def test_fix_in_place_waits_for_no_review_of_the_document(
    capsys: pytest.CaptureFixture[str], seed_copy: Path
) -> None:
    from review.core.state import ReviewState

    before = seed_copy.read_bytes()
    with ReviewState.open(seed_copy, exclusive=True):  # a TUI reviewing it
        code, _, err = run(capsys, "fix", str(seed_copy), "--in-place")
        assert code == 2 and "is open for review in another process" in err
        assert seed_copy.read_bytes() == before
        assert run(capsys, "fix", str(seed_copy), "-o", str(seed_copy.with_name("o.jsonl")))[0] == 0
    assert run(capsys, "fix", str(seed_copy), "--in-place")[0] == 0


def test_a_po_of_its_header_only_is_an_empty_document_not_bad_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A language not started yet in CI: nothing to check is no failure."""
    po = tmp_path / "ja.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n')
    code, out, _ = run(capsys, "check", str(po), "--no-glossary")
    assert code == 0 and "in 0 segments" in out
    assert run(capsys, "score", str(po))[0] == 0
    code, out, _ = run(capsys, "check", str(po), "--no-glossary", "--format", "sarif")
    assert code == 0 and json.loads(out)["runs"][0]["results"] == []


def test_fix_in_place_refuses_a_file_another_process_changed_meanwhile(
    capsys: pytest.CaptureFixture[str], seed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two fixes of one file at once: the second to write must not undo the first's."""
    import review.core.engine as engine

    fix_document = engine.fix_document
    theirs = seed_copy.read_bytes().replace("オープンAI".encode(), b"OpenAI")

    def meanwhile(*args: object, **kwargs: object) -> object:
        seed_copy.write_bytes(theirs)  # another `review fix --in-place` wrote first
        return fix_document(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "fix_document", meanwhile)
    code, _, err = run(capsys, "fix", str(seed_copy), "--in-place")
    assert code == 2 and "changed by another process while it was being fixed" in err
    assert seed_copy.read_bytes() == theirs


def test_fix_in_place_keeps_a_shift_jis_table_s_encoding_and_refuses_what_it_lacks(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    table = tmp_path / "job.csv"
    table.write_bytes("id,mt\r\ns1,オープンAIの発表\r\ns2,そのまま\r\n".encode("cp932"))
    glossary = tmp_path / "names.tsv"
    glossary.write_text("accepted\tforbidden\nOpenAI\tオープンAI\n", encoding="utf-8")
    assert run(capsys, "fix", str(table), "--glossary", str(glossary), "--in-place")[0] == 0
    assert table.read_bytes().decode("cp932") == (
        "id,mt,revision,status\r\ns1,オープンAIの発表,OpenAIの発表,new\r\ns2,そのまま\r\n"
    )
    glossary.write_text("accepted\tforbidden\n𠮷野家\tそのまま\n", encoding="utf-8")
    before = table.read_bytes()
    code, _, err = run(capsys, "fix", str(table), "--glossary", str(glossary), "--in-place")
    assert code == 2 and f"{table}:3: “𠮷” (U+20BB7) cannot be written in cp932" in err
    assert len(err.strip().splitlines()) == 1 and table.read_bytes() == before


@pytest.mark.parametrize(
    "argv",
    [
        ("fix", "{doc}", "--in-place", "--format", "xliff"),
        ("fix", "{doc}", "-o", "{doc}", "--format", "tsv"),
        ("export", "{doc}", "--format", "tmx", "-o", "{doc}"),
        ("export", "{doc}", "--format", "sarif", "-o", "{doc}"),
    ],
)
def test_a_document_is_never_written_over_in_another_format(
    capsys: pytest.CaptureFixture[str], seed_copy: Path, argv: tuple[str, ...]
) -> None:
    before = seed_copy.read_bytes()
    code, _, err = run(capsys, *(a.format(doc=seed_copy) for a in argv))
    assert code == 2
    assert err.startswith(f"review: {seed_copy}: is the jsonl document being read")
    assert seed_copy.read_bytes() == before


def test_an_xliff_file_is_never_written_over_in_another_version(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = tmp_path / "s.xlf"
    doc.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
        'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" '
        'target-language="ja" datatype="plaintext"><header><skl><external-file href="x.skl"/>'
        '</skl></header><body><trans-unit id="1"><source>Click here</source>'
        "<target>ここをクリック</target><note>keep me</note></trans-unit></body></file></xliff>\n",
        encoding="utf-8",
    )
    before = doc.read_bytes()
    code, _, err = run(capsys, "export", str(doc), "--format", "xliff2", "-o", str(doc))
    assert code == 2 and "writing xliff2 over it" in err
    assert doc.read_bytes() == before
    assert run(capsys, "export", str(doc), "--format", "xliff12", "-o", str(doc))[0] == 0
    assert doc.read_bytes() == before


def test_score_shows_revision_above_mt_after_fix(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, seed_copy: Path
) -> None:
    fixed = tmp_path / "fixed.jsonl"
    run(capsys, "fix", str(seed_copy), "-o", str(fixed))
    code, out, _ = run(capsys, "score", str(fixed), "--format", "json", "--segments")
    data = json.loads(out)
    assert code == 0
    assert data["revision"]["chrf"] > data["mt"]["chrf"]
    assert data["delta"]["chrf"] == pytest.approx(
        data["revision"]["chrf"] - data["mt"]["chrf"], abs=1e-3
    )
    assert len(data["per_segment"]) == 35
    assert "tok:ja-mecab" in data["signatures"]["bleu"]
    code, out, _ = run(capsys, "score", str(fixed), "--segments")
    assert "delta" in out and "HTER" in out and "s04" in out


def test_score_confidence_gives_intervals_and_the_paired_test(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    seed_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SACREBLEU_SEED", raising=False)
    fixed = tmp_path / "fixed.jsonl"
    run(capsys, "fix", str(seed_copy), "-o", str(fixed))
    code, out, _ = run(capsys, "score", str(fixed), "--confidence", "--format", "json")
    tested = json.loads(out)["significance"]
    assert code == 0 and tested["samples"] == 1000 and tested["seed"] == "12345"
    assert set(tested["p"]) == {"chrf", "bleu", "ter"}
    assert all(0 < p <= 1 for p in tested["p"].values())
    assert tested["mt"]["chrf"]["ci"] > 0
    code, out, _ = run(
        capsys, "score", str(fixed), str(seed_copy), "--confidence", "--resamples", "200"
    )
    assert code == 0 and out.count("± 95%") == 6 and "bootstrap of 200 resamples, seed 12345" in out
    assert out.count("  p  ") == 2  # the fixed document and both together; the unrevised has none
    code, out, _ = run(capsys, "score", str(fixed))
    assert (
        "± 95%" not in out
        and "significance" not in run(capsys, "score", str(fixed), "--format", "json")[1]
    )
    with pytest.raises(SystemExit) as caught:
        main(["score", str(fixed), "--confidence", "--resamples", "0"])
    assert caught.value.code == 2 and "not a number of resamples" in capsys.readouterr().err


def test_export_txt_prints_the_corrected_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, seed_copy: Path
) -> None:
    fixed = tmp_path / "fixed.jsonl"
    run(capsys, "fix", str(seed_copy), "-o", str(fixed))
    code, out, _ = run(capsys, "export", str(fixed), "--format", "txt")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 35
    assert lines[3].endswith(
        "OpenAIの共同設立者であるグレッグ・ブロックマンが、後にXへの投稿で公に確認した。"
    )
    assert not any(v in out for v in ("ルダラジュ", "オープンAI", "スターゲート"))
    out_file = tmp_path / "article.txt"
    assert run(capsys, "export", str(fixed), "--format", "txt", "-o", str(out_file))[0] == 0
    assert out_file.read_text(encoding="utf-8") == out


def test_plain_text_documents_with_source_and_reference(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    mt = tmp_path / "mt.txt"
    mt.write_text("オープンAIの発表\n", encoding="utf-8")
    ref = tmp_path / "ref.txt"
    ref.write_text("OpenAIの発表\n", encoding="utf-8")
    glossary = ("--glossary", str(NAMES_GLOSSARY))
    code, out, _ = run(
        capsys, "check", str(mt), "--reference", str(ref), "--format", "json", *glossary
    )
    assert code == 1 and json.loads(out)["findings"][0]["segment"] == "1"
    code, out, _ = run(capsys, "score", str(mt), "--reference", str(ref), "--format", "json")
    assert code == 0 and json.loads(out)["with_reference"] == 1


@pytest.mark.parametrize(
    ("files", "argv", "expected"),
    [
        ({"d.jsonl": "{bad\n"}, ["check", "d.jsonl"], "d.jsonl:1: not valid JSON"),
        ({"d.tsv": "id\tsource\n1\tx\n"}, ["check", "d.tsv"], "d.tsv:1: missing column “mt”"),
        ({"d.jsonl": b"\xff\xfe\xfa"}, ["check", "d.jsonl"], "d.jsonl:1: byte 0xfa"),
        ({"d.jsonl": ""}, ["score", "d.jsonl"], "d.jsonl: empty file"),
        (
            {"d.jsonl": '{"id":"a","mt":"x"}\n{"id":"a","mt":"y"}\n'},
            ["export", "d.jsonl", "--format", "txt"],
            "d.jsonl:2: duplicate id “a”",
        ),
        (
            {"d.jsonl": '{"id":"a","mt":"x"}\n', "g.tsv": "accepted\tforbidden\nA\tA\n"},
            ["check", "d.jsonl", "--glossary", "g.tsv"],
            "g.tsv:2: entry “A”: forbidden variant “A” equals one of its accepted forms",
        ),
        ({}, ["check", "missing.jsonl"], "missing.jsonl: no such file"),
        (
            {"d.jsonl": '{"id":"a","mt":"x"}\n'},
            ["check", "d.jsonl", "--encoding", "klingon"],
            "unknown encoding",
        ),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    files: dict[str, str | bytes],
    argv: list[str],
    expected: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (tmp_path / name).write_bytes(data)
    before = sorted(p.name for p in tmp_path.iterdir())
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("review: ") and expected in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    if argv[0] == "check":
        fix_code, _, _ = run(capsys, "fix", *argv[1:], "-o", "out.jsonl")
        assert fix_code == 2 and not (tmp_path / "out.jsonl").exists()


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], seed_copy: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["fix", str(seed_copy)])
    assert caught.value.code == 2
    assert "one of the arguments -o/--output --in-place is required" in capsys.readouterr().err


def test_real_process_has_no_traceback_and_module_entry_point_works(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "mt": }\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "review", "check", str(bad)], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == f"review: {bad}:1: not valid JSON: Expecting value (column 19)"


def test_state_saved_by_a_review_session_is_seen_by_the_cli(
    capsys: pytest.CaptureFixture[str], seed_copy: Path
) -> None:
    from review.core.state import ReviewState
    from review.core.workspace import open_document

    document = open_document(seed_copy).document
    segment = document.segments[10]
    with ReviewState.open(seed_copy) as state:
        state.save(segment, segment.revised(segment.mt.replace("ルダラジュ", "ルッダラジュ")))
    _, out, _ = run(capsys, "export", str(seed_copy), "--format", "txt")
    assert out.splitlines()[10].startswith("ルッダラジュとダルトン")
    _, out, err = run(capsys, "check", str(seed_copy), "--format", "json")
    assert json.loads(out)["summary"]["error"] == 6
    assert "saved review" not in err, "its state is beside it, in sight"


def test_check_reports_the_qa_cases_of_the_seed(
    capsys: pytest.CaptureFixture[str], seed_copy: Path
) -> None:
    code, out, _ = run(capsys, "check", str(seed_copy), "--format", "json")
    data = json.loads(out)
    assert code == 1 and data["summary"]["error"] == 7
    qa = {(f["segment"], f["kind"]) for f in data["findings"] if f["rule"].startswith("qa:")}
    assert {
        ("s17", "quotes"),
        ("s19", "quotes"),
        ("s25", "quotes"),
        ("s23", "sentence-shape"),
    } <= qa
    assert not {kind for _, kind in qa} & {"number", "untranslated", "inconsistency"}
    _, out, _ = run(capsys, "check", str(seed_copy), "--format", "json", "--skip", "quotes")
    kinds = {f["kind"] for f in json.loads(out)["findings"]}
    assert "quotes" not in kinds and "sentence-shape" in kinds


def test_check_tallies_the_numbers_and_lists_them_on_request(
    capsys: pytest.CaptureFixture[str], seed_copy: Path
) -> None:
    _, out, _ = run(capsys, "check", str(seed_copy))
    assert "numbers: 8 of 8 source numbers found in the target (--numbers lists them)" in out
    _, out, _ = run(capsys, "check", str(seed_copy), "--numbers")
    assert "  s11  200,000 = 20万\n" in out and "  s23  $100 million = 1億\n" in out
    _, out, _ = run(capsys, "check", str(seed_copy), "--skip", "number")
    assert "numbers:" not in out


def test_check_compact_names_the_document_line_and_the_column_in_the_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "doc.jsonl"
    rows = [
        {"id": "a", "source": "Hello", "mt": "こんにちは"},
        {"id": "b", "source": "Stargate", "mt": "新しいスターゲート計画"},
    ]
    doc.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    argv = ["check", str(doc), "--no-qa", "--no-variants", "--format", "compact"]
    assert main([*argv, "--glossary", str(NAMES_GLOSSARY)]) == 1
    out, err = capsys.readouterr()
    assert out == (
        f"{doc}:2:4: error glossary: “スターゲート” → “Stargate”  forbidden variant of "
        "Stargate (product); write “Stargate” (glossary:stargate)\n"
    )
    assert err.startswith("1 finding (1 error, 0 warnings, 0 info) in 2 segments")


def test_a_document_without_a_glossary_is_checked_without_one_and_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, seed_copy: Path
) -> None:
    alone = tmp_path / "alone.jsonl"
    alone.write_bytes(seed_copy.read_bytes())
    code, out, err = run(capsys, "check", str(alone), "--color", "never")
    assert code == 0, "no glossary, so no name error"
    assert "in 35 segments; no glossary\n" in out
    assert err == f"review: {alone}: {NO_GLOSSARY}\n"
    assert "variant" in out, "discovery still runs: ルダラジュ/ルッダラジュ, オープンAI/OpenAI"
    code, _, err = run(capsys, "fix", str(alone), "-o", str(tmp_path / "f.jsonl"))
    assert code == 2 and "no glossary to fix with; pass --glossary FILE" in err


def test_messages_name_the_options_the_command_has(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, seed_copy: Path
) -> None:
    odd = tmp_path / "doc.data"
    odd.write_text("x\n", encoding="utf-8")
    code, _, err = run(capsys, "check", str(odd))
    assert code == 2 and "pass --input-format (" in err
    code, _, err = run(capsys, "fix", str(seed_copy), "-o", str(tmp_path / "out.data"))
    assert code == 2 and "pass --format (" in err
    with pytest.raises(SystemExit):
        main([str(seed_copy), "--help"])
    usage = capsys.readouterr().out.splitlines()[0]
    for command in ("check", "discover", "fix", "score", "export", "dismiss", "undismiss"):
        assert command in usage


def test_counts_are_singular_for_one(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    doc = tmp_path / "one.jsonl"
    doc.write_text('{"id": "1", "mt": "スターゲートの計画"}\n', encoding="utf-8")
    glossary = ("--glossary", str(NAMES_GLOSSARY))
    _, out, _ = run(capsys, "check", str(doc), "--no-qa", "--no-variants", *glossary)
    assert (
        out.rstrip()
        .splitlines()[-1]
        .startswith("1 finding (1 error, 0 warnings, 0 info) in 1 segment;")
    )
    _, _, err = run(capsys, "fix", str(doc), "-o", str(tmp_path / "f.jsonl"), *glossary)
    assert err.startswith("1 segment fixed with ")


def _written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_score_without_references_prints_no_empty_signatures(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = _written(tmp_path / "plain.jsonl", '{"id": "1", "source": "Hello", "mt": "こんにちは"}\n')
    code, out, _ = run(capsys, "score", str(doc))
    assert code == 0 and "no segment has a reference" in out
    assert "sacrebleu signatures" not in out


def test_an_unterminated_json_string_reads_as_one_clear_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = _written(tmp_path / "cut.jsonl", '{"id": "1", "mt": "こんにち\n')
    code, _, err = run(capsys, "check", str(doc))
    assert code == 2
    assert err.strip() == f"review: {doc}:1: not valid JSON: Unterminated string (column 19)"


def test_discover_quotes_ids_that_are_messages_texts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A PO file names its segments by their msgid: shown quoted, cut short, apart."""
    rows = [
        ("Use the authenticator app\\nor a code", "認証アプリを使うか\\nコードを入力"),
        ("Authenticator app activated.", "認証アプリを有効にしました。"),
        ("Social application", "ソーシャルアプリケーション"),
    ]
    doc = tmp_path / "po.jsonl"
    doc.write_text(
        "".join(json.dumps({"id": i, "source": i, "mt": mt}) + "\n" for i, mt in rows),
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "discover", str(doc), "--no-glossary")
    assert code == 0
    assert "“Use the authenticator a…”, “Authenticator app activ…”" in out
    assert "“Social application”" in out


def test_discover_lists_what_the_glossary_lacks_first_and_names_the_entries_that_cover_the_rest(
    capsys: pytest.CaptureFixture[str], seed_copy: Path, tmp_path: Path
) -> None:
    glossary = tmp_path / "one.tsv"
    glossary.write_text(
        "id\ttype\tsource\taccepted\tforbidden\n"
        "openai\torganisation\tOpenAI\tOpenAI\tオープンAI → OpenAI\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "discover", str(seed_copy), "--glossary", str(glossary))
    assert code == 0
    head, *groups = out.split("\n\n")
    assert head.endswith(": 3 not in the glossary, 1 covered by it")
    assert groups[-1].startswith("OpenAI  (the glossary's: openai)\n")
    assert all("(suggested)" in group for group in groups[:-1])
    code, out, _ = run(
        capsys, "discover", str(seed_copy), "--glossary", str(glossary), "--format", "json"
    )
    entries = [g["glossary_entry"] for g in json.loads(out)["groups"]]
    assert entries == [None, None, None, "openai"]


def test_a_fix_is_no_review_a_fuzzy_message_stays_fuzzy(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    po = tmp_path / "ja.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#, fuzzy, c-format\nmsgid "Delete user %s"\nmsgstr "ユーザ %s を追加"\n\n'
        'msgid "User"\nmsgstr "ユーザ"\n',
        encoding="utf-8",
    )
    glossary = tmp_path / "g.tsv"
    glossary.write_text("accepted\tforbidden\n利用者\tユーザ\n", encoding="utf-8")
    assert run(capsys, "fix", str(po), "--glossary", str(glossary), "--in-place")[0] == 0
    written = po.read_text(encoding="utf-8")
    assert '#, fuzzy, c-format\nmsgid "Delete user %s"\nmsgstr "利用者 %s を追加"' in written
    assert 'msgid "User"\nmsgstr "利用者"' in written


def _stopped_reading(argv: list[str], cwd: Path) -> tuple[int, str]:
    """The exit code and standard error of `review ARGV | head -c 100`."""
    process = subprocess.Popen(
        [sys.executable, "-m", "review", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=cwd,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(100)
    process.stdout.close()
    err = process.stderr.read().decode()
    return process.wait(timeout=120), err


def test_a_reader_that_stops_reading_does_not_turn_failure_into_success(tmp_path: Path) -> None:
    big = tmp_path / "big.jsonl"
    line = '{"id": "s%d", "source": "OpenAI", "mt": "オープンAIの発表%d"}\n'
    big.write_text("".join(line % (i, i) for i in range(20000)), encoding="utf-8")
    glossary = tmp_path / "g.tsv"
    glossary.write_text("accepted\tforbidden\nOpenAI\tオープンAI\n", encoding="utf-8")
    code, err = _stopped_reading(["check", str(big), "--glossary", str(glossary)], tmp_path)
    assert code == 1 and "Traceback" not in err, "checked to the end: the findings' code"
    code, err = _stopped_reading(["export", str(big), "--format", "txt"], tmp_path)
    assert code == 141 and "Traceback" not in err, "an export cut short is not a success"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_that_cannot_be_written_is_one_line(seed_copy: Path) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "review", "export", str(seed_copy), "--format", "txt"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert result.returncode == 2
    assert result.stderr.strip() == "review: cannot write the output: No space left on device"


def test_encoding_names_the_document_s_and_a_glossary_detected_otherwise_is_read_as_such(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = tmp_path / "d.jsonl"
    doc.write_bytes('{"id": "1", "mt": "オープンAIです"}\n'.encode("cp932"))
    utf8 = tmp_path / "utf8.tsv"
    utf8.write_text("accepted\tforbidden\nOpenAI\tオープンAI\n", encoding="utf-8")
    argv = ["check", str(doc), "--encoding", "cp932", "--format", "compact"]
    assert run(capsys, *argv, "--glossary", str(utf8))[0] == 1, "the UTF-8 glossary read"
    cp932 = tmp_path / "cp932.tsv"
    cp932.write_bytes("accepted\tforbidden\nOpenAI\tオープンAI\n".encode("cp932"))
    assert run(capsys, *argv, "--glossary", str(cp932))[0] == 1


def test_headless_the_tui_is_refused_and_a_mistyped_command_named(
    capsys: pytest.CaptureFixture[str], seed_copy: Path
) -> None:
    """In CI, `review doc.jsonl` (check forgotten) must not wait for a terminal forever."""
    before = sorted(p.name for p in seed_copy.parent.iterdir())
    code, _, err = run(capsys, str(seed_copy))
    assert code == 2 and "the review TUI needs a terminal" in err
    assert sorted(p.name for p in seed_copy.parent.iterdir()) == before, "no state made"
    code, _, err = run(capsys, "chek", str(seed_copy))
    assert code == 2 and err == "review: unknown command “chek”: did you mean `review check`?\n"


def test_fix_in_place_with_nothing_to_fix_leaves_the_file_untouched(
    capsys: pytest.CaptureFixture[str], seed_copy: Path
) -> None:
    assert run(capsys, "fix", str(seed_copy), "--in-place")[0] == 0
    before = seed_copy.stat()
    code, _, err = run(capsys, "fix", str(seed_copy), "--in-place")
    assert code == 0 and "nothing to fix" in err
    after = seed_copy.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_fix_given_no_document_writes_a_fixed_copy_of_the_shipped_example(
    capsys: pytest.CaptureFixture[str], seed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A user who installed the package has no document of their own yet: `review fix -o
    OUT` fixes the shipped example's names into OUT; `--in-place` would rewrite the shipped
    file, and is refused."""
    from review.cli import commands

    monkeypatch.setattr(commands, "example", lambda: seed_copy)
    before = seed_copy.read_bytes()
    out = seed_copy.parent / "fixed.jsonl"
    code, _, err = run(capsys, "fix", "-o", str(out))
    assert code == 0 and err.startswith(
        f"review: no document given: the shipped example, {seed_copy}\n"
    )
    revised = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sum("revision" in record for record in revised) == 6
    assert not any("オープンAI" in record.get("revision", "") for record in revised)
    code, _, err = run(capsys, "fix", "--in-place")
    assert code == 2 and "the shipped example is not rewritten" in err
    assert seed_copy.read_bytes() == before


@pytest.mark.parametrize("command", [["score"], ["discover"], ["export", "--format", "txt"]])
def test_given_no_document_a_command_says_it_takes_the_shipped_example(
    capsys: pytest.CaptureFixture[str],
    seed_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    """An empty `$FILES` in a script must not pass for a checked file list unnoticed: the
    commands of many documents and those of one say it alike."""
    from review.cli import commands

    monkeypatch.setattr(commands, "example", lambda: seed_copy)  # not the repository's
    code, _, err = run(capsys, *command)
    assert code == 0
    assert err.startswith(f"review: no document given: the shipped example, {seed_copy}\n")
