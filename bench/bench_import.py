"""Importing a 1 MB plain-text transcript (speaker turns, timestamps, accents, emoji, CRLF), and
the peak memory of a whole import per importer (.txt, .docx, .odt, .csv, .json, .qdpx) as a
multiple of the text it imports, beside issue 14's goal of 3×.

Memory is measured in a fresh process per importer: the tracemalloc peak of the import (what
Python holds; SQLite's and libxml2's own buffers are not in it) and the growth of the resident
size (everything, the allocator's slack included), each divided by the size Python gives the
stored text (one byte a character for Latin-1 text, two or four with other characters).
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from harness import report
from import_sources import MAKERS
from timing import measure

from caqda.core import documents
from caqda.core.project import Project

GOAL_RATIO = 3.0
MEMORY_TEXT_BYTES = 4 * 2**20
_MEMORY_PREFIX = "CAQDA-IMPORT-MEMORY "

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


def _resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def memory_child(kind: str) -> None:
    """In a fresh process: import a ``kind`` source and print the peaks and the text's size."""
    from caqda.core.importers import docx, odt, social, txt  # noqa: F401  (loaded before measuring)
    from caqda.core.refi.project_import import import_qdpx

    suffix, make = MAKERS[kind]
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"source{suffix}"
        make(source, MEMORY_TEXT_BYTES)
        target = Path(folder) / "p.caqda"
        if kind != "qdpx":
            Project.create(target).close()
        resident = _resident_bytes()
        tracemalloc.start()
        started = time.perf_counter()
        if kind == "qdpx":
            import_qdpx(source, target)
        else:
            with Project.open(target) as project:
                documents.import_file(project, source)
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - resident
        with Project.open(target) as project:
            held = sys.getsizeof(project.scalar("SELECT text FROM documents"))
    result = {"peak": peak, "grown": grown, "held": held, "seconds": seconds}
    print(_MEMORY_PREFIX + json.dumps(result), flush=True)


def memory_per_importer() -> None:
    for kind, (suffix, _) in MAKERS.items():
        if os.environ.get("CAQDA_BENCH_ONLY") and kind not in os.environ["CAQDA_BENCH_ONLY"].split(","):
            continue
        completed = subprocess.run(
            [sys.executable, __file__, "--memory", kind], capture_output=True, text=True, check=False
        )
        lines = [line for line in completed.stdout.splitlines() if line.startswith(_MEMORY_PREFIX)]
        if completed.returncode != 0 or not lines:
            raise RuntimeError(f"memory of a {suffix} import failed: {completed.stderr[-2000:]}")
        result = json.loads(lines[-1][len(_MEMORY_PREFIX) :])
        held, peak, grown = result["held"], result["peak"], result["grown"]
        ratio = peak / held
        print(
            f"import {suffix} ({held / 2**20:.1f} MB text as Python holds it): tracemalloc peak "
            f"{ratio:.2f}× the text, resident size grew {grown / held:.2f}× the text; goal ≤ "
            f"{GOAL_RATIO:.0f}× (tracemalloc): {'within goal' if ratio <= GOAL_RATIO else 'OVER GOAL'}",
            flush=True,
        )
        report(
            f"import {suffix}, peak Python memory (tracemalloc; timed under it), {held / 2**20:.1f} MB text",
            [result["seconds"]],
            [peak / 2**20],
            goal_seconds=None,
            goal_mb=GOAL_RATIO * held / 2**20,
            fresh=True,
        )


def main() -> None:
    memory_per_importer()
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
    if "--memory" in sys.argv:
        memory_child(sys.argv[sys.argv.index("--memory") + 1])
    else:
        main()
