"""``caqda agreement``: the JSON shape the issue names, the readable table, plain errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caqda.cli import main
from caqda.core.agreement.project_input import agreement_report
from caqda.core.project import Project


def test_json_report(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    code = main(["agreement", str(demo_path), "--coders", "Ana", "Bruno", "--bootstrap", "0", "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"unit", "method", "coders", "pooled", "codes", "documents", "pairs"}
    assert data["unit"] == "character" and data["coders"] == ["Ana", "Bruno"]
    row = next(r for r in data["codes"] if r["code"] == "Complaint" and r["scope"] == "code")
    assert {"code", "percent_agreement", "kappa", "alpha"} <= set(row)
    with Project.open(demo_path) as project:
        expected = agreement_report(project, ["Ana", "Bruno"], bootstrap_samples=0)
    assert row["kappa"] == pytest.approx(expected.row("Complaint").figures.kappa, abs=1e-12)
    assert len(data["documents"]) == len(expected.documents) >= 11 and len(data["pairs"]) == 1


@pytest.mark.parametrize(
    "unit", ["segment", "presence", "frequency", "sentence", "paragraph", "turn", "continuum"]
)
def test_every_unit_prints_a_table(capsys: pytest.CaptureFixture[str], demo_path: Path, unit: str) -> None:
    code = main(["agreement", str(demo_path), "--coders", "Ana", "Bruno", "--unit", unit, "--bootstrap", "0"])
    out = capsys.readouterr().out
    assert code == 0
    assert f"unit: {unit}" in out and "Pooled" in out and "Peer support" in out


def test_csv_beside_the_table(capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.csv"
    code = main(
        ["agreement", str(demo_path), "--coders", "Ana", "Bruno", "--bootstrap", "0", "--csv", str(out)]
    )
    assert code == 0 and out.read_text(encoding="utf-8-sig").count("\n") >= 30


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--coders", "Ana"], "at least two"),
        (["--coders", "Ana", "Nobody"], "no coder called 'Nobody'"),
        (["--coders", "Ana", "Bruno", "--tolerance", "1.5"], "tolerance"),
        (["--coders", "Ana", "Bruno", "--codes", "Nope"], "no code called 'Nope'"),
    ],
)
def test_impossible_requests_fail_in_one_line(
    capsys: pytest.CaptureFixture[str], demo_path: Path, arguments: list[str], message: str
) -> None:
    assert main(["agreement", str(demo_path), *arguments]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
