"""The export dialog: every format the CLI writes, to a file chosen beside the document."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from review.core.model import Document
from review.core.places import side_folder
from review.formats.documents import (
    PACKAGE_EXTENSIONS,
    WRITE_FORMATS,
    extension_format,
    refusal_over_itself,
)
from review.tui import keys
from review.tui.screens.confirm import ConfirmScreen

FORMAT_HELP = {
    "txt": "corrected text, one line per segment (the revision, else the MT)",
    "jsonl": "the whole document: source, MT, reference, revision, status, note",
    "tsv": "the whole document as a tab-separated table",
    "csv": "the whole document as a comma-separated table",
    "xliff": "XLIFF, in the version the document was read in (else 1.2)",
    "xliff12": "XLIFF 1.2 for CAT tools",
    "xliff2": "XLIFF 2.0 for CAT tools",
    "tmx": "a translation memory of the approved segments",
    "po": "gettext PO: back into its own file, else one message per segment",
    "ts": "Qt Linguist: back into its own file, else one message per segment",
    "xcstrings": "Xcode string catalog: back into its own file, else a new catalog",
    "android": "Android strings: back into its own values-ja file",
    "strings": "Apple strings: back into its own ja.lproj file",
    "xlsx": "Excel: the review's cells in its own workbook, else a new table",
    "package": "the package back, its reviewed XLIFF files rewritten (Trados: .sdlrpx)",
}
_EXTENSION = {"markdown": "md", "xliff": "xlf", "xliff12": "xlf", "xliff2": "xlf"}
_RETURNED = {".sdlppx": ".sdlrpx"}  # what a Trados project package goes back as
_WRITTEN_BACK = (
    "xliff", "po", "ts", "xcstrings", "android", "strings", "tmx", "xlsx", "package", "markdown"
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ExportRequest:
    fmt: str
    path: Path


def own_format(document: Path) -> str:
    """The format the dialog offers first: a CAT tool's file, a workbook or Markdown back in
    its own format; a native table or a text as the corrected text."""
    fmt = extension_format(document)
    return fmt if fmt in _WRITTEN_BACK else "txt"


def default_name(document: Path, fmt: str) -> str:
    """The file offered: beside the document, `.reviewed` before its extension, which a file
    written back in its own format keeps (a Trados package goes back as .sdlrpx); Android
    and Apple strings, the file itself, where its source is found beside it by its name."""
    if fmt in ("android", "strings"):
        return document.name
    if fmt == "package" or (fmt != "txt" and fmt == own_format(document)):
        suffix = document.suffix.lower()
        return f"{document.stem}.reviewed{_RETURNED.get(suffix, suffix)}"
    return f"{document.stem}.reviewed.{_EXTENSION.get(fmt, fmt)}"


def offered(document: Path) -> list[str]:
    """The formats a document can be exported to: a package only from a package, Markdown
    only from Markdown, Android strings only from Android strings."""
    suffix = document.suffix.lower()
    only = {
        "package": suffix in PACKAGE_EXTENSIONS,
        "markdown": suffix in (".md", ".markdown"),
        "android": extension_format(document) == "android",
        "strings": extension_format(document) == "strings",
    }
    return [fmt for fmt in WRITE_FORMATS if only.get(fmt, True)]


class ExportScreen(ModalScreen[ExportRequest | None]):
    """Relative paths are taken from the document's folder (for the installed example, the
    per-user data folder: nothing is written into site-packages). A file that exists is
    replaced only when the reviewer says so; the document itself only in its own format;
    the files the review keeps (`kept`: its state, its glossary) never."""

    BINDINGS: ClassVar[list[BindingType]] = [keys.CANCEL]

    def __init__(
        self, document: Path, contents: Document | None = None, kept: dict[Path, str] | None = None
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.document = document
        self.contents = contents
        self.kept = {path.resolve(): what for path, what in (kept or {}).items()}
        self.folder = side_folder(document)
        """The document's folder; for the installed example, the per-user data folder."""
        self.fmt = own_format(document)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog export-dialog") as box:
            box.border_title = "Export"
            yield Label("Format (shift+tab to the list, ↑ ↓ and space to choose)")
            with RadioSet(id="formats"):
                for fmt in offered(self.document):
                    yield RadioButton(
                        f"{fmt:<10}{FORMAT_HELP.get(fmt, '')}", value=fmt == self.fmt, name=fmt
                    )
            beside = self.folder == self.document.parent
            folder = "the document's folder" if beside else str(self.folder)
            yield Label(f"File (relative to {folder})")
            yield Input(default_name(self.document, self.fmt), id="path")
            yield Static("", id="export-warning", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", variant="primary", id="export")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#path", Input).focus()
        self._check()
        self.call_after_refresh(self._show_chosen)

    def _show_chosen(self) -> None:
        """The chosen format in view, where a short terminal scrolls the list."""
        formats = self.query_one("#formats", RadioSet)
        for button in formats.query(RadioButton):
            if button.value:
                formats.scroll_to_widget(button, animate=False)

    def target(self) -> Path:
        typed = Path(self.query_one("#path", Input).value.strip()).expanduser()
        return typed if typed.is_absolute() else self.folder / typed

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        path_input = self.query_one("#path", Input)
        old = self.fmt
        self.fmt = event.pressed.name or "txt"
        if path_input.value.strip() in ("", default_name(self.document, old)):
            path_input.value = default_name(self.document, self.fmt)
        self._check()

    def on_input_changed(self, event: Input.Changed) -> None:
        self._check()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export":
            self._submit()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _submit(self) -> None:
        if not self.query_one("#path", Input).value.strip():
            self.notify("Type a file name to export to.", severity="warning")
            return
        refusal = self._refusal()
        if refusal is not None:
            self.notify(refusal, severity="warning", markup=False)
            return
        request = ExportRequest(self.fmt, self.target())
        if not request.path.exists():
            self.dismiss(request)
            return
        itself = request.path.resolve() == self.document.resolve()
        what = "the document itself" if itself else request.path.name

        def answered(yes: bool | None) -> None:
            if yes:
                self.dismiss(request)

        self.app.push_screen(
            ConfirmScreen(
                "Replace the document" if itself else f"Replace {request.path.name}",
                f"Exporting {self.fmt} writes over {what}.",
                "Replace",
            ),
            answered,
        )

    def _refusal(self) -> str | None:
        """Why the file typed may not be written at all."""
        target = self.target().resolve()
        kept = self.kept.get(target)
        if kept is not None:
            return f"{target.name} is {kept}: export to another file."
        if target != self.document.resolve() or self.contents is None:
            return None
        read = extension_format(self.document) or "unknown"
        refusal = refusal_over_itself(self.contents, read, self.fmt)
        return None if refusal is None else f"This {refusal}: export to another file."

    def _check(self) -> None:
        warning = self.query_one("#export-warning", Static)
        button = self.query_one("#export", Button)
        if not self.query_one("#path", Input).value.strip():
            warning.update("")
            return
        target = self.target()
        refusal = self._refusal()
        button.disabled = refusal is not None
        if refusal is not None:
            warning.update(refusal)
        elif target.resolve() == self.document.resolve():
            warning.update("This is the document itself: exporting rewrites it.")
            button.label = "Overwrite document"
        elif target.exists():
            warning.update(f"{target.name} exists: exporting replaces it.")
            button.label = "Replace"
        else:
            warning.update("")
            button.label = "Export"
