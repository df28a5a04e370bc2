"""open_review: the one place that opens a review, for the CLI, the TUI and the tests."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from review.core import places
from review.core.model import Status
from review.core.state import ReviewState, lock_path, state_path
from review.core.workspace import Request, Switches, open_review
from review.formats.errors import InputError
from review.formats.glossaries import NO_GLOSSARY
from tests.conftest import NAMES_GLOSSARY


def test_the_example_finds_its_own_glossary_through_its_config(seed_copy: Path) -> None:
    workspace = open_review(Request(seed_copy))
    assert workspace.glossary_path == seed_copy.parent.parent / "glossary" / "names.tsv"
    assert workspace.glossary is not None and workspace.glossary_note is None


def test_a_document_without_a_glossary_is_checked_without_one_and_says_so(
    tmp_path: Path, seed_copy: Path
) -> None:
    alone = Path(shutil.copy(seed_copy, tmp_path / "alone.jsonl"))
    workspace = open_review(Request(alone))
    assert workspace.glossary is None and workspace.glossary_path is None
    assert workspace.glossary_note == NO_GLOSSARY
    assert NO_GLOSSARY in workspace.notices
    assert workspace.options.variants  # discovery still runs


def test_the_glossary_given_then_beside_then_config(tmp_path: Path, seed_copy: Path) -> None:
    given = Path(shutil.copy(NAMES_GLOSSARY, tmp_path / "given.tsv"))
    assert open_review(Request(seed_copy, glossary=given)).glossary_path == given
    beside = Path(shutil.copy(NAMES_GLOSSARY, seed_copy.with_name("openai-hires.glossary.tsv")))
    assert open_review(Request(seed_copy)).glossary_path == beside
    assert open_review(Request(seed_copy, glossary=given)).glossary_path == given
    none = open_review(Request(seed_copy, no_glossary=True))
    assert none.glossary is None and none.glossary_note is None


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('glossary = "missing.tsv"', "`glossary`: no such file"),
        ("glossary = 3", "`glossary` must be a file name"),
        ('glosary = "../glossary/names.tsv"', "unknown key “glosary”"),
        ("[chekcs.number]", "unknown key “chekcs”"),
    ],
)
def test_a_bad_glossary_in_the_config_names_the_file_and_line(
    seed_copy: Path, line: str, message: str
) -> None:
    config = seed_copy.parent / "review.toml"
    config.write_text(f"# the project\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        open_review(Request(seed_copy), for_review=True)
    assert str(caught.value).startswith(f"{config}:2: {message}")
    assert not state_path(seed_copy).exists(), "bad input leaves nothing behind"


def test_the_config_given_sets_the_mqm_settings_and_the_checks(
    tmp_path: Path, seed_copy: Path
) -> None:
    config = tmp_path / "strict.toml"
    config.write_text(
        '[mqm]\nthreshold = 95.5\nunit = "characters"\n\n[checks.quotes]\nenabled = false\n',
        encoding="utf-8",
    )
    workspace = open_review(Request(seed_copy, config=config))
    assert workspace.mqm.threshold == 95.5 and workspace.mqm.unit == "characters"
    assert "quotes" in workspace.options.off
    assert workspace.glossary is None, "the config given replaces the one beside"


def test_switches_only_switch_off(seed_copy: Path) -> None:
    request = Request(seed_copy, switches=Switches(no_qa=True, no_variants=True))
    options = open_review(request).options
    assert not options.variants and not options.quotes and options.key_terms


def test_for_review_holds_the_state_and_lays_it_over_the_document_once(
    seed_copy: Path,
) -> None:
    with ReviewState.open(seed_copy) as state:
        segment = open_review(Request(seed_copy)).document.segments[3]
        state.save(segment, replace(segment, revision="直した", status=Status.EDITED))
    with open_review(Request(seed_copy), for_review=True) as workspace:
        assert workspace.state is not None and workspace.state.read_only is None
        assert workspace.document.segments[3].revision == "直した"
        assert workspace.document.segments[3].status is Status.EDITED
        with open_review(Request(seed_copy), for_review=True) as second:
            assert second.state is not None and second.state.read_only is not None
            assert second.notices[0].startswith("Opened read-only:")
    assert lock_path(seed_copy).parent == seed_copy.parent


def test_a_second_review_by_a_relative_path_is_read_only_and_names_the_holder(
    seed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(seed_copy.parent)
    relative = Path(seed_copy.name)
    first = open_review(Request(relative), for_review=True)
    with first, open_review(Request(relative), for_review=True) as second:
        assert second.state is not None and second.state.read_only is not None
        assert f"(pid {os.getpid()})" in second.state.read_only


def test_a_plain_text_remembers_its_source_and_reference(tmp_path: Path) -> None:
    mt, source, reference = (tmp_path / name for name in ("mt.txt", "en.txt", "ref.txt"))
    mt.write_text("オープンAIの発表\n", encoding="utf-8")
    source.write_text("OpenAI's announcement\n", encoding="utf-8")
    reference.write_text("OpenAIの発表\n", encoding="utf-8")
    request = Request(mt, source=source, reference=reference)
    with open_review(request, for_review=True):
        pass
    again = open_review(Request(mt)).document.segments[0]
    assert again.source == "OpenAI's announcement" and again.reference == "OpenAIの発表"
    other = tmp_path / "other-ref.txt"
    other.write_text("別の参照\n", encoding="utf-8")
    one = open_review(Request(mt, reference=other)).document.segments[0]
    assert one.source == "OpenAI's announcement" and one.reference == "別の参照"
    source.unlink()
    with pytest.raises(InputError, match="the source this review was opened with is gone"):
        open_review(Request(mt))


def test_the_installed_example_keeps_its_state_in_the_user_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REVIEW_DATA_DIR", str(tmp_path / "data"))
    package = tmp_path / "site-packages" / "review"
    (package / "example" / "pairs").mkdir(parents=True)
    (package / "example" / "glossary").mkdir(parents=True)
    shutil.copy(NAMES_GLOSSARY, package / "example" / "glossary" / "names.tsv")
    from tests.conftest import EXAMPLE_CONFIG, SEED_PAIRS

    shutil.copy(EXAMPLE_CONFIG, package / "example" / "pairs" / "review.toml")
    shutil.copy(SEED_PAIRS, package / "example" / "pairs" / SEED_PAIRS.name)
    monkeypatch.setattr(places, "package_root", lambda: package)
    example = places.example()
    assert example == package / "example" / "pairs" / SEED_PAIRS.name
    assert places.shipped_glossary() == package / "example" / "glossary" / "names.tsv"
    data = places.data_dir()
    assert state_path(example) == data / "example" / f"{SEED_PAIRS.name}.review.sqlite"
    package.chmod(0o555)
    try:
        with open_review(Request(example), for_review=True) as workspace:
            assert workspace.glossary is not None
        assert state_path(example).is_file() and lock_path(example).parent == data / "example"
        saved = data / "example" / "openai-hires.glossary.tsv"  # where the TUI saves additions
        shutil.copy(NAMES_GLOSSARY, saved)
        assert open_review(Request(example)).glossary_path == saved
        with open_review(Request(example), for_review=True) as workspace:
            segment = workspace.document.segments[10]
            assert workspace.state is not None
            workspace.state.save(segment, segment.revised("ルッダラジュとダルトン"))
            assert not any("saved review" in n for n in workspace.notices), "the TUI shows it"
        # a command reads the edit from a state out of sight, and says where
        [told] = [n for n in open_review(Request(example)).notices if "saved review" in n]
        assert str(state_path(example)) in told and "revises 1 segment" in told
        assert sorted(p.name for p in (package / "example" / "pairs").iterdir()) == [
            SEED_PAIRS.name,
            "review.toml",
        ]
    finally:
        package.chmod(0o755)
