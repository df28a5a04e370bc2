"""review.toml's [checks.KIND] tables: enabled and severity, applied in one place."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from review.core.check_config import FINDING_KINDS, configure
from review.core.checks import ALL_QA, split_dismissed
from review.core.engine import check_document
from review.core.model import Dismissal, Document, Finding, Segment, Severity
from review.formats.config import CONFIG_NAME, load_config
from review.formats.documents import read_document
from review.formats.errors import InputError
from review.formats.glossaries import read_glossary
from tests.conftest import NAMES_GLOSSARY, SEED_PAIRS


def configured(tmp_path: Path, text: str) -> list[Finding]:
    path = tmp_path / CONFIG_NAME
    path.write_text(text, encoding="utf-8")
    options = configure(load_config(path), ALL_QA)
    return check_document(read_document(SEED_PAIRS), read_glossary(NAMES_GLOSSARY), options)


def test_no_config_changes_nothing(tmp_path: Path) -> None:
    plain = check_document(read_document(SEED_PAIRS), read_glossary(NAMES_GLOSSARY), ALL_QA)
    assert configured(tmp_path, "") == plain


def test_a_kind_switched_off_is_gone_and_a_severity_is_applied(tmp_path: Path) -> None:
    found = configured(
        tmp_path,
        '[checks.quotes]\nenabled = false\n\n[checks.sentence-shape]\nseverity = "error"\n',
    )
    assert not [f for f in found if f.kind == "quotes"]
    shape = [f for f in found if f.kind == "sentence-shape"]
    assert shape and all(f.severity is Severity.ERROR for f in shape)


def test_spacing_off_keeps_repetition(tmp_path: Path) -> None:
    options = configure(_config(tmp_path, "[checks.spacing]\nenabled = false\n"), ALL_QA)
    assert options.spacing  # the switch also gives repetition findings
    assert "spacing" in options.off and "repetition" not in options.off
    both = "[checks.spacing]\nenabled = false\n[checks.repetition]\nenabled = false\n"
    assert not configure(_config(tmp_path, both), ALL_QA).spacing


_SHARED = [  # one translation given to another source once: told only on request
    Segment("a", "会社を去った。", source="He left the firm."),
    Segment("b", "会社を去った。", source="He quit the company."),
    Segment("c", "保存", source="Save"),
    Segment("d", "セーブ", source="Save"),
]
_EVERYWHERE = "[checks.shared-translation]\neverywhere = true\n"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("", ["inconsistency"]),
        (_EVERYWHERE, ["shared-translation", "inconsistency"]),
        (_EVERYWHERE + "[checks.inconsistency]\nenabled = false\n", ["shared-translation"]),
        (_EVERYWHERE + "enabled = false\n", ["inconsistency"]),
        ("[checks.inconsistency]\nenabled = false\n", []),
    ],
)
def test_each_shared_translation_is_told_where_the_config_asks(
    tmp_path: Path, text: str, kinds: list[str]
) -> None:
    options = configure(_config(tmp_path, text), ALL_QA)
    found = check_document(Document(list(_SHARED)), None, options)
    assert [f.kind for f in found] == kinds


def test_everywhere_is_for_shared_translations_only(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"review.toml:2: .*unknown key “everywhere”"):
        configure(_config(tmp_path, "[checks.number]\neverywhere = true\n"), ALL_QA)
    with pytest.raises(InputError, match="everywhere must be true or false"):
        configure(_config(tmp_path, '[checks.shared-translation]\neverywhere = "yes"\n'), ALL_QA)


def test_glossary_findings_can_be_demoted(tmp_path: Path) -> None:
    found = configured(tmp_path, '[checks.glossary]\nseverity = "warning"\n')
    assert not [f for f in found if f.severity is Severity.ERROR]


def _config(tmp_path: Path, text: str) -> object:
    path = tmp_path / CONFIG_NAME
    path.write_text(text, encoding="utf-8")
    return load_config(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[checks.numbers]\nenabled = false\n", r":1: \[checks\]: unknown check kind “numbers”"),
        # the value's own line, and its value in the house's quotes
        ("\n[checks.number]\nenabled = 'no'\n", r":3: \[checks.number\]: enabled must be true"),
        ('[checks.quotes]\n# why\nseverity = "fatal"\n', r":3: \[checks.quotes\]: .*not “fatal”$"),
        ("[checks.quotes]\nlevel = 1\n", r":2: \[checks.quotes\]: unknown key “level”"),
        ("[checks]\nquotes = 1\n", r":1: .*unknown check kind|must be a table"),
    ],
)
def test_bad_values_name_the_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / CONFIG_NAME
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        configure(load_config(path), ALL_QA)


def test_every_kind_the_seed_gives_can_be_configured() -> None:
    found = check_document(read_document(SEED_PAIRS), read_glossary(NAMES_GLOSSARY), ALL_QA)
    assert {f.kind for f in found} <= set(FINDING_KINDS)


FINDINGS = st.builds(
    Finding,
    segment=st.sampled_from(["s1", "s2"]),
    kind=st.sampled_from(["glossary", "quotes"]),
    severity=st.sampled_from(list(Severity)),
    start=st.integers(0, 5),
    end=st.integers(5, 9),
    text=st.sampled_from(["a", "b", ""]),
    suggestion=st.none(),
    message=st.just("m"),
    rule=st.sampled_from(["glossary:x", "qa:quotes"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(FINDINGS, max_size=8), st.lists(FINDINGS, max_size=4))
def test_a_dismissal_hides_exactly_the_findings_it_covers(
    findings: list[Finding], dismissed_from: list[Finding]
) -> None:
    dismissals = [Dismissal.of(f, "fp") for f in dismissed_from]
    shown, hidden = split_dismissed(findings, dismissals)
    assert Counter(shown + hidden) == Counter(findings)
    for finding in hidden:
        assert any(d.covers(finding) for d in dismissals)
    for finding in shown:
        assert not any(d.covers(finding) for d in dismissals)
    assert all(f.key == d.key for f in hidden for d in dismissals if d.covers(f))
