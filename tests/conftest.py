from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_PAIRS = ROOT / "pairs" / "openai-hires.jsonl"
NAMES_GLOSSARY = ROOT / "glossary" / "names.tsv"
SEED_TEXT = ROOT.parent / "shared" / "seeds" / "000_7d3b3e4488a9dca3.txt"


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """The shipped example copied into tmp_path, so no state or output lands in the repo."""
    target = tmp_path / SEED_PAIRS.name
    shutil.copy(SEED_PAIRS, target)
    return target
