"""The Word reports open in LibreOffice and print: every page has content (no blank pages).

Skipped where LibreOffice (``soffice``) is not installed; it takes a few seconds.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from caqda.core import documents
from caqda.core.exports import export_codebook_docx, export_segments_docx, export_transcript_docx
from caqda.core.project import Project

SOFFICE = shutil.which("soffice")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_word_reports_convert_to_pdf_without_blank_pages(demo: Project, tmp_path: Path) -> None:
    assert SOFFICE is not None
    reports = tmp_path / "reports"
    reports.mkdir()
    document = documents.find_document(demo, "E01 Marketing and communication manager")
    export_segments_docx(demo, reports / "segments.docx")
    export_segments_docx(demo, reports / "by-speaker.docx", group_by="speaker")
    export_codebook_docx(demo, reports / "codebook.docx")
    export_transcript_docx(demo, reports / "transcript.docx", document.id)
    names = sorted(path.name for path in reports.iterdir())
    # A profile of its own, so a LibreOffice the user has open (or another test run) is not disturbed.
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir",
         str(tmp_path / "pdf"), *(str(reports / name) for name in names)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    for name in names:
        pages = PdfReader(tmp_path / "pdf" / name.replace(".docx", ".pdf")).pages
        assert len(pages) > 1, name
        texts = [page.extract_text() for page in pages]
        assert all(len(text.strip()) > 80 for text in texts), f"{name} has a blank page"
        assert all("Page" in text and "exported" in text for text in texts), (
            f"{name}: header or footer missing"
        )
    first = PdfReader(tmp_path / "pdf" / "segments.pdf").pages[0].extract_text()
    assert "Coded segments" in first and "Contents" in first and "Provider sphere" in first
