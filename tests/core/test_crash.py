"""SIGKILL at random moments: nothing committed is lost, and no written file is ever torn.

A child process edits through `ReviewSession` (the path the TUI commits by) and prints each
edit once `revise` has returned; the parent kills it 5–60 ms into its work, again and again,
and reopens the document after each kill. A second child loops `write_atomic` of large
distinct payloads over one file; after each kill the file is exactly one whole payload.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from review.core.state import ReviewState, state_path
from review.core.workspace import open_document
from review.formats.textio import _STALE_AFTER, write_atomic
from tests.conftest import ROOT

KILLS = 50
SEGMENTS = 35

EDITOR = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from review.core.session import ReviewSession
    from review.core.state import ReviewState
    from review.core.workspace import open_document

    path, round_ = Path(sys.argv[1]), int(sys.argv[2])
    state = ReviewState.open(path)
    session = ReviewSession(open_document(path).document, None, state)
    print("ready", flush=True)
    k = 0
    while True:
        index = (k * 7 + round_) % len(session.segments)
        text = f"r{round_}-k{k}"
        session.revise(index, text)
        print(index, text, flush=True)
        k += 1
    """
)


def _planned(round_: int, k: int) -> tuple[int, str]:
    return (k * 7 + round_) % SEGMENTS, f"r{round_}-k{k}"


def _kill_after_ready(child: subprocess.Popen[str], rng: random.Random) -> list[str]:
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.005, 0.060))
    child.send_signal(signal.SIGKILL)
    out = child.stdout.read()
    child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    return out.split("\n")[:-1]  # the last line may be cut: a full pipe buffer is written at once


def _spawn(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ["PYTHONPATH"]])},
    )


def test_sigkill_during_edits_loses_no_committed_edit(seed_copy: Path) -> None:
    assert len(open_document(seed_copy).document.segments) == SEGMENTS
    rng = random.Random(6)
    expected: dict[int, str] = {}
    edits = 0
    for round_ in range(KILLS):
        lines = _kill_after_ready(_spawn(EDITOR, str(seed_copy), str(round_)), rng)
        reported = [line.split(" ", 1) for line in lines if line.count(" ") == 1]
        for k, (index, text) in enumerate(reported):
            assert (int(index), text) == _planned(round_, k)
            expected[int(index)] = text
        edits += len(reported)
        # At most one edit beyond the last reported one may have committed unreported.
        in_flight = _planned(round_, len(reported))
        with ReviewState.open(seed_copy) as state:
            assert state._db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        segments = open_document(seed_copy).document.segments
        for index, text in expected.items():
            revision = segments[index].revision
            if revision != text and in_flight == (index, revision):
                expected[index] = revision  # committed just before the kill, unreported
                continue
            assert revision == text, f"kill {round_}: segment {index} lost {text!r}"
    assert edits > KILLS, "the children committed edits before being killed"
    with sqlite3.connect(state_path(seed_copy)) as db:
        assert db.execute("PRAGMA quick_check").fetchone() == ("ok",)


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from review.formats.textio import write_atomic

    path, round_ = Path(sys.argv[1]), int(sys.argv[2])
    print("ready", flush=True)
    k = 0
    while True:
        mark = f"{round_}.{k}"
        body = "あいうえお"[k % 5] * (200_000 + k % 7 * 1_000)
        write_atomic(path, f"BEGIN {mark} {len(body)}\\n{body}\\nEND {mark}\\n")
        print(mark, flush=True)
        k += 1
    """
)


def _whole_payload(text: str) -> str:
    """The payload's mark if `text` is one complete payload; fails otherwise."""
    head, body, tail, rest = text.split("\n")
    begin, mark, length = head.split(" ")
    assert begin == "BEGIN" and tail == f"END {mark}" and rest == ""
    assert len(body) == int(length) and len(set(body)) == 1
    return mark


def test_sigkill_during_atomic_writes_never_tears_the_file(tmp_path: Path) -> None:
    target = tmp_path / "export.txt"
    target.write_text("BEGIN initial 1\nx\nEND initial\n", encoding="utf-8")
    rng = random.Random(66)
    seen_new = 0
    for round_ in range(KILLS):
        time.sleep(_STALE_AFTER)  # what the last kill left is stale once the next child writes
        before = _whole_payload(target.read_text(encoding="utf-8"))
        lines = _kill_after_ready(_spawn(WRITER, str(target), str(round_)), rng)
        mark = _whole_payload(target.read_text(encoding="utf-8"))
        if lines:
            # The last reported write, or the one after it (replaced, not yet reported).
            last = int(lines[-1].split(".")[1])
            assert mark in {lines[-1], f"{round_}.{last + 1}"}
            seen_new += 1
        else:
            assert mark in {before, f"{round_}.0"}
        strays = [p.name for p in tmp_path.iterdir() if p != target]
        assert all(n.startswith(".export.txt.") and n.endswith(".tmp") for n in strays), strays
        assert len(strays) <= 2, "the next write removes what a killed write left"
    assert seen_new > KILLS // 2, "most children wrote before being killed"
    time.sleep(0.2)
    write_atomic(target, "done")
    assert [p.name for p in tmp_path.iterdir()] == ["export.txt"]
