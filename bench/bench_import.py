"""Importing a 1 MB plain-text transcript (speaker turns, timestamps, accents, emoji, CRLF)."""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from timing import measure

from caqda.core import documents
from caqda.core.project import Project

WORDS = [
    "the",
    "ouvidoria",
    "called",
    "patients",
    "São",
    "Paulo",
    "família",
    "Conceição",
    "review",
    "comment",
    "reply",
    "nurse",
    "shift",
    "waiting",
    "room",
    "exam",
    "result",
    "we",
    "answered",
    "publicly",
    "privately",
    "😀",
    "trust",
    "gratidão",
    "pronto-socorro",
]


def transcript(size: int, seed: int = 1) -> str:
    generator = random.Random(seed)
    lines, length, minute = [], 0, 0
    while length < size:
        speaker = "Interviewer" if len(lines) % 2 == 0 else "E05"
        stamp = f"[{minute // 60:02d}:{minute % 60:02d}:00] " if len(lines) % 4 == 0 else ""
        minute += 1
        line = f"{stamp}{speaker}: " + " ".join(generator.choices(WORDS, k=generator.randint(8, 120))) + "."
        lines.append(line)
        length += len(line.encode("utf-8")) + 2
    return "\r\n".join(lines)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "long interview.txt"
        source.write_text(transcript(1_000_000), encoding="utf-8")
        size = source.stat().st_size
        counter = iter(range(1000))

        def import_once() -> None:
            with Project.create(Path(folder) / f"p{next(counter)}.caqda") as project:
                documents.import_file(project, source)

        measure(f"import a {size / 1e6:.2f} MB .txt transcript", import_once, goal_seconds=1.0)


if __name__ == "__main__":
    main()
