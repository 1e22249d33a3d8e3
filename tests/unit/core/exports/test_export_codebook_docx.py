"""The codebook Word document, read back: hierarchy as headings, colour, fields, counts."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from caqda.core import codebook, coders
from caqda.core.exports import ExportError, export_codebook_docx
from caqda.core.models import Code
from caqda.core.project import Project


def _depth(codes: dict[int, Code], code: Code) -> int:
    depth = 0
    while code.parent_id is not None:
        code = codes[code.parent_id]
        depth += 1
    return depth


def test_every_code_is_a_heading_at_its_depth(demo: Project, tmp_path: Path) -> None:
    path = tmp_path / "codebook.docx"
    summary = export_codebook_docx(demo, path)
    codes = codebook.list_codes(demo)
    assert summary.items == len(codes) == 28
    by_id = {code.id: code for code in codes}
    document = docx.Document(str(path))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [(f"Heading {_depth(by_id, code) + 1}", code.name) for code in codes]
    assert "TOC \\o" in "".join(t.text for t in document.element.body.iter(qn("w:instrText")))


def test_code_section_has_swatch_fields_and_example(demo: Project, tmp_path: Path) -> None:
    path = tmp_path / "codebook.docx"
    export_codebook_docx(demo, path)
    code = codebook.find_code(demo, "Peer support")
    paragraphs = docx.Document(str(path)).paragraphs
    index = next(i for i, p in enumerate(paragraphs) if p.style.name == "Heading 2" and p.text == code.name)
    swatch = paragraphs[index + 1]
    square = swatch.runs[0]
    assert square.text.startswith("■") and str(square.font.color.rgb) == code.color.lstrip("#").upper()
    assert code.color in swatch.text
    section = [(p.style.name, p.text) for p in paragraphs[index + 2 : index + 12]]
    assert ("Field Label", "Definition") in section and ("Normal", code.definition) in section
    assert ("Normal", code.when_to_use) in section and ("Normal", code.when_not_to_use) in section
    assert ("Quote", code.example) in section


def test_counts_per_coder_table_matches_the_project(demo: Project, tmp_path: Path) -> None:
    path = tmp_path / "codebook.docx"
    export_codebook_docx(demo, path)
    document = docx.Document(str(path))
    codes = codebook.list_codes(demo)
    assert len(document.tables) == len(codes)
    ana, bruno = coders.find_coder(demo, "Ana"), coders.find_coder(demo, "Bruno")
    for code, table in zip(codes, document.tables, strict=True):
        rows = [[cell.text for cell in row.cells] for row in table.rows]
        expected = []
        for coder in (ana, bruno):
            codings, docs = demo.rows(
                "SELECT COUNT(*), COUNT(DISTINCT document_id) FROM codings "
                "WHERE code_id = ? AND coder_id = ?",
                (code.id, coder.id),
            )[0]
            expected.append([coder.name, str(codings), str(docs)])
        total, docs = demo.rows(
            "SELECT COUNT(*), COUNT(DISTINCT document_id) FROM codings WHERE code_id = ?", (code.id,)
        )[0]
        assert rows == [["Coder", "Codings", "Documents"], *expected, ["All coders", str(total), str(docs)]]


def test_empty_codebook_is_refused(project: Project, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no codes"):
        export_codebook_docx(project, tmp_path / "codebook.docx")
    assert list(tmp_path.glob("codebook*")) == []


def test_codebook_without_codings_or_coders(project: Project, tmp_path: Path) -> None:
    parent = codebook.add_code(project, "Themes", definition="Top level")
    codebook.add_code(project, "Trust", parent_id=parent.id, color="#123456")
    path = tmp_path / "codebook.docx"
    assert export_codebook_docx(project, path).items == 2
    document = docx.Document(str(path))
    assert [p.text for p in document.paragraphs if p.style.name.startswith("Heading")] == ["Themes", "Trust"]
    assert document.tables == []
