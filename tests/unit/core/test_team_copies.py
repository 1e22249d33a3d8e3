"""Tombstones on every delete path, and coders' copies: blind, same identities, knowing their origin."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from caqda.core import codebook, coders, memos, snapshots, team_copies
from caqda.core.coding import CodingFilter, list_codings, remove_coding, restore_coding
from caqda.core.errors import ProjectError
from caqda.core.project import Project
from caqda.core.tombstones import tombstones


def _buried(project: Project, entity: str) -> set[str]:
    return {t.uuid for t in tombstones(project, entity)}


def test_removing_a_coding_leaves_a_tombstone_and_undo_takes_it_away(demo: Project) -> None:
    ana = coders.find_coder(demo, "Ana")
    demo.acting_coder = ana
    coding = list_codings(demo)[0]
    remove_coding(demo, coding.id)
    [stone] = tombstones(demo, "coding")
    assert (stone.uuid, stone.deleted_by) == (coding.uuid, ana.uuid) and stone.deleted_at
    restore_coding(demo, coding)
    assert tombstones(demo) == []


def test_deleting_a_code_buries_its_subtree_and_codings_and_a_snapshot_restores_them(demo: Project) -> None:
    parent = codebook.find_code(demo, "Customer sphere")
    subtree = codebook.descendants(demo, parent.id)
    codings = {c.uuid for c in list_codings(demo, CodingFilter(code_ids=tuple(subtree)))}
    code_uuids = {codebook.get_code(demo, i).uuid for i in subtree}
    saved = snapshots.snapshot(demo, [parent.id])
    codebook.delete_code(demo, parent.id)
    assert codings and _buried(demo, "coding") == codings
    assert _buried(demo, "code") == code_uuids and len(code_uuids) == 6
    snapshots.restore(demo, saved)
    assert tombstones(demo) == []


def test_merging_codes_buries_the_source_and_the_duplicate_codings(project: Project) -> None:
    from caqda.core.coding import add_coding
    from caqda.core.documents import import_file

    path = project.path.with_name("a.txt")
    path.write_text("Interviewer: Hi\nE01: We answer every post.\nInterviewer: And?\nE01: Always.\n")
    document = import_file(project, path).document
    assert document is not None
    ana = coders.ensure_coder(project, "Ana")
    first, second = codebook.add_code(project, "First"), codebook.add_code(project, "Second")
    duplicate = add_coding(
        project, document_id=document.id, code_id=first.id, coder_id=ana.id, start=0, end=9
    )
    add_coding(project, document_id=document.id, code_id=second.id, coder_id=ana.id, start=0, end=9)
    add_coding(project, document_id=document.id, code_id=first.id, coder_id=ana.id, start=10, end=20)
    codebook.merge_codes(project, first.id, second.id)
    assert _buried(project, "coding") == {duplicate.uuid}
    assert _buried(project, "code") == {first.uuid}


def test_deleting_a_memo_buries_it(project: Project) -> None:
    memo = memos.add_memo(project, "A thought", coder_id=None)
    memos.delete_memo(project, memo.id)
    assert _buried(project, "memo") == {memo.uuid}


def test_a_blind_copy_keeps_identities_and_leaves_out_the_other_coders(demo: Project, tmp_path: Path) -> None:
    ana, bruno = coders.find_coder(demo, "Ana"), coders.find_coder(demo, "Bruno")
    anas = {c.uuid for c in list_codings(demo, CodingFilter(coder_ids=(ana.id,)))}
    brunos = {c.uuid for c in list_codings(demo, CodingFilter(coder_ids=(bruno.id,)))}
    codes = {c.uuid for c in codebook.list_codes(demo)}
    documents = {row[0] for row in demo.rows("SELECT uuid FROM documents")}
    assert team_copies.project_identity(demo) is None
    result = team_copies.copy_for(demo, "Ana", tmp_path / "ana.caqda")
    identity = team_copies.project_identity(demo)
    assert identity is not None and result.left_out == len(brunos) and result.codings == len(anas)
    raw = (tmp_path / "ana.caqda").read_bytes()
    assert not any(uuid.encode() in raw for uuid in brunos)  # not even in free pages
    with Project.open(tmp_path / "ana.caqda") as copy:
        assert {c.uuid for c in list_codings(copy)} == anas
        assert {c.uuid for c in codebook.list_codes(copy)} == codes
        assert {row[0] for row in copy.rows("SELECT uuid FROM documents")} == documents
        handout = team_copies.handout_of(copy)
        assert handout is not None and handout.project_uuid == identity and handout.coder == "Ana"
        assert handout.blind and handout.at
    assert team_copies.handout_of(demo) is None
    assert demo.scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'prepare coder''s copy'") == 1
    # A second copy reuses the identity; --no-blind copies everybody's codings.
    full = team_copies.copy_for(demo, "Carla", tmp_path / "carla.caqda", blind=False)
    assert full.handout.project_uuid == identity and full.codings == len(anas) + len(brunos)
    assert coders.find_coder(demo, "Carla").uuid == full.handout.coder_uuid


def test_a_copy_is_never_written_over_an_existing_file(demo: Project, tmp_path: Path) -> None:
    existing = tmp_path / "taken.caqda"
    existing.write_bytes(b"keep me")
    with pytest.raises(ProjectError, match="already exists"):
        team_copies.copy_for(demo, "Ana", existing)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(ProjectError, match="does not exist"):
        team_copies.copy_for(demo, "Ana", tmp_path / "missing" / "ana.caqda")
    assert set(tmp_path.iterdir()) == {existing, tmp_path / "demo.caqda"}  # no half-made copy left


def test_the_tombstone_table_exists_in_new_and_migrated_projects(project: Project) -> None:
    names = {row[0] for row in project.rows("SELECT name FROM sqlite_master")}
    assert {
        "tombstones",
        "tombstones_forget_coding",
        "tombstones_forget_memo",
        "tombstones_forget_code",
    } <= names
    with pytest.raises(sqlite3.IntegrityError), project.transaction() as connection:
        connection.execute("INSERT INTO tombstones VALUES ('document', 'x', 'now', NULL)")


def test_a_version_1_project_gains_the_tombstones_when_opened(tmp_path: Path) -> None:
    from caqda.core import schema

    path = tmp_path / "old.caqda"
    connection = sqlite3.connect(path)
    for statement in schema._SCHEMA_V1.split(";"):
        if statement.strip():
            connection.execute(statement)
    connection.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    connection.execute("PRAGMA user_version = 1")
    connection.commit()
    connection.close()
    with Project.open(path) as project:
        memo = memos.add_memo(project, "kept until deleted", coder_id=None)
        memos.delete_memo(project, memo.id)
        assert _buried(project, "memo") == {memo.uuid}
        assert project.scalar("PRAGMA user_version") == schema.SCHEMA_VERSION
    assert (tmp_path / "old.caqda.v1.bak").exists()
