"""Document sets: named groups of documents ("Interviews - management", "Nursing"), usable as a
filter wherever documents are chosen. A document can be in any number of sets."""

from __future__ import annotations

import sqlite3


def migrate(connection: sqlite3.Connection) -> None:
    connection.execute(
        "CREATE TABLE IF NOT EXISTS document_sets ("
        " id INTEGER PRIMARY KEY,"
        " uuid TEXT NOT NULL UNIQUE,"
        " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
        " description TEXT NOT NULL DEFAULT '',"
        " position INTEGER NOT NULL DEFAULT 0,"
        " created_at TEXT NOT NULL DEFAULT ''"
        ")"
    )
    connection.execute(
        "CREATE TABLE IF NOT EXISTS document_set_members ("
        " set_id INTEGER NOT NULL REFERENCES document_sets(id) ON DELETE CASCADE,"
        " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
        " PRIMARY KEY (set_id, document_id)"
        ")"
    )
    connection.execute(
        "CREATE INDEX IF NOT EXISTS document_set_members_document ON document_set_members(document_id)"
    )
