"""MQM annotation from the review screen: `m` marks an error, `M` turns the selected finding
into one, `o` lists (and deletes) the segment's errors. Each is saved in the review state
before it shows; the status bar's MQM score follows at once."""

from __future__ import annotations

from collections.abc import Callable

from textual import events, on

from review.core.annotations import AnnotationBook
from review.core.model import Annotation
from review.core.mqm import MqmError, from_finding
from review.tui.screens.annotate import AnnotateScreen, AnnotationsScreen
from review.tui.screens.error import ErrorScreen
from review.tui.screens.review_base import SAVE_ERRORS, ReviewScreenBase, writes


class AnnotatingActions(ReviewScreenBase):
    _mqm_book: AnnotationBook | None = None

    @property
    def mqm(self) -> AnnotationBook:
        """The document's MQM annotations, read from the state on first use."""
        if self._mqm_book is None:
            session = self.session
            self._mqm_book = AnnotationBook(session.state, session.segments, session.mqm)
        return self._mqm_book

    @on(events.Mount)
    def _show_mqm(self) -> None:
        self._update_mqm()

    def _update_mqm(self) -> None:
        book = self.mqm
        self.status.set_mqm(book.score() if len(book) else None)

    def _show_detail(self, index: int) -> None:
        super()._show_detail(index)
        segment = self.session.segments[index]
        self.detail.show_annotations(segment, self.mqm.of_segment(segment.id))

    # Actions

    @writes("MQM errors are")
    def action_annotate(self) -> None:
        index = self.segments.current
        if index is None:
            return
        segment = self.session.segments[index]
        finding = self.selected_finding()
        prefill = None
        if finding is not None and finding.end > finding.start:
            prefill = from_finding(finding, segment)
        self.app.push_screen(
            AnnotateScreen(segment, prefill), lambda made: self._annotated(index, made)
        )

    def _annotated(self, index: int, annotation: Annotation | None) -> None:
        if annotation is None:
            return
        self._record(index, lambda: self.mqm.add(annotation))

    @writes("MQM errors are")
    def action_annotate_finding(self) -> None:
        index = self.segments.current
        finding = self.selected_finding()
        if index is None or finding is None:
            self._tell("No finding selected in this segment: m marks an MQM error by hand.")
            return
        self._record(index, lambda: self.mqm.add_finding(finding))

    def action_annotations(self) -> None:
        index = self.segments.current
        if index is None:
            return
        segment = self.session.segments[index]
        self.app.push_screen(
            AnnotationsScreen(
                segment,
                lambda: self.mqm.of_segment(segment.id),
                lambda annotation: self._remove(index, annotation),
            )
        )

    # Saving

    def _record(self, index: int, add: Callable[[], Annotation]) -> None:
        try:
            saved = add()
        except MqmError as exc:
            self.app.push_screen(ErrorScreen("Not an MQM error here", str(exc)))
            return
        except SAVE_ERRORS as exc:
            self._error("Could not save the MQM error", exc)
            return
        self._changed(index)
        what = "omission" if saved.start == saved.end else f"“{saved.text}”"
        score = self.mqm.score()
        self._tell(
            f"{saved.segment}: {saved.severity} {saved.category} on {what}. "
            f"MQM {score.score:.2f} {score.verdict}."
        )

    def _remove(self, index: int, annotation: Annotation) -> bool:
        if self.refuse_read_only("MQM errors are"):
            return False
        try:
            self.mqm.remove(annotation.id)
        except SAVE_ERRORS as exc:
            self._error("Could not delete the MQM error", exc)
            return False
        self._changed(index)
        self._tell(f"{annotation.segment}: MQM error deleted ({annotation.category}).")
        return True

    def _changed(self, index: int) -> None:
        self._update_mqm()
        if self.segments.current == index:
            self._show_detail(index)
