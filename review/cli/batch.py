"""`review check` and `review fix` on inputs of any size: the document goes through the one
engine (`review.core.engine`) in pieces, on every core when it is large, and the output is
rendered by the workers and streamed, with a progress bar on a terminal.

A plain text with no saved review state and no `--source` or `--reference` is not read into
memory: it is decoded from its file in blocks and cut into chunks (`batch.stream_chunks`),
once for each pass of the engine. Any other document is read (the review state over it) and
cut into runs of segments. `--paragraphs` (prh's reading: pattern rules see a paragraph,
lines up to a blank line, as one text) applies to plain text.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import json
import operator
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from review.cli.console import compact_lines, finding_lines, summary_line
from review.cli.progress import Progress
from review.core.batch import Engine, Result, run_chunks, stream_chunks
from review.core.engine import Checked, Piece, Plan, run, runs
from review.core.model import Finding, Severity
from review.core.pool import START_METHOD, Executor, Processes, Sized, processes_for, start_method
from review.core.wording import counted
from review.formats.documents import WRITE_FORMATS, format_of, parts_of
from review.formats.errors import InputError
from review.formats.report_json import FINDINGS_SCHEMA
from review.formats.textio import detect_encoding, read_bytes, read_text, write_atomic_chunks

if TYPE_CHECKING:
    from review.core.workspace import Workspace

EXIT_OK, EXIT_FINDINGS = 0, 1
_SEVERITY = operator.attrgetter("severity")
_NAMES = {id(severity): severity.value for severity in Severity}


def open_binary(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError:
        read_bytes(path)  # raises the one-line error for a missing file or a folder
        raise


BLOCK = 1 << 20  # bytes read at a time


def _blocks(path: Path, encoding: str | None, progress: Callable[[int], None]) -> Iterator[str]:
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
            progress(len(head))
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
            progress(len(data))
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


def _ends_with_newline(path: Path) -> bool:
    """Whether the file's last character is a line break (in UTF-8, Shift_JIS, EUC-JP or
    UTF-16 of either byte order)."""
    with open_binary(path) as handle:
        handle.seek(max(0, _file_size(path) - 2))
        return handle.read().endswith((b"\n", b"\n\x00"))


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        read_bytes(path)  # raises the error for a missing file or a folder
        raise


def start() -> str:
    """How workers start (`pool.start_method`); a bad $REVIEW_START_METHOD is one line of error."""
    try:
        return start_method()  # once: a thread started later must not change it
    except ValueError as exc:  # a start method named in the environment that is not here
        raise InputError(START_METHOD, str(exc)) from None


@contextlib.contextmanager
def executor(args: argparse.Namespace, size: int) -> Iterator[Executor]:
    """Where the command's work runs, chosen by one option: `--cluster` (or
    $DASK_SCHEDULER_ADDRESS; `--cluster none`: not that), a Dask cluster; else `--workers N`
    processes of this machine;
    else as many as the input's `size` is worth (`pool.processes_for`: one for a small one)."""
    from review.core import cluster

    address = getattr(args, "cluster", None) or cluster.address_from_environment()
    workers: int | None = getattr(args, "workers", None)
    if address is None or address == cluster.NONE:
        method = start()
        yield Processes(workers or processes_for(size, method), method)
        return
    try:
        dask = cluster.connect(address, workers=workers)
    except cluster.ClusterError as exc:
        raise InputError(address, str(exc)) from None
    with dask:
        yield dask


def _pieces(
    workspace: Workspace, encoding: str | None, paragraphs: bool
) -> tuple[Callable[[], Iterable[Sized[Piece]]], int]:
    """The document's pieces, afresh on each call, and its size (bytes of a streamed file,
    else characters)."""
    if not workspace.streamed:
        if paragraphs:
            refuse_paragraphs(workspace)
        pieces = runs(workspace.document.segments)
        return lambda: pieces, sum(piece.size for piece in pieces)
    path = workspace.path

    def chunks() -> Iterator[Sized[Piece]]:
        for chunk in stream_chunks(_blocks(path, encoding, _ignore), paragraphs=paragraphs):
            yield Sized(chunk, len(chunk.text.encode("utf-8", "surrogatepass")))

    return chunks, _file_size(path)


