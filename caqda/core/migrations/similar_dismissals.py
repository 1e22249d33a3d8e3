"""Suggestions a coder dismissed in "find similar passages", remembered per code.

A dismissed passage is not suggested again for that code. Rows go with their code or document
(ON DELETE CASCADE), and a pseudonymisation remaps their offsets like those of codings.
"""

from __future__ import annotations

import sqlite3


def migrate(connection: sqlite3.Connection) -> None:
    connection.execute(
        "CREATE TABLE IF NOT EXISTS similar_dismissals ("
        " code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,"
        " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
        " start INTEGER NOT NULL,"
        ' "end" INTEGER NOT NULL,'
        ' PRIMARY KEY (code_id, document_id, start, "end"))'
    )
    connection.execute(
        "CREATE INDEX IF NOT EXISTS similar_dismissals_document ON similar_dismissals(document_id)"
    )
