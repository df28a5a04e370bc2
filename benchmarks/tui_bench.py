"""Benchmark of the review TUI on a large document (headless; not a test).

    python benchmarks/tui_bench.py                      # 100,000 segments
    python benchmarks/tui_bench.py --segments 20000 --moves 300
    python benchmarks/tui_bench.py --datatable 100000   # Textual's DataTable, for comparison
    python benchmarks/tui_bench.py --text DOC.txt --glossary RULES   # as `review DOC.txt` opens it

It measures, on the app's own event loop with Textual's headless driver:

* first paint: from building the review session (the document already in memory, as the CLI
  hands it over) to the first frame the compositor produces with the segment list drawn;
* cursor move: from a cursor-down action to the frame that shows it (list rows, detail,
  findings), while the scores are still being computed in the background;
* edit to updated score: from committing a revision (through ReviewState, as the editor does)
  to the frame that shows the segment's new chrF, and to the corpus figures including it.

With --text, the document is a plain text opened as `review DOC --glossary RULES` opens it
(every default check on, `open_review`), and the cursor moves are timed while the background
checks run; the time those take to finish (every segment's findings known) is reported.

The document is the shipped example repeated with fresh ids; the review state is a fresh
SQLite file in a temporary folder.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from review.core.model import Document  # noqa: E402
from review.core.session import ReviewSession  # noqa: E402
from review.core.state import ReviewState  # noqa: E402
from review.formats.documents import read_document  # noqa: E402
from review.formats.glossaries import read_glossary  # noqa: E402
from review.tui.app import ReviewApp  # noqa: E402
from review.tui.screens.main import MainScreen  # noqa: E402
from review.tui.widgets.segment_list import SegmentList  # noqa: E402

SEED = ROOT / "pairs" / "openai-hires.jsonl"
GLOSSARY = ROOT / "glossary" / "names.tsv"
SIZE = (120, 36)


def big_document(count: int) -> Document:
    seed = read_document(SEED).segments
    width = len(str(count))
    segments = [replace(seed[i % len(seed)], id=f"s{i + 1:0{width}d}") for i in range(count)]
    return Document(segments)


class Frames:
    """Timestamps of the frames the app hands to its driver."""

    def __init__(self, app: ReviewApp) -> None:
        self.times: list[float] = []
        display = app._display

        def spy(screen: Any, renderable: Any) -> None:
            if renderable is not None:
                self.times.append(time.perf_counter())
            display(screen, renderable)

        app._display = spy  # type: ignore[method-assign]

    async def after(self, start: float, timeout: float = 10.0) -> float:
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            later = [t for t in self.times if t > start]
            if later:
                return later[0]
            await asyncio.sleep(0)
        raise TimeoutError("no frame")


async def until(condition: Callable[[], bool], timeout: float = 600.0) -> float:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError
        await asyncio.sleep(0.0005)
    return time.perf_counter()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def summary(label: str, values: list[float]) -> None:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
    print(
        f"{label}: median {ms(statistics.median(values))}, p95 {ms(p95)}, "
        f"max {ms(values[-1])} (n={len(values)})"
    )


async def run(
    count: int, moves: int, wait_full_scores: bool, text: Path | None, rules: Path
) -> None:
    if text is None:
        document = big_document(count)
        glossary = read_glossary(GLOSSARY)
        options = None
    else:
        from review.core.workspace import Request, open_review

        opened = open_review(Request(text, glossary=rules))
        document, glossary, options = opened.document, opened.glossary, opened.options
        count = len(document)
    first_line: list[float] = []
    render_line = SegmentList.render_line

    def timed_render_line(self: SegmentList, y: int) -> Any:
        if not first_line and y > 0 and self.rows:
            first_line.append(time.perf_counter())
        return render_line(self, y)

    SegmentList.render_line = timed_render_line  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.jsonl"
        with ReviewState.open(path) as state:
            start = time.perf_counter()
            session = ReviewSession(document, glossary, state, rules, options)
            gc.freeze()  # as review.tui.app.run does
            app = ReviewApp(session, path)
            frames = Frames(app)
            async with app.run_test(size=SIZE) as pilot:
                await until(lambda: bool(first_line))
                painted = await frames.after(first_line[0])
                print(f"segments: {count:,}")
                print(
                    f"first paint (session built → first frame with the list): "
                    f"{ms(painted - start)}"
                )
                screen = app.screen
                assert isinstance(screen, MainScreen)
                segment_list = screen.segments

                move_times: list[float] = []
                for _ in range(moves):
                    t0 = time.perf_counter()
                    segment_list.action_cursor_down()
                    move_times.append(await frames.after(t0) - t0)
                summary("cursor move → frame (scores filling in the background)", move_times)
                if text is not None:
                    checked = await until(
                        lambda: session.finding_totals().known == count, timeout=3600
                    )
                    print(
                        f"background checks of every segment: {checked - start:.1f} s since start"
                    )

                page_times: list[float] = []
                for _ in range(20):
                    t0 = time.perf_counter()
                    segment_list.action_page_down()
                    page_times.append(await frames.after(t0) - t0)
                t0 = time.perf_counter()
                segment_list.action_last()
                page_times.append(await frames.after(t0) - t0)
                summary("page down / end → frame", page_times)

                await edit_to_score(screen, frames, "while the background fill runs")
                if wait_full_scores:
                    t0 = time.perf_counter()
                    await until(lambda: session.scores.corpus().complete, timeout=3600)
                    await pilot.pause()
                    print(
                        f"background scoring of all {count:,} segments: "
                        f"{time.perf_counter() - t0 + (t0 - start):.1f} s since start"
                    )
                    await edit_to_score(screen, frames, "with every segment scored")
                await pilot.press("q")


async def edit_to_score(screen: MainScreen, frames: Frames, when: str) -> None:
    session = screen.session
    segment_list = screen.segments
    index = segment_list.current
    assert index is not None
    segment = session.segments[index]
    target = (segment.reference or segment.mt) + ("。" if segment.revision else "")
    before = session.scores.corpus().revision
    t0 = time.perf_counter()
    session.revise(index, target)
    screen.after_change([index])
    committed = time.perf_counter()

    def shown() -> bool:
        figures = session.scores.figures(index)
        header = str(screen.detail.query_one("#detail-header").render())
        return figures is not None and figures.revision is not None and "→" in header

    scored = await until(shown)
    frame = await frames.after(scored)
    print(
        f"edit {when}: commit to SQLite {ms(committed - t0)}; "
        f"edit → frame with the segment's new chrF {ms(frame - t0)}"
    )
    if session.scores.corpus().complete:
        corpus = await until(lambda: session.scores.corpus().revision != before)
        print(f"  edit → corpus chrF/BLEU/TER updated {ms(corpus - t0)}")


async def datatable(count: int) -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import DataTable

    document = big_document(count)

    class Table(App[None]):
        def compose(self) -> ComposeResult:
            yield DataTable()

        def on_mount(self) -> None:
            table = self.query_one(DataTable)
            table.add_columns("id", "status", "!", "MT")
            table.add_rows((s.id, s.status.value, "", s.mt[:40]) for s in document.segments)

    app = Table()
    start = time.perf_counter()
    times: list[float] = []
    display = app._display

    def spy(screen: Any, renderable: Any) -> None:
        if renderable is not None:
            times.append(time.perf_counter())
        display(screen, renderable)

    app._display = spy  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        while not times:
            await asyncio.sleep(0.001)
        print(f"DataTable, {count:,} rows: first frame after {ms(times[0] - start)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--moves", type=int, default=200)
    parser.add_argument(
        "--full-scores",
        action="store_true",
        help="also wait for every segment to be scored, then time an edit again",
    )
    parser.add_argument("--datatable", type=int, metavar="ROWS", help="time DataTable instead")
    parser.add_argument("--text", type=Path, help="a plain text, opened as `review DOC` opens it")
    parser.add_argument("--glossary", type=Path, default=GLOSSARY)
    args = parser.parse_args()
    if args.datatable:
        asyncio.run(datatable(args.datatable))
    else:
        asyncio.run(run(args.segments, args.moves, args.full_scores, args.text, args.glossary))


if __name__ == "__main__":
    main()
