"""Where the tool finds what it ships, and where it writes what belongs beside a document.

The shipped example is the repository's `pairs/openai-hires.jsonl` in a clone, and
`review/example/pairs/openai-hires.jsonl` inside an installed package (pyproject.toml maps
one onto the other). Nothing is ever written inside the installed package: the review state,
the lock and the exports of a document that lies there go to the per-user data folder.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

EXAMPLE_NAME = "openai-hires.jsonl"
APP_NAME = "review"
DATA_VARIABLE = "REVIEW_DATA_DIR"
CONFIG_VARIABLE = "REVIEW_CONFIG_DIR"


def package_root() -> Path:
    return Path(str(files("review")))


def example() -> Path:
    """The shipped example document: the installed package's copy when there is one (a
    wheel), else the clone's `pairs/` beside the package (an editable install)."""
    packaged = package_root() / "example" / "pairs" / EXAMPLE_NAME
    if packaged.is_file():
        return packaged
    return package_root().parent / "pairs" / EXAMPLE_NAME


def shipped_glossary() -> Path:
    """The example's glossary (`glossary/names.tsv`), which the tool never modifies."""
    return example().parent.parent / "glossary" / "names.tsv"


def is_packaged(path: Path) -> bool:
    """Whether `path` lies inside the installed package (where nothing may be written)."""
    return path.resolve().is_relative_to(package_root().resolve())


def data_dir() -> Path:
    """The per-user data folder (`REVIEW_DATA_DIR`, else the platform's: ~/.local/share/review,
    ~/Library/Application Support/review, %LOCALAPPDATA%\\review)."""
    return _user_folder(DATA_VARIABLE, "user_data_path")


def config_dir() -> Path:
    """The per-user config folder (`REVIEW_CONFIG_DIR`, else the platform's: ~/.config/review,
    ~/Library/Application Support/review, %LOCALAPPDATA%\\review)."""
    return _user_folder(CONFIG_VARIABLE, "user_config_path")


def _user_folder(variable: str, finder: str) -> Path:
    given = os.environ.get(variable)
    if given:
        return Path(given)
    import platformdirs

    found: Path = getattr(platformdirs, finder)(APP_NAME, appauthor=False)
    return found


def user_config_file() -> Path:
    """The reviewer's own settings (key bindings): habits of a person, not of a project."""
    return config_dir() / "config.toml"


def side_folder(document: Path) -> Path:
    """Where the files that go beside `document` are written: its own folder, or for a
    document inside the installed package (the example), the per-user data folder."""
    if is_packaged(document):
        return data_dir() / "example"
    return document.parent


def beside(document: Path, suffix: str) -> Path:
    """`document`'s name + `suffix`, in its side folder (`DOC.review.sqlite`)."""
    return side_folder(document) / (document.name + suffix)


def beside_stem(document: Path, suffix: str) -> Path:
    """`document`'s stem + `suffix`, in its side folder (`DOC-stem.reviewed.txt`)."""
    return side_folder(document) / (document.stem + suffix)
