"""Codings: a coder's assignment of a code to a ``[start, end)`` range of a document.

Each function is one transaction with its audit event, so the GUI can call it on every click
and an undo is simply the reverse call.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from caqda.core import audit, bulk, tombstones
from caqda.core.codebook import check_codable, get_code
from caqda.core.documents import get_document
from caqda.core.errors import CodingError, NotFoundError
from caqda.core.filters import rows_where_in, where_in
from caqda.core.models import Coding
from caqda.core.project import Project, new_uuid, now

_COLUMNS = 'id, uuid, document_id, code_id, coder_id, start, "end", memo, created_at, updated_at'
# A new coding's columns, as bulk inserts give them (auto-coding, merges, REFI-QDA imports).
INSERTED = ("uuid", "document_id", "code_id", "coder_id", "start", "end", "memo", "created_at", "updated_at")


def add_coding(
    project: Project,
    *,
    document_id: int,
    code_id: int,
    coder_id: int,
    start: int,
    end: int,
    memo: str = "",
    uuid: str | None = None,
) -> Coding:
    """Code ``[start, end)`` (code points). Refuses empty or out-of-range spans."""
    document = get_document(project, document_id)
    code = get_code(project, code_id)
    check_codable(code)
    _check_range(document.characters, start, end, document.name)
    _check_coder(project, coder_id)
    with project.transaction() as connection:
        stamp = now()
        coding_uuid = uuid or new_uuid()
        cursor = connection.execute(
            'INSERT INTO codings(uuid, document_id, code_id, coder_id, start, "end", memo, created_at, '
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (coding_uuid, document_id, code_id, coder_id, start, end, memo, stamp, stamp),
        )
        coding = get_coding(project, int(cursor.lastrowid or 0))
        audit.record(
            project,
            "add coding",
            "coding",
            coding_uuid,
            after={**_state(coding), "document": document.uuid, "code": code.uuid},
            coder_id=coder_id,
        )
    return coding


def add_codings(
    project: Project, *, code_id: int, coder_id: int, spans: dict[int, list[tuple[int, int]]]
) -> list[Coding]:
    """Code many ranges (``spans``: document id -> ranges) with one code for one coder in one
    transaction: the checks and audit events of :func:`add_coding`, made once per document and
    written a statement at a time rather than a row at a time (auto-coding thousands of places)."""
    code = get_code(project, code_id)
    check_codable(code)
    _check_coder(project, coder_id)
    documents = {document_id: get_document(project, document_id) for document_id in spans}
    for document_id, ranges in spans.items():
        document = documents[document_id]
        for start, end in ranges:
            _check_range(document.characters, start, end, document.name)
    stamp = now()
    rows = [
        (new_uuid(), document_id, code_id, coder_id, start, end, "", stamp, stamp)
        for document_id, ranges in spans.items()
        for start, end in ranges
    ]
    with project.roomy_cache(), project.transaction() as connection:
        bulk.insert_rows(connection, "codings", INSERTED, rows)
        ids = dict(
            rows_where_in(project.connection, "SELECT uuid, id FROM codings", "uuid", [r[0] for r in rows])
        )
        codings = [Coding(ids[row[0]], *row) for row in rows]
        audit.record_many(project, "add coding", "coding", [
            (coding.uuid, None, {**_state(coding), "document": documents[coding.document_id].uuid,
                                 "code": code.uuid})
            for coding in codings
        ], coder_id=coder_id)  # fmt: skip
    return codings


def remove_codings(project: Project, coding_ids: list[int]) -> list[Coding]:
    """Delete many codings in one transaction (the undo of auto-coding); returns them as they were."""
    found = [
        Coding(*row)
        for row in rows_where_in(project.connection, f"SELECT {_COLUMNS} FROM codings", "id", coding_ids)
    ]
    with project.roomy_cache(), project.transaction() as connection:
        connection.executemany("DELETE FROM codings WHERE id = ?", [(coding.id,) for coding in found])
        tombstones.bury(project, "coding", [coding.uuid for coding in found])
        audit.record_many(project, "remove coding", "coding", [(c.uuid, _state(c), None) for c in found])
    return found


def get_coding(project: Project, coding_id: int) -> Coding:
    row = project.connection.execute(f"SELECT {_COLUMNS} FROM codings WHERE id = ?", (coding_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"There is no coding with id {coding_id}.")
    return Coding(**dict(row))


def resize_coding(project: Project, coding_id: int, start: int, end: int) -> Coding:
    coding = get_coding(project, coding_id)
    document = get_document(project, coding.document_id)
    _check_range(document.characters, start, end, document.name)
    return _update(project, coding, "resize coding", start=start, end=end)


def recode_coding(project: Project, coding_id: int, code_id: int) -> Coding:
    check_codable(get_code(project, code_id))
    return _update(project, get_coding(project, coding_id), "change coding code", code_id=code_id)


def set_coding_memo(project: Project, coding_id: int, memo: str) -> Coding:
    return _update(project, get_coding(project, coding_id), "edit coding memo", memo=memo)


def remove_coding(project: Project, coding_id: int) -> Coding:
    """Delete a coding; returns it as it was, so the caller can restore it (undo)."""
    coding = get_coding(project, coding_id)
    with project.transaction() as connection:
        connection.execute("DELETE FROM codings WHERE id = ?", (coding_id,))
        tombstones.bury(project, "coding", [coding.uuid])
        audit.record(project, "remove coding", "coding", coding.uuid, before=_state(coding))
    return coding


@dataclass(frozen=True)
class CodingFilter:
    document_ids: tuple[int, ...] | None = None
    code_ids: tuple[int, ...] | None = None
    coder_ids: tuple[int, ...] | None = None


def list_codings(project: Project, where: CodingFilter | None = None) -> list[Coding]:
    """Codings ordered by document and position, optionally filtered."""
    where_sql, parameters = where_in(
        (
            ("document_id", where.document_ids if where else None),
            ("code_id", where.code_ids if where else None),
            ("coder_id", where.coder_ids if where else None),
        )
    )
    sql = f"SELECT {_COLUMNS} FROM codings {where_sql}"
    sql += ' ORDER BY document_id, start, "end", id'
    return [Coding(**dict(row)) for row in project.rows(sql, tuple(parameters))]


def coding_spans_of(
    project: Project, where: CodingFilter | None = None
) -> list[tuple[int, int, int, int, int]]:
    """``(document_id, code_id, coder_id, start, end)`` of the codings ``where`` selects, in no
    particular order: what a computation over many codings needs, without a record per coding
    (the agreement corpus of 60,000 codings)."""
    # "+coder_id": not through the coder index; two coders of three are most of the table,
    # which a scan in table order reads at a fraction of the cost of a seek per row.
    where_sql, parameters = where_in(
        (
            ("document_id", where.document_ids if where else None),
            ("code_id", where.code_ids if where else None),
            ("+coder_id", where.coder_ids if where else None),
        )
    )
    cursor = project.connection.cursor()
    cursor.row_factory = None
    return cursor.execute(
        f'SELECT document_id, code_id, coder_id, start, "end" FROM codings {where_sql}', tuple(parameters)
    ).fetchall()


def _update(project: Project, coding: Coding, action: str, **changes: Any) -> Coding:
    assignments = ", ".join(f'"{column}" = ?' for column in changes)
    with project.transaction() as connection:
        connection.execute(
            f"UPDATE codings SET {assignments}, updated_at = ? WHERE id = ?",
            (*changes.values(), now(), coding.id),
        )
        updated = get_coding(project, coding.id)
        audit.record(project, action, "coding", coding.uuid, before=_state(coding), after=_state(updated))
    return updated


def _state(coding: Coding) -> dict[str, object]:
    """The coding as its audit events record it (every field but the id). Built by hand, not
    with ``dataclasses.asdict``, which deep-copies each field: auto-coding calls this per place."""
    return {
        "uuid": coding.uuid, "document_id": coding.document_id, "code_id": coding.code_id,
        "coder_id": coding.coder_id, "start": coding.start, "end": coding.end, "memo": coding.memo,
        "created_at": coding.created_at, "updated_at": coding.updated_at,
    }  # fmt: skip


def _check_range(length: int, start: int, end: int, name: str) -> None:
    if not 0 <= start < end <= length:
        raise CodingError(
            f"The range {start}–{end} is not inside '{name}' (0–{length}) or is empty; nothing was coded."
        )


def _check_coder(project: Project, coder_id: int) -> None:
    if project.scalar("SELECT 1 FROM coders WHERE id = ?", (coder_id,)) is None:
        raise NotFoundError(f"There is no coder with id {coder_id}.")


def restore_coding(project: Project, coding: Coding) -> Coding:
    """Put back a removed coding exactly as it was (same id and uuid): the redo of an add and
    the undo of a remove, so the audit trail and other references keep pointing at it."""
    get_document(project, coding.document_id)
    get_code(project, coding.code_id)
    with project.transaction() as connection:
        connection.execute(
            f"INSERT INTO codings({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                coding.id,
                coding.uuid,
                coding.document_id,
                coding.code_id,
                coding.coder_id,
                coding.start,
                coding.end,
                coding.memo,
                coding.created_at,
                now(),
            ),
        )
        restored = get_coding(project, coding.id)
        audit.record(project, "restore coding", "coding", coding.uuid, after=_state(restored))
    return restored


def coding_by_uuid(project: Project, uuid: str) -> Coding | None:
    """The coding with this uuid, or None once it has been removed."""
    row = project.connection.execute(f"SELECT {_COLUMNS} FROM codings WHERE uuid = ?", (uuid,)).fetchone()
    return None if row is None else Coding(**dict(row))


def coding_marks(
    project: Project, document_id: int, coder_ids: tuple[int, ...] | None = None
) -> list[tuple[int, int, int, int, int]]:
    """``(id, code_id, coder_id, start, end)`` of a document's codings: what a transcript view
    draws, as plain tuples of integers (15,000 of them must load in milliseconds: reading each
    one's uuid and memo as well took twice as long; see :func:`coding_memos`)."""
    return _document_rows(
        project,
        'SELECT id, code_id, coder_id, start, "end" FROM codings WHERE document_id = ?',
        document_id,
        coder_ids,
    )


def coding_memos(
    project: Project, document_id: int, coder_ids: tuple[int, ...] | None = None
) -> dict[int, str]:
    """Coding id -> memo, for a document's codings that have one (read through the
    ``codings_with_memo`` index: only those rows)."""
    sql = "SELECT id, memo FROM codings WHERE document_id = ? AND memo != ''"
    return dict(_document_rows(project, sql, document_id, coder_ids))


def _document_rows(
    project: Project, sql: str, document_id: int, coder_ids: tuple[int, ...] | None
) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` (which asks for ``document_id``) of the coders ``coder_ids`` (None: all),
    as plain tuples: quicker than rows with names, for thousands of codings."""
    parameters: list[Any] = [document_id]
    if coder_ids is not None:
        sql += f" AND coder_id IN ({','.join('?' * len(coder_ids))})"
        parameters.extend(coder_ids)
    cursor = project.connection.cursor()
    cursor.row_factory = None
    return cursor.execute(sql, parameters).fetchall()


def coding_uuids(project: Project, coding_ids: list[int]) -> dict[int, str]:
    """Coding id -> uuid, for those of ``coding_ids`` that exist."""
    return dict(rows_where_in(project.connection, "SELECT id, uuid FROM codings", "id", coding_ids))
