"""The segment table's rows after the first are written as sheet XML in bulk (openpyxl took 2 s
for 10,000 rows): the workbook must read back exactly like the CSV, with its styles."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook

from caqda.core.exports import export_segments_table
from caqda.core.exports.tables import _write_xlsx
from caqda.core.project import Project


def test_every_row_reads_back_like_the_csv(demo: Project, tmp_path: Path) -> None:
    export_segments_table(demo, tmp_path / "s.xlsx")
    export_segments_table(demo, tmp_path / "s.csv")
    with (tmp_path / "s.csv").open(encoding="utf-8-sig", newline="") as stream:
        expected = list(csv.reader(stream))
    sheet = load_workbook(tmp_path / "s.xlsx")["Segments"]
    got = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    assert len(got) == len(expected) == demo.scalar("SELECT COUNT(*) FROM codings") + 1
    assert got == expected
    text_column = expected[0].index("text") + 1
    for row in (2, 3, len(expected)):
        assert sheet.cell(row=row, column=text_column).alignment.wrap_text
        assert not sheet.cell(row=row, column=1).alignment.wrap_text
        assert sheet.cell(row=row, column=1).alignment.vertical == "top"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:O{len(expected)}"


def test_tricky_values_survive(tmp_path: Path) -> None:
    rows = [
        ["first", 1, None],
        ["=SUM(A1:A2)", 2, "  spaces around  "],
        ["<b>&amp; ação 😀</b>", 0, ""],
        ["bad\x01control", -5, "line\nbreak"],
        ["x" * 40_000, 3, None],
    ]
    path = tmp_path / "t.xlsx"
    _write_xlsx(path, "T", ("a", "b", "c"), rows, widths=(10, 10, 10), wrapped={2}, frozen="A2", about=[])
    sheet = load_workbook(path)["T"]
    values = list(sheet.iter_rows(min_row=2, values_only=True))
    assert values[0] == ("first", 1, None)
    assert values[1] == ("=SUM(A1:A2)", 2, "  spaces around  ")
    assert sheet.cell(row=3, column=1).data_type == "s"  # text, not a formula
    assert values[2][0] == "<b>&amp; ação 😀</b>" and values[2][2] in ("", None)
    assert values[3] == ("badcontrol", -5, "line\nbreak")
    assert len(values[4][0]) == 32_767 and values[4][0].endswith("…")
