"""`review serve` in headless Chromium (benchmarks/serve_browser.py): the page starts the
review, `n` moves it to the next finding. Skipped where Chromium is not installed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent.parent / "benchmarks" / "serve_browser.py"


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_the_review_in_a_browser_answers_a_key(tmp_path: Path) -> None:
    shot = tmp_path / "serve.png"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(shot)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")
