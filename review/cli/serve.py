"""`review serve [DOC]`: the review TUI in a browser, through textual-serve (kept by Textual's
authors). Each browser session runs its own `review DOC` process, so two sessions on one
document follow the rules two terminals follow: the second is read-only, with a notice.

Served beyond this machine (`--host` not a loopback address, or a `--public-url` that is
not), every request needs the token printed at start (or `--token`): the page is opened as
`/?token=…`, which leaves a cookie for the page's own requests; without it, 403. With
`--certfile` and `--keyfile` it is served over HTTPS. The TUI it serves writes only inside the
document's folder ($REVIEW_WRITE_ROOT), and DOC reaches the command as a quoted path, never
as shell text. The page loads nothing from outside this server: textual-serve's page links a
web font from the internet, and that link is left out of the page served here.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hmac
import ipaddress
import json
import os
import re
import secrets
import shlex
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import urllib.parse
from collections.abc import Awaitable, Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from review.core.places import side_folder
from review.core.state import LOCK_WAIT
from review.formats.errors import InputError
from review.tui.writing import WRITE_ROOT

if TYPE_CHECKING:
    from aiohttp import web

COOKIE = "review_token"
_REMOTE_LINK = re.compile(r"<link[^>]*\bhref=\"https?://[^\"]*\"[^>]*/?>\s*", re.DOTALL)
FORBIDDEN = (
    "403: review serve needs its token here: open the address it printed when it started "
    "(…/?token=…), or ask whoever started it\n"
)


def loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def local(args: argparse.Namespace) -> bool:
    """Served to this machine only: a loopback address, and no public address (a reverse
    proxy) in front of it."""
    public = urllib.parse.urlsplit(args.public_url).hostname if args.public_url else None
    return loopback(args.host) and (public is None or loopback(public))


def command_line(argv: Sequence[str], *, windows: bool = os.name == "nt") -> str:
    """The command textual-serve runs through the shell, each argument quoted as the shell
    reads it (a document named `a b; rm x.jsonl` stays one path)."""
    return subprocess.list2cmdline(list(argv)) if windows else shlex.join(argv)


def review_argv(args: argparse.Namespace) -> list[str]:
    """`python -m review DOC …`, with the options that choose what the TUI opens."""
    argv = [sys.executable, "-m", "review", str(Path(args.document).resolve())]
    for option in ("glossary", "config", "source", "reference"):
        value = getattr(args, option, None)
        if value is not None:
            argv += [f"--{option}", str(Path(value).resolve())]
    for option in ("input_format", "encoding"):
        value = getattr(args, option, None)
        if value is not None:
            argv += [f"--{option.replace('_', '-')}", value]
    if getattr(args, "no_glossary", False):
        argv.append("--no-glossary")
    return argv


def local_page(folder: Path) -> Path:
    """textual-serve's page, less its links to anything outside the server, written into
    `folder`: the page to serve."""
    page = resources.files("textual_serve").joinpath("templates", "app_index.html")
    html = _REMOTE_LINK.sub("", page.read_text(encoding="utf-8"))
    (folder / "app_index.html").write_text(html, encoding="utf-8")
    return folder


Handler = Callable[["web.Request"], Awaitable["web.StreamResponse"]]


def guard(token: str | None) -> Any:
    """The middleware that asks every request for the token (none: every request passes)."""
    from aiohttp import web

    @web.middleware
    async def check(request: web.Request, handler: Handler) -> web.StreamResponse:
        if token is None:
            return await handler(request)
        given = request.query.get("token") or request.cookies.get(COOKIE) or ""
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise web.HTTPForbidden(text=FORBIDDEN)
        response = await handler(request)
        if request.path == "/" and request.query.get("token"):
            response.set_cookie(
                COOKIE, token, httponly=True, samesite="Strict", secure=request.secure
            )
        return response

    return check


def same_site(hosts: frozenset[str] | None, public: str | None) -> Any:
    """The middleware that answers only requests for this server: on this machine, the
    `Host` must name it (a page elsewhere whose name resolves here, DNS rebinding, gets 403);
    a browser's websocket must come from a page of this server (its `Origin`), never from
    another site open in the same browser. A terminal size past any screen's is cut down,
    since the session draws every cell of it."""
    from aiohttp import web

    public_netloc = urllib.parse.urlsplit(public).netloc if public else None

    @web.middleware
    async def check(request: web.Request, handler: Handler) -> web.StreamResponse:
        name = urllib.parse.urlsplit(f"//{request.host}").hostname or ""
        if hosts is not None and name not in hosts:
            raise web.HTTPForbidden(text=f"403: review serve does not answer as {name}\n")
        if request.path == "/ws":
            origin = request.headers.get("Origin")
            if origin is not None and urllib.parse.urlsplit(origin).netloc not in (
                request.host,
                public_netloc,
            ):
                raise web.HTTPForbidden(text="403: a page of another site may not connect\n")
            query = request.rel_url.query
            size = {
                key: str(_size(query.get(key), default, most))
                for key, default, most in (("width", 80, MAX_WIDTH), ("height", 24, MAX_HEIGHT))
            }
            request = request.clone(rel_url=request.rel_url.update_query(size))
        return await handler(request)

    return check


SESSION_LOCK_WAIT = 5
"""Seconds a new session waits for the document's last one to end (a reloaded tab's)."""

MAX_WIDTH, MAX_HEIGHT = 1000, 500
"""Columns and rows past the largest screen at the smallest font."""


def _size(value: object, default: int, most: int) -> int:
    try:
        number = int(str(value))
    except ValueError:
        return default
    return min(max(number, 1), most)


def tls(args: argparse.Namespace) -> ssl.SSLContext | None:
    """The TLS context of `--certfile` and `--keyfile` (both, or neither)."""
    certfile, keyfile = getattr(args, "certfile", None), getattr(args, "keyfile", None)
    if certfile is None and keyfile is None:
        return None
    if certfile is None or keyfile is None:
        raise InputError(certfile or keyfile or "serve", "--certfile and --keyfile go together")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        context.load_cert_chain(certfile, keyfile)
    except (OSError, ssl.SSLError) as exc:
        raise InputError(certfile, f"cannot serve over TLS with it and {keyfile}: {exc}") from None
    return context


def outward_address() -> str:
    """This machine's address on the network other machines reach it by (the interface a
    packet out would leave from; none is sent), else its name."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("10.255.255.255", 1))
        address: str = probe.getsockname()[0]
        if not ipaddress.ip_address(address).is_loopback:
            return address
    return socket.getfqdn()


