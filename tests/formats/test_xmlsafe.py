"""Every XML reader refuses entity expansion and external entities, quickly and clearly."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from review.cli import main
from review.formats.documents import read_document
from review.formats.errors import InputError
from review.formats.glossaries import read_glossary
from review.formats.xmlsafe import parse_xml

ATTACKS = Path(__file__).resolve().parent.parent / "data" / "attacks"
REFUSED = "refused: the file declares or uses XML entities"


@pytest.mark.parametrize(
    ("name", "detail"),
    [
        ("billion-laughs.xlf", ""),
        ("xxe.xlf", "the DOCTYPE declares “xxe”"),
        ("xxe-parameter.tbx", "the DOCTYPE declares “remote”"),
        ("external-dtd.tmx", "reference &secret;"),
    ],
)
def test_attacks_are_refused_within_a_second(name: str, detail: str) -> None:
    path = ATTACKS / name
    read = read_glossary if name.endswith(".tbx") else read_document
    started = time.perf_counter()
    with pytest.raises(InputError) as caught:
        read(path)
    assert time.perf_counter() - started < 1.0
    message = str(caught.value)
    assert message.startswith(f"{path}:") and REFUSED in message and detail in message
    assert "root:" not in message  # nothing of /etc/passwd leaks into the message


def test_a_large_entity_bomb_is_refused_within_a_second() -> None:
    entity = "A" * 200_000
    data = (
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "{entity}">]><x>' + "&a;" * 50_000 + "</x>"
    ).encode()
    started = time.perf_counter()
    with pytest.raises(InputError, match=REFUSED):
        parse_xml(data, Path("bomb.xml"))
    assert time.perf_counter() - started < 1.0


def test_a_doctype_that_only_names_a_dtd_is_fine_and_not_fetched() -> None:
    tree = parse_xml(
        b'<!DOCTYPE tmx SYSTEM "http://127.0.0.1:9/tmx14.dtd"><tmx version="1.4"/>', Path("t")
    )
    assert tree.getroot().get("version") == "1.4"


def test_the_cli_says_one_line_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(ATTACKS / "billion-laughs.xlf")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and REFUSED in err
    code = main(
        ["check", "pairs/openai-hires.jsonl", "--glossary", str(ATTACKS / "xxe-parameter.tbx")]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and REFUSED in err
