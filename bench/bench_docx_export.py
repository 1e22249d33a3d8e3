"""Word export of 10,000 coded segments: caqda's bulk writer against python-docx's own API.

The project is the demo plus bulk-inserted codings (as in ``bench_info.py``). The naive
version adds one python-docx paragraph per quote and per metadata line through
``Document.add_paragraph``, which is what a first implementation would do.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import docx
from bench_info import make_project
from timing import measure

from caqda.core.exports import export_segments_docx, export_segments_table, export_transcript_docx
from caqda.core.exports.segments import SegmentQuery, collect_segments
from caqda.core.project import Project

TOTAL = 10_000


def naive_export(project: Project, path: Path, limit: int | None = None) -> int:
    """One ``add_paragraph`` per quote and per metadata line, headings per code; returns segments."""
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


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.caqda"
        make_project(path, TOTAL)
        with Project.open(path) as project:
            out = Path(folder) / "segments.docx"
            bulk = measure(
                f"export_segments_docx, {TOTAL:,} segments grouped by code",
                lambda: export_segments_docx(project, out),
                goal_seconds=3.0,
                repeat=3,
            )
            size = out.stat().st_size / 1_000_000
            print(f"  ({size:.1f} MB .docx)")
            measure(
                f"export_segments_docx, {TOTAL:,} segments grouped by document",
                lambda: export_segments_docx(project, out, group_by="document"),
                goal_seconds=3.0,
                repeat=3,
            )
            measure(
                f"export_segments_table, {TOTAL:,} rows as .xlsx",
                lambda: export_segments_table(project, Path(folder) / "segments.xlsx"),
                goal_seconds=3.0,
                repeat=3,
            )
            busiest, codings = project.rows(
                "SELECT document_id, COUNT(*) FROM codings GROUP BY document_id ORDER BY 2 DESC LIMIT 1"
            )[0]
            measure(
                f"export_transcript_docx, one transcript with {codings} comments",
                lambda: export_transcript_docx(project, Path(folder) / "transcript.docx", busiest),
                goal_seconds=1.0,
                repeat=3,
            )

            started = time.perf_counter()
            count = naive_export(project, Path(folder) / "naive.docx")
            naive = time.perf_counter() - started
            print(
                f"naive python-docx add_paragraph per segment, all {count:,} segments (one run): "
                f"{naive * 1000:.0f} ms"
            )
            print(f"bulk XML writer is {naive / bulk:.0f}× faster than the naive loop")


if __name__ == "__main__":
    main()
