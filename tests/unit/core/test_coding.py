"""Applying, changing and removing codings; each is stored at once with an audit event."""

from __future__ import annotations

import json

import pytest

from caqda.core import audit, codebook, coders, documents
from caqda.core.coding import (
    CodingFilter,
    add_coding,
    list_codings,
    recode_coding,
    remove_coding,
    resize_coding,
    set_coding_memo,
)
from caqda.core.errors import CodingError, NotFoundError
from caqda.core.project import Project


@pytest.fixture
def setup(project: Project, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "E05.txt"
    path.write_text(
        "Interviewer: Como foi?\nE05: A família da Dona Conceição 😀 agradeceu no Facebook.\n", "utf-8"
    )
    document = documents.import_file(project, path).document
    assert document is not None
    code = codebook.add_code(project, "Acknowledging praise")
    other = codebook.add_code(project, "Emotional value")
    ana = coders.ensure_coder(project, "Ana")
    return project, document, code, other, ana


def test_add_coding_stores_code_point_offsets(setup) -> None:  # type: ignore[no-untyped-def]
    project, document, code, _, ana = setup
    text = documents.document_text(project, document.id)
    start = text.index("Dona")
    end = text.index("agradeceu") + len("agradeceu")
    coding = add_coding(
        project, document_id=document.id, code_id=code.id, coder_id=ana.id, start=start, end=end
    )
    assert text[coding.start : coding.end] == "Dona Conceição 😀 agradeceu"
    assert list_codings(project) == [coding]
    event = audit.events(project, coding.uuid)[0]
    assert event.action == "add coding" and event.coder_id == ana.id
    assert json.loads(event.after or "{}")["start"] == start


@pytest.mark.parametrize("span", [(-1, 4), (4, 4), (5, 2), (0, 10_000)])
def test_bad_ranges_are_refused(setup, span) -> None:  # type: ignore[no-untyped-def]
    project, document, code, _, ana = setup
    with pytest.raises(CodingError, match="nothing was coded"):
        add_coding(
            project, document_id=document.id, code_id=code.id, coder_id=ana.id, start=span[0], end=span[1]
        )
    assert list_codings(project) == []


def test_unknown_references_are_refused(setup) -> None:  # type: ignore[no-untyped-def]
    project, document, code, _, ana = setup
    with pytest.raises(NotFoundError):
        add_coding(project, document_id=document.id, code_id=999, coder_id=ana.id, start=0, end=3)
    with pytest.raises(NotFoundError):
        add_coding(project, document_id=document.id, code_id=code.id, coder_id=999, start=0, end=3)
    with pytest.raises(NotFoundError):
        add_coding(project, document_id=999, code_id=code.id, coder_id=ana.id, start=0, end=3)


def test_resize_recode_memo_remove(setup) -> None:  # type: ignore[no-untyped-def]
    project, document, code, other, ana = setup
    coding = add_coding(project, document_id=document.id, code_id=code.id, coder_id=ana.id, start=10, end=20)
    assert (
        resize_coding(project, coding.id, 12, 30).start,
        resize_coding(project, coding.id, 12, 30).end,
    ) == (12, 30)
    assert recode_coding(project, coding.id, other.id).code_id == other.id
    assert set_coding_memo(project, coding.id, "gratidão, not praise").memo == "gratidão, not praise"
    with pytest.raises(CodingError):
        resize_coding(project, coding.id, 30, 12)
    removed = remove_coding(project, coding.id)
    assert removed.memo == "gratidão, not praise"
    assert list_codings(project) == []
    actions = [event.action for event in audit.events(project, coding.uuid)]
    assert actions == [
        "add coding",
        "resize coding",
        "resize coding",
        "change coding code",
        "edit coding memo",
        "remove coding",
    ]


def test_list_codings_filters(setup) -> None:  # type: ignore[no-untyped-def]
    project, document, code, other, ana = setup
    bruno = coders.ensure_coder(project, "Bruno")
    a = add_coding(project, document_id=document.id, code_id=code.id, coder_id=ana.id, start=0, end=5)
    b = add_coding(project, document_id=document.id, code_id=other.id, coder_id=bruno.id, start=3, end=9)
    assert list_codings(project, CodingFilter(coder_ids=(bruno.id,))) == [b]
    assert list_codings(project, CodingFilter(code_ids=(code.id,))) == [a]
    assert list_codings(project, CodingFilter(document_ids=(document.id,), coder_ids=(ana.id, bruno.id))) == [
        a,
        b,
    ]


def test_many_codings_at_once_are_stored_and_audited_as_one_by_one(setup, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from caqda.core.coding import add_codings, remove_codings

    project, document, code, _, ana = setup
    one = add_coding(project, document_id=document.id, code_id=code.id, coder_id=ana.id, start=0, end=5)
    one_event = json.loads(
        project.scalar("SELECT after FROM audit_events WHERE entity_uuid = ?", (one.uuid,))
    )
    heard: list[object] = []
    project.add_listener(heard.extend)
    many = add_codings(project, code_id=code.id, coder_id=ana.id, spans={document.id: [(6, 10), (12, 20)]})
    assert [(c.start, c.end) for c in many] == [(6, 10), (12, 20)]
    stored = {(c.id, c.uuid, c.start, c.end) for c in list_codings(project)}
    assert {(c.id, c.uuid, c.start, c.end) for c in many} <= stored
    for coding in many:
        after = json.loads(
            project.scalar("SELECT after FROM audit_events WHERE entity_uuid = ?", (coding.uuid,))
        )
        assert set(after) == set(one_event) and (after["start"], after["end"]) == (coding.start, coding.end)
    assert [(change.action, change.uuid) for change in heard] == [("add coding", c.uuid) for c in many]  # type: ignore[attr-defined]
    with pytest.raises(CodingError):  # one bad range: nothing is coded
        add_codings(project, code_id=code.id, coder_id=ana.id, spans={document.id: [(1, 2), (5, 99999)]})
    assert len(list_codings(project)) == 3
    removed = remove_codings(project, [c.id for c in many])
    assert {c.uuid for c in removed} == {c.uuid for c in many}
    assert [c.uuid for c in list_codings(project)] == [one.uuid]
    buried = {row[0] for row in project.rows("SELECT uuid FROM tombstones WHERE entity = 'coding'")}
    assert buried == {c.uuid for c in many}
