"""Every benchmark in one command, from a fresh clone:

    python3 benchmarks/run_all.py [--quick] [--work DIR]

1. glossary check and fix against prh and textlint+prh (benchmarks/glossary_bench.py; npm
   installs prh, textlint and textlint-rule-prh into a temporary folder);
2. scoring against sacrebleu called directly (benchmarks/scoring_bench.py);
3. the TUI at 100,000 segments (benchmarks/tui_bench.py);
4. variant discovery at 100,000 terms (benchmarks/discover_bench.py).

`--quick` runs small sizes (1 and 5 MB, 2,000 segments, 20,000 TUI segments and terms)
for a check that everything runs. Each script prints its own table.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, to see it all run")
    parser.add_argument("--work", type=Path, help="keep npm packages and corpora here")
    parser.add_argument("--timeout", default="900", help="seconds for prh --stdout, textlint")
    args = parser.parse_args()
    work = ["--work", str(args.work)] if args.work else []
    steps = [
        [
            "glossary_bench.py",
            "--sizes",
            "1,5" if args.quick else "1,5,50",
            "--timeout",
            "60" if args.quick else args.timeout,
            *work,
        ],
        ["scoring_bench.py", "--segments", "2000" if args.quick else "10000,100000"],
        ["tui_bench.py", *(["--segments", "20000", "--moves", "50"] if args.quick else [])],
        ["discover_bench.py", *(["--terms", "20000"] if args.quick else [])],
    ]
    failed = 0
    for script, *options in steps:
        print(f"\n== {script} {' '.join(options)}", flush=True)
        start = time.perf_counter()
        code = subprocess.run([sys.executable, str(HERE / script), *options]).returncode
        print(f"== {script}: exit {code}, {time.perf_counter() - start:.0f} s", flush=True)
        failed += code != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
