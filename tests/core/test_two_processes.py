"""Two processes on one document: the TUI's lock refuses a second reviewer; writes from two
states at once never clobber each other."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from review.core.model import Status
from review.core.state import LOCK_WAIT, ReviewState, StateError, StateLocked, lock_path
from review.core.workspace import open_document
from tests.conftest import ROOT

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from review.core.state import ReviewState

    state = ReviewState.open(Path(sys.argv[1]), exclusive=True)
    print("locked", flush=True)
    time.sleep(60)
    """
)

BRIEF_HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from review.core.state import ReviewState

    state = ReviewState.open(Path(sys.argv[1]), exclusive=True)
    print("locked", flush=True)
    time.sleep(1)
    state.close()
    time.sleep(60)
    """
)

TAKER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from review.core.state import ReviewState, StateLocked

    path, log = Path(sys.argv[1]), sys.argv[2]
    print("ready", flush=True)
    sys.stdin.readline()
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    for _ in range(150):
        try:
            state = ReviewState.open(path, exclusive=True)
        except StateLocked:
            continue
        os.write(fd, f"in {os.getpid()}\\n".encode())
        os.write(fd, f"out {os.getpid()}\\n".encode())
        state.close()
    print("done", flush=True)
    """
)

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from review.core.state import ReviewState
    from review.core.workspace import open_document

    path, parity = Path(sys.argv[1]), int(sys.argv[2])
    segments = open_document(path).document.segments
    with ReviewState.open(path) as state:
        print("ready", flush=True)
        sys.stdin.readline()
        for round_ in range(20):
            for index in range(parity, len(segments), 2):
                before = segments[index]
                after = before.revised(f"p{parity}-r{round_}")
                state.save(before, after)
                segments[index] = after
    print("done", flush=True)
    """
)


def _spawn(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ["PYTHONPATH"]])},
    )


def _run_together(processes: list[subprocess.Popen[str]]) -> None:
    """Start processes that wait for "go" at one moment, and wait for each to say "done"."""
    for process in processes:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
    for process in processes:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    for process in processes:
        out, _ = process.communicate(timeout=120)
        assert out.strip() == "done" and process.returncode == 0


def test_a_second_exclusive_open_is_refused_while_another_process_holds_it(
    seed_copy: Path,
) -> None:
    holder = _spawn(HOLDER, str(seed_copy))
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(
            StateLocked, match=rf"open for review in another process \(pid {holder.pid}\)"
        ):
            ReviewState.open(seed_copy, exclusive=True)
        # Reading (what CLI commands do) still works, and so does a non-locking open.
        assert len(open_document(seed_copy).document.segments) == 35
        with ReviewState.open(seed_copy) as state:
            assert state.get("anything") is None
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    # The lock dies with its holder: no stale lock to clear by hand, and the file it left
    # goes with the next clean close.
    assert lock_path(seed_copy).is_file()
    with ReviewState.open(seed_copy, exclusive=True):
        assert lock_path(seed_copy).is_file()
    assert not lock_path(seed_copy).exists()


def test_the_lock_is_released_on_close_and_held_within_one_process(seed_copy: Path) -> None:
    first = ReviewState.open(seed_copy, exclusive=True)
    with pytest.raises(StateLocked):
        ReviewState.open(seed_copy, exclusive=True)
    first.close()
    assert not lock_path(seed_copy).exists()
    ReviewState.open(seed_copy, exclusive=True).close()


def test_a_review_waits_for_the_lock_as_long_as_it_is_told(
    seed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = _spawn(BRIEF_HOLDER, str(seed_copy))  # a reloaded browser tab's session, ending
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        first = ReviewState.open_for_review(seed_copy)
        assert first.read_only, "no wait by default"
        first.close()
        monkeypatch.setenv(LOCK_WAIT, "30")
        second = ReviewState.open_for_review(seed_copy)
        assert second.read_only is None
        second.close()
    finally:
        holder.kill()
        holder.wait(timeout=10)


def test_two_processes_taking_and_closing_the_lock_never_hold_it_together(
    seed_copy: Path, tmp_path: Path
) -> None:
    log = tmp_path / "holders.log"
    _run_together([_spawn(TAKER, str(seed_copy), str(log)) for _ in range(2)])
    lines = log.read_text().splitlines()
    assert len(lines) >= 2
    for taken, given in zip(lines[::2], lines[1::2], strict=True):
        assert taken.startswith("in ") and given == "out " + taken.removeprefix("in ")
    assert not lock_path(seed_copy).exists()


def test_a_lock_that_cannot_be_created_is_a_clear_error(
    seed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def refuse(path: str | Path, flags: int, mode: int = 0o777) -> int:
        if str(path).endswith(".review.lock"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(StateError, match=r"\.review\.lock: cannot create the lock file"):
        ReviewState.open(seed_copy, exclusive=True)


def test_two_processes_writing_at_once_lose_nothing(seed_copy: Path) -> None:
    _run_together([_spawn(WRITER, str(seed_copy), str(parity)) for parity in (0, 1)])
    segments = open_document(seed_copy).document.segments
    for index, segment in enumerate(segments):
        assert segment.revision == f"p{index % 2}-r19", index
        assert segment.status is Status.EDITED
    with ReviewState.open(seed_copy) as state:
        undone = state.undo_step()
        assert len(undone) == 1


def test_a_second_reviewer_opens_read_only_and_every_write_says_so(seed_copy: Path) -> None:
    from review.core.session import ReviewSession

    holder = _spawn(HOLDER, str(seed_copy))
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with ReviewState.open_for_review(seed_copy) as state:
            assert state.read_only is not None and f"pid {holder.pid}" in state.read_only
            session = ReviewSession(open_document(seed_copy).document, None, state)
            with pytest.raises(StateError, match="opened read-only, nothing was saved"):
                session.revise(0, "not saved")
            assert session.segments[0].revision is None
            session.remember_position(3)  # quietly not remembered
            with pytest.raises(StateError, match="read-only"):
                state.undo_step()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    assert open_document(seed_copy).document.segments[0].revision is None
    with ReviewState.open_for_review(seed_copy) as state:
        assert state.read_only is None
        session = ReviewSession(open_document(seed_copy).document, None, state)
        assert session.revise(0, "saved")
