"""The findings report read back: its sections, its pictures, numbers that match counts made
another way, the saved queries' results; and its pages through LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from caqda.core.analysis.findings_report import export_findings_docx
from caqda.core.analysis.saved_queries import save_query
from caqda.core.exports.common import ExportError
from caqda.core.project import Project

SOFFICE = shutil.which("soffice")


def _tables(document: docx.document.Document) -> dict[str, list[list[str]]]:
    """Each table by its caption (captions and tables come in the same order)."""
    captions = [p.text for p in document.paragraphs if p.text.startswith("Table ")]
    tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]
    assert len(captions) == len(tables)
    return dict(zip(captions, tables, strict=True))


def test_report_holds_every_section_with_right_numbers(demo: Project, tmp_path: Path) -> None:
    save_query(demo, "Complaints in turns", "Complaint", within="turn")
    target = tmp_path / "findings.docx"
    summary = export_findings_docx(demo, target)
    document = docx.Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    sections = ("Method notes", "Code frequencies", "Value-sphere profiles", "Codes across documents")
    sections += ("Code co-occurrence", "Social media", "Saved queries", "Complaints in turns")
    for section in sections:
        assert section in headings
    pictures = document.inline_shapes
    figures = [p.text for p in document.paragraphs if p.text.startswith("Figure ")]
    tables = _tables(document)
    assert len(pictures) == len(figures) >= 7
    assert summary.items == len(figures) + len(tables)
    # Table 1 against SQL: codings of a code and its subcodes, documents they are in
    frequencies = next(rows for caption, rows in tables.items() if caption.startswith("Table 1."))
    expected = {
        row[0]: (row[1], row[2])
        for row in demo.rows(
            "SELECT p.name, COUNT(*), COUNT(DISTINCT c.document_id) FROM codings c "
            "JOIN codes k ON k.id = c.code_id "
            "JOIN codes p ON p.id = COALESCE(k.parent_id, k.id) GROUP BY p.id"
        )
    }
    for name, (count, docs) in expected.items():
        row = next(r for r in frequencies if r[0] == name)
        assert (int(row[1]), int(row[2])) == (count, docs), name
    social = next(rows for caption, rows in tables.items() if "hospital's answers" in caption)
    posts = demo.scalar(
        "SELECT COUNT(*) FROM speaker_turns t JOIN documents d ON d.id = t.document_id "
        "WHERE d.kind = 'social_media'"
    )
    assert ["posts", str(posts)] in social
    method = "\n".join(p.text for p in document.paragraphs)
    assert "Coders: Ana (" in method and "Bruno (" in method and "Codebook: 28 codes" in method
    assert "Query: Complaint" in method and "within the same turn" in method


def test_nothing_to_report(project: Project, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no codings"):
        export_findings_docx(project, tmp_path / "empty.docx")
    assert not (tmp_path / "empty.docx").exists()


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_report_pages_in_libreoffice(demo: Project, tmp_path: Path) -> None:
    assert SOFFICE is not None
    target = tmp_path / "findings.docx"
    export_findings_docx(demo, target)
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir",
         str(tmp_path), str(target)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    pages = PdfReader(tmp_path / "findings.pdf").pages
    assert len(pages) > 8
    texts = [page.extract_text() for page in pages]
    assert all(len(text.strip()) > 40 for text in texts), "a blank page"
    assert "Contents" in texts[0] and "Findings" in texts[0]
    assert sum(len(page.images) for page in pages) >= 7  # the charts made it onto the pages
