"""`review serve` in a real browser: headless Chromium opens the page, clicks Start, presses
`n` (the next finding) and saves a screenshot; the page must change when `n` is pressed
(the terminal is drawn on a canvas, so the screenshots before and after the key are compared).

    python benchmarks/serve_browser.py [--out docs/serve.png] [--chromium chromium]

Chromium is driven through its DevTools protocol (a websocket, with aiohttp, which
textual-serve already needs), so nothing beyond Debian's `chromium` package is installed.
The example article is served from a temporary copy; the script exits non-zero if the page
did not show the review.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import itertools
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(port: int, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise SystemExit(f"nothing listens on port {port}")


_PAINTED = "document.querySelector('canvas.xterm-text-layer') ? 'yes' : ''"


class DevTools:
    def __init__(self, socket_: aiohttp.ClientWebSocketResponse) -> None:
        self.socket = socket_
        self.ids = itertools.count(1)

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        wanted = next(self.ids)
        await self.socket.send_json({"id": wanted, "method": method, "params": params})
        while True:
            message = json.loads((await self.socket.receive()).data)
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result

    async def text(self, expression: str) -> str:
        """The value of a JavaScript expression, as text ("" for false and nothing)."""
        found = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return str(found.get("result", {}).get("value", ""))

    async def key(self, key: str) -> None:
        for kind in ("keyDown", "keyUp"):
            await self.call("Input.dispatchKeyEvent", type=kind, key=key, text=key)


async def drive(debug_port: int, url: str, out: Path) -> bool:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"http://127.0.0.1:{debug_port}/json") as reply:
            page = next(t for t in await reply.json() if t["type"] == "page")
        async with session.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0) as ws:
            tools = DevTools(ws)
            await tools.call("Page.enable")
            await tools.call("Page.navigate", url=url)
            await asyncio.sleep(2)
            await tools.text("document.getElementById('start').click()")
            for _ in range(60):  # the TUI starts in the server, then paints on a canvas
                await asyncio.sleep(0.5)
                if await tools.text(_PAINTED):
                    break
            await asyncio.sleep(4)
            before = await tools.call("Page.captureScreenshot", format="png")
            await tools.text("document.querySelector('.xterm-helper-textarea').focus()")
            await tools.key("n")
            await asyncio.sleep(1.5)
            after = await tools.call("Page.captureScreenshot", format="png")
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(base64.b64decode(after["data"]))
            return before["data"] != after["data"]  # the review moved to the next finding


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("serve.png"))
    parser.add_argument("--chromium", default="chromium")
    args = parser.parse_args()
    if shutil.which(args.chromium) is None:
        print(f"{args.chromium} is not installed (apt-get install chromium)", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="serve-browser-"))
    document = work / "openai-hires.jsonl"
    shutil.copy(ROOT / "pairs" / "openai-hires.jsonl", document)
    shutil.copy(ROOT / "glossary" / "names.tsv", work / "openai-hires.glossary.tsv")
    port, debug_port = free_port(), free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "review", "serve", str(document), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    browser = subprocess.Popen(
        [
            args.chromium,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            f"--remote-debugging-port={debug_port}",
            "--window-size=1280,860",
            f"--user-data-dir={work / 'profile'}",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(port)
        wait_for(debug_port)
        moved = asyncio.run(drive(debug_port, f"http://127.0.0.1:{port}/", args.out))
    finally:
        browser.terminate()
        server.terminate()
        browser.wait(10)
        server.wait(10)
        shutil.rmtree(work, ignore_errors=True)
    print(f"screenshot: {args.out}; the review answered `n`: {moved}")
    return 0 if moved else 1


if __name__ == "__main__":
    sys.exit(main())
