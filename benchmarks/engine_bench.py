"""Every default command at several sizes, on two corpora, with prh's engine timed in the
same run on the same rules: speed, growth, memory, and the same findings whatever the
strategy.

    python benchmarks/engine_bench.py [--sizes 5,20,50] [--work DIR] [--out results.json]

Rules: prh's WEB+DB_PRESS.yml plus glossary/names.tsv as prh YAML (as glossary_bench.py
builds them; prh is installed with npm into the work folder). Corpora (benchmarks/corpus.py,
seed 7), each at every size:

* plain: Japanese MT text, a segment per line, paragraphs (the text prh reads);
* bilingual: JSONL with source, MT and reference, so that the checks that need a source run
  too (key terms, numbers, untranslated, inconsistency).

Commands, as a user types them (every default check on): `review check DOC --glossary RULES`
(text, and `--format json`), `review fix DOC --glossary RULES -o OUT`, `review export DOC
--format txt|jsonl -o OUT`, `review discover DOC --glossary RULES`, and `review score DOC`
(bilingual). prh's engine (node: `makeChangeSet`, the changes applied in one pass) runs on the
plain corpus. Each run: wall time, and peak memory summed over the process and its children
(their proportional set sizes, sampled from /proc every 20 ms; Linux). The growth exponent of
each command is the slope of log(time) over log(size), fitted on every size.

Strategy: `review check` at 1 MB (one process) and at the smallest size (every core) is run
again with REVIEW_PROCESSES=1; the outputs must be identical, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus
import glossary_bench

ROOT = Path(__file__).resolve().parent.parent


def _tree_rss(root: int) -> int:
    """Memory (bytes) of a process and all its descendants, from /proc: each one's
    proportional set size (PSS: a page shared by n processes, as forked workers share their
    parent's, counts 1/n in each), so that the sum is the memory they take together."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        parents[pid] = int(fields[1])
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [root]
    children: dict[int, list[int]] = {}
    for pid, parent in parents.items():
        children.setdefault(parent, []).append(pid)
    while todo:
        pid = todo.pop()
        total += _pss(pid) if pid in rss else 0
        todo.extend(children.get(pid, ()))
    return total


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def measure(
    command: list[str], *, stdout: Path | None = None, env: dict[str, str] | None = None
) -> dict[str, object]:
    """Wall time (s) and peak summed memory (MB) of a command."""
    sink = stdout.open("wb") if stdout else subprocess.DEVNULL
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=sink, stderr=subprocess.PIPE, env={**os.environ, **(env or {})}
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if stdout:
        sink.close()  # type: ignore[union-attr]
    return {
        "wall": round(wall, 3),
        "mb": round(peak / 1e6, 1),
        "code": process.returncode,
        "err": err.decode(errors="replace")[-300:],
    }


def exponent(sizes: list[float], times: list[float]) -> float | None:
    """The least-squares slope of log(time) over log(size)."""
    points = [(math.log(s), math.log(t)) for s, t in zip(sizes, times, strict=True) if t > 0]
    if len(points) < 2:
        return None
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    num = sum((x - mx) * (y - my) for x, y in points)
    den = sum((x - mx) ** 2 for x, _ in points)
    return round(num / den, 2)


def commands(doc: Path, rules: Path, work: Path, bilingual: bool) -> dict[str, list[str]]:
    review = [sys.executable, "-m", "review"]
    suffix = ".jsonl" if bilingual else ".txt"
    found = {
        "check": [*review, "check", str(doc), "--glossary", str(rules), "--color", "never"],
        "check json": [*review, "check", str(doc), "--glossary", str(rules), "--format", "json"],
        "fix": [
            *review,
            "fix",
            str(doc),
            "--glossary",
            str(rules),
            "-o",
            str(work / f"fixed{suffix}"),
        ],
        "export": [
            *review,
            "export",
            str(doc),
            "--format",
            suffix[1:],
            "-o",
            str(work / f"out{suffix}"),
        ],
        "discover": [*review, "discover", str(doc), "--glossary", str(rules)],
    }
    if bilingual:
        found["score"] = [*review, "score", str(doc)]
    return found


def bench(sizes: list[float], work: Path) -> dict[str, object]:
    modules = glossary_bench.install(work)
    rules = glossary_bench.rules(work, modules)
    prh_rules = work / "prh-rules" / "media" / "WEB+DB_PRESS.yml"
    script = work / "engine.js"
    script.write_text(glossary_bench.NODE_ENGINE)
    results: dict[str, object] = {"sizes": sizes, "runs": {}, "same": {}}
    runs: dict[str, dict[str, dict[str, object]]] = {}
    for mb in sizes:
        for name, bilingual in (("plain", False), ("bilingual", True)):
            doc = work / (f"{name}-{mb:g}" + (".jsonl" if bilingual else ".txt"))
            if not doc.exists():
                make = corpus.bilingual if bilingual else corpus.generate
                doc.write_text(make(int(mb * 1_000_000), 7, prh_rules), "utf-8")
            for command, argv in commands(doc, rules, work, bilingual).items():
                key = f"{name}: {command}"
                run = measure(argv, stdout=work / "stdout.txt")
                runs.setdefault(key, {})[f"{mb:g}"] = run
                print(f"{mb:g} MB {key}: {run['wall']} s, {run['mb']} MB", flush=True)
            if not bilingual:
                out = work / "engine.json"
                run = measure(
                    [
                        "node",
                        str(script),
                        str(modules / "prh"),
                        str(rules),
                        str(doc),
                        str(work / "prh.txt"),
                    ],
                    stdout=out,
                )
                runs.setdefault("plain: prh engine", {})[f"{mb:g}"] = run
                print(f"{mb:g} MB prh engine: {run['wall']} s", flush=True)
    results["runs"] = runs
    same: dict[str, bool] = {}
    for mb in (1, min(sizes)):
        for name, bilingual in (("plain", False), ("bilingual", True)):
            doc = work / f"{name}-strategy-{mb:g}" if mb == 1 else work / f"{name}-{mb:g}"
            doc = doc.with_suffix(".jsonl" if bilingual else ".txt")
            if not doc.exists():
                make = corpus.bilingual if bilingual else corpus.generate
                doc.write_text(make(int(mb * 1_000_000), 7, prh_rules), "utf-8")
            for fmt in ("text", "json"):
                argv = commands(doc, rules, work, bilingual)[
                    "check" if fmt == "text" else "check json"
                ]
                measure(argv, stdout=work / "every-core.txt")
                measure(argv, stdout=work / "one.txt", env={"REVIEW_PROCESSES": "1"})
                equal = (work / "every-core.txt").read_bytes() == (work / "one.txt").read_bytes()
                same[f"{name} {mb:g} MB {fmt}"] = equal
                print(f"strategy {name} {mb:g} MB {fmt}: identical={equal}", flush=True)
    results["same"] = same
    return results


def table(results: dict[str, object]) -> str:
    sizes: list[float] = results["sizes"]  # type: ignore[assignment]
    runs: dict[str, dict[str, dict[str, float]]] = results["runs"]  # type: ignore[assignment]
    big = f"{max(sizes):g}"
    prh = runs.get("plain: prh engine", {}).get(big, {}).get("wall")
    head = " | ".join(f"{s:g} MB" for s in sizes)
    lines = [
        f"| command | {head} | exponent | t({big})/t({min(sizes):g}) | memory at {big} MB "
        "| prh engine / this |",
        "|---" * (len(sizes) + 5) + "|",
    ]
    for key, by_size in runs.items():
        times = [float(by_size[f"{s:g}"]["wall"]) for s in sizes if f"{s:g}" in by_size]
        cells = " | ".join(f"{t:.2f} s" for t in times)
        slope = exponent(sizes[: len(times)], times)
        flag = " ⚠" if slope is not None and slope > 1.1 else ""
        ratio = f"{times[-1] / times[0]:.1f}" if len(times) > 1 else ""
        memory = by_size.get(big, {}).get("mb", "")
        versus = (
            f"{prh / times[-1]:.1f}×"
            if prh and key.startswith("plain: check") and len(times) == len(sizes)
            else ""
        )
        lines.append(f"| {key} | {cells} | {slope}{flag} | {ratio} | {memory} MB | {versus} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="5,20,50")
    parser.add_argument("--work", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--table", type=Path, help="print the table of a saved results file")
    args = parser.parse_args()
    if args.table:
        print(table(json.loads(args.table.read_text())))
        return
    sizes = [float(s) for s in args.sizes.split(",")]
    work = args.work or Path(tempfile.mkdtemp(prefix="engine-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results = bench(sizes, work)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2))
    print(table(results))


if __name__ == "__main__":
    main()
