"""Repairing a damaged project: one step per kind of problem :mod:`caqda.core.check` finds.

Each step changes only what its problem names and says what it did in words; the caller
(``check.check_project``) has already copied the file and runs every step in one transaction,
recorded in the audit trail as "repair project".
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from caqda.core import schema
from caqda.core.check import (
    _DEFAULT_COLOR,
    Problem,
    _Column,
    _expected,
    _tables_of,
    bad_settings,
    parent_cycles,
)


def repair(connection: sqlite3.Connection, problems: list[Problem]) -> list[str]:
    """Run the repair of each problem that has one; returns what was done, in words."""
    kinds = {problem.kind for problem in problems if problem.repair}
    done: list[str] = []
    steps: list[tuple[str, Callable[[sqlite3.Connection], list[str]]]] = [
        ("missing table", _recreate_tables),
        ("no version", _record_version),
        ("parent cycle", _break_cycles),
        ("bad setting", _drop_bad_settings),
        ("dangling reference", _drop_dangling),
        ("missing value", _fill_nulls),
        ("bytes instead of text", _decode_blobs),
        ("coding outside text", _trim_codings),
        ("wrong length", _fix_lengths),
    ]
    for kind, step in steps:
        if kind in kinds:
            done.extend(step(connection))
    _audit(connection, done)
    return done


def _recreate_tables(connection: sqlite3.Connection) -> list[str]:
    expected, statements = _expected()
    present = _tables_of(connection)
    done = []
    for table in expected:
        if table not in present:
            connection.execute(statements[table])
            for sql in statements.values():
                if sql.upper().startswith("CREATE INDEX") and f" ON {table}(" in sql:
                    connection.execute(sql.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))
            done.append(f"recreated the missing table '{table}' (empty).")
    return done


def _record_version(connection: sqlite3.Connection) -> list[str]:
    expected, _ = _expected()
    present = _tables_of(connection)
    if any(
        table not in present or {c.name for c in columns} - present[table]
        for table, columns in expected.items()
    ):
        return ["did not record a format version: tables or columns caqda needs are missing."]
    connection.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
    return [f"recorded the project format version {schema.SCHEMA_VERSION}."]


def _break_cycles(connection: sqlite3.Connection) -> list[str]:
    done = []
    for cycle in parent_cycles(connection):
        code_id, name = cycle[0]
        position = connection.execute(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM codes WHERE parent_id IS NULL"
        ).fetchone()[0]
        connection.execute(
            "UPDATE codes SET parent_id = NULL, position = ? WHERE id = ?", (position, code_id)
        )
        done.append(f"made '{name}' a top-level code, breaking the loop of codes.")
    return done


def _drop_bad_settings(connection: sqlite3.Connection) -> list[str]:
    done = []
    for key, _ in bad_settings(connection):
        connection.execute("DELETE FROM settings WHERE key = ?", (key,))
        done.append(f"removed the unreadable setting '{key}'.")
    return done


def _drop_dangling(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute("PRAGMA foreign_key_check").fetchall()
    for table, rowid, _, _ in rows:
        connection.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
    return [f"deleted {len(rows)} row(s) that referred to nothing."]


def _fill_nulls(connection: sqlite3.Connection) -> list[str]:
    expected, _ = _expected()
    done = []
    for table, columns in expected.items():
        for column in columns:
            if not column.not_null:
                continue
            rows = connection.execute(
                f'SELECT rowid FROM "{table}" WHERE typeof("{column.name}") = \'null\''
            ).fetchall()
            for (rowid,) in rows:
                connection.execute(
                    f'UPDATE "{table}" SET "{column.name}" = ? WHERE rowid = ?',
                    (_filler(table, column, rowid), rowid),
                )
            if rows:
                done.append(f"filled in {len(rows)} missing {column.name} value(s) in '{table}'.")
    return done


def _filler(table: str, column: _Column, rowid: int) -> object:
    if column.name == "name":
        return f"Unnamed {rowid}"
    if column.name == "color":
        return _DEFAULT_COLOR
    if column.name in ("uuid",):
        return str(uuid.uuid4())
    if column.name in ("created_at", "updated_at", "imported_at", "at"):
        return datetime.now(UTC).isoformat(timespec="milliseconds")
    if column.name == "sha256":
        return ""
    if column.name == "kind" and table == "documents":
        return "other"
    return "" if column.text else 0


def _decode_blobs(connection: sqlite3.Connection) -> list[str]:
    expected, _ = _expected()
    done = []
    for table, columns in expected.items():
        for column in columns:
            if not column.text:
                continue
            rows = connection.execute(
                f'SELECT rowid, "{column.name}" FROM "{table}" WHERE typeof("{column.name}") = \'blob\''
            ).fetchall()
            for rowid, value in rows:
                connection.execute(
                    f'UPDATE "{table}" SET "{column.name}" = ? WHERE rowid = ?',
                    (bytes(value).decode("utf-8", errors="replace"), rowid),
                )
            if rows:
                done.append(f"read {len(rows)} {column.name} value(s) in '{table}' as text.")
    return done


def _trim_codings(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute(
        'SELECT c.id, c.start, c."end", length(d.text) FROM codings c JOIN documents d '
        'ON d.id = c.document_id WHERE c.start < 0 OR c."end" > length(d.text) OR c."end" <= c.start'
    ).fetchall()
    trimmed = removed = 0
    for coding_id, start, end, length in rows:
        new_start, new_end = max(0, start), min(end, length)
        if new_end > new_start:
            connection.execute(
                'UPDATE codings SET start = ?, "end" = ? WHERE id = ?', (new_start, new_end, coding_id)
            )
            trimmed += 1
        else:
            connection.execute("DELETE FROM codings WHERE id = ?", (coding_id,))
            removed += 1
    return [f"trimmed {trimmed} coding(s) to their text and removed {removed} with nothing left."]


def _fix_lengths(connection: sqlite3.Connection) -> list[str]:
    cursor = connection.execute(
        "UPDATE documents SET characters = length(text) "
        "WHERE typeof(text) = 'text' AND characters != length(text)"
    )
    return [f"recorded the real length of {cursor.rowcount} document(s)."]


def _audit(connection: sqlite3.Connection, done: list[str]) -> None:
    if not done or "audit_events" not in _tables_of(connection):
        return
    columns = _tables_of(connection)["audit_events"]
    values = {
        "uuid": str(uuid.uuid4()),
        "at": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "action": "repair project",
        "entity": "project",
        "after": json.dumps({"repaired": done}, ensure_ascii=False),
    }
    values = {key: value for key, value in values.items() if key in columns}
    connection.execute(
        f"INSERT INTO audit_events({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})",
        tuple(values.values()),
    )