def _ignore(size: int) -> None:
    pass


def refuse_paragraphs(workspace: Workspace) -> None:
    raise InputError(
        workspace.path,
        "--paragraphs applies to a plain-text document without saved state, --source or "
        "--reference",
    )


# The renderers run in the workers; under `spawn` they are pickled, so they are module-level.


@dataclass(frozen=True, slots=True)
class _Text:
    """`review check`'s text or compact lines of a piece, encoded for standard output."""

    compact: bool
    document: str
    colour: bool
    encoding: str
    errors: str
    lines: dict[str, int] | None  # a segment's line in its file (compact); None: the id is it
    parts: dict[str, str]  # a segment's sheet or package member, where the file has several

    def __call__(self, checked: Checked) -> _Rendered:
        findings = checked.findings
        body = b""
        if findings:
            if self.compact:
                where = self.lines
                line: Callable[[str], int] = int if where is None else lambda s: where.get(s, 0)
                out = compact_lines(findings, line, document=self.document, parts=self.parts)
            else:
                targets = {s.id: s.target for s in checked.segments}
                out = finding_lines(
                    findings, targets.__getitem__, document=self.document, colour=self.colour
                )
            out.append("")
            body = "\n".join(out).encode(self.encoding, self.errors)  # encoded in the worker
        return _Rendered(body, *_tally(checked))


def _json(checked: Checked) -> _Rendered:
    """The findings of a piece as the items of the JSON `findings` array."""
    body = "".join(_JSON_ITEM + _item(f) for f in checked.findings)
    return _Rendered(body.encode("utf-8"), *_tally(checked))


_VALUE = json.JSONEncoder(ensure_ascii=False).encode


def _item(finding: Finding) -> str:
    """`json.dumps(finding.to_dict(), indent=2)`, as an item of the `findings` array, written
    out here: `indent` turns the C encoder off."""
    fields = ",\n      ".join(
        f'"{name}": {_VALUE(value)}' for name, value in finding.to_dict().items()
    )
    return "{\n      " + fields + "\n    }"


_JSON_ITEM = ",\n    "


@dataclass(frozen=True, slots=True)
class _Rendered:
    body: bytes
    counts: Counter[str]
    errors: int  # errors not dismissed: the exit code's
    dismissed: int
    segments: int
    numbers: tuple[int, int]
    keys: int
    not_started: int
    locked: int


def _tally(
    checked: Checked,
) -> tuple[Counter[str], int, int, int, tuple[int, int], int, int, int]:
    # counted by the members' ids: an enum member hashes in Python, an int in C
    counted_ids = Counter(map(id, map(_SEVERITY, checked.findings)))
    counts = Counter({_NAMES[key]: n for key, n in counted_ids.items()})
    errors = counts["error"]
    if checked.lists_dismissed:
        errors -= sum(1 for f in checked.dismissed if f.severity is Severity.ERROR)
    return (
        counts,
        errors,
        len(checked.dismissed),
        len(checked.segments),
        checked.numbers,
        checked.keys,
        checked.not_started,
        checked.locked,
    )


@dataclass(slots=True)
class Totals:
    """What the checks of several documents found, summed."""

    counts: Counter[str]
    segments: int = 0
    documents: int = 0


