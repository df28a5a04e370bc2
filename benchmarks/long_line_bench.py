"""The default `review check` on one very long line, at several sizes: how its cost grows.

    python benchmarks/long_line_bench.py [--sizes 0.25,1,4,9]

A hard-wrapped export, a minified JSON string or a PO message of a whole page arrives as one
segment of megabytes. Each size (MB) is one line of Japanese MT holding the shipped glossary's
variants, names in Latin and katakana and 表記ゆれ (so that every check finds something on
it), checked as a user runs it: `review check LINE.txt --glossary glossary/names.tsv --format
compact`. Printed: size, seconds, findings, and the growth exponent between sizes (1.0 is
linear).
"""

from __future__ import annotations

import argparse
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIECE = "ユーザがフィルタを設定します。オープンAIとOpenAIのルダラジュ。ユーザーはフィルターを使う。"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0.25,1,4,9", help="MB, comma-separated")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    piece = PIECE.encode("utf-8")
    previous: tuple[float, float] | None = None
    with tempfile.TemporaryDirectory() as work:
        for mb in sizes:
            line = Path(work) / f"line{mb}.txt"
            line.write_bytes(piece * max(1, int(mb * 1e6 / len(piece))) + b"\n")
            start = time.perf_counter()
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "review",
                    "check",
                    str(line),
                    "--format",
                    "compact",
                    "--glossary",
                    str(ROOT / "glossary" / "names.tsv"),
                ],
                capture_output=True,
                text=True,
                cwd=work,
            )
            seconds = time.perf_counter() - start
            findings = done.stdout.count("\n")
            growth = ""
            if previous is not None:
                growth = (
                    f"  growth {math.log(seconds / previous[1]) / math.log(mb / previous[0]):.2f}"
                )
            print(f"{mb:>6} MB  {seconds:7.2f} s  {findings:>8} findings{growth}", flush=True)
            previous = (mb, seconds)


if __name__ == "__main__":
    main()
