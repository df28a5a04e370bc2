"""The project config file, `review.toml`: found beside the document or in the nearest
folder above it, or named with `--config`. Each part of the tool reads its own table
(`[checks]`, `[mqm]`) and checks its keys; this module only finds, parses and locates.

    glossary = "../glossary/names.tsv"   # relative to this file

    [checks.number]
    enabled = false

    [checks.spacing]
    severity = "info"

    [mqm]
    threshold = 99.0
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from review.formats.errors import InputError
from review.formats.textio import read_text

CONFIG_NAME = "review.toml"

_TOML_WHERE = re.compile(r"\(at line (\d+), column \d+\)")


@dataclass(frozen=True, slots=True)
class ProjectConfig:
    path: Path | None = None
    data: dict[str, Any] = field(default_factory=dict)
    text: str = ""

    def table(self, name: str, *, allowed: frozenset[str] | None = None) -> dict[str, Any]:
        """The table `name` (dotted for nested, e.g. "checks.number"), {} when absent; an
        InputError naming its line when it is not a table or holds a key not `allowed`."""
        value: Any = self.data
        for part in name.split("."):
            value = value.get(part, {}) if isinstance(value, dict) else None
        if not isinstance(value, dict):
            raise self.error(f"`{name}` must be a table", name)
        if allowed is not None:
            unknown = sorted(set(value) - allowed)
            if unknown:
                raise self.error(
                    f"[{name}]: unknown key “{unknown[0]}” (known: {', '.join(sorted(allowed))})",
                    name,
                    unknown[0],
                )
        return value

    def check_keys(self, allowed: frozenset[str]) -> None:
        """An InputError naming the line of the first top-level key or table not `allowed`
        (a misspelt `glosary = …` would otherwise be ignored without a word)."""
        unknown = sorted(set(self.data) - allowed)
        if unknown:
            name = unknown[0]
            line = self.line_of(name) or self.line_of_key(name)
            raise InputError(
                self.path or CONFIG_NAME,
                f"unknown key “{name}” (known: {', '.join(sorted(allowed))})",
                line,
            )

    def file(self, key: str) -> Path | None:
        """The top-level `key` as a path relative to this file's folder, or None when absent;
        an InputError naming its line when it is not a string or names no file."""
        value = self.data.get(key)
        if value is None:
            return None
        line = self.line_of_key(key)
        where = self.path or Path(CONFIG_NAME)
        if not isinstance(value, str) or not value.strip():
            raise InputError(where, f"`{key}` must be a file name, not {value!r}", line)
        path = Path(os.path.normpath(where.parent / value))
        if not path.is_file():
            raise InputError(where, f"`{key}`: no such file: {path}", line)
        return path

    def line_of_key(self, key: str) -> int | None:
        """The line of a top-level `key = …` (before the first table)."""
        pattern = re.compile(rf"^[ \t]*\"?{re.escape(key)}\"?[ \t]*=", re.MULTILINE)
        head = self.text.split("\n[", 1)[0]
        found = pattern.search(head)
        return None if found is None else head.count("\n", 0, found.start()) + 1

    def error(self, message: str, table: str | None = None, key: str | None = None) -> InputError:
        """An InputError for this file, at the line of `key = …` in `[table]`, else of
        `[table]`, when it has one."""
        line = self.line_of(table)
        if line is not None and key is not None:
            line = self._line_in_table(line, key) or line
        return InputError(self.path or CONFIG_NAME, message, line)

    def line_of(self, table: str | None) -> int | None:
        if table is None:
            return None
        header = re.compile(rf"^[ \t]*\[[ \t]*{re.escape(table)}[ \t]*[\].]", re.MULTILINE)
        found = header.search(self.text)
        return None if found is None else self.text.count("\n", 0, found.start()) + 1

    def _line_in_table(self, header: int, key: str) -> int | None:
        """The line of `key = …` among the lines after the table header on line `header`."""
        pattern = re.compile(rf"[ \t]*\"?{re.escape(key)}\"?[ \t]*=")
        for number, line in enumerate(self.text.split("\n")[header:], start=header + 1):
            if line.lstrip().startswith("["):
                return None
            if pattern.match(line):
                return number
        return None


def find_config(document: Path) -> Path | None:
    """`review.toml` in the document's folder or the nearest folder above it."""
    for folder in (document.resolve().parent, *document.resolve().parent.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_config(path: Path | None) -> ProjectConfig:
    """The parsed file; an empty config for None. Bad TOML is an InputError with its line."""
    if path is None:
        return ProjectConfig()
    text = read_text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        where = _TOML_WHERE.search(str(exc))
        message = _TOML_WHERE.sub("", str(exc)).strip()
        raise InputError(path, f"not valid TOML: {message}", where and int(where[1])) from None
    return ProjectConfig(path, data, text)


def config_for(document: Path, explicit: Path | None = None) -> ProjectConfig:
    """The config that applies to a document: `explicit` if given, else the one found."""
    return load_config(explicit if explicit is not None else find_config(document))
