"""An index of the codings that carry a memo, by document.

Opening a transcript reads its codings' positions (integers) and, apart, the memos of the few
that have one: reading the memo column of all 15,000 codings of a long interview, nearly all
empty, took as long as reading their positions. A partial index holds only the rows with a
memo, so that second read touches those rows alone, and costs nothing on a coding without one.
"""

from __future__ import annotations

import sqlite3


def migrate(connection: sqlite3.Connection) -> None:
    connection.execute(
        "CREATE INDEX IF NOT EXISTS codings_with_memo ON codings(document_id) WHERE memo != ''"
    )
