"""Plain data: segments, documents and findings. No behaviour beyond invariants."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any


class Status(StrEnum):
    NEW = "new"
    EDITED = "edited"
    APPROVED = "approved"
    REJECTED = "rejected"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


class FindingKind(StrEnum):
    """What a finding is about. The values are stored in dismissals (`Dismissal.kind`) and
    hashed into finding keys (`finding_key`): renaming one needs a state migration."""

    GLOSSARY = "glossary"
    PREFERENCE = "term-preference"
    TERM_MISSING = "term-missing"
    VARIANT = "variant"
    RULE_TIMEOUT = "rule-timeout"
    RULE_SPANS_LINES = "rule-spans-lines"
    NUMBER = "number"
    QUOTES = "quotes"
    SENTENCE_SHAPE = "sentence-shape"
    UNTRANSLATED = "untranslated"
    SPACING = "spacing"
    REPETITION = "repetition"
    INCONSISTENCY = "inconsistency"
    SHARED_TRANSLATION = "shared-translation"
    PLACEHOLDER = "placeholder"
    URL = "url"
    WHITESPACE = "whitespace"


UNTRANSLATED = "untranslated"
"""The `tool_status` of a segment whose file has no target for it (a PO message with an
empty msgstr, an XLIFF unit without <target>, a TMX unit without a second language)."""
NOT_STARTED = frozenset(
    {UNTRANSLATED, "new", "needs-translation", "initial", "Unspecified", "NotStarted",
     "NotConfirmed"}
)  # fmt: skip
"""The tool statuses that say nobody has translated the segment yet: XLIFF 1.2 `new` and
`needs-translation`, XLIFF 2 `initial`, Trados's `Unspecified` (no `conf`), memoQ's
`NotStarted`, Phrase's unconfirmed (with an empty target)."""

SEGMENT_FIELDS = ("id", "source", "mt", "reference", "revision", "status", "note")


@dataclass(frozen=True, slots=True)
class Segment:
    id: str
    mt: str
    source: str | None = None
    reference: str | None = None
    revision: str | None = None
    status: Status = Status.NEW
    note: str = ""
    # the file's own state of the segment, in its tool's words (a PO `fuzzy`, an XLIFF
    # `needs-translation`); read from the file each time, never part of the review
    tool_status: str = field(default="", compare=False)
    # where the file says the text is used (a PO msgctxt): one source in two contexts may
    # rightly be translated two ways
    context: str = field(default="", compare=False)
    # the part of the program that shows the text, where the file says (a Qt context: the
    # class): one word may name different things in two parts (Name: a card's, a deck's)
    part: str = field(default="", compare=False)
    # what the file says the text is, where it says: po4a's `type:` comment (a Texinfo index
    # entry, `cindex`; a man page's heading, `SH`); a document may keep one role in English
    role: str = field(default="", compare=False)
    # the file's tool locks the segment (Trados, memoQ, Phrase): the review may not change
    # its text or its status
    locked: bool = field(default=False, compare=False)

    @property
    def target(self) -> str:
        """The text the reader sees: the revision if there is one, else the MT."""
        return self.mt if self.revision is None else self.revision

    @property
    def not_started(self) -> bool:
        """An empty target that the file itself says nobody has translated yet."""
        return self.tool_status in NOT_STARTED and not self.target.strip()

    def revised(self, text: str) -> Segment:
        """A copy whose revision is `text`; unchanged text gives back `self`."""
        if text == self.target:
            return self
        status = Status.EDITED if self.status is not Status.REJECTED else self.status
        return replace(self, revision=text, status=status)

    def to_dict(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in SEGMENT_FIELDS}
        data["status"] = self.status.value
        return data


@dataclass(slots=True)
class Document:
    segments: list[Segment]
    path: Path | None = None
    # What the reader of a structured format (XLIFF, TMX) keeps so that its writer can
    # give back what it did not model; opaque to the core.
    origin: object | None = field(default=None, compare=False, repr=False)
    # The 1-based line of each segment in the file it was read from, for reports.
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    # What the reader tolerated and the reviewer should know (one line each): ids it had to
    # make up, entries it skipped.
    notices: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def __len__(self) -> int:
        return len(self.segments)

    def by_id(self) -> dict[str, Segment]:
        return {s.id: s for s in self.segments}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one segment. Offsets index the text the reader sees (Segment.target)."""

    segment: str
    kind: FindingKind
    severity: Severity
    start: int
    end: int
    text: str
    suggestion: str | None
    message: str
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "segment": self.segment,
            "kind": self.kind.value,
            "severity": self.severity.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "suggestion": self.suggestion,
            "message": self.message,
            "rule": self.rule,
            "key": self.key,
        }

    def __reduce__(self) -> tuple[type[Finding], tuple[Any, ...]]:
        # its fields as arguments: pickled (to and from worker processes) several times faster
        # than the state of a slotted dataclass
        return Finding, (
            self.segment,
            self.kind,
            self.severity,
            self.start,
            self.end,
            self.text,
            self.suggestion,
            self.message,
            self.rule,
        )

    @property
    def key(self) -> str:
        """A short stable name of the finding for scripts (`review dismiss DOC KEY`): from its
        segment, rule, kind and matched text, not its offsets, so edits elsewhere keep it."""
        return finding_key(self.segment, self.rule, self.kind, self.text)


def finding_key(segment: str, rule: str, kind: str, text: str) -> str:
    data = "\0".join((segment, rule, kind, text)).encode("utf-8", "surrogatepass")
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()[:10]


@dataclass(frozen=True, slots=True)
class Fix:
    """A replacement of target[start:end] by `replacement`."""

    start: int
    end: int
    replacement: str


def apply_fixes(text: str, fixes: list[Fix]) -> str:
    """Apply non-overlapping fixes; an overlapping later fix is skipped."""
    out: list[str] = []
    pos = 0
    for fix in sorted(fixes, key=lambda f: (f.start, f.end)):
        if fix.start < pos:
            continue
        out.append(text[pos : fix.start])
        out.append(fix.replacement)
        pos = fix.end
    out.append(text[pos:])
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Dismissal:
    """A finding the reviewer marked as a false positive. It is matched by segment, rule,
    kind and matched text, not by offsets, so it still holds after the text is edited
    around it."""

    segment: str
    rule: str
    kind: str
    text: str
    note: str = ""

    @classmethod
    def of(cls, finding: Finding, note: str = "") -> Dismissal:
        return cls(finding.segment, finding.rule, finding.kind, finding.text, note)

    @property
    def key(self) -> str:
        """The key of the findings it covers (`Finding.key`)."""
        return finding_key(self.segment, self.rule, self.kind, self.text)

    def covers(self, finding: Finding) -> bool:
        return (finding.segment, finding.rule, finding.kind, finding.text) == (
            self.segment,
            self.rule,
            self.kind,
            self.text,
        )


@dataclass(frozen=True, slots=True)
class Annotation:
    """One error a reviewer recorded (MQM): `field` is "mt" or "revision"; start == end
    marks an omission at that point. `id` is given by the review state (0 before saving)."""

    segment: str
    field: str
    start: int
    end: int
    text: str
    category: str
    severity: str
    note: str = ""
    origin: str = ""
    """The rule of the finding this annotation was made from, or ""."""
    id: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
