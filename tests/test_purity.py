"""The core and the formats never import Textual; the CLI imports it only for the TUI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_core_and_formats_source_never_import_textual() -> None:
    files = [
        *(ROOT / "review" / "core").rglob("*.py"),
        *(ROOT / "review" / "formats").rglob("*.py"),
    ]
    assert files
    offenders = [str(p) for p in files if {"textual", "rich"} & _imports(p)]
    assert offenders == []


def test_headless_commands_load_no_textual() -> None:
    code = (
        "import sys, review.cli, review.core.checks, review.core.scoring, review.core.state;"
        "review.cli.main(['check', sys.argv[1]]);"
        "assert not [m for m in sys.modules if m.startswith('textual')], 'textual imported'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "pairs" / "openai-hires.jsonl")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
