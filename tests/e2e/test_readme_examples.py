"""Every command-line example in the README works as written (in a folder holding the demo's
transcripts as ``interviews/``)."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from caqda.cli import main
from caqda.core.resources import demo_dir

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_examples() -> list[str]:
    text = README.read_text(encoding="utf-8")
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        joined = block.replace("\\\n", " ")
        for line in joined.splitlines():
            line = line.split("  #")[0].strip()
            if line.startswith("caqda "):
                commands.append(line)
    return commands


def test_the_readme_has_examples() -> None:
    assert len(readme_examples()) >= 10


def test_every_readme_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    interviews = tmp_path / "interviews"
    interviews.mkdir()
    for transcript in (demo_dir() / "transcripts").glob("*.docx"):
        shutil.copy(transcript, interviews)
    ran = []
    for line in readme_examples():
        arguments = shlex.split(line)[1:]
        expanded = []
        for argument in arguments:
            expanded += sorted(str(p) for p in tmp_path.glob(argument)) if "*" in argument else [argument]
        if arguments[:1] == ["gui"] and "--screenshot" not in arguments:
            continue  # opens a window and waits for the user
        assert main(expanded) == 0, line
        ran.append(arguments[0])
    assert {"demo", "new", "import", "code", "agreement", "export", "merge", "backup"} <= set(ran)
    assert (tmp_path / "e05.docx").stat().st_size > 0 and (tmp_path / "out.png").stat().st_size > 0
