"""Opening a document as a reviewer sees it: the file, with the saved review state over it.

Both front ends come through here, so `review export` after a TUI session gets the edits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from review.core.model import Annotation, Document
from review.core.mqm import SETTINGS_KEYS, MqmSettings
from review.core.state import ReviewState, StateError
from review.formats.config import config_for
from review.formats.documents import read_document
from review.formats.errors import InputError


@dataclass(slots=True)
class Opened:
    document: Document
    stale: list[str] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    """The MQM errors annotated in the review (`review.core.mqm`)."""


def open_document(
    path: Path,
    *,
    fmt: str | None = None,
    encoding: str | None = None,
    source: Path | None = None,
    reference: Path | None = None,
) -> Opened:
    """Read the document and lay any saved review state over it (without creating one)."""
    document = read_document(path, fmt=fmt, encoding=encoding, source=source, reference=reference)
    try:
        state = ReviewState.existing(path)
    except StateError as exc:
        raise InputError(path, str(exc)) from None
    if state is None:
        return Opened(document)
    with state:
        document, stale = state.apply(document)
        annotations = state.annotations()
    return Opened(document, stale, annotations)


def mqm_settings(document: Path, config: Path | None = None) -> MqmSettings:
    """The `[mqm]` table of the project config that applies to the document; a bad key or
    value is an InputError naming the file and line."""
    project = config_for(document, config)
    table = project.table("mqm", allowed=SETTINGS_KEYS)
    return MqmSettings.from_table(table, lambda message: project.error(message, "mqm"))
