from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sacrebleu.tokenizers import tokenizer_ja_mecab

from review.core.model import Document, Segment
from review.core.scoring import Scorer
from review.formats.documents import read_document
from tests.conftest import SEED_PAIRS


def _sacrebleu_cli(hypotheses: list[str], references: list[str], tmp: Path) -> dict[str, float]:
    hyp, ref = tmp / "hyp.txt", tmp / "ref.txt"
    hyp.write_text("\n".join(hypotheses) + "\n", encoding="utf-8")
    ref.write_text("\n".join(references) + "\n", encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "sacrebleu",
            str(ref),
            "-i",
            str(hyp),
            "-m",
            "bleu",
            "chrf",
            "ter",
            "--tokenize",
            "ja-mecab",
            "--ter-normalized",
            "--ter-asian-support",
            "--width",
            "6",
            "--format",
            "json",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {item["name"]: item["score"] for item in json.loads(out)}


def test_corpus_scores_equal_sacrebleus_command_line(tmp_path: Path) -> None:
    segments = read_document(SEED_PAIRS).segments
    hyps = [s.mt for s in segments]
    refs = [s.reference or "" for s in segments]
    ours = Scorer().corpus(hyps, refs)
    theirs = _sacrebleu_cli(hyps, refs, tmp_path)
    assert round(ours.bleu, 6) == theirs["BLEU"]
    assert round(ours.chrf, 6) == theirs["chrF2"]
    assert round(ours.ter, 6) == theirs["TER"]


def test_signatures_name_the_japanese_tokenisation_and_ter_options() -> None:
    result = Scorer().document(read_document(SEED_PAIRS))
    assert "tok:ja-mecab" in result.signatures["bleu"]
    assert "asian:yes" in result.signatures["ter"] and "norm:yes" in result.signatures["ter"]


def test_sentence_bleu_uses_effective_order() -> None:
    scores = Scorer().sentence("OpenAIが採用", "OpenAIが採用した")
    assert scores.bleu > 0


def test_metric_objects_are_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    built = []
    original = tokenizer_ja_mecab.TokenizerJaMecab.__init__

    def counting(self: object) -> None:
        built.append(1)
        original(self)  # type: ignore[arg-type]

    monkeypatch.setattr(tokenizer_ja_mecab.TokenizerJaMecab, "__init__", counting)
    scorer = Scorer()
    before = len(built)
    for segment in read_document(SEED_PAIRS).segments:
        scorer.segment(segment.revised(segment.mt + "。"))
    scorer.document(read_document(SEED_PAIRS))
    assert len(built) == before


def test_revision_and_edit_effort() -> None:
    document = Document(
        [
            Segment("1", "オープンAIが採用", reference="OpenAIが採用", revision="OpenAIが採用"),
            Segment("2", "同じ", reference="同じ"),
            Segment("3", "参照なし"),
        ]
    )
    scorer = Scorer()
    result = scorer.document(document)
    assert result.with_reference == 2 and result.revised == 1
    assert result.revision is not None and result.mt is not None and result.delta is not None
    assert result.revision.chrf == pytest.approx(100.0)
    assert result.delta.chrf > 0
    assert result.hter > 0
    assert result.char_edits == 4  # オープン → Open, letter for letter
    one = scorer.segment(document.segments[0])
    assert one.revision is not None and one.hter is not None and one.hter > 0
    assert scorer.segment(document.segments[2]).mt is None


def test_no_reference_anywhere_still_scores_edit_effort() -> None:
    result = Scorer().document(Document([Segment("1", "あ", revision="い")]))
    assert result.mt is None and result.revision is None and result.hter == pytest.approx(100.0)
