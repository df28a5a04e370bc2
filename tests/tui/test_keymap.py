"""The reviewer's keys: the [keys] table of the per-user config file, REVIEW_KEYMAP over it,
and one clear error naming the file and the line for a bad file."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from textual.binding import Binding

from review.core.places import user_config_file
from review.formats.errors import InputError
from review.tui import keys
from review.tui.keymap import KEYMAP_VARIABLE, load_keymap
from review.tui.screens import (
    annotate,
    confirm,
    dismissals,
    error,
    export,
    glossary_add,
    help,
    prompt,
    variants,
)
from tests.tui.conftest import SIZE, AppFactory, settle
from tests.tui.test_layout import painted


def config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def error_of(path: Path, environ: dict[str, str] | None = None) -> InputError:
    with pytest.raises(InputError) as caught:
        load_keymap(path, environ or {})
    assert "\n" not in str(caught.value), "one line"
    return caught.value


def test_a_good_file_quoted_or_dotted_with_the_variable_over_it(tmp_path: Path) -> None:
    path = config(
        tmp_path,
        '# my keys\n[keys]\n"revision.edit" = "i"\nstatus.approve = "ctrl+a, A"\n'
        '"app.help" = "?"\n',
    )
    assert load_keymap(path, {}) == {
        "revision.edit": "i",
        "status.approve": "ctrl+a,A",
        "app.help": "?",
    }
    over = load_keymap(path, {KEYMAP_VARIABLE: "revision.edit=E; status.reject=v"})
    assert over["revision.edit"] == "E" and over["status.reject"] == "v"
    assert over["status.approve"] == "ctrl+a,A"


def test_no_file_is_no_keymap(tmp_path: Path) -> None:
    assert load_keymap(tmp_path / "missing.toml", {}) == {}
    assert load_keymap(config(tmp_path, "# nothing yet\n"), {}) == {}


def test_the_file_is_the_users_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEW_CONFIG_DIR", str(tmp_path))
    monkeypatch.setenv(KEYMAP_VARIABLE, "status.reject=v")
    config(tmp_path, '[keys]\n"revision.edit" = "i"\n')
    assert user_config_file() == tmp_path / "config.toml"
    assert load_keymap() == {"revision.edit": "i", "status.reject": "v"}


def test_bad_toml_names_the_file_and_line(tmp_path: Path) -> None:
    path = config(tmp_path, '[keys]\n"revision.edit" = "i"\n"status.approve" = ctrl+a\n')
    found = error_of(path)
    assert (found.path, found.line) == (str(path), 3)
    assert str(found).startswith(f"{path}:3: not valid TOML: ")


def test_an_unknown_binding_id_names_the_line_and_a_close_one(tmp_path: Path) -> None:
    path = config(tmp_path, '[keys]\n"revision.edit" = "i"\n\n"revison.undo" = "z"\n')
    found = error_of(path)
    assert found.line == 4
    assert "unknown binding id “revison.undo”" in str(found)
    assert "did you mean “revision.undo”?" in str(found)
    dotted = error_of(config(tmp_path, "[keys]\nfoo.bar = 'x'\n"))
    assert dotted.line == 2 and "“foo.bar”" in str(dotted)


def test_a_value_that_is_not_keys(tmp_path: Path) -> None:
    found = error_of(config(tmp_path, '[keys]\n"revision.edit" = 5\n'))
    assert found.line == 2 and "must be a string" in str(found)
    found = error_of(config(tmp_path, '[keys]\n"revision.edit" = "Ctrl+E"\n'))
    assert found.line == 2 and "“Ctrl+E” is not a key" in str(found)
    for unknown in ("esc", "enterr", "ctrl+"):  # names Textual never reports: bound to nothing
        found = error_of(config(tmp_path, f'[keys]\n\n"revision.edit" = "i,{unknown}"\n'))
        assert found.line == 3 and f"“i,{unknown}” is not a key" in str(found)
    found = error_of(config(tmp_path, '# mine\n[kyes]\n"revision.edit" = "i"\n'))
    assert found.line == 2 and "unknown table or key “kyes”" in str(found)
    with pytest.raises(InputError, match="“revision.edit” is not id=keys"):
        load_keymap(tmp_path / "none.toml", {KEYMAP_VARIABLE: "revision.edit"})
    found = error_of(config(tmp_path, 'keys = "i"\n'))
    assert found.line == 1 and "must be a table" in str(found)


def test_two_bindings_on_one_key(tmp_path: Path) -> None:
    found = error_of(config(tmp_path, '[keys]\n"revision.edit" = "a"\n'))
    assert found.line == 2
    assert "key “a” is bound to both “revision.edit” and “status.approve”" in str(found)
    swapped = config(tmp_path, '[keys]\n"status.approve" = "x"\n"status.reject" = "a"\n')
    assert load_keymap(swapped, {}) == {"status.approve": "x", "status.reject": "a"}
    from_variable = error_of(tmp_path / "none.toml", {KEYMAP_VARIABLE: "segment.next=n"})
    assert from_variable.path == KEYMAP_VARIABLE


def test_every_bound_id_is_documented() -> None:
    """Each binding of every screen is in keys.ALL_GROUPS, so the help lists it and a
    keymap may name it."""
    modules = (annotate, confirm, dismissals, error, export, glossary_add, help, prompt, variants)
    for module in modules:
        for _, screen in inspect.getmembers(module, inspect.isclass):
            if screen.__module__ != module.__name__:
                continue
            for binding in vars(screen).get("BINDINGS", []):
                if isinstance(binding, Binding):
                    assert binding.id in keys.BINDING_IDS, (screen, binding)


async def test_a_remapped_key_works_and_the_help_shows_it(
    make_app: AppFactory, tmp_path: Path
) -> None:
    path = config(tmp_path, '[keys]\n"revision.edit" = "i"\n"status.approve" = "v"\n')
    app = make_app(keymap=load_keymap(path, {}))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("v")
        assert app.session.progress().approved == 1
        await pilot.press("i")
        assert app.main.editing is not None
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        shown = painted(app.screen.query_one("VerticalScroll Static"))
        assert "vApprovestatus.approve" in shown
        assert "iEditrevision.edit" in shown
