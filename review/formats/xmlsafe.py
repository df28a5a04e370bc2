"""Parsing XML from files we did not write: no entity expansion, no external entities.

lxml's parser is told not to substitute entities, not to load a DTD and not to touch the
network; on top of that, a document whose DOCTYPE declares any entity (the billion-laughs and
XXE patterns) or that still holds an entity reference is refused outright, so nothing a file
declares is ever expanded or fetched. A DOCTYPE that only names an external DTD (TMX and TBX
files often carry one) is allowed; the DTD is not read.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from review.formats.errors import InputError

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_REFUSED = (
    "refused: the file declares or uses XML entities (entity expansion and external "
    "entities are not allowed)"
)


def _parser(encoding: str | None) -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
        encoding=encoding,
    )


def parse_xml(data: bytes, path: Path, encoding: str | None = None) -> etree._ElementTree:
    """The parsed document; InputError naming the line for anything malformed or unsafe.

    `encoding` overrides the XML declaration (for a file that lies about its encoding).
    """
    if not data.strip():
        raise InputError(path, "empty file: no XML")
    try:
        root = etree.fromstring(data, _parser(encoding))
    except LookupError:
        raise InputError(path, f"unknown encoding “{encoding}”") from None
    except etree.XMLSyntaxError as exc:
        message = str(exc.msg or exc).split(", line ")[0]
        line = exc.lineno if exc.lineno else None
        if "entit" in message.lower() or "amplification" in message.lower():
            raise InputError(path, f"{_REFUSED} ({message})", line) from None
        raise InputError(path, f"not well-formed XML: {message}", line) from None
    tree = root.getroottree()
    dtd = tree.docinfo.internalDTD
    if dtd is not None:
        declared = [entity.name for entity in dtd.iterentities()]
        if declared:
            raise InputError(path, f"{_REFUSED}: the DOCTYPE declares “{declared[0]}”", 1)
    for node in root.iter(etree.Entity):
        raise InputError(path, f"{_REFUSED}: reference {node.text}", node.sourceline)
    return tree


def local(element: etree._Element) -> str:
    """The element's name without its namespace."""
    return etree.QName(element).localname


def namespace(element: etree._Element) -> str:
    return etree.QName(element).namespace or ""


def serialize(tree: etree._ElementTree | etree._Element) -> str:
    """UTF-8 XML text with a declaration (the file is written as UTF-8 whatever it was)."""
    body = etree.tostring(tree, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def check_text(text: str, path: Path | str, where: str) -> None:
    """InputError if `text` holds a character XML 1.0 cannot carry (C0 controls but tab and
    line ends), naming `where` it is (a segment, an entry)."""
    found = _NOT_XML.search(text)
    if found is not None:
        raise InputError(
            path,
            f"{where}: character U+{ord(found.group()):04X} at {found.start()} cannot be "
            "written in XML; remove it first",
        )
