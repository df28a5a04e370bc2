"""Variant discovery over a document with N distinct katakana and Latin terms.

    python benchmarks/discover_bench.py [--terms 100000] [--seed 7]

Generates the document in memory (pseudo-words built from random morae and syllables, a few
per sentence, with English sources naming the Latin ones and a known set of injected variant
pairs), then times `discover`, including term extraction. Prints one table; the target is
≤ 10 s for 100,000 distinct terms on the project's 2-core machine.
"""

from __future__ import annotations

import argparse
import random
import resource
import time

from review.core.discover import discover, extract_terms
from review.core.model import Document, Segment

MORAE = list(
    "カキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロガギグゲゴバビブベボパピプペポ"
)
VOWEL_MORAE = list("アイウエオ")
SYLLABLES = [
    "ka",
    "ri",
    "to",
    "men",
    "sa",
    "lo",
    "vin",
    "der",
    "qua",
    "zen",
    "bel",
    "tor",
    "mi",
    "nex",
]


def kana_word(rng: random.Random) -> str:
    morae = [rng.choice(MORAE + VOWEL_MORAE) for _ in range(rng.randint(3, 7))]
    for _ in range(rng.randint(0, 2)):
        morae.insert(rng.randint(1, len(morae)), rng.choice("ーッ"))
    return "".join(morae).replace("ッッ", "ッ").replace("ーー", "ー")


def latin_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def build(terms: int, seed: int) -> tuple[Document, int]:
    rng = random.Random(seed)
    seen: set[str] = set()
    words: list[str] = []
    while len(words) < terms:
        word = kana_word(rng) if rng.random() < 0.6 else latin_word(rng)
        if word not in seen:
            seen.add(word)
            words.append(word)
    injected = 0
    segments: list[Segment] = []
    per_segment = 8
    for start in range(0, len(words), per_segment):
        chunk = words[start : start + per_segment]
        if start % 400 == 0 and chunk[0][0] >= "ア":
            chunk.append(chunk[0] + "ー")  # a trailing-ー variant of the first word
            injected += 1
        mt = "、".join(chunk) + "について説明した。"
        latin = [w for w in chunk if w.isascii()]
        source = "We described " + ", ".join(latin or ["it"]) + "."
        segments.append(Segment(f"s{len(segments) + 1}", mt, source=source))
    return Document(segments), injected


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--terms", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    document, injected = build(args.terms, args.seed)
    started = time.perf_counter()
    forms = extract_terms(document.segments)
    extracted = time.perf_counter() - started
    started = time.perf_counter()
    groups = discover(document)
    total = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'distinct terms':<28}{len(forms):>12,}")
    print(f"{'segments':<28}{len(document):>12,}")
    print(f"{'term extraction (s)':<28}{extracted:>12.2f}")
    print(f"{'discover, all steps (s)':<28}{total:>12.2f}")
    print(f"{'groups found':<28}{len(groups):>12,}")
    print(f"{'injected variant pairs':<28}{injected:>12,}")
    print(f"{'peak memory (MB)':<28}{peak:>12.0f}")


if __name__ == "__main__":
    main()
