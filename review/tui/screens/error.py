"""The one place errors are shown: a modal with what failed and what was kept."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from review.tui import keys


class ErrorScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [keys.CLOSE_MESSAGE]
    AUTO_FOCUS = "#close"  # focused as the screen is shown: never queried once it has gone

    def __init__(self, title: str, message: str) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog error-dialog") as box:
            box.border_title = Text(self.title_text)
            yield Static(self.message, classes="dialog-body", markup=False)
            yield Button("Close", variant="error", id="close")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)


def read_only_error(what: str, reason: str) -> ErrorScreen:
    """The refusal of a change in a read-only window (another process holds the document)."""
    return ErrorScreen(
        f"Read-only: {what} not saved here",
        f"This window is read-only: {reason}\n\n"
        "Nothing was changed; make changes in the window that holds the document.",
    )
