"""The review state: every committed edit, durable at once, in SQLite beside the document
(`review.core.places`: in the per-user data folder for the installed example).

One transaction per edit, WAL journal, synchronous=FULL: once `save()` returns, the edit
survives a SIGKILL or a power cut. The document file itself is never rewritten. Each edit
also records the segment before and after, which gives undo and redo across sessions.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from review.core.model import Annotation, Dismissal, Document, Segment, Status
from review.core.places import beside

if TYPE_CHECKING:
    from filelock import BaseFileLock

SCHEMA_VERSION = 5
"""1: meta, segments, history. 2: history.step groups the edits of one save_many.
3: dismissals (findings marked as false positives) and annotations (MQM errors).
4: segments.source, the source an edit was made against (null in older states).
5: inconsistency dismissals copied to shared-translation, since split from it."""
SUFFIX = ".review.sqlite"
LOCK_SUFFIX = ".review.lock"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS segments (
    id TEXT PRIMARY KEY,
    mt TEXT NOT NULL,
    revision TEXT,
    status TEXT NOT NULL,
    note TEXT NOT NULL,
    updated REAL NOT NULL,
    source TEXT
);
CREATE TABLE IF NOT EXISTS history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL,
    before TEXT NOT NULL,
    after TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0,
    at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS dismissals (
    segment TEXT NOT NULL,
    rule TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    note TEXT NOT NULL,
    at REAL NOT NULL,
    PRIMARY KEY (segment, rule, kind, text)
);
CREATE TABLE IF NOT EXISTS annotations (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    segment TEXT NOT NULL,
    field TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    category TEXT NOT NULL,
    severity TEXT NOT NULL,
    note TEXT NOT NULL,
    origin TEXT NOT NULL,
    at REAL NOT NULL
);
"""


_BUSY_SECONDS = 5.0
_TABLES = {
    "meta": {"key", "value"},
    "segments": {"id", "mt", "revision", "status", "note", "updated"},
    "history": {"seq", "id", "before", "after", "undone", "at"},
    "dismissals": {"segment", "rule", "kind", "text", "note", "at"},
    "annotations": {
        "seq",
        "segment",
        "field",
        "start",
        "end",
        "text",
        "category",
        "severity",
        "note",
        "origin",
        "at",
    },
}


def _busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc)
    return "locked" in text or "busy" in text


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def _add_steps(db: sqlite3.Connection) -> None:
    if "step" not in _columns(db, "history"):
        db.execute("ALTER TABLE history ADD COLUMN step INTEGER")


def _nothing(db: sqlite3.Connection) -> None:
    """The new tables of this version are created with the others (CREATE IF NOT EXISTS)."""


def _add_source(db: sqlite3.Connection) -> None:
    if "source" not in _columns(db, "segments"):
        db.execute("ALTER TABLE segments ADD COLUMN source TEXT")


def _requalified(saved: str, now: str) -> bool:
    """One source with a gettext qualifier before it and the other without (LDAP|Attribute|cn
    and cn): one message, read before and after a PO file's qualifiers were read apart."""
    short, long = sorted((saved, now), key=len)
    qualifier = long[: -len(short)]
    return (
        long.endswith(short) and qualifier.endswith("|") and not any(c.isspace() for c in qualifier)
    )


def _split_shared_translations(db: sqlite3.Connection) -> None:
    """An inconsistency dismissed before `shared-translation` was a kind of its own covered
    both on its segment (their keys were one): it covers the new kind's finding there too."""
    db.execute(
        "INSERT OR IGNORE INTO dismissals (segment, rule, kind, text, note, at) "
        "SELECT segment, 'qa:shared-translation', 'shared-translation', text, note, at "
        "FROM dismissals WHERE kind = 'inconsistency'"
    )


_MIGRATIONS = {2: _add_steps, 3: _nothing, 4: _add_source, 5: _split_shared_translations}
"""What brings a state of version n-1 to version n."""


def _refuse_foreign(db: sqlite3.Connection, path: Path) -> None:
    """Refuse, before writing anything to it, a database holding other tables than ours."""
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    tables.discard("sqlite_sequence")
    if tables and "meta" not in tables:
        raise StateError(
            f"{path}: not a review state (it holds the tables {', '.join(sorted(tables))}); "
            "move it aside to start a new review"
        )


