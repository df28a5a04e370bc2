"""`review [DOC]` (the TUI) and `review check | discover | fix | score | export`: argument
parsing and exit codes; the work is in core.

Exit codes: 0 success (check: no error-severity finding), 1 check found an error,
2 bad input or usage. Bad input is reported as one line, `review: FILE:LINE: message`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from review import __version__
from review.cli import batch as batch_cli
from review.core.checks import QA_SWITCHES
from review.core.places import example
from review.core.wording import counted
from review.formats.documents import (
    READ_FORMATS,
    WRITE_FORMATS,
    format_of,
    refusal_over_itself,
)
from review.formats.errors import InputError
from review.formats.tmx import approved_pairs

# What only some commands need (scoring with sacrebleu, MQM, the reports, the XML formats)
# is imported in the functions that use it: `review check` and `review fix` start without it.
if TYPE_CHECKING:
    from review.core.model import Document, Finding
    from review.core.pool import Executor
    from review.core.workspace import Workspace

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2
EXIT_BROKEN_PIPE = 128 + 13  # SIGPIPE's
REPORT_FORMATS = ("report-html", "report-csv", "report-json", "sarif")


_PARAGRAPHS = (
    "plain text: pattern rules read each paragraph (lines up to a blank line) as one text, "
    "as prh does, so that the fixed text equals `prh --stdout`"
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


def _document_arguments(
    parser: argparse.ArgumentParser,
    *,
    glossary: bool = True,
    optional: bool = False,
    many: bool = False,
) -> None:
    what = (
        "(.jsonl, .tsv, .csv, .txt, .md, .xlf/.xliff, .sdlxliff, .mqxliff, .mxliff, .tmx, .po, "
        ".ts, .xcstrings, .xlsx, a package: .sdlppx/.sdlrpx/.xlz/.mqxlz, an .xcloc folder, "
        "Android's res/values-ja/strings.xml, Apple's ja.lproj/*.strings; else told by its "
        "content)"
    )
    if many:
        parser.add_argument(
            "document",
            type=Path,
            nargs="*" if optional else "+",
            default=_ShippedExample([example()]) if optional else None,
            help=f"the documents {what}, or quoted glob patterns ('tm/**/*.tmx')",
        )
    else:
        parser.add_argument(
            "document",
            type=Path,
            nargs="?" if optional else None,
            default=None,  # given none: the shipped example (`main`, `_tui`)
            help=f"the document {what}",
        )
    parser.add_argument(
        "--input-format", choices=READ_FORMATS, help="the document's format, if not its extension"
    )
    parser.add_argument(
        "--encoding",
        help="the input encoding (default: detected: a BOM, else UTF-8, UTF-16, Shift_JIS, EUC-JP)",
    )
    parser.add_argument(
        "--source", type=Path, metavar="FILE", help="plain text only: source, aligned by line"
    )
    parser.add_argument(
        "--reference", type=Path, metavar="FILE", help="plain text only: reference, by line"
    )
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="project config (default: review.toml beside DOC or in the nearest folder above)",
    )
    if glossary:
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            "--glossary",
            type=Path,
            metavar="FILE",
            help="glossary: .tsv or .csv (native), .tbx (TBX), .yml/.yaml (prh dictionary), "
            ".xlsx (Excel); "
            "default: DOC's stem + .glossary.tsv (.csv, .tbx, .yml) beside it, "
            "else `glossary = …` in review.toml, else none",
        )
        group.add_argument("--no-glossary", action="store_true", help="check without a glossary")


def _where_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("where the work runs")
    group.add_argument(
        "--workers",
        type=_positive,
        metavar="N",
        help="worker processes on this machine (default: every core for a large input, "
        "else one); with --cluster local, the cluster's workers",
    )
    group.add_argument(
        "--cluster",
        metavar="ADDRESS",
        help="run on a Dask cluster: its scheduler's address (tcp://HOST:8786), or `local` "
        "to start one on this machine, or `none` (default: $DASK_SCHEDULER_ADDRESS if set); "
        "needs pip install 'mt-review[cluster]'",
    )


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"not a port number (0 to 65535): {text!r}")
    return port


def _resamples(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 100_000:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of resamples (1 to 100000)")
    return int(text)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of workers (1 or more)")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="review",
        description="Review machine-translated Japanese: glossary checks, fixes, scores, export. "
        "`review [DOC]` opens DOC (default: the shipped example) in the review TUI.",
    )
    parser.add_argument("--version", action="version", version=f"review {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = commands.add_parser("check", help="list findings; exit 1 if any is an error")
    _document_arguments(check, optional=True, many=True)
    check.add_argument(
        "--format",
        choices=("text", "compact", "json", "sarif"),
        default="text",
        help="compact: one line per finding, PATH:LINE:COL: severity kind: …, for editors and "
        "CI; sarif: SARIF 2.1.0 for CI annotations",
    )
    check.add_argument(
        "--no-key-terms",
        action="store_true",
        help="skip the key-term check (source names a glossary term the target lacks)",
    )
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    check.add_argument(
        "--no-variants",
        action="store_true",
        help="skip the discovery of spellings no glossary lists (see `review discover`)",
    )
    check.add_argument("--no-qa", action="store_true", help="skip every QA check")
    check.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=sorted(QA_SWITCHES),
        metavar="KIND",
        help=f"skip one QA check; repeatable: {', '.join(sorted(QA_SWITCHES))}",
    )
    check.add_argument(
        "--every-shared-translation",
        action="store_true",
        help="tell each translation given to different sources (shared-translation), not "
        "only in a document that does it often (one segment in a hundred, a sign of copying)",
    )
    check.add_argument(
        "--show-dismissed",
        action="store_true",
        help="also list the findings dismissed as false positives (they never fail the check)",
    )
    check.add_argument(
        "--numbers",
        action="store_true",
        help="list every source number with the target number it matched",
    )
    check.add_argument("--paragraphs", action="store_true", help=_PARAGRAPHS)
    _where_arguments(check)
    check.set_defaults(run=_check)

    dismiss = commands.add_parser(
        "dismiss", help="mark findings as false positives, hidden from then on; or --list them"
    )
    _document_arguments(dismiss)
    dismiss.add_argument("keys", nargs="*", metavar="KEY", help="finding keys (check shows them)")
    dismiss.add_argument("--segment", metavar="ID", help="with --rule: that rule's findings there")
    dismiss.add_argument("--rule", metavar="RULE", help="e.g. qa:spacing or glossary:openai")
    dismiss.add_argument("--text", help="with --segment/--rule: only findings of this text")
    dismiss.add_argument("--note", default="", help="why it is a false positive")
    dismiss.add_argument("--list", action="store_true", help="list the dismissals instead")
    dismiss.add_argument("--format", choices=("text", "json"), default="text")
    dismiss.set_defaults(run=_dismiss)

    restore = commands.add_parser("undismiss", help="show dismissed findings again")
    _document_arguments(restore, glossary=False)
    restore.add_argument("keys", nargs="*", metavar="KEY", help="keys from `review dismiss --list`")
    restore.add_argument("--all", action="store_true", help="every dismissal of the document")
    restore.set_defaults(run=_undismiss)

    discover = commands.add_parser(
        "discover",
        help="groups of spellings of one name, those no glossary lists yet first",
    )
    _document_arguments(discover, optional=True)
    discover.add_argument("--format", choices=("text", "json"), default="text")
    discover.set_defaults(run=_discover)

    fix = commands.add_parser("fix", help="apply every glossary fix as a revision")
    _document_arguments(fix, many=True, optional=True)
    target = fix.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", type=Path, metavar="OUT", help="write the fixed document")
    target.add_argument("--in-place", action="store_true", help="rewrite DOC itself, atomically")
    fix.add_argument(
        "--format", choices=WRITE_FORMATS, help="output format, if not OUT's extension"
    )
    fix.add_argument(
        "--include-preferences",
        action="store_true",
        help="also replace discouraged terms (term-preference warnings) by the preferred ones",
    )
    fix.add_argument(
        "--keep-mt",
        action="store_true",
        help="xliff: keep each fixed segment's MT beside it (1.2 alt-trans, 2.x mtc:match)",
    )
    fix.add_argument("--paragraphs", action="store_true", help=_PARAGRAPHS)
    _where_arguments(fix)
    fix.set_defaults(run=_fix)

    score = commands.add_parser("score", help="chrF, BLEU, TER and edit effort")
    _document_arguments(score, glossary=False, many=True, optional=True)
    score.add_argument("--segments", action="store_true", help="also print per-segment figures")
    score.add_argument(
        "--confidence",
        action="store_true",
        help="95%% confidence intervals, and the paired bootstrap test of the revision against "
        "the MT (sacrebleu's --confidence --paired-bs; seed: $SACREBLEU_SEED, else 12345)",
    )
    score.add_argument(
        "--resamples",
        type=_resamples,
        metavar="N",
        help="bootstrap resamples for --confidence (default 1000, as sacrebleu's)",
    )
    score.add_argument("--format", choices=("text", "json"), default="text")
    _where_arguments(score)
    score.set_defaults(run=_score)

    serve = commands.add_parser(
        "serve", help="the review TUI in a browser (textual-serve), one review per session"
    )
    _document_arguments(serve, optional=True)
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="the address to listen on (default 127.0.0.1: this machine only); any other "
        "needs the token",
    )
    serve.add_argument("--port", type=_port, default=8000)
    serve.add_argument(
        "--token",
        help="the token a browser must bring (default: none on this machine, else a new one, "
        "printed at start)",
    )
    serve.add_argument(
        "--certfile", type=Path, metavar="FILE", help="serve over HTTPS with this certificate"
    )
    serve.add_argument("--keyfile", type=Path, metavar="FILE", help="…and this private key")
    serve.add_argument(
        "--public-url",
        metavar="URL",
        help="the address browsers reach the server at, behind a reverse proxy "
        "(https://review.example.org); default http://HOST:PORT",
    )
    serve.set_defaults(run=_serve)

    lsp = commands.add_parser(
        "lsp", help="a language server over stdio: findings where writers type (VS Code, Neovim…)"
    )
    lsp.set_defaults(run=_lsp)

    export = commands.add_parser(
        "export", help="write the corrected text, the document (XLIFF, TMX…) or a QA report"
    )
    _document_arguments(export, optional=True)
    export.add_argument(
        "--format",
        choices=(*WRITE_FORMATS, *REPORT_FORMATS),
        help="default: the one OUT's extension says (job.sdlrpx: package); xliff keeps the "
        "XLIFF version read (1.2 otherwise); tmx has the approved pairs; the report-* and "
        "sarif formats check and score the document first",
    )
    export.add_argument("-o", "--output", type=Path, metavar="OUT", help="default: standard output")
    export.add_argument(
        "--findings-as-notes", action="store_true", help="xliff: write each finding as a note"
    )
    export.add_argument(
        "--keep-mt",
        action="store_true",
        help="xliff: keep each revised segment's MT beside it (1.2 alt-trans, 2.x mtc:match)",
    )
    export.add_argument(
        "--final",
        action="store_true",
        help="xliff 1.2: approved segments get state final (default: signed-off); Trados: "
        "ApprovedSignOff and RejectedSignOff; memoQ: Proofread",
    )
    export.add_argument("--source-lang", metavar="LANG", help="tmx, new xliff: default en")
    export.add_argument("--target-lang", metavar="LANG", help="tmx, new xliff: default ja")
    export.add_argument(
        "--no-key-terms", action="store_true", help="reports: skip the key-term check"
    )
    export.add_argument(
        "--no-variants", action="store_true", help="reports: skip the variant discovery"
    )
    export.add_argument("--no-qa", action="store_true", help="reports: skip every QA check")
    export.set_defaults(run=_export)
    return parser


def _workspace(
    args: argparse.Namespace,
    *,
    glossary: bool = True,
    for_review: bool = False,
    stream: bool = False,
) -> Workspace:
    """The document opened as every front end opens it (`review.core.workspace`)."""
    from review.core.workspace import Request, Switches, open_review
    from review.formats.documents import bundle_document

    args.document = bundle_document(args.document)  # what `fix --in-place` writes, too
    request = Request(
        args.document,
        fmt=args.input_format,
        encoding=args.encoding,
        source=args.source,
        reference=args.reference,
        glossary=getattr(args, "glossary", None),
        no_glossary=getattr(args, "no_glossary", False),
        config=args.config,
        switches=Switches(
            no_qa=getattr(args, "no_qa", False),
            skip=tuple(getattr(args, "skip", ())),
            every_shared_translation=getattr(args, "every_shared_translation", False),
            no_key_terms=getattr(args, "no_key_terms", False),
            no_variants=getattr(args, "no_variants", False),
        ),
    )
    workspace = open_review(request, glossary=glossary, for_review=for_review, stream=stream)
    if not for_review:  # the TUI shows them itself
        for notice in workspace.notices:
            if notice != workspace.glossary_note or args.run in _SAY_NO_GLOSSARY:
                print(f"review: {args.document}: {notice}", file=sys.stderr)
    return workspace


def _glossary_name(workspace: Workspace) -> str | None:
    return None if workspace.glossary_path is None else str(_shown(workspace.glossary_path))


def _shown(path: Path) -> Path:
    """A path relative to the working directory where it lies below it."""
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


class _ShippedExample(list[Path]):
    """The documents of a command given none: the shipped example."""


def _documents(args: argparse.Namespace) -> list[Path]:
    """The documents given (`inputs.expand`); with one, `args.document` is it. Given none,
    the shipped example, said on standard error (an empty `$FILES` in a script)."""
    from review.cli.inputs import expand

    if isinstance(args.document, _ShippedExample):
        print(
            f"review: no document given: the shipped example, {args.document[0]}", file=sys.stderr
        )
    documents = expand(args.document)
    if len(documents) == 1:
        args.document = documents[0]
    return documents


def _one(args: argparse.Namespace, document: Path) -> argparse.Namespace:
    return argparse.Namespace(**{**vars(args), "document": document})


def _size(documents: Sequence[Path]) -> int:
    return sum(path.stat().st_size for path in documents if path.is_file())


def _check(args: argparse.Namespace) -> int:
    documents = _documents(args)
    if len(documents) > 1:
        return _check_many(args, documents)
    if args.format != "sarif":  # streamed, in pieces, on every core when large
        workspace = _workspace(args, stream=True)
        return batch_cli.check(args, workspace, _glossary_name(workspace))
    from review.core.engine import checked_document
    from review.core.model import Severity
    from review.formats import sarif

    workspace = _workspace(args)
    document = workspace.document
    if getattr(args, "paragraphs", False):
        raise InputError(args.document, "--paragraphs has no SARIF form; use text or json")
    listed, dismissed = checked_document(
        document,
        workspace.glossary,
        workspace.options,
        workspace.dismissals,
        show_dismissed=args.show_dismissed,
    )
    name = str(args.document)
    batch_cli.write_out(
        sarif.render(listed, document, uri=name, glossary=_glossary_name(workspace))
    )
    errors = sum(f.severity is Severity.ERROR for f in listed)
    if args.show_dismissed:
        errors -= sum(f.severity is Severity.ERROR for f in dismissed)
    return EXIT_FINDINGS if errors else EXIT_OK


def _check_many(args: argparse.Namespace, documents: list[Path]) -> int:
    """`review check` of several documents, one after the other on one executor: each one's
    output as it would be alone (in JSON, the items of a `documents` array), then their
    total. A document that cannot be read is told on standard error, and the others are
    checked."""
    from collections import Counter

    from review.cli.console import summary_line
    from review.formats.report_json import FINDINGS_SET_SCHEMA

    if args.format == "sarif":
        raise InputError(documents[0], "--format sarif takes one document; use json for several")
    totals = batch_cli.Totals(Counter())
    failing = 0
    unreadable: list[dict[str, str]] = []
    as_json = args.format == "json"
    with batch_cli.executor(args, _size(documents)) as where:
        if as_json:  # once the executor is there: an unreachable cluster prints nothing
            sys.stdout.write(f'{{\n  "schema": "{FINDINGS_SET_SCHEMA}",\n  "documents": [\n')
        items = 0  # in JSON, the documents written (one that fails midway says so in it)
        for document in documents:
            one = _one(args, document)
            try:
                workspace = _workspace(one, stream=True)
                if as_json and items:
                    sys.stdout.write(",\n")
                sys.stdout.flush()
                items += 1
                code = batch_cli.check(
                    one, workspace, _glossary_name(workspace), where=where, totals=totals
                )
            except InputError as exc:
                print(f"review: {exc}", file=sys.stderr)
                unreadable.append({"document": str(document), "error": str(exc)})
                continue
            failing += code == EXIT_FINDINGS
    total = summary_line(
        totals.counts,
        segments=totals.segments,
        glossary=None,
        documents=totals.documents,
        unreadable=len(unreadable),
    )
    if as_json:
        tail = {
            "documents_checked": totals.documents,
            "documents_unreadable": len(unreadable),
            "unreadable": unreadable,
            "segments": totals.segments,
            "summary": {k: totals.counts.get(k, 0) for k in ("error", "warning", "info")},
        }
        sys.stdout.write("  ],\n" + json.dumps(tail, indent=2)[2:] + "\n")
    elif args.format == "compact":
        sys.stdout.flush()
        sys.stderr.write(total)
    else:
        sys.stdout.write(total)
    if unreadable:
        return EXIT_BAD_INPUT
    return EXIT_FINDINGS if failing else EXIT_OK


def _dismiss(args: argparse.Namespace) -> int:
    from review.cli.dismissing import (
        dismiss,
        dismissals_json,
        dismissals_text,
        load_dismissals,
        pick,
    )
    from review.core.engine import check_document

    name = str(args.document)
    if args.list:
        saved = load_dismissals(args.document)
        render = dismissals_json if args.format == "json" else dismissals_text
        sys.stdout.write(render(saved, document=name))
        return EXIT_OK
    workspace = _workspace(args)
    # every finding `check` may list, each shared translation too (--every-shared-translation)
    options = replace(workspace.options, every_shared_translation=True)
    found = check_document(workspace.document, workspace.glossary, options)
    chosen = pick(
        args.document, found, args.keys, segment=args.segment, rule=args.rule, text=args.text
    )
    dismiss(args.document, chosen, args.note)
    for f in chosen:
        print(f"dismissed {f.key}  {f.segment}  {f.kind} “{f.text}”  ({f.rule})", file=sys.stderr)
    return EXIT_OK


def _undismiss(args: argparse.Namespace) -> int:
    from review.cli.dismissing import undismiss

    count = undismiss(args.document, args.keys, everything=args.all)
    print(f"{counted(count, 'dismissal')} undone in {args.document}", file=sys.stderr)
    return EXIT_OK


def _discover(args: argparse.Namespace) -> int:
    from review.cli.console import variants_text
    from review.core.discover import covering_entry, discover
    from review.formats.report_json import variants_json

    workspace = _workspace(args)
    document = workspace.document
    glossary = workspace.glossary
    covered = [(g, covering_entry(glossary, g)) for g in discover(document, glossary)]
    shown = [(g, None if e is None else e.id) for g, e in covered]
    shown.sort(key=lambda item: item[1] is not None)  # what no glossary lists yet, first
    name = str(args.document)
    if args.format == "json":
        sys.stdout.write(variants_json(shown, document=name, segments=len(document)))
    else:
        sys.stdout.write(variants_text(shown, document=name, segments=len(document)))
    return EXIT_OK


def _fix(args: argparse.Namespace) -> int:
    if args.in_place and isinstance(args.document, _ShippedExample):
        raise InputError(
            args.document[0], "the shipped example is not rewritten; write a fixed copy with -o OUT"
        )
    documents = _documents(args)
    if len(documents) == 1:
        return _fix_one(args)
    if not args.in_place:
        raise InputError(args.output, "-o names one output; fix several documents --in-place")
    bad = 0
    with batch_cli.executor(args, _size(documents)) as where:
        for document in documents:
            try:
                _fix_one(_one(args, document), where)
            except InputError as exc:
                print(f"review: {exc}", file=sys.stderr)
                bad += 1
    return EXIT_BAD_INPUT if bad else EXIT_OK


def _fix_one(args: argparse.Namespace, where: Executor | None = None) -> int:
    """`review fix` of one document, on `where` (default: as the options and size say)."""
    from review.core.engine import fix_document
    from review.formats.documents import render_document

    read = _bytes_of(args.document) if args.in_place else None
    workspace = _workspace(args, stream=not args.in_place)
    glossary = workspace.glossary
    if glossary is None:
        raise InputError(args.document, "no glossary to fix with; pass --glossary FILE")
    if workspace.streamed:  # a plain text, fixed as it is read
        return batch_cli.fix(args, workspace, _glossary_name(workspace), where=where)
    if getattr(args, "paragraphs", False):
        batch_cli.refuse_paragraphs(workspace)
    document = workspace.document
    output: Path = args.document if args.in_place else args.output
    given = args.format or (args.input_format if args.in_place else None)
    fmt = format_of(output, given, WRITE_FORMATS)
    _not_over_itself(args, output, fmt, document)
    if args.in_place and fmt == "txt":
        raise InputError(
            args.document,
            "a plain-text document has no place for revisions; write them with -o OUT.jsonl",
        )
    size = sum(len(s.target) for s in document.segments) * 3  # about, as UTF-8
    chosen = contextlib.nullcontext(where) if where else batch_cli.executor(args, size)
    with chosen as running:
        fixed, changed = fix_document(
            document, glossary, preferences=args.include_preferences, executor=running
        )
    data = render_document(fixed, fmt, keep_mt=args.keep_mt)
    fixed_with = _glossary_name(workspace)
    if args.in_place and _holds(output, data):  # its date and inode as they were
        print(f"nothing to fix with {fixed_with}; {output} left as it was", file=sys.stderr)
    else:
        _written_unless_reviewed(output, data, read=read)
        print(
            f"{counted(changed, 'segment')} fixed with {fixed_with}; wrote {output}",
            file=sys.stderr,
        )
    locked = sum(1 for s in document.segments if s.locked)
    if locked:
        print(
            f"review: {counted(locked, 'segment')} locked in the file by its CAT tool: "
            "left as they were",
            file=sys.stderr,
        )
    return EXIT_OK


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False


def _not_over_itself(args: argparse.Namespace, output: Path, fmt: str, document: Document) -> None:
    """Refuse to write the document over its own file in a form that loses what it holds
    (`refusal_over_itself`)."""
    source = args.document
    same = getattr(args, "in_place", False) or (
        output.exists() and source.exists() and os.path.samefile(source, output)
    )
    if not same:
        return
    read = format_of(source, args.input_format, READ_FORMATS, option="--input-format")
    refusal = refusal_over_itself(document, read, fmt)
    if refusal is not None:
        raise InputError(output, f"{refusal}; write {fmt} to another file with -o")


def _written_unless_reviewed(output: Path, data: bytes, *, read: bytes | None) -> None:
    """The document written; over itself (`read`: its bytes as they were read) only while no
    TUI or browser session reviews it, whose saved edits would stand on a file changed under
    them, and only if no other process has changed it since it was read, whose changes this
    would undo (one line, exit 2, nothing written)."""
    from review.core.state import StateError, not_under_review
    from review.formats.textio import write_atomic

    if read is None:
        write_atomic(output, data)
        return
    try:
        with not_under_review(output):
            if not _holds(output, read):
                raise InputError(
                    output,
                    "changed by another process while it was being fixed; nothing written "
                    "(run the fix again on the file as it is now)",
                )
            write_atomic(output, data)
    except StateError as exc:
        raise InputError(output, str(exc).removeprefix(f"{output}: ")) from None


def _bytes_of(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None  # the workspace tells why it cannot be read


def _score(args: argparse.Namespace) -> int:
    from review.cli.console import scores_text
    from review.cli.progress import Progress
    from review.core.engine import document_statistics
    from review.core.mqm import document_score
    from review.core.scoring import Scorer, Statistics
    from review.core.significance import SAMPLES
    from review.formats.report_json import SCORES_SET_SCHEMA, scores_json

    documents = _documents(args)
    scorer = Scorer()
    resamples = (args.resamples or SAMPLES) if args.confidence else 0
    every: list[Statistics] = []
    texts: list[str] = []
    bad = 0
    with batch_cli.executor(args, _size(documents) * 20) as where:  # TER: 20 times a check
        for path in documents:
            try:
                workspace = _workspace(_one(args, path), glossary=False)
            except InputError as exc:
                if len(documents) == 1:
                    raise
                print(f"review: {exc}", file=sys.stderr)
                bad += 1
                continue
            document = workspace.document
            mqm = document_score(document.segments, workspace.annotations, workspace.mqm)
            per_segment = [scorer.segment(s) for s in document.segments] if args.segments else None
            size = sum(len(s.target) + len(s.source or "") + 1 for s in document.segments)
            with Progress(size, "scoring") as progress:
                parts = document_statistics(document, executor=where, progress=progress.update)
            every.extend(parts)
            result, name = scorer.total(parts, resamples=resamples), str(path)
            render = scores_json if args.format == "json" else scores_text
            texts.append(render(result, document=name, segments=per_segment, mqm=mqm))
            if len(documents) == 1:
                sys.stdout.write(texts[-1])
                return EXIT_OK
    total = scorer.total(every, resamples=resamples)
    if args.format == "json":
        data = {
            "schema": SCORES_SET_SCHEMA,
            "documents": [json.loads(text) for text in texts],
            "documents_unreadable": bad,
            "total": json.loads(scores_json(total, document="", segments=None))
            | {"documents": len(texts)},
        }
        del data["total"]["schema"], data["total"]["document"]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write("\n".join(texts))
        name = f"all {counted(len(texts), 'document')}"
        sys.stdout.write("\n" + scores_text(total, document=name, segments=None))
    return EXIT_BAD_INPUT if bad else EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from review.cli.serve import serve

    with _workspace(args) as workspace:  # what it cannot read is told here, not in a page
        glossary = workspace.glossary_path
    return serve(args, glossary)


def _lsp(args: argparse.Namespace) -> int:
    from review.cli.lsp import serve_stdio

    return serve_stdio()


def _export(args: argparse.Namespace) -> int:
    from review.core.engine import checked_document
    from review.core.mqm import document_score
    from review.core.scoring import Scorer
    from review.formats import report_csv, report_html, sarif
    from review.formats.documents import render_document
    from review.formats.report_json import report_json
    from review.formats.textio import write_atomic

    if args.format is None:
        if args.output is None:
            raise InputError(args.document, "export needs --format, or -o OUT with an extension")
        args.format = format_of(args.output, None, WRITE_FORMATS)
    reports = args.format in REPORT_FORMATS or args.findings_as_notes
    workspace = _workspace(args, glossary=reports)
    document = workspace.document
    if args.output is not None:
        _not_over_itself(args, args.output, args.format, document)
    annotations = workspace.annotations
    name = str(args.document)
    gloss = _glossary_name(workspace)
    findings: list[Finding] | None = None
    if reports:
        findings = checked_document(
            document, workspace.glossary, workspace.options, workspace.dismissals
        )[0]
    if args.format in REPORT_FORMATS:
        assert findings is not None
        mqm = document_score(document.segments, annotations, workspace.mqm)
        if args.format == "sarif":
            text = sarif.render(
                findings,
                document,
                uri=name,
                glossary=gloss,
                annotations=annotations,
                mqm=mqm if annotations else None,  # as `review check --format sarif` without
            )
        elif args.format == "report-csv":
            text = report_csv.render(findings, document, annotations, mqm)
        else:
            scorer = Scorer()
            per_segment = [scorer.segment(s) for s in document.segments]
            scores = scorer.document(document)
            render_report = report_html.render if args.format == "report-html" else report_json
            text = render_report(
                document,
                findings,
                scores,
                per_segment,
                name=name,
                glossary=gloss,
                annotations=annotations,
                mqm=mqm,
            )
    else:
        data = render_document(
            document,
            args.format,
            findings=findings,
            source_lang=args.source_lang,
            target_lang=args.target_lang,
            final=args.final,
            keep_mt=args.keep_mt,
        )
        if args.output is None:
            batch_cli.write_out(data)
        else:
            write_atomic(args.output, data)
            print(f"wrote {args.output} ({args.format})", file=sys.stderr)
        if args.format == "tmx" and not approved_pairs(document):
            print(
                f"the TMX holds no pairs: none of the {len(document)} segments is approved "
                "(a approves one in the TUI)",
                file=sys.stderr,
            )
        return EXIT_OK
    if args.output is None:
        batch_cli.write_out(text)
    else:
        write_atomic(args.output, text)
        print(f"wrote {args.output} ({args.format})", file=sys.stderr)
    return EXIT_OK


_COMMANDS = (
    "check",
    "discover",
    "fix",
    "score",
    "export",
    "serve",
    "lsp",
    "dismiss",
    "undismiss",
)
_SAY_NO_GLOSSARY = (_check, _discover, _export)
"""The commands whose output a missing glossary changes, which say so (fix refuses instead)."""


def build_tui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="review",
        usage=f"review [DOC] [options] | review {{{','.join(_COMMANDS)}}} ...",
        description="Open DOC (default: the shipped example) in the review TUI. "
        f"Headless commands: {', '.join(_COMMANDS)} (see `review COMMAND --help`).",
    )
    parser.add_argument("--version", action="version", version=f"review {__version__}")
    _document_arguments(parser, optional=True)
    return parser


def _tui(argv: list[str]) -> int:
    typo = _mistyped_command(argv)
    if typo is not None:
        print(f"review: {typo}", file=sys.stderr)
        return EXIT_BAD_INPUT
    args = build_tui_parser().parse_args(argv)
    args.document = args.document or example()
    driven = "TEXTUAL_DRIVER" in os.environ  # served: textual-serve's web driver, over pipes
    if not driven and not (sys.stdin.isatty() and sys.stdout.isatty()):
        print(
            "review: the review TUI needs a terminal; in a script or a pipeline, use "
            "`review check DOC` (or fix, score, export)",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    from review.tui.keymap import load_keymap

    try:
        keymap = load_keymap()
        workspace = _workspace(args, for_review=True)
    except InputError as exc:
        print(f"review: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    from review.tui.app import run

    with workspace:
        return run(workspace, keymap)


def _mistyped_command(argv: list[str]) -> str | None:
    """What to say of a first word that is neither a command nor a document but reads as a
    command mistyped (`review chek x.jsonl`)."""
    import difflib

    if not argv or argv[0].startswith("-") or Path(argv[0]).exists():
        return None
    close = difflib.get_close_matches(argv[0], _COMMANDS, n=1, cutoff=0.6)
    if not close:
        return None
    return f"unknown command “{argv[0]}”: did you mean `review {close[0]}`?"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in _COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        return _tui(argv)
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and hasattr(args, "keys") and not any(e.startswith("-") for e in extra):
        args.keys += extra  # xargs puts the keys after --note "…": keys all the same
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    if run is None:
        parser.print_help()
        return EXIT_OK
    if "document" in args and args.document is None:  # discover, export, serve given none
        args.document = example()
        print(f"review: no document given: the shipped example, {args.document}", file=sys.stderr)
    try:
        code = run(args)
        sys.stdout.flush()
        return code
    except InputError as exc:
        print(f"review: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # the reader stopped reading: as a process SIGPIPE ends exits
        batch_cli.silence_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as exc:  # the output cannot be written (a full disk): a file's are InputError
        batch_cli.silence_stdout()
        print(f"review: cannot write the output: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
