"""Shaping the corpus from the command line: documents, sets, attributes, filters, memos,
codebook edits and uncoding, checked against the project file afterwards."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from caqda.cli import main

HEADER = (
    "Department: {department}\nYears in the role: {years}\n"
    "Note: names were changed to protect the people.\n\n"
)
TURNS = (
    "Interviewer: How is the team?\n{name}: The team is fine, thank you.\n"
    "Interviewer: And the work?\n{name}: Hard."
)


def run(capsys: pytest.CaptureFixture[str], *arguments: str | Path) -> tuple[int, str, str]:
    code = main([str(argument) for argument in arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def study(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    project = tmp_path / "study.caqda"
    assert run(capsys, "new", project)[0] == 0
    files = []
    for name, department, years in (
        ("E01", "Nursing", "12"),
        ("E02", "Nursing", "3"),
        ("E03", "Pharmacy", "7"),
    ):
        path = tmp_path / f"{name}.txt"
        path.write_text(
            HEADER.format(department=department, years=years) + TURNS.format(name=name), encoding="utf-8"
        )
        files.append(path)
    code, _, err = run(capsys, "import", project, *files, "--as", "Ana", "--new-coder")
    assert code == 0
    # The header lines found are said, and the disclaimer line is not one of them.
    assert "Department=Nursing" in err and "Note" not in err
    for name in ("E01", "E02", "E03"):
        run(capsys, "code", project, "--document", name, "--code", "Acknowledging praise", "--coder", "Ana",
            "--start", 0, "--end", 10)  # fmt: skip
    return project


def rows(project: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(project)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_no_header_attributes_turns_header_detection_off(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = tmp_path / "plain.caqda"
    run(capsys, "new", project, "--codebook", "empty")
    path = tmp_path / "E09.txt"
    path.write_text(
        HEADER.format(department="Nursing", years="1") + TURNS.format(name="E09"), encoding="utf-8"
    )
    code, _, err = run(capsys, "import", project, path, "--no-header-attributes")
    assert code == 0 and "not stored" in err
    assert rows(project, "SELECT COUNT(*) FROM document_attributes") == [(0,)]


def test_sets_and_where_choose_documents_for_codings(capsys: pytest.CaptureFixture[str], study: Path) -> None:
    assert run(capsys, "set", "add", study, "Nursing", "--where", "Department=Nursing")[0] == 0
    code, out, _ = run(capsys, "set", "list", study, "--json")
    assert json.loads(out) == [{"name": "Nursing", "documents": ["E01", "E02"]}]
    code, out, _ = run(capsys, "codings", study, "--set", "Nursing", "--json")
    assert sorted(entry["document"] for entry in json.loads(out)) == ["E01", "E02"]
    code, out, _ = run(capsys, "codings", study, "--where", "Years in the role>=5", "--json")
    assert sorted(entry["document"] for entry in json.loads(out)) == ["E01", "E03"]
    code, _, err = run(capsys, "codings", study, "--where", "Department=Nobody")
    assert code == 1 and "No document matches" in err
    code, out, _ = run(capsys, "search", study, "team", "--set", "Nursing", "--json")
    assert sorted({hit["document"] for hit in json.loads(out)}) == ["E01", "E02"]


def test_document_rename_move_set_and_delete_with_yes(
    capsys: pytest.CaptureFixture[str], study: Path
) -> None:
    assert run(capsys, "document", "rename", study, "E01", "E01 Nurse")[0] == 0
    assert run(capsys, "document", "move", study, "E03", "--position", "1")[0] == 0
    assert [r[0] for r in rows(study, "SELECT name FROM documents ORDER BY position")] == [
        "E03",
        "E01 Nurse",
        "E02",
    ]
    assert run(capsys, "attributes", study, "--define", "Years in the role", "--type", "number")[0] == 0
    code, _, err = run(capsys, "document", "set", study, "E02", "Years in the role", "many")
    assert code == 1 and "not a number" in err
    assert run(capsys, "document", "set", study, "E02", "Years in the role", "4")[0] == 0
    code, out, _ = run(capsys, "document", "list", study, "--json")
    listing = {entry["name"]: entry for entry in json.loads(out)}
    assert listing["E02"]["attributes"]["Years in the role"] == "4"
    assert listing["E02"]["source_name"] == "E02.txt" and listing["E02"]["imported_by"] == "Ana"
    code, _, err = run(capsys, "document", "delete", study, "E02")
    assert code == 1 and "1 coding and 0 memos" in err
    assert rows(study, "SELECT COUNT(*) FROM documents") == [(3,)]
    assert run(capsys, "document", "delete", study, "E02", "--yes")[0] == 0
    assert rows(study, "SELECT COUNT(*) FROM documents") == [(2,)]
    assert rows(study, "SELECT COUNT(*) FROM codings") == [(2,)]


def test_attributes_export_and_import(
    capsys: pytest.CaptureFixture[str], study: Path, tmp_path: Path
) -> None:
    table = tmp_path / "attributes.xlsx"
    assert run(capsys, "attributes", study, "--export", table)[0] == 0
    from openpyxl import load_workbook

    sheet = load_workbook(table).worksheets[0]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == ["Document", "Department", "Years in the role"]
    assert values[1] == ["E01", "Nursing", "12"]
    sheet.cell(row=2, column=2, value="Management")
    sheet.parent.save(table)
    code, out, _ = run(capsys, "attributes", study, "--import", table)
    assert code == 0 and "Changed 1 value." in out
    departments = "SELECT value FROM document_attributes WHERE name = 'Department' ORDER BY document_id"
    assert rows(study, departments) == [("Management",), ("Nursing",), ("Pharmacy",)]


def test_memos_codebook_edits_and_uncode(capsys: pytest.CaptureFixture[str], study: Path) -> None:
    code, out, _ = run(
        capsys,
        "memo",
        "add",
        study,
        "Team seems tired",
        "--coder",
        "Bruno",
        "--new-coder",
        "--document",
        "E03",
    )
    assert code == 0
    code, out, _ = run(capsys, "memo", "list", study, "--json")
    [memo] = json.loads(out)
    assert memo["target"] == "document E03" and memo["coder"] == "Bruno"
    assert run(capsys, "memo", "edit", study, memo["uuid"][:8], "--text", "Team is tired")[0] == 0
    assert rows(study, "SELECT text FROM memos") == [("Team is tired",)]
    assert run(capsys, "memo", "delete", study, memo["uuid"])[0] == 0
    assert rows(study, "SELECT COUNT(*) FROM memos") == [(0,)]

    assert run(capsys, "codebook", "add", study, "Fatigue", "--parent", "Acknowledging praise")[0] == 0
    assert run(capsys, "codebook", "rename", study, "Fatigue", "Tiredness")[0] == 0
    assert run(capsys, "codebook", "move", study, "Tiredness", "--top")[0] == 0
    assert rows(study, "SELECT parent_id FROM codes WHERE name = 'Tiredness'") == [(None,)]
    assert run(capsys, "codebook", "delete", study, "Tiredness")[0] == 0
    assert rows(study, "SELECT COUNT(*) FROM codes WHERE name = 'Tiredness'") == [(0,)]

    code, out, _ = run(capsys, "codings", study, "--json")
    uuids = [entry["uuid"] for entry in json.loads(out)]
    assert len(uuids) == 3
    assert run(capsys, "uncode", study, "--coding", uuids[0])[0] == 0
    assert rows(study, f"SELECT COUNT(*) FROM codings WHERE uuid = '{uuids[0]}'") == [(0,)]
    code, _, err = run(capsys, "uncode", study, "--coding", "not-a-uuid")
    assert code == 1 and "no coding" in err


def test_set_and_where_reach_agreement_and_export(
    capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path
) -> None:
    """The same documents chosen by a set, by a condition and by name give the same results."""
    import csv

    nursing = ["E05 Nursing coordinator", "E06 Clinical director"]
    assert run(capsys, "set", "add", demo_path, "Care", "--documents", *nursing)[0] == 0
    coders = ("--coders", "Ana", "Bruno", "--bootstrap", "0", "--json")
    by_set = json.loads(run(capsys, "agreement", demo_path, *coders, "--set", "Care")[1])
    by_name = json.loads(run(capsys, "agreement", demo_path, *coders, "--documents", *nursing)[1])
    everything = json.loads(run(capsys, "agreement", demo_path, *coders)[1])
    assert by_set == by_name and by_set != everything

    table = tmp_path / "segments.csv"
    assert run(capsys, "export", "table", demo_path, "--set", "Care", "-o", table)[0] == 0
    with table.open(encoding="utf-8-sig") as stream:
        exported = list(csv.DictReader(stream))
    counted = rows(
        demo_path,
        "SELECT COUNT(*) FROM codings c JOIN documents d ON d.id = c.document_id "
        "WHERE d.name IN ('E05 Nursing coordinator', 'E06 Clinical director')",
    )[0][0]
    assert len(exported) == counted

    # Years in the role >= 9 counted in the database, compared as numbers (not as text).
    wanted = sorted(
        name
        for name, value in rows(
            demo_path,
            "SELECT d.name, a.value FROM documents d JOIN document_attributes a ON a.document_id = d.id "
            "WHERE a.name = 'Years in the role'",
        )
        if float(str(value)) >= 9
    )
    code, out, _ = run(capsys, "document", "list", demo_path, "--where", "Years in the role>=9", "--json")
    assert code == 0 and sorted(entry["name"] for entry in json.loads(out)) == wanted and wanted
    code, out, _ = run(capsys, "autocode", demo_path, "family", "--code", "Peer support", "--coder", "Caio",
                       "--new-coder", "--where", "Years in the role>=9")  # fmt: skip
    assert code == 0
    coded = rows(
        demo_path,
        "SELECT DISTINCT d.name FROM codings c JOIN documents d ON d.id = c.document_id "
        "JOIN coders r ON r.id = c.coder_id WHERE r.name = 'Caio'",
    )
    assert coded and {name for (name,) in coded} <= set(wanted)
