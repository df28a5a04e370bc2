"""The one place that opens a review: the document with its saved state over it, the stale
ids, the glossary, the check options, the MQM settings and the project config.

`review check | fix | score | export | dismiss | discover`, the TUI and the tests all open a
document through `open_review`, so they agree on which glossary applies, which checks run
and what the reviewer has already done.

The glossary that applies to a document, first that is found:
1. the one given (`--glossary`), or none (`--no-glossary`);
2. the one beside it with its stem (`article.glossary.tsv`, `.csv`, `.tbx`, `.yml`);
3. `glossary = "…"` in the project config (`review.toml` beside it or above it);
4. none: the document is checked without one (`glossary_note` says so), and variant
   discovery still runs.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from review.core.check_config import configure
from review.core.checks import ALL_QA, QA_SWITCHES, CheckOptions
from review.core.glossary import Glossary
from review.core.model import Annotation, Document
from review.core.mqm import SETTINGS_KEYS, MqmSettings
from review.core.state import ReviewState, StateError
from review.formats.config import ProjectConfig, config_for
from review.formats.documents import READ_FORMATS, format_of, read_document
from review.formats.errors import InputError
from review.formats.glossaries import glossary_beside, read_glossary

_T = TypeVar("_T")

NO_GLOSSARY = "no glossary (none beside the document, none in review.toml): names are not checked"

_REMEMBERED = ("source", "reference")
"""A plain-text document's companion files, kept in the review state so that reopening it
without them brings back the source pane and the same MQM word count."""


@dataclass(frozen=True, slots=True)
class Switches:
    """What the command line switches off, over the project config: it never switches on."""

    no_qa: bool = False
    skip: tuple[str, ...] = ()
    no_key_terms: bool = False
    no_variants: bool = False

    def apply(self, options: CheckOptions) -> CheckOptions:
        if self.no_qa:
            options = options.without(QA_SWITCHES)
        options = options.without(self.skip)
        return replace(
            options,
            key_terms=options.key_terms and not self.no_key_terms,
            variants=options.variants and not self.no_variants,
        )


@dataclass(frozen=True, slots=True)
class Request:
    """What the reviewer asked to open."""

    path: Path
    fmt: str | None = None
    encoding: str | None = None
    source: Path | None = None
    reference: Path | None = None
    glossary: Path | None = None
    no_glossary: bool = False
    config: Path | None = None
    switches: Switches = Switches()


@dataclass(slots=True)
class Opened:
    document: Document
    stale: list[str] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    """The MQM errors annotated in the review (`review.core.mqm`)."""


@dataclass(slots=True)
class Workspace:
    """An opened review; a context manager when it holds the state open (the TUI)."""

    path: Path
    document: Document
    stale: list[str]
    annotations: list[Annotation]
    glossary: Glossary | None
    glossary_path: Path | None
    glossary_note: str | None
    """Why there is no glossary, for the reviewer to read; None when there is one."""
    options: CheckOptions
    mqm: MqmSettings
    config: ProjectConfig
    state: ReviewState | None = None
    """Open (exclusive, or read-only when another process reviews the document) only when
    the workspace was opened `for_review`."""

    @property
    def notices(self) -> list[str]:
        """What the reviewer should know on opening: read-only, stale revisions, no glossary."""
        notices = []
        if self.state is not None and self.state.read_only is not None:
            notices.append(f"Opened read-only: {self.state.read_only}")
        if self.stale:
            shown = ", ".join(self.stale[:5]) + ("…" if len(self.stale) > 5 else "")
            notices.append(
                f"{len(self.stale)} saved revisions belong to MT that has changed in the file "
                f"since and were not applied: {shown}"
            )
        if self.glossary_note is not None:
            notices.append(self.glossary_note)
        return notices

    def close(self) -> None:
        if self.state is not None:
            self.state.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def open_review(
    request: Request,
    *,
    for_review: bool = False,
    base: CheckOptions = ALL_QA,
    glossary: bool = True,
) -> Workspace:
    """Everything a front end needs to show or check a document. Every input is read and
    checked before the state is touched, so bad input (an InputError naming the file and
    line) leaves nothing behind. `for_review` opens the state for editing and keeps it open
    (creating it; read-only when another process holds it); otherwise an existing state is
    read and closed. `glossary=False` skips reading one (score, undismiss)."""
    path = request.path
    config = config_for(path, request.config)
    options = request.switches.apply(configure(config, base))
    mqm = MqmSettings.from_table(
        config.table("mqm", allowed=SETTINGS_KEYS), lambda message: config.error(message, "mqm")
    )
    found_glossary, glossary_path, note = (
        _glossary(request, config) if glossary else (None, None, None)
    )
    plain = format_of(request.path, request.fmt, READ_FORMATS, option="--input-format") == "txt"
    source, reference = _companions(request) if plain else (request.source, request.reference)
    document = read_document(
        path, fmt=request.fmt, encoding=request.encoding, source=source, reference=reference
    )
    if not for_review:
        opened = open_document(document)
        return Workspace(
            path,
            opened.document,
            opened.stale,
            opened.annotations,
            found_glossary,
            glossary_path,
            note,
            options,
            mqm,
            config,
        )
    state = _state_error(ReviewState.open_for_review, path)
    try:
        document, stale = state.apply(document)
        annotations = state.annotations()
        if plain and state.read_only is None:
            _remember(state, request)
    except BaseException:
        state.close()
        raise
    return Workspace(
        path,
        document,
        stale,
        annotations,
        found_glossary,
        glossary_path,
        note,
        options,
        mqm,
        config,
        state,
    )


def open_document(document: Document | Path) -> Opened:
    """The document (read from a path with its defaults when given one) with any saved
    review state laid over it, without creating a state."""
    if isinstance(document, Path):
        document = read_document(document)
    assert document.path is not None
    state = _state_error(ReviewState.existing, document.path)
    if state is None:
        return Opened(document)
    with state:
        document, stale = state.apply(document)
        annotations = state.annotations()
    return Opened(document, stale, annotations)


def _glossary(
    request: Request, config: ProjectConfig
) -> tuple[Glossary | None, Path | None, str | None]:
    if request.no_glossary:
        return None, None, None
    if request.glossary is not None:
        return read_glossary(request.glossary, request.encoding), request.glossary, None
    path = glossary_beside(request.path) or config.file("glossary")
    if path is None:
        return None, None, NO_GLOSSARY
    return read_glossary(path), path, None


def _companions(request: Request) -> tuple[Path | None, Path | None]:
    """The source and reference of a plain-text document: as given, else as remembered."""
    given = (request.source, request.reference)
    if any(given):
        return given
    state = _state_error(ReviewState.existing, request.path)
    if state is None:
        return given
    with state:
        saved = [state.get(f"plaintext.{name}") for name in _REMEMBERED]
    folder = request.path.parent
    found = tuple(None if value is None else folder / value for value in saved)
    for name, companion in zip(_REMEMBERED, found, strict=True):
        if companion is not None and not companion.is_file():
            raise InputError(
                request.path,
                f"the {name} this review was opened with is gone: {companion} (pass --{name} FILE)",
            )
    return found[0], found[1]


def _remember(state: ReviewState, request: Request) -> None:
    folder = request.path.parent.resolve()
    for name, companion in zip(_REMEMBERED, (request.source, request.reference), strict=True):
        if companion is not None:
            state.put(f"plaintext.{name}", os.path.relpath(companion.resolve(), folder))


def _state_error(opener: Callable[[Path], _T], path: Path) -> _T:
    try:
        return opener(path)
    except StateError as exc:
        raise InputError(path, str(exc)) from None
