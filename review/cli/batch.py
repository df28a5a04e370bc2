"""`review check` and `review fix` on large plain texts: the same findings and fixes as the
document path, computed in chunks on every core (`review.core.batch`), streamed to the
output, with a progress bar on a terminal.

The batch path is taken for a plain-text document (one segment per line) that has no saved
review state (so no revision or dismissal can change what is checked), no `--source` or
`--reference`, and no project config; for `check`, when the check is a pure glossary check
(`--no-qa --no-variants`, text or compact output); for `fix`, when the output is plain text too.
`--paragraphs` (prh's reading: pattern rules see a paragraph, lines up to a blank line, as
one text) needs this path.
"""

from __future__ import annotations

import argparse
import codecs
import operator
import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from review.cli.console import compact_lines, finding_lines, summary_line
from review.cli.progress import Progress
from review.core.batch import (
    START_METHOD,
    Chunk,
    Engine,
    Render,
    Result,
    T,
    processes_for,
    run_chunks,
    start_method,
    stream_chunks,
)
from review.core.model import Severity
from review.core.state import state_path
from review.core.wording import counted
from review.formats.documents import READ_FORMATS, WRITE_FORMATS, format_of
from review.formats.errors import InputError
from review.formats.glossaries import find_glossary, read_glossary
from review.formats.textio import (
    detect_encoding,
    read_bytes,
    read_text,
    write_atomic_chunks,
)

EXIT_OK, EXIT_FINDINGS = 0, 1
_SEVERITY = operator.attrgetter("severity")
_NAMES = {id(severity): severity.value for severity in Severity}


