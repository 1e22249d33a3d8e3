"""Codebooks as Taguette's CSV and as an Excel sheet, both ways.

What Taguette reads is checked with Taguette's own rules written out here (its
``import_codebook.list_tags_csv``: lower-cased header, exactly one of tag/name/path, an
optional description); the workbook is read back with openpyxl, not with caqda.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from caqda.core import code_sets, codebook, codebook_files
from caqda.core.errors import CodebookError
from caqda.core.project import Project
from tests.conftest import FIXTURES

TAGUETTE_CSV = FIXTURES / "codebooks" / "taguette-codebook.csv"


def _taguette_reads(text: str) -> list[dict[str, str]]:
    """Taguette's import rules (taguette/import_codebook.py), for checking what caqda writes."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [cell.lower() for cell in next(reader)]
    assert ("tag" in header) + ("name" in header) + ("path" in header) == 1
    column = header.index("tag") if "tag" in header else header.index("name" if "name" in header else "path")
    description = header.index("description") if "description" in header else None
    return [
        {
            "path": row[column].strip(),
            "description": row[description].strip() if description is not None else "",
        }
        for row in reader
        if any(row)
    ]


def _build(project: Project) -> None:
    feelings = codebook.add_code(project, "Feelings", color="#336699", definition="Emotions named by people.")
    codebook.set_codable(project, feelings.id, False)
    codebook.add_code(
        project,
        "Hope/despair",
        parent_id=feelings.id,
        color="#00aa00",
        definition="Both at once.",
        when_to_use="Mixed feelings.",
        when_not_to_use="Plain hope.",
        example='"Some days I hope, some days I despair."',
    )
    staff = codebook.add_code(project, "Staff", color="#aa5500")
    codebook.add_code(project, "Fear", parent_id=feelings.id, color="#aa0000")
    codebook.add_code(project, "Fear", parent_id=staff.id, color="#aa0001", definition="Line one\nline two")


def _tree(project: Project) -> list[tuple[object, ...]]:
    return [
        (
            codebook.code_path(project, c),
            c.color,
            c.definition,
            c.when_to_use,
            c.when_not_to_use,
            c.example,
            c.codable,
        )
        for c in codebook.list_codes(project)
    ]


def test_taguette_csv_is_read(project: Project) -> None:
    load = codebook_files.import_codebook(project, TAGUETTE_CSV)
    assert (load.added, load.kept) == (4, 0)
    codes = codebook.list_codes(project)
    assert [(c.name, c.parent_id, c.definition) for c in codes] == [
        ("fear", None, "Worry about the shift or the patient"),
        ("hope", None, ""),
        ("staff, night", None, "Said by night staff only"),
        ("fear.audits", None, "Fear of inspections (a child tag by Taguette's dot convention)"),
    ]


def test_csv_written_for_taguette_and_read_back(project: Project, tmp_path: Path) -> None:
    _build(project)
    path = tmp_path / "codebook.csv"
    count, notes = codebook_files.export_codebook_with_notes(project, path)
    assert count == 5
    assert any("different parents" in note for note in notes)
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("tag,description,number of highlights,number of documents,")
    tags = _taguette_reads(text)
    assert [tag["path"] for tag in tags] == [
        "Feelings",
        "Feelings › Hope/despair",
        "Feelings › Fear",
        "Staff",
        "Staff › Fear",
    ]
    assert tags[1]["description"].startswith("Definition: Both at once.")
    assert "When not to use: Plain hope." in tags[1]["description"]

    with Project.create(tmp_path / "other.caqda") as other:
        codebook_files.import_codebook(other, path)
        assert _tree(other) == _tree(project)


def test_csv_refused_as_taguette_refuses_it(project: Project, tmp_path: Path) -> None:
    both = tmp_path / "both.csv"
    both.write_text("tag,name\na,b\n", encoding="utf-8")
    with pytest.raises(CodebookError, match="more than one of the columns"):
        codebook_files.import_codebook(project, both)
    short = tmp_path / "short.csv"
    short.write_text("tag,description\ninteresting\n", encoding="utf-8")
    with pytest.raises(CodebookError, match="row 2: not enough columns"):
        codebook_files.import_codebook(project, short)
    assert codebook.list_codes(project) == []


def test_xlsx_has_all_fields_and_comes_back(project: Project, tmp_path: Path) -> None:
    _build(project)
    code_sets.add_code_set(project, "Emotions", [codebook.find_code(project, "Hope/despair").id])
    path = tmp_path / "codebook.xlsx"
    count, notes = codebook_files.export_codebook_with_notes(project, path)
    assert count == 5
    assert any("Code sets are not part of a .xlsx codebook" in note for note in notes)

    sheet = load_workbook(path).active
    rows = [[cell if cell is not None else "" for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == [
        "Code",
        "Parent path",
        "Colour",
        "Definition",
        "When to use",
        "When not to use",
        "Example",
        "Codable",
    ]
    assert rows[2] == [
        "Hope/despair",
        "Feelings",
        "#00aa00",
        "Both at once.",
        "Mixed feelings.",
        "Plain hope.",
        '"Some days I hope, some days I despair."',
        "yes",
    ]
    assert rows[1][7] == "no"
    assert rows[5][:4] == ["Fear", "Staff", "#aa0001", "Line one\nline two"]

    with Project.create(tmp_path / "other.caqda") as other:
        codebook_files.import_codebook(other, path)
        assert _tree(other) == _tree(project)


def test_xlsx_made_by_hand_is_read_by_its_headers(project: Project, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["definition", "code", "parent path", "colour"])
    sheet.append(["Fear of inspections.", "Audits", "Staff › Fear", "#123456"])
    sheet.append([None, None, None, None])
    sheet.append(["", "Hope", "", "red"])
    path = tmp_path / "hand.xlsx"
    book.save(path)
    load = codebook_files.import_codebook(project, path)
    assert load.added == 4
    assert [codebook.code_path(project, c) for c in codebook.list_codes(project)] == [
        "Staff",
        "Staff › Fear",
        "Staff › Fear › Audits",
        "Hope",
    ]
    audits = codebook.find_code(project, "Audits")
    assert (audits.definition, audits.color, audits.codable) == ("Fear of inspections.", "#123456", True)
    assert any("2 parent code(s)" in loss for loss in load.losses)
