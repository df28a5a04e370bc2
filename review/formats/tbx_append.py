"""Adding to a TBX termbase in place.

A new entry becomes a concept after the last one in the body, laid out and named as the file
does (TBX 2008 `termEntry`/`langSet`/`tig`; TBX v3 `conceptEntry`/`langSec`/`termSec`, with
data categories as `termNote`/`descrip`/`ref` in DCA style or `basic:…` elements in DCT
style). An entry that grows gets its new terms inside its own concept: accepted forms as
admitted terms and forbidden variants as deprecated terms in its last Japanese language
section, source forms in its last other one (or in a new one), a note before its language
sections. A forbidden term points to its replacement with a cross-reference when the closest
accepted form (what a reader falls back on) would not be it; the replacement's term section
gets an id for it when it has none. Every other byte stays as it was: the header, the other
concepts, attributes, comments, encoding and line ends.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from rapidfuzz import fuzz, process

from review.core.glossary import Entry, Glossary, Variant
from review.core.glossary_edit import Growth
from review.formats import tbx
from review.formats.errors import OutputError
from review.formats.spliced import Edit, EncodedText
from review.formats.xmlsafe import check_text, local, parse_xml

_BASIC = "http://www.tbxinfo.net/ns/basic"
_TOKEN = re.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!DOCTYPE(?:[^\[>]|\[.*?\])*>"
    r"|</(?P<end>[^\s>]+)\s*>"
    r"|<(?P<start>[^\s/>!?]+)(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*\s*(?P<empty>/?)>",
    re.DOTALL,
)
_NAMES = {
    False: {"concept": "termEntry", "langSection": "langSet", "termSection": "tig"},
    True: {"concept": "conceptEntry", "langSection": "langSec", "termSection": "termSec"},
}
_DCA_TAGS = {"subjectField": "descrip", "crossReference": "ref"}
_PREFERRED = "preferredTerm-admn-sts"
_ADMITTED = "admittedTerm-admn-sts"
_DEPRECATED = "deprecatedTerm-admn-sts"
_NOT_RECOMMENDED = "notRecommendedTerm-admn-sts"


def read(file: EncodedText, path: Path) -> Glossary:
    return tbx.read(file.data, path)


def edits(file: EncodedText, path: Path, before: Glossary, growth: Growth) -> list[Edit]:
    doc = _Document(file, path)
    result: list[Edit] = []
    for index, entry in growth.grown:
        result.extend(doc.grow(doc.concepts[index], before.entries[index], entry))
    if growth.added:
        result.append(doc.new_concepts(growth.added))
    return [Edit(e.start, e.end, file.lines(e.text)) for e in result]


@dataclass(slots=True)
class _Span:
    """Where an element is written: its start tag, and its end tag (`close` == `end` when
    it has none)."""

    name: str
    start: int
    open_end: int
    close: int
    end: int


class _Document:
    def __init__(self, file: EncodedText, path: Path) -> None:
        self.path = path
        self.text = file.text
        self.root = parse_xml(file.data, path).getroot()
        elements = [e for e in self.root.iter() if isinstance(e.tag, str)]
        spans = _scan(self.text)
        if len(spans) != len(elements) or any(
            local(e) != s.name.rpartition(":")[2] for e, s in zip(elements, spans, strict=False)
        ):
            raise OutputError(path, "cannot tell where each element is written in the file")
        self.elements = elements  # lxml's proxies live on while held, so their ids do too
        self.spans = {id(e): s for e, s in zip(elements, spans, strict=True)}
        self.concepts = [e for e in elements if local(e) in tbx.CONCEPTS]
        self.v3 = local(self.root) == "tbx"
        self.basic = _prefix(self.root, _BASIC) if self.root.get("style") == "dct" else None
        self.ids = {v for e in elements for k, v in e.attrib.items() if k.endswith("id")}
        self.ids.update(c.get("id") or "" for c in self.concepts)
        self.source_lang, self.target_lang = self._languages()

    def span(self, element: etree._Element) -> _Span:
        return self.spans[id(element)]

    # markup, named as the file names it

    def _name(self, kind: str, like: etree._Element) -> str:
        name = _NAMES[self.v3].get(kind, kind)
        prefix = self.span(like).name.rpartition(":")[0]
        return f"{prefix}:{name}" if prefix else name

    def _category(self, name: str, value: str, **attrs: str) -> str:
        """A data category: administrativeStatus, subjectField or crossReference."""
        if self.basic is not None:
            return _element(f"{self.basic}:{name}", value, attrs)
        tag = self._name(_DCA_TAGS.get(name, "termNote"), self.root)
        return _element(tag, value, {"type": name, **attrs})

    def _term_section(
        self,
        form: str,
        status: str | None,
        *,
        term_id: str = "",
        ref: Variant | None = None,
        ref_id: str = "",
        flags: str = "",
    ) -> str:
        check_text(form, self.path, f"term “{form}”")
        parts = _element(self._name("term", self.root), form, {})
        if status is not None:
            parts += self._category("administrativeStatus", status)
        parts += flags
        if ref is not None:
            parts += self._category("crossReference", ref.replacement, target=ref_id)
        attrs = {"id": term_id} if term_id else {}
        return _element(self._name("termSection", self.root), parts, attrs, raw=True)

    def _gap(self, offset: int) -> str:
        """The white space that starts the line up to `offset`, with its line end; empty
        when something else is written before `offset` on its line."""
        line_start = self.text.rfind("\n", 0, offset)
        gap = self.text[line_start:offset] if line_start != -1 else ""
        return gap if not gap.strip() else ""

    # growing a concept

    def grow(self, concept: etree._Element, old: Entry, new: Entry) -> list[Edit]:
        sections = [c for c in concept if isinstance(c.tag, str) and local(c) in tbx.LANG_SECTIONS]
        japanese = [s for s in sections if _lang(s).lower().startswith("ja") and _terms(s)]
        others = [s for s in sections if not _lang(s).lower().startswith("ja") and _terms(s)]
        if not japanese:
            raise OutputError(
                self.path, f"the concept of “{old.id}” has no Japanese terms to add beside"
            )
        first = self.span(sections[0]).start
        result: list[Edit] = []
        if new.note != old.note:
            note = _element(self._name("note", concept), new.note[len(old.note) :].strip(), {})
            result.append(Edit(first, first, note + self._gap(first)))
        sources = [self._term_section(form, None) for form in new.source[len(old.source) :]]
        if sources and others:
            result.append(self._after_last_term(others[-1], sources))
        elif sources:
            name = self._name("langSection", sections[0])
            section = _element(name, "".join(sources), {"xml:lang": self.source_lang}, raw=True)
            result.append(Edit(first, first, section + self._gap(first)))
        refs = _Refs(self, concept, japanese, new.accepted)
        refs.keep_old(old, new)
        variants = [self._forbidden(variant, refs) for variant in new.variants[len(old.variants) :]]
        accepted = [
            self._term_section(form, _ADMITTED, term_id=refs.new_ids.get(form, ""))
            for form in new.accepted[len(old.accepted) :]
        ]
        if accepted or variants:
            result.append(self._after_last_term(japanese[-1], accepted + variants))
        return result + refs.edits

    def _forbidden(self, variant: Variant, refs: _Refs) -> str:
        target = refs.target(variant)
        if not target:
            return self._term_section(variant.form, _DEPRECATED)
        return self._term_section(variant.form, _DEPRECATED, ref=variant, ref_id=target)

    def _after_last_term(self, section: etree._Element, pieces: list[str]) -> Edit:
        last = self.span(_terms(section)[-1])
        gap = self._gap(last.start)
        return Edit(last.end, last.end, "".join(gap + piece for piece in pieces))

    # new concepts

    def new_concepts(self, entries: list[Entry]) -> Edit:
        if self.concepts:
            last = self.concepts[-1]
            gap = self._gap(self.span(last).start)
            children = [c for c in last if isinstance(c.tag, str)]
            child_gap = self._gap(self.span(children[0]).start) if children else ""
            unit = child_gap[len(gap) :] if gap and child_gap.startswith(gap) else ""
            at, like = self.span(last).end, last
        else:
            body = next(
                e for e in self.root.iter() if isinstance(e.tag, str) and local(e) == "body"
            )
            span = self.span(body)
            if span.close == span.end:
                raise OutputError(self.path, "cannot add concepts to an empty <body/>")
            closing = self._gap(span.close)
            at = span.close - len(closing) if closing else span.close
            unit = "  " if closing else ""
            gap, like = closing + unit, body
        text = "".join(gap + self._concept(entry, like, gap, unit) for entry in entries)
        return Edit(at, at, text)

    def _concept(self, entry: Entry, like: etree._Element, gap: str, unit: str) -> str:
        for text in (entry.id, entry.note):
            check_text(text, self.path, f"entry “{entry.id}”")
        inner = gap + unit if unit else ""
        deeper = inner + unit if unit else ""
        children = [self._category("subjectField", entry.type.value)]
        if entry.note:
            children.append(_element(self._name("note", like), entry.note, {}))
        lang = self._name("langSection", like)
        if entry.source:
            terms = [self._term_section(form, None) for form in entry.source]
            content = _lines(terms, deeper, inner)
            children.append(_element(lang, content, {"xml:lang": self.source_lang}, raw=True))
        self.ids.add(entry.id)
        ids = {f: self._fresh_id(f"{entry.id}-{n}") for n, f in enumerate(entry.accepted, 1)}
        terms = []
        for n, form in enumerate(entry.accepted):
            flags = ""
            if n == 0 and entry.ignore_case:
                flags = _element(self._name("termNote", like), "yes", {"type": "x-ignoreCase"})
            status = _PREFERRED if n == 0 else _ADMITTED
            terms.append(self._term_section(form, status, term_id=ids[form], flags=flags))
        for variants, status in (
            (entry.variants, _DEPRECATED),
            (entry.discouraged, _NOT_RECOMMENDED),
        ):
            for variant in variants:
                ref_id = ids[variant.replacement]
                terms.append(self._term_section(variant.form, status, ref=variant, ref_id=ref_id))
        content = _lines(terms, deeper, inner)
        children.append(_element(lang, content, {"xml:lang": self.target_lang}, raw=True))
        name = self._name("concept", like)
        return _element(name, _lines(children, inner, gap), {"id": entry.id}, raw=True)

    def _fresh_id(self, wanted: str) -> str:
        base = tbx.xml_id(wanted)
        candidate, n = base, 2
        while candidate in self.ids:
            candidate, n = f"{base}-{n}", n + 1
        self.ids.add(candidate)
        return candidate

    def _languages(self) -> tuple[str, str]:
        """The language a new source section and a new Japanese section are written in: the
        ones the file uses most."""
        sources: Counter[str] = Counter()
        targets: Counter[str] = Counter()
        for element in self.root.iter():
            if isinstance(element.tag, str) and local(element) in tbx.LANG_SECTIONS:
                lang = _lang(element)
                (targets if lang.lower().startswith("ja") else sources)[lang] += 1
        source = sources.most_common(1)[0][0] if sources else ""
        if not source:
            root_lang = _lang(self.root)
            source = root_lang if root_lang and not root_lang.lower().startswith("ja") else "en"
        target = targets.most_common(1)[0][0] if targets else "ja"
        return source, target


class _Refs:
    """Cross-references in one concept: which replacements need one, and the ids they use."""

    def __init__(
        self,
        doc: _Document,
        concept: etree._Element,
        japanese: list[etree._Element],
        forms: tuple[str, ...],
    ) -> None:
        self.doc = doc
        self.concept_id = concept.get("id") or forms[0]
        self.forms = forms
        self.accepted: dict[str, etree._Element] = {}
        self.forbidden: list[tuple[etree._Element, bool]] = []
        for section in japanese:
            for term_section in _terms(section):
                form = _term_text(term_section)
                if not form:
                    continue
                status = tbx.term_status(term_section)
                if status in tbx.FORBIDDEN or status == tbx.DISCOURAGED:
                    self.forbidden.append((term_section, status == tbx.DISCOURAGED))
                else:
                    self.accepted.setdefault(form, term_section)
        self.new_ids: dict[str, str] = {}
        self.edits: list[Edit] = []

    def keep_old(self, old: Entry, new: Entry) -> None:
        """Cross-references for the concept's forbidden terms without one, where a new
        accepted form would now be the closest to them."""
        variants = iter(new.variants[: len(old.variants)])
        discouraged = iter(new.discouraged)
        for term_section, is_discouraged in self.forbidden:
            variant = next(discouraged if is_discouraged else variants, None)
            if variant is None or _has_ref(term_section):
                continue
            if self.closest(variant.form) != variant.replacement:
                target = self.target(variant, needed=True)
                ref = self.doc._category("crossReference", variant.replacement, target=target)
                close = self.doc.span(term_section).close
                self.edits.append(Edit(close, close, ref))

    def closest(self, form: str) -> str:
        best = process.extractOne(form, self.forms, scorer=fuzz.ratio)
        return str(best[0]) if best else self.forms[0]

    def target(self, variant: Variant, *, needed: bool = False) -> str:
        """The id `variant`'s replacement goes by; empty when no reference is needed."""
        replacement = variant.replacement
        existing = self.accepted.get(replacement)
        if existing is not None:
            term_id = existing.get("id") or _first_term(existing).get("id")
            if term_id:
                return term_id
        if not needed and self.closest(variant.form) == replacement:
            return ""
        if existing is None:  # an accepted form added with it
            if replacement not in self.new_ids:
                self.new_ids[replacement] = self.doc._fresh_id(f"{self.concept_id}-ja")
            return self.new_ids[replacement]
        term_id = self.doc._fresh_id(f"{self.concept_id}-ja")
        span = self.doc.span(existing)
        tag_end = span.open_end - (2 if self.doc.text[span.open_end - 2] == "/" else 1)
        self.edits.append(Edit(tag_end, tag_end, f' id="{_escape(term_id)}"'))
        existing.set("id", term_id)
        return term_id


