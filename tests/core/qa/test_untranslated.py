from __future__ import annotations

from review.core.checks import ALL_QA
from review.core.engine import check_document
from review.core.model import Document, Segment
from review.core.qa.untranslated import check_untranslated
from review.formats.documents import read_document
from review.formats.glossaries import read_glossary
from tests.conftest import NAMES_GLOSSARY, SEED_PAIRS


def test_seed_has_nothing_untranslated() -> None:
    document = read_document(SEED_PAIRS)
    assert [f for s in document.segments for f in check_untranslated(s)] == []


def test_target_equal_to_source() -> None:
    [found] = check_untranslated(Segment(id="x", source="Hello world.", mt="Hello world."))
    assert (found.severity.value, found.start, found.end) == ("error", 0, 12)


def test_lowercase_words_left_in_the_target() -> None:
    segment = Segment(id="x", source="It is a moonshot.", mt="それはmoonshotです。")
    [found] = check_untranslated(segment)
    assert found.text == "moonshot"


def test_names_acronyms_units_and_glossary_forms_are_exempt() -> None:
    segment = Segment(
        id="x",
        source="Yuanzhi Li ran 5 km with the GPU team at xAI.",
        mt="Yuanzhi LiはxAIのGPUチームと5km走った。",
    )
    assert check_untranslated(segment) == []
    glossary = read_glossary(NAMES_GLOSSARY)
    doc = Document([Segment(id="x", source="They met.", mt="xAIとOpenAIが会った。")])
    options = ALL_QA.without(["variant", "number", "quotes", "sentence-shape", "spacing"])
    assert check_document(doc, glossary, options) == []
