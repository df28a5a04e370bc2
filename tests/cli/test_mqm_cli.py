"""MQM through the CLI: `review score` prints the figures next to chrF, BLEU and TER, the QA
reports carry the annotations and the score, and a bad [mqm] table is one clear line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from review.cli import main
from review.core.model import Annotation
from review.core.state import ReviewState
from review.core.workspace import open_document


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def annotate(path: Path) -> None:
    """s04: “オープンAI” as a major Terminology error, and a minor omission at its start."""
    segment = open_document(path).document.by_id()["s04"]
    start = segment.mt.index("オープンAI")
    with ReviewState.open(path) as state:
        state.annotate(
            Annotation("s04", "mt", start, start + 6, "オープンAI", "Terminology", "major", "kana")
        )
        state.annotate(Annotation("s04", "mt", 0, 0, "", "Accuracy/Omission", "minor"))


# 665 source words in the seed; 5 + 1 = 6 points: 100 − 6 / 665 × 100 = 99.0977…
SCORE = 100 - 6 / 665 * 100


def test_score_prints_mqm_next_to_the_metrics(
    capsys: pytest.CaptureFixture[str], seed_copy: Path
) -> None:
    annotate(seed_copy)
    code, out, _ = run(capsys, "score", str(seed_copy))
    assert code == 0
    assert "chrF" in out
    assert "MQM (annotated errors): 2 errors: 0 critical, 1 major, 1 minor, 0 neutral" in out
    assert "6 points over 665 source words" in out
    assert f"quality score     {SCORE:.2f}" in out
    assert "threshold 99.00: pass" in out
    code, out, _ = run(capsys, "score", str(seed_copy), "--format", "json")
    data = json.loads(out)
    assert data["schema"] == "review.scores/1"
    assert data["mqm"]["penalty"] == 6
    assert data["mqm"]["evaluated"] == 665
    assert data["mqm"]["score"] == pytest.approx(SCORE, abs=1e-4)
    assert data["mqm"]["passed"] is True
    assert data["mqm"]["by_severity"] == {"neutral": 0, "minor": 1, "major": 1, "critical": 0}


def test_the_config_sets_threshold_and_unit(
    capsys: pytest.CaptureFixture[str], seed_copy: Path
) -> None:
    annotate(seed_copy)
    (seed_copy.parent / "review.toml").write_text(
        '[mqm]\nthreshold = 99.5\nunit = "characters"\n', encoding="utf-8"
    )
    _, out, _ = run(capsys, "score", str(seed_copy), "--format", "json")
    mqm = json.loads(out)["mqm"]
    assert mqm["unit"] == "MT characters"
    assert mqm["evaluated"] == 2108
    assert mqm["score"] == pytest.approx(100 - 6 / 2108 * 100, abs=1e-4)
    assert mqm["threshold"] == 99.5
    assert mqm["verdict"] == "pass"


@pytest.mark.parametrize(
    ("table", "words", "line"),
    [
        ("[mqm]\nunit = 'pages'\n", "unit must be", 4),
        ("[mqm]\nthreshold = 'high'\n", "threshold must be a number", 4),
        ("[mqm]\nthreshhold = 90\n", "unknown key “threshhold”", 4),
    ],
)
def test_a_bad_mqm_table_is_one_line_naming_file_and_line(
    capsys: pytest.CaptureFixture[str], seed_copy: Path, table: str, words: str, line: int
) -> None:
    config = seed_copy.parent / "review.toml"
    config.write_text("# project\n\n" + table, encoding="utf-8")
    code, out, err = run(capsys, "score", str(seed_copy))
    assert code == 2
    assert out == ""
    assert err.startswith(f"review: {config}:{line}: "), "the key's line"
    assert words in err
    assert err.count("\n") == 1


def test_the_reports_carry_annotations_and_score(
    capsys: pytest.CaptureFixture[str], seed_copy: Path
) -> None:
    annotate(seed_copy)
    _, out, _ = run(capsys, "export", str(seed_copy), "--format", "report-json")
    report = json.loads(out)
    assert report["mqm"]["errors"] == 2
    assert report["mqm"]["score"] == pytest.approx(SCORE, abs=1e-4)
    s04 = next(s for s in report["segments"] if s["id"] == "s04")
    assert [a["category"] for a in s04["annotations"]] == ["Terminology", "Accuracy/Omission"]
    assert s04["annotations"][0]["text"] == "オープンAI"

    _, out, _ = run(capsys, "export", str(seed_copy), "--format", "report-csv")
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    mqm_rows = [r for r in rows if r["kind"] == "mqm"]
    assert [(r["rule"], r["severity"], r["field"]) for r in mqm_rows] == [
        ("mqm:Terminology", "major", "mt"),
        ("mqm:Accuracy/Omission", "minor", "mt"),
    ]
    first = mqm_rows[0]
    assert first["target"][int(first["start"]) : int(first["end"])] == first["text"]
    (score_row,) = [r for r in rows if r["kind"] == "mqm-score"]
    assert score_row["message"].startswith(f"MQM {SCORE:.2f} pass")

    _, out, _ = run(capsys, "export", str(seed_copy), "--format", "report-html")
    assert "<h2>MQM errors (2)</h2>" in out
    assert f"{SCORE:.2f}" in out
    assert "Accuracy/Omission" in out

    _, out, _ = run(capsys, "export", str(seed_copy), "--format", "sarif")
    run_ = json.loads(out)["runs"][0]
    mqm_results = [r for r in run_["results"] if r["ruleId"].startswith("mqm/")]
    assert [(r["ruleId"], r["level"]) for r in mqm_results] == [
        ("mqm/Terminology", "error"),
        ("mqm/Accuracy/Omission", "warning"),
    ]
    rules = run_["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run_["results"])
    assert run_["properties"]["mqm"]["errors"] == 2


def test_without_annotations_the_score_is_full(
    capsys: pytest.CaptureFixture[str], seed_copy: Path
) -> None:
    _, out, _ = run(capsys, "score", str(seed_copy), "--format", "json")
    assert json.loads(out)["mqm"]["score"] == 100
    assert json.loads(out)["mqm"]["errors"] == 0
    _, out, _ = run(capsys, "score", str(seed_copy))
    assert "MQM (annotated errors): none annotated" in out
    assert "0 errors" not in out


def test_the_tui_refuses_a_bad_mqm_table_before_it_starts(
    capsys: pytest.CaptureFixture[str], seed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = seed_copy.parent / "review.toml"
    config.write_text("[mqm]\nunit = 'lines'\n", encoding="utf-8")
    monkeypatch.setenv("TEXTUAL_DRIVER", "served")  # as review serve runs it: no terminal
    code, out, err = run(capsys, str(seed_copy))
    assert code == 2
    assert out == ""
    assert err.startswith(f"review: {config}:2: [mqm] unit must be"), "the key's line"
    assert err.count("\n") == 1
