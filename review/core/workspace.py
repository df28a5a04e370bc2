"""The one place that opens a review: the document with its saved state over it, the stale
ids, the glossary, the check options, the MQM settings and the project config.

`review check | fix | score | export | dismiss | discover`, the TUI and the tests all open a
document through `open_review`, so they agree on which glossary applies, which checks run
and what the reviewer has already done.

The glossary that applies to a document, first that is found:
1. the one given (`--glossary`), or none (`--no-glossary`);
2. the one beside it with its stem (`article.glossary.tsv`, `.csv`, `.tbx`, `.yml`; for the
   installed example, in the per-user folder first, where the TUI saves additions);
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
from review.core.checks import ALL_QA, QA_CHECKS, CheckOptions
from review.core.glossary import Glossary
from review.core.model import Annotation, Dismissal, Document
from review.core.mqm import SETTINGS_KEYS, MqmSettings
from review.core.state import ReviewState, StateError, state_path
from review.core.wording import counted
from review.formats.config import ProjectConfig, config_for
from review.formats.documents import READ_FORMATS, bundle_document, format_of, read_document
from review.formats.errors import InputError
from review.formats.glossaries import find_glossary, read_glossary
from review.formats.markdown import MarkdownOptions
from review.formats.textio import decode, read_bytes

_T = TypeVar("_T")

CONFIG_KEYS = frozenset({"glossary", "checks", "mqm", "markdown"})
"""The top-level keys and tables of review.toml; any other is refused, naming its line."""

_REMEMBERED = ("source", "reference")
"""A plain-text document's companion files, kept in the review state so that reopening it
without them brings back the source pane and the same MQM word count."""


@dataclass(frozen=True, slots=True)
class Switches:
    """What the command line switches off, over the project config; and whether each
    translation given to different sources is told (`CheckOptions.every_shared_translation`)."""

    no_qa: bool = False
    skip: tuple[str, ...] = ()
    no_key_terms: bool = False
    no_variants: bool = False
    every_shared_translation: bool = False

    def apply(self, options: CheckOptions) -> CheckOptions:
        if self.every_shared_translation:
            options = replace(options, every_shared_translation=True)
        if self.no_qa:
            options = options.without(kind for check in QA_CHECKS for kind in check.kinds)
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
    dismissals: list[Dismissal] = field(default_factory=list)
    """The findings dismissed as false positives, which every front end hides."""
    state: ReviewState | None = None
    """Open (exclusive, or read-only when another process reviews the document) only when
    the workspace was opened `for_review`."""
    streamed: bool = False
    """The document was not read (`document` has no segments): a plain text as it is in its
    file, which the caller reads in pieces (`open_review(stream=True)`)."""
    saved_revisions: int = 0
    """Segments the saved review state revises, which a command reads as revised."""

    @property
    def notices(self) -> list[str]:
        """What the reviewer should know on opening: what the reader tolerated in the file,
        read-only, stale revisions, no glossary."""
        notices = list(self.document.notices)
        if self.state is not None and self.state.read_only is not None:
            notices.append(f"Opened read-only: {self.state.read_only}")
        if self.stale:
            shown = ", ".join(self.stale[:5]) + ("…" if len(self.stale) > 5 else "")
            notices.append(
                f"{counted(len(self.stale), 'saved revision')} for MT or source that has "
                f"changed in the file since, not applied: {shown}"
            )
        saved = state_path(self.path)
        if self.saved_revisions and self.state is None and saved.parent != self.path.parent:
            # the shipped example's state is out of sight, in the per-user data folder (a
            # document's own is beside it); the TUI shows its edits itself
            notices.append(
                f"read with its saved review ({saved}), which revises "
                f"{counted(self.saved_revisions, 'segment')}"
            )
        if self.glossary_note is not None:
            notices.append(self.glossary_note)
        if self.glossary is not None:
            notices.extend(f"{self.glossary.name}: {n}" for n in self.glossary.notices)
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


_MARKDOWN = {
    "checkLink": "check_link",
    "checkBlockQuote": "check_block_quote",
    "checkEmphasis": "check_emphasis",
    "checkHeader": "check_header",
}


def markdown_options(config: ProjectConfig) -> MarkdownOptions:
    """`[markdown]` of review.toml: textlint-rule-prh's options, by its names."""
    table = config.table("markdown", allowed=frozenset(_MARKDOWN))
    for key, value in table.items():
        if not isinstance(value, bool):
            message = f"[markdown]: {key} must be true or false, not {value!r}"
            raise config.error(message, "markdown")
    return MarkdownOptions(**{_MARKDOWN[key]: value for key, value in table.items()})


