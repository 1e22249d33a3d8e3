"""``caqda export`` and ``caqda import qdpx`` as a user types them; every file is read back."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import docx
import pytest

from caqda.cli import main


def run(capsys: pytest.CaptureFixture[str], *arguments: object) -> tuple[int, str, str]:
    code = main([str(argument) for argument in arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _text(path: Path) -> str:
    return "\n".join(paragraph.text for paragraph in docx.Document(str(path)).paragraphs)


def test_word_reports(capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path) -> None:
    segments = tmp_path / "segments.docx"
    code, out, _ = run(
        capsys, "export", "docx", demo_path, "--report", "segments", "--codes", "Peer support", "-o", segments
    )
    assert code == 0 and "Wrote" in out
    body = _text(segments)
    assert "Peer support" in body and "Coded segments" in body
    codebook = tmp_path / "codebook.docx"
    assert run(capsys, "export", "docx", demo_path, "--report", "codebook", "-o", codebook)[0] == 0
    assert "When not to use" in _text(codebook)
    transcript = tmp_path / "e05.docx"
    e05 = "E05 Nursing coordinator"
    assert (
        run(
            capsys, "export", "docx", demo_path, "--report", "transcript", "--document", e05, "-o", transcript
        )[0]
        == 0
    )
    assert len(docx.Document(str(transcript)).comments) > 20
    agreement = tmp_path / "agreement.docx"
    coders = ("--coders", "Ana", "Bruno")
    assert run(capsys, "export", "docx", demo_path, "--report", "agreement", *coders, "-o", agreement)[0] == 0
    document = docx.Document(str(agreement))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert {"Method", "Agreement per code", "Coder pairs", "Disagreements"} <= set(headings)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "Pooled" in cells and any("Peer support" in cell for cell in cells)


def test_tables(capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path) -> None:
    table = tmp_path / "segments.csv"
    assert run(capsys, "export", "table", demo_path, "--coders", "Bruno", "-o", table)[0] == 0
    with table.open(encoding="utf-8-sig") as stream:
        rows = list(csv.DictReader(stream))
    info = json.loads(run(capsys, "info", demo_path, "--json")[1])
    bruno = next(c["codings"] for c in info["coders"] if c["name"] == "Bruno")
    assert len(rows) == bruno and {row["coder"] for row in rows} == {"Bruno"}
    matrix = tmp_path / "matrix.xlsx"
    assert run(capsys, "export", "table", demo_path, "--report", "matrix", "-o", matrix)[0] == 0
    assert matrix.stat().st_size > 3000


def test_qdpx_round_trip_through_the_command_line(
    capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path
) -> None:
    qdpx = tmp_path / "demo.qdpx"
    assert run(capsys, "export", "qdpx", demo_path, "-o", qdpx)[0] == 0
    copy = tmp_path / "copy.caqda"
    code, out, _ = run(capsys, "import", "qdpx", qdpx, "-o", copy)
    assert code == 0 and "Created" in out
    before = json.loads(run(capsys, "info", demo_path, "--json")[1])
    after = json.loads(run(capsys, "info", copy, "--json")[1])
    assert after == before


def test_export_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "export", "docx", demo_path, "--report", "transcript", "-o", tmp_path / "t.docx"
    )
    assert code == 1 and "needs the document" in err and err.count("\n") == 1
    code, _, err = run(capsys, "export", "docx", demo_path, "-o", tmp_path / "wrong.pdf")
    assert code == 1 and err.startswith("caqda: ")
    code, _, err = run(capsys, "import", "qdpx", tmp_path / "missing.qdpx", "-o", tmp_path / "x.caqda")
    assert code == 1 and not (tmp_path / "x.caqda").exists()
