"""Word export of 10,000 coded segments: caqda's bulk writer against python-docx's own API.

The project is the demo plus bulk-inserted codings (as in ``bench_info.py``). The naive
version adds one python-docx paragraph per quote and per metadata line through
``Document.add_paragraph``, which is what a first implementation would do.

The XLSX table and the commented transcript are timed in a fresh process each run
(``harness.run_case``), from the export call (its modules' imports included) to the file on
disk: what a user waits for on their first export of a session.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_info import make_project
from harness import REPEAT, child_main, run_case, run_command
from timing import measure

from caqda.core.exports.segments import SegmentQuery, collect_segments
from caqda.core.project import Project

TOTAL = 10_000


def naive_export(project: Project, path: Path, limit: int | None = None) -> int:
    """One ``add_paragraph`` per quote and per metadata line, headings per code; returns segments."""
    import docx  # here, so that the fresh-process cases import it inside their timing

    segments = collect_segments(project, SegmentQuery())[:limit]
    document = docx.Document()
    current = None
    for segment in sorted(segments, key=lambda s: (s.code_id, s.document_id, s.start)):
        if segment.code != current:
            document.add_heading(segment.code, level=2)
            current = segment.code
        document.add_paragraph(segment.text, style="Quote")
        lines = f"lines {segment.line_start}–{segment.line_end}"
        document.add_paragraph(f"{segment.document} · {segment.speaker} · {lines} · {segment.coder}")
        if segment.memo:
            document.add_paragraph(f"Memo: {segment.memo}")
    document.save(str(path))
    return len(segments)


def _busiest(project: Project) -> tuple[int, int]:
    """The document with the most codings, and how many."""
    busiest, codings = project.rows(
        "SELECT document_id, COUNT(*) FROM codings GROUP BY document_id ORDER BY 2 DESC LIMIT 1"
    )[0]
    return int(busiest), int(codings)


def _xlsx_case(path: str) -> float:
    with Project.open(Path(path)) as project:
        started = time.perf_counter()
        from caqda.core.exports import export_segments_table as export

        export(project, Path(path).with_name("fresh.xlsx"))
        return time.perf_counter() - started


def _transcript_case(path: str) -> float:
    with Project.open(Path(path)) as project:
        busiest, _ = _busiest(project)
        started = time.perf_counter()
        from caqda.core.exports import export_transcript_docx as export

        export(project, Path(path).with_name("fresh.docx"), busiest)
        return time.perf_counter() - started


CASES = {"xlsx": _xlsx_case, "transcript": _transcript_case}


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.caqda"
        make_project(path, TOTAL)
        with Project.open(path) as project:
            busiest, comments = _busiest(project)
            document_name = project.scalar("SELECT name FROM documents WHERE id = ?", (busiest,))
        run_case(
            f"export_segments_table, {TOTAL:,} rows as .xlsx",
            __file__,
            "xlsx",
            goal_seconds=3.0,
            arguments=[str(path)],
        )
        run_case(
            f"export_transcript_docx, one transcript with {comments:,} comments",
            __file__,
            "transcript",
            goal_seconds=1.0,
            arguments=[str(path)],
        )
        # The same exports as whole commands: Python start-up and every import included.
        caqda = [sys.executable, "-m", "caqda", "export"]
        run_command(
            f"caqda export table, {TOTAL:,} rows as .xlsx (whole command)",
            [*caqda, "table", str(path), "-o", str(Path(folder) / "cli.xlsx")],
            goal_seconds=3.0,
        )
        run_command(
            f"caqda export docx --report transcript, {comments:,} comments (whole command)",
            [*caqda, "docx", str(path), "--report", "transcript", "--document", str(document_name),
             "-o", str(Path(folder) / "cli.docx")],
            goal_seconds=1.0,
        )  # fmt: skip
        from caqda.core.exports import export_segments_docx

        with Project.open(path) as project:
            out = Path(folder) / "segments.docx"
            bulk = measure(
                f"export_segments_docx, {TOTAL:,} segments grouped by code",
                lambda: export_segments_docx(project, out),
                goal_seconds=3.0,
                repeat=REPEAT,
            )
            size = out.stat().st_size / 1_000_000
            print(f"  ({size:.1f} MB .docx)")
            measure(
                f"export_segments_docx, {TOTAL:,} segments grouped by document",
                lambda: export_segments_docx(project, out, group_by="document"),
                goal_seconds=3.0,
                repeat=REPEAT,
            )

            started = time.perf_counter()
            count = naive_export(project, Path(folder) / "naive.docx")
            naive = time.perf_counter() - started
            print(
                f"naive python-docx add_paragraph per segment, all {count:,} segments (one run): "
                f"{naive * 1000:.0f} ms"
            )
            print(f"bulk XML writer is {naive / bulk:.0f}× faster than the naive loop")


if __name__ == "__main__" and not child_main(CASES):
    main()
