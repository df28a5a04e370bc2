"""review.toml for the checks, dismissing false positives, preferred terms in fix."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from review.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def findings(capsys: pytest.CaptureFixture[str], doc: Path, *extra: str) -> dict[str, Any]:
    _, out, _ = run(capsys, "check", str(doc), "--format", "json", *extra)
    data: dict[str, Any] = json.loads(out)
    return data


def test_check_without_a_document_checks_the_shipped_example(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, seed_copy: Path
) -> None:
    from review.cli import commands
    from review.core import places

    assert commands.example is places.example  # the default DOC; a copy here, not the repo's
    monkeypatch.setattr(commands, "example", lambda: seed_copy)
    code, out, _ = run(capsys, "check", "--color", "never")
    assert code == 1 and f"{seed_copy}:s04" in out


def test_the_read_only_verbs_without_a_document_read_the_shipped_example(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, seed_copy: Path
) -> None:
    """An installed user has no path to name the example by: discover, score and export
    take it as check does (fix too, into a copy: tests/cli/test_cli.py)."""
    from review.cli import commands

    monkeypatch.setattr(commands, "example", lambda: seed_copy)
    code, out, _ = run(capsys, "discover", "--no-glossary")
    assert code == 0 and out.startswith(f"4 variant groups in {seed_copy}")
    code, out, _ = run(capsys, "score", "--format", "json")
    assert code == 0 and json.loads(out)
    code, out, _ = run(capsys, "export", "--format", "txt")
    assert code == 0 and len(out.splitlines()) == 35


def test_the_config_beside_the_document_applies_and_the_command_line_wins(
    capsys: pytest.CaptureFixture[str], seed_copy: Path
) -> None:
    (seed_copy.parent / "review.toml").write_text(
        'glossary = "../glossary/names.tsv"\n\n'
        '[checks.glossary]\nseverity = "warning"\n\n[checks.quotes]\nenabled = false\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "check", str(seed_copy), "--format", "json")
    data = json.loads(out)
    assert code == 0  # the name errors are warnings now
    assert data["summary"]["error"] == 0
    assert not [f for f in data["findings"] if f["kind"] == "quotes"]
    assert [f for f in data["findings"] if f["kind"] == "sentence-shape"]
    _, out, _ = run(capsys, "check", str(seed_copy), "--format", "json", "--skip", "sentence-shape")
    assert not [f for f in json.loads(out)["findings"] if f["kind"] == "sentence-shape"]
    other = seed_copy.parent / "other.toml"
    other.write_text('glossary = "../glossary/names.tsv"\n', encoding="utf-8")
    assert run(capsys, "check", str(seed_copy), "--config", str(other))[0] == 1


def test_a_bad_config_is_one_line_naming_file_and_line(
    capsys: pytest.CaptureFixture[str], seed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = seed_copy.parent / "review.toml"
    config.write_text('# checks\n\n[checks.spacing]\nseverity = "loud"\n', encoding="utf-8")
    for argv in (["check", str(seed_copy)], ["export", str(seed_copy), "--format", "sarif"]):
        code, out, err = run(capsys, *argv)
        assert code == 2 and out == ""
        assert err.startswith(f"review: {config}:4: [checks.spacing]: severity must be")
        assert err.count("\n") == 1
    monkeypatch.setenv("TEXTUAL_DRIVER", "served")  # as review serve runs it: no terminal
    assert main([str(seed_copy)]) == 2  # the TUI refuses it before it starts
    assert capsys.readouterr().err.startswith(f"review: {config}:4:")


def test_dismiss_by_key_hides_the_finding_and_undismiss_brings_it_back(
    capsys: pytest.CaptureFixture[str], seed_copy: Path
) -> None:
    before = findings(capsys, seed_copy)
    run_on = next(f for f in before["findings"] if f["kind"] == "sentence-shape")
    code, _, err = run(capsys, "dismiss", str(seed_copy), run_on["key"], "--note", "headline")
    assert code == 0 and run_on["key"] in err
    after = findings(capsys, seed_copy)
    assert after["dismissed"] == 1
    assert len(after["findings"]) == len(before["findings"]) - 1
    assert run_on["key"] not in {f["key"] for f in after["findings"]}
    code, out, _ = run(capsys, "check", str(seed_copy), "--color", "never")
    assert "1 dismissed finding hidden" in out
    code, out, _ = run(capsys, "check", str(seed_copy), "--show-dismissed", "--color", "never")
    assert "[dismissed: headline]" in out and "hidden" not in out
    _, listed, _ = run(capsys, "dismiss", str(seed_copy), "--list", "--format", "json")
    [saved] = json.loads(listed)["dismissals"]
    assert (saved["key"], saved["note"]) == (run_on["key"], "headline")
    assert run(capsys, "undismiss", str(seed_copy), run_on["key"])[0] == 0
    assert findings(capsys, seed_copy)["findings"] == before["findings"]


def test_keys_after_the_note_are_keys_as_xargs_passes_them(
    capsys: pytest.CaptureFixture[str], seed_copy: Path
) -> None:
    """The README's recipe: `… | xargs review dismiss DOC --note "brand names"`."""
    keys = [f["key"] for f in findings(capsys, seed_copy)["findings"][:2]]
    code, _, err = run(capsys, "dismiss", str(seed_copy), "--note", "brand names", *keys)
    assert code == 0, err
    assert findings(capsys, seed_copy)["dismissed"] == 2
    with pytest.raises(SystemExit) as exited:  # argparse's own error, as before
        run(capsys, "dismiss", str(seed_copy), "--note", "x", "--bogus")
    assert exited.value.code == 2
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err


