"""Attribute definitions: each document attribute (variable) gets a type - text, number, date
or choice with its values - so values are checked when entered and compared as numbers or
dates when documents are filtered. Attributes stored before this step have no row here and
count as text."""

from __future__ import annotations

import sqlite3


def migrate(connection: sqlite3.Connection) -> None:
    connection.execute(
        "CREATE TABLE IF NOT EXISTS attribute_definitions ("
        " id INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
        " type TEXT NOT NULL DEFAULT 'text' CHECK (type IN ('text', 'number', 'date', 'choice')),"
        " choices TEXT NOT NULL DEFAULT '[]',"
        " position INTEGER NOT NULL DEFAULT 0"
        ")"
    )
