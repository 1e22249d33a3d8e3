"""Shaping the corpus: rename, reorder and delete documents, and put deleted ones back.

A deletion takes every row that belongs to the documents with it: codings, paragraphs, speaker
turns, attributes, set memberships, memos on them, and rows of any table another part of caqda
adds later with a foreign key to ``documents`` (found through ``PRAGMA foreign_key_list``, so
this module needs no update when one is added). :func:`delete_documents` returns a
:class:`DocumentsSnapshot` of those rows; :func:`restore_documents` writes them back with the
same ids and uuids, which is how a deletion and an import are undone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from caqda.core import audit
from caqda.core.documents import get_document
from caqda.core.errors import CaqdaError, NotFoundError
from caqda.core.project import Project


class DocumentEditError(CaqdaError):
    """A rename or reorder of documents was refused (empty or taken name...)."""


@dataclass(frozen=True)
class TableRows:
    """Rows of one table: its column names and the values of each row (``rowid`` first)."""

    table: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    # For references declared ON DELETE SET NULL: the rows stay, only this column is put back.
    set_null_column: str | None = None


@dataclass(frozen=True)
class DocumentsSnapshot:
    """Everything a deletion of ``document_uuids`` removes, parents before children."""

    document_uuids: tuple[str, ...]
    tables: tuple[TableRows, ...]

    def count(self, table: str) -> int:
        return sum(len(part.rows) for part in self.tables if part.table == table and not part.set_null_column)


@dataclass(frozen=True)
class DeletionImpact:
    """What deleting some documents would take with it, to tell the researcher first."""

    documents: int
    codings: int
    memos: int


def rename_document(project: Project, document_id: int, new_name: str) -> str:
    """Give a document a new name (unique, case-insensitively); returns the old name."""
    document = get_document(project, document_id)
    name = new_name.strip()
    if not name:
        raise DocumentEditError("A document needs a name; it was not renamed.")
    clash = project.scalar("SELECT name FROM documents WHERE name = ? AND id != ?", (name, document_id))
    if clash is not None:
        raise DocumentEditError(f"There is already a document called '{clash}'; choose another name.")
    if name == document.name:
        return document.name
    with project.transaction() as connection:
        connection.execute("UPDATE documents SET name = ? WHERE id = ?", (name, document_id))
        audit.record(
            project,
            "rename document",
            "document",
            document.uuid,
            before={"name": document.name},
            after={"name": name},
        )
    return document.name


def document_order(project: Project) -> list[int]:
    return [row[0] for row in project.rows("SELECT id FROM documents ORDER BY position, id")]


def reorder_documents(project: Project, ordered_ids: list[int]) -> list[int]:
    """Put the documents in this order (positions 1, 2, ...); documents not listed follow in
    their present order. Returns the order before, so the caller can undo."""
    before = document_order(project)
    known = set(before)
    unknown = [document_id for document_id in ordered_ids if document_id not in known]
    if unknown:
        raise NotFoundError(f"There is no document with id {unknown[0]}.")
    listed = list(dict.fromkeys(ordered_ids))
    order = listed + [document_id for document_id in before if document_id not in set(listed)]
    if order == before:
        return before
    with project.transaction() as connection:
        connection.executemany(
            "UPDATE documents SET position = ? WHERE id = ?",
            [(position, document_id) for position, document_id in enumerate(order, start=1)],
        )
        audit.record(project, "reorder documents", "documents", None, after={"count": len(order)})
    return before


def move_document(project: Project, document_id: int, position: int) -> list[int]:
    """Move one document to ``position`` (0 is first) in the list; returns the order before."""
    order = document_order(project)
    if document_id not in order:
        raise NotFoundError(f"There is no document with id {document_id}.")
    order.remove(document_id)
    order.insert(max(0, min(position, len(order))), document_id)
    return reorder_documents(project, order)


def deletion_impact(project: Project, document_ids: list[int]) -> DeletionImpact:
    marks = ",".join("?" * len(document_ids))
    ids = tuple(document_ids)
    return DeletionImpact(
        documents=int(project.scalar(f"SELECT COUNT(*) FROM documents WHERE id IN ({marks})", ids)),
        codings=int(project.scalar(f"SELECT COUNT(*) FROM codings WHERE document_id IN ({marks})", ids)),
        memos=int(
            project.scalar(
                f"SELECT COUNT(*) FROM memos WHERE target_kind = 'document' AND target_id IN ({marks})", ids
            )
        ),
    )


def delete_documents(
    project: Project, document_ids: list[int], action: str = "delete document"
) -> DocumentsSnapshot:
    """Delete documents with every row that belongs to them, in one transaction; returns what
    was removed so :func:`restore_documents` can put it back."""
    if not document_ids:
        return DocumentsSnapshot((), ())
    for document_id in document_ids:
        get_document(project, document_id)
    with project.transaction() as connection:
        saved = _snapshot(project, document_ids)
        marks = ",".join("?" * len(document_ids))
        connection.execute(
            f"DELETE FROM memos WHERE target_kind = 'document' AND target_id IN ({marks})",
            tuple(document_ids),
        )
        names = {
            row[0]: row[1]
            for row in project.rows(
                f"SELECT uuid, name FROM documents WHERE id IN ({marks})", tuple(document_ids)
            )
        }
        connection.execute(f"DELETE FROM documents WHERE id IN ({marks})", tuple(document_ids))
        for document_uuid, name in names.items():
            audit.record(
                project,
                action,
                "document",
                document_uuid,
                before={"name": name, "codings": saved.count("codings")},
            )
    return saved


def restore_documents(project: Project, saved: DocumentsSnapshot, action: str = "restore document") -> None:
    """Write a deletion's rows back exactly as they were (same ids, uuids and positions)."""
    if not saved.document_uuids:
        return
    with project.transaction() as connection:
        for part in saved.tables:
            if part.set_null_column:
                connection.executemany(
                    f'UPDATE "{part.table}" SET "{part.set_null_column}" = ? WHERE rowid = ?',
                    [(row[1], row[0]) for row in part.rows],
                )
                continue
            names = ", ".join(f'"{column}"' for column in part.columns)
            marks = ", ".join("?" * len(part.columns))
            connection.executemany(f'INSERT INTO "{part.table}"({names}) VALUES ({marks})', part.rows)
        for document_uuid in saved.document_uuids:
            audit.record(project, action, "document", document_uuid)


