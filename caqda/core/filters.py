"""The one way core queries turn optional id filters into SQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

_CHUNK = 500  # keys a statement at most (older SQLite builds take 999 parameters)


def where_in(filters: Iterable[tuple[str, Sequence[Any] | None]]) -> tuple[str, list[Any]]:
    """``WHERE column IN (...) AND ...`` for every filter that is not None, with its parameters;
    an empty string when nothing filters. An empty sequence matches nothing, as it should."""
    clauses: list[str] = []
    parameters: list[Any] = []
    for column, values in filters:
        if values is not None:
            clauses.append(f"{column} IN ({','.join('?' * len(values))})")
            parameters.extend(values)
    return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), parameters


def rows_where_in(
    connection: sqlite3.Connection, sql: str, column: str, keys: Sequence[Any]
) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` (a SELECT without WHERE) whose ``column`` is one of ``keys``, as plain
    tuples (several times quicker than ``sqlite3.Row`` for thousands), asked a chunk of keys at
    a time so that any number of keys fits SQLite's parameter limit."""
    cursor = connection.cursor()
    cursor.row_factory = None
    found: list[tuple[Any, ...]] = []
    for start in range(0, len(keys), _CHUNK):
        chunk = tuple(keys[start : start + _CHUNK])
        found += cursor.execute(f"{sql} WHERE {column} IN ({','.join('?' * len(chunk))})", chunk).fetchall()
    return found


def grouped(rows: Iterable[tuple[Any, ...]], column: int) -> dict[Any, list[tuple[Any, ...]]]:
    """``rows`` put in lists by their value in ``column``, each in the order given: how the
    exports read every coding at once, in table order (a query per document fetched rows from
    all over the table: twice as slow on the 50 MB project, 300,000 codings)."""
    by_key: dict[Any, list[tuple[Any, ...]]] = {}
    for row in rows:
        held = by_key.get(row[column])
        if held is None:
            by_key[row[column]] = [row]
        else:
            held.append(row)
    return by_key
