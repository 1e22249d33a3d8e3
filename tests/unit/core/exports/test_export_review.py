"""Review marks travel into the exports: columns in the segments table, a note in the Word report."""

from __future__ import annotations

import csv
from pathlib import Path

import docx

from caqda.core import coders, review
from caqda.core.exports import export_segments_docx, export_segments_table
from caqda.core.project import Project
from caqda.core.summary import coded_segments


def _marked(demo: Project) -> tuple[str, str]:
    sup = coders.ensure_coder(demo, "Sup")
    segments = coded_segments(demo)
    approved, rejected = segments[0].uuid, segments[5].uuid
    review.mark_coding(demo, approved, sup.id, "approved")
    review.mark_coding(demo, rejected, sup.id, "rejected", "too broad")
    return approved, rejected


def test_segments_table_has_review_columns(demo: Project, tmp_path: Path) -> None:
    approved, rejected = _marked(demo)
    path = tmp_path / "segments.csv"
    export_segments_table(demo, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["coding_uuid"]: row for row in csv.DictReader(handle)}
    assert (rows[approved]["review"], rows[approved]["reviewer"], rows[approved]["review_comment"]) == (
        "approved",
        "Sup",
        "",
    )
    assert (rows[rejected]["review"], rows[rejected]["review_comment"]) == ("rejected", "too broad")
    assert sum(1 for row in rows.values() if row["review"]) == 2


def test_word_report_notes_the_review(demo: Project, tmp_path: Path) -> None:
    _marked(demo)
    path = tmp_path / "segments.docx"
    export_segments_docx(demo, path)
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert sum("✓ approved by Sup" in text for text in texts) == 1
    assert sum(text.endswith("✗ rejected by Sup: too broad") for text in texts) == 1
