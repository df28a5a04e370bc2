"""The variant groups of the document: spellings of one name that no glossary lists yet.

Discovery (`review.core.discover`) runs in a thread worker over the text as revised so far.
A group whose spellings the glossary already covers (one accepted form, the others forbidden
in favour of it) is shown dimmed at the end. Promoting a group makes the chosen spelling
the accepted form and every other spelling a forbidden variant of it, through the same
durable glossary additions as `+` and `-`; its occurrences then become glossary findings
with fixes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from review.core.discover import Form, Occurrence, VariantGroup, covering_entry, discover
from review.core.glossary import Entry, Glossary, GlossaryError
from review.core.glossary_edit import Addition, promotion
from review.core.orthography import one_kanji, replacements
from review.core.session import ReviewSession
from review.core.wording import counted
from review.tui import keys
from review.tui.screens.confirm import ConfirmScreen
from review.tui.screens.error import ErrorScreen, read_only_error

_SPELLING_WIDTH = 24
_SEGMENTS_SHOWN = 6
_CONTEXTS_SHOWN = 3
_CONTEXT_CHARS = 24

Promote = Callable[[list[Addition]], bool]
"""Applies the additions to the session's glossary durably; False if it failed (and said so)."""


@dataclass(frozen=True, slots=True)
class ShownGroup:
    group: VariantGroup
    covered_by: Entry | None