def _prepare(db: sqlite3.Connection, path: Path) -> None:
    """Create the tables, or check those found and migrate them to SCHEMA_VERSION, in one
    transaction: a crash mid-migration leaves the old schema whole. A database that is not
    a review state (other tables, or ours with columns missing) is refused untouched."""
    db.execute("BEGIN IMMEDIATE")
    try:
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                db.execute(statement)
        for table, needed in _TABLES.items():
            missing = needed - _columns(db, table)
            if missing:
                raise StateError(
                    f"{path}: not a review state (table {table} lacks "
                    f"{', '.join(sorted(missing))}); move it aside to start a new review"
                )
        row = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        try:
            version = 1 if row is None else int(row[0])  # new, or written before versions
        except ValueError:
            raise StateError(f"{path}: not a review state (schema “{row[0]}”)") from None
        if version > SCHEMA_VERSION:
            raise StateError(f"{path}: written by a newer version of review (schema {version})")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            _MIGRATIONS[target](db)
        db.execute(
            "INSERT INTO meta VALUES ('schema', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(SCHEMA_VERSION),),
        )
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


class StateError(Exception):
    """A state file that cannot be used; the message names it."""


class StateLocked(StateError):
    """Another process holds the document open for review."""


def state_path(document: Path) -> Path:
    return beside(document, SUFFIX)


def lock_path(document: Path) -> Path:
    return beside(document, LOCK_SUFFIX)


def _acquire_lock(document: Path, wait: float = 0.0) -> BaseFileLock:
    """An exclusive lock on the document's lock file (flock on POSIX, LockFileEx on
    Windows, through filelock), held until released or the process dies; `wait` seconds
    for another process to let it go."""
    from filelock import FileLock, Timeout

    path = lock_path(document)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(path, timeout=wait, thread_local=False)
        lock.acquire()
    except Timeout:
        holder = _holder(document)
        raise StateLocked(
            f"{document}: is open for review in another process{holder}, a terminal or a "
            "browser tab; close it there, or let it finish, then open the document again "
            "(reading commands such as check and export still work)"
        ) from None
    except OSError as exc:
        raise StateError(f"{path}: cannot create the lock file ({exc.strerror or exc})") from None
    return lock


def _release_lock(lock: BaseFileLock) -> None:
    """Remove the lock file while still holding it, then release, so that no empty file is
    left beside the document. A process that opened the file meanwhile finds its inode
    unlinked once it gets the lock, and drops it (filelock 3.21 and later check this)."""
    with contextlib.suppress(OSError):  # Windows refuses; filelock removes it there on release
        Path(lock.lock_file).unlink()
    lock.release()


@contextlib.contextmanager
def not_under_review(document: Path) -> Iterator[None]:
    """Held while a command rewrites the document itself (`review fix --in-place`): refused
    with StateLocked while a TUI or a browser session reviews it, whose saved edits would
    then stand on a file that changed under them."""
    try:
        lock = _acquire_lock(document, wait=WRITER_WAIT)
    except StateLocked:
        raise StateLocked(
            f"{document}: is open for review in another process{_holder(document)}, a terminal "
            "or a browser tab, whose saved edits would no longer match it, or another command "
            "is rewriting it; close it there or let it finish, then run this again (or write "
            "the result with -o OUT)"
        ) from None
    try:
        yield
    finally:
        _release_lock(lock)


LOCK_WAIT = "REVIEW_LOCK_WAIT"
WRITER_WAIT = 2.0
"""Seconds a command that rewrites the document waits for another one's write to end."""


def _lock_wait() -> float:
    try:
        return max(0.0, float(os.environ.get(LOCK_WAIT, "0")))
    except ValueError:
        return 0.0


def _holder(document: Path) -> str:
    """The holder's pid, as written into the state when it took the lock: " (pid N)", or ""."""
    try:
        uri = f"{state_path(document).resolve().as_uri()}?mode=ro"
        with sqlite3.connect(uri, uri=True) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'holder'").fetchone()
    except sqlite3.Error:
        return ""
    return "" if row is None else f" (pid {row[0]})"


def _dump(segment: Segment) -> str:
    return json.dumps(segment.to_dict(), ensure_ascii=False)


def _load(text: str) -> Segment:
    data = json.loads(text)
    data["status"] = Status(data["status"])
    return Segment(**data)


