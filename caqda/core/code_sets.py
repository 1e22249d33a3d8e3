"""Code sets: named groups of codes from anywhere in the tree (REFI-QDA ``Set``/``MemberCode``).

A set does not change the tree; it gathers codes for a view, an export or an analysis
("Codes for the second round", ATLAS.ti's code groups). Each change is one transaction with
its audit event, announced as ``Change(action, "code set", uuid)``.
"""

from __future__ import annotations

from caqda.core import audit
from caqda.core.codebook import get_code
from caqda.core.errors import CodebookError, NotFoundError
from caqda.core.models import CodeSet
from caqda.core.project import Project, new_uuid, now


def list_code_sets(project: Project) -> list[CodeSet]:
    """Every code set in the researcher's order, with its members' ids in tree order."""
    members: dict[int, list[int]] = {}
    for set_id, code_id in project.rows(
        "SELECT m.set_id, m.code_id FROM code_set_members m JOIN codes c ON c.id = m.code_id "
        "ORDER BY c.position, c.id"
    ):
        members.setdefault(set_id, []).append(code_id)
    return [
        CodeSet(row["id"], row["uuid"], row["name"], row["description"], tuple(members.get(row["id"], [])))
        for row in project.rows("SELECT id, uuid, name, description FROM code_sets ORDER BY position, id")
    ]


def get_code_set(project: Project, set_id: int) -> CodeSet:
    for code_set in list_code_sets(project):
        if code_set.id == set_id:
            return code_set
    raise NotFoundError(f"There is no code set with id {set_id}.")


def find_code_set(project: Project, name: str) -> CodeSet:
    wanted = " ".join(name.split()).casefold()
    for code_set in list_code_sets(project):
        if code_set.name.casefold() == wanted:
            return code_set
    raise NotFoundError(f"There is no code set called '{name}'.")


def add_code_set(
    project: Project,
    name: str,
    code_ids: list[int] | tuple[int, ...] = (),
    *,
    description: str = "",
    uuid: str | None = None,
) -> CodeSet:
    """A new set holding ``code_ids``; names are unique (case-insensitive)."""
    name = " ".join(name.split())
    if not name:
        raise CodebookError("A code set needs a name.")
    existing = project.scalar("SELECT name FROM code_sets WHERE name = ? COLLATE NOCASE", (name,))
    if existing:
        raise CodebookError(f"There is already a code set called '{existing}'.")
    for code_id in code_ids:
        get_code(project, code_id)
    with project.transaction() as connection:
        set_uuid = uuid or new_uuid()
        position = project.scalar("SELECT COALESCE(MAX(position), -1) + 1 FROM code_sets")
        set_id = int(
            connection.execute(
                "INSERT INTO code_sets(uuid, name, description, position, created_at) VALUES (?, ?, ?, ?, ?)",
                (set_uuid, name, description, position, now()),
            ).lastrowid
            or 0
        )
        connection.executemany(
            "INSERT OR IGNORE INTO code_set_members(set_id, code_id) VALUES (?, ?)",
            [(set_id, code_id) for code_id in code_ids],
        )
        audit.record(
            project, "add code set", "code set", set_uuid, after={"name": name, "codes": len(set(code_ids))}
        )
    return get_code_set(project, set_id)


def set_members(project: Project, set_id: int, code_ids: list[int] | tuple[int, ...]) -> CodeSet:
    """Replace the set's members with ``code_ids``."""
    before = get_code_set(project, set_id)
    for code_id in code_ids:
        get_code(project, code_id)
    with project.transaction() as connection:
        connection.execute("DELETE FROM code_set_members WHERE set_id = ?", (set_id,))
        connection.executemany(
            "INSERT OR IGNORE INTO code_set_members(set_id, code_id) VALUES (?, ?)",
            [(set_id, code_id) for code_id in code_ids],
        )
        after = get_code_set(project, set_id)
        audit.record(
            project,
            "change code set",
            "code set",
            before.uuid,
            before={"codes": list(before.code_ids)},
            after={"codes": list(after.code_ids)},
        )
    return after


def delete_code_set(project: Project, set_id: int) -> None:
    """Delete the set; its codes stay in the codebook."""
    code_set = get_code_set(project, set_id)
    with project.transaction() as connection:
        connection.execute("DELETE FROM code_sets WHERE id = ?", (set_id,))
        audit.record(
            project,
            "delete code set",
            "code set",
            code_set.uuid,
            before={"name": code_set.name, "codes": list(code_set.code_ids)},
        )


def sets_by_code(project: Project) -> dict[int, list[str]]:
    """Code id -> names of the sets it belongs to (for the codebook dock's tooltips)."""
    found: dict[int, list[str]] = {}
    for code_id, name in project.rows(
        "SELECT m.code_id, s.name FROM code_sets s JOIN code_set_members m ON m.set_id = s.id "
        "ORDER BY s.position, s.id"
    ):
        found.setdefault(code_id, []).append(name)
    return found