def make_server(args: argparse.Namespace, token: str | None, pages: Path) -> Any:
    """The textual-serve `Server` for `review DOC`, guarded by the token."""
    from textual_serve.server import Server

    host: str = args.host
    secure = tls(args)
    scheme = "https" if secure is not None else "http"
    public = args.public_url
    if public is None and (secure is not None or host in ("0.0.0.0", "::", "")):
        name = outward_address() if host in ("0.0.0.0", "::", "") else host
        public = f"{scheme}://{name}:{args.port}"

    hosts = None
    if token is None:  # this machine only: no token, so the Host is checked
        named = [host, urllib.parse.urlsplit(public).hostname if public else None]
        hosts = frozenset(["localhost", "127.0.0.1", "::1", *filter(None, named)])

    class ReviewServer(Server):
        async def _make_app(self) -> web.Application:
            app = await super()._make_app()
            app.middlewares.append(same_site(hosts, public))
            app.middlewares.append(guard(token))
            return app

        async def _process_messages(self, websocket: Any, app_service: Any) -> None:
            """textual-serve's, less its tracebacks on a message it cannot read (ignored
            here) and with the terminal's size bounded."""
            from aiohttp import WSMsgType

            async for message in websocket:
                if message.type != WSMsgType.TEXT:
                    continue
                try:
                    kind, data = json.loads(message.data)
                except (ValueError, TypeError):
                    continue
                if kind == "stdin" and isinstance(data, str):
                    await app_service.send_bytes(data.encode("utf-8"))
                elif kind == "resize" and isinstance(data, dict):
                    width = _size(data.get("width"), 80, MAX_WIDTH)
                    await app_service.set_terminal_size(
                        width, _size(data.get("height"), 24, MAX_HEIGHT)
                    )
                elif kind == "ping":
                    await websocket.send_json(["pong", data])
                elif kind == "blur":
                    await app_service.blur()
                elif kind == "focus":
                    await app_service.focus()

        def serve(self, debug: bool = False) -> None:
            from aiohttp import web as aiohttp_web

            self.debug = debug
            self.initialize_logging()
            loop = asyncio.new_event_loop()
            for stop in ("SIGINT", "SIGTERM"):
                with contextlib.suppress(NotImplementedError, AttributeError):
                    loop.add_signal_handler(getattr(signal, stop), self.request_exit)
            aiohttp_web.run_app(
                self._make_app(),
                host=self.host,
                port=self.port,
                ssl_context=secure,
                handle_signals=False,
                loop=loop,
                print=lambda *_: self.announce(),  # once it listens, not before
            )

        async def on_startup(self, app: web.Application) -> None:
            pass  # the address is told by `announce`, once the server listens

        def announce(self) -> None:
            address = self.public_url + (f"/?token={token}" if token else "/")
            print(f"review serve: {args.document} on {address}", file=sys.stderr, flush=True)
            print("Ctrl+C stops it", file=sys.stderr, flush=True)

    server = ReviewServer(
        command_line(review_argv(args)),
        host=host,
        port=args.port,
        title=f"review {Path(args.document).name}",
        public_url=public,
        templates_path=pages,
    )
    return server


def serve(args: argparse.Namespace, glossary: Path | None = None) -> int:
    """Serve the TUI on `args.document`; its sessions write in the document's folder and,
    if given, into `glossary` (the one it is reviewed with, wherever it is)."""
    document = Path(args.document)
    if not document.exists():
        raise InputError(document, "no such file")
    token = args.token
    if token is None and not local(args):
        token = secrets.token_urlsafe(18)
    with tempfile.TemporaryDirectory(prefix="review-serve-") as folder:
        server = make_server(args, token, local_page(Path(folder)))
        sessions = {
            WRITE_ROOT: os.pathsep.join(
                str(path.resolve()) for path in (side_folder(document.resolve()), glossary) if path
            ),
            LOCK_WAIT: str(SESSION_LOCK_WAIT),
        }
        before = {name: os.environ.get(name) for name in sessions}
        os.environ.update(sessions)
        try:
            server.serve()
        except OSError as exc:
            raise InputError(
                f"{args.host}:{args.port}", f"cannot listen there: {exc.strerror or exc}"
            ) from None
        finally:
            for name, value in before.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
    return 0
