"""No traceback from what a shell can hand caqda: bytes that are not UTF-8 in arguments and file
names, a reader that closes the pipe early."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from caqda.cli import main
from caqda.core import documents
from caqda.core.project import Project

REPO = Path(__file__).resolve().parents[2]


def _project(tmp_path: Path) -> Path:
    path = tmp_path / "study.caqda"
    assert main(["new", str(path)]) == 0
    transcript = tmp_path / "E01.txt"
    transcript.write_text("P1: A consulta demorou.\nAna: E depois?\n", encoding="utf-8")
    assert main(["import", str(path), str(transcript)]) == 0
    return path


def _fingerprint(path: Path) -> bytes:
    return path.read_bytes()


def test_undecodable_coder_and_memo_get_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _project(tmp_path)
    capsys.readouterr()
    before = _fingerprint(path)
    for extra in (["--coder", "An\udce7a"], ["--coder", "Ana", "--memo", "memo \udcff"]):
        code = main(
            ["code", str(path), "--document", "E01", "--code", "Acknowledging praise", "--start", "0",
             "--end", "3", *extra]
        )  # fmt: skip
        err = capsys.readouterr().err
        assert code == 1
        assert "holds bytes that are not UTF-8 text" in err
        assert "\\x" in err and "Traceback" not in err
    assert _fingerprint(path) == before


def test_undecodable_file_name_gets_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _project(tmp_path)
    name = os.fsdecode(b"bad\xff.txt")
    (tmp_path / name).write_text("P1: outra entrevista.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(path), str(tmp_path / name)]) == 1
    assert "bad\\xff.txt" in capsys.readouterr().err
    with Project.open(path) as project:
        assert [document.name for document in documents.list_documents(project)] == ["E01"]


def test_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    path = _project(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "caqda", "info", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like `| head` that has read enough before caqda writes
    error = process.stderr.read().decode()
    process.wait(timeout=60)
    assert error == ""
    assert process.returncode == 141
