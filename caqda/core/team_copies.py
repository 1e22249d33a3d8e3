"""Coders' copies of a project: hand one out, and know later where a copy came from.

A project file is open in one place at a time, so each coder works in a copy that the
supervisor prepares and later merges back (``caqda.core.merge``). The copy keeps every UUID,
the codebook and the documents; a blind copy leaves out the other coders' codings (and the
memos and audit events on them) so the coder cannot be swayed by them. The copy records which
project it came from (the project's identity, a UUID in its settings, given to the project the
first time a copy is handed out), for whom and when, so a merge can refuse a stranger's copy
and knows since when changes count as the coder's.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from caqda.core import audit, coders
from caqda.core.errors import ProjectError
from caqda.core.project import Project, new_uuid, now

IDENTITY_KEY = "project_uuid"
HANDOUT_KEY = "copy_handout"


@dataclass(frozen=True)
class Handout:
    """What a coder's copy knows about its making."""

    project_uuid: str
    project_name: str
    coder: str
    coder_uuid: str
    at: str
    blind: bool
    copy_uuid: str


@dataclass(frozen=True)
class CopyResult:
    path: Path
    handout: Handout
    codings: int  # codings in the copy
    left_out: int  # other coders' codings not copied


def project_identity(project: Project) -> str | None:
    return project.get_setting(IDENTITY_KEY)


def ensure_identity(project: Project) -> str:
    """The project's identity, made now if it has none (inside the caller's transaction)."""
    identity = project_identity(project)
    if identity is None:
        identity = new_uuid()
        project.set_setting(IDENTITY_KEY, identity)
    return identity


def handout_of(project: Project) -> Handout | None:
    """Where this copy came from, or None for a project that was not handed out as a copy."""
    raw = project.get_setting(HANDOUT_KEY)
    if not raw:
        return None
    try:
        return Handout(**json.loads(raw))
    except (TypeError, ValueError):
        return None


def copy_for(project: Project, coder_name: str, destination: Path, *, blind: bool = True) -> CopyResult:
    """Write a copy of ``project`` for ``coder_name`` to ``destination`` (which must not exist).

    The copy is built in a temporary file beside the destination and renamed into place, so a
    failure leaves nothing half made; the project itself gains only its identity, the coder (if
    new) and an audit event.
    """
    destination = Path(destination)
    if destination.exists():
        raise ProjectError(f"'{destination}' already exists; choose another name for the copy.")
    if not destination.parent.is_dir():
        raise ProjectError(f"The folder '{destination.parent}' does not exist.")
    with project.transaction():
        identity = ensure_identity(project)
        coder = coders.ensure_coder(project, coder_name)
    handout = Handout(
        project_uuid=identity,
        project_name=project.path.stem,
        coder=coder.name,
        coder_uuid=coder.uuid,
        at=now(),
        blind=blind,
        copy_uuid=new_uuid(),
    )
    temporary = destination.with_name(f".{destination.name}.{os.getpid()}.copying")
    try:
        target = sqlite3.connect(temporary, isolation_level=None)
        try:
            project.connection.backup(target)
            left_out = _prepare(target, coder.id, handout)
            codings = target.execute("SELECT COUNT(*) FROM codings").fetchone()[0]
        finally:
            target.close()
        os.replace(temporary, destination)
    except (OSError, sqlite3.Error) as error:
        raise ProjectError(f"Could not write the copy '{destination.name}': {error}.") from error
    finally:
        temporary.unlink(missing_ok=True)
    with project.transaction():
        audit.record(
            project,
            "prepare coder's copy",
            "project",
            handout.copy_uuid,
            after={"coder": coder.name, "blind": blind, "file": destination.name, "codings": codings},
        )
    return CopyResult(destination, handout, int(codings), left_out)


def _prepare(connection: sqlite3.Connection, coder_id: int, handout: Handout) -> int:
    """Leave out what a blind copy must not show, record the handout, and compact the file so
    that nothing left out survives in its free pages."""
    connection.execute("PRAGMA foreign_keys = ON")
    # A temporary file, renamed into place only when complete: no journal or sync is needed.
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA cache_size = -65536")
    connection.execute("BEGIN")
    left_out = 0
    if handout.blind:
        left_out = connection.execute("DELETE FROM codings WHERE coder_id != ?", (coder_id,)).rowcount
        connection.execute(
            "DELETE FROM audit_events WHERE entity = 'coding' "
            "AND (entity_uuid IS NULL OR entity_uuid NOT IN (SELECT uuid FROM codings)) "
            "AND (coder_id IS NULL OR coder_id != ?)",
            (coder_id,),
        )
        # Reviews of codings left out, and settled disagreements, would show the others' work.
        connection.execute("DELETE FROM review_marks WHERE coding_uuid NOT IN (SELECT uuid FROM codings)")
        connection.execute("DELETE FROM consensus_provenance")
        connection.execute("DELETE FROM adjudications")
        connection.execute("DELETE FROM audit_events WHERE entity = 'adjudication'")
    connection.execute(
        "INSERT INTO settings(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (HANDOUT_KEY, json.dumps(handout.__dict__)),
    )
    connection.execute("COMMIT")
    connection.execute("VACUUM")
    return int(left_out)
