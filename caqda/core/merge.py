"""Merge another coder's copy of a project into this one.

A project file is open in one place at a time, so independent coders each work in a copy and
a supervisor merges the copies. Everything is matched by identity first (UUIDs survive
copying) and by content second: documents by their text's SHA-256, codes by their path in the
tree, coders by name. What the other copy adds arrives with its own UUIDs and times; a coding
both copies hold is kept in its more recently changed form. The merge is one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from caqda.core import audit
from caqda.core.errors import ProjectError
from caqda.core.project import Project


@dataclass
class MergeReport:
    coders: int = 0
    documents: int = 0
    codes: int = 0
    codings: int = 0
    codings_updated: int = 0
    memos: int = 0
    events: int = 0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"Merged {self.codings} new codings ({self.codings_updated} updated), "
            f"{self.documents} documents, "
            f"{self.codes} codes, {self.coders} coders and {self.memos} memos."
        )


def merge_project(target: Project, source_path: Path) -> MergeReport:
    """Bring ``source_path``'s documents, codes, coders, codings, memos and audit trail into
    ``target``. The source file is only read. Raises ProjectError subclasses for a source that
    is not a caqda project, is damaged, newer, or open elsewhere."""
    source_path = Path(source_path)
    if source_path.resolve() == target.path.resolve():
        raise ProjectError("A project cannot be merged into itself.")
    with Project.open(source_path) as source:
        return _merge(target, source)


def _merge(target: Project, source: Project) -> MergeReport:
    report = MergeReport()
    with target.transaction():
        coders = _merge_coders(target, source, report)
        documents = _merge_documents(target, source, report)
        codes = _merge_codes(target, source, report)
        _merge_codings(target, source, report, documents, codes, coders)
        _merge_memos(target, source, report, documents, codes, coders)
        _merge_events(target, source, report, coders)
        audit.record(
            target, "merge project", "project", None, after={"source": source.path.name, **_counts(report)}
        )
    return report


def _counts(report: MergeReport) -> dict[str, int]:
    return {
        name: getattr(report, name)
        for name in ("coders", "documents", "codes", "codings", "codings_updated", "memos", "events")
    }


def _merge_coders(target: Project, source: Project, report: MergeReport) -> dict[int, int]:
    mapping: dict[int, int] = {}
    for row in source.rows("SELECT id, uuid, name, created_at FROM coders"):
        found = target.scalar(
            "SELECT id FROM coders WHERE uuid = ? OR name = ? COLLATE NOCASE", (row[1], row[2])
        )
        if found is None:
            cursor = target.connection.execute(
                "INSERT INTO coders(uuid, name, created_at) VALUES (?, ?, ?)", (row[1], row[2], row[3])
            )
            found = cursor.lastrowid
            report.coders += 1
        mapping[row[0]] = int(found)
    return mapping


def _merge_documents(target: Project, source: Project, report: MergeReport) -> dict[int, int]:
    mapping: dict[int, int] = {}
    columns = "uuid, name, kind, text, characters, source_name, source_format, sha256, imported_at"
    for row in source.rows(f"SELECT id, {columns} FROM documents ORDER BY position, id"):
        found = target.scalar(
            "SELECT id FROM documents WHERE uuid = ? OR sha256 = ?", (row["uuid"], row["sha256"])
        )
        if found is None:
            name = _free(target, "documents", row["name"])
            if name != row["name"]:
                report.notes.append(
                    f"The document '{row['name']}' is called '{name}' here; the name was taken."
                )
            position = target.scalar("SELECT COALESCE(MAX(position), 0) + 1 FROM documents")
            cursor = target.connection.execute(
                f"INSERT INTO documents({columns}, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (row["uuid"], name, *tuple(row)[3:], position),
            )
            found = int(cursor.lastrowid or 0)
            for table, fields in (
                ("paragraphs", 'ordinal, start, "end"'),
                ("speaker_turns", 'ordinal, speaker, timestamp, start, content_start, "end"'),
                ("document_attributes", "name, value"),
            ):
                rows = source.rows(f"SELECT {fields} FROM {table} WHERE document_id = ?", (row["id"],))
                marks = ", ".join("?" * (fields.count(",") + 1))
                target.connection.executemany(
                    f"INSERT INTO {table}(document_id, {fields}) VALUES (?, {marks})",
                    [(found, *tuple(item)) for item in rows],
                )
            report.documents += 1
        mapping[row["id"]] = int(found)
    return mapping


def _merge_codes(target: Project, source: Project, report: MergeReport) -> dict[int, int]:
    from caqda.core.codebook import list_codes

    mapping: dict[int, int] = {}
    for code in list_codes(source):  # parents before children
        parent = mapping.get(code.parent_id) if code.parent_id is not None else None
        found = target.scalar("SELECT id FROM codes WHERE uuid = ?", (code.uuid,))
        if found is None:
            found = target.scalar(
                "SELECT id FROM codes WHERE parent_id IS ? AND name = ? COLLATE NOCASE", (parent, code.name)
            )
        if found is None:
            position = target.scalar(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM codes WHERE parent_id IS ?", (parent,)
            )
            created = source.scalar("SELECT created_at FROM codes WHERE id = ?", (code.id,))
            cursor = target.connection.execute(
                "INSERT INTO codes(uuid, parent_id, name, color, definition, when_to_use, when_not_to_use, "
                "example, position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (code.uuid, parent, code.name, code.color, code.definition, code.when_to_use,
                 code.when_not_to_use, code.example, position, created),
            )  # fmt: skip
            found = cursor.lastrowid
            report.codes += 1
        mapping[code.id] = int(found)
    return mapping


def _merge_codings(
    target: Project,
    source: Project,
    report: MergeReport,
    documents: dict[int, int],
    codes: dict[int, int],
    coders: dict[int, int],
) -> None:
    existing = {row[0]: (row[1], row[2]) for row in target.rows("SELECT uuid, id, updated_at FROM codings")}
    for row in source.rows(
        'SELECT uuid, document_id, code_id, coder_id, start, "end", memo, created_at, updated_at FROM codings'
    ):
        values = (
            documents[row[1]], codes[row[2]], coders[row[3]], row[4], row[5], row[6], row[7], row[8]
        )  # fmt: skip
        known = existing.get(row[0])
        if known is None:
            target.connection.execute(
                'INSERT INTO codings(uuid, document_id, code_id, coder_id, start, "end", memo, created_at, '
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (row[0], *values),
            )
            report.codings += 1
        elif row[8] > known[1]:
            target.connection.execute(
                'UPDATE codings SET document_id = ?, code_id = ?, coder_id = ?, start = ?, "end" = ?, '
                "memo = ?, created_at = ?, updated_at = ? WHERE id = ?",
                (*values, known[0]),
            )
            report.codings_updated += 1


def _merge_memos(
    target: Project,
    source: Project,
    report: MergeReport,
    documents: dict[int, int],
    codes: dict[int, int],
    coders: dict[int, int],
) -> None:
    for row in source.rows(
        "SELECT uuid, coder_id, target_kind, target_id, title, text, created_at, updated_at FROM memos"
    ):
        if target.scalar("SELECT 1 FROM memos WHERE uuid = ?", (row[0],)):
            continue
        target_id = {"document": documents, "code": codes}.get(row[2], {}).get(row[3]) if row[3] else None
        target.connection.execute(
            "INSERT INTO memos(uuid, coder_id, target_kind, target_id, title, text, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (row[0], coders.get(row[1]) if row[1] else None, row[2], target_id, *tuple(row)[4:]),
        )
        report.memos += 1


def _merge_events(target: Project, source: Project, report: MergeReport, coders: dict[int, int]) -> None:
    known = {row[0] for row in target.rows("SELECT uuid FROM audit_events")}
    rows: list[tuple[Any, ...]] = []
    for row in source.rows(
        "SELECT uuid, at, coder_id, action, entity, entity_uuid, before, after FROM audit_events"
    ):
        if row[0] not in known:
            rows.append((row[0], row[1], coders.get(row[2]) if row[2] else None, *tuple(row)[3:]))
    target.connection.executemany(
        "INSERT INTO audit_events(uuid, at, coder_id, action, entity, entity_uuid, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    report.events += len(rows)


def _free(project: Project, table: str, name: str) -> str:
    candidate, number = name, 2
    while project.scalar(f"SELECT 1 FROM {table} WHERE name = ?", (candidate,)):
        candidate = f"{name} ({number})"
        number += 1
    return candidate