def write_out(data: bytes | str) -> None:
    """All of `data` to standard output: a reader gone midway raises BrokenPipeError, where
    one large write would stop short without a word."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data if isinstance(data, str) else data.decode())
        return
    if isinstance(data, str):
        data = data.encode(sys.stdout.encoding or "utf-8", sys.stdout.errors or "strict")
    sys.stdout.flush()
    view = memoryview(data)
    while view:
        view = view[buffer.write(view) :]


def silence_stdout() -> None:
    """Standard output to nowhere, its reader gone (what is still buffered included)."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def check(
    args: argparse.Namespace,
    workspace: Workspace,
    glossary_name: str | None,
    *,
    where: Executor | None = None,
    totals: Totals | None = None,
) -> int:
    """`review check` in text, compact or JSON form, streamed as the pieces are checked, on
    `where` (default: the executor the options and the input's size choose); `totals` is
    given what it found."""
    paragraphs = getattr(args, "paragraphs", False)
    plan = Plan(
        workspace.glossary,
        workspace.options,
        tuple(workspace.dismissals),
        paragraphs=paragraphs,
        show_dismissed=args.show_dismissed,
    )
    name = str(args.document)
    out = getattr(sys.stdout, "buffer", None)
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    errors = getattr(sys.stdout, "errors", None) or "strict"
    render: Callable[[Checked], _Rendered]
    if args.format == "json":
        encoding, errors = "utf-8", "strict"
        render = _json
    else:
        colour = args.color == "always" or (
            args.color == "auto" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        )
        lines = None if workspace.streamed else workspace.document.lines
        parts = parts_of(workspace.document) if args.format == "compact" else {}
        render = _Text(args.format == "compact", name, colour, encoding, errors, lines, parts)

    def write(data: bytes) -> None:
        try:
            if out is not None:
                write_out(data)
            else:
                sys.stdout.write(data.decode(encoding, errors))
        except BrokenPipeError:  # `| head`: checked to the end all the same, for the exit code
            silence_stdout()

    counts: Counter[str] = Counter()
    failing = dismissed = segments = found = missing = keys = not_started = locked = 0
    sys.stdout.flush()
    if args.format == "json":
        head = json.dumps(
            {"schema": FINDINGS_SCHEMA, "document": name, "glossary": glossary_name},
            ensure_ascii=False,
            indent=2,
        )
        write(head[:-2].encode() + b',\n  "findings": [')
    first = True
    try:
        pieces, size = _pieces(workspace, args.encoding, paragraphs)
        chosen = contextlib.nullcontext(where) if where is not None else executor(args, size)
        with chosen as running, Progress(size, "checking") as progress:
            for rendered in run(plan, pieces, render, executor=running, progress=progress.update):
                body = rendered.body
                if args.format == "json" and first and body:
                    body, first = body[1:], False  # no comma before the first item
                write(body)
                counts.update(rendered.counts)
                failing += rendered.errors
                dismissed += rendered.dismissed
                segments += rendered.segments
                found, missing = found + rendered.numbers[0], missing + rendered.numbers[1]
                keys += rendered.keys
                not_started += rendered.not_started
                locked += rendered.locked
    except InputError as exc:
        if args.format == "json":  # whole JSON, saying why it stops: its reader is a program
            closing = "]," if first else "\n  ],"
            error = json.dumps(str(exc), ensure_ascii=False)
            write(f'{closing}\n  "error": {error}\n}}\n'.encode())
        raise
    if totals is not None:
        totals.counts.update(counts)
        totals.segments += segments
        totals.documents += 1
    listed = args.show_dismissed
    if args.format == "json":
        tail = {
            "segments": segments,
            "summary": {s.value: counts.get(s.value, 0) for s in Severity},
            "dismissed": 0 if listed else dismissed,
            "not_started": not_started,
            "locked": locked,
            "message_keys": keys,
        }
        rest = json.dumps(tail, ensure_ascii=False, indent=2)[1:]
        write(("\n  ]," if not first else "],").encode() + rest.encode() + b"\n")
    else:
        note = summary_line(counts, segments=segments, glossary=glossary_name)
        if dismissed and not listed:
            noun = "finding" if dismissed == 1 else "findings"
            note += f"{dismissed} dismissed {noun} hidden (--show-dismissed lists them)\n"
        if not_started:
            note += (
                f"{counted(not_started, 'segment')} not started (an empty target the file marks "
                "untranslated): not checked\n"
            )
        if locked:
            note += (
                f"{counted(locked, 'segment')} locked in the file by its CAT tool: not checked "
                "(nobody may change them)\n"
            )
        if keys:
            note += (
                f"{counted(keys, 'segment')} with a message key for a source (such as "
                "edit.caption): the checks that compare source and target skip them\n"
            )
        if workspace.options.numbers and "number" not in workspace.options.off:
            note += _numbers_note(args, workspace, found, missing)
        if args.format == "compact":  # standard output has the findings' lines only
            sys.stdout.flush()
            sys.stderr.write(note)
        else:
            sys.stdout.write(note)
    return EXIT_FINDINGS if failing else EXIT_OK


