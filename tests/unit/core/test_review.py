"""Review marks: per reviewer, with history, audit events, queues and summary counts."""

from __future__ import annotations

import json
import sqlite3

import pytest

from caqda.core import audit, codebook, coders, documents, review
from caqda.core.coding import add_coding, remove_coding, restore_coding
from caqda.core.errors import CodingError, NotFoundError
from caqda.core.project import Project


@pytest.fixture
def setup(project: Project, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "E05.txt"
    path.write_text("Interviewer: Como foi?\nE05: A família agradeceu no Facebook e no Instagram.\n", "utf-8")
    document = documents.import_file(project, path).document
    assert document is not None
    praise = codebook.add_code(project, "Praise")
    value = codebook.add_code(project, "Value")
    ana = coders.ensure_coder(project, "Ana")
    bruno = coders.ensure_coder(project, "Bruno")
    sup = coders.ensure_coder(project, "Sup")
    codings = [
        add_coding(project, document_id=document.id, code_id=praise.id, coder_id=ana.id, start=28, end=38),
        add_coding(project, document_id=document.id, code_id=value.id, coder_id=ana.id, start=40, end=50),
        add_coding(project, document_id=document.id, code_id=praise.id, coder_id=bruno.id, start=28, end=40),
    ]
    return project, document, codings, ana, bruno, sup


def test_mark_stores_reviewer_comment_and_audit(setup) -> None:  # type: ignore[no-untyped-def]
    project, _, codings, _, _, sup = setup
    previous = review.mark_coding(project, codings[0].uuid, sup.id, "rejected", "  too broad ")
    assert previous is None
    mark = review.current_marks(project)[codings[0].uuid]
    assert (mark.reviewer, mark.mark, mark.comment) == ("Sup", "rejected", "too broad")
    event = audit.events(project, codings[0].uuid)[-1]
    assert event.action == "review coding" and event.coder_id == sup.id
    assert json.loads(event.after or "") == {"review": "rejected", "comment": "too broad"}


def test_remarking_keeps_history_and_returns_previous(setup) -> None:  # type: ignore[no-untyped-def]
    project, _, codings, _, _, sup = setup
    review.mark_coding(project, codings[0].uuid, sup.id, "discuss")
    previous = review.mark_coding(project, codings[0].uuid, sup.id, "approved")
    assert previous is not None and previous.mark == "discuss"
    assert [m.mark for m in review.mark_history(project, codings[0].uuid)] == ["discuss", "approved"]
    review.restore_mark(project, codings[0].uuid, sup.id, previous)
    assert review.current_marks(project)[codings[0].uuid].mark == "discuss"


def test_clear_and_undo_of_first_mark(setup) -> None:  # type: ignore[no-untyped-def]
    project, _, codings, _, _, sup = setup
    previous = review.mark_coding(project, codings[1].uuid, sup.id, "approved")
    review.restore_mark(project, codings[1].uuid, sup.id, previous)
    assert codings[1].uuid not in review.current_marks(project)
    assert audit.events(project, codings[1].uuid)[-1].action == "clear review"


def test_marks_are_per_reviewer(setup) -> None:  # type: ignore[no-untyped-def]
    project, _, codings, ana, _, sup = setup
    review.mark_coding(project, codings[2].uuid, sup.id, "approved")
    review.mark_coding(project, codings[2].uuid, ana.id, "rejected")
    assert review.current_marks(project, reviewer_id=sup.id)[codings[2].uuid].mark == "approved"
    assert review.current_marks(project, reviewer_id=ana.id)[codings[2].uuid].mark == "rejected"
    assert review.current_marks(project)[codings[2].uuid].mark == "rejected"  # the newest
    review.clear_mark(project, codings[2].uuid, ana.id)
    assert review.current_marks(project)[codings[2].uuid].mark == "approved"


def test_bad_input_is_refused_and_changes_nothing(setup) -> None:  # type: ignore[no-untyped-def]
    project, _, codings, _, _, sup = setup
    with pytest.raises(CodingError, match="not a review mark"):
        review.mark_coding(project, codings[0].uuid, sup.id, "maybe")
    with pytest.raises(NotFoundError):
        review.mark_coding(project, "no-such-uuid", sup.id, "approved")
    with pytest.raises(NotFoundError):
        review.mark_coding(project, codings[0].uuid, 999, "approved")
    assert project.scalar("SELECT COUNT(*) FROM review_marks") == 0


def test_mark_survives_remove_and_restore(setup) -> None:  # type: ignore[no-untyped-def]
    project, _, codings, _, _, sup = setup
    review.mark_coding(project, codings[0].uuid, sup.id, "approved")
    removed = remove_coding(project, codings[0].id)
    restore_coding(project, removed)
    assert review.current_marks(project)[codings[0].uuid].mark == "approved"


def test_queue_filters_and_unreviewed(setup) -> None:  # type: ignore[no-untyped-def]
    project, _, codings, ana, bruno, sup = setup
    assert [c.uuid for c in review.review_queue(project)] == [
        codings[0].uuid,
        codings[2].uuid,
        codings[1].uuid,
    ]
    assert [c.uuid for c in review.review_queue(project, coder_ids=[bruno.id])] == [codings[2].uuid]
    review.mark_coding(project, codings[0].uuid, sup.id, "approved")
    unreviewed = review.review_queue(project, coder_ids=[ana.id], only_unreviewed=True)
    assert [c.uuid for c in unreviewed] == [codings[1].uuid]
    assert len(review.review_queue(project, only_unreviewed=True, reviewer_id=ana.id)) == 3


def test_summary_counts_match_a_hand_count(setup) -> None:  # type: ignore[no-untyped-def]
    project, _, codings, _, _, sup = setup
    review.mark_coding(project, codings[0].uuid, sup.id, "approved")
    review.mark_coding(project, codings[2].uuid, sup.id, "discuss")
    summary = review.review_summary(project)
    coders_rows = {row["coder"]: row for row in summary["coders"]}
    assert coders_rows["Ana"] == {
        "coder": "Ana",
        "approved": 1,
        "rejected": 0,
        "discuss": 0,
        "unreviewed": 1,
        "total": 2,
    }
    assert coders_rows["Bruno"]["discuss"] == 1 and coders_rows["Bruno"]["total"] == 1
    codes_rows = {row["code"]: row for row in summary["codes"]}
    assert (codes_rows["Praise"]["approved"], codes_rows["Praise"]["discuss"]) == (1, 1)
    assert codes_rows["Value"]["unreviewed"] == 1


def test_context_shows_passage_with_surroundings(setup) -> None:  # type: ignore[no-untyped-def]
    project, document, codings, *_ = setup
    text = documents.document_text(project, document.id)
    before, passage, after = review.context_of(project, codings[0], margin=12)
    assert passage == text[28:38]
    assert before.startswith("…") and text[16:28].endswith(before.lstrip("…"))
    assert after.endswith("…")


def test_review_table_has_a_check_on_the_mark(setup) -> None:  # type: ignore[no-untyped-def]
    project, _, codings, _, _, sup = setup
    with pytest.raises(sqlite3.IntegrityError):
        project.connection.execute(
            "INSERT INTO review_marks(uuid, coding_uuid, reviewer_id, mark, marked_at) "
            "VALUES ('x', ?, ?, 'ok', '')",
            (codings[0].uuid, sup.id),
        )
