"""Tombstones: what was deleted (a coding, a memo, a code), when and by whom.

A coder's copy of a project carries its deletions back to the supervisor's project as these
rows, so a coding removed in the copy is removed in the project too instead of coming back.
Putting a row back (undo, a snapshot restored, a merge that re-adds it) forgets its tombstone:
the triggers below do that for every writer, so no restore path can leave a stale one behind.
"""

from __future__ import annotations

import sqlite3

_TABLES = {"coding": "codings", "memo": "memos", "code": "codes"}


def migrate(connection: sqlite3.Connection) -> None:
    connection.execute(
        "CREATE TABLE tombstones ("
        " entity TEXT NOT NULL CHECK (entity IN ('coding', 'memo', 'code')),"
        " uuid TEXT NOT NULL,"
        " deleted_at TEXT NOT NULL,"
        " deleted_by TEXT,"  # the coder's uuid (ids differ between copies)
        " PRIMARY KEY (entity, uuid))"
    )
    for entity, table in _TABLES.items():
        connection.execute(
            f"CREATE TRIGGER tombstones_forget_{entity} AFTER INSERT ON {table} BEGIN "
            f"DELETE FROM tombstones WHERE entity = '{entity}' AND uuid = NEW.uuid; END"
        )