class ReviewState:
    """Open with `ReviewState.open(document_path)`; close when done."""

    def __init__(
        self, connection: sqlite3.Connection, path: Path, lock: BaseFileLock | None = None
    ) -> None:
        self._db = connection
        self.path = path
        self._lock = lock
        self.read_only: str | None = None
        """Why writes are refused (another process holds the document), or None."""

    @classmethod
    def open(cls, document: Path, *, exclusive: bool = False, wait: float = 0.0) -> ReviewState:
        """Open (creating) the document's state. `exclusive` (the TUI) also takes the
        document's lock, so that a second reviewer on the same document is refused with
        `StateLocked` instead of editing alongside; other openers (CLI commands, tests) do
        not lock, and SQLite transactions still keep their writes from clobbering each
        other."""
        lock = _acquire_lock(document, wait) if exclusive else None
        state: ReviewState | None = None
        try:
            state = cls._open(document, lock)
            if lock is not None:
                state.put("holder", str(os.getpid()))
        except BaseException as exc:
            if state is not None:
                state.close()
            elif lock is not None:
                _release_lock(lock)
            if isinstance(exc, sqlite3.Error):
                raise StateError(f"{state_path(document)}: cannot be written ({exc})") from None
            raise
        return state

    @classmethod
    def open_for_review(cls, document: Path) -> ReviewState:
        """Exclusive (locked), or, when another process is reviewing the document, read-only:
        reads work, and every write raises StateError saying why. $REVIEW_LOCK_WAIT seconds
        are given to the other process to finish first (`review serve` gives its sessions
        some: a browser tab reloaded ends its old session as the new one starts)."""
        try:
            return cls.open(document, exclusive=True, wait=_lock_wait())
        except StateLocked as exc:
            state = cls.open(document)
            state.read_only = str(exc)
            return state

    @classmethod
    def _open(cls, document: Path, lock: BaseFileLock | None) -> ReviewState:
        path = state_path(document)
        if not path.parent.is_dir():
            path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + _BUSY_SECONDS
        while True:
            db: sqlite3.Connection | None = None
            try:
                db = sqlite3.connect(path, isolation_level=None, timeout=_BUSY_SECONDS)
                _refuse_foreign(db, path)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=FULL")
                _prepare(db, path)
                return cls(db, path, lock)
            except sqlite3.OperationalError as exc:
                if db is not None:
                    db.close()
                # Another process creating or migrating the state at the same moment: the
                # journal-mode switch does not wait on SQLite's busy handler, so wait here.
                if _busy(exc) and time.monotonic() < deadline:
                    time.sleep(0.02)
                    continue
                raise StateError(f"{path}: not a usable review state ({exc})") from None
            except sqlite3.DatabaseError as exc:
                if db is not None:
                    db.close()
                raise StateError(f"{path}: not a usable review state ({exc})") from None
            except BaseException:
                if db is not None:
                    db.close()
                raise

    @classmethod
    def existing(cls, document: Path) -> ReviewState | None:
        return cls.open(document) if state_path(document).is_file() else None

    def close(self) -> None:
        self._db.close()
        if self._lock is not None:
            _release_lock(self._lock)
            self._lock = None

    def __enter__(self) -> ReviewState:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def apply(self, document: Document) -> tuple[Document, list[str]]:
        """The document with saved edits laid over it, and the ids of saved edits whose MT
        or source has changed in the file since (those are not re-attached: a unit inserted
        before units without ids moves their positional ids). A file whose target is
        the saved revision (the review exported into the document itself) keeps its review:
        the state's MT, the revision, the status."""
        saved = {
            row[0]: row[1:]
            for row in self._db.execute(
                "SELECT id, mt, revision, status, note, source FROM segments"
            )
        }
        stale: list[str] = []
        segments: list[Segment] = []
        for segment in document.segments:
            row = saved.get(segment.id)
            if row is None:
                segments.append(segment)
                continue
            mt, revision, status, note, source = row
            moved = (
                source is not None
                and segment.source is not None
                and source != segment.source
                and not _requalified(source, segment.source)
            )
            if moved or (mt != segment.mt and (revision is None or revision != segment.mt)):
                stale.append(segment.id)
                segments.append(segment)
                continue
            # the file holds the revision now (exported into itself): the MT is the state's
            segments.append(
                replace(segment, mt=mt, revision=revision, status=Status(status), note=note)
            )
        return replace(document, segments=segments), stale

    def save(self, before: Segment, after: Segment) -> None:
        """Commit one edit durably (one transaction), recording it for undo."""
        self.save_many([(before, after)])

    def save_many(self, edits: Sequence[tuple[Segment, Segment]]) -> None:
        """Commit several edits in one transaction, as one undo step (a fix applied
        everywhere): a crash leaves all of them or none."""
        edits = [(before, after) for before, after in edits if before != after]
        if not edits:
            return
        now = time.time()
        with self._transaction():
            self._db.execute("DELETE FROM history WHERE undone = 1")
            first: int | None = None
            for before, after in edits:
                self._write(after, now)
                cursor = self._db.execute(
                    "INSERT INTO history (id, before, after, at, step) VALUES (?, ?, ?, ?, ?)",
                    (after.id, _dump(before), _dump(after), now, first),
                )
                if first is None:
                    first = cursor.lastrowid
                    self._db.execute("UPDATE history SET step = seq WHERE seq = ?", (first,))

    def undo_step(self) -> list[Segment]:
        """Revert the last step not yet undone (one edit, or every edit of one save_many);
        returns the segments as restored, in document history order."""
        with self._transaction():
            last = self._db.execute(
                "SELECT seq, step FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT 1"
            ).fetchone()
            if last is None:
                return []
            rows = self._step_rows(last[0], last[1], undone=0, order="DESC")
            restored = [_load(before) for _, before, _ in rows]
            now = time.time()
            for (seq, _, _), segment in zip(rows, restored, strict=True):
                self._write(segment, now)
                self._db.execute("UPDATE history SET undone = 1 WHERE seq = ?", (seq,))
        return restored

    def redo_step(self) -> list[Segment]:
        """Re-apply the first undone step; returns the segments as restored."""
        with self._transaction():
            first = self._db.execute(
                "SELECT seq, step FROM history WHERE undone = 1 ORDER BY seq ASC LIMIT 1"
            ).fetchone()
            if first is None:
                return []
            rows = self._step_rows(first[0], first[1], undone=1, order="ASC")
            restored = [_load(after) for _, _, after in rows]
            now = time.time()
            for (seq, _, _), segment in zip(rows, restored, strict=True):
                self._write(segment, now)
                self._db.execute("UPDATE history SET undone = 0 WHERE seq = ?", (seq,))
        return restored

    def _step_rows(
        self, seq: int, step: int | None, *, undone: int, order: str
    ) -> list[tuple[int, str, str]]:
        if step is None:
            query = "SELECT seq, before, after FROM history WHERE seq = ?"
            return list(self._db.execute(query, (seq,)))
        query = (
            "SELECT seq, before, after FROM history WHERE step = ? AND undone = ? "
            f"ORDER BY seq {order}"
        )
        return list(self._db.execute(query, (step, undone)))

    def get(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def put(self, key: str, value: str) -> None:
        with self._transaction():
            self._db.execute(
                "INSERT INTO meta VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def dismissals(self) -> list[Dismissal]:
        rows = self._db.execute(
            "SELECT segment, rule, kind, text, note FROM dismissals ORDER BY at, rowid"
        )
        return [Dismissal(*row) for row in rows]

    def dismiss(self, dismissal: Dismissal) -> None:
        """Remember a finding as a false positive (again: the note is replaced)."""
        with self._transaction():
            self._db.execute(
                "INSERT INTO dismissals VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT DO UPDATE SET note = excluded.note",
                (*self._dismissal_key(dismissal), dismissal.note, time.time()),
            )

    def undismiss(self, dismissal: Dismissal) -> bool:
        """Forget a dismissal; False when there was none."""
        with self._transaction():
            cursor = self._db.execute(
                "DELETE FROM dismissals WHERE segment = ? AND rule = ? AND kind = ? AND text = ?",
                self._dismissal_key(dismissal),
            )
        return cursor.rowcount > 0

    @staticmethod
    def _dismissal_key(dismissal: Dismissal) -> tuple[str, str, str, str]:
        return (dismissal.segment, dismissal.rule, dismissal.kind, dismissal.text)

    def annotations(self) -> list[Annotation]:
        """Every annotation, in the order they were made."""
        rows = self._db.execute(
            'SELECT segment, field, start, "end", text, category, severity, note, origin, seq '
            "FROM annotations ORDER BY seq"
        )
        return [Annotation(*row) for row in rows]

    def annotate(self, annotation: Annotation) -> Annotation:
        """Save an annotation durably; returns it with the id the state gave it."""
        with self._transaction():
            cursor = self._db.execute(
                "INSERT INTO annotations "
                '(segment, field, start, "end", text, category, severity, note, origin, at) '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    annotation.segment,
                    annotation.field,
                    annotation.start,
                    annotation.end,
                    annotation.text,
                    annotation.category,
                    annotation.severity,
                    annotation.note,
                    annotation.origin,
                    time.time(),
                ),
            )
        return replace(annotation, id=int(cursor.lastrowid or 0))

    def remove_annotation(self, annotation_id: int) -> bool:
        """Delete an annotation by id; False when there was none."""
        with self._transaction():
            cursor = self._db.execute("DELETE FROM annotations WHERE seq = ?", (annotation_id,))
        return cursor.rowcount > 0

    def _write(self, segment: Segment, now: float) -> None:
        self._db.execute(
            "INSERT INTO segments (id, mt, revision, status, note, updated, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "mt = excluded.mt, revision = excluded.revision, status = excluded.status, "
            "note = excluded.note, updated = excluded.updated, source = excluded.source",
            (
                segment.id,
                segment.mt,
                segment.revision,
                segment.status.value,
                segment.note,
                now,
                segment.source,
            ),
        )

    def _transaction(self) -> _Transaction:
        if self.read_only is not None:
            raise StateError(f"opened read-only, nothing was saved: {self.read_only}")
        return _Transaction(self._db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *_: object) -> None:
        self._db.execute("COMMIT" if exc_type is None else "ROLLBACK")
