"""The core and the formats never import Textual (import-linter contracts in pyproject.toml);
the CLI imports it only for the TUI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_import_contracts_hold() -> None:
    """The layers and the UI-free core, as import-linter contracts in pyproject.toml."""
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports; "
         "sys.exit(lint_imports(no_cache=True, no_logo=True))"],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_headless_commands_load_no_textual(seed_copy: Path) -> None:
    code = (
        "import sys, review.cli, review.core.checks, review.core.scoring, review.core.state;"
        "review.cli.main(['check', sys.argv[1]]);"
        "assert not [m for m in sys.modules if m.startswith('textual')], 'textual imported'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(seed_copy)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
