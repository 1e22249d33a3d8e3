"""Audit events: who changed what, when, with the state before and after.

Each event is written inside the same transaction as the change it describes, so the trail
can never disagree with the data.
"""

from __future__ import annotations

import json
from typing import Any

from caqda.core.models import AuditEvent
from caqda.core.project import Change, Project, new_uuid, now


def record(
    project: Project,
    action: str,
    entity: str,
    entity_uuid: str | None,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    coder_id: int | None = None,
) -> None:
    """Append an event; must be called inside ``project.transaction()``."""
    if not project.in_transaction:
        raise RuntimeError("audit.record must run inside the change's transaction")
    if coder_id is None and project.acting_coder is not None:
        coder_id = project.acting_coder.id
    project.connection.execute(
        "INSERT INTO audit_events(uuid, at, coder_id, action, entity, entity_uuid, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            new_uuid(),
            now(),
            coder_id,
            action,
            entity,
            entity_uuid,
            _dump(before),
            _dump(after),
        ),
    )
    project.note_change(Change(action, entity, entity_uuid))


def events(project: Project, entity_uuid: str | None = None) -> list[AuditEvent]:
    """The trail, oldest first; optionally only the events of one entity."""
    sql = "SELECT * FROM audit_events"
    parameters: tuple[Any, ...] = ()
    if entity_uuid is not None:
        sql += " WHERE entity_uuid = ?"
        parameters = (entity_uuid,)
    return [AuditEvent(**dict(row)) for row in project.rows(sql + " ORDER BY id", parameters)]


def _dump(state: dict[str, Any] | None) -> str | None:
    return None if state is None else json.dumps(state, ensure_ascii=False, sort_keys=True)
