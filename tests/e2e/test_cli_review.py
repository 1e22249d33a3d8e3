"""`caqda review`: marking codings and counting the marks from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caqda.cli import main


def run(capsys: pytest.CaptureFixture[str], *arguments: object) -> tuple[int, str, str]:
    code = main([str(argument) for argument in arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_mark_codings_and_read_the_summary(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    codings = json.loads(run(capsys, "codings", demo_path, "--coder", "Ana", "--json")[1])
    first, second = codings[0], codings[1]
    code, out, _ = run(capsys, "review", demo_path, "--coding", first["uuid"], "--mark", "rejected",
                       "--comment", "too broad", "--reviewer", "Sup", "--new-coder", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["mark"] == "rejected" and json.loads(out)["comment"] == "too broad"
    assert run(capsys, "review", demo_path, "--coding", second["uuid"], "--mark", "approved",
               "--reviewer", "Sup")[0] == 0  # fmt: skip
    code, _, err = run(capsys, "review", demo_path, "--coding", second["uuid"], "--mark", "approved",
                       "--reviewer", "Spu")  # fmt: skip
    assert code == 1 and "--new-coder" in err
    code, out, _ = run(capsys, "review", demo_path, "--summary", "--json")
    summary = json.loads(out)
    ana = next(row for row in summary["coders"] if row["coder"] == "Ana")
    assert (ana["approved"], ana["rejected"], ana["discuss"]) == (1, 1, 0)
    assert ana["total"] == len(codings) and ana["unreviewed"] == len(codings) - 2
    expected_codes = {first["code"], second["code"]}
    marked_codes = {row["code"] for row in summary["codes"] if row["approved"] + row["rejected"]}
    assert marked_codes == expected_codes
    code, out, _ = run(capsys, "review", demo_path, "--summary")
    assert code == 0 and "approved" in out and "Ana" in out
    assert "review coding" in run(capsys, "audit", demo_path, "--coder", "Sup")[1]


def test_bad_review_input_is_explained(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    code, _, err = run(
        capsys, "review", demo_path, "--coding", "nope", "--mark", "approved", "--reviewer", "Sup"
    )
    assert code == 1 and "no coding with uuid" in err
    code, _, err = run(capsys, "review", demo_path, "--mark", "approved")
    assert code == 1 and "--coding" in err


def test_codebook_version_and_history(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    before = json.loads(run(capsys, "codebook-version", demo_path, "--json")[1])["version"]
    from caqda.core import codebook
    from caqda.core.project import Project

    with Project.open(demo_path) as project:
        code = codebook.find_code(project, "Peer support")
        codebook.rename_code(project, code.id, "Peer help")
    code, out, _ = run(capsys, "codebook-version", demo_path, "--code", "Peer help", "--json")
    data = json.loads(out)
    assert code == 0 and data["version"] == before + 1
    assert data["history"][-1]["changes"] == [
        {"field": "name", "before": "Peer support", "after": "Peer help"}
    ]
    assert data["history"][-1]["version"] == before + 1
    assert f"Codebook version {before + 1} (" in run(capsys, "codebook-version", demo_path)[1]
