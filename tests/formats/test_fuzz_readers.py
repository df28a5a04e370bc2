"""Every reader, fed arbitrary bytes and structured garbage, gives a document (or glossary) or
one `InputError`: never another exception.

Examples per test: 500 by default, so 1,000 per reader (arbitrary bytes, structured garbage);
REVIEW_FUZZ_EXAMPLES sets another count (the long run uses 10,000).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from review.formats.documents import read_document
from review.formats.errors import InputError
from review.formats.glossaries import read_glossary

EXAMPLES = int(os.environ.get("REVIEW_FUZZ_EXAMPLES", "500"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

DOCUMENTS = ("jsonl", "tsv", "csv", "txt", "xliff", "tmx", "xcstrings")
GLOSSARIES = ("tsv", "csv", "tbx", "yml")


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _read_or_refuse(read: Callable[[Path], object], path: Path, data: bytes) -> None:
    path.write_bytes(data)
    with contextlib.suppress(InputError):
        read(path)


def _document(workdir: Path, fmt: str, data: bytes) -> None:
    _read_or_refuse(read_document, workdir / f"doc.{fmt}", data)


def _glossary(workdir: Path, fmt: str, data: bytes) -> None:
    _read_or_refuse(read_glossary, workdir / f"glossary.{fmt}", data)


# Structured garbage: nearly-valid inputs, where the interesting failures hide.

TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",))
    | st.sampled_from(list("\t\n\r\",<>&;'\x00\ufeff日本語テスト")),
    max_size=40,
)
JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)
JSON_RECORD = st.fixed_dictionaries(
    {},
    optional={
        "id": JSON_VALUE,
        "source": JSON_VALUE,
        "mt": JSON_VALUE,
        "target": JSON_VALUE,
        "revision": JSON_VALUE,
        "status": st.sampled_from(["new", "edited", "approved", "rejected", "?"]) | JSON_VALUE,
        "note": JSON_VALUE,
    },
)


@st.composite
def jsonl_garbage(draw: st.DrawFn) -> bytes:
    lines = draw(
        st.lists(
            JSON_RECORD.map(lambda r: json.dumps(r, ensure_ascii=draw(st.booleans())))
            | JSON_VALUE.map(json.dumps)
            | TEXT,
            max_size=6,
        )
    )
    return "\n".join(lines).encode("utf-8")


@st.composite
def table_garbage(draw: st.DrawFn, separator: str) -> bytes:
    header = draw(
        st.lists(
            st.sampled_from(["id", "source", "mt", "target", "term", "ja", "en", "x", ""]) | TEXT,
            max_size=5,
        )
    )
    rows = draw(st.lists(st.lists(TEXT, max_size=6), max_size=6))
    text = "\n".join(separator.join(row) for row in [header, *rows])
    return text.encode(draw(st.sampled_from(["utf-8", "utf-16", "utf-8-sig"])), "surrogatepass")


CATALOG_NAMES = st.sampled_from(
    [
        "sourceLanguage",
        "strings",
        "localizations",
        "en",
        "ja",
        "ja-JP",
        "stringUnit",
        "state",
        "value",
        "variations",
        "plural",
        "device",
        "one",
        "other",
        "substitutions",
        "shouldTranslate",
    ]
)
CATALOG_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | TEXT,
    lambda inner: (
        st.lists(inner, max_size=2) | st.dictionaries(CATALOG_NAMES | TEXT, inner, max_size=4)
    ),
    max_leaves=16,
)


@st.composite
def catalog_garbage(draw: st.DrawFn) -> bytes:
    """An Xcode string catalog's shape, with anything at any place, cut anywhere or not."""
    text = json.dumps(
        {"sourceLanguage": "en", "strings": draw(CATALOG_VALUE)},
        indent=draw(st.sampled_from([None, 2])),
        ensure_ascii=draw(st.booleans()),
    )
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]
    return text.encode("utf-8")