def open_binary(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError:
        read_bytes(path)  # raises the one-line error for a missing file or a folder
        raise


def _eligible(args: argparse.Namespace) -> bool:
    if args.source is not None or args.reference is not None:
        return False
    if format_of(args.document, args.input_format, READ_FORMATS, option="--input-format") != "txt":
        return False
    if state_path(args.document).is_file() or getattr(args, "config", None) is not None:
        return False
    from review.formats.config import find_config

    return find_config(args.document) is None


def _refuse(args: argparse.Namespace, why: str) -> None:
    if getattr(args, "paragraphs", False):
        raise InputError(args.document, f"--paragraphs {why}")


BLOCK = 1 << 20  # bytes read at a time


def _blocks(path: Path, encoding: str | None, progress: Progress) -> Iterator[str]:
    """The file's text in decoded blocks, read as it is needed. UTF-8 (detected on the first
    block, or given) is decoded block by block; any other encoding, or bytes that are not
    UTF-8 further on, go through `read_text`, which reads the whole file and names the line
    of a bad byte."""
    seen = False
    with open_binary(path) as handle:
        head = handle.read(BLOCK)
        cut = head.rfind(b"\n") + 1 or len(head)
        name = encoding or detect_encoding(head[:cut])
        if codecs.lookup(name).name not in ("utf-8", "utf-8-sig") or head.startswith(
            (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
        ):
            text = read_text(path, encoding)
            progress.update(len(head))
            if not text.strip():
                raise InputError(path, "empty file: no segments")
            yield text
            return
        decoder = codecs.getincrementaldecoder(name)("strict")
        data = head
        while data:
            try:
                block = decoder.decode(data)
            except UnicodeDecodeError:
                read_text(path, encoding)  # raises the error naming the line
                raise InputError(path, "is not UTF-8 throughout; pass --encoding") from None
            progress.update(len(data))
            seen = seen or bool(block.strip())
            yield block
            data = handle.read(BLOCK)
        try:
            block = decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            read_text(path, encoding)
            raise InputError(path, "ends inside a UTF-8 character") from None
        seen = seen or bool(block.strip())
        yield block
    if not seen:
        raise InputError(path, "empty file: no segments")


def _engine(args: argparse.Namespace) -> tuple[Engine, str] | None:
    """The engine over the glossary that applies (as `open_review` finds it: the batch path
    runs only where no project config is found); None without one (the document path then
    checks without a glossary, and says so)."""
    from review.formats.config import ProjectConfig

    path, _ = find_glossary(
        args.document, args.glossary, no_glossary=args.no_glossary, config=ProjectConfig()
    )
    if path is None:
        return None
    glossary = read_glossary(path, args.encoding if args.glossary else None)
    return Engine(glossary), str(_shown(path))


def _run(
    args: argparse.Namespace,
    engine: Engine,
    render: Render[T],
    *,
    fix: bool,
    label: str,
    counted: list[int],
) -> Iterator[T]:
    """Stream the document through the engine: `render` of each chunk, in order."""
    paragraphs = getattr(args, "paragraphs", False)
    size = _file_size(args.document)
    try:
        method = start_method()  # once: a thread started later must not change it
    except ValueError as exc:  # a start method named in the environment that is not here
        raise InputError(START_METHOD, str(exc)) from None
    processes = processes_for(size, method)  # bytes here
    with Progress(size, label) as progress:
        pieces = stream_chunks(
            _blocks(args.document, args.encoding, progress), paragraphs=paragraphs
        )

        def count() -> Iterator[Chunk]:
            for chunk in pieces:
                counted[0] += chunk.count
                yield chunk

        yield from run_chunks(
            engine,
            count(),
            render,
            fix=fix,
            paragraphs=paragraphs,
            preferences=getattr(args, "include_preferences", False),
            processes=processes,
            method=method,
        )


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        read_bytes(path)  # raises the error for a missing file or a folder
        raise


def _shown(path: Path) -> Path:
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


# The renderers run in the workers; under `spawn` they are pickled, so they are module-level.


@dataclass(frozen=True, slots=True)
class _CheckRender:
    compact: bool
    document: str
    colour: bool
    encoding: str
    errors: str

    def __call__(
        self, result: Result, chunk: Sequence[str], first: int
    ) -> tuple[bytes, Counter[str]]:
        if not result.findings:
            return b"", Counter()
        if self.compact:  # a plain text's segment id is its line number
            lines = compact_lines(result.findings, int, document=self.document)
        else:
            lines = finding_lines(
                result.findings,
                lambda segment: chunk[int(segment) - first],
                document=self.document,
                colour=self.colour,
            )
        lines.append("")
        body = "\n".join(lines).encode(self.encoding, self.errors)  # encoded in the worker
        # counted by the members' ids: an enum member hashes in Python, an int in C
        counted = Counter(map(id, map(_SEVERITY, result.findings)))
        return body, Counter({_NAMES[key]: n for key, n in counted.items()})


def _fixed_text(result: Result, chunk: Sequence[str], first: int) -> tuple[bytes, int]:
    assert result.fixed is not None
    text = "".join(line.replace("\n", " ") + "\n" for line in result.fixed)
    return text.encode("utf-8"), result.changed  # encoded here, in the worker


def check(args: argparse.Namespace) -> int | None:
    """`review check` on the batch path, or None when it does not apply."""
    why = "applies to a plain-text document without saved state, --source, --reference or config"
    if not _eligible(args):
        _refuse(args, why)
        return None
    compact = args.format == "compact"
    if (
        args.no_glossary
        or not (args.no_qa and args.no_variants)
        or args.format
        not in (
            "text",
            "compact",
        )
    ):
        _refuse(args, "needs --no-qa --no-variants and text or compact output")
        return None
    found = _engine(args)
    if found is None:
        _refuse(args, "needs a glossary")
        return None
    engine, gloss = found
    name = str(args.document)
    colour = args.color == "always" or (
        args.color == "auto" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    )

    out = getattr(sys.stdout, "buffer", None)
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    errors = getattr(sys.stdout, "errors", None) or "strict"

    render = _CheckRender(compact, name, colour, encoding, errors)

    counts: Counter[str] = Counter()
    lines = [0]
    sys.stdout.flush()
    for body, tally in _run(args, engine, render, fix=False, label="checking", counted=lines):
        if out is not None:
            out.write(body)
        else:
            sys.stdout.write(body.decode(encoding, errors))
        counts.update(tally)
    summary = summary_line(counts, segments=lines[0], glossary=gloss)
    if compact:  # standard output has the findings' lines only
        sys.stdout.flush()
        sys.stderr.write(summary)
    else:
        sys.stdout.write(summary)
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
    found = _engine(args)
    if found is None:
        return None  # the document path says there is no glossary to fix with
    engine, gloss = found

    changed = 0
    lines = [0]

    def pieces() -> Iterator[bytes]:
        nonlocal changed
        for text, count in _run(args, engine, _fixed_text, fix=True, label="fixing", counted=lines):
            changed += count
            yield text

    write_atomic_chunks(output, pieces())
    print(f"{counted(changed, 'segment')} fixed with {gloss}; wrote {output}", file=sys.stderr)
    return EXIT_OK
