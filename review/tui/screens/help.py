"""`?`: every key binding, grouped, with its id and where to remap it, and what the colours
and columns mean."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from review.core.places import user_config_file
from review.tui import keys
from review.tui.keymap import EXAMPLE, KEYMAP_VARIABLE, TABLE
from review.tui.keys import ALL_GROUPS, BindingGroup

KEY_STYLE = "bold #e0a526"
_DESCRIPTION_WIDTH = max(len(b.description) for group in ALL_GROUPS for b in group.bindings)

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
    table.add_column(min_width=10)
    table.add_column(min_width=_DESCRIPTION_WIDTH)
    table.add_column(style="dim")
    table.title = group.title
    table.title_justify = "left"
    table.title_style = "bold"
    for binding in group.bindings:
        remapped = binding.id is not None and binding.id in keymap
        key = Text(key_label(binding, keymap), style="bold #79c0ff" if remapped else KEY_STYLE)
        table.add_row(key, binding.description, binding.id or "")
    table.add_row("", "", "")
    return table


def remapping_note(config: Path) -> Text:
    """Where the keys are remapped, with an example in the file's own syntax."""
    note = Text()
    note.append("Your keys: ", style="bold")
    note.append("the dim name beside each key is its binding id. To move a binding, put it in ")
    note.append(str(config), style="bold")
    note.append(" (yours, not the project's):\n")
    note.append(f'    [{TABLE}]\n    {EXAMPLE}\n    "status.approve" = "a,v"\n', style=KEY_STYLE)
    note.append(
        f'and start review again; {KEYMAP_VARIABLE}="revision.edit=i;status.approve=v" '
        "overrides the file for one run. Remapped keys are shown in blue."
    )
    return note


def help_renderable(keymap: Mapping[str, str], config: Path, *, columns: int = 1) -> Group:
    """Where to remap, then the groups (in two columns of about equal length on a wide
    terminal), then the legend."""
    tables = [_group_table(group, keymap) for group in ALL_GROUPS]
    if columns < 2:
        body: Group | Table = Group(*tables)
    else:
        sizes = [len(group.bindings) + 2 for group in ALL_GROUPS]
        half, running = len(ALL_GROUPS), 0
        for position, size in enumerate(sizes):
            running += size
            if running >= sum(sizes) / 2:
                half = position + 1
                break
        body = Table.grid(padding=(0, 6))
        body.add_column()
        body.add_column()
        body.add_row(Group(*tables[:half]), Group(*tables[half:]))
    return Group(remapping_note(config), Text(""), body, Text(LEGEND, style="dim"))


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [keys.CLOSE_HELP]

    WIDE = 150
    """Terminal columns from which the groups are shown in two columns."""

    def __init__(self, keymap: Mapping[str, str]) -> None:
        super().__init__(classes="dialog-screen")
        self.keymap = keymap

    def compose(self) -> ComposeResult:
        columns = 2 if self.app.size.width >= self.WIDE else 1
        with Vertical(classes="dialog help-dialog") as box:
            box.border_title = "Keys"
            box.border_subtitle = "escape closes"
            with VerticalScroll():
                yield Static(help_renderable(self.keymap, user_config_file(), columns=columns))

    def action_close(self) -> None:
        self.dismiss(None)
