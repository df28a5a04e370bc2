"""`review check` and `review fix` on large plain texts: the same findings and fixes as the
document path, computed in chunks on every core (`review.core.batch`), streamed to the
output, with a progress bar on a terminal.

The batch path is taken for a plain-text document (one segment per line) that has no saved
review state (so no revision or dismissal can change what is checked), no `--source` or
`--reference`, and no project config; for `check`, when the check is a pure glossary check
(`--no-qa --no-variants`, text output); for `fix`, when the output is plain text too.
`--paragraphs` (prh's reading: pattern rules see a paragraph, lines up to a blank line, as
one text) needs this path.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from review.console import findings_text
from review.core.batch import Engine, Result, run_text
from review.core.model import Segment
from review.core.state import state_path
from review.formats.documents import READ_FORMATS, WRITE_FORMATS, format_of
from review.formats.errors import InputError
from review.formats.glossaries import glossary_for, read_glossary
from review.formats.textio import read_text, text_lines, write_atomic_chunks
from review.progress import Progress

EXIT_OK, EXIT_FINDINGS = 0, 1


def _eligible(args: argparse.Namespace) -> bool:
    if args.source is not None or args.reference is not None:
        return False
    if format_of(args.document, args.input_format, READ_FORMATS) != "txt":
        return False
    if state_path(args.document).is_file() or getattr(args, "config", None) is not None:
        return False
    from review.formats.config import find_config

    return find_config(args.document) is None


def _refuse(args: argparse.Namespace, why: str) -> None:
    if getattr(args, "paragraphs", False):
        raise InputError(args.document, f"--paragraphs {why}")


def _load(args: argparse.Namespace) -> tuple[list[str], bool, Engine, str]:
    text = read_text(args.document, args.encoding)
    if not text.strip():
        raise InputError(args.document, "empty file: no segments")
    final_newline = text.endswith("\n")
    lines = text_lines(text)
    del text
    path = args.glossary or glossary_for(args.document)
    if path is None:
        raise InputError(args.document, "no glossary to check with; pass --glossary FILE")
    glossary = read_glossary(path, args.encoding if args.glossary else None)
    return lines, final_newline, Engine(glossary), str(_shown(path))


def _shown(path: Path) -> Path:
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


def check(args: argparse.Namespace) -> int | None:
    """`review check` on the batch path, or None when it does not apply."""
    why = "applies to a plain-text document without saved state, --source, --reference or config"
    if not _eligible(args):
        _refuse(args, why)
        return None
    if args.no_glossary or not (args.no_qa and args.no_variants) or args.format != "text":
        _refuse(args, "needs --no-qa --no-variants and text output")
        return None
    lines, final_newline, engine, gloss = _load(args)
    name = str(args.document)
    colour = args.color == "always" or (
        args.color == "auto" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    )

    def render(result: Result, chunk: Sequence[str], first: int) -> tuple[str, Counter[str]]:
        if not result.findings:
            return "", Counter()
        segments = {str(first + i): Segment(str(first + i), line) for i, line in enumerate(chunk)}
        text = findings_text(
            result.findings, segments, document=name, glossary=gloss, colour=colour
        )
        body = text[: text.rstrip("\n").rfind("\n") + 1]  # without its summary line
        return body, Counter(f.severity.value for f in result.findings)

    counts: Counter[str] = Counter()
    total = 0
    with Progress(sum(len(line) + 1 for line in lines), "checking") as progress:
        for body, found in run_text(
            engine,
            lines,
            render,
            fix=False,
            paragraphs=getattr(args, "paragraphs", False),
            final_newline=final_newline,
            progress=progress.update,
        ):
            sys.stdout.write(body)
            counts.update(found)
            total += sum(found.values())
    parts = [
        f"{counts[name]} {name}{'s' if counts[name] != 1 and name != 'info' else ''}"
        for name in ("error", "warning", "info")
    ]
    sys.stdout.write(
        f"{total} findings ({', '.join(parts)}) in {len(lines)} segments; glossary {gloss}\n"
    )
    return EXIT_FINDINGS if counts["error"] else EXIT_OK


def fix(args: argparse.Namespace) -> int | None:
    """`review fix` on the batch path, or None when it does not apply."""
    if args.in_place or not _eligible(args) or args.no_glossary:
        _refuse(args, "applies to a plain-text document without saved state written to -o OUT.txt")
        return None
    output: Path = args.output
    if format_of(output, args.format, WRITE_FORMATS) != "txt":
        _refuse(args, "needs plain-text output (OUT.txt)")
        return None
    lines, final_newline, engine, gloss = _load(args)

    def render(result: Result, chunk: Sequence[str], first: int) -> tuple[str, int]:
        assert result.fixed is not None
        return "".join(line.replace("\n", " ") + "\n" for line in result.fixed), result.changed

    changed = 0

    def pieces() -> Iterator[str]:
        nonlocal changed
        with Progress(sum(len(line) + 1 for line in lines), "fixing") as progress:
            for text, count in run_text(
                engine,
                lines,
                render,
                fix=True,
                paragraphs=getattr(args, "paragraphs", False),
                final_newline=final_newline,
                preferences=getattr(args, "include_preferences", False),
                progress=progress.update,
            ):
                changed += count
                yield text

    write_atomic_chunks(output, pieces())
    print(f"{changed} segments fixed with {gloss}; wrote {output}", file=sys.stderr)
    return EXIT_OK
