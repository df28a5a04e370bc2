"""Writing an edited XML tree back into its file: only what changed is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree

from review.formats.xmlsafe import parse_xml
from review.formats.xmlsplice import Tracked

PATH = Path("t.xml")
FILE = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\r\n"
    "<!-- before the root -->\r\n"
    '<root xmlns="urn:x" a=\'1\' b="2">\r\n'
    "  <item id='1'><![CDATA[a < b & c]]></item>\r\n"
    "  <!-- a comment -->\r\n"
    "  <item id='2'>it&apos;s <b>bold</b> text</item>\r\n"
    "  <item id='3'/>\r\n"
    "  <?pi data?>\r\n"
    "</root>\r\n"
)
WORDS = st.text("abcあい<&>\"' \n", max_size=6)


def _tracked(data: bytes) -> Tracked:
    return Tracked(data, parse_xml(data, PATH).getroot(), PATH)


def test_nothing_changed_is_the_same_bytes() -> None:
    data = FILE.encode("utf-8")
    assert _tracked(data).write() == data


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["text", "tail", "attr", "add", "remove"]), st.integers(0, 5), WORDS
        ),
        max_size=4,
    ),
    st.sampled_from(["utf-8", "utf-16", "shift_jis"]),
)
@example([("text", 1, ""), ("attr", 1, "")], "utf-8")  # <x>…</x> becomes <x c=""/>
def test_edits_come_out_as_the_tree_says_and_the_rest_as_it_was(
    edits: list[tuple[str, int, str]], encoding: str
) -> None:
    text = FILE.replace("encoding='UTF-8'", f"encoding='{encoding}'")
    data = text.encode(encoding)
    tracked = _tracked(data)
    root = tracked.root
    items = [e for e in root.iter() if isinstance(e.tag, str)]
    for what, index, word in edits:
        element = items[index % len(items)]
        if what == "text":
            element.text = word
        elif what == "tail" and element is not root:
            element.tail = word
        elif what == "attr":
            element.set("c", word)
        elif what == "add":
            etree.SubElement(element, "{urn:x}new").text = word
        elif what == "remove" and element.getparent() is not None:
            element.getparent().remove(element)
            items = [e for e in root.iter() if isinstance(e.tag, str)]
    out = tracked.write()
    again = parse_xml(out, PATH).getroot()
    assert etree.tostring(again) == etree.tostring(root)
    # never the fallback (the whole file written afresh): the declaration stays
    assert out.startswith(text.split("<root")[0].encode(encoding))


def test_an_edit_writes_that_node_alone() -> None:
    data = FILE.encode("utf-8")
    tracked = _tracked(data)
    last = tracked.root.findall("{urn:x}item")[2]
    last.text = "new & <3"
    last.set("state", "x")
    expected = FILE.replace("<item id='3'/>", "<item id='3' state='x'>new &amp; &lt;3</item>")
    assert tracked.write() == expected.encode("utf-8")  # CDATA, &apos;, quotes, CRLF kept


@pytest.mark.parametrize(
    ("tag", "change", "written"),
    [
        ("<t a='1'  b=\"2\">x</t>", {"b": "3"}, "<t a='1'  b=\"3\">x</t>"),
        ("<t a='1' b='2'>x</t>", {"a": "it's & <"}, "<t a='it&apos;s &amp; &lt;' b='2'>x</t>"),
        ("<t a='1' b='2'>x</t>", {"a": None}, "<t b='2'>x</t>"),
        ("<t\n   a='1'>x</t>", {"c": "new"}, "<t\n   a='1' c='new'>x</t>"),
        ("<t>x</t>", {"c": "a\"b"}, '<t c="a&quot;b">x</t>'),
        ("<t a='1' />", {"a": "2"}, "<t a='2' />"),
        ("<t   />", {"a": "2"}, '<t a="2"   />'),
        ("<t xmlns:q='urn:q' q:a='1' b='2'>x</t>", {"{urn:q}a": "9"},
         "<t xmlns:q='urn:q' q:a='9' b='2'>x</t>"),
    ],
)  # fmt: skip
def test_a_changed_start_tag_keeps_its_attributes_as_they_were_written(
    tag: str, change: dict[str, str | None], written: str
) -> None:
    """Only the attribute that changed is written, in its own quotes (a Trados or memoQ file
    read by a diff tool shows one attribute changed, not the whole tag re-quoted)."""
    tracked = _tracked(f"<r>\n  {tag}\n</r>".encode())
    element = tracked.root[0]
    for name, value in change.items():
        if value is None:
            del element.attrib[name]
        else:
            element.set(name, value)
    assert tracked.write() == f"<r>\n  {written}\n</r>".encode()


def test_an_edited_text_keeps_its_cdata_sections_and_references() -> None:
    data = FILE.encode("utf-8")
    tracked = _tracked(data)
    first, second, _ = tracked.root.findall("{urn:x}item")
    first.text = "a < b & d"
    second.text = "it's a "
    expected = FILE.replace("a < b & c]]>", "a < b & d]]>").replace(
        "it&apos;s <b>", "it&apos;s a <b>"
    )
    assert tracked.write() == expected.encode("utf-8")


@pytest.mark.parametrize(
    ("code", "inner", "remade"),
    [
        ("<pc id='1' k=\"v\">two</pc>", "deux", "<pc id='1' k=\"v\">deux</pc>"),
        ("<x id='1'/>", None, "<x id='1'/>"),  # an empty one, as it was
    ],
)
def test_an_inline_code_made_anew_in_place_of_one_alike_keeps_its_quoting(
    code: str, inner: str | None, remade: str
) -> None:
    tracked = _tracked(f"<t xmlns='urn:x'><s>one {code} three</s></t>".encode())
    s = tracked.root[0]
    old = s[0]
    s.remove(old)
    s.text = "un "
    new = etree.SubElement(s, old.tag, dict(old.attrib))
    new.text, new.tail = inner, " trois"
    assert tracked.write() == f"<t xmlns='urn:x'><s>un {remade} trois</s></t>".encode()


PIECES = st.lists(
    st.sampled_from(["a", "あ", " ", "\n", "&amp;", "&lt;", "&gt;", "&apos;", "&#x1F600;", "&#65;"])
    | st.text("ab<&]> \n", max_size=4).map(lambda t: f"<![CDATA[{t.replace(']]>', '')}]]>"),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(PIECES, st.text("ab<&]>'\r\n あ", max_size=8), st.integers(0, 8), st.integers(0, 3))
def test_a_text_written_as_it_was_reads_as_the_new_text(
    pieces: list[str], word: str, at: int, cut: int
) -> None:
    raw = "".join(pieces)
    data = f"<r>{raw}<x/></r>".encode()
    tracked = _tracked(data)
    old = tracked.root.text or ""
    tracked.root.text = old[:at] + word + old[at + cut :]
    out = tracked.write()
    assert parse_xml(out, PATH).getroot().text == (tracked.root.text or None)
    assert out.endswith(b"<x/></r>")


def test_a_new_character_the_encoding_lacks_goes_outside_the_cdata_section() -> None:
    text = "<?xml version='1.0' encoding='Shift_JIS'?>\n<r><t><![CDATA[<p>こんにちは</p>]]></t></r>"
    tracked = _tracked(text.encode("shift_jis"))
    tracked.root[0].text = "<p>①こんにちは</p>"
    out = tracked.write()
    assert out.startswith(b"<?xml version='1.0' encoding='Shift_JIS'?>")  # no fallback
    assert parse_xml(out, PATH).getroot()[0].text == "<p>①こんにちは</p>"


def test_brackets_written_before_a_kept_greater_than_sign_are_no_cdata_end() -> None:
    tracked = _tracked(b"<r>a>b<x/></r>")
    tracked.root.text = "a]]>b"
    out = tracked.write()
    assert out == b"<r>a]]&gt;b<x/></r>"
