from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from review.core.glossary import Entry, EntryType, Glossary, Variant
from review.core.model import Segment
from review.formats.errors import InputError
from review.formats.glossaries import read_glossary, write_glossary
from tests.conftest import NAMES_GLOSSARY

DATA = Path(__file__).resolve().parent.parent / "data" / "tbx"


def fields(glossary: Glossary) -> list[tuple[object, ...]]:
    return [
        (e.id, e.type, e.source, e.accepted, e.variants, e.discouraged, e.ignore_case, e.note)
        for e in glossary.entries
    ]


def test_tbx_basic_v2_statuses_become_accepted_forms_and_variants() -> None:
    glossary = read_glossary(DATA / "names-v2.tbx")
    openai, ruddaraju, stargate = glossary.entries
    assert openai.accepted == ("OpenAI",)
    assert openai.variants == (
        Variant("オープンAI", "OpenAI"),  # deprecated
        Variant("オープンエーアイ", "OpenAI"),  # superseded, in an ntig
    )
    assert (openai.type, openai.source) == (EntryType.ORGANISATION, ("OpenAI",))
    assert openai.note == "AI company; always Latin letters."
    assert ruddaraju.accepted == ("ウダイ・ルッダラジュ", "ルッダラジュ")  # preferred first
    assert ruddaraju.variants == (Variant("ルダラジュ", "ルッダラジュ"),)  # crossReference
    assert ruddaraju.source == ("Uday Ruddaraju", "Ruddaraju")
    # not recommended: admitted but not preferred, a term-preference warning
    assert stargate.variants == ()
    assert stargate.discouraged == (Variant("スターゲート", "Stargate"),)
    assert stargate.type is EntryType.TERM
    segment = Segment("1", "オープンAI のスターゲートとルダラジュ")
    assert glossary.fix(segment).target == "OpenAIのスターゲートとルッダラジュ"
    fixed = glossary.fix(segment, preferences=True)
    assert fixed.target == "OpenAIのStargateとルッダラジュ"


@pytest.mark.parametrize("name", ["names-v3-dca.tbx", "names-v3-dct.tbx"])
def test_tbx_v3_in_both_styles(name: str) -> None:
    [entry] = read_glossary(DATA / name).entries
    assert len(entry.accepted) == 1 and len(entry.variants) == 1
    assert entry.variants[0].replacement == entry.accepted[0]


def test_the_names_glossary_round_trips_through_tbx(tmp_path: Path) -> None:
    names = read_glossary(NAMES_GLOSSARY)
    write_glossary(names, tmp_path / "names.tbx")
    assert fields(read_glossary(tmp_path / "names.tbx")) == fields(names)
    text = (tmp_path / "names.tbx").read_text(encoding="utf-8")
    assert "deprecatedTerm-admn-sts" in text and 'type="crossReference"' in text


FORM = st.text("アイウエオカキクケコabcXYZ・ー", min_size=1, max_size=6).filter(
    lambda s: s.strip() == s and s
)


@st.composite
def entries(draw: st.DrawFn) -> list[Entry]:
    count = draw(st.integers(1, 4))
    forms = draw(st.lists(FORM, min_size=count * 4, max_size=count * 4, unique=True))
    result = []
    for i in range(count):
        accepted = tuple(forms[i * 4 : i * 4 + draw(st.integers(1, 2))])
        variant, discouraged = forms[i * 4 + 2], forms[i * 4 + 3]
        result.append(
            Entry(
                id=f"e{i}",
                accepted=accepted,
                source=tuple(draw(st.lists(st.sampled_from(["src", "Source 2"]), unique=True))),
                variants=(Variant(variant, draw(st.sampled_from(accepted))),),
                discouraged=(Variant(discouraged, draw(st.sampled_from(accepted))),)
                if draw(st.booleans())
                else (),
                type=draw(st.sampled_from(list(EntryType))),
                ignore_case=draw(st.booleans()),
                note=draw(st.text("注記 note", max_size=8).map(str.strip)),
            )
        )
    return result


@settings(max_examples=80, deadline=None)
@given(entries())
def test_any_glossary_round_trips_through_tbx(
    tmp_path_factory: pytest.TempPathFactory, drawn: list[Entry]
) -> None:
    try:
        glossary = Glossary(drawn, name="g")
    except ValueError:
        return  # an ambiguous draw (a variant inside another entry's forms)
    path = tmp_path_factory.mktemp("tbx") / "g.tbx"
    write_glossary(glossary, path)
    assert fields(read_glossary(path)) == fields(glossary)


@pytest.mark.parametrize(("content", "expected"), [("<tmx/>", "not a TBX file")])
def test_bad_tbx(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "g.tbx"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=expected):
        read_glossary(path)


def test_concepts_without_japanese_are_skipped_and_every_status_is_read(tmp_path: Path) -> None:
    def concept(terms: str) -> str:
        return f"<termEntry>\n<langSet xml:lang='ja'>{terms}</langSet></termEntry>"

    def term(text: str, status: str) -> str:
        note = f"<termNote type='administrativeStatus'>{status}</termNote>" if status else ""
        return f"<tig><term>{text}</term>{note}</tig>"

    body = [
        "<termEntry><langSet xml:lang='en'><tig><term>a</term></tig></langSet></termEntry>",
        concept(term("ユーザー", "preferred") + term("ユーザ", "forbidden")),
        concept(term("サーバー", "admittedTerm-admn-sts") + term("サーバ", "obsolete")),
        concept(term("ログイン", "weird") + term("ログオン", "notRecommendedTerm-admn-sts")),
        concept(term("設定", "") + term("セッティング", "supersededTerm-admn-sts")),
        concept(term("削除", "deprecatedTerm-admn-sts")),  # nothing accepted: skipped
    ]
    path = tmp_path / "g.tbx"
    path.write_text(f"<martif><text><body>{''.join(body)}</body></text></martif>", "utf-8")
    glossary = read_glossary(path)
    assert [(e.accepted, [v.form for v in e.variants]) for e in glossary.entries] == [
        (("ユーザー",), ["ユーザ"]),
        (("サーバー",), ["サーバ"]),
        (("ログイン",), []),
        (("設定",), ["セッティング"]),
    ]
    assert [v.form for v in glossary.entries[2].discouraged] == ["ログオン"]
    assert glossary.notices == [
        "2 of 6 concepts have no accepted Japanese term and were skipped (the first on line 1)"
    ]


def test_a_usage_status_from_a_termbase_export_is_read_as_a_status(tmp_path: Path) -> None:
    path = tmp_path / "usage.tbx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><martif type="TBX" xml:lang="en"><text><body>'
        '<termEntry id="c"><langSet xml:lang="ja">'
        '<tig><term>コンピューター</term><termNote type="usageStatus">preferred</termNote></tig>'
        '<tig><term>コンピュータ</term><termNote type="usageStatus">forbidden</termNote></tig>'
        "</langSet></termEntry></body></text></martif>",
        encoding="utf-8",
    )
    [entry] = read_glossary(path).entries
    assert entry.accepted == ("コンピューター",)
    assert entry.variants == (Variant("コンピュータ", "コンピューター"),)