XML_NAMES = st.sampled_from(
    [
        "xliff",
        "file",
        "body",
        "trans-unit",
        "unit",
        "segment",
        "source",
        "target",
        "tmx",
        "header",
        "tu",
        "tuv",
        "seg",
        "martif",
        "text",
        "termEntry",
        "langSet",
        "tig",
        "term",
        "g",
        "x",
        "bpt",
        "ept",
        "ph",
        "mrk",
        "pc",
        "note",
        "group",
        "bogus",
    ]
)
XML_ATTRS = st.dictionaries(
    st.sampled_from(
        [
            "id",
            "version",
            "xml:lang",
            "srclang",
            "source-language",
            "target-language",
            "srcLang",
            "trgLang",
            "state",
            "type",
            "ctype",
        ]
    ),
    st.sampled_from(["1", "1.2", "2.0", "ja", "en", "ja-JP", "", 'x"y']) | TEXT,
    max_size=3,
)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


XML_TREE = st.recursive(
    TEXT.map(_escape),
    lambda inner: st.tuples(XML_NAMES, XML_ATTRS, st.lists(inner, max_size=4)).map(
        lambda t: "<{0}{1}>{2}</{0}>".format(
            t[0], "".join(f' {k}="{_escape(v)}"' for k, v in t[1].items()), "".join(t[2])
        )
    ),
    max_leaves=20,
)


@st.composite
def xml_garbage(draw: st.DrawFn) -> bytes:
    body = draw(XML_TREE)
    if draw(st.booleans()):  # cut it anywhere
        body = body[: draw(st.integers(0, len(body)))]
    prolog = draw(
        st.sampled_from(
            [
                "",
                '<?xml version="1.0" encoding="UTF-8"?>\n',
                '<?xml version="1.0" encoding="Shift_JIS"?>\n',
            ]
        )
    )
    return (prolog + body).encode("utf-8")


YAML_VALUE = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | TEXT
    | st.sampled_from(["(a+)+$", "[", "\\", "(?<x>y)", "^$", "\\d+"]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                [
                    "version",
                    "rules",
                    "expected",
                    "pattern",
                    "patterns",
                    "prh",
                    "specs",
                    "from",
                    "to",
                    "imports",
                    "options",
                    "wordBoundary",
                    "regexpMustEmpty",
                ]
            )
            | TEXT,
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)


def _yaml(value: object) -> bytes:
    return yaml.safe_dump(value, allow_unicode=True).encode("utf-8")


STRUCTURED = {
    "jsonl": jsonl_garbage(),
    "tsv": table_garbage("\t"),
    "csv": table_garbage(","),
    "txt": TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
    "xliff": xml_garbage(),
    "tmx": xml_garbage(),
    "xcstrings": catalog_garbage(),
    "tbx": xml_garbage(),
    "yml": YAML_VALUE.map(_yaml),
}


@pytest.mark.parametrize("fmt", DOCUMENTS)
@FUZZ
@given(data=st.binary(max_size=2000))
def test_any_bytes_give_a_document_or_an_input_error(workdir: Path, fmt: str, data: bytes) -> None:
    _document(workdir, fmt, data)


@pytest.mark.parametrize("fmt", GLOSSARIES)
@FUZZ
@given(data=st.binary(max_size=2000))
def test_any_bytes_give_a_glossary_or_an_input_error(workdir: Path, fmt: str, data: bytes) -> None:
    _glossary(workdir, fmt, data)


@pytest.mark.parametrize("fmt", DOCUMENTS)
@FUZZ
@given(st.data())
def test_structured_garbage_gives_a_document_or_an_input_error(
    workdir: Path, fmt: str, data: st.DataObject
) -> None:
    _document(workdir, fmt, data.draw(STRUCTURED[fmt]))


@pytest.mark.parametrize("fmt", GLOSSARIES)
@FUZZ
@given(st.data())
def test_structured_garbage_gives_a_glossary_or_an_input_error(
    workdir: Path, fmt: str, data: st.DataObject
) -> None:
    _glossary(workdir, fmt, data.draw(STRUCTURED[fmt]))
