"""The formats through the CLI: an XLIFF 2 file fixed through a TBX glossary, exported back as
XLIFF with reviewed states and as TMX; reports; SARIF from check; prh glossaries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from review.cli import main
from review.core.model import Status
from review.core.state import ReviewState
from review.core.workspace import open_document
from review.formats.glossaries import read_glossary, write_glossary
from tests.conftest import NAMES_GLOSSARY, SEED_PAIRS

NS2 = {"x": "urn:oasis:names:tc:xliff:document:2.0", "mtc": "urn:oasis:names:tc:xliff:matches:2.0"}


def X(name: str) -> str:
    return f"{{{NS2['x']}}}{name}"


PRH = Path(__file__).resolve().parent.parent / "data" / "prh" / "main.yml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def seed_as_xliff2(path: Path) -> None:
    """The seed article as an XLIFF 2 file a CAT tool could have sent, with one inline code."""
    rows = [json.loads(line) for line in SEED_PAIRS.read_text(encoding="utf-8").splitlines()]
    root = etree.Element(
        X("xliff"), nsmap={None: NS2["x"]}, version="2.0", srcLang="en", trgLang="ja"
    )
    file = etree.SubElement(root, X("file"), id="f1", original="openai-hires.html")
    for row in rows:
        unit = etree.SubElement(file, X("unit"), id=row["id"])
        segment = etree.SubElement(unit, X("segment"), state="translated")
        source = etree.SubElement(segment, X("source"))
        target = etree.SubElement(segment, X("target"))
        if row["id"] == "s15":
            head, tail = row["mt"].split("オープンAI", 1)
            source.text = row["source"]
            target.text = head
            code = etree.SubElement(target, X("pc"), id="1")
            code.text = "オープンAI"
            code.tail = tail
            etree.SubElement(source, X("pc"), id="1").text = "OpenAI"
        else:
            source.text, target.text = row["source"], row["mt"]
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


def test_xliff2_fixed_through_tbx_then_exported_as_xliff_and_tmx(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc, glossary, fixed = tmp_path / "doc.xlf", tmp_path / "g.tbx", tmp_path / "out.xlf"
    seed_as_xliff2(doc)
    write_glossary(read_glossary(NAMES_GLOSSARY), glossary)
    assert len(open_document(doc).document) == 35  # what the TUI opens
    code, _, err = run(
        capsys, "fix", str(doc), "--glossary", str(glossary), "-o", str(fixed), "--keep-mt"
    )
    assert code == 0 and "6 segments fixed" in err
    assert run(capsys, "check", str(fixed), "--glossary", str(glossary))[0] == 0

    def states(path: Path) -> dict[str | None, str | None]:
        units = etree.parse(str(path)).getroot().iter(f"{{{NS2['x']}}}unit")
        return {u.get("id"): u.find("x:segment", NS2).get("state") for u in units}

    assert states(fixed) == states(doc), "a fix is no review: the states stay as they were"
    root = etree.parse(str(fixed)).getroot()
    s15 = root.find(".//x:unit[@id='s15']", NS2)
    target = s15.find("x:segment/x:target", NS2)
    assert target[0].tag == f"{{{NS2['x']}}}pc" and target[0].text == "OpenAI"
    kept = s15.find("mtc:matches/mtc:match[@type='mt']/x:target", NS2)
    assert "スターゲート" in "".join(kept.itertext())

    opened = open_document(fixed).document
    approve = [s for s in opened.segments if s.id in ("s04", "s15", "s20")]
    with ReviewState.open(fixed) as state:
        for segment in approve:
            state.save(
                segment, segment.__class__(**{**segment.to_dict(), "status": Status.APPROVED})
            )
    final, tm = tmp_path / "final.xlf", tmp_path / "tm.tmx"
    assert run(capsys, "export", str(fixed), "--format", "xliff", "-o", str(final))[0] == 0
    root = etree.parse(str(final)).getroot()
    by_id = {u.get("id"): u.find("x:segment", NS2) for u in root.iter(f"{{{NS2['x']}}}unit")}
    assert [by_id[i].get("state") for i in ("s04", "s15", "s20", "s11")] == [
        "final",
        "final",
        "final",
        "translated",  # fixed, not reviewed
    ]
    assert run(capsys, "export", str(fixed), "--format", "tmx", "-o", str(tm))[0] == 0
    units = etree.parse(str(tm)).getroot().findall("body/tu")
    assert [u.get("tuid") for u in units] == ["s04", "s15", "s20"]
    langs = [t.get("{http://www.w3.org/XML/1998/namespace}lang") for t in units[0].findall("tuv")]
    assert langs == ["en", "ja"]
    assert "OpenAIの共同設立者" in "".join(units[0].findall("tuv")[1].itertext())

    v12 = tmp_path / "final12.xlf"
    assert run(capsys, "export", str(fixed), "--format", "xliff12", "-o", str(v12))[0] == 0
    assert [s.status for s in open_document(v12).document.segments][3] is Status.APPROVED


def test_findings_as_notes_and_sarif_from_check_and_export(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = tmp_path / "doc.xlf"
    seed_as_xliff2(doc)
    (tmp_path / "review.toml").write_text(f'glossary = "{NAMES_GLOSSARY}"\n', encoding="utf-8")
    code, out, _ = run(capsys, "export", str(doc), "--format", "xliff", "--findings-as-notes")
    # the same findings as review check: 7 name errors, 5 preferred terms and the QA findings
    assert code == 0 and out.count('category="mt-review-qa"') == 19
    code, checked, _ = run(capsys, "check", str(doc), "--format", "sarif")
    assert code == 1
    _, exported, _ = run(capsys, "export", str(doc), "--format", "sarif")
    assert json.loads(checked) == json.loads(exported)
    assert len(json.loads(checked)["runs"][0]["results"]) == 19
    code, checked, _ = run(capsys, "check", str(doc), "--format", "sarif", "--no-qa")
    _, exported, _ = run(capsys, "export", str(doc), "--format", "sarif", "--no-qa")
    assert json.loads(checked) == json.loads(exported)
    results = json.loads(checked)["runs"][0]["results"]
    assert len(results) == 12
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] > 1  # the line of the segment in the XLIFF file


def test_the_seed_html_report_shows_every_finding(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, seed_copy: Path
) -> None:
    report = tmp_path / "report.html"
    code, _, _ = run(capsys, "export", str(seed_copy), "--format", "report-html", "-o", str(report))
    assert code == 0
    page = report.read_text(encoding="utf-8")
    _, out, _ = run(capsys, "check", str(seed_copy), "--format", "json")
    findings = json.loads(out)["findings"]
    # the same findings as review check (a finding with no span has no mark)
    spans = [f for f in findings if f["end"] > f["start"]]
    assert page.count("<mark ") == len(spans) == 18
    assert sum(f["kind"] == "glossary" for f in findings) == 7
    for kind in ("report-csv", "report-json"):
        code, text, _ = run(capsys, "export", str(seed_copy), "--format", kind)
        assert code == 0 and "オープンAI" in text


def test_prh_glossary_through_the_cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    doc = tmp_path / "d.jsonl"
    doc.write_text('{"id": "1", "mt": "ハードウエアとサーバ(注)"}\n', encoding="utf-8")
    code, out, _ = run(capsys, "check", str(doc), "--glossary", str(PRH), "--format", "json")
    assert code == 1 and len(json.loads(out)["findings"]) == 3
    fixed = tmp_path / "f.jsonl"
    assert run(capsys, "fix", str(doc), "--glossary", str(PRH), "-o", str(fixed))[0] == 0
    assert (
        json.loads(fixed.read_text(encoding="utf-8"))["revision"] == "ハードウェアとサーバー（注）"
    )


def test_broken_tags_in_a_revision_stop_the_export(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = tmp_path / "doc.xlf"
    seed_as_xliff2(doc)
    segment = next(s for s in open_document(doc).document.segments if s.id == "s15")
    with ReviewState.open(doc) as state:
        state.save(segment, segment.revised(segment.target.replace("</g1>", "")))
    out = tmp_path / "out.xlf"
    code, _, err = run(capsys, "export", str(doc), "--format", "xliff", "-o", str(out))
    assert code == 2 and err.count("\n") == 1
    assert "segment “s15”: <g1> is never closed" in err
    assert not out.exists()


def test_a_tmx_of_no_approved_pair_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, seed_copy: Path
) -> None:
    """A fresh-eyes trial: `export --format tmx` of a document nobody approved wrote an
    empty body and said only that it wrote it."""
    tm = tmp_path / "tm.tmx"
    code, _, err = run(capsys, "export", str(seed_copy), "--format", "tmx", "-o", str(tm))
    assert code == 0 and "holds no pairs: none of the 35 segments is approved" in err
    [segment] = [s for s in open_document(seed_copy).document.segments if s.id == "s01"]
    with ReviewState.open(seed_copy) as state:
        state.save(segment, segment.__class__(**{**segment.to_dict(), "status": Status.APPROVED}))
    code, _, err = run(capsys, "export", str(seed_copy), "--format", "tmx", "-o", str(tm))
    assert code == 0 and "no pairs" not in err and "<tu" in tm.read_text(encoding="utf-8")