class VariantsScreen(Screen[Occurrence | None]):
    """Dismissed with the occurrence to go to, or None."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings(keys.VARIANTS)

    def __init__(self, session: ReviewSession, promote: Promote) -> None:
        super().__init__(id="variants")
        self.session = session
        self.promote = promote
        self.shown: list[ShownGroup] = []
        self._rows: list[tuple[int, int] | None] = []
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Looking for spellings…", id="variants-summary", markup=False)
        yield OptionList(id="variant-groups")
        yield Static("", id="variant-detail", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#variant-groups", OptionList).border_title = "Variant groups"
        self.query_one("#variant-detail", Static).border_title = "Occurrences"
        self.refresh_groups()

    @property
    def groups_list(self) -> OptionList:
        return self.query_one("#variant-groups", OptionList)

    # Discovery

    def refresh_groups(self) -> None:
        self.loaded = False
        self._discover(self.session.glossary)

    @work(thread=True, exclusive=True, group="variants", exit_on_error=False)
    def _discover(self, glossary: Glossary | None) -> None:
        worker = get_current_worker()
        groups = discover(self.session.document, glossary)
        shown = [ShownGroup(g, covering_entry(glossary, g)) for g in groups]
        shown.sort(key=lambda s: s.covered_by is not None)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, shown)

    def _show(self, shown: list[ShownGroup]) -> None:
        previous = self.selected
        self.shown = shown
        self.loaded = True
        option_list = self.groups_list
        option_list.clear_options()
        self._rows = []
        options: list[Option | None] = []
        for g, item in enumerate(shown):
            if g:
                options.append(None)  # a separator: not an option, no row
            options.append(Option(_heading(item), disabled=True))
            self._rows.append(None)
            for f, form in enumerate(item.group.forms):
                options.append(Option(_spelling(form, item)))
                self._rows.append((g, f))
            options.append(Option(_evidence(item.group), disabled=True))
            self._rows.append(None)
        option_list.add_options(options)
        open_groups = sum(1 for s in shown if s.covered_by is None)
        covered = len(shown) - open_groups
        summary = f"{counted(open_groups, 'variant group')} not in the glossary"
        if covered:
            summary += f", {covered} covered by it"
        if not shown:
            summary = "No spelling variants found in the document."
        self.query_one("#variants-summary", Static).update(
            summary + ". p or enter promotes the group, choosing the selected spelling."
            if shown
            else summary
        )
        option_list.border_title = f"Variant groups ({len(shown)})"
        self._select(previous)
        option_list.focus()

    def _select(self, previous: tuple[str, ...] | None) -> None:
        """The first spelling of the first open group, or the group that was selected."""
        rows = [i for i, row in enumerate(self._rows) if row is not None]
        if not rows:
            self._update_detail()
            return
        target = rows[0]
        if previous is not None:
            for i in rows:
                row = self._rows[i]
                assert row is not None
                if tuple(f.text for f in self.shown[row[0]].group.forms) == previous:
                    target = i
                    break
        self.groups_list.highlighted = target
        self._update_detail()

    # What is selected

    @property
    def selected_form(self) -> tuple[ShownGroup, Form] | None:
        highlighted = self.groups_list.highlighted
        if highlighted is None or highlighted >= len(self._rows):
            return None
        row = self._rows[highlighted]
        if row is None:
            return None
        item = self.shown[row[0]]
        return item, item.group.forms[row[1]]

    @property
    def selected(self) -> tuple[str, ...] | None:
        chosen = self.selected_form if self.is_mounted and self._rows else None
        return None if chosen is None else tuple(f.text for f in chosen[0].group.forms)

    @on(OptionList.OptionHighlighted, "#variant-groups")
    def _highlighted(self) -> None:
        self._update_detail()

    def _update_detail(self) -> None:
        detail = self.query_one("#variant-detail", Static)
        chosen = self.selected_form
        if chosen is None:
            detail.update("")
            return
        _, form = chosen
        texts = {s.id: s.target for s in self.session.segments}
        lines = Text()
        for occurrence in form.occurrences[:_CONTEXTS_SHOWN]:
            text = texts.get(occurrence.segment, "")
            start = max(0, occurrence.start - _CONTEXT_CHARS)
            end = occurrence.end + _CONTEXT_CHARS
            before = ("…" if start else "") + text[start : occurrence.start]
            after = text[occurrence.end : end] + ("…" if end < len(text) else "")
            if lines:
                lines.append("\n")
            lines.append(f"{occurrence.segment:<6}", style="bold")
            lines.append(before.replace("\n", " "))
            lines.append(text[occurrence.start : occurrence.end], style="bold reverse")
            lines.append(after.replace("\n", " "))
        more = form.count - _CONTEXTS_SHOWN
        if more > 0:
            lines.append(f"\n… and {more} more", style="dim")
        detail.update(lines)
        detail.border_title = (
            f"“{form.text}”: {counted(form.count, 'occurrence')} (g goes to the first)"
        )

    # Actions

    @on(OptionList.OptionSelected, "#variant-groups")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_promote()

    def action_promote(self) -> None:
        chosen = self.selected_form
        if chosen is None:
            self.notify("Select a spelling of a group first.", severity="warning", markup=False)
            return
        reason = self.session.state.read_only
        if reason is not None:
            self.app.push_screen(read_only_error("glossary additions are", reason))
            return
        item, form = chosen
        spellings = [f.text for f in item.group.forms]
        word = item.group.word
        pairs = None if word is None else replacements(word, form.text)
        kept = [s for s in spellings if word is not None and one_kanji(s) and s != form.text]
        try:
            additions = promotion(self.session.glossary, spellings, form.text, pairs)
        except GlossaryError as exc:
            self.app.push_screen(
                ErrorScreen(
                    "Cannot promote this group",
                    f"With “{form.text.strip()}” as the accepted form the glossary would be "
                    f"invalid: {exc}\n\nThe glossary is unchanged. Choose another spelling, "
                    "or edit the glossary file.",
                )
            )
            return
        if not additions:
            self.notify(
                f"The glossary covers this group already, with “{form.text.strip()}”.",
                markup=False,
            )
            return
        self.app.push_screen(
            ConfirmScreen("Promote to the glossary", _plan(additions, kept), "Promote"),
            lambda yes: self._promote(additions) if yes else None,
        )

    def _promote(self, additions: list[Addition]) -> None:
        if self.promote(additions):
            self.refresh_groups()

    def action_jump(self) -> None:
        chosen = self.selected_form
        if chosen is None:
            self.notify("Select a spelling of a group first.", severity="warning", markup=False)
            return
        self.dismiss(chosen[1].occurrences[0])

    def action_close(self) -> None:
        self.dismiss(None)


def _padded(text: str, width: int) -> str:
    return text + " " * max(1, width - cell_len(text))


def _heading(item: ShownGroup) -> Text:
    group = item.group
    line = Text()
    if item.covered_by is not None:
        line.append(" / ".join(f.text for f in group.forms), style="dim")
        line.append(f"   ✓ in the glossary (entry “{item.covered_by.id}”)", style="dim green")
        return line
    line.append(" / ".join(f.text for f in group.forms), style="bold")
    line.append(f"   {counted(len(group.forms), 'spelling')}, suggested “{group.suggestion}”")
    return line


def _spelling(form: Form, item: ShownGroup) -> Text:
    segments = list(dict.fromkeys(o.segment for o in form.occurrences))
    where = ", ".join(segments[:_SEGMENTS_SHOWN]) + ("…" if len(segments) > _SEGMENTS_SHOWN else "")
    style = "dim" if item.covered_by is not None else ""
    line = Text("  ", style=style)
    suggested = form.text == item.group.suggestion
    line.append("● " if suggested else "○ ", style="green" if suggested else "")
    line.append(_padded(form.text, _SPELLING_WIDTH), style="bold")
    line.append(f"×{form.count:<4}")
    line.append(where, style="dim")
    if suggested:
        line.append("  suggested", style="green")
    return line


def _evidence(group: VariantGroup) -> Text:
    return Text(f"    why: {'; '.join(group.evidence)}", style="dim italic")


def _plan(additions: list[Addition], kept: list[str]) -> Text:
    first = additions[0]
    body = Text()
    if first.entry:
        body.append(f"Into the glossary entry “{first.entry}”:\n")
    else:
        body.append(f"A new glossary entry “{first.new_id}”:\n")
    for addition in additions:
        body.append(f"  + {addition.describe()}\n", style="bold")
    if kept:
        body.append(
            f"\n{'、'.join(kept)}: one kanji, which the glossary would find inside other words "
            "too, so it is not forbidden; the variant check still flags it.\n"
        )
    body.append(
        "\nTheir occurrences become glossary findings with fixes (s, f, F). The additions "
        "are kept in the review state until W writes the glossary file."
    )
    return body
