"""Codebook versions: every change of a code (added, renamed, recoloured, definition edited,
moved, merged, deleted, restored by an undo) is a new version of the codebook.

The audit trail already holds each change with who, when and the code's state before and
after, written in the change's own transaction, so the versions are read from it rather than
kept twice: the codebook's version number is the count of codebook events, its date the time
of the newest. A methods section can cite "codebook version 14 of 2026-03-02".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from caqda.core.project import Project

CODEBOOK_ENTITIES = ("code", "codebook")
# The fields whose changes a code's history shows, in this order.
HISTORY_FIELDS = ("name", "parent", "color", "definition", "when_to_use", "when_not_to_use", "example")


@dataclass(frozen=True)
class CodebookVersion:
    number: int
    at: str | None  # ISO time of the change that made it; None for an empty, never-changed codebook

    @property
    def date(self) -> str:
        return self.at[:10] if self.at else "–"

    def describe(self) -> str:
        """'codebook version 14 (2026-03-02)', for reports."""
        return f"codebook version {self.number} ({self.date})"

    def as_dict(self) -> dict[str, Any]:
        return {"version": self.number, "at": self.at}


@dataclass(frozen=True)
class CodeChange:
    """One version of a code: which codebook version it made, who, when, what changed."""

    version: int
    at: str
    coder: str | None
    action: str
    changes: tuple[tuple[str, Any, Any], ...]  # (field, before, after)

    def as_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "at": self.at,
            "coder": self.coder,
            "action": self.action,
            "changes": [{"field": f, "before": b, "after": a} for f, b, a in self.changes],
        }


def codebook_version(project: Project) -> CodebookVersion:
    marks = ",".join("?" * len(CODEBOOK_ENTITIES))
    row = project.connection.execute(
        f"SELECT COUNT(*), MAX(at) FROM audit_events WHERE entity IN ({marks})", CODEBOOK_ENTITIES
    ).fetchone()
    return CodebookVersion(int(row[0]), row[1])


def code_history(project: Project, code_uuid: str) -> list[CodeChange]:
    """The versions of one code, oldest first: its own events, and the undos that restored it."""
    marks = ",".join("?" * len(CODEBOOK_ENTITIES))
    rows = project.rows(
        "SELECT e.entity, e.entity_uuid, e.at, r.name, e.action, e.before, e.after FROM audit_events e "
        f"LEFT JOIN coders r ON r.id = e.coder_id WHERE e.entity IN ({marks}) ORDER BY e.id",
        CODEBOOK_ENTITIES,
    )
    parents = _parent_names(project)
    names = {row[0]: row[1] for row in project.rows("SELECT uuid, name FROM codes")}
    history: list[CodeChange] = []
    for version, row in enumerate(rows, start=1):
        entity, uuid, at, coder, action, before, after = row
        old = json.loads(before) if before else {}
        new = json.loads(after) if after else {}
        if entity == "codebook":
            if code_uuid in new.get("codes", ()):
                history.append(CodeChange(version, at, coder, action, ()))
            continue
        if uuid != code_uuid:
            continue
        if "merged_into" in new:
            new = {**new, "merged_into": names.get(new["merged_into"], new["merged_into"])}
        history.append(CodeChange(version, at, coder, action, tuple(_changes(old, new, parents))))
    return history


def _changes(old: dict[str, Any], new: dict[str, Any], parents: dict[int, str]) -> list[tuple[str, Any, Any]]:
    def value(state: dict[str, Any], field: str) -> Any:
        if field == "parent":
            if "parent_id" not in state:
                return None
            parent = state["parent_id"]
            return "(top level)" if parent is None else parents.get(parent, f"#{parent}")
        return state.get(field)

    found = []
    for field in HISTORY_FIELDS:
        before, after = value(old, field), value(new, field)
        if old and new and before == after:
            continue
        if before in (None, "") and after in (None, ""):
            continue
        found.append((field, before if old else None, after if new else None))
    if "merged_into" in new:
        found.append(("merged into", None, new["merged_into"]))
    return found


def _parent_names(project: Project) -> dict[int, str]:
    return {row[0]: row[1] for row in project.rows("SELECT id, name FROM codes")}
