"""The reviewer's own keys: the `[keys]` table of the per-user config file, and the
REVIEW_KEYMAP variable over it (for one run, or a script).

```toml
# ~/.config/review/config.toml (review.core.places.user_config_file)
[keys]
"revision.edit" = "i"            # a binding id (the help screen, ?, lists them) = its keys
"status.approve" = "a,v"        # several keys, comma-separated
```

Keys are habits of a person, not of a project, so they live in the user's config folder and
not in a project's review.toml. A bad file stops the TUI before it starts, with one line
naming the file and the line.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Mapping
from difflib import get_close_matches
from pathlib import Path

from textual.keys import Keys, _character_to_key, _normalize_key_list

from review.core.places import user_config_file
from review.formats.errors import InputError
from review.tui import keys
from review.tui.keys import BINDING_IDS, BindingGroup

KEYMAP_VARIABLE = "REVIEW_KEYMAP"
TABLE = "keys"
EXAMPLE = '"revision.edit" = "i"'

_MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
_KEY_NAMES = frozenset(
    {_character_to_key(chr(c)) for c in range(32, 127)}
    | {k.value.rpartition("+")[2] for k in Keys if not k.value.startswith("<")}
)
"""The names Textual gives the keys it reports: `question_mark`, `escape`, `f5`, `pageup`."""


def _is_key(text: str) -> bool:
    """One key as Textual names it, with any modifiers: `i`, `D`, `?`, `ctrl+a`, `f5`."""
    *modifiers, name = text.split("+") if len(text) > 1 else [text]
    known = len(name) == 1 or name in _KEY_NAMES
    return known and bool(name) and all(m in _MODIFIERS for m in modifiers)


_ACTIVE_TOGETHER: tuple[tuple[BindingGroup, ...], ...] = (
    (keys.NAVIGATE, *keys.SCREEN_GROUPS, keys.APP),
    (keys.EDITOR, keys.APP),
    (keys.VARIANTS, keys.APP),
    (BindingGroup("confirm", (keys.YES, keys.NO)),),
    (BindingGroup("annotate", (keys.CANCEL,)), keys.MQM_DIALOG),
    (keys.MQM_LIST,),
    (keys.DISMISSALS,),
)
"""Bindings that are in force at the same time (one screen, its focused widget, the app)."""

LineOf = Callable[[str], int | None]


def load_keymap(
    path: Path | None = None, environ: Mapping[str, str] | None = None
) -> dict[str, str]:
    """{binding id: keys} from the config file (`user_config_file()` unless given), with
    REVIEW_KEYMAP (`id=keys;id=keys`) over it. Raises InputError, naming the file and line,
    on a file that is not TOML, an unknown binding id, a value that is not a string of keys,
    or two bindings moved onto one key."""
    path = user_config_file() if path is None else path
    environ = os.environ if environ is None else environ
    text = _read(path)
    from_file = _checked(_table(text, path), str(path), lambda name: _line_of(text, name))
    variable = environ.get(KEYMAP_VARIABLE, "")
    from_variable = _checked(parse_keymap(variable), KEYMAP_VARIABLE, lambda _: None)
    keymap = {**from_file, **from_variable}
    clash = _clash(keymap)
    if clash is not None:
        first, second, key = clash
        in_variable = first in from_variable or second in from_variable
        raise InputError(
            KEYMAP_VARIABLE if in_variable else path,
            f"key “{key}” is bound to both “{first}” and “{second}”: "
            "move one of them to another key",
            None if in_variable else _line_of(text, second if second in keymap else first),
        )
    return keymap


def parse_keymap(text: str) -> dict[str, str]:
    """`revision.edit=i;status.approve=ctrl+a` → {binding id: keys}; an InputError naming
    REVIEW_KEYMAP for an item without `=` or keys."""
    keymap: dict[str, str] = {}
    for item in text.split(";"):
        if not item.strip():
            continue
        name, _, key = item.partition("=")
        if not name.strip() or not key.strip():
            raise InputError(
                KEYMAP_VARIABLE, f"“{item.strip()}” is not id=keys, as in revision.edit=i"
            )
        keymap[name.strip()] = key.strip()
    return keymap


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return ""
    except UnicodeDecodeError as exc:
        raise InputError(path, "the config file is not UTF-8 text") from exc
    except OSError as exc:
        raise InputError(path, f"cannot read the config file: {exc.strerror or exc}") from exc


def _table(text: str, path: Path) -> dict[str, object]:
    """The `[keys]` table, with dotted keys joined back into binding ids."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        where = re.search(r"\s*\(at line (\d+), column \d+\)", message)
        line = int(where.group(1)) if where else None
        if where:
            message = message.replace(where.group(0), "")
        raise InputError(
            path, f"not valid TOML: {message} (a binding is written {EXAMPLE})", line
        ) from exc
    unknown = sorted(set(data) - {TABLE})
    if unknown:
        raise InputError(
            path,
            f"unknown table or key “{unknown[0]}”: this file holds [{TABLE}] only",
            _line_of(text, unknown[0]),
        )
    table = data.get(TABLE, {})
    if not isinstance(table, dict):
        raise InputError(
            path,
            f"“{TABLE}” must be a table: [{TABLE}], then lines like {EXAMPLE}",
            _line_of(text, TABLE),
        )
    flat: dict[str, object] = {}
    _flatten(table, "", flat)
    return flat


