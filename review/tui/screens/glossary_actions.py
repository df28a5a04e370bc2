"""Growing the glossary from the review screen (a term, a variant, a variant group), and
saving it."""

from __future__ import annotations

from dataclasses import replace

from review.core.glossary import GlossaryError
from review.core.glossary_edit import Addition, AdditionKind, add_to_glossary
from review.core.wording import counted
from review.tui import glossary_file
from review.tui.screens.error import ErrorScreen
from review.tui.screens.glossary_add import GlossaryAddScreen
from review.tui.screens.review_base import SAVE_ERRORS, ReviewScreenBase, writes


class GlossaryActions(ReviewScreenBase):
    @writes("glossary additions are")
    def action_add_term(self) -> None:
        self._add_to_glossary(AdditionKind.TERM)

    @writes("glossary additions are")
    def action_add_variant(self) -> None:
        self._add_to_glossary(AdditionKind.VARIANT)

    def _add_to_glossary(self, kind: AdditionKind) -> None:
        finding = self.selected_finding()
        prefill = Addition(kind=kind, accepted="")
        if finding is not None and finding.rule.startswith("glossary:"):
            entry = finding.rule.removeprefix("glossary:")
            if kind is AdditionKind.TERM:
                prefill = Addition(kind, accepted=finding.text.strip(), entry=entry)
            else:
                prefill = Addition(kind, accepted=finding.suggestion or "", entry=entry)

        def meant(addition: Addition) -> Addition:
            """A variant whose accepted form is not the preselected entry's (typed for another
            name while this finding was shown) makes a concept of its own, not a new accepted
            form of this one; a variant of another entry's form goes there (the core's)."""
            entries = self.session.glossary.entries if self.session.glossary else []
            entry = next((e for e in entries if e.id == addition.entry), None)
            if (
                entry is not None
                and addition.kind is AdditionKind.VARIANT
                and addition.entry == prefill.entry
                and addition.accepted.strip() not in entry.accepted
            ):
                return replace(addition, entry="")
            return addition

        def check(addition: Addition) -> str | None:
            try:
                add_to_glossary(self.session.glossary, meant(addition))
            except GlossaryError as exc:
                return str(exc)
            return self._unwritable([meant(addition)])

        def added(addition: Addition | None) -> None:
            self._added(None if addition is None else meant(addition))

        self.app.push_screen(GlossaryAddScreen(self.session.glossary, prefill, check), added)

    def _added(self, addition: Addition | None) -> None:
        if addition is None:
            return
        if self._add_all([addition]):
            self._tell(f"Glossary: {addition.describe()} (unsaved: W writes the file).")

    def _add_all(self, additions: list[Addition]) -> bool:
        """Each addition through the session (durable before it applies); then the findings
        recompute. Stops at the first that fails, and says why; takes none that the glossary
        file could not hold."""
        refused = self._unwritable(additions)
        if refused is not None:
            self.app.push_screen(ErrorScreen("Not added to the glossary", refused))
            return False
        done = 0
        try:
            for addition in additions:
                self.session.add_to_glossary(addition)
                done += 1
        except GlossaryError as exc:
            self.app.push_screen(ErrorScreen("Not added to the glossary", str(exc)))
        except SAVE_ERRORS as exc:
            self._error("Could not record the glossary addition", exc)
        if done:
            self._update_glossary_note()
            self.status.set_findings(self.session.finding_totals())
            self.segments.refresh()
            self.show_current()
            self.count_findings()
        return done == len(additions)

    # Variant groups

    def _promote(self, additions: list[Addition]) -> bool:
        if not self._add_all(additions):
            return False
        accepted = additions[0].accepted
        self._tell(
            f"Glossary: “{accepted}” accepted, {counted(len(additions), 'addition')} "
            "(unsaved: W writes the file); its variants are now glossary findings."
        )
        return True

    def _unwritable(self, additions: list[Addition]) -> str | None:
        session = self.session
        target = glossary_file.save_target(session.glossary_path, self.document_path)
        pending = [*session.pending, *additions]
        return glossary_file.refusal(target, session.glossary_path, pending)

    @writes("glossary additions are")
    def action_save_glossary(self) -> None:
        session = self.session
        if not session.pending or session.glossary is None:
            self._tell("The glossary has no unsaved additions.")
            return
        target = glossary_file.save_target(session.glossary_path, self.document_path)
        if self.refuse_outside(target):
            return
        original, pending = session.glossary_path, list(session.pending)
        if not self._write(lambda: glossary_file.write(target, original, pending)):
            return
        self._write(lambda: session.glossary_saved(target))
        self._update_glossary_note()
        if target == original:
            where = target.name
        elif target.parent == self.document_path.parent:
            where = f"{target.name} beside the document"
        else:  # the installed example's copy, in the per-user folder
            where = str(target)
        self._tell(f"Glossary saved to {where}.")
