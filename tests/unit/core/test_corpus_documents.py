"""Shaping the corpus: rename, reorder, delete and restore documents; document sets."""

from __future__ import annotations

import pytest

from caqda.core import codebook, coders, document_edits, document_sets, documents, memos
from caqda.core.coding import add_coding
from caqda.core.errors import CaqdaError
from caqda.core.project import Project
from tests.conftest import add_text, table_dump

INTERVIEW = (
    "Department: Nursing\nYears in the role: 12\n\n"
    "Interviewer: How is the work?\nE01: Heavy, but we manage.\n"
    "Interviewer: And the team?\nE01: The team holds together."
)


@pytest.fixture
def corpus(project: Project) -> Project:
    ana = coders.ensure_coder(project, "Ana")
    bruno = coders.ensure_coder(project, "Bruno")
    project.acting_coder = ana
    care = codebook.add_code(project, "Care")
    work = codebook.add_code(project, "Work")
    first = add_text(project, "E01", INTERVIEW)
    second = add_text(project, "E02", INTERVIEW.replace("E01", "E02").replace("12", "3"))
    add_text(project, "Post 1", "A post about the hospital, with words.")
    for document_id in (first, second):
        add_coding(project, document_id=document_id, code_id=care.id, coder_id=ana.id, start=40, end=60)
        add_coding(
            project, document_id=document_id, code_id=work.id, coder_id=bruno.id, start=50, end=90, memo="m"
        )
    memos.add_memo(project, "About E01", coder_id=ana.id, target_kind="document", target_id=first)
    memos.add_memo(project, "Project note", coder_id=ana.id)
    document_sets.create_set(project, "Nursing", [first, second])
    return project


def test_delete_then_restore_puts_back_every_row(corpus: Project) -> None:
    before = table_dump(corpus)
    e01 = documents.find_document(corpus, "E01")
    impact = document_edits.deletion_impact(corpus, [e01.id])
    assert (impact.documents, impact.codings, impact.memos) == (1, 2, 1)
    saved = document_edits.delete_documents(corpus, [e01.id])
    after_delete = table_dump(corpus)
    assert corpus.scalar("SELECT COUNT(*) FROM codings WHERE document_id = ?", (e01.id,)) == 0
    assert corpus.scalar("SELECT COUNT(*) FROM paragraphs WHERE document_id = ?", (e01.id,)) == 0
    assert len(after_delete["codings"]) == 2 and len(after_delete["memos"]) == 1
    assert len(after_delete["document_set_members"]) == 1
    document_edits.restore_documents(corpus, saved)
    assert table_dump(corpus) == before


def test_delete_is_refused_for_an_unknown_document_and_changes_nothing(corpus: Project) -> None:
    before = table_dump(corpus)
    with pytest.raises(CaqdaError):
        document_edits.delete_documents(corpus, [9999])
    assert table_dump(corpus) == before


def test_rename_refuses_a_taken_name_and_renames_otherwise(corpus: Project) -> None:
    e01 = documents.find_document(corpus, "E01")
    with pytest.raises(CaqdaError, match="already a document"):
        document_edits.rename_document(corpus, e01.id, "e02")
    assert document_edits.rename_document(corpus, e01.id, "E01 Nurse") == "E01"
    assert documents.get_document(corpus, e01.id).name == "E01 Nurse"


def test_move_document_changes_the_list_order(corpus: Project) -> None:
    post = documents.find_document(corpus, "Post 1")
    before = document_edits.move_document(corpus, post.id, 0)
    assert [d.name for d in documents.list_documents(corpus)] == ["Post 1", "E01", "E02"]
    document_edits.reorder_documents(corpus, before)
    assert [d.name for d in documents.list_documents(corpus)] == ["E01", "E02", "Post 1"]


def test_document_sets_add_remove_delete_and_restore(corpus: Project) -> None:
    nursing = document_sets.find_set(corpus, "nursing")
    post = documents.find_document(corpus, "Post 1")
    assert document_sets.add_to_set(corpus, nursing.id, [post.id, post.id]) == [post.id]
    assert len(document_sets.find_set(corpus, "Nursing").document_ids) == 3
    assert document_sets.remove_from_set(corpus, nursing.id, [post.id]) == [post.id]
    with pytest.raises(CaqdaError, match="already a document set"):
        document_sets.create_set(corpus, "NURSING")
    before = table_dump(corpus)
    saved = document_sets.delete_set(corpus, nursing.id)
    assert document_sets.list_sets(corpus) == []
    assert corpus.scalar("SELECT COUNT(*) FROM document_set_members") == 0
    document_sets.restore_set(corpus, saved)
    after = table_dump(corpus)
    # created_at of the set is rewritten; every other value is back.
    assert after["document_set_members"] == before["document_set_members"]
    assert [row[:5] for row in after["document_sets"]] == [row[:5] for row in before["document_sets"]]


def test_a_table_added_later_that_references_documents_is_snapshotted_too(corpus: Project) -> None:
    with corpus.transaction() as connection:
        connection.execute(
            "CREATE TABLE extra (id INTEGER PRIMARY KEY, document_id INTEGER REFERENCES documents(id) "
            "ON DELETE CASCADE, note TEXT)"
        )
        connection.execute(
            "CREATE TABLE pointer (id INTEGER PRIMARY KEY, document_id INTEGER REFERENCES documents(id) "
            "ON DELETE SET NULL)"
        )
        # A row that points at a document and at one of its codings is saved once, not twice.
        connection.execute(
            "CREATE TABLE link (id INTEGER PRIMARY KEY, document_id INTEGER REFERENCES documents(id) "
            "ON DELETE CASCADE, coding_id INTEGER REFERENCES codings(id) ON DELETE CASCADE)"
        )
        e02 = documents.find_document(corpus, "E02").id
        connection.execute("INSERT INTO extra(document_id, note) VALUES (?, 'x')", (e02,))
        connection.execute("INSERT INTO pointer(document_id) VALUES (?)", (e02,))
        coding = corpus.scalar("SELECT id FROM codings WHERE document_id = ? LIMIT 1", (e02,))
        connection.execute("INSERT INTO link(document_id, coding_id) VALUES (?, ?)", (e02, coding))
    before = table_dump(corpus)
    saved = document_edits.delete_documents(corpus, [e02])
    assert corpus.scalar("SELECT COUNT(*) FROM extra") == 0
    assert corpus.scalar("SELECT document_id FROM pointer") is None
    document_edits.restore_documents(corpus, saved)
    assert table_dump(corpus) == before


def test_header_lines_are_proposed_and_a_disclaimer_is_not_one(project: Project) -> None:
    text = (
        "Department: Nursing\n"
        "Disclaimer: This transcript was edited for readability and all names were changed.\n"
        "Interview date: 2024-03-19\n\n"
        "Interviewer: How is it?\nE07: Fine.\nInterviewer: Really?\nE07: Yes."
    )
    prepared = documents.prepare_text(text)
    assert prepared.header == {"Department": "Nursing", "Interview date": "2024-03-19"}
    kept = documents.store_document(project, prepared, name="E07", source_name="E07.txt", source_format="txt")
    assert kept.header_fields == prepared.header
    assert documents.attributes(project, kept.document.id) == prepared.header  # type: ignore[union-attr]
    other = documents.prepare_text(text.replace("E07", "E08"))
    dropped = documents.store_document(
        project, other, name="E08", source_name="E08.txt", source_format="txt", header_attributes=False
    )
    assert dropped.header_fields == prepared.header
    assert documents.attributes(project, dropped.document.id) == {}  # type: ignore[union-attr]
