"""The supervision part of a merge: review marks, settled disagreements (adjudications with the
consensus codings' provenance) and which coders are consensus coders.

A supervisor may review or adjudicate in a copy of the project as well as in the project
itself (a second reviewer, a laptop on a trip); merging that copy back must not drop that work.

- Review marks are a history (one row per act of marking, never changed): the copy's rows this
  project lacks are added; nothing else can clash.
- A consensus coder in the copy is one here too.
- A settlement (adjudication) new in the copy is added with its provenance. If this project
  settled the same stretch (same coders, code, document, start and end) since the copy was made,
  both decisions clash: this project's stays, the copy's is listed and its consensus codings are
  left out. If the stretch was settled before the copy was made and the copy settled it again,
  the copy's newer decision replaces it (its old consensus codings are deleted in the copy, so
  the coding part of the merge removes them here).
- A settlement withdrawn in the copy (its "withdraw settlement" event is new) is withdrawn here
  unless this project settled it again since; its consensus codings go with the coding deletions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from caqda.core.merge_plan import Conflict, MergePlan, SupervisionPlan, plain_rows
from caqda.core.project import Project

ADJUDICATION_COLUMNS = (
    "uuid", "coder_a", "coder_b", "consensus_id", "code_uuid", "document_uuid", "start", "end", "decision",
    "decided_by", "decided_at",
)  # fmt: skip
PROVENANCE_COLUMNS = ("coding_uuid", "adjudication_uuid", "origin", "source_codings", "source_coders")
_PUT_PROVENANCE = (
    f"INSERT OR REPLACE INTO consensus_provenance({', '.join(PROVENANCE_COLUMNS)}) VALUES (?, ?, ?, ?, ?)"
)
_REVIEW_COLUMNS = ("uuid", "coding_uuid", "reviewer_id", "mark", "comment", "marked_at")


def plan_supervision(
    target: Project, source: Project, plan: MergePlan, coder_uuid: dict[int, str], who: str
) -> None:
    """Fill ``plan.supervision`` (``coder_uuid``: the copy's coder id -> the coder's uuid here)."""
    part = plan.supervision
    by_source_uuid = {row[1]: coder_uuid[row[0]] for row in source.rows("SELECT id, uuid FROM coders")}
    _review_marks(target, source, part, coder_uuid)
    _consensus_coders(target, source, part, coder_uuid)
    _adjudications(target, source, plan, coder_uuid, by_source_uuid, who)


def _review_marks(
    target: Project, source: Project, part: SupervisionPlan, coder_uuid: dict[int, str]
) -> None:
    known = {row[0] for row in plain_rows(target, "SELECT uuid FROM review_marks")}
    for row in plain_rows(source, f"SELECT {', '.join(_REVIEW_COLUMNS)} FROM review_marks ORDER BY id"):
        if row[0] not in known:
            part.review_marks.append((row[0], row[1], coder_uuid[row[2]], *row[3:]))


def _consensus_coders(
    target: Project, source: Project, part: SupervisionPlan, coder_uuid: dict[int, str]
) -> None:
    here = {
        row[0]
        for row in plain_rows(
            target, "SELECT c.uuid FROM consensus_coders k JOIN coders c ON c.id = k.coder_id"
        )
    }
    for (coder_id,) in plain_rows(source, "SELECT coder_id FROM consensus_coders"):
        uuid = coder_uuid.get(coder_id)
        if uuid is not None and uuid not in here:
            part.consensus_coders.append(uuid)
            here.add(uuid)


def _adjudications(
    target: Project,
    source: Project,
    plan: MergePlan,
    coder_uuid: dict[int, str],
    by_source_uuid: dict[str, str],
    who: str,
) -> None:
    part, since = plan.supervision, plan.since
    columns = ", ".join(f'"{name}"' for name in ADJUDICATION_COLUMNS)
    here = {row[0]: row for row in plain_rows(target, f"SELECT {columns} FROM adjudications")}
    here_by_key = {_key(row): row for row in here.values()}
    there = plain_rows(source, f"SELECT {columns} FROM adjudications ORDER BY id")
    there_uuids = {row[0] for row in there}
    provenance = _provenance_by_adjudication(source)
    left_out: set[str] = set()  # consensus codings of the copy's settlements that clash
    for row in there:
        if row[0] in here:
            continue
        mapped = (
            row[0], by_source_uuid.get(row[1], row[1]), by_source_uuid.get(row[2], row[2]),
            coder_uuid[row[3]], *row[4:9], coder_uuid.get(row[9]) if row[9] is not None else None, row[10],
        )  # fmt: skip
        clash = here_by_key.get(_key(mapped))
        if clash is not None and clash[0] not in there_uuids:
            if clash[10] > since:
                plan.conflicts.append(Conflict("adjudication", row[0], (
                    f"The disagreement on “{_name(target, 'codes', row[4])}” in "
                    f"{_name(target, 'documents', row[5])} {clash[6]}–{clash[7]} was settled here and in "
                    f"{who}'s copy: this project's decision ({clash[8]}) is kept, the copy's ({row[8]}) "
                    "is left out."
                )))  # fmt: skip
                left_out.update(item[0] for item in provenance.get(row[0], []))
                continue
            part.adjudications_withdrawn.append(clash[0])  # settled again in the copy
        part.adjudications_added.append(mapped)
        part.provenance_added.extend(provenance.get(row[0], []))
    for uuid in _withdrawn_in(source, since):
        row = here.get(uuid)
        if row is None or uuid in there_uuids or uuid in part.adjudications_withdrawn:
            continue
        if row[10] > since:
            continue  # settled here since: it cannot be the copy's to withdraw
        part.adjudications_withdrawn.append(uuid)
    if left_out:
        plan.codings_added[:] = [row for row in plan.codings_added if row[0] not in left_out]


def _name(project: Project, table: str, uuid: str) -> str:
    return str(project.scalar(f"SELECT name FROM {table} WHERE uuid = ?", (uuid,)) or "?")


def _key(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return (row[1], row[2], row[4], row[5], row[6], row[7])


def _provenance_by_adjudication(project: Project) -> dict[str, list[tuple[Any, ...]]]:
    found: dict[str, list[tuple[Any, ...]]] = {}
    for row in plain_rows(
        project, f"SELECT {', '.join(PROVENANCE_COLUMNS)} FROM consensus_provenance ORDER BY rowid"
    ):
        found.setdefault(row[1], []).append(row)
    return found


def _withdrawn_in(project: Project, since: str) -> list[str]:
    return [
        row[0]
        for row in plain_rows(
            project,
            "SELECT entity_uuid FROM audit_events WHERE action = 'withdraw settlement' AND at > ? "
            "ORDER BY id",
            (since,),
        )
    ]


# -- writing and undoing ------------------------------------------------------------------------------
@dataclass
class SupervisionUndo:
    withdrawn: list[tuple[Any, ...]] = field(default_factory=list)  # adjudication rows as they were
    withdrawn_provenance: list[tuple[Any, ...]] = field(default_factory=list)
    flagged: list[int] = field(default_factory=list)  # coder ids made consensus coders


def write_supervision(target: Project, plan: MergePlan, coder_ids: dict[str, int]) -> SupervisionUndo:
    """Write the supervision part (inside the merge's transaction); returns what undo needs."""
    part, undo, connection = plan.supervision, SupervisionUndo(), target.connection
    columns = ", ".join(f'"{name}"' for name in ADJUDICATION_COLUMNS)
    for uuid in part.adjudications_withdrawn:
        undo.withdrawn += plain_rows(
            target, f"SELECT id, {columns} FROM adjudications WHERE uuid = ?", (uuid,)
        )
        undo.withdrawn_provenance += plain_rows(
            target,
            f"SELECT {', '.join(PROVENANCE_COLUMNS)} FROM consensus_provenance WHERE adjudication_uuid = ?",
            (uuid,),
        )
        connection.execute("DELETE FROM consensus_provenance WHERE adjudication_uuid = ?", (uuid,))
        connection.execute("DELETE FROM adjudications WHERE uuid = ?", (uuid,))
    connection.executemany(
        f"INSERT INTO review_marks({', '.join(_REVIEW_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?)",
        [(row[0], row[1], coder_ids[row[2]], *row[3:]) for row in part.review_marks],
    )
    for uuid in part.consensus_coders:
        connection.execute("INSERT OR IGNORE INTO consensus_coders(coder_id) VALUES (?)", (coder_ids[uuid],))
        undo.flagged.append(coder_ids[uuid])
    connection.executemany(
        f"INSERT INTO adjudications({columns}) VALUES ({', '.join('?' * len(ADJUDICATION_COLUMNS))})",
        [
            (*row[:3], coder_ids[row[3]], *row[4:9], coder_ids.get(row[9]) if row[9] else None, row[10])
            for row in part.adjudications_added
        ],
    )
    connection.executemany(
        _PUT_PROVENANCE,
        part.provenance_added,
    )
    return undo


def undo_supervision(target: Project, plan: MergePlan, undo: SupervisionUndo) -> None:
    """Put back the supervision rows as they were before :func:`write_supervision`."""
    part, connection = plan.supervision, target.connection
    connection.executemany(
        "DELETE FROM consensus_provenance WHERE coding_uuid = ?", [(row[0],) for row in part.provenance_added]
    )
    connection.executemany(
        "DELETE FROM adjudications WHERE uuid = ?", [(row[0],) for row in part.adjudications_added]
    )
    connection.executemany(
        "DELETE FROM review_marks WHERE uuid = ?", [(row[0],) for row in part.review_marks]
    )
    connection.executemany("DELETE FROM consensus_coders WHERE coder_id = ?", [(i,) for i in undo.flagged])
    columns = ", ".join(f'"{name}"' for name in ("id", *ADJUDICATION_COLUMNS))
    connection.executemany(
        f"INSERT INTO adjudications({columns}) VALUES ({', '.join('?' * (len(ADJUDICATION_COLUMNS) + 1))})",
        undo.withdrawn,
    )
    connection.executemany(
        _PUT_PROVENANCE,
        undo.withdrawn_provenance,
    )
