"""Every key binding of the review TUI, grouped as the help screen shows them.

Each binding has an id, so a keymap (the `[keys]` table of the reviewer's config file, and
the REVIEW_KEYMAP variable over it: `review.tui.keymap`) can move it to another key; the
help screen and the command palette read these groups, so they list whatever is bound.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding, BindingType

from review.core.mqm import MqmSeverity


@dataclass(frozen=True, slots=True)
class BindingGroup:
    title: str
    bindings: tuple[Binding, ...]


NAVIGATE = BindingGroup(
    "Navigate",
    (
        Binding("down,j", "cursor_down", "Next segment", show=False, id="segment.next"),
        Binding("up,k", "cursor_up", "Previous segment", show=False, id="segment.previous"),
        Binding("pagedown", "page_down", "Page down", show=False, id="segment.page-down"),
        Binding("pageup", "page_up", "Page up", show=False, id="segment.page-up"),
        Binding("home", "first", "First segment", show=False, id="segment.first"),
        Binding("end", "last", "Last segment", show=False, id="segment.last"),
    ),
)
"""Bound on the segment list, so they act while it has focus."""

FIND = BindingGroup(
    "Go to",
    (
        Binding("n", "next_with_findings", "Next flagged", id="go.next-flagged"),
        Binding("p", "previous_with_findings", "Prev flagged", show=False, id="go.prev-flagged"),
        Binding("g", "go_to", "Go to id", show=False, id="go.id"),
        Binding(
            "right_square_bracket",
            "next_finding",
            "Next finding in segment",
            show=False,
            key_display="]",
            id="finding.next",
        ),
        Binding(
            "left_square_bracket",
            "previous_finding",
            "Previous finding in segment",
            show=False,
            key_display="[",
            id="finding.previous",
        ),
    ),
)

EDIT = BindingGroup(
    "Revise",
    (
        Binding("e,enter", "edit", "Edit", id="revision.edit"),
        Binding("s", "apply_suggestion", "Apply fix", id="finding.apply"),
        Binding("f", "fix_rule", "Fix name everywhere", id="finding.fix-everywhere"),
        Binding("F", "fix_all", "Fix all", id="finding.fix-all"),
        Binding("d", "dismiss_finding", "Dismiss finding", show=False, id="finding.dismiss"),
        Binding(
            "D", "dismissed_findings", "Dismissed findings", show=False, id="finding.dismissed"
        ),
        Binding("u", "undo", "Undo", id="revision.undo"),
        Binding("ctrl+r,U", "redo", "Redo", show=False, id="revision.redo"),
        Binding("R", "revert", "Revert to MT", show=False, id="revision.revert"),
    ),
)

MARK = BindingGroup(
    "Mark",
    (
        Binding("a", "approve", "Approve", id="status.approve"),
        Binding("x", "reject", "Reject", show=False, id="status.reject"),
        Binding("r", "reset_status", "Reset status", show=False, id="status.reset"),
        Binding("c", "note", "Note", show=False, id="segment.note"),
    ),
)

MQM = BindingGroup(
    "MQM errors",
    (
        Binding("m", "annotate", "Annotate an MQM error", show=False, id="mqm.annotate"),
        Binding("M", "annotate_finding", "Finding → MQM error", show=False, id="mqm.from-finding"),
        Binding("o", "annotations", "MQM errors of segment", show=False, id="mqm.list"),
    ),
)

FILTER = BindingGroup(
    "Filter",
    (
        Binding("slash", "search", "Search", key_display="/", id="filter.search"),
        Binding("w", "toggle_flagged", "Only flagged", show=False, id="filter.flagged"),
        Binding("t", "cycle_status", "Filter by status", show=False, id="filter.status"),
        Binding(
            "T",
            "cycle_tool_status",
            "Filter by the file's own status",
            show=False,
            id="filter.tool-status",
        ),
        Binding("escape", "clear_filters", "Clear filters", id="filter.clear"),
    ),
)

GLOSSARY = BindingGroup(
    "Glossary",
    (
        Binding("plus", "add_term", "Add term", show=False, key_display="+", id="glossary.term"),
        Binding(
            "minus",
            "add_variant",
            "Add forbidden variant",
            show=False,
            key_display="-",
            id="glossary.variant",
        ),
        Binding("W", "save_glossary", "Save glossary", show=False, id="glossary.save"),
        Binding("V", "variants", "Variant groups", show=False, id="glossary.variants"),
    ),
)

VARIANTS = BindingGroup(
    "Variant groups (V)",
    (
        Binding("p,enter", "promote", "Promote to glossary", id="variants.promote"),
        Binding("g", "jump", "Go to first occurrence", id="variants.jump"),
        Binding("escape", "close", "Close", id="variants.close"),
    ),
)

FILE = BindingGroup(
    "File",
    (
        Binding("ctrl+e", "export", "Export", id="file.export"),
        Binding("question_mark", "help", "Help", key_display="?", id="app.help"),
    ),
)

APP = BindingGroup(
    "App",
    (
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("ctrl+p", "command_palette", "Command palette", show=False, id="app.palette"),
    ),
)

EDITOR = BindingGroup(
    "While editing",
    (
        Binding("ctrl+s", "save", "Save revision", priority=True, id="editor.save"),
        Binding("escape", "cancel", "Cancel edit", priority=True, id="editor.cancel"),
        Binding("ctrl+a", "select_all", "Select all", id="editor.select-all"),
        Binding("ctrl+o", "restore_mt", "Start again from MT", id="editor.restore-mt"),
        Binding("ctrl+t,f9", "insert_code", "Insert next tag", id="editor.insert-code"),
    ),
)

YES = Binding("y", "answer(True)", "Yes", id="dialog.yes")
NO = Binding("n,escape", "answer(False)", "No", id="dialog.no")
CANCEL = Binding("escape", "cancel", "Cancel", id="dialog.cancel")
SAVE_EDIT = Binding("s", "answer('save')", "Save the unsaved edit", id="dialog.save-edit")
DISCARD_EDIT = Binding(
    "d", "answer('discard')", "Discard the unsaved edit", id="dialog.discard-edit"
)
CLOSE_MESSAGE = Binding("escape,enter", "dismiss", "Close a message", id="dialog.close")
CLOSE_HELP = Binding(
    "escape,q,question_mark", "close", "Close help", key_display="esc q ?", id="help.close"
)

DIALOGS = BindingGroup(
    "Dialogs", (YES, NO, CANCEL, SAVE_EDIT, DISCARD_EDIT, CLOSE_MESSAGE, CLOSE_HELP)
)

SEVERITIES = tuple(MqmSeverity)

MQM_DIALOG = BindingGroup(
    "MQM error dialog (m)",
    (
        Binding("ctrl+s", "save", "Save the MQM error", priority=True, id="dialog.save"),
        *(
            Binding(
                str(number),
                f"severity({number - 1})",
                f"Severity {severity.value}",
                show=False,
                id=f"mqm.severity-{severity.value}",
            )
            for number, severity in enumerate(SEVERITIES, start=1)
        ),
    ),
)

MQM_LIST = BindingGroup(
    "MQM errors of segment (o)",
    (
        Binding("delete,x", "remove", "Delete MQM error", id="mqm.delete"),
        Binding("escape,o", "close", "Close", id="mqm.list-close"),
    ),
)

DISMISSALS = BindingGroup(
    "Dismissed findings (D)",
    (
        Binding("enter,r", "restore", "Show again", id="dismissals.restore"),
        Binding("escape", "close", "Close", id="dismissals.close"),
    ),
)

SCREEN_GROUPS = (FIND, EDIT, MARK, MQM, FILTER, GLOSSARY, FILE)
"""Bound on the main screen."""

ALL_GROUPS = (
    NAVIGATE,
    *SCREEN_GROUPS,
    EDITOR,
    VARIANTS,
    APP,
    DIALOGS,
    MQM_DIALOG,
    MQM_LIST,
    DISMISSALS,
)

BINDING_IDS = frozenset(b.id for group in ALL_GROUPS for b in group.bindings if b.id)
"""What a keymap may name."""


def bindings(*groups: BindingGroup) -> list[BindingType]:
    return [binding for group in groups for binding in group.bindings]


def main_screen_bindings() -> list[BindingType]:
    """The main screen's bindings in the footer's order: help first, so that a narrow
    terminal, whose footer has room for a few keys only, still shows where the others are."""
    listed = [b for group in SCREEN_GROUPS for b in group.bindings]
    return [*sorted(listed, key=lambda b: b.id != "app.help")]
