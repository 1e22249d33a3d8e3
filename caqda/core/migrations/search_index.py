"""The full-text search index: an FTS5 table over every document's text, kept by triggers.

The index is an *external-content* FTS5 table: it stores only the index, not a second copy of
the text, and reads the text from ``documents`` when it needs it. Its tokenizer folds case and
removes accents (``unicode61 remove_diacritics 2``), so "Sao" and "São" are the same term.
Triggers on ``documents`` update it inside the same transaction as every insert, delete or
change of a document's text, whatever code path makes it (import, REFI-QDA import, merge,
pseudonymisation): the index can never be out of date. ``search_terms`` (fts5vocab) lists the
indexed words with how many documents hold each, for choosing fuzzy candidates.
"""

from __future__ import annotations

import sqlite3

_STATEMENTS = (
    """CREATE VIRTUAL TABLE search_index USING fts5(
        text, content='documents', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )""",
    "CREATE VIRTUAL TABLE search_terms USING fts5vocab(search_index, 'row')",
    """CREATE TRIGGER search_index_insert AFTER INSERT ON documents BEGIN
        INSERT INTO search_index(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER search_index_delete AFTER DELETE ON documents BEGIN
        INSERT INTO search_index(search_index, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER search_index_update AFTER UPDATE OF text ON documents BEGIN
        INSERT INTO search_index(search_index, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO search_index(rowid, text) VALUES (new.id, new.text);
    END""",
    # Index the documents already in the project.
    "INSERT INTO search_index(search_index) VALUES ('rebuild')",
)


def migrate(connection: sqlite3.Connection) -> None:
    try:
        connection.execute(_STATEMENTS[0])
    except sqlite3.OperationalError as error:
        if "fts5" not in str(error):
            raise
        from caqda.core.errors import ProjectError

        raise ProjectError(
            "This Python's SQLite was built without FTS5 full-text search, which caqda needs for "
            "its search index; use the Python caqda was installed with (python.org and most Linux "
            "builds have it)."
        ) from error
    for statement in _STATEMENTS[1:]:
        connection.execute(statement)
