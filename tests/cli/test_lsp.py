"""`review lsp` as an editor drives it: over stdio, JSON-RPC, the document's glossary found
beside it, diagnostics in the editor's (UTF-16) columns, hover, code actions, dismissal."""

from __future__ import annotations

import json
import queue
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

import pytest

VANILLA = Path(__file__).resolve().parent.parent / "data" / "prh" / "vanilla"


class Editor:
    """The client side of the protocol, as small as a test needs."""

    def __init__(self, folder: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "review", "lsp"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=folder,
        )
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.early: list[dict[str, Any]] = []  # notifications that came while awaiting a reply
        self.ids = 0
        assert self.process.stdout is not None
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()

    def _read(self, stream: IO[bytes]) -> None:
        while True:
            length = 0
            while (line := stream.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if not line:
                return
            self.messages.put(json.loads(stream.read(length)))

    def send(self, method: str, params: Any, *, request: bool = False) -> int:
        message: dict[str, Any] = {"jsonrpc": "2.0", "method": method, "params": params}
        if request:
            self.ids += 1
            message["id"] = self.ids
        body = json.dumps(message).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()
        return self.ids

    def request(self, method: str, params: Any) -> Any:
        wanted = self.send(method, params, request=True)
        while True:
            message = self.messages.get(timeout=60)
            if message.get("id") == wanted and "method" not in message:
                assert "error" not in message, message
                return message.get("result")
            if "id" not in message:
                self.early.append(message)

    def next(self) -> dict[str, Any]:
        return self.early.pop(0) if self.early else self.messages.get(timeout=60)

    def until(self, uri: str, lines: list[int]) -> list[dict[str, Any]]:
        """The diagnostics once they are on these lines (an edit is published twice: its
        lines at once, the whole text checked again after a moment)."""
        while True:
            found = self.diagnostics(uri)
            if [d["range"]["start"]["line"] for d in found] == lines:
                return found

    def diagnostics(self, uri: str) -> list[dict[str, Any]]:
        while True:
            message = self.next()
            publish = message.get("method") == "textDocument/publishDiagnostics"
            if publish and message["params"]["uri"] == uri:
                found: list[dict[str, Any]] = message["params"]["diagnostics"]
                return found

    def close(self) -> None:
        try:
            self.request("shutdown", None)
            self.send("exit", None)
            self.process.wait(timeout=20)
        finally:
            self.process.kill()


@pytest.fixture
def editor(tmp_path: Path) -> Any:
    shutil.copy(VANILLA / "prh.yml", tmp_path / "doc.glossary.yml")  # found beside doc.md
    client = Editor(tmp_path)
    client.request(
        "initialize",
        {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {}},
    )
    client.send("initialized", {})
    yield client
    client.close()


def test_diagnostics_hover_actions_and_dismissal(editor: Editor, tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    text = "😀webの説明と`web`。\n\n[webサイト](https://web.example)\n"
    doc.write_text(text, encoding="utf-8")
    uri = doc.as_uri()
    editor.send(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}},
    )
    [found] = editor.diagnostics(uri)  # not the code span, not the link
    assert found["range"] == {
        "start": {"line": 0, "character": 2},  # 😀 is two UTF-16 units
        "end": {"line": 0, "character": 5},
    }
    assert found["severity"] == 1 and found["source"] == "review"
    assert found["code"].startswith("glossary:") and "“Web”" in found["message"]
    hover = editor.request(
        "textDocument/hover",
        {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 3}},
    )
    assert "**Web**" in hover["contents"]["value"]
    actions = editor.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": uri},
            "range": found["range"],
            "context": {"diagnostics": [found]},
        },
    )
    titles = [a["title"] for a in actions]
    assert titles == ["Replace “web” with “Web”", "Dismiss this finding (glossary:Web)"]
    assert actions[0]["edit"]["changes"][uri][0]["newText"] == "Web"

    # an unsaved edit: a second line with the same name, checked as typed
    editor.send(
        "textDocument/didChange",
        {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [
                {
                    "range": {
                        "start": {"line": 1, "character": 0},
                        "end": {"line": 1, "character": 0},
                    },
                    "text": "webの二つ目\n",
                }
            ],
        },
    )
    found_now = editor.until(uri, [0, 1])
    actions = editor.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": uri},
            "range": found_now[1]["range"],
            "context": {"diagnostics": [found_now[1]]},
        },
    )
    everywhere = next(a for a in actions if a["title"].startswith("Fix “web” everywhere"))
    assert len(everywhere["edit"]["changes"][uri]) == 2
    dismiss = next(a for a in actions if a["title"].startswith("Dismiss"))
    editor.request("workspace/executeCommand", dismiss["command"])
    editor.until(uri, [0])
    assert (tmp_path / "doc.md.review.sqlite").exists()  # kept where review dismiss keeps it


