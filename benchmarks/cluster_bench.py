"""Past one process: `review score` and `review check` on 1 and 2 workers of each executor
(the local process pool, a Dask LocalCluster), against sacrebleu's own command on the same
pairs, in one run, at several sizes.

    python benchmarks/cluster_bench.py [--segments 10000,100000] [--work DIR] [--skip-check]
    python benchmarks/cluster_bench.py --overhead

Pairs: the shipped example's MT and reference lines with numbers varied, so that no two are
the same (`scoring_bench.pairs`), written as a JSONL document for `review` and as two text
files for sacrebleu. Commands, as users type them:

* `sacrebleu REF -i HYP -m bleu chrf ter --tokenize ja-mecab --ter-normalized
  --ter-asian-support --width 4 --format json`
* `review score DOC --format json` with `--workers 1`, `--workers 2`, `--cluster local
  --workers 1` and `--cluster local --workers 2` (a LocalCluster started by the command: its
  start is in the time);
* `review check DOC --format json --glossary glossary/names.tsv`, on the same four.

The figures (chrF, BLEU, TER of the MT, four decimals in both outputs) must be equal; so
must every `review check` output. Wall times; the speed-ups are sacrebleu's time over each
`review score`, and each executor's 1-worker time over its 2-worker time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring_bench import pairs

ROOT = Path(__file__).resolve().parent.parent
EXECUTORS = {
    "pool ×1": ["--workers", "1"],
    "pool ×2": ["--workers", "2"],
    "LocalCluster ×1": ["--cluster", "local", "--workers", "1"],
    "LocalCluster ×2": ["--cluster", "local", "--workers", "2"],
}


def _timed(command: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")
    return elapsed, done.stdout


def _write(count: int, work: Path) -> tuple[Path, Path, Path]:
    hyps, refs = pairs(count)
    doc, hyp, ref = (
        work / f"pairs-{count}.jsonl",
        work / f"hyp-{count}.txt",
        work / f"ref-{count}.txt",
    )
    with doc.open("w", encoding="utf-8") as out:
        for i, (h, r) in enumerate(zip(hyps, refs, strict=True)):
            out.write(json.dumps({"id": f"s{i}", "mt": h, "reference": r}, ensure_ascii=False))
            out.write("\n")
    hyp.write_text("\n".join(hyps) + "\n", encoding="utf-8")
    ref.write_text("\n".join(refs) + "\n", encoding="utf-8")
    return doc, hyp, ref


def _sacrebleu_figures(stdout: str) -> dict[str, float]:
    return {item["name"].lower().rstrip("2"): float(item["score"]) for item in json.loads(stdout)}


def run(count: int, work: Path, check: bool) -> dict[str, object]:
    doc, hyp, ref = _write(count, work)
    review = [sys.executable, "-m", "review"]
    sacre_time, sacre_out = _timed(
        [sys.executable, "-m", "sacrebleu", str(ref), "-i", str(hyp), "-m", "bleu", "chrf",
         "ter", "--tokenize", "ja-mecab", "--ter-normalized", "--ter-asian-support",
         "--width", "4", "--format", "json"]
    )  # fmt: skip
    theirs = _sacrebleu_figures(sacre_out)
    row: dict[str, object] = {"segments": count, "sacrebleu": sacre_time, "figures": theirs}
    for name, where in EXECUTORS.items():
        elapsed, out = _timed([*review, "score", str(doc), "--format", "json", *where])
        ours = json.loads(out)["mt"]
        row[f"score {name}"] = elapsed
        row[f"same {name}"] = all(abs(ours[k] - theirs[k]) < 1e-9 for k in ("chrf", "bleu", "ter"))
        print(f"{count:,} score {name}: {elapsed:.2f} s", file=sys.stderr, flush=True)
    if check:
        outputs = set()
        glossary = str(ROOT / "glossary" / "names.tsv")
        for name, where in EXECUTORS.items():
            elapsed, out = _timed(
                [*review, "check", str(doc), "--format", "json", "--glossary", glossary, *where]
            )
            row[f"check {name}"] = elapsed
            outputs.add(out)
            print(f"{count:,} check {name}: {elapsed:.2f} s", file=sys.stderr, flush=True)
        row["check outputs equal"] = len(outputs) == 1
    return row


def _nothing(shared: None, item: int) -> int:
    return item


def overhead(tasks: int = 2000) -> dict[str, float]:
    """The cost of a task that does nothing, on each executor of two workers: what the
    scheduler and the round trip add to every piece of work."""
    from review.core.cluster import connect
    from review.core.pool import Processes, Sized

    items = [Sized(i, 1) for i in range(tasks)]
    found: dict[str, float] = {}
    pool = Processes(2, "fork")
    start = time.perf_counter()
    assert list(pool.map(_nothing, None, items)) == list(range(tasks))
    found["pool"] = (time.perf_counter() - start) / tasks
    with connect("local", workers=2) as dask:
        list(dask.map(_nothing, None, items[:50]))  # warm
        start = time.perf_counter()
        assert list(dask.map(_nothing, None, items)) == list(range(tasks))
        found["LocalCluster"] = (time.perf_counter() - start) / tasks
    return found


def table(rows: list[dict[str, object]]) -> str:
    out = [
        "| segments | command | sacrebleu | pool ×1 | pool ×2 | pool 1→2 | LocalCluster ×1 "
        "| LocalCluster ×2 | LocalCluster 1→2 | sacrebleu / pool ×2 | same figures |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        for command in ("score", "check"):
            if f"{command} pool ×1" not in row:
                continue
            t = {name: float(row[f"{command} {name}"]) for name in EXECUTORS}  # type: ignore[arg-type]
            sacre = float(row["sacrebleu"]) if command == "score" else None  # type: ignore[arg-type]
            same = (
                all(row[f"same {name}"] for name in EXECUTORS)
                if command == "score"
                else row["check outputs equal"]
            )
            out.append(
                f"| {row['segments']:,} | {command} | "
                + (f"{sacre:.2f} s" if sacre else "")
                + f" | {t['pool ×1']:.2f} s | {t['pool ×2']:.2f} s "
                f"| {t['pool ×1'] / t['pool ×2']:.2f}× | {t['LocalCluster ×1']:.2f} s "
                f"| {t['LocalCluster ×2']:.2f} s "
                f"| {t['LocalCluster ×1'] / t['LocalCluster ×2']:.2f}× | "
                + (f"{sacre / t['pool ×2']:.2f}×" if sacre else "")
                + f" | {'yes' if same else 'NO'} |"
            )
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--segments", default="10000,100000")
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--skip-check", action="store_true")
    parser.add_argument(
        "--overhead", action="store_true", help="only the cost of an empty task per executor"
    )
    args = parser.parse_args()
    if args.overhead:
        for name, seconds in overhead().items():
            print(f"{name}: {seconds * 1000:.2f} ms per empty task (2 workers, 2,000 tasks)")
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="cluster-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    for count in (int(c) for c in args.segments.split(",")):
        rows.append(run(count, work, not args.skip_check))
        print(table(rows[-1:]), flush=True)
    print()
    print(table(rows))
    (work / "results.json").write_text(json.dumps(rows, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
