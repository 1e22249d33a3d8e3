"""Document sets: named groups of documents ("Interviews - management", "Nursing",
"Social media 2024") that select documents wherever they can be chosen (``--set NAME``).

Each function is one transaction with its audit event; membership changes return what they
changed so an undo is the reverse call.
"""

from __future__ import annotations

from dataclasses import dataclass

from caqda.core import audit
from caqda.core.documents import get_document
from caqda.core.errors import CaqdaError, NotFoundError
from caqda.core.project import Project, new_uuid, now


class DocumentSetError(CaqdaError):
    """A document-set change was refused (empty or taken name...)."""


@dataclass(frozen=True)
class DocumentSet:
    id: int
    uuid: str
    name: str
    description: str
    position: int
    document_ids: tuple[int, ...]


def list_sets(project: Project) -> list[DocumentSet]:
    members: dict[int, list[int]] = {}
    for set_id, document_id in project.rows(
        "SELECT m.set_id, m.document_id FROM document_set_members m JOIN documents d ON d.id = m.document_id "
        "ORDER BY d.position, d.id"
    ):
        members.setdefault(set_id, []).append(document_id)
    return [
        DocumentSet(row[0], row[1], row[2], row[3], row[4], tuple(members.get(row[0], ())))
        for row in project.rows(
            "SELECT id, uuid, name, description, position FROM document_sets "
            "ORDER BY position, name COLLATE NOCASE"
        )
    ]


def get_set(project: Project, set_id: int) -> DocumentSet:
    for document_set in list_sets(project):
        if document_set.id == set_id:
            return document_set
    raise NotFoundError(f"There is no document set with id {set_id}.")


def find_set(project: Project, name: str) -> DocumentSet:
    for document_set in list_sets(project):
        if document_set.name.casefold() == name.strip().casefold():
            return document_set
    known = ", ".join(s.name for s in list_sets(project)) or "none yet"
    raise NotFoundError(f"There is no document set called '{name}' (sets: {known}).")


def sets_of_document(project: Project, document_id: int) -> list[str]:
    return [
        row[0]
        for row in project.rows(
            "SELECT s.name FROM document_sets s JOIN document_set_members m ON m.set_id = s.id "
            "WHERE m.document_id = ? ORDER BY s.position, s.name COLLATE NOCASE",
            (document_id,),
        )
    ]


def create_set(
    project: Project,
    name: str,
    document_ids: list[int] | None = None,
    *,
    description: str = "",
    uuid: str | None = None,
) -> DocumentSet:
    name = _valid_name(project, name, None)
    for document_id in document_ids or []:
        get_document(project, document_id)
    with project.transaction() as connection:
        set_uuid = uuid or new_uuid()
        position = project.scalar("SELECT COALESCE(MAX(position), 0) + 1 FROM document_sets")
        cursor = connection.execute(
            "INSERT INTO document_sets(uuid, name, description, position, created_at) VALUES (?, ?, ?, ?, ?)",
            (set_uuid, name, description, position, now()),
        )
        set_id = int(cursor.lastrowid or 0)
        connection.executemany(
            "INSERT OR IGNORE INTO document_set_members(set_id, document_id) VALUES (?, ?)",
            [(set_id, document_id) for document_id in document_ids or []],
        )
        audit.record(
            project,
            "create document set",
            "document_set",
            set_uuid,
            after={"name": name, "documents": len(document_ids or [])},
        )
    return get_set(project, set_id)


def rename_set(project: Project, set_id: int, new_name: str) -> str:
    document_set = get_set(project, set_id)
    name = _valid_name(project, new_name, set_id)
    with project.transaction() as connection:
        connection.execute("UPDATE document_sets SET name = ? WHERE id = ?", (name, set_id))
        audit.record(
            project, "rename document set", "document_set", document_set.uuid,
            before={"name": document_set.name}, after={"name": name},
        )  # fmt: skip
    return document_set.name


def delete_set(project: Project, set_id: int) -> DocumentSet:
    """Delete a set (its documents stay); returns it as it was, so it can be made again."""
    document_set = get_set(project, set_id)
    with project.transaction() as connection:
        connection.execute("DELETE FROM document_sets WHERE id = ?", (set_id,))
        audit.record(
            project,
            "delete document set",
            "document_set",
            document_set.uuid,
            before={"name": document_set.name},
        )
    return document_set


def restore_set(project: Project, saved: DocumentSet) -> None:
    """Put back a deleted set with the same id, uuid, position and the members still present."""
    with project.transaction() as connection:
        connection.execute(
            "INSERT INTO document_sets(id, uuid, name, description, position, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (saved.id, saved.uuid, saved.name, saved.description, saved.position, now()),
        )
        connection.executemany(
            "INSERT OR IGNORE INTO document_set_members(set_id, document_id) "
            "SELECT ?, id FROM documents WHERE id = ?",
            [(saved.id, document_id) for document_id in saved.document_ids],
        )
        audit.record(project, "restore document set", "document_set", saved.uuid, after={"name": saved.name})


def add_to_set(project: Project, set_id: int, document_ids: list[int]) -> list[int]:
    """Add documents to a set; returns those that were not in it already."""
    document_set = get_set(project, set_id)
    for document_id in document_ids:
        get_document(project, document_id)
    added = [d for d in dict.fromkeys(document_ids) if d not in document_set.document_ids]
    if added:
        with project.transaction() as connection:
            connection.executemany(
                "INSERT INTO document_set_members(set_id, document_id) VALUES (?, ?)",
                [(set_id, document_id) for document_id in added],
            )
            audit.record(
                project,
                "add to document set",
                "document_set",
                document_set.uuid,
                after={"documents": _uuids(project, added)},
            )
    return added


def remove_from_set(project: Project, set_id: int, document_ids: list[int]) -> list[int]:
    """Take documents out of a set; returns those that were in it."""
    document_set = get_set(project, set_id)
    removed = [d for d in dict.fromkeys(document_ids) if d in document_set.document_ids]
    if removed:
        with project.transaction() as connection:
            connection.executemany(
                "DELETE FROM document_set_members WHERE set_id = ? AND document_id = ?",
                [(set_id, document_id) for document_id in removed],
            )
            audit.record(
                project, "remove from document set", "document_set", document_set.uuid,
                before={"documents": _uuids(project, removed)},
            )  # fmt: skip
    return removed


def _uuids(project: Project, document_ids: list[int]) -> list[str]:
    return [get_document(project, document_id).uuid for document_id in document_ids]


def _valid_name(project: Project, name: str, set_id: int | None) -> str:
    name = " ".join(name.split())
    if not name:
        raise DocumentSetError("A document set needs a name.")
    clash = project.scalar("SELECT name FROM document_sets WHERE name = ? AND id IS NOT ?", (name, set_id))
    if clash is not None:
        raise DocumentSetError(f"There is already a document set called '{clash}'.")
    return name
