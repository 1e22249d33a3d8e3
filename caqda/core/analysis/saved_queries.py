"""Queries saved in the project under a name, to be run again as the coding goes on."""

from __future__ import annotations

import json
from dataclasses import dataclass

from caqda.core import audit
from caqda.core.analysis.query import QueryResult, run_query
from caqda.core.analysis.query_parser import parse
from caqda.core.analysis.scope import UNITS, AnalysisError, Filters
from caqda.core.errors import NotFoundError
from caqda.core.project import Project, new_uuid, now


@dataclass(frozen=True)
class SavedQuery:
    id: int
    uuid: str
    name: str
    query: str
    within: str
    filters: Filters

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "query": self.query,
            "within": self.within,
            "filters": self.filters.as_dict(),
        }


def save_query(
    project: Project, name: str, query: str, *, within: str = "character", filters: Filters | None = None
) -> SavedQuery:
    """Save (or replace) the query called ``name``; the query must parse. One transaction."""
    name = " ".join(name.split())
    if not name:
        raise AnalysisError("A saved query needs a name.")
    if within not in UNITS:
        raise AnalysisError(f"'{within}' is not a unit to query within; use one of {', '.join(UNITS)}.")
    parse(query)
    filters = filters or Filters()
    state = {"name": name, "query": query, "within": within, "filters": filters.as_dict()}
    stamp = now()
    with project.transaction() as connection:
        existing = connection.execute("SELECT uuid FROM saved_queries WHERE name = ?", (name,)).fetchone()
        if existing is None:
            query_uuid = new_uuid()
            connection.execute(
                "INSERT INTO saved_queries(uuid, name, query, within, filters, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (query_uuid, name, query, within, json.dumps(filters.as_dict()), stamp, stamp),
            )
            audit.record(project, "save query", "query", query_uuid, after=state)
        else:
            query_uuid = existing[0]
            before = get_saved_query(project, name).as_dict()
            connection.execute(
                "UPDATE saved_queries SET name = ?, query = ?, within = ?, filters = ?, updated_at = ? "
                "WHERE uuid = ?",
                (name, query, within, json.dumps(filters.as_dict()), stamp, query_uuid),
            )
            audit.record(project, "change query", "query", query_uuid, before=before, after=state)
    return get_saved_query(project, name)


def list_saved_queries(project: Project) -> list[SavedQuery]:
    return [_saved(row) for row in project.rows("SELECT * FROM saved_queries ORDER BY name COLLATE NOCASE")]


def get_saved_query(project: Project, name: str) -> SavedQuery:
    row = project.connection.execute("SELECT * FROM saved_queries WHERE name = ?", (name.strip(),)).fetchone()
    if row is None:
        known = ", ".join(q.name for q in list_saved_queries(project)) or "none yet"
        raise NotFoundError(f"There is no saved query called '{name}' (saved queries: {known}).")
    return _saved(row)


def delete_saved_query(project: Project, name: str) -> SavedQuery:
    saved = get_saved_query(project, name)
    with project.transaction() as connection:
        connection.execute("DELETE FROM saved_queries WHERE id = ?", (saved.id,))
        audit.record(project, "delete query", "query", saved.uuid, before=saved.as_dict())
    return saved


def run_saved_query(project: Project, name: str) -> QueryResult:
    saved = get_saved_query(project, name)
    return run_query(project, saved.query, within=saved.within, filters=saved.filters)


def _saved(row: object) -> SavedQuery:
    data = dict(row)  # type: ignore[call-overload]
    return SavedQuery(
        data["id"],
        data["uuid"],
        data["name"],
        data["query"],
        data["within"],
        Filters.from_dict(json.loads(data["filters"] or "{}")),
    )
