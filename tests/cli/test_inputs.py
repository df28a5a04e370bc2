"""Several documents, and glob patterns: `review check | fix | score 'tm/**/*.jsonl'`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from review.cli import main
from review.cli.inputs import expand
from review.formats.errors import InputError
from tests.conftest import NAMES_GLOSSARY, SEED_PAIRS


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for folder in ("tm/a", "tm/b/deeper"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "tm/a/one.jsonl").write_bytes(SEED_PAIRS.read_bytes())
    (tmp_path / "tm/b/deeper/two.jsonl").write_bytes(SEED_PAIRS.read_bytes())
    (tmp_path / "tm/b/notes.txt").write_text("メモ\n", encoding="utf-8")
    (tmp_path / "names.tsv").write_bytes(NAMES_GLOSSARY.read_bytes())
    return tmp_path


def test_expand_keeps_paths_and_sorts_matches(tree: Path) -> None:
    one, two = tree / "tm/a/one.jsonl", tree / "tm/b/deeper/two.jsonl"
    assert expand([tree / "tm/**/*.jsonl"]) == [one, two]
    assert expand([two, tree / "tm/*/*.jsonl", one]) == [two, one]  # each once
    assert expand([tree / "missing.jsonl"]) == [tree / "missing.jsonl"]  # told where read
    with pytest.raises(InputError, match="no document matches"):
        expand([tree / "tm/**/*.tmx"])


def test_check_several_documents(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    glossary = ["--glossary", str(tree / "names.tsv")]
    alone = main(["check", str(tree / "tm/a/one.jsonl"), *glossary])
    one = capsys.readouterr().out
    code = main(["check", str(tree / "tm/**/*.jsonl"), *glossary])
    out = capsys.readouterr().out
    assert alone == code == 1
    assert out.startswith(one)  # each document as it would be alone, then the total
    assert out.endswith("in 70 segments; 2 documents in all\n")
    assert main(["check", str(tree / "tm/**/*.jsonl"), *glossary, "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["schema"] == "review.findings-set/1"
    assert [d["document"] for d in report["documents"]] == [
        str(tree / "tm/a/one.jsonl"),
        str(tree / "tm/b/deeper/two.jsonl"),
    ]
    assert report["documents"][0]["findings"] == report["documents"][1]["findings"] != []
    assert report["segments"] == 70 and report["summary"]["error"] > 0


def test_an_unreadable_document_is_told_and_the_others_checked(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tree / "tm/a/bad.jsonl"
    bad.write_text('{"id": "s1", "mt": "テスト"}\n{"id": \n', encoding="utf-8")
    code = main(["check", str(tree / "tm/**/*.jsonl"), "--no-glossary", "--format", "json"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.strip() == f"review: {bad}:2: not valid JSON: Expecting value (column 8)"
    report = json.loads(captured.out)  # still one JSON document
    assert report["documents_unreadable"] == 1 and len(report["documents"]) == 2
    assert report["unreadable"] == [
        {"document": str(bad), "error": f"{bad}:2: not valid JSON: Expecting value (column 8)"}
    ]
    assert main(["check", str(tree / "tm/**/*.jsonl"), "--no-glossary"]) == 2
    assert capsys.readouterr().out.endswith("; 2 of 3 documents checked; 1 unreadable\n")


def test_fix_several_in_place_each_written_alone(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (tree / "tm/b/notes.txt").read_bytes()
    args = ["fix", str(tree / "tm/**/*.jsonl"), "--glossary", str(tree / "names.tsv")]
    assert main([*args, "-o", str(tree / "out.jsonl")]) == 2
    assert "fix several documents --in-place" in capsys.readouterr().err
    assert main([*args, "--in-place"]) == 0
    assert "wrote" in capsys.readouterr().err
    one, two = tree / "tm/a/one.jsonl", tree / "tm/b/deeper/two.jsonl"
    assert one.read_bytes() == two.read_bytes() != SEED_PAIRS.read_bytes()
    assert (tree / "tm/b/notes.txt").read_bytes() == before
    assert not (tree / "out.jsonl").exists()


def test_score_several_with_their_total(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(tree / "tm/a/one.jsonl"), "--format", "json"]) == 0
    alone = json.loads(capsys.readouterr().out)
    assert main(["score", str(tree / "tm/**/*.jsonl"), "--format", "json", "--workers", "2"]) == 0
    both = json.loads(capsys.readouterr().out)
    assert both["schema"] == "review.scores-set/1"
    assert both["documents"][0] == alone
    total = both["total"]
    assert total["documents"] == 2 and total["segments"] == 2 * alone["segments"]
    assert total["mt"] == alone["mt"]  # the same pairs twice: the same corpus figures
    assert total["signatures"] == alone["signatures"] != {}
    assert main(["score", str(tree / "tm/**/*.jsonl")]) == 0
    assert "all 2 documents: 70 segments" in capsys.readouterr().out


def test_a_plain_text_unreadable_midway_still_gives_whole_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A streamed text's bad byte is found as it is read, after the report began."""
    text = tmp_path / "mt.txt"
    text.write_bytes("オープンAIの話。\n".encode() + b"\xff\xfe\n")
    good = tmp_path / "ok.jsonl"
    good.write_text('{"id": "1", "mt": "あ"}\n', encoding="utf-8")
    assert main(["check", str(text), "--no-glossary", "--format", "json"]) == 2
    alone = json.loads(capsys.readouterr().out)
    assert alone["error"].startswith(f"{text}:2: byte 0xff")
    assert main(["check", str(text), str(good), "--no-glossary", "--format", "json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert [d["document"] for d in report["documents"]] == [str(text), str(good)]
    assert "error" in report["documents"][0] and "error" not in report["documents"][1]
