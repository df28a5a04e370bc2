"""What the orthographic 表記ゆれ (SudachiPy) costs the default `review check`, side by side in
one run: the same command with Sudachi and without it, at several sizes of two corpora.

    python benchmarks/orthography_bench.py [--sizes 2,8,20] [--work DIR]

* synthetic: `benchmarks/corpus.py` (seed 7), plain MT text made from the example article, so
  its sentences repeat, as a long MT document's phrasing does;
* real: every translated message of the real PO files in tests/data/qa/ (70 projects, about
  2.5 MB, no message twice), at a quarter, a half and all of it: text with little repetition.

"Without" runs the same command with `review.core.orthography._dictionary` returning None,
as if SudachiPy were not installed (the workers are forked, so they inherit it). Each row:
wall time and peak memory summed over the processes (engine_bench.measure), the variant
findings, and the seconds Sudachi adds per MB.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import polib

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate
from engine_bench import measure

QA = Path(__file__).resolve().parent.parent / "tests" / "data" / "qa"
WITHOUT = (
    "import sys, runpy; import review.core.orthography as o; o._dictionary = lambda: None; "
    "sys.argv = ['review', *sys.argv[1:]]; runpy.run_module('review', run_name='__main__')"
)


def real_messages() -> list[str]:
    seen: dict[str, None] = {}
    for path in sorted(QA.glob("*/*.po")):
        try:
            entries = polib.pofile(str(path))
        except OSError:
            continue
        for entry in entries:
            for text in (entry.msgstr, *entry.msgstr_plural.values()):
                line = " ".join(text.split())
                if line:
                    seen.setdefault(line, None)
    return list(seen)


def run(doc: Path, work: Path) -> dict[str, float]:
    row: dict[str, float] = {"mb": doc.stat().st_size / 1e6}
    for name, command in (
        ("with", [sys.executable, "-m", "review", "check", str(doc)]),
        ("without", [sys.executable, "-c", WITHOUT, "check", str(doc)]),
    ):
        out = work / f"{doc.stem}.{name}.txt"
        result = measure(command, stdout=out)
        assert result["code"] in (0, 1), result["err"]
        row[name] = float(result["wall"])  # type: ignore[arg-type]
        row[f"{name} memory"] = float(result["mb"])  # type: ignore[arg-type]
        text = out.read_text(encoding="utf-8")
        row[f"{name} variants"] = text.count(" variant ")
        row[f"{name} sudachi"] = text.count("one word to Sudachi")
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="2,8,20")
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="ortho-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    docs: list[tuple[str, Path]] = []
    for size in args.sizes.split(","):
        doc = work / f"synthetic-{size}.txt"
        doc.write_text(generate(int(float(size) * 1_000_000)), encoding="utf-8")
        docs.append(("synthetic", doc))
    messages = real_messages()
    for share in (4, 2, 1):
        doc = work / f"real-1-{share}.txt"
        doc.write_text("\n".join(messages[: len(messages) // share]) + "\n", encoding="utf-8")
        docs.append(("real", doc))
    print("| corpus | MB | without Sudachi | with | added per MB | memory without / with |")
    print("|---|---|---|---|---|---|")
    for corpus, doc in docs:
        row = run(doc, work)
        added = (row["with"] - row["without"]) / row["mb"]
        print(
            f"| {corpus} | {row['mb']:.1f} | {row['without']:.2f} s | {row['with']:.2f} s "
            f"({row['with sudachi']:.0f} orthographic of {row['with variants']:.0f} variant "
            f"findings) | {added:.2f} s | {row['without memory']:.0f} / "
            f"{row['with memory']:.0f} MB |",
            flush=True,
        )


if __name__ == "__main__":
    main()
