"""One line of input: a segment id to go to, a note."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Static

from review.tui import keys


class PromptScreen(ModalScreen[str | None]):
    """Enter submits the text; escape gives None."""

    BINDINGS: ClassVar[list[BindingType]] = [keys.CANCEL]

    def __init__(
        self,
        title: str,
        hint: str,
        value: str = "",
        placeholder: str = "",
        suggester: Suggester | None = None,
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.hint = hint
        self.value = value
        self.placeholder = placeholder
        self.suggester = suggester

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = Text(self.title_text)
            yield Static(self.hint, classes="dialog-hint", markup=False)
            yield Input(self.value, placeholder=self.placeholder, suggester=self.suggester)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