def _scan(text: str) -> list[_Span]:
    """Every element's span, in document order (the order lxml iterates them)."""
    spans: list[_Span] = []
    open_spans: list[_Span] = []
    for match in _TOKEN.finditer(text):
        if match.group("start"):
            end = match.end()
            span = _Span(match.group("start"), match.start(), end, end, end)
            spans.append(span)
            if not match.group("empty"):
                open_spans.append(span)
        elif match.group("end") and open_spans:
            span = open_spans.pop()
            span.close, span.end = match.start(), match.end()
    return spans


def _prefix(root: etree._Element, namespace: str) -> str | None:
    return next((p for p, ns in root.nsmap.items() if ns == namespace and p), None)


def _lang(element: etree._Element) -> str:
    return element.get(tbx.LANG) or element.get("lang") or ""


def _terms(section: etree._Element) -> list[etree._Element]:
    return [t for t in section if isinstance(t.tag, str) and local(t) in tbx.TERM_SECTIONS]


def _first_term(term_section: etree._Element) -> etree._Element:
    return next(e for e in term_section.iter() if isinstance(e.tag, str) and local(e) == "term")


def _term_text(term_section: etree._Element) -> str:
    terms = [e for e in term_section.iter() if isinstance(e.tag, str) and local(e) == "term"]
    return "".join(terms[0].itertext()).strip() if terms else ""


def _has_ref(term_section: etree._Element) -> bool:
    return any(
        e.get("target")
        for e in term_section.iter()
        if isinstance(e.tag, str)
        and (e.get("type") == "crossReference" or local(e) == "crossReference")
    )


def _escape(text: str) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace('"', "&quot;")


def _element(name: str, content: str, attrs: dict[str, str], *, raw: bool = False) -> str:
    written = "".join(f' {key}="{_escape(value)}"' for key, value in attrs.items())
    return f"<{name}{written}>{content if raw else _escape(content)}</{name}>"


def _lines(children: list[str], inner: str, outer: str) -> str:
    """Children each on a line of their own at `inner` and the end tag at `outer`; all on
    one line when `inner` is empty."""
    if not inner:
        return "".join(children)
    return "".join(inner + child for child in children) + outer
