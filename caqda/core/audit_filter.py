"""The audit trail narrowed to what a supervisor asks about, and written out as CSV or Word.

Filters: a coder, a code, a document, an action and a date range. An event concerns a code or
a document when it is that code's or document's own event, when its before/after state names it
(a coding's ``code``/``document`` uuids, or ``code_id``/``document_id``), or, for a coding's
events that carry neither (review marks), when the coding belongs to it now.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass
from typing import Any

from caqda.core.audit import trail
from caqda.core.exports import docx_styles as styles
from caqda.core.exports.common import ExportError, ExportSummary, check_target, counted, write_atomically
from caqda.core.exports.docx_common import WordReport, table
from caqda.core.project import Project

CSV_COLUMNS = ("at", "coder", "action", "entity", "uuid", "summary")


@dataclass(frozen=True)
class AuditFilter:
    """``None`` means no restriction; ``since``/``until`` are dates (``YYYY-MM-DD``, inclusive)."""

    coder: str | None = None
    code_uuid: str | None = None
    document_uuid: str | None = None
    action: str | None = None
    since: str | None = None
    until: str | None = None

    def describe(self, project: Project) -> list[str]:
        names = {
            row[0]: row[1]
            for table_name in ("codes", "documents")
            for row in project.rows(f"SELECT uuid, name FROM {table_name}")
        }
        parts = []
        if self.coder:
            parts.append(f"coder: {self.coder}")
        if self.code_uuid:
            parts.append(f"code: {names.get(self.code_uuid, self.code_uuid)}")
        if self.document_uuid:
            parts.append(f"document: {names.get(self.document_uuid, self.document_uuid)}")
        if self.action:
            parts.append(f"action: {self.action}")
        if self.since or self.until:
            parts.append(f"from {self.since or 'the start'} to {self.until or 'today'}")
        return parts


def actions(project: Project) -> list[str]:
    """Every action the trail holds, alphabetically (for a filter's choices)."""
    return [row[0] for row in project.rows("SELECT DISTINCT action FROM audit_events ORDER BY action")]


def filtered_trail(project: Project, where: AuditFilter) -> list[dict[str, Any]]:
    """The trail rows (as :func:`caqda.core.audit.trail` gives them) that pass the filter,
    oldest first."""
    rows = trail(project, coder=where.coder)
    if where.coder is None and where.code_uuid is None and where.document_uuid is None:
        return [row for row in rows if _passes_simple(row, where)]
    raw = project.rows(
        "SELECT e.entity, e.entity_uuid, e.before, e.after, r.name FROM audit_events e "
        "LEFT JOIN coders r ON r.id = e.coder_id ORDER BY e.id"
    )
    if where.coder is not None:
        raw = [row for row in raw if (row[4] or "").casefold() == where.coder.casefold()]
    code_id = _id_of(project, "codes", where.code_uuid)
    document_id = _id_of(project, "documents", where.document_uuid)
    owners = {
        row[0]: (row[1], row[2])
        for row in project.rows(
            "SELECT c.uuid, k.uuid, d.uuid FROM codings c JOIN codes k ON k.id = c.code_id "
            "JOIN documents d ON d.id = c.document_id"
        )
    }
    result = []
    for row, event in zip(rows, raw, strict=True):
        if not _passes_simple(row, where):
            continue
        codes, documents = _concerns(event[0], event[1], event[2], event[3], owners)
        if where.code_uuid is not None and where.code_uuid not in codes and code_id not in codes:
            continue
        if (
            where.document_uuid is not None
            and where.document_uuid not in documents
            and document_id not in documents
        ):
            continue
        result.append(row)
    return result


def _passes_simple(row: dict[str, Any], where: AuditFilter) -> bool:
    day = row["at"][:10]
    if where.action is not None and row["action"] != where.action:
        return False
    if where.since is not None and day < where.since:
        return False
    return not (where.until is not None and day > where.until)


def _concerns(
    entity: str, uuid: str | None, before: str | None, after: str | None, owners: dict[str, tuple[str, str]]
) -> tuple[set[Any], set[Any]]:
    codes: set[Any] = set()
    documents: set[Any] = set()
    if entity == "code" and uuid:
        codes.add(uuid)
    if entity == "document" and uuid:
        documents.add(uuid)
    for state in (before, after):
        data = json.loads(state) if state else {}
        if not isinstance(data, dict):
            continue
        for key, bucket in (
            ("code", codes),
            ("code_id", codes),
            ("document", documents),
            ("document_id", documents),
        ):
            if key in data and data[key] is not None:
                bucket.add(data[key])
    if entity == "coding" and uuid in owners:
        codes.add(owners[uuid][0])
        documents.add(owners[uuid][1])
    return codes, documents


def _id_of(project: Project, table_name: str, uuid: str | None) -> int | None:
    if uuid is None:
        return None
    value = project.scalar(f"SELECT id FROM {table_name} WHERE uuid = ?", (uuid,))
    return None if value is None else int(value)


# -- export ------------------------------------------------------------------------------------------
def export_trail_csv(rows: list[dict[str, Any]], path: str | os.PathLike[str]) -> ExportSummary:
    """The rows as CSV (UTF-8 with a byte-order mark for Excel), oldest first."""
    target = check_target(path, (".csv",))

    def write(temporary: Any) -> None:
        with open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            writer.writerows([row[column] or "" for column in CSV_COLUMNS] for row in rows)

    write_atomically(target, write)
    return ExportSummary(target, len(rows))


def export_trail_docx(
    project: Project,
    rows: list[dict[str, Any]],
    path: str | os.PathLike[str],
    where: AuditFilter | None = None,
) -> ExportSummary:
    """The rows as a Word table (when, who, action, what changed) under a title naming the filters."""
    target = check_target(path, (".docx",))
    if not rows:
        raise ExportError("Nothing to export: no changes in the audit trail match the filters.")
    report = WordReport(project, kind="Audit trail", title=f"Audit trail: {project.path.stem}")
    lines = [f"{counted(len(rows), 'change')}, oldest first."]
    restrictions = where.describe(project) if where is not None else []
    if restrictions:
        lines.append("Only " + "; ".join(restrictions) + ".")
    report.title_block("Audit trail", f"Project: {report.project_name}", lines)
    body = [["When", "Who", "Action", "What changed"]]
    body += [
        [row["at"][:19].replace("T", " "), row["coder"] or "", row["action"], row["summary"]] for row in rows
    ]
    report.add(table(body, [1900, 1300, 1900, 4500]))
    report.paragraph(styles.REPORT_INFO, "")
    report.save(target)
    return ExportSummary(target, len(rows))
