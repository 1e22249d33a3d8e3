"""Tombstones: the record that a coding, memo or code was deleted, so that merging a coder's
copy can carry deletions (and not resurrect what either side removed).

Every delete path writes them inside its own transaction; re-inserting a row forgets its
tombstone (a trigger in ``migrations/tombstones.py``), so undo needs nothing extra.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from caqda.core.project import Project, now

ENTITIES = ("coding", "memo", "code")


@dataclass(frozen=True)
class Tombstone:
    entity: str
    uuid: str
    deleted_at: str
    deleted_by: str | None  # the deleting coder's uuid


def bury(
    project: Project, entity: str, uuids: Iterable[str], *, by: str | None = None, at: str | None = None
) -> None:
    """Record these rows as deleted now (by the acting coder unless ``by`` is given); must run
    inside the deleting transaction."""
    if not project.in_transaction:
        raise RuntimeError("tombstones.bury must run inside the deletion's transaction")
    if by is None and project.acting_coder is not None:
        by = project.acting_coder.uuid
    stamp = at or now()
    bury_rows(project, entity, [(uuid, stamp, by) for uuid in uuids])


def bury_rows(project: Project, entity: str, rows: Iterable[tuple[str, str, str | None]]) -> None:
    """Record deletions as they happened elsewhere: ``(uuid, deleted_at, deleted_by)`` each (a
    merge brings a copy's deletions with their own times and coders)."""
    project.connection.executemany(
        "INSERT INTO tombstones(entity, uuid, deleted_at, deleted_by) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(entity, uuid) DO UPDATE SET deleted_at = excluded.deleted_at, "
        "deleted_by = excluded.deleted_by",
        [(entity, *row) for row in rows],
    )


def forget(project: Project, entity: str, uuids: Iterable[str]) -> None:
    project.connection.executemany(
        "DELETE FROM tombstones WHERE entity = ? AND uuid = ?", [(entity, uuid) for uuid in uuids]
    )


def tombstones(project: Project, entity: str | None = None) -> list[Tombstone]:
    sql = "SELECT entity, uuid, deleted_at, deleted_by FROM tombstones"
    parameters: tuple[str, ...] = ()
    if entity is not None:
        sql += " WHERE entity = ?"
        parameters = (entity,)
    return [Tombstone(*row) for row in project.rows(sql + " ORDER BY deleted_at, uuid", parameters)]
