"""Glossary check and fix: `review check` / `review fix` against prh and textlint+prh.

    python benchmarks/glossary_bench.py [--sizes 1,5,50] [--work DIR] [--timeout 300]

Same rules for every tool: prh's own WEB+DB_PRESS.yml (from the npm package `prh`) plus this
repo's glossary/names.tsv written as prh YAML, imported by one rule file. Same corpora:
plain text of each size in MB made from the seed article (benchmarks/corpus.py). prh,
textlint and textlint-rule-prh are installed with npm into the work folder (a temporary one
unless --work is given), never into the repo.

Measured for each size, one run each, wall time and the peak RSS of the largest process:

* `review fix --paragraphs` and `review check --paragraphs --no-qa --no-variants` (a pure
  glossary check; --paragraphs reads paragraphs as prh does), in the text format and in
  `--format compact` (one line per finding);
* prh's engine in node: `engine.makeChangeSet` (the matching), then the changes applied in
  one linear pass (prh's own `applyChangeSets` copies the text once per change);
* `prh --rules … --stdout FILE` and `textlint --rule prh`, each within --timeout seconds.

The fixed texts are compared byte for byte: review's with `prh --stdout` where prh finished,
and with the prh engine's everywhere.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus

ROOT = Path(__file__).resolve().parent.parent
JSON = ("--format", "json")
PURE = ("--no-qa", "--no-variants", "--color", "never")  # a pure glossary check
NPM_PACKAGES = ("prh@5", "textlint@15", "textlint-rule-prh@6")

NODE_ENGINE = """
const prh = require(process.argv[2]);
const fs = require("fs");
const t0 = process.hrtime.bigint();
const engine = prh.fromYAMLFilePath(process.argv[3]);
const t1 = process.hrtime.bigint();
const content = fs.readFileSync(process.argv[4], "utf8");
const changeSet = engine.makeChangeSet(process.argv[4], content);
const t2 = process.hrtime.bigint();
changeSet._prepare();  // applyChangeSets prepares once more before applying
const out = [];
let at = 0;
for (const diff of changeSet.diffs) {
  const text = diff.newText;
  if (text == null) continue;
  out.push(content.slice(at, diff.index), text);
  at = diff.tailIndex;
}
out.push(content.slice(at));
fs.writeFileSync(process.argv[5], out.join(""));
const t3 = process.hrtime.bigint();
process.stdout.write(JSON.stringify({
  load: Number(t1 - t0) / 1e9, match: Number(t2 - t1) / 1e9, apply: Number(t3 - t2) / 1e9,
  changes: changeSet.diffs.length, rules: engine.rules.length,
}));
"""


def install(work: Path) -> Path:
    """prh, textlint and textlint-rule-prh from npm into work/node_modules."""
    if not (work / "node_modules" / "prh").is_dir():
        subprocess.run(
            [
                "npm",
                "install",
                "--no-audit",
                "--no-fund",
                "--silent",
                "prh@5",
                "textlint@15",
                "textlint-rule-prh@6",
            ],
            cwd=work,
            check=True,
        )
    return work / "node_modules"


def rules(work: Path, modules: Path) -> Path:
    from review.formats.glossaries import read_glossary, write_glossary

    folder = work / "prh-rules"
    if not folder.is_dir():
        shutil.copytree(modules / "prh" / "prh-rules", folder)
    write_glossary(read_glossary(ROOT / "glossary" / "names.tsv"), folder / "names.yml")
    path = folder / "bench.yml"
    path.write_text("version: 1\nimports:\n  - media/WEB+DB_PRESS.yml\n  - names.yml\n")
    return path


def measure(command: list[str], *, stdout: Path | None = None, timeout: float) -> dict[str, object]:
    """Wall time and peak RSS (MB) of `command` run in a fresh child of a fresh wrapper."""
    wrapper = (
        "import json, resource, subprocess, sys, time\n"
        "cmd, out, timeout = json.loads(sys.argv[1])\n"
        "t = time.perf_counter()\n"
        "sink = open(out, 'wb') if out else subprocess.DEVNULL\n"
        "try:\n"
        "    p = subprocess.run(cmd, stdout=sink, stderr=subprocess.PIPE, timeout=timeout)\n"
        "    code, err = p.returncode, p.stderr.decode()[-300:]\n"
        "except subprocess.TimeoutExpired:\n"
        "    code, err = None, 'timeout'\n"
        "wall = time.perf_counter() - t\n"
        "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps({'wall': wall, 'rss': rss, 'code': code, 'err': err}))\n"
    )
    arg = json.dumps([command, str(stdout) if stdout else "", timeout])
    result = subprocess.run(
        [sys.executable, "-c", wrapper, arg], capture_output=True, text=True, check=True
    )
    found: dict[str, object] = json.loads(result.stdout)
    return found


def differences(ours: Path, theirs: Path, limit: int = 10) -> list[str]:
    a = ours.read_text(encoding="utf-8").split("\n")
    b = theirs.read_text(encoding="utf-8").split("\n")
    found = [
        f"line {i + 1}: review {x!r} / prh {y!r}"
        for i, (x, y) in enumerate(zip(a, b, strict=False))
        if x != y
    ]
    if len(a) != len(b):
        found.append(f"line counts differ: review {len(a)}, prh {len(b)}")
    return found[:limit]


def bench(sizes: list[float], work: Path, timeout: float) -> list[dict[str, object]]:
    modules = install(work)
    rule_file = rules(work, modules)
    words_from = rule_file.parent / "media" / "WEB+DB_PRESS.yml"
    (work / ".textlintrc.json").write_text(
        json.dumps({"rules": {"prh": {"rulePaths": [str(rule_file)]}}})
    )
    rows: list[dict[str, object]] = []
    for mb in sizes:
        text = work / f"corpus-{mb:g}mb.txt"
        if not text.exists():
            text.write_text(corpus.generate(int(mb * 1_000_000), 7, words_from), "utf-8")
        row: dict[str, object] = {"mb": mb, "bytes": text.stat().st_size}
        review = [sys.executable, "-m", "review"]
        fixed = work / f"review-{mb:g}.txt"
        row["review fix"] = measure(
            [
                *review,
                "fix",
                str(text),
                "-o",
                str(fixed),
                "--glossary",
                str(rule_file),
                "--paragraphs",
            ],
            timeout=timeout * 10,
        )
        row["review check"] = measure(
            [
                *review,
                "check",
                str(text),
                "--glossary",
                str(rule_file),
                "--paragraphs",
                "--no-qa",
                "--no-variants",
                "--color",
                "never",
            ],
            stdout=work / f"review-check-{mb:g}.txt",
            timeout=timeout * 10,
        )
        row["review check compact"] = measure(
            [
                *review,
                "check",
                str(text),
                "--glossary",
                str(rule_file),
                "--paragraphs",
                "--no-qa",
                "--no-variants",
                "--format",
                "compact",
            ],
            stdout=work / f"review-check-compact-{mb:g}.txt",
            timeout=timeout * 10,
        )
        engine_out = work / f"prh-engine-{mb:g}.txt"
        script = work / "engine.js"
        script.write_text(NODE_ENGINE)
        engine_json = work / f"prh-engine-{mb:g}.json"
        row["prh engine"] = measure(
            ["node", str(script), str(modules / "prh"), str(rule_file), str(text), str(engine_out)],
            stdout=engine_json,
            timeout=timeout * 10,
        )
        if engine_json.stat().st_size:
            row["prh engine phases"] = json.loads(engine_json.read_text())
        stdout_out = work / f"prh-stdout-{mb:g}.txt"
        row["prh --stdout"] = measure(
            [str(modules / ".bin" / "prh"), "--rules", str(rule_file), "--stdout", str(text)],
            stdout=stdout_out,
            timeout=timeout,
        )
        row["textlint+prh"] = measure(
            [
                str(modules / ".bin" / "textlint"),
                "--config",
                str(work / ".textlintrc.json"),
                "--format",
                "json",
                str(text),
            ],
            stdout=work / f"textlint-{mb:g}.json",
            timeout=timeout,
        )
        row["identical to prh engine"] = fixed.read_bytes() == engine_out.read_bytes()
        row["diff vs prh engine"] = differences(fixed, engine_out)
        if row["prh --stdout"]["code"] == 0:  # type: ignore[index]
            row["identical to prh --stdout"] = fixed.read_bytes() == stdout_out.read_bytes()
            row["diff vs prh --stdout"] = differences(fixed, stdout_out)
        rows.append(row)
        print(table([row]), flush=True)
    return rows


def _cell(run: object) -> str:
    if not isinstance(run, dict):
        return "—"
    if run.get("code") is None:
        return f"> {run['wall']:.0f} s (stopped)"
    return f"{run['wall']:.2f} s, {run['rss']:.0f} MB"


def table(rows: list[dict[str, object]]) -> str:
    tools = [
        "review check",
        "review check compact",
        "review fix",
        "prh engine",
        "prh --stdout",
        "textlint+prh",
    ]
    out = ["| size | " + " | ".join(tools) + " | engine matching | review fix vs engine |"]
    out.append("|---" * (len(tools) + 3) + "|")
    for row in rows:
        phases = row.get("prh engine phases")
        match = phases["match"] if isinstance(phases, dict) else None
        fix_run = row["review fix"]
        ratio = (
            f"{match / fix_run['wall']:.1f}×"  # type: ignore[index]
            if match is not None and isinstance(fix_run, dict)
            else "—"
        )
        same = "identical" if row.get("identical to prh engine") else "DIFFERS"
        if "identical to prh --stdout" in row:
            same += ", = prh --stdout" if row["identical to prh --stdout"] else ", ≠ prh --stdout"
        cells = [_cell(row[t]) for t in tools]
        match_cell = "—" if match is None else f"{match:.2f} s"
        out.append(
            f"| {row['mb']:g} MB | " + " | ".join(cells) + f" | {match_cell} | {ratio} {same} |"
        )
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,5,50", help="corpus sizes in MB")
    parser.add_argument("--work", type=Path, help="keep npm packages and corpora here")
    parser.add_argument("--timeout", type=float, default=300, help="for prh --stdout, textlint")
    parser.add_argument("--json", type=Path, help="write every figure here")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="review-bench-") as temporary:
        work = args.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        rows = bench(sizes, work, args.timeout)
    print()
    print(table(rows))
    for row in rows:
        for key in ("diff vs prh engine", "diff vs prh --stdout"):
            for line in row.get(key, []) or []:  # type: ignore[union-attr]
                print(f"{row['mb']:g} MB {key}: {line}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
