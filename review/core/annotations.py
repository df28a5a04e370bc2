"""The MQM annotations of a document under review, for a front end: each one saved in the
review state before it shows, the score kept with them.

The TUI holds one `AnnotationBook` beside its `ReviewSession`; the CLI reads the state's
annotations directly (`review.core.workspace`). Scoring is in `review.core.mqm`.
"""

from __future__ import annotations

from collections.abc import Sequence

from review.core.model import Annotation, Finding, Segment
from review.core.mqm import (
    Evaluated,
    MqmError,
    MqmScore,
    MqmSettings,
    check_annotation,
    evaluated,
    from_finding,
    score,
)
from review.core.state import ReviewState


class AnnotationBook:
    def __init__(
        self,
        state: ReviewState,
        segments: Sequence[Segment],
        settings: MqmSettings | None = None,
    ) -> None:
        self.state = state
        self.segments = segments
        """The session's live list: segments are looked up as they are now."""
        self.settings = settings or MqmSettings()
        self._positions = {segment.id: i for i, segment in enumerate(segments)}
        self._annotations = [a for a in state.annotations() if a.segment in self._positions]
        self._evaluated: Evaluated | None = None

    def __len__(self) -> int:
        return len(self._annotations)

    def all(self) -> list[Annotation]:
        return list(self._annotations)

    def of_segment(self, segment_id: str) -> list[Annotation]:
        """The segment's annotations, MT before revision, by position."""
        found = [a for a in self._annotations if a.segment == segment_id]
        return sorted(found, key=lambda a: (a.field != "mt", a.start, a.end, a.id))

    def add(self, annotation: Annotation) -> Annotation:
        """Check the annotation against its segment as it is now, save it durably, then keep
        it; returns it with its id. MqmError when it does not fit the segment, StateError
        when it cannot be saved (read-only state)."""
        position = self._positions.get(annotation.segment)
        if position is None:
            raise MqmError(f"no segment “{annotation.segment}” in this document")
        check_annotation(annotation, self.segments[position])
        saved = self.state.annotate(annotation)
        self._annotations.append(saved)
        return saved

    def add_finding(self, finding: Finding) -> Annotation:
        """The finding as an MQM error (see `mqm.from_finding`); refused when the same span
        was already annotated from the same rule."""
        position = self._positions.get(finding.segment)
        if position is None:
            raise MqmError(f"no segment “{finding.segment}” in this document")
        annotation = from_finding(finding, self.segments[position])
        for known in self._annotations:
            if (known.segment, known.field, known.start, known.end, known.origin) == (
                annotation.segment,
                annotation.field,
                annotation.start,
                annotation.end,
                annotation.origin,
            ):
                raise MqmError(
                    f"{finding.segment}: this finding is already MQM error #{known.id} "
                    f"({known.severity} {known.category})"
                )
        return self.add(annotation)

    def remove(self, annotation_id: int) -> bool:
        """Delete the annotation from the state, then from here; False if there was none."""
        removed = self.state.remove_annotation(annotation_id)
        self._annotations = [a for a in self._annotations if a.id != annotation_id]
        return removed

    def score(self) -> MqmScore:
        """The document's MQM score now. The evaluated count is over the source and the MT,
        which do not change during a review, so it is counted once."""
        if self._evaluated is None:
            self._evaluated = evaluated(self.segments, self.settings.unit)
        return score(self._annotations, self._evaluated, self.settings)
