from __future__ import annotations

from pathlib import Path

import pytest

from review.core.glossary import EntryType, Variant
from review.formats.errors import InputError
from review.formats.glossaries import read_glossary, write_glossary
from tests.conftest import NAMES_GLOSSARY

HEADER = "id\ttype\tsource\taccepted\tforbidden\tignore_case\tnote\n"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_glossary_covers_the_seed_names() -> None:
    glossary = read_glossary(NAMES_GLOSSARY)
    by_id = {e.id: e for e in glossary.entries}
    assert by_id["ruddaraju"].accepted == ("ウダイ・ルッダラジュ", "ルッダラジュ")
    assert Variant("ルダラジュ", "ルッダラジュ") in by_id["ruddaraju"].variants
    assert Variant("オープンAI", "OpenAI") in by_id["openai"].variants
    assert Variant("スターゲート", "Stargate") in by_id["stargate"].variants
    assert by_id["ruddaraju"].type is EntryType.PERSON
    assert all(e.source and e.note is not None for e in glossary.entries)


def test_variant_without_arrow_takes_the_closest_accepted_form(tmp_path: Path) -> None:
    path = write(
        tmp_path / "g.tsv",
        HEADER + "r\tperson\t\tウダイ・ルッダラジュ | ルッダラジュ\tルダラジュ\t\t\n",
    )
    [entry] = read_glossary(path).entries
    assert entry.variants == (Variant("ルダラジュ", "ルッダラジュ"),)


def test_only_accepted_is_required_and_csv_works(tmp_path: Path) -> None:
    path = write(tmp_path / "g.csv", "accepted,forbidden\nサーバー,サーバ => サーバー\n")
    [entry] = read_glossary(path).entries
    assert (entry.id, entry.type, entry.variants) == (
        "サーバー",
        EntryType.OTHER,
        (Variant("サーバ", "サーバー"),),
    )


def test_round_trip(tmp_path: Path) -> None:
    original = read_glossary(NAMES_GLOSSARY)
    for name in ("copy.tsv", "copy.csv"):
        write_glossary(original, tmp_path / name)
        again = read_glossary(tmp_path / name)
        assert [
            (e.id, e.type, e.source, e.accepted, e.variants, e.ignore_case, e.note)
            for e in again.entries
        ] == [
            (e.id, e.type, e.source, e.accepted, e.variants, e.ignore_case, e.note)
            for e in original.entries
        ]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            "a\tterm\t\tサーバー\tサーバー → サーバー\t\t\n",
            "g.tsv:3: entry “a”: forbidden variant “サーバー” equals one of its accepted forms",
        ),
        ("a\tthing\t\tサーバー\t\t\t\n", "g.tsv:3: unknown type “thing”"),
        ("a\tterm\t\t\t\t\t\n", "g.tsv:3: no accepted form"),
        ("a\tterm\t\tA\t\tmaybe\t\n", "g.tsv:3: ignore_case must be yes or no"),
        ("a\tterm\t\tA\tB → C → D\t\t\n", "g.tsv:3: forbidden variant “B → C → D” should read"),
        ("a\tterm\t\tA\t\t\t\na\tterm\t\tB\t\t\t\n", "g.tsv:4: duplicate entry id “a”"),
    ],
)
def test_bad_glossaries_name_file_and_line(tmp_path: Path, rows: str, expected: str) -> None:
    path = write(tmp_path / "g.tsv", "# comment\n" + HEADER + rows)
    with pytest.raises(InputError) as caught:
        read_glossary(path)
    assert str(caught.value).endswith(expected) or expected in str(caught.value)


def test_unsupported_extension(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unsupported glossary format"):
        read_glossary(write(tmp_path / "g.xml", "x"))


def test_other_columns_are_not_read_and_said_so(tmp_path: Path) -> None:
    path = write(
        tmp_path / "g.csv",
        "accepted,forbidden,Client,備考2\nサーバー,サーバ,ACME,checked\n",
    )
    glossary = read_glossary(path)
    assert [e.accepted for e in glossary.entries] == [("サーバー",)]
    assert glossary.notices == ["columns not read: client, 備考2"]


@pytest.mark.parametrize("name", ["forbiden", "Acepted", "notes", "discuraged"])
def test_a_misspelled_column_is_refused_not_left_unread(tmp_path: Path, name: str) -> None:
    """A CI job must not pass because a typo in the header left every forbidden form unread."""
    path = write(tmp_path / "g.tsv", f"accepted\t{name}\nサーバー\tサーバ\n")
    with pytest.raises(InputError, match=f"unknown column “{name.lower()}”: did you mean"):
        read_glossary(path)


def test_a_column_of_its_own_named_after_one_of_ours_is_read_aside(tmp_path: Path) -> None:
    path = write(tmp_path / "g.tsv", "accepted\tforbidden\tsource2\tsource_en\nA\tB\tx\ty\n")
    assert read_glossary(path).notices == ["columns not read: source2, source_en"]


def test_a_line_break_in_a_cell_separates_forms_and_a_listed_form_is_told(tmp_path: Path) -> None:
    path = write(
        tmp_path / "g.csv",
        'accepted,forbidden\nサーバー,"サーバ\nサーバ－"\nメモリー,"メモリ、メモリ－"\n',
    )
    glossary = read_glossary(path)
    assert [v.form for v in glossary.entries[0].variants] == ["サーバ", "サーバ－"]
    assert glossary.notices == [
        "line 4: “メモリ、メモリ－” is one form with “、” in it; "
        "separate forms with | or a line break in the cell"
    ]
