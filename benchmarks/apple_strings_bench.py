"""How the cost of Apple strings files grows with their size: an `en.lproj` and a
`ja.lproj` Localizable.strings, generated here at three sizes (a comment before each entry,
as Xcode writes them, escapes and a placeholder in the values, one in ten keys missing from
the Japanese file, which is UTF-16 with a byte order mark), each read and then written back
with one value edited and one missing key added, as `review fix --in-place` does. The ratio
of time to size should stay flat.

    python benchmarks/apple_strings_bench.py
"""

from __future__ import annotations

import codecs
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from review.formats.documents import read_document, render_document


def strings(count: int, japanese: bool) -> str:
    lines = []
    for i in range(count):
        if japanese and i % 10 == 9:
            continue
        text = (
            f'%@さんの {i} 番目の\\"メッセージ\\"\\n' if japanese else f'%@\'s \\"message\\" {i}\\n'
        )
        lines.append(f'/* Message {i} in the inbox */\n"inbox.message_{i}" = "{text}";\n\n')
    return "".join(lines)


def main() -> None:
    print("| strings | MB (both files) | read s | write back s | MB/s (read and write) |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as scratch:
        for count in (5_000, 20_000, 80_000):
            root = Path(scratch) / str(count)
            (root / "en.lproj").mkdir(parents=True)
            (root / "ja.lproj").mkdir()
            english = root / "en.lproj" / "Localizable.strings"
            english.write_text(strings(count, False), encoding="utf-8")
            path = root / "ja.lproj" / "Localizable.strings"
            path.write_bytes(codecs.BOM_UTF16_LE + strings(count, True).encode("utf-16-le"))
            size = (path.stat().st_size + english.stat().st_size) / 1e6
            start = time.perf_counter()
            document = read_document(path)
            read = time.perf_counter() - start
            wanted = {document.segments[2].id: "直した", "inbox.message_9": "足した"}
            segments = [s.revised(wanted.get(s.id, s.target)) for s in document.segments]
            start = time.perf_counter()
            written = render_document(replace(document, segments=segments), "strings")
            write = time.perf_counter() - start
            text = written.decode("utf-16")
            assert "直した" in text and "足した" in text
            rate = size / (read + write)
            print(f"| {count:,} | {size:.1f} | {read:.2f} | {write:.2f} | {rate:.1f} |")


if __name__ == "__main__":
    main()
