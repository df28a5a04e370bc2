"""How the cost of an Xcode string catalog grows with its size: catalogs of 20 languages
(as large apps ship them), generated here at three sizes, each read and then written back
with one string edited, as `review fix --in-place` does. The ratio of time to size should
stay flat.

    python benchmarks/xcstrings_bench.py
"""

from __future__ import annotations

import json
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from review.formats.documents import read_document, render_document

LANGUAGES = ("en", "ja", "de", "fr", "es", "it", "ko", "zh-Hans", "pt-BR", "ru")
LANGUAGES += ("nl", "sv", "pl", "tr", "cs", "da", "fi", "nb", "uk", "vi")


def catalog(keys: int) -> str:
    strings = {
        f"Message number {i}": {
            "comment": f"Shown in screen {i % 40}",
            "localizations": {
                lang: {"stringUnit": {"state": "translated", "value": f"{lang} {i} テキスト"}}
                for lang in LANGUAGES
            },
        }
        for i in range(keys)
    }
    catalog = {"sourceLanguage": "en", "strings": strings, "version": "1.0"}
    return json.dumps(catalog, indent=2, separators=(",", " : "), ensure_ascii=False)


def main() -> None:
    print("| keys | MB | read s | write back s | MB/s (read and write) |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as scratch:
        for keys in (2_000, 8_000, 32_000):
            path = Path(scratch) / f"Localizable{keys}.xcstrings"
            path.write_text(catalog(keys), encoding="utf-8")
            size = path.stat().st_size / 1e6
            start = time.perf_counter()
            document = read_document(path)
            read = time.perf_counter() - start
            first = document.segments[0]
            edited = replace(document, segments=[first.revised("直した"), *document.segments[1:]])
            start = time.perf_counter()
            written = render_document(edited, "xcstrings")
            write = time.perf_counter() - start
            assert len(written) == path.stat().st_size + len("直した".encode()) - len(
                first.target.encode()
            )
            rate = size / (read + write)
            print(f"| {keys:,} | {size:.1f} | {read:.2f} | {write:.2f} | {rate:.1f} |")


if __name__ == "__main__":
    main()
