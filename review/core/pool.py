"""Work on every core: an ordered map over pieces of work, on worker processes.

An `Executor` runs the map: `Processes`, the standard library's pool on this machine (one
process: this one), or a Dask cluster (`review.core.cluster`). The engine is given one and
never asks which; the results are the same on each.

The workers get what every piece needs (`shared`: a compiled glossary, the options, a
renderer) once, as the pool's initializer argument, pickled, never by inheriting the
parent's memory, so that one code path runs under every start method: `fork` on Linux,
`spawn` on macOS and Windows (`start_method`). The function is module-level, so that it
pickles by name.
"""

from __future__ import annotations

import collections
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult
from typing import Any, Generic, Protocol, TypeVar

CHUNK_CHARS = 1 << 18  # characters per piece of work: enough of them to keep every core busy
PARALLEL_FROM = 2 << 20  # bytes: below this, one process does it all (forked workers)
SPAWN_PARALLEL_FROM = 16 << 20  # the same for workers started afresh (`processes_for`)
START_METHOD = "REVIEW_START_METHOD"  # environment variable: fork, spawn or forkserver
PROCESSES = "REVIEW_PROCESSES"  # environment variable: at most this many processes

S = TypeVar("S")
I = TypeVar("I")  # noqa: E741 - the item type
R = TypeVar("R")

_SHARED: Any = None  # set in each worker


def start_method(method: str | None = None) -> str:
    """How worker processes start, decided here only: `method`, else $REVIEW_START_METHOD,
    else `fork` where it is safe (Linux, and no other thread whose locks a fork would copy
    held), else `spawn` (macOS and Windows, whose default it is). Results are the same under
    each: only the cost of starting a worker differs."""
    method = method or os.environ.get(START_METHOD) or None
    available = multiprocessing.get_all_start_methods()
    if method is None:
        safe = sys.platform.startswith("linux") and threading.active_count() == 1
        return "fork" if safe and "fork" in available else "spawn"
    if method not in available:
        raise ValueError(
            f"worker start method {method!r} is not available here (choose {', '.join(available)})"
        )
    return method


def processes_for(size: int, method: str | None = None) -> int:
    """How many processes a text of `size` characters (or bytes) is worth: every core from
    the size on where their start pays. A pool of forked workers starts in about 10 ms; of
    spawned ones in about 0.26 s (an interpreter, the imports, the engine unpickled): on two
    cores, spawned workers were slower than one process at 8 and 12 MB, faster at 20 MB.
    $REVIEW_PROCESSES caps the number (1: never more than this process)."""
    fresh = start_method(method) != "fork"
    large = size >= (SPAWN_PARALLEL_FROM if fresh else PARALLEL_FROM)
    cores = os.cpu_count() or 1
    limit = os.environ.get(PROCESSES, "")
    if limit.isdigit() and int(limit) > 0:
        cores = min(cores, int(limit))
    return cores if large else 1


class Sized(Generic[I]):
    """A piece of work and its size, for the progress bar."""

    __slots__ = ("item", "size")

    def __init__(self, item: I, size: int) -> None:
        self.item = item
        self.size = size


def _start(shared: object) -> None:
    global _SHARED
    _SHARED = shared


def _call(function: Callable[[Any, Any], R], item: object) -> R:
    return function(_SHARED, item)


def ordered_map(
    function: Callable[[S, I], R],
    shared: S,
    items: Iterable[Sized[I]],
    *,
    processes: int = 1,
    method: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[R]:
    """`function(shared, item)` of each item, in order, on `processes` workers, with at most
    two items per worker in flight, so that memory stays at a few items whatever the number
    of them. In this process when `processes` is 1."""
    if processes <= 1:
        for piece in items:
            result = function(shared, piece.item)
            if progress is not None:
                progress(piece.size)
            yield result
        return
    context = multiprocessing.get_context(start_method(method))
    with context.Pool(processes, _start, (shared,)) as pool:
        waiting: collections.deque[tuple[int, AsyncResult[R]]] = collections.deque()
        for piece in items:
            waiting.append((piece.size, pool.apply_async(_call, (function, piece.item))))
            while len(waiting) >= 2 * processes:
                yield _collect(waiting, progress)
        while waiting:
            yield _collect(waiting, progress)


def _collect(
    waiting: collections.deque[tuple[int, AsyncResult[R]]],
    progress: Callable[[int], None] | None,
) -> R:
    size, pending = waiting.popleft()
    result = pending.get()
    if progress is not None:
        progress(size)
    return result


class Executor(Protocol):
    """Where an ordered map runs; `workers`: how many pieces run at once."""

    @property
    def workers(self) -> int: ...

    def map(
        self,
        function: Callable[[S, I], R],
        shared: S,
        items: Iterable[Sized[I]],
        progress: Callable[[int], None] | None = None,
    ) -> Iterator[R]: ...


@dataclass(frozen=True, slots=True)
class Processes:
    """`workers` processes of this machine (`ordered_map`), started by `method`; one: this
    process."""

    workers: int = 1
    method: str | None = None

    def map(
        self,
        function: Callable[[S, I], R],
        shared: S,
        items: Iterable[Sized[I]],
        progress: Callable[[int], None] | None = None,
    ) -> Iterator[R]:
        return ordered_map(
            function, shared, items, processes=self.workers, method=self.method, progress=progress
        )


IN_PROCESS = Processes()
