"""Search, auto-coding, merging copies and the audit trail from the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from caqda.cli import main
from caqda.core.coding import coding_by_uuid, remove_coding
from caqda.core.project import Project


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
    assert code == 0 and "codings: 1 added, 0 changed, 0 deleted" in out
    info = json.loads(run(capsys, "info", demo_path, "--json")[1])
    assert {"name": "Carla", "codings": 1} in info["coders"]
    code, out, _ = run(capsys, "audit", demo_path, "--coder", "Carla", "--json")
    events = json.loads(out)
    assert any(e["action"] == "add coding" and "Peer support in E05" in e["summary"] for e in events)
    assert "merge project" in run(capsys, "audit", demo_path)[1]


def test_ambiguous_document_prefix_is_explained(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    code, _, err = run(capsys, "codings", demo_path, "--document", "E0")
    assert code == 1 and "could be several documents" in err


def _counts(capsys: pytest.CaptureFixture[str], path: Path) -> dict[str, int]:
    info = json.loads(run(capsys, "info", path, "--json")[1])
    return {row["name"]: row["codings"] for row in info["coders"]}


def test_copy_for_a_coder_then_preview_and_merge_back(
    capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "bruno.caqda"
    before = _counts(capsys, demo_path)
    code, out, _ = run(capsys, "copy-for", demo_path, "--coder", "Bruno", "-o", copy)
    assert code == 0 and f"blind copy for Bruno to {copy}" in out and f"({before['Bruno']} codings" in out
    assert _counts(capsys, copy) == {"Ana": 0, "Bruno": before["Bruno"]}  # blind: Ana's codings left out
    full = tmp_path / "full.caqda"
    assert run(capsys, "copy-for", demo_path, "--coder", "Carla", "-o", full, "--no-blind")[0] == 0
    assert _counts(capsys, full) == {**before, "Carla": 0}
    bruno = json.loads(run(capsys, "codings", copy, "--coder", "Bruno", "--json")[1])
    assert run(capsys, "code", copy, "--document", "E05", "--code", "Peer support", "--coder", "Bruno",
               "--start", "40", "--end", "90")[0] == 0  # fmt: skip
    with Project.open(copy) as opened:  # Bruno removes one of his codings in his copy
        remove_coding(opened, coding_by_uuid(opened, bruno[0]["uuid"]).id)  # type: ignore[union-attr]
    main_bytes = demo_path.read_bytes()
    code, out, err = run(capsys, "merge", demo_path, copy, "--dry-run")
    removed = 1
    assert code == 0 and f"codings: 1 added, 0 changed, {removed} deleted" in out and "Dry run" in err
    assert demo_path.read_bytes() == main_bytes
    code, out, _ = run(capsys, "merge", demo_path, copy, "--json")
    [plan] = json.loads(out)
    assert code == 0 and plan["applied"] and plan["coder"] == "Bruno"
    assert (plan["codings_added"], plan["codings_deleted"], plan["conflicts"]) == (1, removed, [])
    assert _counts(capsys, demo_path)["Bruno"] == before["Bruno"] + 1 - removed
    code, out, _ = run(capsys, "merge", demo_path, copy)  # twice: nothing more
    assert code == 0 and "Nothing to merge" in out
    assert _counts(capsys, demo_path)["Bruno"] == before["Bruno"] + 1 - removed


def test_merge_refuses_bad_copies_with_a_reason(
    capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.caqda"
    assert run(capsys, "new", other)[0] == 0
    assert run(capsys, "copy-for", other, "--coder", "Ana", "-o", tmp_path / "other-ana.caqda")[0] == 0
    junk = tmp_path / "junk.caqda"
    junk.write_text("not a project")
    before = demo_path.read_bytes()
    for copy, reason in (
        (tmp_path / "other-ana.caqda", "copy of another project ('other')"),
        (junk, "not a caqda project"),
        (demo_path, "cannot be merged into itself"),
    ):
        code, _, err = run(capsys, "merge", demo_path, copy)
        assert code == 1 and reason in err, err
    assert demo_path.read_bytes() == before
    code, _, err = run(capsys, "copy-for", demo_path, "--coder", "Ana", "-o", junk)
    assert code == 1 and "already exists" in err and junk.read_text() == "not a project"
