"""The QA reports: HTML, CSV, JSON and SARIF, on the seed article and on hostile text."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from review.core.checks import CheckOptions
from review.core.engine import check_document
from review.core.glossary import Entry, Glossary, Variant
from review.core.model import Document, Finding, Segment, Severity, Status
from review.core.scoring import Scorer
from review.formats import report_csv, report_html, sarif
from review.formats.documents import read_document
from review.formats.glossaries import read_glossary
from review.formats.report_json import report_json
from tests.conftest import NAMES_GLOSSARY, SEED_PAIRS


@pytest.fixture(scope="module")
def seed() -> tuple[Document, list[Finding]]:
    document = read_document(SEED_PAIRS)
    findings = check_document(document, read_glossary(NAMES_GLOSSARY), CheckOptions())
    return document, findings


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer()


def html_report(document: Document, findings: list[Finding], scorer: Scorer) -> str:
    per_segment = [scorer.segment(s) for s in document.segments]
    return report_html.render(
        document,
        findings,
        scorer.document(document),
        per_segment,
        name="doc.jsonl",
        glossary="names.tsv",
    )


def test_the_html_report_of_the_seed_shows_every_finding(
    seed: tuple[Document, list[Finding]], scorer: Scorer
) -> None:
    document, findings = seed
    page = html_report(document, findings, scorer)
    assert len(findings) >= 7
    marks = re.findall(r'<mark class="(\w+)" title="([^"]*)">([^<]*)</mark>', page)
    assert len(marks) == sum(1 for f in findings if f.end > f.start)
    for finding in findings:
        assert html.escape(finding.message, quote=True) in page
        assert html.escape(finding.rule) in page
    shown = {html.unescape(text) for _, _, text in marks}
    assert {f.text for f in findings if f.text} <= shown
    assert {cls for cls, _, _ in marks} == {"error", "warning"}
    # self-contained: no script, no external stylesheet, font or image
    assert "<script" not in page and "<link" not in page and "src=" not in page
    assert not re.search(r"url\(|https?://", page.split("<main>")[0])
    assert "<h2>Summary</h2>" in page and "chrF" in page and "Δ" in page


def test_the_html_report_shows_the_diff_and_score_deltas(
    seed: tuple[Document, list[Finding]], scorer: Scorer
) -> None:
    document, _ = seed
    glossary = read_glossary(NAMES_GLOSSARY)
    fixed = replace(document, segments=[glossary.fix(s) for s in document.segments])  # names
    page = html_report(fixed, check_document(fixed, glossary), scorer)
    assert "<del>オープン</del><ins>Open</ins>" in page
    assert re.search(r'<td class="num better">\+\d+\.\d\d</td>', page)  # chrF went up
    assert "10 segments with findings or revisions" in page  # 6 revised, 4 preferences


def test_everything_in_the_html_report_is_escaped(scorer: Scorer) -> None:
    evil = '<script>alert("x")</script> & "quotes" <g1>'
    glossary = Glossary(
        [Entry("e<1>", ("<b>ok</b>",), variants=(Variant("<script>", "<b>ok</b>"),))]
    )
    document = Document(
        [Segment('id"><script>', evil, source=evil, revision=evil + "!", note=evil)]
    )
    findings = check_document(document, glossary, CheckOptions(variants=False))
    assert findings
    page = html_report(document, findings, scorer)
    assert "<script" not in page
    assert "&lt;script&gt;" in page


def test_csv_has_one_row_per_finding_and_a_bom(seed: tuple[Document, list[Finding]]) -> None:
    document, findings = seed
    text = report_csv.render(findings, document)
    assert text.startswith("\ufeffsegment,line,severity")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert len(rows) == len(findings)
    first = rows[0]
    assert (first["segment"], first["line"], first["text"], first["suggestion"]) == (
        "s04",
        "4",
        "オープンAI ",
        "OpenAI",
    )
    assert first["target"][int(first["start"]) : int(first["end"])] == first["text"]


def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_made_inert() -> None:
    target = '=HYPERLINK("http://x.example","見る")'
    document = Document([Segment("s1", target, source="-1 pieces"), Segment("s2", "-5")])
    finding = Finding("s1", "glossary", Severity.ERROR, 0, 1, "=", "＝", "m", "glossary:x")
    rows = list(csv.reader(io.StringIO(report_csv.render([finding], document).lstrip("\ufeff"))))
    header, row = rows[0], rows[1]
    cells = dict(zip(header, row, strict=True))
    assert cells["target"] == "'" + target and cells["text"] == "'="
    assert cells["source"] == "'-1 pieces" and cells["start"] == "0"


def test_json_report_has_summary_scores_and_segments(
    seed: tuple[Document, list[Finding]], scorer: Scorer
) -> None:
    document, findings = seed
    data = json.loads(
        report_json(
            document,
            findings,
            scorer.document(document),
            [scorer.segment(s) for s in document.segments],
            name="d",
            glossary=None,
        )
    )
    assert data["schema"] == "review.report/1"
    assert data["summary"]["findings"] == {"error": 7, "warning": 5, "info": 0}
    assert data["summary"]["by_kind"] == {
        "glossary": {"error": 7, "warning": 0, "info": 0},
        "term-preference": {"error": 0, "warning": 5, "info": 0},
    }
    assert data["summary"]["statuses"]["new"] == 35
    assert data["scores"]["mt"]["chrf"] > 0
    s04 = next(s for s in data["segments"] if s["id"] == "s04")
    assert s04["line"] == 4 and s04["findings"][0]["text"] == "オープンAI "
    assert s04["scores"]["mt"]["bleu"] > 0


def test_sarif_is_valid_2_1_0(
    seed: tuple[Document, list[Finding]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # in no git work tree: the path as given
    document, findings = seed
    extra = Finding("s01", "term-missing", Severity.WARNING, 0, 0, "", None, "m", "glossary:x")
    data = json.loads(
        sarif.render([*findings, extra], document, uri="pairs/a b.jsonl", glossary="g")
    )
    assert data["version"] == "2.1.0" and data["$schema"].endswith("sarif-2.1.0.json")
    [run] = data["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert run["tool"]["driver"]["name"] == "review"
    assert len({r["id"] for r in rules}) == len(rules)
    assert len(run["results"]) == len(findings) + 1
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in {"error", "warning", "note", "none"}
        assert result["message"]["text"]
        [location] = result["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == "pairs/a%20b.jsonl"
        assert physical["region"]["startLine"] >= 1
        assert location["logicalLocations"][0]["name"] == result["properties"]["segment"]
    first = run["results"][0]
    assert first["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 4,
        "snippet": {"text": "オープンAI "},
    }
    assert run["results"][-1]["level"] == "warning"
    assert all(r["defaultConfiguration"]["level"] in {"error", "warning", "note"} for r in rules)


def test_sarif_locates_the_document_from_its_work_tree_root_and_a_line_s_columns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GitHub code scanning resolves a result's file from the repository's root."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "docs" / "ja").mkdir(parents=True)
    text = tmp_path / "docs" / "ja" / "mt.txt"
    text.write_text("𠮷野家とオープンAIの話。\n", encoding="utf-8")
    document = read_document(text)
    finding = Finding("1", "glossary", Severity.ERROR, 4, 10, "オープンAI", "OpenAI", "m", "g:x")
    monkeypatch.chdir(tmp_path / "docs")
    data = json.loads(sarif.render([finding], document, uri="ja/mt.txt", glossary=None))
    [run] = data["runs"]
    physical = run["results"][0]["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"] == {
        "uri": "docs/ja/mt.txt",
        "uriBaseId": "%SRCROOT%",
        "index": 0,
    }
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": tmp_path.resolve().as_uri() + "/"}}
    assert physical["region"] == {
        "startLine": 1,
        "startColumn": 5,  # code points, as columnKind says: 𠮷 is one
        "endColumn": 11,
        "snippet": {"text": "オープンAI"},
    }
    (tmp_path / ".git").rmdir()
    data = json.loads(sarif.render([finding], document, uri=str(text), glossary=None))
    location = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == text.resolve().as_uri()


def test_reports_of_a_clean_document(scorer: Scorer) -> None:
    document = Document([Segment("1", "問題なし", status=Status.APPROVED)])
    page = html_report(document, [], scorer)
    assert "no findings" in page and "No segment has a reference" in page
    assert (
        json.loads(sarif.render([], document, uri="d", glossary=None))["runs"][0]["results"] == []
    )
    assert report_csv.render([], document).count("\n") == 1
