"""Analysis tables as CSV (for R, pandas, SPSS) or Excel workbooks (with an About sheet)."""

from __future__ import annotations

import os
import re

from caqda.core.analysis.table import Table
from caqda.core.exports.common import ExportError, ExportSummary, check_target, write_atomically
from caqda.core.exports.tables import _about, _write_csv, _write_xlsx
from caqda.core.project import Project


def export_table(project: Project, table: Table, path: str | os.PathLike[str]) -> ExportSummary:
    """Write ``table`` to ``.csv`` or ``.xlsx``; ``items`` is its number of rows."""
    target = check_target(path, (".csv", ".xlsx"))
    if not table.rows:
        raise ExportError(f"Nothing to export: the table '{table.title}' is empty.")
    rows = [list(row) for row in table.rows]
    if target.suffix.lower() == ".csv":
        write_atomically(target, lambda temporary: _write_csv(temporary, table.header, rows))  # type: ignore[arg-type]
    else:
        labels = len(table.label_columns)
        widths = [40 if index == 0 else 22 for index in range(labels)] + [12] * len(table.value_columns)
        heat = (labels + 1, len(table.header)) if table.kind in ("matrix", "cooccurrence") else None
        write_atomically(
            target,
            lambda temporary: _write_xlsx(
                temporary,
                re.sub(r"[\\/?*\[\]:]", " ", table.title)[:31],
                table.header,
                rows,  # type: ignore[arg-type]
                widths=widths,
                wrapped=set(),
                frozen=f"{chr(ord('A') + labels)}2",
                about=_about(project, table.title, table.notes),
                heat_columns=heat,
            ),
        )
    return ExportSummary(target, len(rows))


def export_tables(project: Project, tables: list[Table], path: str | os.PathLike[str]) -> ExportSummary:
    """Several tables in one workbook, a sheet each (``items``: the number of sheets)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from caqda.core.exports.common import xml_safe
    from caqda.core.exports.tables import _about_sheet

    target = check_target(path, (".xlsx",))

    def write(temporary: object) -> None:
        workbook = Workbook()
        workbook.remove(workbook.active)
        for table in tables:
            sheet = workbook.create_sheet(re.sub(r"[\\/?*\[\]:]", " ", table.title)[:31])
            sheet.append(table.header)
            for cell in sheet[1]:
                cell.font = Font(bold=True)
            for row in table.rows:
                sheet.append([xml_safe(v) if isinstance(v, str) else v for v in row])
            sheet.freeze_panes = "A2"
            sheet.column_dimensions["A"].width = 36
        _about_sheet(workbook, _about(project, "Analysis tables", [t.title for t in tables]))
        workbook.save(temporary)  # type: ignore[arg-type]

    write_atomically(target, write)  # type: ignore[arg-type]
    return ExportSummary(target, len(tables))


def format_table(table: Table, *, width: int = 14) -> str:
    """The table as aligned text for a terminal; long labels are cut."""
    labels = len(table.label_columns)

    def cell(value: object, index: int) -> str:
        text = "" if value is None else f"{value:.2f}" if isinstance(value, float) else str(value)
        size = 44 if index == 0 else 20 if index < labels else width
        text = text if len(text) <= size else text[: size - 1] + "…"
        return text.ljust(size) if index < labels else text.rjust(size)

    lines = [" ".join(cell(name, index) for index, name in enumerate(table.header))]
    lines.extend(" ".join(cell(value, index) for index, value in enumerate(row)) for row in table.rows)
    lines.append(f"{table.title}: {len(table.rows)} rows." + "".join(f"\n  {note}" for note in table.notes))
    return "\n".join(lines)
