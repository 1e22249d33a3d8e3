"""``caqda codebook add|rename|move|delete|header|set`` as a user types them."""

from __future__ import annotations

from pathlib import Path

import pytest

from caqda.cli import main
from caqda.core import code_sets, codebook
from caqda.core.project import Project


def run(capsys: pytest.CaptureFixture[str], *arguments: object) -> tuple[int, str, str]:
    code = main([str(argument) for argument in arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_editing_the_codebook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "p.caqda"
    assert run(capsys, "new", path, "--codebook", "empty")[0] == 0
    assert run(capsys, "codebook", "add", path, "Feelings", "--header")[0] == 0
    code, out, _ = run(capsys, "codebook", "add", path, "Hope/despair", "--parent", "Feelings")
    assert code == 0 and "'Feelings › Hope/despair'" in out
    assert run(capsys, "codebook", "add", path, "Staff")[0] == 0
    assert run(capsys, "codebook", "add", path, "Fear", "--parent", "Staff")[0] == 0
    assert run(capsys, "codebook", "add", path, "Fear", "--parent", "Feelings")[0] == 0
    code, _, err = run(capsys, "codebook", "rename", path, "Fear", "Worry")
    assert code == 1 and "give its path" in err
    assert run(capsys, "codebook", "rename", path, "Staff › Fear", "Worry")[0] == 0
    assert run(capsys, "codebook", "move", path, "Worry", "--top")[0] == 0
    assert run(capsys, "codebook", "set", path, "Round two", "--codes", "Hope/despair", "Worry")[0] == 0
    assert run(capsys, "codebook", "header", path, "Staff")[0] == 0
    assert run(capsys, "codebook", "header", path, "Feelings", "--off")[0] == 0
    assert run(capsys, "codebook", "delete", path, "Feelings › Fear")[0] == 0
    with Project.open(path) as project:
        assert [(codebook.code_path(project, c), c.codable) for c in codebook.list_codes(project)] == [
            ("Feelings", True),
            ("Feelings › Hope/despair", True),
            ("Staff", False),
            ("Worry", True),
        ]
        [round_two] = code_sets.list_code_sets(project)
        assert sorted(codebook.get_code(project, i).name for i in round_two.code_ids) == [
            "Hope/despair",
            "Worry",
        ]
        actions = [row[0] for row in project.rows("SELECT action FROM audit_events ORDER BY id")]
    assert "add code set" in actions and "mark code not codable" in actions
    transcript = tmp_path / "t.txt"
    transcript.write_text("Interviewer: hi\nE01: hello\n", encoding="utf-8")
    assert run(capsys, "import", path, transcript)[0] == 0
    code, _, err = run(
        capsys,
        "code",
        path,
        "--document",
        "t",
        "--code",
        "Staff",
        "--coder",
        "Ana",
        "--new-coder",
        "--start",
        "0",
        "--end",
        "5",
    )
    assert code == 1 and "'Staff' is a category header" in err
