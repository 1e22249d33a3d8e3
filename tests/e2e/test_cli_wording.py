"""What a new user read and tripped on: the demo described as it is, counts with their nouns in
the right number ("1 place found", "(28 codes)"), and an agreement table whose numbers line up."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from caqda.cli import main
from caqda.core.wording import agreeing, counted


def run(capsys: pytest.CaptureFixture[str], *arguments: object) -> tuple[int, str, str]:
    code = main([str(argument) for argument in arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_counted_picks_the_noun_by_number() -> None:
    assert counted(1, "place") == "1 place"
    assert counted(0, "place") == "0 places"
    assert counted(1234, "coding") == "1,234 codings"
    assert counted(2, "memo", "memoranda") == "2 memoranda"
    assert agreeing(1, "was", "were") == "was" and agreeing(3, "was", "were") == "were"


def test_demo_help_describes_its_documents(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "11 interviews and a social-media export" in help_text and "12 documents" in help_text
    info = json.loads(run(capsys, "info", demo_path, "--json")[1])
    kinds = [entry["kind"] for entry in info["documents"]]
    assert len(kinds) == 12 and kinds.count("interview") == 11


def test_one_place_found_is_singular(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    with sqlite3.connect(demo_path) as connection:  # counted another way: the stored texts
        texts = [row[0] for row in connection.execute("SELECT text FROM documents")]
    assert sum(text.count("locked door") for text in texts) == 1
    code, out, _ = run(capsys, "search", demo_path, "locked door")
    assert code == 0 and out.rstrip().endswith("\n1 place found.")
    code, out, _ = run(capsys, "search", demo_path, "patient")
    assert code == 0 and re.search(r"\n[\d,]+ places found\.$", out.rstrip())


def test_exports_say_what_they_counted(
    capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path
) -> None:
    info = json.loads(run(capsys, "info", demo_path, "--json")[1])
    code, out, _ = run(capsys, "export", "docx", demo_path, "--report", "codebook", "-o", tmp_path / "c.docx")
    assert code == 0 and out.strip().endswith(f"({len(info['codes'])} codes).")
    code, out, _ = run(capsys, "export", "table", demo_path, "--coders", "Bruno", "-o", tmp_path / "s.csv")
    bruno = next(entry["codings"] for entry in info["coders"] if entry["name"] == "Bruno")
    assert code == 0 and out.strip().endswith(f"({bruno:,} segments).")
    assert "items" not in out


def test_agreement_table_lines_up_its_numbers(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    code, out, _ = run(capsys, "agreement", demo_path, "--coders", "Ana", "Bruno", "--bootstrap", "0")
    assert code == 0
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("Code "))
    body = lines[lines.index(header) + 2 : lines.index(header) + 2 + 35]
    rows = [line for line in body if not line.startswith("---") and line.strip()]
    assert len(rows) >= 30
    kappa_end = header.index("κ ") + 1  # the κ column's right edge, as its title is right-aligned
    alpha_end = header.index("α ") + 1
    for row in rows:
        assert re.fullmatch(r"-?\d\.\d{3}|–", row[kappa_end - 6 : kappa_end].strip()), row
        assert re.fullmatch(r"-?\d\.\d{3}|–", row[alpha_end - 6 : alpha_end].strip()), row
        assert row[kappa_end] == " " and row[alpha_end] == " ", row
    # a name too long for its column is cut with an ellipsis, not run into the numbers
    assert any("…" in row[:42] for row in rows)
    assert "Landis & Koch 1977" in header and "Krippendorff 2004" in header
    assert "Landis & Koch (1977)" in out and "Krippendorff (2004)" in out