def _numbers_note(args: argparse.Namespace, workspace: Workspace, found: int, missing: int) -> str:
    """The number check's tally; with --numbers, every pair it matched."""
    if args.numbers and not workspace.streamed:
        from review.cli.console import numbers_text

        return numbers_text(workspace.document, listed=True)
    total = found + missing
    hint = "" if args.numbers or not total else " (--numbers lists them)"
    return f"numbers: {found} of {total} source numbers found in the target{hint}\n"


# review fix on a plain text: streamed


@dataclass(frozen=True, slots=True)
class _FixedText:
    """A chunk's fixed lines, in the file's line ends, encoded here, in the worker."""

    newline: str

    def __call__(self, result: Result, chunk: Sequence[str], first: int) -> tuple[bytes, int]:
        assert result.fixed is not None
        end = self.newline
        text = "".join(line.replace("\n", " ") + end for line in result.fixed)
        return text.encode("utf-8"), result.changed


def fix(
    args: argparse.Namespace,
    workspace: Workspace,
    glossary_name: str | None,
    *,
    where: Executor | None = None,
) -> int:
    """`review fix` of a streamed plain text, written to a plain text (-o OUT.txt), on
    `where` (default: the executor the options and the input's size choose)."""
    assert workspace.glossary is not None
    output: Path = args.output
    if format_of(output, args.format, WRITE_FORMATS) != "txt":
        raise InputError(output, "a plain text is fixed into a plain text: -o OUT.txt")
    engine = Engine(workspace.glossary)
    paragraphs = getattr(args, "paragraphs", False)
    size = _file_size(args.document)
    changed = 0
    with open_binary(args.document) as handle:
        head = handle.read(BLOCK)
    first_end = head.find(b"\n")
    newline = "\r\n" if first_end > 0 and head[first_end - 1 : first_end] == b"\r" else "\n"

    def pieces() -> Iterator[bytes]:
        pending = b""  # the last piece is held: a file without a final line break ends so
        for piece in fixed_pieces():
            if pending:
                yield pending
            pending = piece
        if pending.endswith(b"\n") and not _ends_with_newline(args.document):
            pending = pending[: -len(newline)]
        yield pending

    def fixed_pieces() -> Iterator[bytes]:
        nonlocal changed
        chosen = contextlib.nullcontext(where) if where is not None else executor(args, size)
        with chosen as running, Progress(size, "fixing") as progress:
            chunks = stream_chunks(
                _blocks(args.document, args.encoding, progress.update), paragraphs=paragraphs
            )
            for text, count in run_chunks(
                engine,
                chunks,
                _FixedText(newline),
                fix=True,
                paragraphs=paragraphs,
                preferences=args.include_preferences,
                executor=running,
            ):
                changed += count
                yield text

    write_atomic_chunks(output, pieces())
    print(
        f"{counted(changed, 'segment')} fixed with {glossary_name}; wrote {output}", file=sys.stderr
    )
    return EXIT_OK
