"""Markdown, parsed: only what a reader sees is read, and written back unchanged but for
the fixes; prh's in-text switches are honoured."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from review.cli import main
from review.formats.documents import read_document, render_document
from review.formats.markdown import HIDDEN, MarkdownOptions, parse

VANILLA = Path(__file__).resolve().parent.parent / "data" / "prh" / "vanilla"


def _shown(text: str, options: MarkdownOptions | None = None) -> list[str]:
    rows, _ = parse(text, Path("x.md"), options)
    return [segment.target for _, segment in rows]


def test_prh_vanilla_fixture_gives_prhs_expected_text(tmp_path: Path) -> None:
    for name in ("text.md", "prh.yml"):
        shutil.copy(VANILLA / name, tmp_path / name)
    out = tmp_path / "out.md"
    assert main(["fix", str(tmp_path / "text.md"), "--glossary", str(tmp_path / "prh.yml"),
                 "-o", str(out)]) == 0  # fmt: skip
    assert out.read_bytes() == (VANILLA / "expected.md").read_bytes()


def test_only_what_a_reader_sees_is_read() -> None:
    text = (
        "---\ntitle: web\n---\n"
        "本文のwebと`web`と[webサイト](https://web.example/web)、<b>web</b>、<https://web.org>\n"
        "\n```\nweb code\n```\n\n    indented web\n\n> 引用のweb\n\n"
        "**webの強調**と![web画像](web.png)\n"
    )
    shown = _shown(text)
    readable = "".join(line.replace(HIDDEN, "") for line in shown)
    assert readable.count("web") == 2  # 本文のweb, and the bold one: a reader sees <b>web</b>
    assert shown[3].startswith("本文のwebと" + HIDDEN * len("`web`"))
    assert all(len(a) == len(b) for a, b in zip(shown, text.splitlines(), strict=True))


def test_the_options_of_textlint_rule_prh() -> None:
    text = "# 見出しのweb\n\n[リンクのweb](https://x)と**強調のweb**\n\n> 引用のweb\n"
    everything = MarkdownOptions(
        check_link=True, check_block_quote=True, check_emphasis=True, check_header=True
    )
    assert sum(line.count("web") for line in _shown(text, everything)) == 4
    assert sum(line.count("web") for line in _shown(text)) == 1  # the heading only
    no_headings = MarkdownOptions(check_header=False)
    assert sum(line.count("web") for line in _shown(text, no_headings)) == 0


def test_prh_switches_per_paragraph() -> None:
    text = "<!-- prh:disable -->\nwebとweb\n\nwebのweb\n<!-- prh:disable:の -->\n"
    shown = _shown(text)
    assert HIDDEN * len("webとweb") == shown[1]
    assert shown[3] == "web" + HIDDEN + "web"


_PIECES = [
    "web", "ウェブ", "`code`", "[a](http://b)", "**強**", "\n", "\n\n", "> ", "# ", "<i>x</i>",
    "```\nweb\n```\n", "　", "\r\n", "![i](p.png)", "<!-- prh:disable -->\n", "\\*",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=20).map("".join))
def test_written_back_byte_for_byte_when_nothing_is_fixed(text: str) -> None:
    if not text.strip():
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.md"
        path.write_bytes(text.encode("utf-8"))
        document = read_document(path)
    assert render_document(document, "markdown") == text.encode("utf-8")


def test_check_and_fix_from_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text("webの説明と`web`。\n", encoding="utf-8")
    glossary = VANILLA / "prh.yml"
    assert main(["check", str(doc), "--glossary", str(glossary), "--format", "compact"]) == 1
    assert capsys.readouterr().out.startswith(f"{doc}:1:1: error glossary: “web” → “Web”")
    assert main(["fix", str(doc), "--glossary", str(glossary), "--in-place"]) == 0
    assert doc.read_text(encoding="utf-8") == "Webの説明と`web`。\n"


def test_review_toml_sets_the_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text("[webの説明](https://x)と**webの強調**\n", encoding="utf-8")
    glossary = ["--glossary", str(VANILLA / "prh.yml"), "--format", "compact"]
    assert main(["check", str(doc), *glossary]) == 0  # link text and emphasis: not read
    capsys.readouterr()
    (tmp_path / "review.toml").write_text("[markdown]\ncheckLink = true\ncheckEmphasis = true\n")
    assert main(["check", str(doc), *glossary]) == 1
    assert capsys.readouterr().out.count("“web” → “Web”") == 2
    (tmp_path / "review.toml").write_text("[markdown]\ncheckLink = 1\n")
    assert main(["check", str(doc), *glossary]) == 2
    assert "review.toml:1: [markdown]: checkLink must be true or false" in capsys.readouterr().err


def test_exported_in_another_format_with_its_hidden_text(tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text("webと`code`\n\n```\nx\n```\n", encoding="utf-8")
    document = read_document(doc)
    assert HIDDEN in document.segments[0].target
    text = render_document(document, "txt").decode("utf-8")
    assert text == "webと`code`\n\n```\nx\n```\n"
    fixed = document.segments[0].revised(document.segments[0].target.replace("web", "Web"))
    document.segments[0] = fixed
    assert render_document(document, "jsonl").decode("utf-8").count("Webと`code`") == 1
