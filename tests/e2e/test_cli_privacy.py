"""`caqda pseudonymise --scan/--apply` and `caqda reidentify`, end to end on the labelled corpus:
the scan's JSON, unedited, accepts every candidate; the key opens only with its passphrase."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caqda.cli import main
from caqda.core import documents
from caqda.core.project import Project
from tests.conftest import add_text
from tests.unit.core.privacy.corpus import LABELLED, unlabel

PASSPHRASE = "a long enough passphrase"


def run(capsys: pytest.CaptureFixture[str], *arguments: object) -> tuple[int, str, str]:
    code = main([str(argument) for argument in arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def corpus_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.caqda"
    with Project.create(path) as project:
        for name, labelled in LABELLED.items():
            text, _ = unlabel(labelled.strip())
            documents.store_document(
                project,
                documents.prepare_text(text),
                name=name,
                source_name=f"{name}.txt",
                source_format="txt",
            )
    return path


def _texts(path: Path) -> dict[str, str]:
    with Project.open(path) as project:
        return {d.name: documents.document_text(project, d.id) for d in documents.list_documents(project)}


def test_scan_apply_reidentify(capsys, corpus_path: Path, tmp_path: Path, monkeypatch) -> None:
    before = _texts(corpus_path)
    code, out, _ = run(capsys, "pseudonymise", corpus_path, "--scan")
    assert code == 0 and "Maria Aparecida" in out and "candidates." in out
    code, out, _ = run(capsys, "pseudonymise", corpus_path, "--scan", "--json")
    scanned = json.loads(out)
    assert code == 0 and len(scanned["candidates"]) > 20
    for item in scanned["candidates"]:
        if item["field"] == "text":
            assert before[item["document"]][item["start"] : item["end"]] == item["text"]
    decisions = tmp_path / "decisions.json"
    decisions.write_text(out, encoding="utf-8")
    key = tmp_path / "study.key"
    code, _, err = run(capsys, "pseudonymise", corpus_path, "--apply", decisions, "--key", key)
    assert code == 1 and "CAQDA_KEY_PASSPHRASE" in err and not key.exists()  # no passphrase, no change
    assert _texts(corpus_path) == before
    monkeypatch.setenv("CAQDA_KEY_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "pseudonymise", corpus_path, "--apply", decisions, "--key", key)
    assert code == 0 and "Replaced" in out and key.exists()
    after = _texts(corpus_path)
    for item in scanned["candidates"]:
        if item["category"] in ("phone", "email", "id"):
            assert all(item["text"] not in text for text in after.values())
    code, out, _ = run(capsys, "info", corpus_path)
    assert code == 0 and out.startswith("Pseudonymised:")
    e01 = after["Entrevista E01"]
    code, out, _ = run(
        capsys,
        "reidentify",
        corpus_path,
        "--key",
        key,
        "--document",
        "Entrevista E01",
        "--start",
        0,
        "--end",
        len(e01),
    )
    assert code == 0 and out == before["Entrevista E01"] + "\n"
    monkeypatch.setenv("CAQDA_KEY_PASSPHRASE", "not the passphrase")
    code, out, err = run(
        capsys,
        "reidentify",
        corpus_path,
        "--key",
        key,
        "--document",
        "Entrevista E01",
        "--start",
        0,
        "--end",
        5,
    )
    assert code == 1 and "passphrase does not open" in err and not out


def test_rejections_and_edits_in_the_decisions_file(
    capsys, corpus_path: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("CAQDA_KEY_PASSPHRASE", PASSPHRASE)
    scanned = json.loads(run(capsys, "pseudonymise", corpus_path, "--scan", "--json")[1])
    for item in scanned["candidates"]:
        if item["text"] == "Rosa":
            item["decision"] = "never"
        elif item["category"] != "person":
            item["decision"] = "reject"
        elif item["text"] == "João Batista":
            item["pseudonym"] = "Entrevistado 2"
    decisions = tmp_path / "d.json"
    decisions.write_text(json.dumps(scanned), encoding="utf-8")
    code, _, err = run(capsys, "pseudonymise", corpus_path, "--apply", decisions, "--key", tmp_path / "k")
    assert code == 0, err
    after = _texts(corpus_path)
    assert "(11) 98765-4321" in after["Entrevista E01"] and "A Rosa ajuda" in after["Entrevista E01"]
    assert "Entrevistado 2: Conheço" in after["Entrevista E02"]
    rescan = json.loads(run(capsys, "pseudonymise", corpus_path, "--scan", "--json")[1])
    assert "Rosa" not in {item["text"] for item in rescan["candidates"]}  # "never" is remembered
    code, _, err = run(capsys, "pseudonymise", corpus_path, "--apply", decisions, "--key", tmp_path / "k2")
    assert code == 1 and "changed since the scan" in err


def test_similar_lists_the_near_copy_first(capsys, tmp_path: Path) -> None:
    from caqda.core import codebook, coders
    from caqda.core.coding import add_coding

    path = tmp_path / "s.caqda"
    first = "E01: A espera na emergência foi de cinco horas. O quarto era limpo."
    second = "E02: O estacionamento é caro. Esperamos cinco horas na emergencia!"
    with Project.create(path) as project:
        ids = [add_text(project, name, text) for name, text in (("E01", first), ("E02", second))]
        code = codebook.add_code(project, "Waiting")
        coder = coders.ensure_coder(project, "Ana")
        start = first.index("A espera")
        add_coding(project, document_id=ids[0], code_id=code.id, coder_id=coder.id, start=start,
                   end=first.index("horas.") + 6)  # fmt: skip
    code, out, _ = run(capsys, "similar", path, "--code", "Waiting", "--json", "--top", "2")
    found = json.loads(out)
    assert code == 0 and found[0]["text"] == "Esperamos cinco horas na emergencia!"
    assert found[0]["nearest"]["text"] == "A espera na emergência foi de cinco horas."
    code, out, _ = run(capsys, "similar", path, "--code", "Waiting")
    assert code == 0 and out.startswith("1. ") and "like E01" in out
    code, _, err = run(capsys, "similar", path, "--code", "Nope")
    assert code == 1 and "Nope" in err
