"""`caqda adjudicate`: list disagreements, settle them each way, accept agreements, scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caqda.cli import main

CODE = "Complaint handling and service recovery"


def run(capsys: pytest.CaptureFixture[str], *arguments: object) -> tuple[int, str, str]:
    code = main([str(argument) for argument in arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_settle_disagreements_from_the_command_line(
    capsys: pytest.CaptureFixture[str], demo_path: Path
) -> None:
    base = ("adjudicate", demo_path, "--coders", "Ana", "Bruno", "--code", CODE)
    code, out, _ = run(capsys, *base, "--json")
    listing = json.loads(out)
    assert code == 0 and listing["settled"] == 0 and listing["total"] == len(listing["disagreements"]) >= 4
    first, second = listing["disagreements"][0], listing["disagreements"][1]
    assert run(capsys, *base, "--take", "a", "--disagreement", 1)[0] == 0
    assert run(capsys, *base, "--take", "none", "--disagreement", 2)[0] == 0
    code, out, _ = run(capsys, *base, "--range", first["start"], first["start"] + 10, "--disagreement", 3)
    assert code == 0 and f"3 of {listing['total']} disagreements settled" in out
    after = json.loads(run(capsys, *base, "--json")[1])
    assert [row["decision"] for row in after["disagreements"][:3]] == ["a", "none", "hand"]
    assert second["number"] == 2

    consensus = json.loads(run(capsys, "codings", demo_path, "--coder", "Consensus", "--json")[1])
    ana_spans = first["segments"]["Ana"]
    assert sorted((c["start"], c["end"]) for c in consensus) == sorted(
        [*(tuple(span) for span in ana_spans), (first["start"], first["start"] + 10)]
    )
    code, out, _ = run(capsys, "adjudicate", demo_path, "--coders", "Ana", "Bruno", "--accept-agreements")
    assert code == 0 and "Accepted" in out
    accepted = int(out.split()[1])
    consensus_after = json.loads(run(capsys, "codings", demo_path, "--coder", "Consensus", "--json")[1])
    assert len(consensus_after) >= len(consensus) + accepted >= len(consensus) + 1

    code, out, _ = run(capsys, *base, "--scores", "--json")
    scores = json.loads(out)
    assert code == 0 and {(s["coder"], s["unit"]) for s in scores} == {
        ("Ana", "character"),
        ("Ana", "segment"),
        ("Bruno", "character"),
        ("Bruno", "segment"),
    }
    assert all(s["precision"] is None or 0 <= s["precision"] <= 1 for s in scores)


def test_bad_adjudication_input(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    base = ("adjudicate", demo_path, "--coders", "Ana", "Bruno", "--code", CODE)
    code, _, err = run(capsys, *base, "--take", "a", "--disagreement", 999)
    assert code == 1 and "--disagreement N" in err
    code, _, err = run(capsys, "adjudicate", demo_path, "--coders", "Ana", "Nobody", "--code", CODE)
    assert code == 1 and "no coder called 'Nobody'" in err
    code, _, err = run(capsys, "adjudicate", demo_path, "--coders", "Ana", "Bruno", "--take", "a")
    assert code == 1 and "--code NAME" in err


def test_listing_or_a_refused_decision_makes_no_consensus_coder(
    capsys: pytest.CaptureFixture[str], demo_path: Path
) -> None:
    from caqda.core.project import Project

    def coder_names() -> set[str]:
        with Project.open(demo_path) as project:
            return {row[0] for row in project.rows("SELECT name FROM coders")}

    before = coder_names()
    assert "Consensus" not in before
    base = ("adjudicate", demo_path, "--coders", "Ana", "Bruno", "--code", CODE)
    assert run(capsys, *base, "--json")[0] == 0
    assert run(capsys, *base, "--take", "a", "--disagreement", 999)[0] == 1
    assert coder_names() == before
