"""Code sets (REFI-QDA ``Sets`` of codes) and codes that are category headers only.

``codes.codable`` is 1 for a code one can code with and 0 for a category header (REFI's
``isCodable="false"``); the default keeps every existing code codable and lets the qdpx
import write rows without naming the column. A code set groups codes from anywhere in the
tree (ATLAS.ti's code groups, MAXQDA's code sets); deleting a code or a set removes its
memberships only.
"""

from __future__ import annotations

import sqlite3


def migrate(connection: sqlite3.Connection) -> None:
    connection.execute("ALTER TABLE codes ADD COLUMN codable INTEGER NOT NULL DEFAULT 1")
    connection.execute(
        "CREATE TABLE code_sets ("
        " id INTEGER PRIMARY KEY,"
        " uuid TEXT NOT NULL UNIQUE,"
        " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
        " description TEXT NOT NULL DEFAULT '',"
        " position INTEGER NOT NULL DEFAULT 0,"
        " created_at TEXT NOT NULL)"
    )
    connection.execute(
        "CREATE TABLE code_set_members ("
        " set_id INTEGER NOT NULL REFERENCES code_sets(id) ON DELETE CASCADE,"
        " code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,"
        " PRIMARY KEY (set_id, code_id))"
    )
    connection.execute("CREATE INDEX code_set_members_code ON code_set_members(code_id)")