# -- what belongs to a document ---------------------------------------------------------------
def _snapshot(project: Project, document_ids: list[int]) -> DocumentsSnapshot:
    """The documents' rows and, recursively, every row that references them (cascade) or
    points at them (set null), parents first; memos on the documents are added too."""
    parts: list[TableRows] = []
    captured: dict[str, set[int]] = {}
    documents = _rows(project, "documents", "id", document_ids, captured)
    parts.append(documents)
    _add_children(project, "documents", document_ids, parts, {"documents"}, captured)
    memos = _memo_rows(project, document_ids)
    parts.append(memos)
    uuid_index = documents.columns.index("uuid")
    return DocumentsSnapshot(tuple(row[uuid_index] for row in documents.rows), tuple(parts))


def _add_children(
    project: Project,
    parent: str,
    parent_keys: list[Any],
    parts: list[TableRows],
    seen: set[str],
    captured: dict[str, set[int]],
) -> None:
    if not parent_keys:
        return
    for table, column, target_column, on_delete in _references_to(project, parent):
        keys = parent_keys
        if target_column not in (None, "id"):
            keys = [row[0] for row in _select(project, parent, f'"{target_column}"', "id", parent_keys)]
        if on_delete == "SET NULL":
            rows = _select(project, table, f'rowid, "{column}"', column, keys)
            parts.append(
                TableRows(table, ("rowid", column), tuple(tuple(r) for r in rows), set_null_column=column)
            )
            continue
        if on_delete != "CASCADE":
            continue
        part = _rows(project, table, column, keys, captured)
        parts.append(part)
        if table not in seen and "id" in part.columns:
            id_index = part.columns.index("id")
            _add_children(
                project, table, [row[id_index] for row in part.rows], parts, seen | {table}, captured
            )


def _references_to(project: Project, parent: str) -> list[tuple[str, str, str | None, str]]:
    """(table, column, referenced column, on delete) of every foreign key to ``parent``."""
    found = []
    tables = [
        row[0]
        for row in project.rows(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    for table in tables:
        for key in project.rows(f'PRAGMA foreign_key_list("{table}")'):
            if key["table"] == parent:
                found.append((table, key["from"], key["to"], key["on_delete"].upper()))
    return found


def _rows(
    project: Project, table: str, column: str, keys: list[Any], captured: dict[str, set[int]]
) -> TableRows:
    """The rows of ``table`` whose ``column`` is one of ``keys``, except rows already captured
    through another reference (a table may point at a document and at one of its codings)."""
    cursor = project.connection.execute(f'SELECT * FROM "{table}" LIMIT 0')
    columns = tuple(description[0] for description in cursor.description)
    what = "rowid, " + ", ".join(f'"{name}"' for name in columns)
    rows = _select(project, table, what, column, keys, order=True)
    seen = captured.setdefault(table, set())
    fresh = [tuple(row)[1:] for row in rows if row[0] not in seen]
    seen.update(row[0] for row in rows)
    return TableRows(table, columns, tuple(fresh))


def _select(
    project: Project, table: str, what: str, column: str, keys: list[Any], *, order: bool = False
) -> list[Any]:
    result: list[Any] = []
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = f'SELECT {what} FROM "{table}" WHERE "{column}" IN ({marks})'
        result.extend(project.rows(sql + (" ORDER BY rowid" if order else ""), tuple(chunk)))
    return result


def _memo_rows(project: Project, document_ids: list[int]) -> TableRows:
    cursor = project.connection.execute("SELECT * FROM memos LIMIT 0")
    columns = tuple(description[0] for description in cursor.description)
    marks = ",".join("?" * len(document_ids))
    rows = project.rows(
        f"SELECT * FROM memos WHERE target_kind = 'document' AND target_id IN ({marks}) ORDER BY id",
        tuple(document_ids),
    )
    return TableRows("memos", columns, tuple(tuple(row) for row in rows))
