"""Coded segments and the code × document matrix as CSV or Excel tables.

The format follows the file name: ``.csv`` is UTF-8 with a byte-order mark (so Excel reads
accents right) and comma-separated, with the values exactly as stored, for R, pandas or SPSS;
``.xlsx`` is a workbook with a bold, frozen header row, filters, sensible column widths and
wrapped quote text, and a second sheet saying what was exported, when and with which filters.
In a workbook every text cell is stored as text, so a quote starting with ``=`` is never read
as a formula.
"""

from __future__ import annotations

import csv
import os
import re
import zipfile
from collections.abc import Iterable, Sequence
from copy import copy
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from caqda import __version__
from caqda.core.codebook import list_codes
from caqda.core.documents import list_documents
from caqda.core.exports.common import (
    ExportError,
    ExportSummary,
    check_target,
    export_date,
    write_atomically,
    xml_safe,
)
from caqda.core.exports.segments import SegmentQuery, collect_segments
from caqda.core.project import Project

SUFFIXES = (".csv", ".xlsx")
SEGMENT_COLUMNS = (
    "document",
    "code",
    "parent_code",
    "coder",
    "start",
    "end",
    "line_start",
    "line_end",
    "speaker",
    "text",
    "memo",
    "coding_uuid",
    "review",
    "reviewer",
    "review_comment",
)
# Excel column widths (characters) of the segment table; text and memo wrap.
_SEGMENT_WIDTHS = (30, 30, 22, 12, 8, 8, 9, 9, 14, 80, 40, 38, 10, 12, 40)
_WRAPPED = {"text", "memo", "review_comment"}
_EXCEL_CELL_LIMIT = 32_767

Value = str | int | None


def export_segments_table(
    project: Project,
    path: str | os.PathLike[str],
    *,
    code_ids: Iterable[int] | None = None,
    document_ids: Iterable[int] | None = None,
    coder_ids: Iterable[int] | None = None,
    attribute_filter: dict[str, str] | None = None,
) -> ExportSummary:
    """One row per coded segment (columns :data:`SEGMENT_COLUMNS`); ``items`` is the number of rows.

    ``start``/``end`` are code points into the document's normalised text, ``[start, end)``;
    ``line_start``/``line_end`` are 1-based lines. Filters as in
    :func:`caqda.core.exports.export_segments_docx`. Raises :class:`ExportError` when nothing
    matches or the file cannot be written.
    """
    target = check_target(path, SUFFIXES)
    query = SegmentQuery.of(
        code_ids=code_ids, document_ids=document_ids, coder_ids=coder_ids, attribute_filter=attribute_filter
    )
    segments = collect_segments(project, query)
    if not segments:
        raise ExportError("Nothing to export: no coded segments match the filters.")
    rows: list[list[Value]] = [
        [
            s.document,
            s.code,
            s.parent_code or "",
            s.coder,
            s.start,
            s.end,
            s.line_start,
            s.line_end,
            s.speaker or "",
            s.text,
            s.memo,
            s.uuid,
            s.review,
            s.reviewer,
            s.review_comment,
        ]
        for s in segments
    ]
    about = [f"{len(rows)} coded segments", *query.describe(project)]
    if target.suffix.lower() == ".csv":
        write_atomically(target, lambda temporary: _write_csv(temporary, SEGMENT_COLUMNS, rows))
    else:
        write_atomically(
            target,
            lambda temporary: _write_xlsx(
                temporary,
                "Segments",
                SEGMENT_COLUMNS,
                rows,
                widths=_SEGMENT_WIDTHS,
                wrapped={SEGMENT_COLUMNS.index(name) for name in _WRAPPED},
                frozen="A2",
                about=_about(project, "Coded segments", about),
            ),
        )
    return ExportSummary(target, len(rows))


