"""Marking an MQM error: the span (or an omission point), category, severity and a note; and
the list of a segment's MQM errors, where one can be deleted.

The text is a read-only TextArea: the reviewer selects the erroneous span with shift+arrows
or the mouse; with nothing selected, the cursor position marks an omission (and the category
shows Accuracy/Omission). Tab goes on to the category (typing a name picks it), the severity
(1–4 or arrows) and the note; Enter in the note or ctrl+s saves, escape cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from time import monotonic
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import (
    Button,
    Input,
    Label,
    OptionList,
    RadioButton,
    RadioSet,
    Select,
    Static,
    TextArea,
)
from textual.widgets.option_list import Option
from textual.widgets.text_area import Selection

from review.core.model import Annotation, Segment
from review.core.mqm import CATEGORIES, OMISSION, MqmSeverity
from review.core.wording import shown_id
from review.tui import keys

SEVERITIES = keys.SEVERITIES
DEFAULT_CATEGORY = "Accuracy/Mistranslation"
DEFAULT_SEVERITY = MqmSeverity.MINOR


def index_of(text: str, location: tuple[int, int]) -> int:
    """The offset in `text` of a TextArea (row, column) location."""
    row, column = location
    lines = text.split("\n")
    row = min(row, len(lines) - 1)
    return sum(len(line) + 1 for line in lines[:row]) + min(column, len(lines[row]))


def location_of(text: str, index: int) -> tuple[int, int]:
    """The TextArea (row, column) of an offset in `text`."""
    before = text[:index]
    return before.count("\n"), index - (before.rfind("\n") + 1)


def category_for(typed: str) -> str | None:
    """The category a reviewer means by typing `typed`: the first whose own name (after the
    dimension) starts with it, then the first whose full name or any word of it does, then
    the first that contains it."""
    wanted = typed.casefold()
    if not wanted:
        return None

    def rank(category: str) -> int:
        name = category.casefold()
        words = name.replace("/", " ").replace("-", " ").split()
        if name.rpartition("/")[2].startswith(wanted):
            return 0
        if name.startswith(wanted):
            return 1
        if any(word.startswith(wanted) for word in words):
            return 2
        return 3 if wanted in name else 4

    best = min(CATEGORIES, key=rank)
    return best if rank(best) < 4 else None


class CategorySelect(Select[str]):
    """Typing a category's name picks it at once, as in a closed list box (“om” gives
    Accuracy/Omission); enter, space or a click opens the list. Digits are left to the
    severity keys."""

    _RESET = 0.8
    """Seconds after the last letter when typing starts a new name."""

    def __init__(self, value: str, *, id: str) -> None:
        super().__init__(
            [(category, category) for category in CATEGORIES],
            value=value,
            allow_blank=False,
            id=id,
        )
        self._typed = ""
        self._last_key = 0.0

    def check_consume_key(self, key: str, character: str | None = None) -> bool:
        return _is_letter(character)

    def on_key(self, event: events.Key) -> None:
        if self.expanded or not _is_letter(event.character):
            return
        event.stop()
        event.prevent_default()
        now = monotonic()
        if now - self._last_key > self._RESET:
            self._typed = ""
        self._last_key = now
        assert event.character is not None
        self._typed += event.character
        category = category_for(self._typed)
        if category is not None:
            self.value = category
        else:
            self.app.bell()


def _is_letter(character: str | None) -> bool:
    """A key that types part of a category name (not space, which opens the list, nor a
    digit, which sets the severity)."""
    return (
        character is not None
        and character.isprintable()
        and character.strip() != ""
        and not character.isdigit()
    )


class AnnotateScreen(ModalScreen[Annotation | None]):
    """Gives the new annotation (not saved yet, id 0), or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [keys.CANCEL, *keys.bindings(keys.MQM_DIALOG)]

    def __init__(self, segment: Segment, prefill: Annotation | None = None) -> None:
        super().__init__(classes="dialog-screen")
        self.segment = segment
        self.prefill = prefill
        self.field = prefill.field if prefill is not None else self._default_field()
        self._for_span = DEFAULT_CATEGORY if prefill is None else prefill.category
        """The category a span implies: the finding's, else the default."""
        point = prefill is not None and prefill.start == prefill.end  # a finding's own point
        self._chosen_for_span: str | None = None if point else self._for_span
        """The category the dialog picked from the span (an omission when nothing is
        selected), until the reviewer picks one."""

    def _default_field(self) -> str:
        return "mt" if self.segment.revision is None else "revision"

    def _text(self) -> str:
        return (self.segment.mt if self.field == "mt" else self.segment.revision) or ""

    def compose(self) -> ComposeResult:
        prefill = self.prefill
        with Vertical(classes="dialog annotate-dialog") as box:
            box.border_title = Text(f"MQM error in {shown_id(self.segment.id)}")
            yield Static(
                "Select the wrong text (shift+arrows or mouse); with nothing selected, the "
                "cursor marks an omission. Tab: category (type its name), severity (1–4), "
                "note. ctrl+s or Enter in the note saves; escape cancels.",
                classes="dialog-hint",
                markup=False,
            )
            if self.segment.revision is not None:
                with RadioSet(id="mqm-field"):
                    yield RadioButton("MT", value=self.field == "mt")
                    yield RadioButton("Revision", value=self.field == "revision")
            yield TextArea(
                self._text(),
                read_only=True,
                soft_wrap=True,
                show_line_numbers=False,
                tab_behavior="focus",
                id="mqm-text",
            )
            yield Static("", id="mqm-span", markup=False)
            with Horizontal(id="mqm-choices"):
                yield CategorySelect(
                    prefill.category if prefill is not None else DEFAULT_CATEGORY,
                    id="mqm-category",
                )
                severity = MqmSeverity(prefill.severity) if prefill else DEFAULT_SEVERITY
                with RadioSet(id="mqm-severity"):
                    for number, option in enumerate(SEVERITIES, start=1):
                        yield RadioButton(f"{number} {option.value}", value=option is severity)
            yield Label("Note")
            yield Input(
                prefill.note if prefill is not None else "",
                placeholder="optional; Enter saves",
                id="mqm-note",
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="save")
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        area = self.query_one("#mqm-text", TextArea)
        prefill = self.prefill
        if prefill is not None and prefill.field == self.field:
            text = self._text()
            area.selection = Selection(
                location_of(text, prefill.start), location_of(text, prefill.end)
            )
        area.focus()
        self._show_span()
        self.call_after_refresh(self._highlight_pressed)

    def _highlight_pressed(self) -> None:
        """Put each radio set's keyboard highlight on its pressed button (a RadioSet
        highlights its first button when mounted, whichever is pressed)."""
        for radio_set in self.query(RadioSet):
            for _ in range(max(radio_set.pressed_index, 0)):
                radio_set.action_next_button()

    # The span

    def span(self) -> tuple[int, int]:
        """The selected span as offsets into the field's text; start == end: an omission."""
        area = self.query_one("#mqm-text", TextArea)
        text = self._text()
        start, end = sorted(
            (index_of(text, area.selection.start), index_of(text, area.selection.end))
        )
        return start, end

    @on(TextArea.SelectionChanged, "#mqm-text")
    def _show_span(self) -> None:
        start, end = self.span()
        label = "MT" if self.field == "mt" else "revision"
        line = Text()
        if start == end:
            line.append("Omission", style="bold")
            line.append(f" at {start} of the {label} (nothing selected)", style="dim")
        else:
            line.append(f"“{self._text()[start:end]}”", style="bold")
            line.append(f"  {start}–{end} of the {label}", style="dim")
        self.query_one("#mqm-span", Static).update(line)
        self._follow_span(start == end)

    def _follow_span(self, omission: bool) -> None:
        """Show the category the span implies (Omission for none), until the reviewer has
        picked one."""
        if self._chosen_for_span is None:
            return
        select = self.query_one("#mqm-category", Select)
        if select.value != self._chosen_for_span:
            self._chosen_for_span = None
            return
        wanted = OMISSION if omission else self._for_span
        if select.value != wanted:
            self._chosen_for_span = wanted
            select.value = wanted

    @on(RadioSet.Changed, "#mqm-field")
    def _field_changed(self, event: RadioSet.Changed) -> None:
        self.field = "mt" if event.index == 0 else "revision"
        area = self.query_one("#mqm-text", TextArea)
        area.load_text(self._text())
        self._show_span()

    # Choices

    def action_severity(self, index: int) -> None:
        buttons = list(self.query_one("#mqm-severity", RadioSet).query(RadioButton))
        buttons[index].value = True

    def severity(self) -> MqmSeverity:
        pressed = self.query_one("#mqm-severity", RadioSet).pressed_index
        return SEVERITIES[pressed] if pressed >= 0 else DEFAULT_SEVERITY

    def category(self) -> str:
        value = self.query_one("#mqm-category", Select).value
        return value if isinstance(value, str) else DEFAULT_CATEGORY

    # Answer

    def annotation(self) -> Annotation:
        start, end = self.span()
        prefill = self.prefill
        same_span = prefill is not None and (prefill.field, prefill.start, prefill.end) == (
            self.field,
            start,
            end,
        )
        return Annotation(
            segment=self.segment.id,
            field=self.field,
            start=start,
            end=end,
            text=self._text()[start:end],
            category=self.category(),
            severity=self.severity().value,
            note=self.query_one("#mqm-note", Input).value.strip(),
            origin=prefill.origin if prefill is not None and same_span else "",
        )

    def action_save(self) -> None:
        self.dismiss(self.annotation())

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted, "#mqm-note")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()


