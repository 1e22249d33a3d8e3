"""Merging a copy whose documents' text is no longer this project's (pseudonymised or edited on
one side since the hand-out): the copy's codings would land on other words, so they are left
out and said, never placed by their old offsets."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from caqda.core import attributes, codebook, coders, document_edits, document_sets, documents, team_copies
from caqda.core.coding import add_coding
from caqda.core.merge import apply_merge, plan_merge, undo_merge
from caqda.core.project import Project


def _document(project: Project, tmp_path: Path, name: str) -> int:
    path = tmp_path / f"{name}.txt"
    path.write_text(f"{name}: Dona Maria said the nurse Paulo answered her at night.\n", "utf-8")
    document = documents.import_file(project, path).document
    assert document is not None
    return document.id


def test_codings_on_a_text_changed_since_the_handout_are_left_out(project: Project, tmp_path: Path) -> None:
    changed, kept = _document(project, tmp_path, "E01"), _document(project, tmp_path, "E02")
    code = codebook.add_code(project, "Praise")
    team_copies.copy_for(project, "Ana", tmp_path / "ana.caqda")
    time.sleep(0.005)
    with Project.open(tmp_path / "ana.caqda") as copy:
        ana = coders.find_coder(copy, "Ana")
        for document_id in (changed, kept):
            add_coding(copy, document_id=document_id, code_id=code.id, coder_id=ana.id, start=5, end=15)
    # The text of E01 changes here (as pseudonymising "Maria" would): offsets after it move.
    text = project.scalar("SELECT text FROM documents WHERE id = ?", (changed,)).replace(
        "Maria", "[Patient 1]"
    )
    with project.transaction() as connection:
        connection.execute(
            "UPDATE documents SET text = ?, characters = ?, sha256 = ? WHERE id = ?",
            (text, len(text), hashlib.sha256(text.encode()).hexdigest(), changed),
        )
    plan = plan_merge(project, tmp_path / "ana.caqda")
    notes = [c.description for c in plan.conflicts if c.entity == "document"]
    assert len(notes) == 1 and "E01" in notes[0] and "1 coding made" in notes[0]
    apply_merge(project, plan)
    placed = {row[0] for row in project.rows("SELECT document_id FROM codings")}
    assert placed == {kept}


def _sets(project: Project) -> dict[str, set[str]]:
    return {s.name: {project.scalar("SELECT name FROM documents WHERE id = ?", (d,)) for d in s.document_ids}
            for s in document_sets.list_sets(project)}  # fmt: skip


def _roles(project: Project) -> dict[str, str]:
    return {
        row[0]: row[1]
        for row in project.rows(
            "SELECT d.name, a.value FROM document_attributes a JOIN documents d ON d.id = a.document_id "
            "WHERE a.name = 'Role'"
        )
    }


def _corpus(project: Project) -> tuple[object, ...]:
    return (
        sorted(tuple(r) for r in project.rows("SELECT * FROM document_sets")),
        sorted(tuple(r) for r in project.rows("SELECT * FROM document_set_members")),
        sorted(tuple(r) for r in project.rows("SELECT * FROM document_attributes")),
    )


def test_document_sets_and_attribute_values_come_back(project: Project, tmp_path: Path) -> None:
    e01, e02, e03 = (_document(project, tmp_path, name) for name in ("E01", "E02", "E03"))
    nurses = document_sets.create_set(project, "Nurses", document_ids=[e01])
    doctors = document_sets.create_set(project, "Doctors", document_ids=[e02])
    attributes.set_value(project, e01, "Role", "nurse")
    team_copies.copy_for(project, "Ana", tmp_path / "ana.caqda")
    time.sleep(0.005)
    with Project.open(tmp_path / "ana.caqda") as copy:
        document_sets.create_set(copy, "Night shift", document_ids=[e01, e03])
        document_sets.rename_set(copy, doctors.id, "Physicians")
        document_sets.add_to_set(copy, nurses.id, [e02])
        document_sets.remove_from_set(copy, nurses.id, [e01])
        attributes.set_value(copy, e02, "Role", "doctor")
        attributes.set_value(copy, e01, "Role", "head nurse")
        document_edits.rename_document(copy, e03, "E03 (night)")  # not carried: said
    time.sleep(0.005)
    attributes.set_value(project, e01, "Role", "nurse manager")  # clashes with the copy's
    before = _corpus(project)

    plan = plan_merge(project, tmp_path / "ana.caqda")
    clashes = [c.description for c in plan.conflicts if c.entity == "attribute"]
    assert len(clashes) == 1 and "“Role” of E01" in clashes[0] and "(nurse manager) is kept" in clashes[0]
    assert any("documents renamed: 1" in note for note in plan.notes)
    undo = apply_merge(project, plan)
    assert _sets(project) == {"Nurses": {"E02"}, "Physicians": {"E02"}, "Night shift": {"E01", "E03"}}
    assert _roles(project) == {"E01": "nurse manager", "E02": "doctor"}
    assert project.scalar("SELECT name FROM documents WHERE id = ?", (e03,)) == "E03"
    assert plan_merge(project, tmp_path / "ana.caqda").corpus.empty  # nothing twice

    undo_merge(project, plan, undo)
    assert _corpus(project) == before


def test_a_set_deleted_in_the_copy_goes_unless_changed_here(project: Project, tmp_path: Path) -> None:
    e01, e02 = _document(project, tmp_path, "E01"), _document(project, tmp_path, "E02")
    gone = document_sets.create_set(project, "Pilot", document_ids=[e01])
    kept = document_sets.create_set(project, "Wave 2", document_ids=[e02])
    team_copies.copy_for(project, "Ana", tmp_path / "ana.caqda")
    time.sleep(0.005)
    with Project.open(tmp_path / "ana.caqda") as copy:
        document_sets.delete_set(copy, gone.id)
        document_sets.delete_set(copy, kept.id)
    document_sets.add_to_set(project, kept.id, [e01])  # changed here since: stays
    plan = plan_merge(project, tmp_path / "ana.caqda")
    assert [c.entity for c in plan.conflicts] == ["document_set"]
    apply_merge(project, plan)
    assert _sets(project) == {"Wave 2": {"E01", "E02"}}