def export_code_matrix(
    project: Project,
    path: str | os.PathLike[str],
    *,
    binary: bool = False,
    coder_ids: Iterable[int] | None = None,
) -> ExportSummary:
    """A code × document table: one row per code (codebook order), one column per document,
    holding how many codings the code has there (or 1/0 for present/absent with ``binary``),
    and a ``total`` column (codings, or documents when ``binary``). A parent code counts only
    its own codings, not its subcodes'. ``items`` is the number of codes (rows).

    Raises :class:`ExportError` when there are no codes or documents, or the file cannot be
    written.
    """
    target = check_target(path, SUFFIXES)
    codes = list_codes(project)
    documents = list_documents(project)
    if not codes:
        raise ExportError("Nothing to export: the codebook has no codes yet.")
    if not documents:
        raise ExportError("Nothing to export: the project has no documents yet.")
    coder_list = None if coder_ids is None else tuple(coder_ids)
    sql = "SELECT code_id, document_id, COUNT(*) FROM codings"
    parameters: tuple[int, ...] = ()
    if coder_list is not None:
        sql += f" WHERE coder_id IN ({','.join('?' * len(coder_list))})"
        parameters = coder_list
    counts = {
        (row[0], row[1]): row[2] for row in project.rows(sql + " GROUP BY code_id, document_id", parameters)
    }
    names = {code.id: code.name for code in codes}
    header = ["code", "parent_code", *(document.name for document in documents), "total"]
    rows: list[list[Value]] = []
    for code in codes:
        cells = [counts.get((code.id, document.id), 0) for document in documents]
        if binary:
            cells = [1 if count else 0 for count in cells]
        parent = names.get(code.parent_id, "") if code.parent_id is not None else ""
        rows.append([code.name, parent, *cells, sum(cells)])
    about = [
        "1 = the code occurs in the document, 0 = it does not" if binary else "Number of codings",
        f"{len(codes)} codes × {len(documents)} documents",
    ]
    if coder_list is not None:
        about.append("coders: " + ", ".join(_coder_names(project, coder_list)))
    if target.suffix.lower() == ".csv":
        write_atomically(target, lambda temporary: _write_csv(temporary, header, rows))
    else:
        widths = (34, 26, *(16 for _ in documents), 9)
        write_atomically(
            target,
            lambda temporary: _write_xlsx(
                temporary,
                "Code matrix",
                header,
                rows,
                widths=widths,
                wrapped=set(),
                frozen="C2",
                about=_about(project, "Code × document matrix", about),
                heat_columns=(3, 2 + len(documents)),
            ),
        )
    return ExportSummary(target, len(rows))


