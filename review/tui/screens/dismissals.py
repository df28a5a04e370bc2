"""The findings dismissed as false positives (`D`): Enter (or `r`) shows the selected one
again; escape closes."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from review.core.model import Dismissal
from review.tui import keys


class DismissalsScreen(ModalScreen[Dismissal | None]):
    BINDINGS: ClassVar[list[BindingType]] = keys.bindings(keys.DISMISSALS)

    def __init__(self, dismissals: list[Dismissal]) -> None:
        super().__init__(classes="dialog-screen")
        self.dismissals = dismissals

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = Text(f"Dismissed findings ({len(self.dismissals)})")
            hint = (
                "Enter shows the selected finding again; escape closes."
                if self.dismissals
                else "No finding is dismissed. d on a finding dismisses it."
            )
            yield Static(hint, classes="dialog-hint", markup=False)
            yield OptionList(*(Option(_line(d)) for d in self.dismissals), id="dismissals")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.dismissals[event.option_index])

    def action_restore(self) -> None:
        index = self.query_one(OptionList).highlighted
        if index is not None and self.dismissals:
            self.dismiss(self.dismissals[index])

    def action_close(self) -> None:
        self.dismiss(None)


def _line(dismissal: Dismissal) -> Text:
    line = Text()
    line.append(f"{dismissal.segment}  ", style="bold")
    line.append(f"{dismissal.kind}  ")
    if dismissal.text:
        line.append(f"“{dismissal.text}”  ", style="bold")
    line.append(dismissal.rule, style="dim")
    if dismissal.note:
        line.append(f"  — {dismissal.note}", style="italic")
    return line
