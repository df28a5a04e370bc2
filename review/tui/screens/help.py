"""`?`: every key binding, grouped, with what the colours and columns mean."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from review.tui.keys import ALL_GROUPS, BindingGroup

LEGEND = """\
List columns: id, status (new, edited, approved, rejected), ! open findings (coloured by the
worst severity), the MT, and chrF against the reference for the MT and for the revision.
Text: findings are highlighted in place (red error, amber warning, blue info; the selected
one underlined). The MT shows what the revision deleted struck through in red; the revision
shows what it inserted underlined in green. chrF and BLEU: higher is better; TER: lower.
Every change is saved at once beside the document (DOC.review.sqlite); undo works across
sessions. ctrl+p opens the command palette with every action."""


def key_label(binding: Binding, keymap: Mapping[str, str]) -> str:
    if binding.id and binding.id in keymap:
        keys = keymap[binding.id]
    elif binding.key_display:
        return binding.key_display
    else:
        keys = binding.key
    names = {
        "question_mark": "?",
        "slash": "/",
        "plus": "+",
        "minus": "-",
        "left_square_bracket": "[",
        "right_square_bracket": "]",
    }
    return " ".join(names.get(k.strip(), k.strip()) for k in keys.split(","))


def _group_table(group: BindingGroup, keymap: Mapping[str, str]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold #e0a526", min_width=12)
    table.add_column()
    table.title = group.title
    table.title_justify = "left"
    table.title_style = "bold"
    for binding in group.bindings:
        table.add_row(key_label(binding, keymap), binding.description)
    table.add_row("", "")
    return table


def help_renderable(keymap: Mapping[str, str]) -> Group:
    """The groups in two columns of about equal length, then the legend."""
    sizes = [len(group.bindings) + 2 for group in ALL_GROUPS]
    half, running = len(ALL_GROUPS), 0
    for position, size in enumerate(sizes):
        running += size
        if running >= sum(sizes) / 2:
            half = position + 1
            break
    columns = [ALL_GROUPS[:half], ALL_GROUPS[half:]]
    layout = Table.grid(padding=(0, 6))
    layout.add_column()
    layout.add_column()
    layout.add_row(
        *(Group(*(_group_table(group, keymap) for group in column)) for column in columns)
    )
    return Group(layout, Text(""), Text(LEGEND, style="dim"))


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close help", id="help.close")
    ]

    def __init__(self, keymap: Mapping[str, str]) -> None:
        super().__init__(classes="dialog-screen")
        self.keymap = keymap

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog help-dialog") as box:
            box.border_title = "Keys"
            box.border_subtitle = "escape closes"
            with VerticalScroll():
                yield Static(help_renderable(self.keymap))

    def action_close(self) -> None:
        self.dismiss(None)