def annotation_line(annotation: Annotation) -> Text:
    """One MQM error as a list line: severity, category, where, text, note."""
    colour = {"critical": "#ff6b61", "major": "#ff9b5e", "minor": "#e0a526"}.get(
        annotation.severity, "#8b949e"
    )
    line = Text()
    line.append(f"{annotation.severity:<9}", style=f"bold {colour}")
    line.append(f"{annotation.category}  ", style="bold")
    where = "MT" if annotation.field == "mt" else "revision"
    if annotation.end > annotation.start:
        line.append(f"“{annotation.text}”")
        line.append(f" {where} {annotation.start}–{annotation.end}", style="dim")
    else:
        line.append(f"omission at {annotation.start} of the {where}", style="italic")
    if annotation.note:
        line.append(f"  {annotation.note}", style="dim")
    if annotation.origin:
        line.append(f"  ({annotation.origin})", style="dim")
    return line


class AnnotationsScreen(ModalScreen[None]):
    """A segment's MQM errors; delete or x removes the highlighted one (through `remove`,
    which saves the removal and says whether it was done)."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings(keys.MQM_LIST)

    def __init__(
        self,
        segment: Segment,
        annotations: Callable[[], list[Annotation]],
        remove: Callable[[Annotation], bool],
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.segment = segment
        self.annotations = annotations
        self.remove_one = remove
        self.shown: list[Annotation] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = Text(f"MQM errors in {shown_id(self.segment.id)}")
            yield Static(
                "delete or x removes the selected error; escape closes.",
                classes="dialog-hint",
                markup=False,
            )
            yield OptionList(id="mqm-list")

    def on_mount(self) -> None:
        self._fill()
        self.query_one(OptionList).focus()

    def _fill(self, keep: int = 0) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        self.shown = self.annotations()
        if not self.shown:
            options.add_option(
                Option(Text("No MQM errors here: m marks one.", style="dim"), disabled=True)
            )
            return
        options.add_options([Option(annotation_line(a)) for a in self.shown])
        options.highlighted = min(keep, len(self.shown) - 1)

    def action_remove(self) -> None:
        position = self.query_one(OptionList).highlighted
        if not self.shown or position is None:
            return
        if self.remove_one(self.shown[position]):
            self._fill(position)

    def action_close(self) -> None:
        self.dismiss(None)