def test_an_edit_is_checked_at_once_on_its_lines() -> None:
    """The lines an edit changed, and the others' findings kept, their lines moved."""
    from review.cli.lsp import changed_lines, quick_findings, relined
    from review.core.checks import ALL_QA
    from review.core.engine import Plan
    from review.core.workspace import EditorSettings
    from review.formats.glossaries import read_glossary
    from review.formats.markdown import MarkdownOptions

    assert changed_lines(["a", "b", "c"], ["a", "x", "y", "c"]) == (1, 2, 3)
    assert changed_lines(["a", "b"], ["a", "b"]) == (2, 2, 2)
    assert changed_lines(["a", "a"], ["a", "a", "a"]) == (2, 2, 3)
    glossary = read_glossary(VANILLA / "prh.yml")
    settings = EditorSettings(glossary, None, ALL_QA, [], MarkdownOptions())
    plan = Plan(glossary, ALL_QA)
    [first, second] = quick_findings(Path("x.md"), ["webと`web`", "jqueryの話"], 4, settings, plan)
    assert [(f.segment, f.text, f.start) for f in first] == [("5", "web", 0)]
    assert [(f.segment, f.suggestion) for f in second] == [("6", "jQuery")]
    assert [f.segment for f in relined([[], first, [], second])] == ["2", "4"]


def test_columns_in_the_editors_units() -> None:
    from review.cli.lsp import same_units

    assert same_units("webの説明", "utf-16") and same_units("😀web", "utf-32")
    assert not same_units("😀web", "utf-16") and not same_units("webの", "utf-8")
    assert same_units("plain ascii", "utf-8")


def test_a_variant_forbidden_in_the_glossary_from_the_editor(tmp_path: Path) -> None:
    glossary = tmp_path / "doc.glossary.tsv"
    glossary.write_text("id\ttype\tsource\taccepted\tforbidden\n", encoding="utf-8")
    doc = tmp_path / "doc.txt"
    text = "ユーザーが来た。\nユーザーが見た。\nユーザが帰った。\n"
    doc.write_text(text, encoding="utf-8")
    editor = Editor(tmp_path)
    try:
        editor.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
        editor.send("initialized", {})
        uri = doc.as_uri()
        editor.send(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}},
        )
        [found] = editor.until(uri, [2])
        assert found["code"] == "variant:ユーザー" and found["severity"] == 2
        actions = editor.request(
            "textDocument/codeAction",
            {"textDocument": {"uri": uri}, "range": found["range"],
             "context": {"diagnostics": [found]}},
        )  # fmt: skip
        forbid = next(a for a in actions if a["title"].startswith("Forbid “ユーザ”"))
        editor.request("workspace/executeCommand", forbid["command"])
        [now] = editor.until(uri, [2])
        assert now["severity"] == 1 and now["code"].startswith("glossary:")  # the glossary's
    finally:
        editor.close()
    assert "ユーザ → ユーザー" in glossary.read_text(encoding="utf-8")


def test_what_a_finding_offers_to_the_glossary() -> None:
    from review.cli.lsp import addition_for, glossary_offer
    from review.core.model import Finding, FindingKind, Severity

    variant = Finding(
        "3", FindingKind.VARIANT, Severity.WARNING, 0, 4, "ユーザ", "ユーザー", "m", "r"
    )
    assert glossary_offer(variant) == "Forbid “ユーザ” in the glossary (write “ユーザー”)"
    assert addition_for(variant).describe() == "forbid “ユーザ” → “ユーザー”"
    spacing = Finding("3", FindingKind.SPACING, Severity.WARNING, 0, 1, " ", "", "m", "qa:spacing")
    assert glossary_offer(spacing) is None
