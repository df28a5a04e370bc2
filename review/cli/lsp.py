"""`review lsp`: a language server over stdio (pygls), so that writers see the glossary's and
the checks' findings where they type (VS Code, Neovim, Helix…), from the same engine, the same
glossary, the same `review.toml` and the same dismissals as `review check`.

Markdown (`.md`, parsed as `review check` parses it: only the text a reader sees) and every
other text (plain text, reStructuredText, AsciiDoc: a segment per line) are checked as the
editor holds them, saved or not, a moment after the last change. Code actions: apply one
suggestion, fix a name everywhere in the file, dismiss a finding (kept in the document's
review state, as `review dismiss` keeps it). Hovering a flagged span shows the glossary entry.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from review import __version__
from review.core.engine import checked_document
from review.core.glossary import Glossary
from review.core.model import Document, Finding, Segment, Severity
from review.core.workspace import EditorSettings, editor_settings
from review.formats.errors import InputError
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


@dataclass(slots=True)
class Open:
    """What the server knows of a document the editor has open."""

    settings: EditorSettings
    findings: list[Finding] = field(default_factory=list)
    task: asyncio.Task[None] | None = None


def build_server() -> Any:
    from lsprotocol import types as lsp
    from pygls.lsp.server import LanguageServer

    server = LanguageServer(
        "review", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental
    )
    documents: dict[str, Open] = {}
    severities = {
        Severity.ERROR: lsp.DiagnosticSeverity.Error,
        Severity.WARNING: lsp.DiagnosticSeverity.Warning,
        Severity.INFO: lsp.DiagnosticSeverity.Information,
    }

    def path_of(uri: str) -> Path:
        return Path(server.workspace.get_text_document(uri).path)

    def span(uri: str, finding: Finding, lines: Sequence[str] | None = None) -> Any:
        """The finding's range in the editor's units; `lines`: the document's, if at hand
        (`TextDocument.lines` splits the whole text at each call)."""
        document = server.workspace.get_text_document(uri)
        line = int(finding.segment) - 1
        start = lsp.Position(line=line, character=finding.start)
        end = lsp.Position(line=line, character=finding.end)
        return document.position_codec.range_to_client_units(
            document.lines if lines is None else lines, lsp.Range(start=start, end=end)
        )

    def diagnostics(uri: str, found: Sequence[Finding]) -> list[Any]:
        lines = server.workspace.get_text_document(uri).lines
        return [
            lsp.Diagnostic(
                range=span(uri, f, lines),
                message=f.message + (f" → “{f.suggestion}”" if f.suggestion else ""),
                severity=severities[f.severity],
                code=f.rule,
                source="review",
                data={"key": f.key},
            )
            for f in found
        ]

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
            previous = state
            state = documents[uri] = Open(settings)
            if previous is not None:
                state.findings = previous.findings
        return state

    async def check(uri: str, delay: float) -> None:
        await asyncio.sleep(delay)
        state = settle(uri)
        text = server.workspace.get_text_document(uri).source
        loop = asyncio.get_running_loop()
        found = await loop.run_in_executor(None, findings_of, path_of(uri), text, state.settings)
        if server.workspace.get_text_document(uri).source != text:
            return  # changed meanwhile: the next check publishes
        state.findings = found
        server.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics(uri, found))
        )

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
        schedule(params.text_document.uri)

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
        document = server.workspace.get_text_document(uri)
        point = document.position_codec.position_from_client_units(document.lines, position)
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
        return lsp.Hover(
            contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=text),
            range=span(uri, found[0]),
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
        keys = {d.data.get("key") for d in params.context.diagnostics if isinstance(d.data, dict)}
        actions: list[lsp.CodeAction] = []
        for finding in [f for f in state.findings if f.key in keys]:
            if finding.suggestion is not None:
                edit = lsp.TextEdit(range=span(uri, finding), new_text=finding.suggestion)
                actions.append(
                    lsp.CodeAction(
                        title=f"Replace “{finding.text}” with “{finding.suggestion}”",
                        kind=lsp.CodeActionKind.QuickFix,
                        edit=lsp.WorkspaceEdit(changes={uri: [edit]}),
                        is_preferred=True,
                    )
                )
                same = [
                    f
                    for f in state.findings
                    if f.rule == finding.rule
                    and f.text == finding.text
                    and f.suggestion == finding.suggestion
                ]
                if len(same) > 1:
                    lines = server.workspace.get_text_document(uri).lines
                    edits = [
                        lsp.TextEdit(range=span(uri, f, lines), new_text=finding.suggestion)
                        for f in same
                    ]
                    actions.append(
                        lsp.CodeAction(
                            title=f"Fix “{finding.text}” everywhere in this file ({len(same)})",
                            kind=lsp.CodeActionKind.QuickFix,
                            edit=lsp.WorkspaceEdit(changes={uri: edits}),
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

    return server


def editor_settings_without_project(path: Path) -> EditorSettings:
    """The checks alone, when the project's config or glossary cannot be read (the error is
    shown once)."""
    from review.core.checks import ALL_QA
    from review.formats.markdown import MarkdownOptions

    return EditorSettings(None, None, ALL_QA, [], MarkdownOptions())


def serve_stdio() -> int:
    build_server().start_io()
    return 0
