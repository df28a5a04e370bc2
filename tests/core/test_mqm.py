"""MQM scoring, checked by hand against the formula in review.core.mqm."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from review.core.annotations import AnnotationBook
from review.core.model import Annotation, Finding, Segment, Severity
from review.core.mqm import (
    CATEGORIES,
    MULTIPLIERS,
    Evaluated,
    MqmError,
    MqmSettings,
    MqmSeverity,
    category_of,
    character_count,
    check_annotation,
    document_score,
    evaluated,
    from_finding,
    score,
    word_count,
)
from review.core.state import ReviewState


def error(
    severity: str, category: str = "Accuracy/Mistranslation", segment: str = "s1"
) -> Annotation:
    return Annotation(segment, "mt", 0, 0, "", category, severity)


def test_the_multipliers_are_mqm_s() -> None:
    assert {s.value: m for s, m in MULTIPLIERS.items()} == {
        "neutral": 0,
        "minor": 1,
        "major": 5,
        "critical": 25,
    }


def test_the_typology_has_the_categories_of_the_issue() -> None:
    assert CATEGORIES[:4] == (
        "Accuracy/Mistranslation",
        "Accuracy/Omission",
        "Accuracy/Addition",
        "Accuracy/Untranslated",
    )
    for name in ("Fluency/Grammar", "Fluency/Spelling", "Fluency/Punctuation"):
        assert name in CATEGORIES
    for name in ("Fluency/Inconsistency", "Terminology", "Style", "Locale convention"):
        assert name in CATEGORIES
    assert CATEGORIES[-2:] == ("Other", "Non-translation")


def test_score_by_hand_raw_model() -> None:
    # 2 minor + 1 major + 1 neutral = 1 + 1 + 5 + 0 = 7 points over 500 words:
    # PWPT = 7 / 500 = 0.014; OQS = 100 − 0.014 × 100 = 98.6.
    errors = [error("minor"), error("minor"), error("major"), error("neutral")]
    result = score(errors, Evaluated(500, "source words"))
    assert result.penalty == 7
    assert result.per_unit == pytest.approx(0.014)
    assert result.score == pytest.approx(98.6)
    assert result.by_severity == {"neutral": 1, "minor": 2, "major": 1, "critical": 0}
    assert not result.passed, "98.6 is below the default threshold 99"
    assert result.verdict == "fail"


def test_reference_word_count_and_max_score() -> None:
    # Per thousand words: 7 points over 500 words = 14 points per 1000; OQS = 100 − 14 = 86.
    settings = MqmSettings(threshold=80, reference_word_count=1000)
    errors = [error("minor"), error("minor"), error("major")]
    result = score(errors, Evaluated(500, "source words"), settings)
    assert result.score == pytest.approx(86.0)
    assert result.passed
    # MSV 10, RWC 10: 10 − 7/500 × 10 = 9.86.
    result = score(errors, Evaluated(500, "w"), MqmSettings(max_score=10, reference_word_count=10))
    assert result.score == pytest.approx(9.86)


def test_neutral_errors_cost_nothing() -> None:
    result = score([error("neutral")] * 5, Evaluated(10, "source words"))
    assert result.penalty == 0
    assert result.score == 100
    assert result.passed
    assert result.errors == 5


def test_any_critical_error_fails_whatever_the_score() -> None:
    # 25 points over a million words: OQS 99.9975, above the threshold, yet a fail.
    result = score([error("critical")], Evaluated(1_000_000, "source words"))
    assert result.score > result.settings.threshold
    assert not result.passed
    assert result.verdict == "fail (critical error)"


def test_the_threshold_is_inclusive() -> None:
    # 1 minor over 100 words: exactly 99.
    result = score([error("minor")], Evaluated(100, "source words"), MqmSettings(threshold=99))
    assert result.score == pytest.approx(99.0)
    assert result.passed
    result = score([error("minor")], Evaluated(100, "w"), MqmSettings(threshold=99.5))
    assert not result.passed


def test_an_empty_text_counts_as_one_word() -> None:
    assert score([], Evaluated(0, "source words")).score == 100
    assert score([error("minor")], Evaluated(0, "source words")).score == pytest.approx(0)


def test_word_and_character_counts() -> None:
    assert word_count("OpenAI hired two engineers, Raj and Ruddaraju.") == 7
    # MeCab (IPA): オープン / AI / は / 、 / スター / ゲート / 計画 / を / 発表 / し / た / 。
    # — 10 words once the two punctuation tokens are left out.
    assert word_count("オープンAIは、スターゲート計画を発表した。") == 10
    assert word_count("「」。、") == 0
    assert character_count("今回の 採用は、\u3000\n") == 7


def test_evaluated_counts_source_words_and_falls_back_to_the_mt() -> None:
    with_source = [Segment("a", "今日は晴れ。", source="It is sunny today.")]
    assert evaluated(with_source) == Evaluated(4, "source words")
    without = [Segment("a", "今日は晴れ。")]
    assert evaluated(without) == Evaluated(word_count("今日は晴れ。"), "MT words")
    mixed = [*with_source, Segment("b", "晴れ。")]
    assert evaluated(mixed).count == 4 + word_count("晴れ。")
    assert evaluated(with_source, "characters") == Evaluated(6, "MT characters")
    assert evaluated(with_source, "characters").per == "character"


def test_document_score_counts_only_its_segments() -> None:
    segments = [Segment("s1", "テスト", source="one two three four")]
    result = document_score(segments, [error("major"), error("major", segment="gone")])
    assert result.errors == 1
    assert result.score == pytest.approx(100 - 5 / 4 * 100)


def test_findings_become_mqm_errors() -> None:
    segment = Segment("s1", "オープンAI の発表", revision="オープンAIの発表")

    def finding(kind: str, severity: Severity) -> Finding:
        return Finding("s1", kind, severity, 0, 6, "オープンAI", "OpenAI", "msg", f"rule:{kind}")

    made = from_finding(finding("glossary", Severity.ERROR), segment)
    assert (made.category, made.severity, made.field) == ("Terminology", "major", "revision")
    assert (made.start, made.end, made.text, made.origin) == (0, 6, "オープンAI", "rule:glossary")
    assert made.note == "msg"
    assert from_finding(finding("number", Severity.WARNING), segment).severity == "minor"
    assert from_finding(finding("spacing", Severity.INFO), segment).severity == "neutral"
    assert category_of(finding("number", Severity.ERROR)) == "Accuracy/Mistranslation"
    assert category_of(finding("untranslated", Severity.ERROR)) == "Accuracy/Untranslated"
    assert category_of(finding("quotes", Severity.ERROR)) == "Fluency/Punctuation"
    assert category_of(finding("something-new", Severity.ERROR)) == "Other"
    unrevised = Segment("s1", "オープンAI の発表")
    assert from_finding(finding("glossary", Severity.ERROR), unrevised).field == "mt"


def test_check_annotation_refuses_what_does_not_fit() -> None:
    segment = Segment("s1", "今日は晴れ。")
    good = Annotation("s1", "mt", 0, 2, "今日", "Style", "minor")
    check_annotation(good, segment)
    bad = [
        (Annotation("s1", "mt", 0, 2, "今日", "Nonsense", "minor"), "category"),
        (Annotation("s1", "mt", 0, 2, "今日", "Style", "huge"), "severity"),
        (Annotation("s1", "source", 0, 2, "今日", "Style", "minor"), "mt or the revision"),
        (Annotation("s1", "revision", 0, 0, "", "Style", "minor"), "no revision"),
        (Annotation("s1", "mt", 5, 9, "x", "Style", "minor"), "outside"),
        (Annotation("s1", "mt", 0, 2, "明日", "Style", "minor"), "not at"),
    ]
    for annotation, words in bad:
        with pytest.raises(MqmError, match=words):
            check_annotation(annotation, segment)


def test_settings_from_the_config_table() -> None:
    def fail(message: str, key: str) -> Exception:
        assert key in message
        return ValueError(message)

    settings = MqmSettings.from_table({"threshold": 95, "unit": "characters"}, fail)
    assert settings == MqmSettings(threshold=95.0, unit="characters")
    with pytest.raises(ValueError, match="unit"):
        MqmSettings.from_table({"unit": "pages"}, fail)
    with pytest.raises(ValueError, match="number"):
        MqmSettings.from_table({"threshold": "high"}, fail)
    with pytest.raises(ValueError, match="above 0"):
        MqmSettings.from_table({"reference_word_count": 0}, fail)
    for threshold in (150, -5):  # nothing could pass, or everything would
        with pytest.raises(ValueError, match=r"between 0 and max_score \(100\)"):
            MqmSettings.from_table({"threshold": threshold}, fail)
    assert MqmSettings.from_table({"threshold": 900, "max_score": 1000}, fail).threshold == 900


severities = st.sampled_from([s.value for s in MqmSeverity])


@given(st.lists(severities, max_size=30), severities, st.integers(min_value=0, max_value=5000))
def test_adding_an_error_never_raises_the_score(present: list[str], added: str, words: int) -> None:
    text = Evaluated(words, "source words")
    before = score([error(s) for s in present], text)
    after = score([*(error(s) for s in present), error(added)], text)
    assert after.penalty >= before.penalty
    assert after.score <= before.score
    assert not (after.passed and not before.passed)


def test_the_book_saves_before_it_shows(tmp_path: Path) -> None:
    path = tmp_path / "doc.jsonl"
    path.write_text("", encoding="utf-8")
    segments = [Segment("s1", "今日は晴れ。", source="It is sunny today.")]
    with ReviewState.open(path) as state:
        book = AnnotationBook(state, segments)
        saved = book.add(Annotation("s1", "mt", 0, 2, "今日", "Style", "major"))
        assert saved.id > 0
        assert book.score().score == pytest.approx(100 - 5 / 4 * 100)
        finding = Finding("s1", "glossary", Severity.ERROR, 3, 5, "晴れ", "雨", "m", "glossary:x")
        book.add_finding(finding)
        with pytest.raises(MqmError, match="already"):
            book.add_finding(finding)
        with pytest.raises(MqmError, match="no segment"):
            book.add(Annotation("s9", "mt", 0, 0, "", "Style", "minor"))
    with ReviewState.open(path) as state:
        again = AnnotationBook(state, segments)
        assert [a.text for a in again.of_segment("s1")] == ["今日", "晴れ"]
        assert again.remove(saved.id)
        assert not again.remove(saved.id)
        assert len(again) == 1
