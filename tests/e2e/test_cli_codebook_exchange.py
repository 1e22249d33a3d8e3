"""``caqda codebook export`` picks the format from the extension; ``caqda export`` refuses a
report it does not make instead of writing another one."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from caqda.cli import main


def run(capsys: pytest.CaptureFixture[str], *arguments: object) -> tuple[int, str, str]:
    code = main([str(argument) for argument in arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_codebook_export_by_extension(
    capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path
) -> None:
    table = tmp_path / "codes.csv"
    code, out, err = run(capsys, "codebook", "export", demo_path, table)
    assert code == 0 and "Exported" in out
    assert "Taguette has no code hierarchy" in err
    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:2] == ["tag", "description"]
    assert any(" › " in row[0] for row in rows[1:])  # subcodes under their full path
    sheet = tmp_path / "codes.xlsx"
    assert run(capsys, "codebook", "export", demo_path, sheet)[0] == 0
    header = next(load_workbook(sheet).active.iter_rows(values_only=True))
    assert {"Definition", "When to use", "When not to use", "Example", "Parent path", "Colour"} <= set(header)
    assert len(rows) - 1 == load_workbook(sheet).active.max_row - 1  # the same codes in both

    code, _, err = run(capsys, "codebook", "export", demo_path, tmp_path / "codes.docx")
    assert code == 1
    assert ".qdc" in err and ".csv" in err and ".xlsx" in err and ".json" in err
    assert not (tmp_path / "codes.docx").exists()


def test_export_refuses_a_report_it_does_not_make(
    capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "codebook.xlsx"
    code, _, err = run(capsys, "export", "table", demo_path, "--report", "codebook", "-o", target)
    assert code == 1
    assert "cannot make the report 'codebook'" in err and "caqda codebook export" in err
    assert not target.exists()
    code, _, err = run(capsys, "export", "docx", demo_path, "--report", "matrix", "-o", tmp_path / "m.docx")
    assert code == 1 and "segments, codebook, agreement, transcript" in err
    assert run(capsys, "export", "table", demo_path, "--report", "matrix", "-o", tmp_path / "m.csv")[0] == 0
