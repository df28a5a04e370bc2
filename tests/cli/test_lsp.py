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

from review.formats.glossaries import NO_GLOSSARY

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


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _position(text: str, offset: int) -> dict[str, int]:
    """An offset into `text` as LSP counts it: line, and UTF-16 units into that line."""
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return {"line": line, "character": _utf16(text[start:offset])}


def _apply(text: str, edits: list[dict[str, Any]]) -> str:
    lines = text.split("\n")

    def offset(position: dict[str, int]) -> int:
        line = lines[position["line"]]
        units = 0
        for index, ch in enumerate(line):
            if units >= position["character"]:
                return sum(len(x) + 1 for x in lines[: position["line"]]) + index
            units += _utf16(ch)
        return sum(len(x) + 1 for x in lines[: position["line"]]) + len(line)

    for edit in sorted(edits, key=lambda e: offset(e["range"]["start"]), reverse=True):
        start, end = offset(edit["range"]["start"]), offset(edit["range"]["end"])
        text = text[:start] + edit["newText"] + text[end:]
        lines = text.split("\n")
    return text


XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="en" target-language="ja" original="app" datatype="plaintext"><body>
  <trans-unit id="greeting"><source>A &amp; B on the web with <g id="1">jQuery</g></source>
   <target>😀A &amp; Bの説明 web と <g id="1">jquery</g></target></trans-unit>
  <trans-unit id="other"><source>The web</source><target>web</target></trans-unit>
 </body></file>