def open_review(
    request: Request,
    *,
    for_review: bool = False,
    base: CheckOptions = ALL_QA,
    glossary: bool = True,
    stream: bool = False,
) -> Workspace:
    """Everything a front end needs to show or check a document. Every input is read and
        checked before the state is touched, so bad input (an InputError naming the file and
        line) leaves nothing behind. `for_review` opens the state for editing and keeps it open
        (creating it; read-only when another process holds it); otherwise an existing state is
        read and closed. `glossary=False` skips reading one (score, undismiss). `stream`: a plain
    text with no review state and no source or reference is left unread (`Workspace.streamed`),
    for the caller to read in pieces."""
    request = replace(request, path=bundle_document(request.path))
    path = request.path
    config, options, found, glossary_path, note = _project(request, base, glossary)
    mqm = MqmSettings.from_table(
        config.table("mqm", allowed=SETTINGS_KEYS),
        lambda message, key: config.error(message, "mqm", key),
    )
    plain = format_of(path, request.fmt, READ_FORMATS, option="--input-format") == "txt"
    if stream and plain and not (request.source or request.reference or has_state(path)):
        return Workspace(
            path,
            Document([], path),
            [],
            [],
            found,
            glossary_path,
            note,
            options,
            mqm,
            config,
            streamed=True,
        )
    source, reference = _companions(request) if plain else (request.source, request.reference)
    document = read_document(
        path,
        fmt=request.fmt,
        encoding=request.encoding,
        source=source,
        reference=reference,
        markdown_options=markdown_options(config),
    )
    workspace = Workspace(path, document, [], [], found, glossary_path, note, options, mqm, config)
    state = _state_error(ReviewState.open_for_review if for_review else ReviewState.existing, path)
    if state is None:
        return workspace
    try:
        workspace.document, workspace.stale = state.apply(document)
        workspace.saved_revisions = sum(
            after.revision is not None and after.revision != before.revision
            for before, after in zip(document.segments, workspace.document.segments, strict=True)
        )
        workspace.annotations = state.annotations()
        workspace.dismissals = state.dismissals()
        if plain and for_review and state.read_only is None:
            _remember(state, request)
    except BaseException:
        state.close()
        raise
    if for_review:
        workspace.state = state
    else:
        state.close()
    return workspace


def _project(
    request: Request, base: CheckOptions, glossary: bool
) -> tuple[ProjectConfig, CheckOptions, Glossary | None, Path | None, str | None]:
    """The project config that applies to the document, the check options, and its glossary
    (with its path, or the note saying there is none)."""
    config = config_for(request.path, request.config)
    config.check_keys(CONFIG_KEYS)
    options = request.switches.apply(configure(config, base))
    found, glossary_path, note = None, None, None
    if glossary:
        glossary_path, note = find_glossary(
            request.path, request.glossary, no_glossary=request.no_glossary, config=config
        )
        if glossary_path is not None:
            given = glossary_path == request.glossary and request.encoding is not None
            found = read_glossary(
                glossary_path, request.encoding if given and _undetected(glossary_path) else None
            )
    return config, options, found, glossary_path, note


def _undetected(path: Path) -> bool:
    """Whether a text file is not read as its encoding is detected (so that --encoding,
    named for a document, reaches a glossary beside it only where detection fails)."""
    try:
        decode(read_bytes(path), path)
    except InputError:
        return True
    return False


@dataclass(slots=True)
class EditorSettings:
    """What applies to a document an editor holds (its text there, perhaps unsaved)."""

    glossary: Glossary | None
    glossary_path: Path | None
    options: CheckOptions
    dismissals: list[Dismissal]
    markdown: MarkdownOptions


def editor_settings(path: Path) -> EditorSettings:
    """The project config, glossary, check options and dismissals of the document at `path`,
    read as `open_review` reads them, without reading the document."""
    config, options, found, glossary_path, _ = _project(Request(path), ALL_QA, True)
    state = _state_error(ReviewState.existing, path) if path.exists() else None
    dismissals: list[Dismissal] = []
    if state is not None:
        try:
            dismissals = list(state.dismissals())
        finally:
            state.close()
    return EditorSettings(found, glossary_path, options, dismissals, markdown_options(config))


def has_state(path: Path) -> bool:
    return state_path(path).is_file()


def open_document(path: Path) -> Workspace:
    """The document as the reviewer left it (the saved state over it), without a glossary
    and without creating a state: what a test reads back."""
    return open_review(Request(path), glossary=False)


def _companions(request: Request) -> tuple[Path | None, Path | None]:
    """The source and reference of a plain-text document: each as given, else as the review
    remembers it."""
    given = (request.source, request.reference)
    if all(given):
        return given
    state = _state_error(ReviewState.existing, request.path)
    if state is None:
        return given
    with state:
        saved = [state.get(f"plaintext.{name}") for name in _REMEMBERED]
    found: list[Path | None] = []
    for name, companion, value in zip(_REMEMBERED, given, saved, strict=True):
        if companion is None and value is not None:
            companion = request.path.parent / Path(value)
            if not companion.is_file():
                raise InputError(
                    request.path,
                    f"the {name} this review was opened with is gone: {companion} "
                    f"(pass --{name} FILE)",
                )
        found.append(companion)
    return found[0], found[1]


def _remember(state: ReviewState, request: Request) -> None:
    folder = request.path.parent.resolve()
    for name, companion in zip(_REMEMBERED, (request.source, request.reference), strict=True):
        if companion is None:
            continue
        try:
            where = Path(os.path.relpath(companion.resolve(), folder))
        except ValueError:  # on Windows, another drive
            where = companion.resolve()
        state.put(f"plaintext.{name}", where.as_posix())


def _state_error(opener: Callable[[Path], _T], path: Path) -> _T:
    try:
        return opener(path)
    except StateError as exc:
        raise InputError(path, str(exc)) from None
