"""Coders: the identities that codings and memos belong to (not logins)."""

from __future__ import annotations

from caqda.core import audit
from caqda.core.errors import CodingError, NotFoundError
from caqda.core.models import Coder
from caqda.core.project import Project, new_uuid, now


def list_coders(project: Project) -> list[Coder]:
    return [
        Coder(row["id"], row["uuid"], row["name"])
        for row in project.rows("SELECT id, uuid, name FROM coders ORDER BY name COLLATE NOCASE")
    ]


def find_coder(project: Project, name: str) -> Coder:
    row = project.connection.execute(
        "SELECT id, uuid, name FROM coders WHERE name = ?", (name.strip(),)
    ).fetchone()
    if row is None:
        known = ", ".join(coder.name for coder in list_coders(project)) or "none yet"
        raise NotFoundError(f"There is no coder called '{name}' (coders: {known}).")
    return Coder(row["id"], row["uuid"], row["name"])


def ensure_coder(project: Project, name: str) -> Coder:
    """The coder of that name, created if new: choosing who you are is enough to exist."""
    name = name.strip()
    if not name:
        raise CodingError("A coder needs a name.")
    try:
        return find_coder(project, name)
    except NotFoundError:
        pass
    with project.transaction() as connection:
        coder_uuid = new_uuid()
        cursor = connection.execute(
            "INSERT INTO coders(uuid, name, created_at) VALUES (?, ?, ?)", (coder_uuid, name, now())
        )
        coder = Coder(int(cursor.lastrowid or 0), coder_uuid, name)
        audit.record(project, "add coder", "coder", coder_uuid, after={"name": name}, coder_id=coder.id)
    return coder
