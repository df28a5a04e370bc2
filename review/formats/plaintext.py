"""Plain text: one MT segment per line, ids are line numbers; optional aligned source and
reference files. Written back as the corrected text, one target per line."""

from __future__ import annotations

from pathlib import Path

from review.core.model import Segment
from review.formats.errors import InputError
from review.formats.spliced import Edit, EncodedText
from review.formats.textio import line_starts, text_lines


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


def edits(file: EncodedText, segments: list[Segment]) -> list[Edit] | None:
    """The targets written over the text they were read from, a line each: a changed line
    is replaced, and every other byte kept; None when the segments are not its lines."""
    text = file.text
    starts = line_starts(text)
    if [s.id for s in segments] != [str(n) for n in range(1, len(text_lines(text)) + 1)]:
        return None
    result: list[Edit] = []
    for number, segment in enumerate(segments, start=1):
        start, end = starts[number - 1], starts[number] - 1
        line = text[start:end].removesuffix("\r")
        target = segment.target.replace("\n", " ")
        if target != line:
            result.append(Edit(start, start + len(line), target))
    return result
