"""The command line as a user types it: same results as the core, one-line errors, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from caqda.cli import main


def run(capsys: pytest.CaptureFixture[str], *arguments: str | Path) -> tuple[int, str, str]:
    code = main([str(argument) for argument in arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_new_import_code_info_and_codings(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    project = tmp_path / "study.caqda"
    transcript = tmp_path / "E05 Nursing.txt"
    lines = [
        "Interviewer: Como foi?",
        "E05: A família da Dona Conceição 😀 agradeceu.",
        "Interviewer: E depois?",
    ]
    lines.append("E05: Respondemos no mesmo dia.")
    transcript.write_bytes("".join(line + "\r\n" for line in lines).encode())
    text = "\n".join(lines)  # what caqda must store: LF line ends, no trailing newline
    assert run(capsys, "new", project)[0] == 0
    code, out, _ = run(capsys, "import", project, transcript)
    assert code == 0 and "Imported 'E05 Nursing'" in out and "4 speaker turns" in out
    start = text.index("Dona")
    end = text.index(" agradeceu")
    code, out, _ = run(
        capsys, "code", project, "--document", "E05 Nursing", "--code", "Acknowledging praise",
        "--coder", "Ana", "--new-coder", "--start", start, "--end", end, "--memo", "thanks in public",
    )  # fmt: skip
    assert code == 0, out
    code, out, _ = run(capsys, "info", project, "--json")
    info = json.loads(out)
    assert info["documents"] == [
        {"name": "E05 Nursing", "kind": "interview", "characters": len(text), "codings": 1}
    ]
    praise = next(entry for entry in info["codes"] if entry["name"] == "Acknowledging praise")
    assert praise == {"name": "Acknowledging praise", "parent": "Joint sphere", "codings": 1}
    assert info["coders"] == [{"name": "Ana", "codings": 1}]
    code, out, _ = run(capsys, "codings", project, "--json", "--coder", "Ana")
    [coding] = json.loads(out)
    assert {k: coding[k] for k in ("document", "code", "coder", "start", "end", "text", "memo")} == {
        "document": "E05 Nursing",
        "code": "Acknowledging praise",
        "coder": "Ana",
        "start": start,
        "end": end,
        "text": "Dona Conceição 😀",
        "memo": "thanks in public",
    }
    assert json.loads(run(capsys, "codings", project, "--json", "--code", "Peer support")[1]) == []
    assert "Dona Conceição" in run(capsys, "codings", project, "--document", "E05 Nursing")[1]
    assert "Acknowledging praise" in run(capsys, "info", project)[1]


def test_demo_and_codebook_commands(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    demo = tmp_path / "demo.caqda"
    code, out, _ = run(capsys, "demo", demo)
    assert code == 0 and "12 documents" in out
    info = json.loads(run(capsys, "info", demo, "--json")[1])
    kinds = [d["kind"] for d in info["documents"]]
    assert kinds.count("interview") == 11 and kinds.count("social_media") == 1
    assert {c["name"] for c in info["coders"]} == {"Ana", "Bruno"}
    qdc = tmp_path / "book.qdc"
    assert run(capsys, "codebook", "export", demo, qdc)[0] == 0
    empty = tmp_path / "empty.caqda"
    assert run(capsys, "new", empty, "--codebook", "empty")[0] == 0
    code, out, _ = run(capsys, "codebook", "import", empty, qdc)
    assert code == 0 and "Imported 28 codes" in out
    assert run(capsys, "demo", demo)[0] == 1
    assert run(capsys, "demo", demo, "--force")[0] == 0


CODE = ["code", "{p}", "--coder", "A", "--new-coder"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ([*CODE, "--document", "nope", "--code", "Peer support", "--start", "0", "--end", "2"],
         "no document called 'nope'"),
        ([*CODE, "--document", "t", "--code", "Nope", "--start", "0", "--end", "2"], "no code called 'Nope'"),
        ([*CODE, "--document", "t", "--code", "Peer support", "--start", "5", "--end", "2"],
         "nothing was coded"),
        (["codings", "{p}", "--coder", "Nobody"], "no coder called 'Nobody'"),
        (["code", "{p}", "--coder", "Zed", "--document", "t", "--code", "Peer support", "--start", "0",
          "--end", "2"], "add --new-coder to create 'Zed'"),
        (["info", "{missing}"], "no project"),
        (["info", "{text}"], "not a caqda project"),
        (["new", "{p}"], "already exists"),
        (["import", "{p}", "{missing}"], "does not exist"),
        (["codebook", "import", "{p}", "{text}"], ".qdc"),
    ],
)  # fmt: skip
def test_errors_exit_non_zero_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, arguments: list[str], message: str
) -> None:
    project = tmp_path / "p.caqda"
    transcript = tmp_path / "t.txt"
    transcript.write_text("Interviewer: hi\nE01: hello\n")
    assert main(["new", str(project)]) == 0
    assert main(["import", str(project), str(transcript)]) == 0
    capsys.readouterr()
    places = {"p": project, "missing": tmp_path / "missing.caqda", "text": transcript}
    code, _, err = run(capsys, *[argument.format(**places) for argument in arguments])
    assert code == 1
    assert message in err
    assert err.count("\n") == 1 and err.startswith("caqda: ")


def test_installed_entry_point_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "caqda", "info", str(tmp_path / "missing.caqda")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip().startswith("caqda: There is no project")


def test_backup_list_and_restore_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "study.caqda"
    assert main(["new", str(path), "--codebook", "empty"]) == 0
    assert main(["backup", str(path)]) == 0
    capsys.readouterr()
    assert main(["backup", str(path), "--list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 1 and listed[0]["reason"] == "manual"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)  # a wrecked project
    assert main(["info", str(path)]) == 1
    assert "caqda restore" in capsys.readouterr().err
    assert main(["restore", str(path), "--from", listed[0]["path"]]) == 0
    assert main(["info", str(path), "--json"]) == 0
