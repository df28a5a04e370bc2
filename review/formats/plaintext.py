"""Plain text: one MT segment per line, ids are line numbers; optional aligned source and
reference files. Written back as the corrected text, one target per line."""

from __future__ import annotations

from pathlib import Path

from review.core.model import Segment
from review.formats.errors import InputError
from review.formats.textio import text_lines


def parse(
    text: str,
    path: Path,
    *,
    source: tuple[Path, str] | None = None,
    reference: tuple[Path, str] | None = None,
) -> list[tuple[int, Segment]]:
    mt_lines = text_lines(text)
    sides: dict[str, list[str] | None] = {"source": None, "reference": None}
    for name, side in (("source", source), ("reference", reference)):
        if side is None:
            continue
        side_path, side_text = side
        lines = text_lines(side_text)
        if len(lines) != len(mt_lines):
            raise InputError(
                side_path,
                f"has {len(lines)} lines but {path} has {len(mt_lines)}; "
                f"the {name} must align line by line",
            )
        sides[name] = lines
    src, ref = sides["source"], sides["reference"]
    return [
        (
            number,
            Segment(
                id=str(number),
                mt=line,
                source=None if src is None else src[number - 1],
                reference=None if ref is None else ref[number - 1],
            ),
        )
        for number, line in enumerate(mt_lines, start=1)
    ]


def render(segments: list[Segment]) -> str:
    return "".join(s.target.replace("\n", " ") + "\n" for s in segments)