</xliff>
"""


def test_a_document_file_served_where_its_text_is(editor: Editor, tmp_path: Path) -> None:
    """An XLIFF: each finding underlined in the file (after an emoji, an entity, in an inline
    code), its fix written in the file's escaping, and the file's own error when it breaks."""
    doc = tmp_path / "doc.xlf"
    doc.write_text(XLIFF, encoding="utf-8")
    uri = doc.as_uri()
    editor.send(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "xml", "version": 1, "text": XLIFF}},
    )
    found = [d for d in editor.diagnostics(uri) if d["code"].startswith("glossary:")]
    web = XLIFF.index("web と")
    jquery = XLIFF.index("jquery")
    last = XLIFF.rindex("<target>web") + len("<target>")
    assert [(d["range"]["start"], d["range"]["end"]) for d in found] == [
        (_position(XLIFF, web), _position(XLIFF, web + 3)),
        (_position(XLIFF, jquery), _position(XLIFF, jquery + 6)),
        (_position(XLIFF, last), _position(XLIFF, last + 3)),
    ]
    hover = editor.request(
        "textDocument/hover",
        {"textDocument": {"uri": uri}, "position": _position(XLIFF, jquery + 2)},
    )
    assert "**jQuery**" in hover["contents"]["value"]
    actions = editor.request(
        "textDocument/codeAction",
        {"textDocument": {"uri": uri}, "range": found[0]["range"],
         "context": {"diagnostics": [found[0]]}},
    )  # fmt: skip
    everywhere = next(a for a in actions if a["title"].startswith("Fix “web” everywhere"))
    fixed = _apply(XLIFF, everywhere["edit"]["changes"][uri])
    assert "Bの説明 Web と" in fixed and "<target>Web</target>" in fixed
    assert fixed.count("web") == XLIFF.count("web") - 2  # the sources keep theirs

    # typed in a target: that segment read again from its text and checked at once
    at = XLIFF.index("Bの説明")
    editor.send(
        "textDocument/didChange",
        {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [
                {"range": {"start": _position(XLIFF, at), "end": _position(XLIFF, at)},
                 "text": "jquery&amp;"}
            ],
        },
    )  # fmt: skip
    typed = XLIFF[:at] + "jquery&amp;" + XLIFF[at:]
    now = [d for d in editor.diagnostics(uri) if d["code"].startswith("glossary:")]
    later = [typed.index("web と"), typed.index("jquery</g>"), typed.rindex("<target>web") + 8]
    places = [at, *later]
    lengths = [6, 3, 6, 3]
    assert sorted((d["range"]["start"]["line"], d["range"]["start"]["character"]) for d in now) == [
        tuple(_position(typed, p).values()) for p in places
    ]
    assert all(
        d["range"]["end"] == _position(typed, p + n)
        for d, p, n in zip(sorted(now, key=lambda d: d["range"]["start"]["character"]
                                  + 1000 * d["range"]["start"]["line"]), places, lengths,
                           strict=True)
    )  # fmt: skip

    broken = XLIFF.replace("</target></trans-unit>\n  <trans-unit", "</trans-unit>\n  <trans")
    editor.send(
        "textDocument/didChange",
        {
            "textDocument": {"uri": uri, "version": 3},
            "contentChanges": [{"text": broken}],
        },
    )
    [error] = editor.diagnostics(uri)
    assert error["severity"] == 1 and "not well-formed XML" in error["message"]
    assert error["range"]["start"]["line"] == 4


def _open_glossary_findings(
    editor: Editor, doc: Path, text: str, language: str
) -> tuple[str, list[dict[str, Any]]]:
    """Open `text` as `doc` in the editor: its URI and its glossary diagnostics."""
    doc.write_text(text, encoding="utf-8")
    uri = doc.as_uri()
    editor.send(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}},
    )
    return uri, [d for d in editor.diagnostics(uri) if d["code"].startswith("glossary:")]


def test_a_po_message_wrapped_over_lines(editor: Editor, tmp_path: Path) -> None:
    doc = tmp_path / "doc.po"
    text = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    text += 'msgid "On the web"\nmsgstr ""\n"😀\\tウェブ上の\\"話\\" "\n"web\\n"\n'
    _, [found] = _open_glossary_findings(editor, doc, text, "po")
    web = text.rindex("web")
    assert found["range"] == {"start": _position(text, web), "end": _position(text, web + 3)}


def test_lines_are_counted_as_editors_count_them(editor: Editor, tmp_path: Path) -> None:
    """A raw U+2028 inside a JSON string is no line end for the editor (pygls's own `lines`
    would split there): the diagnostic, its fix and the hover stay on the right line."""
    doc = tmp_path / "doc.jsonl"
    text = '{"id": "1", "mt": "一行目\u2028二行目"}\n{"id": "2", "mt": "😀😀 web の説明"}\n'
    uri, [found] = _open_glossary_findings(editor, doc, text, "jsonl")
    web = text.index("web")
    assert found["range"] == {"start": _position(text, web), "end": _position(text, web + 3)}
    actions = editor.request(
        "textDocument/codeAction",
        {"textDocument": {"uri": uri}, "range": found["range"],
         "context": {"diagnostics": [found]}},
    )  # fmt: skip
    assert "😀😀 Web の説明" in _apply(text, actions[0]["edit"]["changes"][uri])
    hover = editor.request(
        "textDocument/hover",
        {"textDocument": {"uri": uri}, "position": _position(text, web + 1)},
    )
    assert hover is not None and "**Web**" in hover["contents"]["value"]


def test_one_finding_of_two_alike_in_a_line_gets_its_actions_once(
    editor: Editor, tmp_path: Path
) -> None:
    doc = tmp_path / "doc.md"
    text = "webとweb\n"
    doc.write_text(text, encoding="utf-8")
    uri = doc.as_uri()
    editor.send(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}},
    )
    first, second = editor.diagnostics(uri)
    assert first["message"].count("“Web”") == 1, "the suggestion is named once"
    actions = editor.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": uri},
            "range": second["range"],
            "context": {"diagnostics": [second]},
        },
    )
    titles = [a["title"] for a in actions]
    assert len(titles) == len(set(titles)), titles
    replace = actions[0]["edit"]["changes"][uri][0]
    assert replace["range"] == second["range"], "the occurrence asked about, not the first"


def test_a_request_it_cannot_read_is_answered_with_an_error(editor: Editor) -> None:
    for params in (
        {"textDocument": {"uri": "file:///x.md"}, "position": {"line": -1, "character": 0}},
        {"textDocument": {"uri": "file:///x.md"}},
    ):
        wanted = editor.send("textDocument/hover", params, request=True)
        while (message := editor.messages.get(timeout=60)).get("id") != wanted:
            pass
        assert message["error"]["code"] == -32602


def test_a_file_without_a_glossary_is_told_once_a_folder(tmp_path: Path) -> None:
    client = Editor(tmp_path)
    try:
        client.request(
            "initialize", {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {}}
        )
        client.send("initialized", {})
        seen: list[dict[str, Any]] = []
        for name in ("a.md", "b.md"):
            uri = (tmp_path / name).as_uri()
            opened = {"uri": uri, "languageId": "markdown", "version": 1, "text": "あ"}
            client.send("textDocument/didOpen", {"textDocument": opened})
            while (message := client.next()).get("method") != "textDocument/publishDiagnostics":
                seen.append(message)
        told = [m["params"]["message"] for m in seen if m.get("method") == "window/showMessage"]
        assert told == [f"review: {tmp_path}: {NO_GLOSSARY}"]
    finally:
        client.close()
