"""`review lsp` on a large file: the time from an edit to the diagnostics published, as an
editor sees it (stdio, JSON-RPC, the server's debounce included), at several sizes.

    python benchmarks/lsp_bench.py [--sizes 0.1,0.3,1] [--edits 5] [--format markdown|xliff|po]

The text: the benchmark corpus's Japanese MT lines (benchmarks/corpus.py, seed 7) as a
Markdown file of SIZE MB, with the shipped names glossary beside it as DOC.glossary.tsv.
Each edit inserts one line with a forbidden variant at the middle of the file; the time is
from sending `didChange` to receiving the `publishDiagnostics` that holds the new finding.
With `--format xliff` or `po`, the same lines are the targets of an XLIFF 1.2 (a unit per
line) or a PO file of about SIZE MB, and each edit puts the variant at the start of the
middle target.
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


VARIANT = "ルダラジュ氏が述べた。"


def document_text(size_mb: float, fmt: str) -> tuple[str, int, int]:
    """The file's text, and the line and UTF-16 column where each edit inserts."""
    text = corpus.generate(int(size_mb * 1_000_000))
    if fmt == "markdown":
        return text, text.count("\n") // 2, 0
    from review.core.model import Document, Segment
    from review.formats.documents import render_document

    lines = [line for line in text.splitlines() if line.strip()]
    suffix = {"xliff": ".xlf", "po": ".po"}[fmt]
    while True:  # fewer lines until the markup's weight brings the file to the size
        segments = [Segment(str(n), line, source="The source.") for n, line in enumerate(lines)]
        text = render_document(Document(segments, path=Path("doc" + suffix)), fmt).decode()
        if fmt == "xliff":
            text = text.replace("<trans-unit", "\n<trans-unit")
        if len(text.encode("utf-8")) <= size_mb * 1_000_000:
            break
        lines = lines[: int(len(lines) * 0.95)]
    rows = text.split("\n")
    marker = "<target" if fmt == "xliff" else '"'
    middle = next(
        n
        for n in range(len(rows) // 2, len(rows))
        if rows[n].lstrip().startswith(("<trans-unit",) if fmt == "xliff" else ('"',))
        and marker in rows[n]
    )
    column = rows[middle].index(">", rows[middle].index("<target")) + 1 if fmt == "xliff" else 1
    return text, middle, len(rows[middle][:column].encode("utf-16-le")) // 2


def named(diagnostics: list[dict[str, object]]) -> int:
    """How many diagnostics tell of the variant each edit types (the count of the others may
    fall at once: a segment's document findings come back with the next reading)."""
    return sum(d.get("code") == "glossary:ruddaraju" for d in diagnostics)


def run(size_mb: float, edits: int, work: Path, fmt: str = "markdown") -> dict[str, float]:
    folder = work / f"{fmt}-{size_mb}"
    folder.mkdir(parents=True, exist_ok=True)
    text, middle, column = document_text(size_mb, fmt)
    doc = folder / ("doc." + {"markdown": "md", "xliff": "xlf", "po": "po"}[fmt])
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
            {"textDocument": {"uri": uri, "languageId": fmt, "version": 1, "text": text}},
        )
        before = named(editor.diagnostics(uri))
        opened = time.perf_counter() - start
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
                                "start": {"line": middle, "character": column},
                                "end": {"line": middle, "character": column},
                            },
                            "text": VARIANT + ("\n" if fmt == "markdown" else ""),
                        }
                    ],
                },
            )
            while named(editor.diagnostics(uri)) <= before:
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
    parser.add_argument("--format", choices=("markdown", "xliff", "po"), default="markdown")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="lsp-bench-"))
    print("| size | open → diagnostics | edit → diagnostics, median | max |")
    print("|---|---|---|---|")
    for size in (float(s) for s in args.sizes.split(",")):
        row = run(size, args.edits, work, args.format)
        print(
            f"| {row['size']:g} MB | {row['open']:.2f} s | {row['median'] * 1000:.0f} ms "
            f"| {row['max'] * 1000:.0f} ms |",
            flush=True,
        )


if __name__ == "__main__":
    main()
