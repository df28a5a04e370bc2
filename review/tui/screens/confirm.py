"""A yes/no question before a change that touches many segments."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from review.core.wording import shown_id
from review.tui import keys


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS: ClassVar[list[BindingType]] = [keys.YES, keys.NO]

    def __init__(self, title: str, body: Text | str, confirm: str) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.body = body
        self.confirm = confirm

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = Text(self.title_text)
            yield Static(self.body, classes="dialog-body", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(f"{self.confirm} (y)", variant="primary", id="yes")
                yield Button("Cancel (n)", id="no")

    def on_mount(self) -> None:
        self.query_one("#yes", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class UnsavedEditScreen(ModalScreen[str | None]):
    """Asked when an edit with changes would be closed: "save", "discard", or None to go
    on editing."""

    BINDINGS: ClassVar[list[BindingType]] = [keys.SAVE_EDIT, keys.DISCARD_EDIT, keys.CANCEL]

    def __init__(self, segment_id: str, quitting: bool) -> None:
        super().__init__(classes="dialog-screen")
        self.segment_id = segment_id
        self.quitting = quitting

    def compose(self) -> ComposeResult:
        then = " and quit" if self.quitting else ""
        with Vertical(classes="dialog") as box:
            box.border_title = Text("Unsaved edit")
            yield Static(
                f"The edit of {shown_id(self.segment_id)} has changes that are not saved.",
                classes="dialog-body",
                markup=False,
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button(f"Save{then} (s)", variant="primary", id="save")
                yield Button(f"Discard{then} (d)", variant="error", id="discard")
                yield Button("Keep editing (esc)", id="keep")

    def on_mount(self) -> None:
        self.query_one("#save", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None if event.button.id == "keep" else event.button.id)

    def action_answer(self, answer: str) -> None:
        self.dismiss(answer)

    def action_cancel(self) -> None:
        self.dismiss(None)