def test_dismissing_the_name_errors_makes_the_check_pass(
    capsys: pytest.CaptureFixture[str], seed_copy: Path
) -> None:
    for segment in ("s04", "s15", "s26", "s30"):
        args = ["dismiss", str(seed_copy), "--segment", segment, "--rule", "glossary:openai"]
        assert run(capsys, *args)[0] == 0
    for segment in ("s11", "s16"):
        args = ["dismiss", str(seed_copy), "--segment", segment, "--rule", "glossary:ruddaraju"]
        assert run(capsys, *args)[0] == 0
    assert run(capsys, "check", str(seed_copy), "--format", "json")[0] == 1  # Stargate is left
    assert (
        run(capsys, "dismiss", str(seed_copy), "--segment", "s15", "--rule", "glossary:stargate")[0]
        == 0
    )
    assert run(capsys, "check", str(seed_copy), "--format", "json")[0] == 0
    _, out, _ = run(capsys, "export", str(seed_copy), "--format", "report-json")
    assert not [
        f for s in json.loads(out)["segments"] for f in s["findings"] if f["kind"] == "glossary"
    ]
    assert run(capsys, "undismiss", str(seed_copy), "--all")[0] == 0
    assert run(capsys, "check", str(seed_copy))[0] == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["dismiss", "{doc}", "0000000000"], "no finding with key “0000000000”"),
        (["dismiss", "{doc}"], "name the findings to dismiss"),
        (["dismiss", "{doc}", "--segment", "s04"], "--segment and --rule go together"),
        (["dismiss", "{doc}", "--segment", "s01", "--rule", "qa:quotes"], "has no finding"),
        (["undismiss", "{doc}", "0000000000"], "no dismissal with key"),
    ],
)
def test_bad_dismissals_are_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], seed_copy: Path, argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, *[a.format(doc=seed_copy) for a in argv])
    assert code == 2 and message in err and err.startswith(f"review: {seed_copy}")


def test_fix_leaves_preferences_unless_asked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    glossary = tmp_path / "terms.tsv"
    glossary.write_text(
        "id\ttype\tsource\taccepted\tforbidden\tdiscouraged\n"
        "genai\tterm\tgenerative AI\t生成AI\t\tジェネレーティブAI → 生成AI\n"
        "openai\torganisation\tOpenAI\tOpenAI\tオープンAI → OpenAI\t\n",
        encoding="utf-8",
    )
    doc = tmp_path / "d.jsonl"
    doc.write_text('{"id": "1", "mt": "オープンAIのジェネレーティブAI"}\n', encoding="utf-8")
    code, out, _ = run(capsys, "check", str(doc), "--glossary", str(glossary), "--format", "json")
    assert code == 1
    kinds = {(f["kind"], f["severity"], f["rule"]) for f in json.loads(out)["findings"]}
    assert kinds == {
        ("glossary", "error", "glossary:openai"),
        ("term-preference", "warning", "preference:genai"),
    }
    out_path = tmp_path / "f.jsonl"
    run(capsys, "fix", str(doc), "--glossary", str(glossary), "-o", str(out_path))
    assert (
        json.loads(out_path.read_text(encoding="utf-8"))["revision"] == "OpenAIのジェネレーティブAI"
    )
    args = ["fix", str(doc), "--glossary", str(glossary), "-o", str(out_path)]
    run(capsys, *args, "--include-preferences")
    assert json.loads(out_path.read_text(encoding="utf-8"))["revision"] == "OpenAIの生成AI"
    assert run(capsys, "check", str(out_path), "--glossary", str(glossary))[0] == 0


def test_each_translation_of_different_sources_is_told_on_request(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = tmp_path / "app.jsonl"
    rows = [
        {"id": "a", "source": "Add favorite", "mt": "お気に入りを削除"},
        {"id": "b", "source": "Remove favorite", "mt": "お気に入りを削除"},
    ]
    doc.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    kinds = [f["kind"] for f in findings(capsys, doc)["findings"]]
    assert "shared-translation" not in kinds  # once: not a document that copies
    told = findings(capsys, doc, "--every-shared-translation")["findings"]
    assert [(f["segment"], f["kind"], f["severity"]) for f in told] == [
        ("b", "shared-translation", "info")  # nothing tells which is wrong: the later
    ]
    assert "Add favorite" in told[0]["message"]
    (tmp_path / "review.toml").write_text(
        "[checks.shared-translation]\neverywhere = true\n", encoding="utf-8"
    )
    assert [f["kind"] for f in findings(capsys, doc)["findings"]] == ["shared-translation"]
    skipped = findings(capsys, doc, "--skip", "shared-translation")["findings"]
    assert skipped == []
    (tmp_path / "review.toml").unlink()
    assert run(capsys, "dismiss", str(doc), told[0]["key"])[0] == 0  # told on request only
    again = findings(capsys, doc, "--every-shared-translation")["findings"]
    assert again == []
