"""`review serve`: the TUI in a browser, guarded by a token beyond this machine, its page
self-contained, the document a path and never shell text."""

from __future__ import annotations

import argparse
import asyncio
import os
import shlex
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest
from aiohttp import WSMsgType
from aiohttp.test_utils import TestClient, TestServer

from review.cli.commands import build_parser
from review.cli.serve import (
    FORBIDDEN,
    command_line,
    local,
    local_page,
    loopback,
    make_server,
    review_argv,
)
from tests.conftest import SEED_PAIRS


def _args(document: Path, *extra: str) -> argparse.Namespace:
    return build_parser().parse_args(["serve", str(document), *extra])


def test_the_document_is_a_path_never_shell_text(tmp_path: Path) -> None:
    hostile = tmp_path / "a b; touch pwned $(id) `x`.jsonl"
    hostile.write_bytes(SEED_PAIRS.read_bytes())
    argv = review_argv(_args(hostile, "--no-glossary"))
    assert shlex.split(command_line(argv, windows=False)) == argv
    assert argv[-2:] == [str(hostile.resolve()), "--no-glossary"]
    assert command_line(["review", "a b&c.jsonl"], windows=True) == 'review "a b&c.jsonl"'


def test_loopback_hosts() -> None:
    assert loopback("127.0.0.1") and loopback("localhost") and loopback("::1")
    assert not loopback("0.0.0.0") and not loopback("192.168.1.5") and not loopback("example.org")
    doc = SEED_PAIRS
    assert local(_args(doc)) and local(_args(doc, "--public-url", "http://localhost:9000"))
    assert not local(_args(doc, "--host", "0.0.0.0"))
    assert not local(_args(doc, "--public-url", "https://review.example.org"))  # a proxy


def test_the_page_loads_nothing_from_outside(tmp_path: Path) -> None:
    html = (local_page(tmp_path) / "app_index.html").read_text(encoding="utf-8")
    assert "googleapis" not in html
    assert "https://" not in html and 'href="http' not in html


async def _client(args: argparse.Namespace, token: str | None, pages: Path) -> TestClient:
    server = make_server(args, token, pages)
    client = TestClient(TestServer(await server._make_app()))
    await client.start_server()
    return client


def test_beyond_this_machine_every_request_needs_the_token(tmp_path: Path) -> None:
    asyncio.run(_token(tmp_path))


async def _token(tmp_path: Path) -> None:
    doc = tmp_path / "pairs.jsonl"
    doc.write_bytes(SEED_PAIRS.read_bytes())
    client = await _client(_args(doc, "--host", "0.0.0.0"), "s3cret", local_page(tmp_path))
    try:
        refused = await client.get("/")
        assert refused.status == 403 and await refused.text() == FORBIDDEN
        assert (await client.get("/?token=wrong")).status == 403
        assert (await client.get("/static/js/textual.js")).status == 403
        opened = await client.get("/?token=s3cret")  # the address printed at start
        assert opened.status == 200
        assert opened.cookies["review_token"]["httponly"]
        assert (await client.get("/static/js/textual.js")).status == 200  # by the cookie
    finally:
        await client.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def _screen(url: str, until: bytes) -> bytes:
    """What a browser session is shown, until `until` appears."""
    async with aiohttp.ClientSession() as browser, browser.ws_connect(url) as socket:
        screen = b""
        async with asyncio.timeout(60):
            while until not in screen:
                message = await socket.receive()
                if message.type == WSMsgType.BINARY:
                    screen += message.data
                elif message.type != WSMsgType.TEXT:
                    pytest.fail(f"the session ended: {message}")
        return screen


