"""The agreement report in Word, as a new user read it: the per-code table on landscape pages
with every number on one line and no row cut across pages, both scales named with their sources,
and disagreements cited by line like the other reports."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from caqda.core.agreement.project_input import agreement_report
from caqda.core.exports.docx_agreement import export_agreement_docx
from caqda.core.project import Project

SOFFICE = shutil.which("soffice")
TWIPS_PER_CM = 567


@pytest.fixture
def report_path(demo: Project, tmp_path: Path) -> Path:
    path = tmp_path / "agreement.docx"
    report = agreement_report(demo, ["Ana", "Bruno"], bootstrap_samples=50)
    export_agreement_docx(demo, path, report)
    return path


def test_figures_table_is_on_landscape_pages_and_fits(report_path: Path) -> None:
    document = docx.Document(str(report_path))
    sections = document.sections
    assert [s.orientation for s in sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    wide = sections[1]
    assert wide.page_width > wide.page_height
    figures = document.tables[0]
    header = [cell.text for cell in figures.rows[0].cells]
    assert "κ: Landis & Koch 1977" in header and "α: Krippendorff 2004" in header
    grid = [int(col.get(qn("w:w"))) for col in figures._tbl.tblGrid.findall(qn("w:gridCol"))]
    text_width = (wide.page_width - wide.left_margin - wide.right_margin) / 635  # EMU → twips
    assert sum(grid) <= text_width
    # Each value fits its cell on one line: 9.5 pt digits are at most 0.6 em (5.7 pt = 114 twips)
    # wide, minus the cell's 2 × 85 twips margins.
    for column in range(1, len(header)):
        longest = max(len(row.cells[column].text) for row in figures.rows[1:])
        assert longest * 114 <= grid[column] - 170, (header[column], longest, grid[column])


def test_no_table_row_splits_across_pages(report_path: Path) -> None:
    document = docx.Document(str(report_path))
    for table in document.tables:
        for row in table.rows:
            properties = row._tr.trPr
            assert properties is not None and properties.find(qn("w:cantSplit")) is not None


def test_legend_names_both_scales_and_their_sources(report_path: Path) -> None:
    text = "\n".join(p.text for p in docx.Document(str(report_path)).paragraphs)
    assert "Landis & Koch (1977)" in text and "Krippendorff (2004)" in text
    assert "'substantial' as κ and 'unreliable' as α" in text


def test_disagreements_cite_the_lines_their_quotes_are_on(report_path: Path, demo: Project) -> None:
    paragraphs = [p.text for p in docx.Document(str(report_path)).paragraphs]
    cited = [(i, t) for i, t in enumerate(paragraphs) if re.search(r" · lines? \d+(–\d+)?$", t)]
    assert len(cited) > 100
    assert not any(re.search(r"characters \d+–\d+", t) for t in paragraphs)
    texts = {name: text for name, text in demo.connection.execute("SELECT name, text FROM documents")}
    for index, label in cited[:60]:
        document = label.split(" · ")[0]
        numbers = [int(n) for n in re.findall(r"\d+", label.rsplit(" · ", 1)[1])]
        first, last = numbers[0], numbers[-1]
        lines = texts[document].split("\n")[first - 1 : last]  # counted here by splitting the text
        shown = " ".join(" ".join(lines).split())
        quote = paragraphs[index + 1]
        inner = re.search(r"“([^”]{12,})", quote)
        if inner is None:
            continue
        assert " ".join(inner.group(1).split())[:12] in shown, (label, quote[:60])


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_numbers_and_words_are_whole_in_the_printed_table(
    report_path: Path, demo: Project, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    assert SOFFICE is not None
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir",
         str(tmp_path), str(report_path)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    pages = PdfReader(tmp_path / "agreement.pdf").pages
    table_text = "\n".join(page.extract_text() for page in pages[2:5])
    report = agreement_report(demo, ["Ana", "Bruno"], bootstrap_samples=0)
    for row in report.codes:
        assert f"{row.figures.kappa:.3f}" in table_text, row.code
    words = {row.figures.kappa_label for row in report.codes} | {
        row.figures.alpha_label for row in report.codes
    }
    for word in words - {None}:
        assert word in table_text, word
    assert "substanti\n" not in table_text and not re.search(r"\d\.\d{1,2}\n\d", table_text)
