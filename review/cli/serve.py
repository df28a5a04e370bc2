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


def make_server(args: argparse.Namespace, token: str | None, pages: Path) -> Any:
    """The textual-serve `Server` for `review DOC`, guarded by the token."""
    from textual_serve.server import Server

    host: str = args.host
    secure = tls(args)
    scheme = "https" if secure is not None else "http"
    public = args.public_url
    if public is None and (secure is not None or host in ("0.0.0.0", "::", "")):
        name = socket.getfqdn() if host in ("0.0.0.0", "::", "") else host
        public = f"{scheme}://{name}:{args.port}"

    class ReviewServer(Server):
        async def _make_app(self) -> web.Application:
            app = await super()._make_app()
            app.middlewares.append(guard(token))
            return app

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


def serve(args: argparse.Namespace) -> int:
    document = Path(args.document)
    if not document.exists():
        raise InputError(document, "no such file")
    token = args.token
    if token is None and not local(args):
        token = secrets.token_urlsafe(18)
    with tempfile.TemporaryDirectory(prefix="review-serve-") as folder:
        server = make_server(args, token, local_page(Path(folder)))
        before = os.environ.get(WRITE_ROOT)
        os.environ[WRITE_ROOT] = str(side_folder(document.resolve()))  # the sessions' own
        try:
            server.serve()
        finally:
            if before is None:
                os.environ.pop(WRITE_ROOT, None)
            else:
                os.environ[WRITE_ROOT] = before
    return 0
