from __future__ import annotations

from pathlib import Path

import pytest

from review.formats.config import CONFIG_NAME, config_for, find_config, load_config
from review.formats.errors import InputError


def test_the_nearest_config_above_the_document_applies(tmp_path: Path) -> None:
    (tmp_path / CONFIG_NAME).write_text("[mqm]\nthreshold = 90\n", encoding="utf-8")
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    doc = nested / "doc.jsonl"
    assert find_config(doc) == tmp_path / CONFIG_NAME
    (nested / CONFIG_NAME).write_text("[mqm]\nthreshold = 95\n", encoding="utf-8")
    assert config_for(doc).table("mqm") == {"threshold": 95}
    assert config_for(doc, tmp_path / CONFIG_NAME).table("mqm") == {"threshold": 90}


def test_no_config_is_an_empty_one(tmp_path: Path) -> None:
    config = load_config(None)
    assert config.table("checks.number") == {}
    assert config.line_of("checks") is None


def test_bad_toml_names_the_file_and_the_line(tmp_path: Path) -> None:
    path = tmp_path / CONFIG_NAME
    path.write_text("[checks]\n\n[checks.number\nenabled = false\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_config(path)
    assert str(caught.value).startswith(f"{path}:3: not valid TOML")


def test_an_unknown_key_or_a_non_table_is_refused_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / CONFIG_NAME
    path.write_text('title = "x"\n\n[checks.number]\nenabeld = false\n', encoding="utf-8")
    config = load_config(path)
    with pytest.raises(InputError, match=r":4: \[checks.number\]: unknown key “enabeld”"):
        config.table("checks.number", allowed=frozenset({"enabled", "severity"}))
    with pytest.raises(InputError, match="`title` must be a table"):
        config.table("title")
