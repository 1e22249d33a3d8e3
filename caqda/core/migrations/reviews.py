"""Review marks: a supervisor's verdict on a coding (approved, rejected, to discuss).

One row per act of marking, so the history of a coding's review is kept; the current mark of
a (coding, reviewer) pair is its newest row, and a cleared mark is a row with ``mark = 'cleared'``.
Codings are referred to by uuid, not id, so that a coding removed and restored (undo) or
merged from a coder's copy keeps its marks.
"""

from __future__ import annotations

import sqlite3


def migrate(connection: sqlite3.Connection) -> None:
    connection.execute(
        """
        CREATE TABLE review_marks (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            coding_uuid TEXT NOT NULL,
            reviewer_id INTEGER NOT NULL REFERENCES coders(id),
            mark TEXT NOT NULL CHECK (mark IN ('approved', 'rejected', 'discuss', 'cleared')),
            comment TEXT NOT NULL DEFAULT '',
            marked_at TEXT NOT NULL
        )
        """
    )
    connection.execute("CREATE INDEX review_marks_coding ON review_marks(coding_uuid, reviewer_id, id)")
