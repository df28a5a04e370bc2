"""TBX termbases: TBX v2 (ISO 30042:2008, TBX-Basic, `<martif>`) and TBX v3 (2019, `<tbx>`,
DCA and DCT styles), read; TBX-Basic v2 written.

A concept (`termEntry` / `conceptEntry`) is an entry. Terms in a Japanese language section
(`langSet` / `langSec` with `xml:lang` ja…) are its target forms; terms in any other
language are its source forms. A Japanese term's administrative status decides what it is:
`preferredTerm-admn-sts` (first), `admittedTerm-admn-sts`, any other status or none are
accepted forms; `deprecatedTerm-admn-sts`, `supersededTerm-admn-sts`, `obsoleteTerm-admn-sts`
and `forbidden` (Weblate's; its `preferred` and `obsolete` are read too) are forbidden
variants (errors), and `notRecommendedTerm-admn-sts` terms are discouraged forms
(term-preference warnings: not wrong, not the house style); either is replaced by the accepted
term a `crossReference` points to, else by the closest accepted form. (TBX 2008's
`normativeAuthorization` values are read the same way, and so are a `usageStatus` that
termbase exports write: `preferred`, `admitted`, `forbidden`.)
A concept without an accepted Japanese term is skipped, and counted in a notice.
The concept's `subjectField`, when it names an entry type (person, organisation, product,
place, term), is the entry's type; its `note` or `definition` is the entry's note.

Written files use `<termEntry id>`, `<descrip type="subjectField">` for the type, `<note>`,
and one `<tig>` per term with its status (a discouraged form is `notRecommendedTerm-admn-sts`); a
forbidden or discouraged term points to its replacement with
`<ref type="crossReference" target>`. `ignore_case` is written as
`<termNote type="x-ignoreCase">yes</termNote>` on the preferred term. Other data categories of
a file that is read are not kept by `render`; additions to an existing termbase are written
into it in place by `tbx_append`, which keeps everything.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from lxml import etree
from rapidfuzz import fuzz, process

from review.core.glossary import Entry, EntryType, Glossary, GlossaryError, Variant
from review.formats.errors import InputError
from review.formats.review_ids import ReviewIds
from review.formats.xmlsafe import check_text, local, parse_xml, serialize

LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FORBIDDEN = {"deprecated", "superseded", "obsolete", "forbidden"}
DISCOURAGED = "notrecommended"
_TYPE_ALIASES = {"organization": "organisation", "company": "organisation", "name": "other"}
CONCEPTS = ("termEntry", "conceptEntry")
LANG_SECTIONS = ("langSet", "langSec")
TERM_SECTIONS = ("tig", "ntig", "termSec")


def _children(element: etree._Element, *names: str) -> list[etree._Element]:
    return [c for c in element if isinstance(c.tag, str) and local(c) in names]


def _descendants(element: etree._Element, *names: str) -> list[etree._Element]:
    return [c for c in element.iter() if isinstance(c.tag, str) and local(c) in names]


def _text(element: etree._Element) -> str:
    return "".join(element.itertext()).strip()


def _category(element: etree._Element, name: str) -> list[etree._Element]:
    """DCA (`<termNote type="name">`, `<descrip type=…>`) or DCT (`<basic:name>`) elements."""
    return [
        c
        for c in element.iter()
        if isinstance(c.tag, str) and (c.get("type") == name or local(c) == name)
    ]


def term_status(term_section: etree._Element) -> str:
    """The term's status in lower case, without TBX's `Term-admn-sts` (`preferredTerm-admn-sts`,
    Weblate's `preferred`, TBX 2008's `preferredTerm` are all `preferred`)."""
    for name in ("administrativeStatus", "normativeAuthorization", "usageStatus"):
        for element in _category(term_section, name):
            value = _text(element).lower().removesuffix("-admn-sts")
            return value.removesuffix("term") if value != "term" else value
    return ""


def read(data: bytes, path: Path, encoding: str | None = None) -> Glossary:
    root = parse_xml(data, path, encoding).getroot()
    if local(root) not in ("martif", "tbx"):
        raise InputError(
            path, f"not a TBX file: the root element is <{local(root)}>", root.sourceline
        )
    entries: list[Entry] = []
    skipped: list[int] = []
    ids = ReviewIds("concepts")  # a repeated concept id, or two concepts of one term
    concepts = _descendants(root, *CONCEPTS)
    for number, concept in enumerate(concepts, start=1):
        entry = _entry(concept, number)
        if entry is None:
            skipped.append(concept.sourceline or 0)
            continue
        unique = ids.unique(entry.id, number, concept.sourceline or 0)
        entries.append(entry if unique == entry.id else replace(entry, id=unique))
    try:
        glossary = Glossary(entries, name=str(path))
    except GlossaryError as exc:
        raise InputError(path, str(exc), exc.line) from None
    glossary.notices.extend(ids.notices())
    if skipped:
        glossary.notices.append(
            f"{len(skipped)} of {len(concepts)} concepts have no accepted Japanese term and "
            f"were skipped (the first on line {skipped[0]})"
        )
    return glossary


def _entry(concept: etree._Element, number: int) -> Entry | None:
    """The concept as an entry; None if it has no accepted Japanese term."""
    line = concept.sourceline
    source: list[str] = []
    accepted: list[tuple[bool, str, str | None]] = []
    forbidden: list[tuple[str, str | None, bool]] = []
    ignore_case = False
    for section in _children(concept, *LANG_SECTIONS):
        lang = (section.get(LANG) or section.get("lang") or "").lower()
        for term_section in _children(section, *TERM_SECTIONS):
            terms = _descendants(term_section, "term")
            if not terms or not _text(terms[0]):
                continue
            term = _text(terms[0])
            if not lang.startswith("ja"):
                source.append(term)
                continue
            status = term_status(term_section)
            term_id = term_section.get("id") or terms[0].get("id")
            if status in FORBIDDEN or status == DISCOURAGED:
                refs = [r.get("target") for r in _category(term_section, "crossReference")]
                forbidden.append((term, next((r for r in refs if r), None), status == DISCOURAGED))
            else:  # preferred, admitted, standardized, legal, regulated, none
                accepted.append((status == "preferred", term, term_id))
                flags = _category(term_section, "x-ignoreCase")
                ignore_case = ignore_case or any(_text(f).lower() == "yes" for f in flags)
    if not accepted:
        return None
    accepted.sort(key=lambda item: not item[0])
    forms = tuple(dict.fromkeys(term for _, term, _ in accepted))
    by_id = {term_id: term for _, term, term_id in accepted if term_id}
    variants: list[Variant] = []
    discouraged: list[Variant] = []
    for term, ref, is_discouraged in forbidden:
        replacement = by_id.get(ref.lstrip("#")) if ref else None
        if replacement is None:
            best = process.extractOne(term, forms, scorer=fuzz.ratio)
            replacement = best[0] if best else forms[0]
        (discouraged if is_discouraged else variants).append(Variant(term, replacement))
    return Entry(
        id=concept.get("id") or forms[0] or str(number),
        accepted=forms,
        source=tuple(dict.fromkeys(source)),
        variants=tuple(variants),
        discouraged=tuple(discouraged),
        type=_type(concept),
        ignore_case=ignore_case,
        note=_note(concept),
        line=line,
    )


def _type(concept: etree._Element) -> EntryType:
    for element in _category(concept, "subjectField"):
        value = _text(element).lower()
        value = _TYPE_ALIASES.get(value, value)
        try:
            return EntryType(value)
        except ValueError:
            continue
    return EntryType.TERM


def _note(concept: etree._Element) -> str:
    notes = [
        _text(n)
        for n in concept
        if isinstance(n.tag, str) and (local(n) == "note" or n.get("type") == "definition")
    ]
    return " ".join(n for n in notes if n)


def render(glossary: Glossary, *, source_lang: str = "en", target_lang: str = "ja") -> str:
    root = etree.Element("martif", type="TBX-Basic")
    root.set(LANG, source_lang)
    header = etree.SubElement(root, "martifHeader")
    file_desc = etree.SubElement(header, "fileDesc")
    source_desc = etree.SubElement(file_desc, "sourceDesc")
    etree.SubElement(source_desc, "p").text = f"written by review from {glossary.name or '-'}"
    body = etree.SubElement(etree.SubElement(root, "text"), "body")
    for entry in glossary.entries:
        if entry.rule is not None:
            raise InputError(
                glossary.name or "glossary",
                f"entry “{entry.id}” is a pattern rule, which TBX cannot hold; "
                "write the glossary as prh YAML (.yml)",
                entry.line,
            )
        _write_entry(body, entry, source_lang, target_lang)
    return serialize(root)


def _write_entry(body: etree._Element, entry: Entry, source_lang: str, target_lang: str) -> None:
    forms = (entry.id, entry.note, *entry.source, *entry.accepted)
    for text in (*forms, *(v.form for v in (*entry.variants, *entry.discouraged))):
        check_text(text, "glossary", f"entry “{entry.id}”")
    concept = etree.SubElement(body, "termEntry", id=xml_id(entry.id))
    etree.SubElement(concept, "descrip", type="subjectField").text = entry.type.value
    if entry.note:
        etree.SubElement(concept, "note").text = entry.note
    if entry.source:
        section = etree.SubElement(concept, "langSet")
        section.set(LANG, source_lang)
        for form in entry.source:
            etree.SubElement(etree.SubElement(section, "tig"), "term").text = form
    section = etree.SubElement(concept, "langSet")
    section.set(LANG, target_lang)
    ids: dict[str, str] = {}
    for index, form in enumerate(entry.accepted):
        term_id = ids[form] = f"{xml_id(entry.id)}-{index + 1}"
        tig = etree.SubElement(section, "tig", id=term_id)
        etree.SubElement(tig, "term").text = form
        status = "preferredTerm-admn-sts" if index == 0 else "admittedTerm-admn-sts"
        etree.SubElement(tig, "termNote", type="administrativeStatus").text = status
        if index == 0 and entry.ignore_case:
            etree.SubElement(tig, "termNote", type="x-ignoreCase").text = "yes"
    statuses = [(v, "deprecatedTerm-admn-sts") for v in entry.variants]
    statuses += [(v, "notRecommendedTerm-admn-sts") for v in entry.discouraged]
    for variant, status in statuses:
        tig = etree.SubElement(section, "tig")
        etree.SubElement(tig, "term").text = variant.form
        etree.SubElement(tig, "termNote", type="administrativeStatus").text = status
        etree.SubElement(tig, "ref", type="crossReference", target=ids[variant.replacement])


def xml_id(text: str) -> str:
    """An xml:id-safe form of an entry id (an NCName)."""
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in text)
    return safe if safe[:1].isalpha() or safe[:1] == "_" else f"_{safe}"