def test_browser_sessions_review_the_document_the_second_read_only(tmp_path: Path) -> None:
    """`review serve DOC` as a user starts it; two sessions, as two terminals: the second
    is told the document is open in another process."""
    doc = tmp_path / "pairs.jsonl"
    doc.write_bytes(SEED_PAIRS.read_bytes())
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "review", "serve", str(doc), "--no-glossary", "--port", str(port)],
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    try:
        assert server.stderr is not None
        assert server.stderr.readline().startswith(f"review serve: {doc} on http://127.0.0.1:")
        url = f"http://127.0.0.1:{port}/ws?width=120&height=40"

        async def both() -> tuple[bytes, bytes]:
            async with aiohttp.ClientSession() as browser, browser.ws_connect(url) as first:
                async with asyncio.timeout(60):
                    shown = b""
                    while b"OpenAI" not in shown:
                        message = await first.receive()
                        if message.type == WSMsgType.BINARY:
                            shown += message.data
                # the notice's first words: the rest wraps where the temporary path's length says
                second = await _screen(url, b"Opened read-only")
                return shown, second

        first, second = asyncio.run(both())
        assert b"read-only" not in first and b"Opened read-only" in second
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl makes the test certificate")
def test_over_https_with_a_certificate(tmp_path: Path) -> None:
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-keyout", str(tmp_path / "key.pem"),
         "-out", str(tmp_path / "cert.pem")],
        check=True, capture_output=True,
    )  # fmt: skip
    doc = tmp_path / "pairs.jsonl"
    doc.write_bytes(SEED_PAIRS.read_bytes())
    port = _free_port()
    tls = ["--certfile", str(tmp_path / "cert.pem"), "--keyfile", str(tmp_path / "key.pem")]
    server = subprocess.Popen(
        [sys.executable, "-m", "review", "serve", str(doc), "--port", str(port), *tls],
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    try:
        assert server.stderr is not None
        assert f"on https://127.0.0.1:{port}/" in server.stderr.readline()

        async def fetch() -> tuple[int, str]:
            async with (
                aiohttp.ClientSession() as browser,
                browser.get(f"https://127.0.0.1:{port}/", ssl=False) as response,
            ):
                return response.status, await response.text()

        status, page = asyncio.run(fetch())
        assert status == 200 and f"wss://127.0.0.1:{port}/ws" in page
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_a_certificate_without_its_key_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from review.cli import main

    doc = tmp_path / "pairs.jsonl"
    doc.write_bytes(SEED_PAIRS.read_bytes())
    assert main(["serve", str(doc), "--certfile", str(tmp_path / "cert.pem")]) == 2
    assert capsys.readouterr().err.strip().endswith("--certfile and --keyfile go together")
    assert "REVIEW_WRITE_ROOT" not in os.environ  # set only while serving, for the sessions


def test_on_this_machine_only_its_own_names_and_pages_are_answered(tmp_path: Path) -> None:
    asyncio.run(_same_site(tmp_path))


async def _same_site(tmp_path: Path) -> None:
    doc = tmp_path / "pairs.jsonl"
    doc.write_bytes(SEED_PAIRS.read_bytes())
    client = await _client(_args(doc), None, local_page(tmp_path))
    try:
        assert (await client.get("/")).status == 200
        rebound = await client.get("/", headers={"Host": "attacker.example.com:8000"})
        assert rebound.status == 403, "a name that resolves here is not this server's"
        elsewhere = await client.get("/ws", headers={"Origin": "http://evil.example.com"})
        assert elsewhere.status == 403, "another site's page may not drive a session"
    finally:
        await client.close()


class _Socket:
    def __init__(self, texts: list[str]) -> None:
        self.messages = [aiohttp.WSMessage(WSMsgType.TEXT, text, None) for text in texts]
        self.sent: list[object] = []

    def __aiter__(self) -> _Socket:
        return self

    async def __anext__(self) -> aiohttp.WSMessage:
        if not self.messages:
            raise StopAsyncIteration
        return self.messages.pop(0)

    async def send_json(self, data: object) -> None:
        self.sent.append(data)


class _Session:
    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    async def send_bytes(self, data: bytes) -> None:
        self.calls.append(("stdin", data))

    async def set_terminal_size(self, width: int, height: int) -> None:
        self.calls.append(("resize", (width, height)))


def test_a_message_it_cannot_read_is_ignored_and_a_size_is_bounded(tmp_path: Path) -> None:
    server = make_server(_args(SEED_PAIRS), None, tmp_path)
    socket_ = _Socket(
        [
            "not json",
            "[]",
            '["stdin"]',
            '["stdin", 5]',
            '["resize", {}]',
            '["resize", {"width": 100000, "height": 100000}]',
            '["resize", {"width": "x", "height": -3}]',
            '["stdin", "q"]',
            '["ping", "t"]',
        ]
    )
    session = _Session()
    asyncio.run(server._process_messages(socket_, session))
    assert session.calls == [
        ("resize", (80, 24)),
        ("resize", (1000, 500)),
        ("resize", (80, 1)),
        ("stdin", b"q"),
    ]
    assert socket_.sent == [["pong", "t"]]


def test_a_port_in_use_or_a_document_it_cannot_read_is_one_line(tmp_path: Path) -> None:
    doc = tmp_path / "pairs.jsonl"
    doc.write_bytes(SEED_PAIRS.read_bytes())
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "mt": "あ"}\n{"id": \n', encoding="utf-8")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        for argv, expected in (
            ([str(doc), "--port", port], f"review: 127.0.0.1:{port}: cannot listen there"),
            ([str(bad), "--port", port], f"review: {bad}:2: not valid JSON"),
            ([str(doc), "--port", "99999"], "not a port number (0 to 65535): '99999'"),
        ):
            result = subprocess.run(
                [sys.executable, "-m", "review", "serve", *argv, "--no-glossary"],
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert result.returncode == 2, result.stderr
            assert expected in result.stderr and "Traceback" not in result.stderr


def test_sessions_may_write_the_documents_folder_and_its_glossary_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's layout: pairs/ and glossary/, review.toml naming ../glossary/names.tsv."""
    from review.cli import main
    from review.cli import serve as serving

    (tmp_path / "pairs").mkdir()
    (tmp_path / "glossary").mkdir()
    doc = tmp_path / "pairs" / "job.jsonl"
    doc.write_bytes(SEED_PAIRS.read_bytes())
    glossary = tmp_path / "glossary" / "names.tsv"
    glossary.write_text("accepted\tforbidden\nOpenAI\tオープンAI\n", encoding="utf-8")
    (tmp_path / "pairs" / "review.toml").write_text(
        'glossary = "../glossary/names.tsv"\n', encoding="utf-8"
    )
    seen: list[str] = []

    class Server:
        def serve(self) -> None:
            seen.append(os.environ["REVIEW_WRITE_ROOT"])

    monkeypatch.setattr(serving, "make_server", lambda *_: Server())
    assert main(["serve", str(doc)]) == 0
    assert seen == [os.pathsep.join([str(doc.parent), str(glossary)])]
