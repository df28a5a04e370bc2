"""Revising and marking: the editor, fixes, undo and redo, statuses, notes."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on

from review.core.model import Dismissal, Finding, Severity, Status
from review.core.session import SPANLESS_KINDS, FixPlan, has_automatic_fix, is_fixable
from review.core.wording import counted, shown_id
from review.tui.screens.confirm import ConfirmScreen, UnsavedEditScreen
from review.tui.screens.dismissals import DismissalsScreen
from review.tui.screens.prompt import PromptScreen
from review.tui.screens.review_base import ReviewScreenBase, writes
from review.tui.widgets.segment_detail import RevisionEditor


class RevisingActions(ReviewScreenBase):
    # Revising

    @writes("revisions are", segment=True)
    def action_edit(self) -> None:
        index = self.segments.current
        if index is None:
            return
        segment = self.session.segments[index]
        self.editing = index
        self.segments.disabled = True
        self.detail.set_editing(True)
        self.detail.revision_pane.editor.start(segment.target, segment.mt, segment.source or "")
        self.refresh_bindings()

    def _stop_editing(self) -> None:
        self.editing = None
        self.detail.set_editing(False)
        self.segments.disabled = False
        self.segments.focus()
        self.refresh_bindings()

    @on(RevisionEditor.Done)
    def _edit_done(self, event: RevisionEditor.Done) -> None:
        if event.text is None and self.edit_unsaved():
            self.ask_about_edit()
        else:
            self._finish_edit(event.text)

    def edit_unsaved(self) -> bool:
        return self.editing is not None and self.detail.revision_pane.editor.changed

    def ask_about_edit(self, then: Callable[[], None] | None = None) -> None:
        """Save or discard the open edit, as the reviewer answers, then run `then` (once the
        edit is saved); going on editing runs nothing."""
        if self.editing is None:
            return
        editor = self.detail.revision_pane.editor

        def answered(choice: str | None) -> None:
            if choice is None:
                editor.focus()
            elif self._finish_edit(editor.revision if choice == "save" else None) and then:
                then()

        segment_id = self.session.segments[self.editing].id
        self.app.push_screen(UnsavedEditScreen(segment_id, quitting=then is not None), answered)

    def _finish_edit(self, text: str | None) -> bool:
        """Close the editor, saving `text` (None: nothing); False if saving failed."""
        index = self.editing
        self._stop_editing()
        if index is None:
            return True
        segment_id = self.session.segments[index].id
        if text is None:
            self._tell(f"Edit of {shown_id(segment_id)} cancelled; nothing saved.")
            return True
        changed = self._save(lambda: self.session.revise(index, text))
        if changed:
            self.after_change([index])
            self._tell(f"{shown_id(segment_id)} saved.")
        elif changed is not None:
            self._tell(f"{shown_id(segment_id)}: no change to save.")
        return changed is not None

    @writes("fixes are", segment=True)
    def action_apply_suggestion(self) -> None:
        index = self.segments.current
        finding = self.selected_finding()
        if index is None or finding is None:
            self._tell("No finding selected in this segment.")
            return
        if not has_automatic_fix(finding):
            self._tell(_no_fix(finding), severity="warning")
            return
        changed = self._save(lambda: self.session.apply_finding(index, finding))
        if changed:
            self.after_change([index])
            what = f"“{finding.text}” →" if finding.text else "inserted"
            self._tell(
                f"{shown_id(self.session.segments[index].id)}: {what} “{finding.suggestion}”."
            )
        elif changed is not None:
            self._tell("The text changed since the finding; nothing applied.", severity="warning")

    @writes("fixes are")
    def action_fix_rule(self) -> None:
        finding = self.selected_finding()
        if finding is None or not is_fixable(finding):
            self._tell("Select a glossary finding with a fix first (n, then [ or ]).")
            return
        self._confirm_fix(finding.rule)

    @writes("fixes are")
    def action_fix_all(self) -> None:
        self._confirm_fix(None)

    def _confirm_fix(self, rule: str | None) -> None:
        plan = self.session.plan_fix(rule)
        if not plan.total:
            self._tell("Nothing to fix: no glossary finding with a fix.")
            return
        body = self._plan_text(plan)
        what = "this term" if rule is not None else "every glossary and preferred-term finding"
        self.app.push_screen(
            ConfirmScreen(f"Fix {what} everywhere", body, f"Fix {plan.total}"),
            lambda yes: self._fix(plan, rule) if yes else None,
        )

    def _plan_text(self, plan: FixPlan) -> Text:
        session = self.session
        forms: dict[str, dict[tuple[str, str], int]] = {}
        for index in plan.segments:
            for f in session.findings(index):
                if is_fixable(f) and f.rule in plan.occurrences and f.suggestion is not None:
                    per_rule = forms.setdefault(f.rule, {})
                    key = (f.text, f.suggestion)
                    per_rule[key] = per_rule.get(key, 0) + 1
        body = Text()
        for rule, count in plan.occurrences.items():
            body.append(f"{rule}  ", style="bold")
            body.append(f"{count}×  ")
            body.append(
                ", ".join(
                    f"“{old}” → “{new}”" + (f" ×{n}" if n > 1 else "")
                    for (old, new), n in forms.get(rule, {}).items()
                )
            )
            body.append("\n")
        ids = [session.segments[i].id for i in plan.segments]
        shown = ", ".join(ids[:12]) + (f" and {len(ids) - 12} more" if len(ids) > 12 else "")
        body.append(
            f"\n{counted(plan.total, 'occurrence')} in {counted(len(ids), 'segment')}: {shown}.\n"
        )
        body.append(
            "Each becomes the segment's revision; u undoes the whole fix at once.", style="dim"
        )
        return body

    def _fix(self, plan: FixPlan, rule: str | None) -> None:
        changed = self._save(lambda: self.session.fix(plan, rule))
        if changed is None:
            return
        self.segments.refresh()
        self.after_change(plan.segments)
        self._tell(f"Fixed {counted(plan.total, 'occurrence')} in {counted(changed, 'segment')}.")

    @writes("undo and redo are")
    def action_undo(self) -> None:
        self._history(self.session.undo, "Undone")

    @writes("undo and redo are")
    def action_redo(self) -> None:
        self._history(self.session.redo, "Redone")

    def _history(self, step: Callable[[], list[int]], verb: str) -> None:
        indices = self._save(step)
        if indices is None:
            return
        if not indices:
            self._tell(f"Nothing to {verb.lower()[:-2]}.")
            return
        self.segments.refresh()
        if not self.segments.move_to_index(indices[0]):
            self._tell("That segment is hidden by the filter.", severity="warning")
        self.after_change(indices)
        ids = [self.session.segments[i].id for i in indices]
        label = ids[0] if len(ids) == 1 else f"{len(ids)} segments"
        self._tell(f"{verb}: {label}.")

    @writes("revisions are", segment=True)
    def action_revert(self) -> None:
        index = self.segments.current
        if index is None or self.session.segments[index].revision is None:
            self._tell("Not revised: nothing to revert.")
            return
        if self._save(lambda: self.session.revert(index)):
            self.after_change([index])
            self._tell(f"{shown_id(self.session.segments[index].id)} is its MT again (u undoes).")

    # Dismissing false positives

    @writes("dismissals are")
    def action_dismiss_finding(self) -> None:
        index = self.segments.current
        finding = self.selected_finding()
        if index is None or finding is None:
            self._tell("No finding selected in this segment.")
            return
        self.app.push_screen(
            PromptScreen(
                f"Dismiss as a false positive: {finding.rule}",
                "Why (optional)? Enter dismisses it, here and in review check; "
                "D lists dismissed findings to show them again. Escape cancels.",
            ),
            lambda note: self._dismiss(index, finding, note),
        )

    def _dismiss(self, index: int, finding: Finding, note: str | None) -> None:
        if note is None:
            return
        if self._write(lambda: self.session.dismiss(index, finding, note)):
            self.after_change([index])
            self._tell(f"{finding.segment}: “{finding.text}” dismissed (D shows it again).")

    def action_dismissed_findings(self) -> None:
        dismissals = self._save(self.session.dismissals)
        if dismissals is not None:
            self.app.push_screen(DismissalsScreen(dismissals), self._undismiss)

    def _undismiss(self, dismissal: Dismissal | None) -> None:
        if dismissal is None:
            return
        index = self._save(lambda: self.session.undismiss(dismissal))
        if index is None:
            return
        self.segments.refresh()
        self.segments.move_to_index(index)
        self.after_change([index])
        self._tell(f"{dismissal.segment}: “{dismissal.text}” is shown again.")

    # Marking

    @writes("statuses are", segment=True)
    def action_approve(self) -> None:
        self._mark(Status.APPROVED)

    @writes("statuses are", segment=True)
    def action_reject(self) -> None:
        self._mark(Status.REJECTED)

    def _mark(self, status: Status) -> None:
        index = self.segments.current
        if index is None:
            return
        name = shown_id(self.session.segments[index].id)
        if status is Status.APPROVED and not self.session.segments[index].target.strip():
            self._tell(f"{name} has no translation to approve: write one first (e).")
            return
        changed = self._save(lambda: self.session.set_status(index, status))
        if changed is None:
            return
        self.after_change([index])
        errors = sum(f.severity is Severity.ERROR for f in self.session.findings(index))
        flagged = f", with {counted(errors, 'error')} still flagged" if errors else ""
        self._tell(f"{name} {status.value}{flagged}.")
        self.segments.action_cursor_down()

    @writes("statuses are", segment=True)
    def action_reset_status(self) -> None:
        index = self.segments.current
        if index is not None and self._save(lambda: self.session.reset_status(index)):
            self.after_change([index])
            segment = self.session.segments[index]
            self._tell(f"{shown_id(segment.id)} is {segment.status.value} again.")

    @writes("notes are")
    def action_note(self) -> None:
        index = self.segments.current
        if index is None:
            return
        segment = self.session.segments[index]
        self.app.push_screen(
            PromptScreen(
                f"Note on {shown_id(segment.id)}",
                "Enter saves; an empty note removes it.",
                value=segment.note,
            ),
            lambda note: self._set_note(index, note),
        )

    def _set_note(self, index: int, note: str | None) -> None:
        if note is None:
            return
        if self._save(lambda: self.session.set_note(index, note)):
            self.after_change([index])
            self._tell(f"Note on {shown_id(self.session.segments[index].id)} saved.")


def _no_fix(finding: Finding) -> str:
    if finding.kind in SPANLESS_KINDS:
        return (
            f"A {finding.kind} finding has no automatic fix: where “{finding.suggestion}” "
            "belongs is yours to decide. Edit the revision (e)."
        )
    return f"This {finding.kind} finding has no automatic fix: edit the revision (e)."
