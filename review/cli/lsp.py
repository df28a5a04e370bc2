"""`review lsp`: a language server over stdio (pygls), so that writers see the glossary's and
the checks' findings where they type (VS Code, Neovim, Helix…), from the same engine, the same
glossary, the same `review.toml` and the same dismissals as `review check`.

Markdown (`.md`, parsed as `review check` parses it: only the text a reader sees) and every
other text (plain text, reStructuredText, AsciiDoc: a segment per line) are checked as the
editor holds them, saved or not: the lines an edit changed at once, for the checks of one
segment, and the whole text a moment after the last change. A document file (XLIFF, TMX, PO,
JSONL, TSV, CSV) is read as `review check` reads it, a moment after the last change, and each
finding is placed where its text stands in the file (`formats.located`: through entities,
escapes, line wraps and inline codes); the segment whose text an edit changed is read again
from its own text and checked at once (`cli.lsp_files`); a file that does not parse mid-edit
shows its error.

Code actions: apply one suggestion, fix a name everywhere in the file, forbid a variant no
glossary lists in the glossary (in favour of the spelling suggested), dismiss a finding (kept
in the document's review state, as `review dismiss` keeps it). Hovering a flagged span shows
the glossary entry.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from review import __version__
from review.cli.lsp_files import Placed, placed_findings, same_units
from review.core.engine import Plan, Run, Whole, check_piece, checked_document
from review.core.glossary import Glossary
from review.core.glossary_edit import Addition, AdditionKind
from review.core.model import Document, Finding, FindingKind, Segment, Severity
from review.core.workspace import EditorSettings, editor_settings
from review.formats.documents import extension_format
from review.formats.errors import InputError
from review.formats.glossaries import NO_GLOSSARY
from review.formats.located import LOCATED_FORMATS
from review.formats.markdown import parse as parse_markdown
from review.formats.textio import text_lines

DEBOUNCE = 0.25  # seconds after the last change before the text is checked again
MARKDOWN = (".md", ".markdown")


def document_of(path: Path, text: str, settings: EditorSettings) -> Document:
    """The text as `review check` reads the file: Markdown parsed, anything else a segment
    per line (ids are line numbers)."""
    if path.suffix.lower() in MARKDOWN and text.strip():
        rows, _ = parse_markdown(text, path, settings.markdown)
        return Document([segment for _, segment in rows], path=path)
    lines = text_lines(text) or [""]
    return Document([Segment(str(n), line) for n, line in enumerate(lines, 1)], path=path)


def findings_of(path: Path, text: str, settings: EditorSettings) -> list[Finding]:
    """The findings `review check` lists for the file holding `text` (not the dismissed)."""
    document = document_of(path, text, settings)
    listed, _ = checked_document(document, settings.glossary, settings.options, settings.dismissals)
    return listed


def file_format(path: Path) -> str | None:
    """The document format a file is read in (one of LOCATED_FORMATS), or None for a text
    checked a segment per line (Markdown, plain text, reStructuredText, AsciiDoc…)."""
    fmt = extension_format(path)
    return fmt if fmt in LOCATED_FORMATS else None


def entry_text(glossary: Glossary | None, finding: Finding) -> str:
    """What a hover shows: the glossary entry behind a finding, else its message."""
    _, _, entry_id = finding.rule.partition(":")
    entry = next((e for e in (glossary.entries if glossary else ()) if e.id == entry_id), None)
    if entry is None:
        return f"**{finding.kind.value}** ({finding.rule}): {finding.message}"
    parts = [f"**{' / '.join(entry.accepted)}** ({entry.type.value}, `{finding.rule}`)"]
    if entry.source:
        parts.append(f"source: {', '.join(entry.source)}")
    variants = [v.form for v in entry.variants]
    if variants:
        parts.append(f"not: {', '.join(variants)}")
    if entry.note:
        parts.append(entry.note)
    parts.append(finding.message)
    return "\n\n".join(parts)


def changed_lines(old: Sequence[str], new: Sequence[str]) -> tuple[int, int, int]:
    """(first, old_end, new_end): lines [first, old_end) of `old` became [first, new_end) of
    `new`, the lines before and after being the same."""
    first = 0
    most = min(len(old), len(new))
    while first < most and old[first] == new[first]:
        first += 1
    tail = 0
    while tail < most - first and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]:
        tail += 1
    return first, len(old) - tail, len(new) - tail


def quick_findings(
    path: Path, lines: Sequence[str], first: int, settings: EditorSettings, plan: Plan
) -> list[list[Finding]]:
    """For each of `lines` (the document's from line `first`, 0-based), what the checks of one
    segment find in it (glossary, term preferences, QA), at once: the document checks'
    findings (variants, mixed quotes) come with the next check of the whole text. Markdown
    lines are parsed on their own, so a line inside a code block may show findings until
    then."""
    if path.suffix.lower() in MARKDOWN and "".join(lines).strip():
        rows, _ = parse_markdown("\n".join(lines) + "\n", path, settings.markdown)
        texts = [segment.target for _, segment in rows]
    else:
        texts = list(lines)
    segments = tuple(Segment(str(first + i + 1), text) for i, text in enumerate(texts))
    checked = check_piece(plan, Run(segments, first), Whole())
    by_line: list[list[Finding]] = [[] for _ in segments]
    for finding in checked.findings:
        by_line[int(finding.segment) - first - 1].append(finding)
    return by_line


def by_line(findings: Sequence[Finding], count: int) -> list[list[Finding]]:
    lines: list[list[Finding]] = [[] for _ in range(count)]
    for finding in findings:
        index = int(finding.segment) - 1
        if 0 <= index < count:
            lines[index].append(finding)
    return lines


def relined(per_line: Sequence[Sequence[Finding]]) -> list[Finding]:
    """The findings of each line, their segment the line's number now."""
    out: list[Finding] = []
    for index, findings in enumerate(per_line):
        number = str(index + 1)
        out.extend(f if f.segment == number else replace(f, segment=number) for f in findings)
    return out


QUICK_MOST = 200  # lines changed at once beyond which only the whole text is checked again


@dataclass(slots=True)
class Open:
    """What the server knows of a document the editor has open: the lines last checked and
    each one's findings."""

    settings: EditorSettings
    plan: Plan
    fmt: str | None = None  # a document file's format (see `file_format`)
    placed: Placed | None = None  # a document file's findings
    lines: list[str] = field(default_factory=list)
    per_line: list[list[Finding]] = field(default_factory=list)
    sent: dict[int, tuple[list[Finding], list[Parts]]] = field(default_factory=dict)
    """The diagnostics last sent for each line's findings (by the list's identity)."""
    error: InputError | None = None  # why a document file could not be read
    task: asyncio.Task[None] | None = None

    @property
    def findings(self) -> list[Finding]:
        if self.fmt is not None:
            return [] if self.placed is None else self.placed.findings
        return relined(self.per_line)


def build_server() -> Any:
    from lsprotocol import types as lsp
    from pygls.exceptions import JsonRpcException
    from pygls.lsp.server import LanguageServer
    from pygls.protocol import LanguageServerProtocol

    class Protocol(LanguageServerProtocol):
        """pygls's, answering a request it cannot read (params of the wrong shape) with
        an error, as JSON-RPC asks, where pygls leaves the client waiting."""

        def structure_message(self, data: dict[str, Any]) -> Any:
            try:
                return super().structure_message(data)
            except JsonRpcException as exc:
                if "id" in data and "method" in data:
                    error = lsp.ResponseError(code=exc.code, message=exc.message)
                    self._send_response(data["id"], error=error)
                return SimpleNamespace(jsonrpc=None)  # no message: pygls passes it by

    server = LanguageServer(
        "review",
        __version__,
        protocol_cls=Protocol,
        text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental,
    )
    documents: dict[str, Open] = {}
    told_no_glossary: set[Path] = set()
    pending: set[asyncio.Future[Any]] = set()
    severities = {
        Severity.ERROR: lsp.DiagnosticSeverity.Error.value,
        Severity.WARNING: lsp.DiagnosticSeverity.Warning.value,
        Severity.INFO: lsp.DiagnosticSeverity.Information.value,
    }

    def path_of(uri: str) -> Path:
        return Path(server.workspace.get_text_document(uri).path)

    def client_range(
        uri: str, lines: Sequence[str], start: tuple[int, int], end: tuple[int, int]
    ) -> Any:
        """(line, character) to (line, character) as a range in the editor's units."""
        found = lsp.Range(
            start=lsp.Position(line=start[0], character=start[1]),
            end=lsp.Position(line=end[0], character=end[1]),
        )
        codec = server.workspace.get_text_document(uri).position_codec
        encoding = str(getattr(codec.encoding, "value", "utf-16"))
        if all(
            same_units(lines[n] if n < len(lines) else "", encoding) for n in {start[0], end[0]}
        ):
            return found
        return codec.range_to_client_units(lines, found)

    def encoding_of(uri: str) -> str:
        codec = server.workspace.get_text_document(uri).position_codec
        return str(getattr(codec.encoding, "value", "utf-16"))

    def editor_lines(uri: str) -> list[str]:
        """The text's lines as editors count them: split at line ends only (pygls's `lines`
        splits at U+2028 and the like too)."""
        return text_lines(server.workspace.get_text_document(uri).source) or [""]

    def placed_range(uri: str, placed: Placed, start: int, end: int) -> lsp.Range:
        encoding = encoding_of(uri)
        (start_line, start_column) = placed.place(start, encoding)
        (end_line, end_column) = placed.place(end, encoding)
        return lsp.Range(
            start=lsp.Position(line=start_line, character=start_column),
            end=lsp.Position(line=end_line, character=end_column),
        )

    def span(uri: str, finding: Finding, lines: Sequence[str], line: int | None = None) -> Any:
        """The finding's range in the editor's units: where its text is in a document file,
        else on `line` (default: its segment's)."""
        state = documents.get(uri)
        if state is not None and state.placed is not None:
            return placed_range(uri, state.placed, *state.placed.offsets(finding))
        line = int(finding.segment) - 1 if line is None else line
        return client_range(uri, lines, (line, finding.start), (line, finding.end))

    def text_edit(
        uri: str, finding: Finding, new: str, lines: Sequence[str]
    ) -> lsp.TextEdit | None:
        """The edit that writes `new` over the finding's text; None where a document file
        cannot take it there as text (see `Located.replacement`)."""
        state = documents.get(uri)
        if state is None or state.placed is None:
            return lsp.TextEdit(range=span(uri, finding, lines), new_text=new)
        made = state.placed.replacement(finding, new)
        if made is None:
            return None
        start, end, written = made
        return lsp.TextEdit(range=placed_range(uri, state.placed, start, end), new_text=written)

    def diagnostics(uri: str, state: Open) -> list[str]:
        """Each finding as a diagnostic, in JSON text; a line whose findings were sent before
        sends the same text again, its line number brought up to date."""
        lines = editor_lines(uri)
        encoding = encoding_of(uri)
        found: list[str] = []
        sent: dict[int, tuple[list[Finding], list[Parts]]] = {}
        for index, findings in enumerate(state.per_line):
            if not findings:
                continue
            before = state.sent.get(id(findings))
            if before is not None and before[0] is findings:
                made = before[1]
            else:
                text = lines[index] if index < len(lines) else ""
                fast = same_units(text, encoding)
                made = [diagnostic(uri, f, lines, index, fast) for f in findings]
            sent[id(findings)] = (findings, made)
            found.extend(on_lines(parts, index, index) for parts in made)
        state.sent = sent
        return found

    def placed_diagnostics(uri: str, state: Open) -> list[str]:
        """A document file's diagnostics in JSON text, made again only for a finding whose
        columns changed (5,900 at 1 MB: serializing them all took most of an edit's time)."""
        if state.error is not None:
            line = max((state.error.line or 1) - 1, 0)
            place = {"line": line, "character": 0}
            error = {
                "range": {"start": place, "end": place},
                "severity": lsp.DiagnosticSeverity.Error.value,
                "source": "review",
                "message": state.error.message,
            }
            return [to_json(error)]
        if state.placed is None:
            return []
        found = []
        for placing in state.placed.placings(encoding_of(uri)):
            (first, start), (last, end) = placing.start, placing.end
            if placing.sent is None or placing.sent[0] != (start, end, last - first):
                made = parts_of(diagnostic_json(placing.finding, start, end))
                placing.sent = (start, end, last - first), made
            found.append(on_lines(placing.sent[1], first, last))
        return found

    def diagnostic(uri: str, f: Finding, lines: Sequence[str], index: int, fast: bool) -> Parts:
        if fast:
            start, end = f.start, f.end
        else:
            place = span(uri, f, lines, index)
            start, end = place.start.character, place.end.character
        return parts_of(diagnostic_json(f, start, end))

    def lsp_message(f: Finding) -> str:
        """The finding's message, and its suggestion where the message does not name it."""
        quoted = f"“{f.suggestion}”"
        return f.message if not f.suggestion or quoted in f.message else f"{f.message} → {quoted}"

    def diagnostic_json(f: Finding, start: int, end: int) -> dict[str, Any]:
        """The diagnostic, its lines left to `on_lines` (-1 here)."""
        return {
            "range": {
                "start": {"line": -1, "character": start},
                "end": {"line": -1, "character": end},
            },
            "severity": severities[f.severity],
            "code": f.rule,
            "source": "review",
            "message": lsp_message(f),
            "data": {"key": f.key, "start": f.start},
        }

    def settle(uri: str, reread: bool = False) -> Open:
        state = documents.get(uri)
        if state is None or reread:
            try:
                settings = editor_settings(path_of(uri))
            except InputError as exc:
                server.window_show_message(
                    lsp.ShowMessageParams(type=lsp.MessageType.Error, message=f"review: {exc}")
                )
                settings = editor_settings_without_project(path_of(uri))
            folder = path_of(uri).parent
            if settings.glossary is None and folder not in told_no_glossary:
                told_no_glossary.add(folder)  # once a folder, not at every file opened
                server.window_show_message(
                    lsp.ShowMessageParams(
                        type=lsp.MessageType.Info, message=f"review: {folder}: {NO_GLOSSARY}"
                    )
                )
            previous = state
            plan = Plan(settings.glossary, settings.options, tuple(settings.dismissals))
            state = documents[uri] = Open(settings, plan, file_format(path_of(uri)))
            if previous is not None:
                state.lines, state.per_line = previous.lines, previous.per_line
                state.placed, state.error = previous.placed, previous.error
        return state

    async def check(uri: str, delay: float) -> None:
        await asyncio.sleep(delay)
        state = settle(uri)
        text = server.workspace.get_text_document(uri).source
        loop = asyncio.get_running_loop()
        if state.fmt is not None:
            await check_file(uri, state, text)
            return
        found = await loop.run_in_executor(None, findings_of, path_of(uri), text, state.settings)
        if server.workspace.get_text_document(uri).source != text:
            return  # changed meanwhile: the next check publishes
        state.lines = text_lines(text)
        state.per_line = by_line(found, len(state.lines))
        publish(uri, state)

    async def check_file(uri: str, state: Open, text: str) -> None:
        assert state.fmt is not None
        loop = asyncio.get_running_loop()
        path = path_of(uri)
        placed: Placed | None = None
        error: InputError | None = None
        try:
            placed = await loop.run_in_executor(
                None, placed_findings, path, text, state.fmt, state.settings
            )
        except InputError as exc:
            error = exc
        if server.workspace.get_text_document(uri).source != text:
            return
        state.placed, state.error = placed, error
        publish(uri, state)

    def publish(uri: str, state: Open) -> None:
        """The diagnostics, sent as plain JSON: pygls's own path (attrs objects unstructured
        by cattrs) took 120 ms for 4,910 diagnostics, most of an edit's time at 1 MB; and as
        UTF-8, not JSON's ASCII escapes, half the bytes for Japanese messages."""
        made = placed_diagnostics(uri, state) if state.fmt is not None else diagnostics(uri, state)
        listed = "[" + ",".join(made) + "]"
        writer = server.protocol.writer
        if writer is None:
            return
        method = lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS
        head = f'{{"jsonrpc":"2.0","method":"{method}","params":{{"uri":{to_json(uri)},'
        body = f'{head}"diagnostics":{listed}}}}}'.encode()
        written = writer.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        if inspect.isawaitable(written):  # a websocket's writer
            sending = asyncio.ensure_future(written)
            pending.add(sending)
            sending.add_done_callback(pending.discard)

    def quick(uri: str, state: Open, changes: Sequence[Any]) -> None:
        """The lines an edit changed, checked at once; the others keep their findings. In a
        document file, the segment whose text an edit changed."""
        if state.fmt is not None:
            quick_file(uri, state, changes)
            return
        lines = text_lines(server.workspace.get_text_document(uri).source)
        first, old_end, new_end = changed_lines(state.lines, lines)
        if new_end - first > QUICK_MOST or not state.per_line:
            return
        fresh = quick_findings(
            path_of(uri), lines[first:new_end], first, state.settings, state.plan
        )
        state.per_line[first:old_end] = fresh
        state.lines = lines
        publish(uri, state)

    def quick_file(uri: str, state: Open, changes: Sequence[Any]) -> None:
        placed = state.placed
        if placed is None or state.error is not None:
            return
        encoding = encoding_of(uri)
        for change in changes:
            where = getattr(change, "range", None)
            if where is None:  # the whole text sent again: placed at the next reading
                state.placed = None
                return
            start = placed.offset(where.start.line, where.start.character, encoding)
            end = placed.offset(where.end.line, where.end.character, encoding)
            placed.edit(start, max(start, end), change.text, state.plan)
        if placed.source != server.workspace.get_text_document(uri).source:  # lost track
            state.placed = None
            return
        publish(uri, state)

    def schedule(uri: str, delay: float = DEBOUNCE, reread: bool = False) -> None:
        state = settle(uri, reread)
        if state.task is not None:
            state.task.cancel()
        state.task = asyncio.ensure_future(check(uri, delay))

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: Any, params: lsp.DidOpenTextDocumentParams) -> None:
        schedule(params.text_document.uri, 0, reread=True)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: Any, params: lsp.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        state = documents.get(uri)
        if state is not None:
            quick(uri, state, params.content_changes)
        schedule(uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: Any, params: lsp.DidSaveTextDocumentParams) -> None:
        for uri in list(documents):  # a saved glossary or review.toml changes every check
            schedule(uri, 0, reread=True)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: Any, params: lsp.DidCloseTextDocumentParams) -> None:
        state = documents.pop(params.text_document.uri, None)
        if state is not None and state.task is not None:
            state.task.cancel()
        server.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[])
        )

    def at(uri: str, position: Any) -> list[Finding]:
        state = documents.get(uri)
        if state is None:
            return []
        placed = state.placed
        if placed is not None:
            offset = placed.offset(position.line, position.character, encoding_of(uri))
            return [f for f in placed.findings if within(offset, placed.offsets(f))]
        codec = server.workspace.get_text_document(uri).position_codec
        point = codec.position_from_client_units(editor_lines(uri), position)
        return [
            f
            for f in state.findings
            if int(f.segment) - 1 == point.line and f.start <= point.character <= f.end
        ]

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: Any, params: lsp.HoverParams) -> lsp.Hover | None:
        uri = params.text_document.uri
        found = at(uri, params.position)
        if not found:
            return None
        glossary = documents[uri].settings.glossary
        text = "\n\n---\n\n".join(entry_text(glossary, f) for f in found)
        lines = editor_lines(uri)
        return lsp.Hover(
            contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=text),
            range=span(uri, found[0], lines),
        )

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]),
    )
    def code_actions(ls: Any, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        uri = params.text_document.uri
        state = documents.get(uri)
        if state is None:
            return []
        asked = [d.data for d in params.context.diagnostics if isinstance(d.data, dict)]
        places = {(data.get("key"), data.get("start")) for data in asked}
        actions: list[lsp.CodeAction] = []
        lines = editor_lines(uri)
        current = state.findings
        for finding in [f for f in current if {(f.key, f.start), (f.key, None)} & places]:
            suggestion = finding.suggestion
            edit = None if suggestion is None else text_edit(uri, finding, suggestion, lines)
            if edit is not None and suggestion is not None:
                actions.append(
                    lsp.CodeAction(
                        title=f"Replace “{finding.text}” with “{suggestion}”",
                        kind=lsp.CodeActionKind.QuickFix,
                        edit=lsp.WorkspaceEdit(changes={uri: [edit]}),
                        is_preferred=True,
                    )
                )
                same = [
                    f
                    for f in current
                    if f.rule == finding.rule
                    and f.text == finding.text
                    and f.suggestion == suggestion
                ]
                edits = [e for f in same if (e := text_edit(uri, f, suggestion, lines))]
                if len(edits) > 1:
                    actions.append(
                        lsp.CodeAction(
                            title=f"Fix “{finding.text}” everywhere in this file ({len(edits)})",
                            kind=lsp.CodeActionKind.QuickFix,
                            edit=lsp.WorkspaceEdit(changes={uri: edits}),
                        )
                    )
            title = glossary_offer(finding)
            if title is not None:
                actions.append(
                    lsp.CodeAction(
                        title=title,
                        kind=lsp.CodeActionKind.QuickFix,
                        command=lsp.Command(
                            title=title,
                            command="review.addToGlossary",
                            arguments=[uri, finding.key],
                        ),
                    )
                )
            actions.append(
                lsp.CodeAction(
                    title=f"Dismiss this finding ({finding.rule})",
                    kind=lsp.CodeActionKind.QuickFix,
                    command=lsp.Command(
                        title="Dismiss", command="review.dismiss", arguments=[uri, finding.key]
                    ),
                )
            )
        return actions

    @server.command("review.dismiss")
    def dismiss(ls: Any, uri: str, key: str) -> None:
        from review.cli.dismissing import dismiss as dismiss_findings

        state = documents.get(uri)
        chosen = [f for f in (state.findings if state else []) if f.key == key]
        if chosen:
            dismiss_findings(path_of(uri), chosen, "dismissed in the editor")
            schedule(uri, 0, reread=True)

    @server.command("review.addToGlossary")
    def add(ls: Any, uri: str, key: str) -> None:
        from review.core.glossary import GlossaryError
        from review.core.glossary_edit import add_to_glossary
        from review.formats.errors import OutputError
        from review.tui import glossary_file

        state = documents.get(uri)
        chosen = [f for f in (state.findings if state else []) if f.key == key]
        if state is None or not chosen:
            return
        addition = addition_for(chosen[0])
        settings = state.settings
        target = glossary_file.save_target(settings.glossary_path, path_of(uri))
        try:
            add_to_glossary(settings.glossary, addition)  # refused before anything is written
            glossary_file.write(target, settings.glossary_path, [addition])
        except (GlossaryError, OutputError, OSError) as exc:
            message = f"review: not added to the glossary: {exc}"
            server.window_show_message(
                lsp.ShowMessageParams(type=lsp.MessageType.Error, message=message)
            )
            return
        server.window_show_message(
            lsp.ShowMessageParams(
                type=lsp.MessageType.Info, message=f"review: {addition.describe()} in {target.name}"
            )
        )
        for open_uri in list(documents):  # every open document checks with the new glossary
            schedule(open_uri, 0, reread=True)

    return server


def to_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


Parts = tuple[str, str, str]
"""A diagnostic's JSON text around its start line and its end line: sent again on other
lines without being serialized again."""
_LINE = '"line":-1'


def parts_of(diagnostic: dict[str, Any]) -> Parts:
    head, middle, tail = to_json(diagnostic).split(_LINE, 2)  # its range comes first
    return head, middle, tail


def on_lines(parts: Parts, start: int, end: int) -> str:
    return f'{parts[0]}"line":{start}{parts[1]}"line":{end}{parts[2]}'


def within(offset: int, span: tuple[int, int]) -> bool:
    return span[0] <= offset <= span[1]


def glossary_offer(finding: Finding) -> str | None:
    """The glossary addition a finding invites, as its title: a variant no glossary lists may
    be forbidden in favour of the spelling suggested."""
    if finding.kind is FindingKind.VARIANT and finding.suggestion:
        return f"Forbid “{finding.text}” in the glossary (write “{finding.suggestion}”)"
    return None


def addition_for(finding: Finding) -> Addition:
    return Addition(AdditionKind.VARIANT, accepted=finding.suggestion or "", variant=finding.text)


def editor_settings_without_project(path: Path) -> EditorSettings:
    """The checks alone, when the project's config or glossary cannot be read (the error is
    shown once)."""
    from review.core.checks import ALL_QA
    from review.formats.markdown import MarkdownOptions

    return EditorSettings(None, None, ALL_QA, [], MarkdownOptions())


def serve_stdio() -> int:
    build_server().start_io()
    return 0
