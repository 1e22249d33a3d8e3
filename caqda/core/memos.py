"""Memos: a coder's notes on the project, a document or a code (coding memos live on the coding).

Each memo belongs to the coder who wrote it, so a supervisor can tell analysts' thinking apart.
"""

from __future__ import annotations

from dataclasses import asdict

from caqda.core import audit, tombstones
from caqda.core.errors import CodingError, NotFoundError
from caqda.core.models import Memo
from caqda.core.project import Project, new_uuid, now

TARGET_KINDS = ("project", "document", "code")
_TABLES = {"document": "documents", "code": "codes"}
_COLUMNS = "id, uuid, coder_id, target_kind, target_id, title, text, created_at, updated_at"


def add_memo(
    project: Project,
    text: str,
    *,
    coder_id: int | None,
    target_kind: str = "project",
    target_id: int | None = None,
    title: str = "",
) -> Memo:
    _check_target(project, target_kind, target_id)
    with project.transaction() as connection:
        stamp = now()
        memo_uuid = new_uuid()
        cursor = connection.execute(
            "INSERT INTO memos(uuid, coder_id, target_kind, target_id, title, text, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (memo_uuid, coder_id, target_kind, target_id, title, text, stamp, stamp),
        )
        memo = get_memo(project, int(cursor.lastrowid or 0))
        audit.record(project, "add memo", "memo", memo_uuid, after=_state(memo), coder_id=coder_id)
    return memo


def get_memo(project: Project, memo_id: int) -> Memo:
    row = project.connection.execute(f"SELECT {_COLUMNS} FROM memos WHERE id = ?", (memo_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"There is no memo with id {memo_id}.")
    return Memo(**dict(row))


def edit_memo(project: Project, memo_id: int, *, text: str | None = None, title: str | None = None) -> Memo:
    memo = get_memo(project, memo_id)
    with project.transaction() as connection:
        connection.execute(
            "UPDATE memos SET text = ?, title = ?, updated_at = ? WHERE id = ?",
            (memo.text if text is None else text, memo.title if title is None else title, now(), memo_id),
        )
        updated = get_memo(project, memo_id)
        audit.record(project, "edit memo", "memo", memo.uuid, before=_state(memo), after=_state(updated))
    return updated


def delete_memo(project: Project, memo_id: int) -> Memo:
    memo = get_memo(project, memo_id)
    with project.transaction() as connection:
        connection.execute("DELETE FROM memos WHERE id = ?", (memo_id,))
        tombstones.bury(project, "memo", [memo.uuid])
        audit.record(project, "delete memo", "memo", memo.uuid, before=_state(memo))
    return memo


def list_memos(project: Project, target_kind: str | None = None, target_id: int | None = None) -> list[Memo]:
    sql = f"SELECT {_COLUMNS} FROM memos"
    parameters: tuple[object, ...] = ()
    if target_kind is not None:
        sql += " WHERE target_kind = ? AND target_id IS ?"
        parameters = (target_kind, target_id)
    return [Memo(**dict(row)) for row in project.rows(sql + " ORDER BY created_at, id", parameters)]


def _check_target(project: Project, target_kind: str, target_id: int | None) -> None:
    if target_kind not in TARGET_KINDS:
        raise CodingError(f"A memo can be attached to {', '.join(TARGET_KINDS)}, not '{target_kind}'.")
    if target_kind == "project":
        if target_id is not None:
            raise CodingError("A project memo has no target id.")
        return
    table = _TABLES[target_kind]
    if target_id is None or project.scalar(f"SELECT 1 FROM {table} WHERE id = ?", (target_id,)) is None:
        raise NotFoundError(f"There is no {target_kind} with id {target_id} to attach the memo to.")


def _state(memo: Memo) -> dict[str, object]:
    state = asdict(memo)
    state.pop("id")
    return state


def restore_memo(project: Project, memo: Memo) -> Memo:
    """Put back a deleted memo exactly as it was (same id and uuid): the undo of a delete and
    the redo of an add."""
    _check_target(project, memo.target_kind, memo.target_id)
    with project.transaction() as connection:
        connection.execute(
            f"INSERT INTO memos({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                memo.id,
                memo.uuid,
                memo.coder_id,
                memo.target_kind,
                memo.target_id,
                memo.title,
                memo.text,
                memo.created_at,
                memo.updated_at,
            ),
        )
        audit.record(project, "restore memo", "memo", memo.uuid, after=_state(memo))
    return get_memo(project, memo.id)


def find_memo(project: Project, reference: str) -> Memo:
    """A memo by its uuid (or a unique beginning of it, as ``caqda memo list`` shows)."""
    reference = reference.strip().lower()
    rows = project.rows(
        f"SELECT {_COLUMNS} FROM memos WHERE uuid LIKE ?", (reference.replace("%", "") + "%",)
    )
    if len(rows) == 1 and reference:
        return Memo(**dict(rows[0]))
    if len(rows) > 1 and reference:
        raise NotFoundError(f"'{reference}' begins the ids of several memos; give more of it.")
    raise NotFoundError(f"There is no memo with the id '{reference}' (see caqda memo list).")
