"""The one way core queries turn optional id filters into SQL."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any


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
