"""The streamed `review check --format json` writes each finding as `json.dumps` would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from review.cli.batch import _item
from review.cli.commands import main
from review.core.model import Finding, FindingKind, Severity

findings = st.builds(
    Finding,
    st.text(),
    st.sampled_from(FindingKind),
    st.sampled_from(Severity),
    st.integers(0, 10**6),
    st.integers(0, 10**6),
    st.text(),
    st.none() | st.text(),
    st.text(),
    st.text(),
)


@given(findings)
def test_an_item_is_what_json_dumps_writes_at_its_indent(finding: Finding) -> None:
    expected = json.dumps(finding.to_dict(), ensure_ascii=False, indent=2)
    assert _item(finding) == expected.replace("\n", "\n    ")
    assert json.loads(_item(finding))["kind"] == finding.kind.value


@pytest.mark.parametrize("ending", ["", "\n", "\r\n"])
def test_fix_keeps_the_text_ending_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], ending: str
) -> None:
    document = tmp_path / "a.txt"
    newline = ending or "\n"
    text = "オープンAIは発表した。" + newline + "スターゲート計画。" + ending
    document.write_bytes(text.encode())
    glossary = tmp_path / "a.glossary.tsv"
    glossary.write_text(
        "id\ttype\tsource\taccepted\tforbidden\nopenai\torganisation\tOpenAI\tOpenAI\t"
        "オープンAI → OpenAI\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.txt"
    assert main(["fix", str(document), "-o", str(out)]) == 0
    assert out.read_bytes() == text.replace("オープンAI", "OpenAI").encode()


def test_check_counts_the_segments_a_po_file_has_not_started(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tmp_path / "app.po"
    document.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Save %s"\nmsgstr "保存"\n\nmsgid "Open"\nmsgstr ""\n\n'
        'msgid "Close"\nmsgstr ""\n',
        encoding="utf-8",
    )
    assert main(["check", str(document), "--no-glossary"]) == 1
    out = capsys.readouterr().out
    assert "app.po:Save %s  error   placeholder" in out
    assert "2 segments not started (an empty target the file marks untranslated)" in out
    assert main(["check", str(document), "--no-glossary", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["not_started"] == 2
    assert [f["kind"] for f in report["findings"]] == ["placeholder"]
