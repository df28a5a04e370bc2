"""How the cost of Android string resources grows with their size: a default
`values/strings.xml` and its Japanese `values-ja/strings.xml`, generated here at three
sizes (strings with markup and a placeholder, plurals and arrays among them, and one in ten
strings missing from the Japanese file), each read and then written back with one string
edited and one missing string added, as `review fix --in-place` does. The ratio of time to
size should stay flat.

    python benchmarks/android_bench.py
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import replace
from pathlib import Path

from review.formats.documents import read_document, render_document

HEAD = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">\n'
)


def resources(count: int, japanese: bool) -> str:
    lines = [HEAD]
    for i in range(count):
        if japanese and i % 10 == 9:
            continue
        if i % 50 == 0:
            item = "%d 件のメッセージ" if japanese else "%d messages"
            lines.append(
                f'    <plurals name="messages_{i}">\n'
                f'        <item quantity="other">{item}</item>\n    </plurals>\n'
            )
        elif i % 50 == 1:
            items = ("小", "大") if japanese else ("Small", "Large")
            lines.append(
                f'    <string-array name="sizes_{i}">\n'
                + "".join(f"        <item>{t}</item>\n" for t in items)
                + "    </string-array>\n"
            )
        else:
            text = (
                f"<b><xliff:g id=\"name\">%1$s</xliff:g></b>さんの {i} 番目の\\'メッセージ\\'"
                if japanese
                else f'<b><xliff:g id="name">%1$s</xliff:g></b>\\\'s message number {i}'
            )
            lines.append(f'    <string name="message_{i}">{text}</string>\n')
    lines.append("</resources>\n")
    return "".join(lines)


def main() -> None:
    print("| strings | MB (both files) | read s | write back s | MB/s (read and write) |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as scratch:
        for count in (5_000, 20_000, 80_000):
            res = Path(scratch) / str(count) / "res"
            (res / "values").mkdir(parents=True)
            (res / "values-ja").mkdir()
            (res / "values" / "strings.xml").write_text(resources(count, False), encoding="utf-8")
            path = res / "values-ja" / "strings.xml"
            path.write_text(resources(count, True), encoding="utf-8")
            size = (path.stat().st_size + (res / "values" / "strings.xml").stat().st_size) / 1e6
            start = time.perf_counter()
            document = read_document(path)
            read = time.perf_counter() - start
            wanted = {document.segments[2].id: "直した", "message_9": "足した"}
            segments = [s.revised(wanted.get(s.id, s.target)) for s in document.segments]
            start = time.perf_counter()
            written = render_document(replace(document, segments=segments), "android")
            write = time.perf_counter() - start
            assert "直した" in written.decode() and "足した" in written.decode()
            rate = size / (read + write)
            print(f"| {count:,} | {size:.1f} | {read:.2f} | {write:.2f} | {rate:.1f} |")


if __name__ == "__main__":
    main()
