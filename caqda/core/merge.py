"""Merge a coder's copy back into the project: new, changed and deleted codings, memos,
codebook changes, document sets, attribute values, review marks and settled disagreements,
in one transaction, after a preview.

``plan_merge`` opens the copy, refuses what must not be merged (another project's copy, a damaged
or locked file, one from a newer caqda, the project itself) and works out the plan without
writing (``caqda.core.merge_plan``). ``apply_merge`` writes a plan in one transaction and returns
what undoing it needs; ``undo_merge`` puts the project back as it was before. ``merge_project``
does plan and apply in one call, for scripts.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from caqda.core import audit, bulk, tombstones
from caqda.core.coding import INSERTED
from caqda.core.errors import ProjectError
from caqda.core.merge_corpus import CorpusUndo, undo_corpus, write_corpus
from caqda.core.merge_plan import MergePlan, free_name, plain_rows, plain_rows_by_uuid
from caqda.core.merge_planner import plan_from
from caqda.core.merge_supervision import SupervisionUndo, undo_supervision, write_supervision
from caqda.core.project import Project, new_uuid, now
from caqda.core.snapshots import _parents_first as parents_first
from caqda.core.team_copies import handout_of, project_identity

_CODE_COLUMNS = (
    "id", "uuid", "parent_id", "name", "color", "definition", "when_to_use", "when_not_to_use", "example",
    "position", "created_at",
)  # fmt: skip
_CODING_COLUMNS = ("id", "uuid", "document_id", "code_id", "coder_id", "start", "end", "memo", "created_at",
                   "updated_at")  # fmt: skip
_MEMO_COLUMNS = (
    "id",
    "uuid",
    "coder_id",
    "target_kind",
    "target_id",
    "title",
    "text",
    "created_at",
    "updated_at",
)


class MergeRefusedError(ProjectError):
    """The copy cannot be merged into this project; nothing was changed."""


@dataclass
class MergeUndo:
    """What the merge wrote, and the rows as they were before, to put back on undo."""

    inserted: dict[str, list[str]] = field(default_factory=dict)  # table -> uuids
    before: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)  # table -> rows
    tombstones: list[tuple[Any, ...]] = field(default_factory=list)
    touched: list[tuple[str, str]] = field(default_factory=list)  # (entity, uuid) whose tombstone may change
    supervision: SupervisionUndo = field(default_factory=SupervisionUndo)
    corpus: CorpusUndo = field(default_factory=CorpusUndo)


def plan_merge(target: Project, source_path: Path) -> MergePlan:
    """What merging ``source_path`` would do; nothing is written to either file."""
    source_path = Path(source_path)
    if _same_file(source_path, target.path):
        raise MergeRefusedError("A project cannot be merged into itself; choose a coder's copy of it.")
    try:
        source = Project.open(source_path)
    except ProjectError as error:
        raise type(error)(f"{error} Nothing was merged.") from error
    with source:
        _check_origin(target, source)
        return plan_from(target, source, handout_of(source))


def merge_project(target: Project, source_path: Path) -> MergePlan:
    """Plan and apply in one call; returns the plan that was applied."""
    plan = plan_merge(target, source_path)
    apply_merge(target, plan)
    return plan


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _check_origin(target: Project, source: Project) -> None:
    """Refuse a copy of another project, saying which project it belongs to."""
    mine, theirs, handout = project_identity(target), project_identity(source), handout_of(source)
    name = source.path.name
    if handout is not None and handout.project_uuid != mine:
        raise MergeRefusedError(
            f"'{name}' is {handout.coder}'s copy of another project ('{handout.project_name}'), "
            f"not of '{target.path.stem}'; nothing was merged."
        )
    if handout is None and theirs is not None and theirs != mine:
        raise MergeRefusedError(
            f"'{name}' is a copy of another project, not of '{target.path.stem}'; nothing was merged."
        )
    if handout is None and theirs is None:
        shared = {row[0] for row in target.rows("SELECT uuid FROM documents UNION SELECT uuid FROM codes")}
        if not any(
            row[0] in shared for row in source.rows("SELECT uuid FROM documents UNION SELECT uuid FROM codes")
        ):
            raise MergeRefusedError(
                f"'{name}' shares no document or code with '{target.path.stem}': it is not a copy of this "
                "project; nothing was merged."
            )


# -- writing a plan -----------------------------------------------------------------------------------
def apply_merge(target: Project, plan: MergePlan) -> MergeUndo:
    """Write ``plan`` in one transaction with its audit event; returns what undo needs."""
    undo = MergeUndo()
    with target.roomy_cache(), target.transaction() as connection:
        _save_before(target, plan, undo)
        ids = _Ids(target)
        _insert_coders(target, plan, ids, undo)
        _insert_documents(target, plan, ids, undo)
        undo.corpus = write_corpus(target, plan, ids.documents)
        _write_codes(target, plan, ids, undo)
        _write_codings(target, plan, ids, undo)
        for uuid, at, by in plan.codes_deleted:
            connection.execute("DELETE FROM codes WHERE uuid = ?", (uuid,))
            tombstones.bury_rows(target, "code", [(uuid, at, by)])
        _write_memos(target, plan, ids, undo)
        undo.supervision = write_supervision(target, plan, ids.coders)
        connection.executemany(
            "INSERT INTO audit_events(uuid, at, coder_id, action, entity, entity_uuid, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(e[0], e[1], ids.coders.get(e[2]) if e[2] else None, *e[3:]) for e in plan.events],
        )
        undo.inserted["audit_events"] = [e[0] for e in plan.events]
        audit.record(
            target, "merge project", "project", None, after={"source": plan.source_name, **plan.counts()}
        )
    return undo


class _Ids:
    """uuid -> id here, for the tables rows point into; grows as the merge inserts."""

    def __init__(self, project: Project) -> None:
        self.coders = {row[1]: row[0] for row in project.rows("SELECT id, uuid FROM coders")}
        self.documents = {row[1]: row[0] for row in project.rows("SELECT id, uuid FROM documents")}
        self.codes = {row[1]: row[0] for row in project.rows("SELECT id, uuid FROM codes")}


def _save_before(target: Project, plan: MergePlan, undo: MergeUndo) -> None:
    """Keep the rows the merge will change or delete, and the tombstones it may touch."""

    def rows(table: str, columns: tuple[str, ...], uuids: list[str]) -> list[tuple[Any, ...]]:
        names = ", ".join(f'"{column}"' for column in columns)
        return plain_rows_by_uuid(target, f"SELECT {names} FROM {table}", uuids)

    deleted = {c[0] for c in plan.codes_deleted}
    codes = rows("codes", _CODE_COLUMNS, [c.uuid for c in plan.codes_changed] + sorted(deleted))
    # Deleting a code takes its subcodes along: keep them all, parents first.
    if deleted:
        from caqda.core.codebook import descendants

        subtree = {i for row in codes if row[1] in deleted for i in descendants(target, row[0])}
        wanted = subtree - {row[0] for row in codes}
        names = ", ".join(f'"{column}"' for column in _CODE_COLUMNS)
        codes += [row for row in plain_rows(target, f"SELECT {names} FROM codes") if row[0] in wanted]
    by_id = {row[0]: dict(zip(_CODE_COLUMNS, row, strict=True)) for row in codes}
    undo.before["codes"] = [tuple(row.values()) for row in parents_first(by_id)]
    coding_uuids = [c[0] for c in plan.codings_changed] + [c[0] for c in plan.codings_deleted]
    undo.before["codings"] = rows("codings", _CODING_COLUMNS, coding_uuids)
    memo_uuids = [m[0] for m in plan.memos_changed] + [m[0] for m in plan.memos_deleted]
    undo.before["memos"] = rows("memos", _MEMO_COLUMNS, memo_uuids)
    undo.touched = (
        [("coding", c[0]) for c in plan.codings_added + plan.codings_deleted]
        + [("memo", m[0]) for m in plan.memos_added + plan.memos_deleted]
        + [("code", c["uuid"]) for c in plan.codes_added]
        + [("code", c[0]) for c in plan.codes_deleted]
    )
    touched = set(undo.touched)
    undo.tombstones = [
        row
        for row in plain_rows(target, "SELECT entity, uuid, deleted_at, deleted_by FROM tombstones")
        if (row[0], row[1]) in touched
    ]


def _insert_coders(target: Project, plan: MergePlan, ids: _Ids, undo: MergeUndo) -> None:
    for uuid, name, created in plan.coders:
        cursor = target.connection.execute(
            "INSERT INTO coders(uuid, name, created_at) VALUES (?, ?, ?)", (uuid, name, created)
        )
        ids.coders[uuid] = int(cursor.lastrowid or 0)
    undo.inserted["coders"] = [c[0] for c in plan.coders]


def _insert_documents(target: Project, plan: MergePlan, ids: _Ids, undo: MergeUndo) -> None:
    from caqda.core.merge_plan import DOCUMENT_STRUCTURE

    for document in plan.documents:
        row = dict(document.row)
        row["name"] = free_name(target, "documents", "document", row["name"], plan)
        row["position"] = target.scalar("SELECT COALESCE(MAX(position), 0) + 1 FROM documents")
        columns = ", ".join(row)
        cursor = target.connection.execute(
            f"INSERT INTO documents({columns}) VALUES ({', '.join('?' * len(row))})", tuple(row.values())
        )
        document_id = int(cursor.lastrowid or 0)
        ids.documents[row["uuid"]] = document_id
        for table, fields in DOCUMENT_STRUCTURE.items():
            marks = ", ".join("?" * (fields.count(",") + 1))
            target.connection.executemany(
                f"INSERT INTO {table}(document_id, {fields}) VALUES (?, {marks})",
                [(document_id, *item) for item in document.structure[table]],
            )
    undo.inserted["documents"] = [d.row["uuid"] for d in plan.documents]


def _write_codes(target: Project, plan: MergePlan, ids: _Ids, undo: MergeUndo) -> None:
    connection = target.connection
    for code in plan.codes_added:
        parent = ids.codes[code["parent"]] if code["parent"] else None
        position = target.scalar(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM codes WHERE parent_id IS ?", (parent,)
        )
        cursor = connection.execute(
            "INSERT INTO codes(uuid, parent_id, name, color, definition, when_to_use, when_not_to_use, "
            "example, position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (code["uuid"], parent, code["name"], code["color"], code["definition"], code["when_to_use"],
             code["when_not_to_use"], code["example"], position, code["created_at"]),
        )  # fmt: skip
        ids.codes[code["uuid"]] = int(cursor.lastrowid or 0)
    undo.inserted["codes"] = [c["uuid"] for c in plan.codes_added]
    for change in plan.codes_changed:
        fields = dict(change.fields)
        if "parent" in fields:
            parent = ids.codes[fields.pop("parent")] if change.fields["parent"] else None
            fields["parent_id"] = parent
            fields["position"] = target.scalar(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM codes WHERE parent_id IS ?", (parent,)
            )
        assignments = ", ".join(f"{name} = ?" for name in fields)
        connection.execute(f"UPDATE codes SET {assignments} WHERE uuid = ?", (*fields.values(), change.uuid))
    stamp = now()
    for code_uuid, coder_uuid, text in plan.code_memos:
        cursor = connection.execute(
            "INSERT INTO memos(uuid, coder_id, target_kind, target_id, title, text, created_at, updated_at) "
            "VALUES (?, ?, 'code', ?, ?, ?, ?, ?)",
            (new_uuid(), ids.coders.get(coder_uuid) if coder_uuid else None, ids.codes[code_uuid],
             "Merge conflict", text, stamp, stamp),
        )  # fmt: skip
        undo.inserted.setdefault("memos", []).append(
            target.scalar("SELECT uuid FROM memos WHERE id = ?", (cursor.lastrowid,))
        )


def _write_codings(target: Project, plan: MergePlan, ids: _Ids, undo: MergeUndo) -> None:
    connection = target.connection

    def values(row: tuple[Any, ...]) -> tuple[Any, ...]:
        return (ids.documents[row[1]], ids.codes[row[2]], ids.coders[row[3]], *row[4:])

    bulk.insert_rows(connection, "codings", INSERTED, [(row[0], *values(row)) for row in plan.codings_added])
    undo.inserted["codings"] = [row[0] for row in plan.codings_added]
    connection.executemany(
        'UPDATE codings SET document_id = ?, code_id = ?, coder_id = ?, start = ?, "end" = ?, memo = ?, '
        "created_at = ?, updated_at = ? WHERE uuid = ?",
        [(*values(row), row[0]) for row in plan.codings_changed],
    )
    connection.executemany("DELETE FROM codings WHERE uuid = ?", [(row[0],) for row in plan.codings_deleted])
    tombstones.bury_rows(target, "coding", plan.codings_deleted)


def _write_memos(target: Project, plan: MergePlan, ids: _Ids, undo: MergeUndo) -> None:
    connection = target.connection

    def values(row: tuple[Any, ...]) -> tuple[Any, ...]:
        targets = {"document": ids.documents, "code": ids.codes}.get(row[2], {})
        return (ids.coders.get(row[1]) if row[1] else None, row[2], targets.get(row[3]) if row[3] else None,
                *row[4:])  # fmt: skip

    connection.executemany(
        "INSERT INTO memos(coder_id, target_kind, target_id, title, text, created_at, updated_at, uuid) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(*values(row), row[0]) for row in plan.memos_added],
    )
    undo.inserted.setdefault("memos", []).extend(row[0] for row in plan.memos_added)
    connection.executemany(
        "UPDATE memos SET coder_id = ?, target_kind = ?, target_id = ?, title = ?, text = ?, created_at = ?, "
        "updated_at = ? WHERE uuid = ?",
        [(*values(row), row[0]) for row in plan.memos_changed],
    )
    connection.executemany("DELETE FROM memos WHERE uuid = ?", [(row[0],) for row in plan.memos_deleted])
    tombstones.bury_rows(target, "memo", plan.memos_deleted)


# -- undoing a merge ---------------------------------------------------------------------------------
def undo_merge(target: Project, plan: MergePlan, undo: MergeUndo) -> None:
    """Put the project back as it was before ``apply_merge`` wrote ``plan`` (one transaction)."""
    with target.roomy_cache(), target.transaction() as connection:

        def delete(table: str, uuids: list[str]) -> None:
            connection.executemany(f"DELETE FROM {table} WHERE uuid = ?", [(uuid,) for uuid in uuids])

        undo_supervision(target, plan, undo.supervision)
        undo_corpus(target, plan, undo.corpus, dict(plain_rows(target, "SELECT uuid, id FROM documents")))
        delete("codings", undo.inserted.get("codings", []))
        delete("memos", undo.inserted.get("memos", []))
        delete("codes", list(reversed(undo.inserted.get("codes", []))))
        delete("documents", undo.inserted.get("documents", []))
        connection.executemany(_upsert("codes", _CODE_COLUMNS), undo.before.get("codes", []))
        connection.executemany(_upsert("codings", _CODING_COLUMNS), undo.before.get("codings", []))
        connection.executemany(_upsert("memos", _MEMO_COLUMNS), undo.before.get("memos", []))
        delete("coders", undo.inserted.get("coders", []))
        delete("audit_events", undo.inserted.get("audit_events", []))
        connection.executemany("DELETE FROM tombstones WHERE entity = ? AND uuid = ?", undo.touched)
        connection.executemany(
            "INSERT INTO tombstones(entity, uuid, deleted_at, deleted_by) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(entity, uuid) DO NOTHING",
            undo.tombstones,
        )
        audit.record(target, "undo merge", "project", None, after={"source": plan.source_name})


def _upsert(table: str, columns: tuple[str, ...]) -> str:
    names = ", ".join(f'"{column}"' for column in columns)
    updates = ", ".join(f'"{column}" = excluded."{column}"' for column in columns if column != "id")
    return (
        f"INSERT INTO {table}({names}) VALUES ({', '.join('?' * len(columns))}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}"
    )
