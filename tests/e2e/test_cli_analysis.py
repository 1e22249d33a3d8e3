"""``caqda query``, ``caqda stats`` and ``caqda social`` as a user types them, on the demo."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import openpyxl
import pytest

from caqda.cli import main
from caqda.core.project import Project


def run(capsys: pytest.CaptureFixture[str], *arguments: object) -> tuple[int, str, str]:
    code = main([str(argument) for argument in arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_query_save_run_export_and_code(
    capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path
) -> None:
    query = 'Complaint AND NOT "Responding to interactions"'
    code, out, _ = run(capsys, "query", demo_path, query, "--within", "turn", "--coders", "Ana", "--json")
    assert code == 0
    found = json.loads(out)
    # the reference: turns holding one of Ana's complaint codings and none of her responding ones
    with Project.open(demo_path) as project:
        turns = project.rows(
            'SELECT t.document_id, t.start, t."end" FROM speaker_turns t WHERE EXISTS ('
            "SELECT 1 FROM codings c JOIN codes k ON k.id = c.code_id JOIN coders r ON r.id = c.coder_id "
            "WHERE c.document_id = t.document_id AND r.name = 'Ana' AND k.name = ? "
            'AND c.start < t."end" AND c."end" > t.start)',
            ("Complaint",),
        )
        responding = {
            (row[0], row[1])
            for row in project.rows(
                "SELECT t.document_id, t.start FROM speaker_turns t "
                "JOIN codings c ON c.document_id = t.document_id "
                "JOIN codes k ON k.id = c.code_id JOIN coders r ON r.id = c.coder_id WHERE r.name = 'Ana' "
                'AND k.name = \'Responding to interactions\' AND c.start < t."end" AND c."end" > t.start'
            )
        }
    expected = sorted((row[1], row[2]) for row in turns if (row[0], row[1]) not in responding)
    assert expected and sorted((p["start"], p["end"]) for p in found["passages"]) == expected
    code, out, _ = run(
        capsys, "query", demo_path, query, "--within", "turn", "--save", "Unanswered complaints"
    )
    assert code == 0 and "Saved the query" in out
    assert "Unanswered complaints: " + query in run(capsys, "query", demo_path, "--list")[1]
    table = tmp_path / "passages.xlsx"
    word = tmp_path / "passages.docx"
    assert run(capsys, "query", demo_path, "--run", "Unanswered complaints", "--export", table)[0] == 0
    assert run(capsys, "query", demo_path, "--run", "Unanswered complaints", "--export", word)[0] == 0
    sheet = openpyxl.load_workbook(table)["Query"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("document", "speaker", "start") and len(rows) > 10
    assert "Query results" in "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    code, out, _ = run(
        capsys, "query", demo_path, "Peer support", "--code", "Peer support (copy)", "--coder", "Caio"
    )
    assert code == 0 and "Coded" in out
    with Project.open(demo_path) as project:
        copied = project.rows(
            'SELECT c.start, c."end" FROM codings c JOIN codes k ON k.id = c.code_id WHERE k.name = ?',
            ("Peer support (copy)",),
        )
    assert len(copied) == int(out.split("Coded ")[1].split()[0]) > 0


def test_query_errors_point_at_the_mistake(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    code, _, err = run(capsys, "query", demo_path, "Complaint AND (Praise")
    assert code == 1 and "^" in err
    code, _, err = run(capsys, "query", demo_path, "Complaint AND Praize")
    assert code == 1 and "no code called 'Praize'" in err and "at character 15" in err
    code, _, err = run(capsys, "query", demo_path, "Complaint", "--where", "Ward=3")
    assert code == 1 and "Department" in err


def test_stats_tables_as_json_csv_and_xlsx(
    capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "stats", demo_path, "--table", "frequencies", "--by", "coder", "--json")
    assert code == 0
    table = json.loads(out)
    with Project.open(demo_path) as project:
        expected = {
            (row[0], row[1]): row[2]
            for row in project.rows(
                "SELECT k.name, r.name, COUNT(*) FROM codings c JOIN codes k ON k.id = c.code_id "
                "JOIN coders r ON r.id = c.coder_id GROUP BY k.id, r.id"
            )
        }
    found = {(row[0].split(" › ")[-1], row[1]): row[2] for row in table["rows"]}
    assert found == expected
    csv_file = tmp_path / "matrix.csv"
    code, out, _ = run(
        capsys, "stats", demo_path, "--table", "matrix", "--by", "attribute:Department", "--export", csv_file
    )
    assert code == 0 and "Wrote" in out
    header = csv_file.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert header[0] == "code" and "Nursing" in header and header[-1] == "total"
    workbook = tmp_path / "spheres.xlsx"
    assert (
        run(capsys, "stats", demo_path, "--table", "spheres", "--coders", "Ana", "--export", workbook)[0] == 0
    )
    rows = list(openpyxl.load_workbook(workbook).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:4] == ("document", "Provider sphere %", "Joint sphere %", "Customer sphere %")
    assert all(abs(sum(row[1:4]) - 100) < 0.05 for row in rows[1:])
    code, out, _ = run(
        capsys, "stats", demo_path, "--table", "cooccurrence", "--cooccur", "turn", "--jaccard"
    )
    assert code == 0 and "Jaccard" in out
    code, _, err = run(capsys, "stats", demo_path, "--by", "attribute:Ward")
    assert code == 1 and "Department" in err


def test_social_stage_on_the_demo(
    capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path
) -> None:
    import csv

    from caqda.core.resources import demo_dir

    code, out, _ = run(capsys, "social", demo_path, "--json")
    assert code == 0
    tables = {table["table"]: table for table in json.loads(out)["tables"]}
    summary = {row[0]: row[1] for row in tables["social_summary"]["rows"]}
    # the reference: the demo's export read directly, threads followed by parent ids
    with (demo_dir() / "social" / "Hospital Santa Clara social media 2023.csv").open(
        encoding="utf-8"
    ) as handle:
        posts = list(csv.DictReader(handle))
    children: dict[str, list[dict[str, str]]] = {}
    for post in posts:
        children.setdefault(post["parent_id"], []).append(post)

    def hospital_below(post_id: str) -> bool:
        return any(
            c["author_role"] == "hospital_page" or hospital_below(c["post_id"])
            for c in children.get(post_id, [])
        )

    customers = [p for p in posts if p["author_role"] in ("patient", "relative")]
    answered = [p for p in customers if hospital_below(p["post_id"])]
    assert summary["posts"] == len(posts) and summary["customer posts"] == len(customers)
    assert summary["answered"] == len(answered) and 0 < len(answered) < len(customers)
    assert summary["threads started by a customer, unanswered"] > 0
    medians = [row[4] for row in tables["answer_times"]["rows"] if row[0] == "month"]
    assert len(set(medians)) > 3  # answer times vary over the year
    workbook = tmp_path / "social.xlsx"
    assert run(capsys, "social", demo_path, "--export", workbook)[0] == 0
    assert len(openpyxl.load_workbook(workbook).sheetnames) == 6


def test_findings_report_from_the_command_line(
    capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "findings.docx"
    code, out, _ = run(
        capsys, "export", "docx", demo_path, "--report", "findings", "--coders", "Ana", "-o", target
    )
    assert code == 0 and "Wrote" in out
    document = docx.Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Findings" in text and "Coders: Ana (" in text and "Bruno (" not in text
    assert len(document.inline_shapes) >= 7


def test_export_sqlite_from_the_command_line(
    capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path
) -> None:
    import sqlite3

    target = tmp_path / "analysis.db"
    code, out, _ = run(capsys, "export", "sqlite", demo_path, "-o", target)
    assert code == 0 and "Wrote" in out
    with Project.open(demo_path) as project:
        expected = project.scalar("SELECT COUNT(*) FROM codings")
    assert sqlite3.connect(target).execute("SELECT COUNT(*) FROM codings").fetchone()[0] == expected
