"""Adding an accepted term or a forbidden variant to the glossary, from a finding or typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Select, Static

from review.core.glossary import EntryType, Glossary
from review.core.glossary_edit import Addition, AdditionKind
from review.tui import keys

NEW_ENTRY = ""


class GlossaryAddScreen(ModalScreen[Addition | None]):
    """`check` returns why an addition cannot be made, or None; the dialog stays open
    until the addition is valid or cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [keys.CANCEL]

    def __init__(
        self,
        glossary: Glossary | None,
        prefill: Addition,
        check: Callable[[Addition], str | None],
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.glossary = glossary
        self.prefill = prefill
        self.check = check

    def compose(self) -> ComposeResult:
        prefill = self.prefill
        entries = self.glossary.entries if self.glossary is not None else []
        with Vertical(classes="dialog glossary-dialog") as box:
            box.border_title = "Add to the glossary"
            with RadioSet(id="kind"):
                yield RadioButton(
                    "Accepted term",
                    name=AdditionKind.TERM.value,
                    value=prefill.kind is AdditionKind.TERM,
                )
                yield RadioButton(
                    "Forbidden variant",
                    name=AdditionKind.VARIANT.value,
                    value=prefill.kind is AdditionKind.VARIANT,
                )
            yield Label("Entry")
            yield Select(
                [
                    (Text("(new entry)"), NEW_ENTRY),
                    *((Text(f"{e.id}: {' | '.join(e.accepted)}"), e.id) for e in entries),
                ],
                value=prefill.entry or NEW_ENTRY,
                allow_blank=False,
                id="entry",
            )
            yield Label("Forbidden variant (as it appears in the text)", id="variant-label")
            yield Input(prefill.variant, placeholder="e.g. オープンAI", id="variant")
            yield Label("Accepted form (the replacement, for a variant)")
            yield Input(prefill.accepted, placeholder="e.g. OpenAI", id="accepted")
            yield Label("Source form (optional)")
            yield Input(prefill.source, placeholder="e.g. OpenAI", id="source")
            with Horizontal(id="new-entry-fields"):
                yield Select(
                    [(t.value, t.value) for t in EntryType],
                    value=prefill.type.value,
                    allow_blank=False,
                    id="type",
                )
                yield Input(prefill.note, placeholder="note (optional)", id="note")
            yield Static("", id="glossary-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Add", variant="primary", id="add")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self._sync()
        first = "#variant" if self.prefill.kind is AdditionKind.VARIANT else "#accepted"
        self.query_one(first, Input).focus()

    def addition(self) -> Addition:
        kind_set = self.query_one("#kind", RadioSet)
        pressed = kind_set.pressed_button
        kind = AdditionKind(pressed.name if pressed and pressed.name else AdditionKind.TERM.value)
        entry = self.query_one("#entry", Select).value
        kind_type = self.query_one("#type", Select).value
        return Addition(
            kind=kind,
            accepted=self.query_one("#accepted", Input).value,
            variant=self.query_one("#variant", Input).value if kind is AdditionKind.VARIANT else "",
            entry=entry if isinstance(entry, str) else NEW_ENTRY,
            source=self.query_one("#source", Input).value,
            type=EntryType(kind_type if isinstance(kind_type, str) else EntryType.TERM.value),
            note=self.query_one("#note", Input).value,
        )

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        self._sync()

    def on_select_changed(self, event: Select.Changed) -> None:
        self._sync()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "add":
            self._submit()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _sync(self) -> None:
        addition = self.addition()
        variant = addition.kind is AdditionKind.VARIANT
        self.query_one("#variant", Input).display = variant
        self.query_one("#variant-label", Label).display = variant
        self.query_one("#new-entry-fields").display = addition.entry == NEW_ENTRY

    def _submit(self) -> None:
        addition = self.addition()
        problem = self.check(addition)
        if problem is not None:
            self.query_one("#glossary-error", Static).update(problem)
            return
        self.dismiss(addition)