def _flatten(table: Mapping[str, object], prefix: str, into: dict[str, object]) -> None:
    """`revision.edit = "i"` without quotes is a dotted key (a table `revision` holding
    `edit`); it names the same binding as `"revision.edit" = "i"`."""
    for name, value in table.items():
        if isinstance(value, dict):
            _flatten(value, f"{prefix}{name}.", into)
        else:
            into[f"{prefix}{name}"] = value


def _checked(keymap: Mapping[str, object], where: str, line_of: LineOf) -> dict[str, str]:
    checked: dict[str, str] = {}
    for name, value in keymap.items():
        if name not in BINDING_IDS:
            close = get_close_matches(name, BINDING_IDS, n=1)
            hint = f"did you mean “{close[0]}”? " if close else ""
            raise InputError(
                where,
                f"unknown binding id “{name}” ({hint}the help screen, ?, lists every id "
                "next to its key)",
                line_of(name),
            )
        if not isinstance(value, str):
            raise InputError(
                where,
                f'the keys of “{name}” must be a string, as in "{name}" = "ctrl+k"',
                line_of(name),
            )
        parts = [part.strip() for part in value.split(",")]
        bad = next((part for part in parts if not _is_key(part)), None)
        if bad is not None:
            raise InputError(
                where,
                f"“{value}” is not a key for “{name}”: keys are written like i, D, ?, "
                "ctrl+s, f5, several separated by commas",
                line_of(name),
            )
        checked[name] = ",".join(parts)
    return checked


def _clash(keymap: Mapping[str, str]) -> tuple[str, str, str] | None:
    """Two bindings in force together on one key, one of them moved there by the keymap
    (Textual would keep one and silently drop the other): (first id, second id, key)."""
    if not keymap:
        return None
    for groups in _ACTIVE_TOGETHER:
        owners: dict[str, str] = {}
        for group in groups:
            for binding in group.bindings:
                assert binding.id is not None
                bound = _normalize_key_list(keymap.get(binding.id, binding.key))
                for key in bound.split(","):
                    owner = owners.setdefault(key, binding.id)
                    if owner != binding.id and (owner in keymap or binding.id in keymap):
                        return owner, binding.id, key
    return None


def _line_of(text: str, name: str) -> int | None:
    """The line of the config file that sets `name` (quoted or dotted; else, under a
    `[keys.group]` table, its last part), for the message."""
    last = name.rpartition(".")[2]
    exact = re.compile(rf"""^\s*(?:["']{re.escape(name)}["']|{re.escape(name)})\s*=""")
    partial = re.compile(rf"""^\s*["']?{re.escape(last)}["']?\s*=""")
    lines = text.splitlines()
    for pattern in (exact, partial):
        for number, line in enumerate(lines, start=1):
            if pattern.match(line) or line.strip() == f"[{name}]":
                return number
    return None
