"""Benchmark corpora of a given size, made from the seed article: plain Japanese MT text, or
a bilingual JSONL document (source, MT, reference per segment).

    python benchmarks/corpus.py OUT.txt --mb 5 [--seed 7] [--rules prh.yml]
    python benchmarks/corpus.py OUT.jsonl --mb 5 --bilingual

The sentences are the MT lines of the shipped example (pairs/openai-hires.jsonl) and of the
seed article when it is there (../shared/seeds/*.txt), varied at random: numbers change,
names switch between their accepted and forbidden spellings (glossary/names.tsv), sentences
are joined or cut, and words that the prh rules flag (literal patterns taken from the rule
file, e.g. サーバ, 出来る, 下さい) are dropped in, so that the rules find about as much as they
find in real MT. About one line in eight is followed by a blank line, so that the text has
paragraphs, as prh reads them. Generated at benchmark time, never committed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "pairs" / "openai-hires.jsonl"
SEEDS = ROOT.parent / "shared" / "seeds"
NAMES = ROOT / "glossary" / "names.tsv"
_LITERAL = re.compile(r"^\s*-?\s*pattern:\s*(?!/)(\S.*?)\s*$|^\s*-\s+(?!/)([^:\s][^:]*?)\s*$")


def sentences() -> list[str]:
    found: list[str] = []
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            found.append(json.loads(line)["mt"])
    for seed in sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []:
        found.extend(line for line in seed.read_text(encoding="utf-8").splitlines() if line)
    return found


def name_swaps() -> list[list[str]]:
    """Each glossary entry's spellings, accepted and forbidden."""
    groups: list[list[str]] = []
    for line in NAMES.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "id\t")) or not line.strip():
            continue
        cells = line.split("\t")
        forms = [f.strip() for f in cells[3].split("|") if f.strip()]
        forms += [v.split("→")[0].strip() for v in cells[4].split("|") if "→" in v]
        if len(forms) > 1:
            groups.append(forms)
    return groups


def rule_words(rules: Path | None) -> list[str]:
    """Literal patterns of a prh rule file: words that the rules rewrite."""
    if rules is None or not rules.is_file():
        return ["サーバ", "ユーザ", "出来る", "下さい", "インタフェース", "javascript", "Github"]
    words = []
    text = rules.read_text(encoding="utf-8")
    for line in text[text.find("\nrules:") :].splitlines():
        found = _LITERAL.match(line)
        if found:
            word = (found.group(1) or found.group(2) or "").strip("\"'")
            if word and len(word) <= 12 and "#" not in word:
                words.append(word)
    return words


def vary(
    rng: random.Random, text: str, swaps: list[list[str]], words: list[str], numbers: bool = True
) -> str:
    for forms in swaps:
        for form in sorted(forms, key=len, reverse=True):
            if form in text:
                if rng.random() < 0.5:
                    text = text.replace(form, rng.choice(forms))
                break
    if numbers:
        text = re.sub(r"\d+", lambda m: str(rng.randint(1, 20000)), text)
    for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
        cut = rng.randint(0, len(text))
        text = text[:cut] + rng.choice(words) + text[cut:]
    return text


def generate(size: int, seed: int = 7, rules: Path | None = None) -> str:
    """About `size` bytes of UTF-8 text, ending with a newline."""
    rng = random.Random(seed)
    base, swaps, words = sentences(), name_swaps(), rule_words(rules)
    out: list[str] = []
    total = 0
    while total < size:
        line = vary(rng, rng.choice(base), swaps, words)
        if rng.random() < 0.15:
            line += vary(rng, rng.choice(base), swaps, words)
        elif rng.random() < 0.05:
            line = line[: len(line) // 2]
        line += "\n\n" if rng.random() < 0.125 else "\n"
        out.append(line)
        total += len(line.encode("utf-8"))
    return "".join(out)


def pairs() -> list[dict[str, str]]:
    return [
        json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


_NUMBER = re.compile(r"\d+")


def bilingual(size: int, seed: int = 7, rules: Path | None = None) -> str:
    """About `size` bytes of JSONL: the example's pairs, varied as `vary` varies MT (names
    spelled every way, words the rules flag dropped in), with ids of their own. The numbers of
    the source change, and with them the same numbers in the MT and the reference, except in
    about one segment in twenty, whose MT keeps the old number (a number finding). One
    segment in ten repeats an earlier source with a new MT (inconsistency)."""
    rng = random.Random(seed)
    base, swaps, words = pairs(), name_swaps(), rule_words(rules)
    out: list[str] = []
    total = 0
    earlier: list[str] = []
    while total < size:
        pair = rng.choice(base)
        source, mt, reference = pair["source"], pair["mt"], pair.get("reference") or pair["mt"]
        if earlier and rng.random() < 0.1:
            source = rng.choice(earlier)
        else:
            renumbered = {n: str(rng.randint(1, 20000)) for n in _NUMBER.findall(source)}
            source, reference = _renumber(source, renumbered), _renumber(reference, renumbered)
            if rng.random() >= 0.05:
                mt = _renumber(mt, renumbered)
            if len(earlier) < 5000:
                earlier.append(source)
        mt = vary(rng, mt, swaps, words, numbers=False)
        line = json.dumps(
            {"id": f"p{len(out) + 1}", "source": source, "mt": mt, "reference": reference},
            ensure_ascii=False,
        )
        out.append(line + "\n")
        total += len(out[-1].encode("utf-8"))
    return "".join(out)


def _renumber(text: str, numbers: dict[str, str]) -> str:
    return _NUMBER.sub(lambda m: numbers.get(m.group(), m.group()), text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rules", type=Path, help="a prh rule file to take flagged words from")
    parser.add_argument("--bilingual", action="store_true", help="JSONL: source, MT, reference")
    args = parser.parse_args()
    make = bilingual if args.bilingual else generate
    args.out.write_text(make(int(args.mb * 1_000_000), args.seed, args.rules), "utf-8")


if __name__ == "__main__":
    main()
