"""`review lsp` on a large file: the time from an edit to the diagnostics published, as an
editor sees it (stdio, JSON-RPC, the server's debounce included), at several sizes.

    python benchmarks/lsp_bench.py [--sizes 0.1,0.3,1] [--edits 5]

The text: the benchmark corpus's Japanese MT lines (benchmarks/corpus.py, seed 7) as a
Markdown file of SIZE MB, with the shipped names glossary beside it as DOC.glossary.tsv.
Each edit inserts one line with a forbidden variant at the middle of the file; the time is
from sending `didChange` to receiving the `publishDiagnostics` that holds the new finding.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpus

from tests.cli.test_lsp import Editor

ROOT = Path(__file__).resolve().parent.parent


def run(size_mb: float, edits: int, work: Path) -> dict[str, float]:
    folder = work / f"{size_mb}"
    folder.mkdir(parents=True, exist_ok=True)
    text = corpus.generate(int(size_mb * 1_000_000))
    doc = folder / "doc.md"
    doc.write_text(text, encoding="utf-8")
    shutil.copy(ROOT / "glossary" / "names.tsv", folder / "doc.glossary.tsv")
    editor = Editor(folder)
    try:
        editor.request(
            "initialize", {"processId": None, "rootUri": folder.as_uri(), "capabilities": {}}
        )
        editor.send("initialized", {})
        uri = doc.as_uri()
        start = time.perf_counter()
        editor.send(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}},
        )
        before = len(editor.diagnostics(uri))
        opened = time.perf_counter() - start
        middle = text.count("\n") // 2
        times = []
        for version in range(2, edits + 2):
            start = time.perf_counter()
            editor.send(
                "textDocument/didChange",
                {
                    "textDocument": {"uri": uri, "version": version},
                    "contentChanges": [
                        {
                            "range": {
                                "start": {"line": middle, "character": 0},
                                "end": {"line": middle, "character": 0},
                            },
                            "text": "ルダラジュ氏が述べた。\n",
                        }
                    ],
                },
            )
            while len(editor.diagnostics(uri)) <= before:
                pass
            before += 1
            times.append(time.perf_counter() - start)
    finally:
        editor.close()
    return {"size": size_mb, "open": opened, "median": statistics.median(times), "max": max(times)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0.1,0.3,1")
    parser.add_argument("--edits", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="lsp-bench-"))
    print("| size | open → diagnostics | edit → diagnostics, median | max |")
    print("|---|---|---|---|")
    for size in (float(s) for s in args.sizes.split(",")):
        row = run(size, args.edits, work)
        print(
            f"| {row['size']:g} MB | {row['open']:.2f} s | {row['median'] * 1000:.0f} ms "
            f"| {row['max'] * 1000:.0f} ms |",
            flush=True,
        )


if __name__ == "__main__":
    main()
