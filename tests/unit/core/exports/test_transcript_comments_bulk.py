"""Comments of a commented transcript are written in bulk (python-docx's add_comment scans every
comment for a free id: 1,199 comments took a second); each must be what python-docx writes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.oxml.ns import qn
from lxml import etree

from caqda.core import documents
from caqda.core.coding import CodingFilter, list_codings
from caqda.core.exports import export_transcript_docx
from caqda.core.project import Project


def _shape(element: etree._Element) -> list[tuple[str, tuple[str, ...]]]:
    """Tags and attribute names in document order, ignoring values (ids, dates, text)."""
    return [(child.tag, tuple(sorted(child.attrib))) for child in element.iter() if child.tag != qn("w:t")]


def test_bulk_comments_match_python_docx_and_keep_coding_times(demo: Project, tmp_path: Path) -> None:
    document = documents.find_document(demo, "E03 Ombudsman coordinator")
    path = tmp_path / "t.docx"
    export_transcript_docx(demo, path, document.id)
    written = docx.Document(str(path)).comments
    codings = list_codings(demo, CodingFilter(document_ids=(document.id,)))
    comments = list(written)
    assert len(comments) == len(codings)
    assert sorted(c.comment_id for c in comments) == list(range(len(codings)))

    reference = docx.Document().comments.add_comment(
        "Peer support (Customer sphere)", author="Ana", initials="A"
    )
    plain = next(c for c in comments if "\n" not in c.text)
    assert _shape(plain._comment_elm) == _shape(reference._comment_elm)

    expected_times = sorted(
        datetime.fromisoformat(c.created_at).astimezone(UTC).replace(microsecond=0) for c in codings
    )
    assert sorted(c.timestamp for c in comments) == expected_times
