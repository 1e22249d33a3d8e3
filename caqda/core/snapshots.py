"""Snapshots of part of the codebook with its codings, so a delete, merge or move can be undone.

Undo is a new change that puts the rows back as they were (same ids and uuids), recorded in
the audit trail like any other change. Rows are written with upserts, never REPLACE, because
REPLACE deletes first and the foreign keys would cascade the deletion to the codings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from caqda.core import audit
from caqda.core.codebook import descendants
from caqda.core.project import Project

_CODE_COLUMNS = (
    "id",
    "uuid",
    "parent_id",
    "name",
    "color",
    "definition",
    "when_to_use",
    "when_not_to_use",
    "example",
    "position",
    "created_at",
    "codable",
)
_CODING_COLUMNS = (
    "id",
    "uuid",
    "document_id",
    "code_id",
    "coder_id",
    "start",
    "end",
    "memo",
    "created_at",
    "updated_at",
)


@dataclass(frozen=True)
class CodebookSnapshot:
    codes: tuple[tuple[Any, ...], ...]
    codings: tuple[tuple[Any, ...], ...]
    set_members: tuple[tuple[int, int], ...] = ()


def snapshot(
    project: Project, code_ids: list[int], *, with_siblings_of: tuple[int | None, ...] = ()
) -> CodebookSnapshot:
    """The rows of these codes' subtrees and their codings; ``with_siblings_of`` adds the
    children of those codes too (their positions change when something moves among them)."""
    ids: set[int] = set()
    for code_id in code_ids:
        ids.update(descendants(project, code_id))
    for parent_id in with_siblings_of:
        ids.update(row[0] for row in project.rows("SELECT id FROM codes WHERE parent_id IS ?", (parent_id,)))
    marks = ",".join("?" * len(ids))
    columns = ", ".join(f'"{column}"' for column in _CODE_COLUMNS)
    codes = project.rows(f"SELECT {columns} FROM codes WHERE id IN ({marks})", tuple(ids))
    coding_columns = ", ".join(f'"{column}"' for column in _CODING_COLUMNS)
    codings = project.rows(f"SELECT {coding_columns} FROM codings WHERE code_id IN ({marks})", tuple(ids))
    members = project.rows(
        f"SELECT set_id, code_id FROM code_set_members WHERE code_id IN ({marks})", tuple(ids)
    )
    by_id = {row["id"]: row for row in codes}
    return CodebookSnapshot(
        codes=tuple(tuple(row) for row in _parents_first(by_id)),
        codings=tuple(tuple(row) for row in codings),
        set_members=tuple((row[0], row[1]) for row in members),
    )


def restore(project: Project, saved: CodebookSnapshot, action: str = "restore codes") -> None:
    """Write the snapshot's rows back; other codes and codings are left alone."""
    with project.transaction() as connection:
        connection.executemany(_upsert("codes", _CODE_COLUMNS), saved.codes)
        connection.executemany(_upsert("codings", _CODING_COLUMNS), saved.codings)
        connection.executemany(
            "INSERT OR IGNORE INTO code_set_members(set_id, code_id) SELECT ?, ? WHERE EXISTS "
            "(SELECT 1 FROM code_sets WHERE id = ?)",
            ((set_id, code_id, set_id) for set_id, code_id in saved.set_members),
        )
        audit.record(
            project,
            action,
            "codebook",
            None,
            after={"codes": [row[1] for row in saved.codes], "codings": len(saved.codings)},
        )


def _upsert(table: str, columns: tuple[str, ...]) -> str:
    names = ", ".join(f'"{column}"' for column in columns)
    marks = ", ".join("?" * len(columns))
    updates = ", ".join(f'"{column}" = excluded."{column}"' for column in columns if column != "id")
    return f"INSERT INTO {table}({names}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {updates}"


def _parents_first(by_id: dict[int, Any]) -> list[Any]:
    ordered: list[Any] = []
    placed: set[int] = set()

    def place(code_id: int) -> None:
        if code_id in placed:
            return
        parent = by_id[code_id]["parent_id"]
        if parent in by_id:
            place(parent)
        placed.add(code_id)
        ordered.append(by_id[code_id])

    for code_id in by_id:
        place(code_id)
    return ordered