def _write_csv(path: Path, header: Sequence[str], rows: list[list[Value]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def _write_xlsx(
    path: Path,
    title: str,
    header: Sequence[str],
    rows: list[list[Value]],
    *,
    widths: Sequence[int],
    wrapped: set[int],
    frozen: str,
    about: list[tuple[str, str]],
    heat_columns: tuple[int, int] | None = None,
) -> None:
    """Write the workbook with openpyxl (sheets, styles, widths, filters) holding the header and
    the first row, then write the other rows' XML in bulk into that sheet (see
    :func:`_write_rows_in_bulk`): openpyxl spends ~13 µs a cell, 2 s for 10,000 segments."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = frozen
    bold = Font(bold=True)
    header_alignment = Alignment(vertical="bottom", wrap_text=True)
    sheet.append([_cell(sheet, name, font=bold, alignment=header_alignment) for name in header])
    # openpyxl hashes a style each time one is assigned (~15 µs a cell); copying the style
    # array of a prototype cell costs almost nothing, which halves the time for 10,000 rows.
    top = _cell(sheet, None, alignment=Alignment(vertical="top"))._style
    wrap = _cell(sheet, None, alignment=Alignment(vertical="top", wrap_text=True))._style
    styles = [wrap if index in wrapped else top for index in range(len(header))]
    for row in rows[:1]:  # the first row through openpyxl: its cells carry the styles' indexes
        cells = []
        for value, style in zip(row, styles, strict=True):
            cell = _cell(sheet, value)
            cell._style = copy(style)
            cells.append(cell)
        sheet.append(cells)
    last_column = get_column_letter(len(header))
    sheet.auto_filter.ref = f"A1:{last_column}{len(rows) + 1}"
    if heat_columns is not None and rows:
        first, last = (get_column_letter(column) for column in heat_columns)
        sheet.conditional_formatting.add(
            f"{first}2:{last}{len(rows) + 1}",
            ColorScaleRule(
                start_type="num", start_value=0, start_color="FFFFFF", end_type="max", end_color="5B9BD5"
            ),
        )
    _about_sheet(workbook, about)
    workbook.save(path)
    if len(rows) > 1:
        _write_rows_in_bulk(path, _FIRST_SHEET, rows[1:])


_FIRST_SHEET = "xl/worksheets/sheet1.xml"
_FIRST_DATA_ROW = re.compile(r'<row r="2"[^>]*>(.*?)</row>', re.DOTALL)
_CELL_STYLE = re.compile(r'<c r="[A-Z]+2"(?: s="(\d+)")?')


def _write_rows_in_bulk(path: Path, member: str, rows: list[list[Value]]) -> None:
    """Append ``rows`` as rows 3, 4, … of the sheet ``member`` of the workbook at ``path``,
    styled like row 2 column by column. Cells are written as openpyxl writes them: numbers as
    ``<v>``, text as inline strings (never formulas), ``None`` as an empty cell."""
    with zipfile.ZipFile(path) as archive:
        parts = [(info, archive.read(info.filename)) for info in archive.infolist()]
    sheet = next(data for info, data in parts if info.filename == member).decode("utf-8")
    first = _FIRST_DATA_ROW.search(sheet)
    if first is None:
        raise ExportError("The spreadsheet could not be written (its first row is missing).")
    styles = [f' s="{style}"' if style else "" for style in _CELL_STYLE.findall(first.group(1))]
    letters = [get_column_letter(index) for index in range(1, len(styles) + 1)]
    lines: list[str] = []
    for number, row in enumerate(rows, start=3):
        cells = [f'<row r="{number}">']
        for letter, style, value in zip(letters, styles, row, strict=True):
            if value is None:
                cells.append(f'<c r="{letter}{number}"{style}/>')
            elif isinstance(value, str):
                cells.append(f'<c r="{letter}{number}"{style} t="inlineStr">{_inline_text(value)}</c>')
            else:
                cells.append(f'<c r="{letter}{number}"{style} t="n"><v>{value}</v></c>')
        cells.append("</row>")
        lines.append("".join(cells))
    sheet = sheet[: first.end()] + "".join(lines) + sheet[first.end() :]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in parts:
            archive.writestr(info, sheet.encode("utf-8") if info.filename == member else data)


def _inline_text(value: str) -> str:
    """An inline string's ``<is>`` element, as openpyxl writes it (an empty string: nothing)."""
    value = xml_safe(value)
    if len(value) > _EXCEL_CELL_LIMIT:  # Excel refuses longer cells; the CSV keeps all of it
        value = value[: _EXCEL_CELL_LIMIT - 1] + "…"
    if not value:
        return ""
    space = ' xml:space="preserve"' if value != value.strip() else ""
    return f"<is><t{space}>{escape(value)}</t></is>"


def _cell(
    sheet: WriteOnlyWorksheet, value: Value, *, font: Font | None = None, alignment: Alignment | None = None
) -> WriteOnlyCell:
    if isinstance(value, str):
        value = xml_safe(value)
        if len(value) > _EXCEL_CELL_LIMIT:  # Excel refuses longer cells; the CSV keeps all of it
            value = value[: _EXCEL_CELL_LIMIT - 1] + "…"
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text, never a formula
    if font is not None:
        cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    return cell


def _about(project: Project, what: str, details: list[str]) -> list[tuple[str, str]]:
    return [
        ("Export", what),
        ("Project", project.path.name),
        ("Exported on", export_date()),
        ("Exported by", f"caqda {__version__}"),
        *(("Contents" if index == 0 else "", detail) for index, detail in enumerate(details)),
    ]


def _about_sheet(workbook: Workbook, about: list[tuple[str, str]]) -> None:
    sheet = workbook.create_sheet("About")
    sheet.column_dimensions["A"].width = 14
    sheet.column_dimensions["B"].width = 70
    bold = Font(bold=True)
    for label, value in about:
        sheet.append([_cell(sheet, label, font=bold), _cell(sheet, value)])


def _coder_names(project: Project, coder_ids: tuple[int, ...]) -> list[str]:
    if not coder_ids:
        return ["none"]
    marks = ",".join("?" * len(coder_ids))
    return [
        row[0]
        for row in project.rows(f"SELECT name FROM coders WHERE id IN ({marks}) ORDER BY name", coder_ids)
    ]
