"""Worker processes for the TUI's background checks of a large document."""

from __future__ import annotations

import os

from review.core.pool import START_METHOD, processes_for, start_method
from review.core.session import ReviewSession


def background_processes(session: ReviewSession) -> tuple[int, str | None]:
    """How many processes the first background check of every segment is worth, and how
    they start: `spawn` unless $REVIEW_START_METHOD says otherwise (the app runs threads,
    whose locks a fork would copy held)."""
    try:
        method = start_method(os.environ.get(START_METHOD) or "spawn")
    except ValueError:
        return 1, None
    size = sum(len(segment.target) for segment in session.segments) * 3  # about, as UTF-8
    return processes_for(size, method), method


def prepare(session: ReviewSession) -> None:
    """Start multiprocessing's resource tracker now, if the background checks will start
    processes afresh: it is started with this process's standard error, which, once Textual
    runs, is no longer a file (the start then fails: "bad value(s) in fds_to_keep")."""
    processes, method = background_processes(session)
    if processes > 1 and method != "fork" and os.name == "posix":
        from multiprocessing import resource_tracker

        resource_tracker.ensure_running()
