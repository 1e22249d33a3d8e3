"""Segment tables and the code × document matrix as CSV and Excel, read back."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from caqda.core import codebook, coders, documents
from caqda.core.coding import add_coding
from caqda.core.exports import SEGMENT_COLUMNS, ExportError, export_code_matrix, export_segments_table
from caqda.core.project import Project
from caqda.core.summary import coded_segments
from caqda.core.text import line_number, line_starts


def _read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark, for Excel"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _read_xlsx(
    path: Path, sheet: str
) -> tuple[openpyxl.worksheet.worksheet.Worksheet, list[dict[str, object]]]:
    worksheet = openpyxl.load_workbook(path)[sheet]
    rows = list(worksheet.iter_rows(values_only=True))
    header = rows[0]
    return worksheet, [dict(zip(header, row, strict=True)) for row in rows[1:]]


def _known(project: Project) -> dict[str, object]:
    """A coding with a memo and what its row must say, worked out from the core."""
    segment = next(s for s in coded_segments(project) if s.memo and "\n" not in s.text)
    document = documents.find_document(project, segment.document)
    text = documents.document_text(project, document.id)
    code = codebook.find_code(project, segment.code)
    parent = codebook.get_code(project, code.parent_id).name if code.parent_id else ""
    speaker = next(
        t.speaker for t in documents.speaker_turns(project, document.id) if t.start <= segment.start < t.end
    )
    starts = line_starts(text)
    return {
        "document": segment.document,
        "code": segment.code,
        "parent_code": parent,
        "coder": segment.coder,
        "start": segment.start,
        "end": segment.end,
        "line_start": line_number(starts, segment.start),
        "line_end": line_number(starts, segment.end - 1),
        "speaker": speaker,
        "text": segment.text,
        "memo": segment.memo,
        "coding_uuid": segment.uuid,
        "review": "",
        "reviewer": "",
        "review_comment": "",
    }


def test_segments_csv(demo: Project, tmp_path: Path) -> None:
    path = tmp_path / "segments.csv"
    summary = export_segments_table(demo, path)
    rows = _read_csv(path)
    assert summary.items == len(rows) == demo.scalar("SELECT COUNT(*) FROM codings")
    assert tuple(rows[0]) == SEGMENT_COLUMNS
    known = _known(demo)
    row = next(r for r in rows if r["coding_uuid"] == known["coding_uuid"])
    assert row == {key: str(value) for key, value in known.items()}


def test_segments_xlsx(demo: Project, tmp_path: Path) -> None:
    path = tmp_path / "segments.xlsx"
    summary = export_segments_table(demo, path)
    sheet, rows = _read_xlsx(path, "Segments")
    assert summary.items == len(rows) == demo.scalar("SELECT COUNT(*) FROM codings")
    known = _known(demo)
    row = next(r for r in rows if r["coding_uuid"] == known["coding_uuid"])
    assert row == {
        key: None if value == "" else value for key, value in known.items()
    }  # numbers stay numbers
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    text_column = SEGMENT_COLUMNS.index("text") + 1
    assert sheet.cell(row=2, column=text_column).alignment.wrap_text
    assert sheet.column_dimensions["J"].width >= 60 and sheet.column_dimensions["E"].width <= 10
    assert sheet.auto_filter.ref == f"A1:O{len(rows) + 1}"
    about = openpyxl.load_workbook(path)["About"]
    assert about["B2"].value == demo.path.name


def test_segments_table_filters(demo: Project, tmp_path: Path) -> None:
    bruno = coders.find_coder(demo, "Bruno")
    nursing = documents.find_document(demo, "E05 Nursing coordinator")
    path = tmp_path / "bruno.csv"
    summary = export_segments_table(
        demo, path, coder_ids=[bruno.id], attribute_filter={"Department": "Nursing"}
    )
    rows = _read_csv(path)
    assert (
        summary.items
        == len(rows)
        == len(coded_segments(demo, coder_ids=[bruno.id], document_ids=[nursing.id]))
    )
    assert {(r["coder"], r["document"]) for r in rows} == {("Bruno", nursing.name)}


def test_text_that_looks_like_a_formula_stays_text(project: Project, tmp_path: Path) -> None:
    source = tmp_path / "odd.txt"
    source.write_text("=SUM(A1:A3) is what she typed.\n+55 11 5555-0000 was the number.\n", "utf-8")
    document = documents.import_file(project, source).document
    assert document is not None
    code = codebook.add_code(project, "Odd")
    ana = coders.ensure_coder(project, "Ana")
    add_coding(
        project, document_id=document.id, code_id=code.id, coder_id=ana.id, start=0, end=11, memo="=1+1"
    )
    path = tmp_path / "odd.xlsx"
    export_segments_table(project, path)
    sheet, rows = _read_xlsx(path, "Segments")
    assert rows[0]["text"] == "=SUM(A1:A3)" and rows[0]["memo"] == "=1+1"
    assert sheet.cell(row=2, column=SEGMENT_COLUMNS.index("text") + 1).data_type == "s"
    assert rows[0]["speaker"] is None and rows[0]["parent_code"] is None


def _core_counts(project: Project, coder_id: int | None = None) -> dict[tuple[str, str], int]:
    sql = (
        "SELECT k.name, d.name, COUNT(*) FROM codings c JOIN codes k ON k.id = c.code_id "
        "JOIN documents d ON d.id = c.document_id"
    )
    parameters: tuple[int, ...] = ()
    if coder_id is not None:
        sql += " WHERE c.coder_id = ?"
        parameters = (coder_id,)
    return {(row[0], row[1]): row[2] for row in project.rows(sql + " GROUP BY k.id, d.id", parameters)}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_code_matrix_counts_equal_the_core(demo: Project, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"matrix{suffix}"
    summary = export_code_matrix(demo, path)
    rows = _read_csv(path) if suffix == ".csv" else _read_xlsx(path, "Code matrix")[1]
    codes = codebook.list_codes(demo)
    names = [d.name for d in documents.list_documents(demo)]
    assert summary.items == len(rows) == len(codes)
    assert [row["code"] for row in rows] == [code.name for code in codes]
    counts = _core_counts(demo)
    for row in rows:
        for name in names:
            assert int(row[name]) == counts.get((row["code"], name), 0)
        assert int(row["total"]) == sum(int(row[name]) for name in names)
    assert sum(int(row[name]) for row in rows for name in names) == demo.scalar(
        "SELECT COUNT(*) FROM codings"
    )
    if suffix == ".xlsx":
        sheet = openpyxl.load_workbook(path)["Code matrix"]
        assert sheet.freeze_panes == "C2" and sheet["A1"].font.bold


def test_binary_code_matrix_for_one_coder(demo: Project, tmp_path: Path) -> None:
    ana = coders.find_coder(demo, "Ana")
    path = tmp_path / "binary.csv"
    export_code_matrix(demo, path, binary=True, coder_ids=[ana.id])
    rows = _read_csv(path)
    names = [d.name for d in documents.list_documents(demo)]
    counts = _core_counts(demo, ana.id)
    for row in rows:
        assert [int(row[name]) for name in names] == [int(counts.get((row["code"], n), 0) > 0) for n in names]
        assert int(row["total"]) == sum(int(row[name]) for name in names)


def test_table_refusals(demo: Project, project: Project, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportError, match=r"should end in \.csv or \.xlsx"):
        export_segments_table(demo, out / "segments.txt")
    with pytest.raises(ExportError, match="Nothing to export"):
        export_segments_table(demo, out / "none.csv", coder_ids=[])
    with pytest.raises(ExportError, match="no codes"):
        export_code_matrix(project, out / "matrix.csv")
    with pytest.raises(ExportError, match="does not exist"):
        export_code_matrix(demo, out / "nowhere" / "matrix.xlsx")
    assert list(out.iterdir()) == []
