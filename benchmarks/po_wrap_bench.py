"""How often an edited Japanese msgstr would be written with the wrapping its file already has:
for every message with wide characters in the real PO files under tests/data, the file's own
msgstr lines against polib's wrapping (by characters, at 78) and gettext's (by columns, at 79,
`review.formats.po_wrap`), and against the one `review` picks for the file (`gettext_style`).

    python benchmarks/po_wrap_bench.py
"""

from __future__ import annotations

from pathlib import Path

import polib

from review.formats.po import _gettext_lines, _msgstr_lines, _with_wide
from review.formats.po_wrap import gettext_style

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def _file_lines(lines: list[str], entry: polib.POEntry) -> list[str]:
    start = entry.linenum - 1
    while not lines[start].startswith("msgstr"):
        start += 1
    end = start + 1
    while end < len(lines) and lines[end].startswith(("msgstr[", '"')):
        end += 1
    return _msgstr_lines(lines[start:end])


def measure(path: Path) -> tuple[int, int, int, int]:
    """Messages with wide text, and how many each wrapping writes as the file does."""
    text = path.read_text(encoding="utf-8", errors="replace")
    lines = text.splitlines()
    po = polib.pofile(text, wrapwidth=78)
    samples = [
        (
            _file_lines(lines, e),
            _msgstr_lines(e.__unicode__(wrapwidth=78).splitlines()),
            _gettext_lines(e),
        )
        for e in _with_wide(po)
    ]
    polib_same = sum(written == by_polib for written, by_polib, _ in samples)
    gettext_same = sum(written == by_gettext for written, _, by_gettext in samples)
    chosen = gettext_same if gettext_style(samples[:200]) else polib_same
    return len(samples), polib_same, gettext_same, chosen


def main() -> None:
    totals = [0, 0, 0, 0]
    files = sorted(p for p in DATA.rglob("*.po") if "judged" not in str(p))
    for path in files:
        try:
            counts = measure(path)
        except (OSError, ValueError, IndexError):
            continue
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
    messages, by_polib, by_gettext, chosen = totals
    print(f"{len(files)} files, {messages:,} messages with wide text")
    print("written as the file has them:")
    print(f"  polib's wrapping        {by_polib:,} ({by_polib / messages:.1%})")
    print(f"  gettext's               {by_gettext:,} ({by_gettext / messages:.1%})")
    print(f"  the one review picks    {chosen:,} ({chosen / messages:.1%})")


if __name__ == "__main__":
    main()
