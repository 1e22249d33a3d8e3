"""Search, auto-coding, merging copies and the audit trail from the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from caqda.cli import main


def run(capsys: pytest.CaptureFixture[str], *arguments: object) -> tuple[int, str, str]:
    code = main([str(argument) for argument in arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_search_and_autocode(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    code, out, _ = run(capsys, "search", demo_path, "sao paulo", "--json")
    hits = json.loads(out)
    assert code == 0 and hits and all(h["text"].casefold() == "são paulo" for h in hits)
    code, out, _ = run(capsys, "autocode", demo_path, "ouvidoria", "--code", "Monitoring and listening",
                       "--coder", "Carla", "--new-coder", "--unit", "sentence")  # fmt: skip
    assert code == 0 and "Coded" in out and "for Carla" in out
    carla = json.loads(run(capsys, "codings", demo_path, "--coder", "Carla", "--json")[1])
    assert carla and all("ouvidoria" in c["text"].casefold() for c in carla)


def test_merge_copies_and_read_the_trail(
    capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "carla.caqda"
    shutil.copyfile(demo_path, copy)
    assert run(capsys, "code", copy, "--document", "E05", "--code", "Peer support", "--coder", "Carla",
               "--new-coder", "--start", "40", "--end", "90")[0] == 0  # fmt: skip
    code, out, _ = run(capsys, "merge", demo_path, copy)
    assert code == 0 and "1 new codings" in out
    info = json.loads(run(capsys, "info", demo_path, "--json")[1])
    assert {"name": "Carla", "codings": 1} in info["coders"]
    code, out, _ = run(capsys, "audit", demo_path, "--coder", "Carla", "--json")
    events = json.loads(out)
    assert any(e["action"] == "add coding" and "Peer support in E05" in e["summary"] for e in events)
    assert "merge project" in run(capsys, "audit", demo_path)[1]


def test_ambiguous_document_prefix_is_explained(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    code, _, err = run(capsys, "codings", demo_path, "--document", "E0")
    assert code == 1 and "could be several documents" in err
