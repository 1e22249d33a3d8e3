"""``search_vocabulary``: the index's words and how often each occurs, kept as a plain table.

Fuzzy search compares the query with every word of the index, and reading them from
``search_terms`` (fts5vocab) decodes the whole index to count them: 15 ms on the 10 MB
benchmark project, 80 ms on the 50 MB one, for 91 words. The table holds the same list, read in
well under a millisecond. It is derived data, filled by the first search that needs it
(:func:`caqda.core.search_index.term_counts`), and emptied by triggers in the same transaction
as every insert, delete or change of a document's text, so it is never out of date: an empty
table means "not known", and the row with the empty term (never a word of the index) marks a
complete list.
"""

from __future__ import annotations

import sqlite3

_STATEMENTS = (
    """CREATE TABLE search_vocabulary (
        term TEXT PRIMARY KEY,
        occurrences INTEGER NOT NULL
    )""",
    """CREATE TRIGGER search_vocabulary_insert AFTER INSERT ON documents BEGIN
        DELETE FROM search_vocabulary;
    END""",
    """CREATE TRIGGER search_vocabulary_delete AFTER DELETE ON documents BEGIN
        DELETE FROM search_vocabulary;
    END""",
    """CREATE TRIGGER search_vocabulary_update AFTER UPDATE OF text ON documents BEGIN
        DELETE FROM search_vocabulary;
    END""",
)


def migrate(connection: sqlite3.Connection) -> None:
    for statement in _STATEMENTS:
        connection.execute(statement)
