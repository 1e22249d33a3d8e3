"""Memos on the project, documents and codes, each with its author and audit trail."""

from __future__ import annotations

import pytest

from caqda.core import audit, codebook, coders
from caqda.core.errors import CodingError, NotFoundError
from caqda.core.memos import add_memo, delete_memo, edit_memo, list_memos
from caqda.core.project import Project


def test_memo_life_cycle(project: Project) -> None:
    ana = coders.ensure_coder(project, "Ana")
    code = codebook.add_code(project, "Emotional value")
    project_memo = add_memo(project, "First pass done.", coder_id=ana.id, title="Week 1")
    code_memo = add_memo(
        project, "Overlaps with Peer support?", coder_id=ana.id, target_kind="code", target_id=code.id
    )
    assert list_memos(project, "code", code.id) == [code_memo]
    assert list_memos(project, "project", None) == [project_memo]
    edited = edit_memo(project, code_memo.id, text="Overlaps with Peer support: define the boundary.")
    assert edited.text.endswith("define the boundary.") and edited.title == ""
    delete_memo(project, project_memo.id)
    assert list_memos(project) == [edited]
    assert [event.action for event in audit.events(project, code_memo.uuid)] == ["add memo", "edit memo"]


def test_memo_needs_an_existing_target(project: Project) -> None:
    with pytest.raises(NotFoundError, match="no document with id 7"):
        add_memo(project, "x", coder_id=None, target_kind="document", target_id=7)
    with pytest.raises(CodingError, match="can be attached to"):
        add_memo(project, "x", coder_id=None, target_kind="coding", target_id=1)
    assert list_memos(project) == []
