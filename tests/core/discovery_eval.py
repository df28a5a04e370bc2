"""Precision and recall of variant discovery on the labelled corpus beside this file.

A predicted group is correct when all its spellings belong to one labelled group; a labelled
group is found when one predicted group holds all its spellings; a near-miss pair is violated
when one predicted group holds both words.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from review.core.discover import discover
from review.core.model import Document, Segment

CORPUS = Path(__file__).with_name("discovery_corpus.json")


@dataclass
class Evaluation:
    predicted: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0
    near_misses: int = 0
    violated: list[tuple[str, str, str]] = field(default_factory=list)
    missed: list[tuple[str, list[str]]] = field(default_factory=list)
    false: list[tuple[str, list[str]]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0


def evaluate(corpus: Path = CORPUS) -> Evaluation:
    data = json.loads(corpus.read_text(encoding="utf-8"))
    result = Evaluation()
    for item in data["documents"]:
        name = item["name"]
        document = Document(
            [Segment(str(s["id"]), s["mt"], source=s.get("source")) for s in item["segments"]]
        )
        predicted = [{form.text for form in group.forms} for group in discover(document)]
        gold = [set(group) for group in item["groups"]]
        result.predicted += len(predicted)
        result.gold += len(gold)
        for group in predicted:
            if any(group <= g for g in gold):
                result.correct += 1
            else:
                result.false.append((name, sorted(group)))
        for g in gold:
            if any(g <= group for group in predicted):
                result.found += 1
            else:
                result.missed.append((name, sorted(g)))
        for a, b in item["distinct"]:
            result.near_misses += 1
            if any({a, b} <= group for group in predicted):
                result.violated.append((name, a, b))
    return result
