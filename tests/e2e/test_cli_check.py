"""`caqda check PATH [--repair]`: damage reported in words, repaired after a copy, exit codes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from caqda.cli import main


def _run(capsys: pytest.CaptureFixture[str], *arguments: str | Path) -> tuple[int, str, str]:
    code = main([str(argument) for argument in arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_check_and_repair_a_code_cycle(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "study.caqda"
    assert _run(capsys, "new", path)[0] == 0  # the value-spheres codebook: 28 codes
    connection = sqlite3.connect(path)
    connection.execute("UPDATE codes SET parent_id = id WHERE name = 'Peer support'")
    connection.commit()
    connection.close()
    code, _, err = _run(capsys, "info", path)
    assert code == 1 and "Codes are their own ancestors" in err and "caqda check --repair" in err
    assert _run(capsys, "check", path)[0] == 1
    code, out, _ = _run(capsys, "check", path, "--repair", "--json")
    report = json.loads(out)
    assert code == 0
    assert [problem["kind"] for problem in report["problems"]] == ["parent cycle"]
    assert report["repaired"] == ["made 'Peer support' a top-level code, breaking the loop of codes."]
    assert Path(report["backup"]).exists()
    code, out, _ = _run(capsys, "check", path)
    assert code == 0 and "no problems" in out
    code, out, _ = _run(capsys, "info", path, "--json")
    assert code == 0 and len(json.loads(out)["codes"]) == 28


def test_check_of_something_that_is_not_a_project(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "notes.caqda"
    path.write_text("hello")
    code, _, err = _run(capsys, "check", path)
    assert code == 1 and "is not a caqda project" in err


def test_a_problem_caqda_works_around_is_said_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An unreadable setting does not stop a command, but the command says so (once), with the
    repair, on stderr: the window shows it in the status bar, the command line said nothing."""
    path = tmp_path / "study.caqda"
    assert _run(capsys, "new", path)[0] == 0
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO settings(key, value) VALUES ('shortcuts', '[1, 2')")
    connection.commit()
    connection.close()
    code, out, err = _run(capsys, "info", path, "--json")
    assert code == 0 and len(json.loads(out)["codes"]) == 28  # stdout stays clean JSON
    assert err.count("The setting 'shortcuts' is not what caqda writes (not readable JSON).") == 1
    assert f"caqda check --repair '{path}'" in err
    assert _run(capsys, "check", path, "--repair")[0] == 0
    code, _, err = _run(capsys, "info", path)
    assert code == 0 and "note:" not in err
