"""The engine's work on a Dask cluster: an existing one (`tcp://HOST:8786`) or a
`LocalCluster` started for one command.

Dask is imported here only, when a cluster is asked for. A worker of another machine cannot
read this one's files, so nothing a task needs is read from a path where it runs: what every
piece needs (the plan: the compiled glossary, the options of review.toml, the dismissals) is
a task of its own, computed once and fetched by each worker from its neighbours, and each
piece of the document travels with its task. The functions travel by name: each worker must
have the same version of `review` installed.

A worker that dies mid-run is replaced by its nanny, and the scheduler runs its tasks again
elsewhere; the pieces come back in order, so the output is the one a single process gives.
The plan is a task, not scattered data, so that the scheduler can compute it again when
every worker that held it has died.
"""

from __future__ import annotations

import collections
import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from review.core.pool import Sized

if TYPE_CHECKING:
    from distributed import Client, Future, LocalCluster

ADDRESS = "DASK_SCHEDULER_ADDRESS"  # Dask's own environment variable for its scheduler
LOCAL = "local"
NONE = "none"  # no cluster, whatever the environment says
INSTALL = "pip install 'mt-review[cluster]'"
CONNECT_TIMEOUT = 10.0  # seconds

S = TypeVar("S")
I = TypeVar("I")  # noqa: E741 - the item type
R = TypeVar("R")


class ClusterError(Exception):
    """The cluster cannot be used: Dask missing, or the scheduler unreachable."""


def address_from_environment() -> str | None:
    return os.environ.get(ADDRESS) or None


def _same(shared: S) -> S:
    return shared


def _call(function: Callable[[Any, Any], R], shared: object, item: object) -> R:
    return function(shared, item)


class DaskExecutor:
    """An ordered map on a Dask cluster (`pool.Executor`), at most two pieces per worker
    thread in flight, as the process pool has."""

    def __init__(self, client: Client, cluster: LocalCluster | None = None) -> None:
        self.client = client
        self._cluster = cluster

    @property
    def workers(self) -> int:
        threads: dict[str, int] = self.client.nthreads()
        return max(1, sum(threads.values()))

    def map(
        self,
        function: Callable[[S, I], R],
        shared: S,
        items: Iterable[Sized[I]],
        progress: Callable[[int], None] | None = None,
    ) -> Iterator[R]:
        client = self.client
        with warnings.catch_warnings():
            # A large glossary's plan is sent once, on purpose: Dask's advice is for graphs.
            warnings.filterwarnings("ignore", "Sending large graph", UserWarning)
            held = client.submit(_same, shared, pure=False)
        waiting: collections.deque[tuple[int, Future[Any]]] = collections.deque()
        limit = 2 * self.workers
        try:
            for piece in items:
                task = client.submit(_call, function, held, piece.item, pure=False)
                waiting.append((piece.size, task))
                while len(waiting) >= limit:
                    yield _collect(waiting, progress)
            while waiting:
                yield _collect(waiting, progress)
        finally:
            pending = [task for _, task in waiting]
            if pending:
                client.cancel(pending)
            held.release()

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _collect(
    waiting: collections.deque[tuple[int, Future[Any]]], progress: Callable[[int], None] | None
) -> Any:
    size, task = waiting.popleft()
    result = task.result()
    task.release()
    if progress is not None:
        progress(size)
    return result


def connect(address: str, *, workers: int | None = None) -> DaskExecutor:
    """An executor on the cluster at `address`, or on a `LocalCluster` of `workers`
    processes of one thread each (`local`; default: one per core)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError(f"Dask is not installed: {INSTALL}") from None
    if address == LOCAL:
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
        )
        return DaskExecutor(Client(cluster), cluster)
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    return DaskExecutor(client)
