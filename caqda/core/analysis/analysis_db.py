"""The analysis database: a tidy SQLite copy of a project for Datasette, R or pandas.

Built with sqlite-utils into a new file (the project itself is only read), with full-text
search on every text column a researcher searches: document texts, coded passages and
social-media posts. docs/analysis-database.md documents every table and column.

sqlite-utils is fine here although the project file avoids it: its helpers commit as they go,
which would break the one-transaction rule inside a project, but the analysis database is a
fresh file written in one go into a temporary name and renamed at the end.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from caqda import __version__
from caqda.core.analysis.scope import Scope
from caqda.core.analysis.social import CUSTOMER_ROLES, social_report
from caqda.core.exports.common import ExportSummary, check_target, export_date, write_atomically
from caqda.core.project import Project

_FTS = {
    "documents": ["name", "text"],
    "codings": ["text", "memo"],
    "social_posts": ["text"],
    "memos": ["title", "text"],
}


def export_analysis_db(project: Project, path: str | os.PathLike[str]) -> ExportSummary:
    """Write the database to ``path`` (``.db``, ``.sqlite`` or ``.sqlite3``); ``items`` is the
    number of codings. Raises ExportError when the file cannot be written."""
    target = check_target(path, (".db", ".sqlite", ".sqlite3"))
    scope = Scope(project)
    counts: dict[str, int] = {}
    write_atomically(target, lambda temporary: _build(project, scope, temporary, counts))
    return ExportSummary(target, counts.get("codings", 0))


def _build(project: Project, scope: Scope, path: Path, counts: dict[str, int]) -> None:
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = OFF")  # a new file written once: no journal needed
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA page_size = 8192")
    connection.execute("PRAGMA cache_size = -262144")  # 256 MB: indexes and FTS built in memory
    db = sqlite_utils.Database(connection)
    tables: dict[str, tuple[_Rows | list[dict[str, Any]], str, list[tuple[str, str, str]]]] = {}

    documents = _documents(project, scope)
    tables["documents"] = (documents, "id", [])
    tables["document_attributes"] = (
        [
            {"document_id": row[0], "name": row[1], "value": row[2]}
            for row in project.rows("SELECT document_id, name, value FROM document_attributes ORDER BY rowid")
        ],
        "",
        [("document_id", "documents", "id")],
    )
    tables["coders"] = ([{"id": k, "name": v} for k, v in sorted(scope.coder_names.items())], "id", [])
    spheres = {code.id for code in scope.tree.spheres()}
    tables["codes"] = (
        [
            {
                "id": code.id,
                "name": code.name,
                "path": code.path,
                "parent_id": code.parent_id,
                "depth": code.depth,
                "top_level_code": scope.tree.codes[code.top_id].name,
                "sphere": scope.tree.codes[code.top_id].name if code.top_id in spheres else None,
                "color": code.color,
                **_code_fields(project, code.id),
            }
            for code in scope.tree.ordered()
        ],
        "id",
        [("parent_id", "codes", "id")],
    )
    turns = project.connection.execute(
        'SELECT document_id, ordinal, speaker, timestamp, start, "end" FROM speaker_turns '
        "ORDER BY document_id, ordinal"
    )
    turns.row_factory = None
    tables["speaker_turns"] = (
        _Rows(["document_id", "ordinal", "speaker", "timestamp", "start", "end"], turns.fetchall()),
        "",
        [("document_id", "documents", "id")],
    )
    coding_keys = [
        ("document_id", "documents", "id"),
        ("code_id", "codes", "id"),
        ("coder_id", "coders", "id"),
    ]
    tables["codings"] = (_codings(project, scope), "id", coding_keys)
    tables["memos"] = (
        [
            dict(row)
            for row in project.rows(
                "SELECT m.id, m.target_kind, m.target_id, m.title, m.text, r.name AS coder, m.created_at, "
                "m.updated_at FROM memos m LEFT JOIN coders r ON r.id = m.coder_id ORDER BY m.id"
            )
        ],
        "id",
        [],
    )
    if project.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'reviews'"):
        tables["reviews"] = ([dict(row) for row in project.rows("SELECT * FROM reviews")], "", [])
    tables["social_posts"] = (_posts(project), "", [("document_id", "documents", "id")])
    tables["about"] = (
        [
            {"key": "project", "value": project.path.name},
            {"key": "exported_on", "value": export_date()},
            {"key": "exported_by", "value": f"caqda {__version__}"},
            {
                "key": "offsets",
                "value": "start/end are Unicode code points, [start, end), into documents.text",
            },
            {"key": "documentation", "value": "docs/analysis-database.md in the caqda repository"},
        ],
        "key",
        [],
    )
    for name, (records, pk, foreign_keys) in tables.items():
        rows = records if isinstance(records, _Rows) else _Rows.of(records)
        if not rows.values:
            continue
        db[name].create(  # type: ignore[union-attr]
            rows.types(),
            pk=pk or None,
            foreign_keys=[(column, other, key) for column, other, key in foreign_keys if counts.get(other)],
        )
        marks = ", ".join("?" * len(rows.columns))
        quoted = ", ".join(f'"{column}"' for column in rows.columns)
        # Plain executemany: sqlite-utils' insert_all inspects every value (seconds for 60,000 codings).
        connection.executemany(f'INSERT INTO "{name}" ({quoted}) VALUES ({marks})', rows.values)
        counts[name] = len(rows.values)
    for name, columns in _FTS.items():
        if counts.get(name):
            db[name].enable_fts(  # type: ignore[union-attr]
                columns, create_triggers=False, tokenize="unicode61 remove_diacritics 2"
            )
    for name, column in (("codings", "code_id"), ("codings", "document_id"), ("codings", "coder_id"),
                         ("speaker_turns", "document_id"), ("social_posts", "document_id")):  # fmt: skip
        if counts.get(name):
            db[name].create_index([column], if_not_exists=True)  # type: ignore[union-attr]
    connection.commit()
    connection.close()


@dataclass
class _Rows:
    """A table's rows as tuples under named columns."""

    columns: list[str]
    values: list[tuple[Any, ...]]

    @classmethod
    def of(cls, records: list[dict[str, Any]]) -> _Rows:
        if not records:
            return cls([], [])
        columns = list(records[0])
        return cls(columns, [tuple(record.get(c) for c in columns) for record in records])

    def types(self) -> dict[str, type]:
        """Each column's type from its first value that is not empty (text when all are)."""
        found: list[type | None] = [None] * len(self.columns)
        for row in self.values:
            for index, value in enumerate(row):
                if found[index] is None and value is not None:
                    found[index] = int if isinstance(value, bool) else type(value)
            if all(kind is not None for kind in found):
                break
        return {column: kind or str for column, kind in zip(self.columns, found, strict=True)}


def _documents(project: Project, scope: Scope) -> list[dict[str, Any]]:
    rows = []
    names = sorted({name for info in scope.documents.values() for name in info.attributes})
    for row in project.rows(
        "SELECT id, uuid, name, kind, characters, source_name, source_format, imported_at, text "
        "FROM documents ORDER BY position, id"
    ):
        record = dict(row)
        scope._texts[row["id"]] = row["text"]  # read once, used again for the codings' passages
        attributes = scope.documents[row["id"]].attributes if row["id"] in scope.documents else {}
        for name in names:
            record[f"attribute: {name}"] = attributes.get(name)
        rows.append(record)
    return rows


def _code_fields(project: Project, code_id: int) -> dict[str, str]:
    row = project.connection.execute(
        "SELECT uuid, definition, when_to_use, when_not_to_use, example FROM codes WHERE id = ?", (code_id,)
    ).fetchone()
    return dict(row)


_CODING_COLUMNS = [
    "id", "uuid", "document_id", "document", "code_id", "code", "code_path", "top_level_code", "coder_id",
    "coder", "start", "end", "length", "speaker", "text", "memo", "created_at",
]  # fmt: skip


def _codings(project: Project, scope: Scope) -> _Rows:
    scope.preload_turns()
    cursor = project.connection.execute("SELECT id, memo, created_at, uuid FROM codings")
    cursor.row_factory = None
    extra = {row[0]: row[1:] for row in cursor.fetchall()}
    codes = scope.tree.codes
    rows = []
    for coding_id, document_id, code_id, coder_id, start, end in sorted(
        scope.codings(), key=lambda r: (r[1], r[4], r[5], r[0])
    ):
        code = codes[code_id]
        memo, created_at, uuid = extra[coding_id]
        rows.append(
            (
                coding_id, uuid, document_id, scope.documents[document_id].name, code_id, code.name,
                code.path, codes[code.top_id].name, coder_id, scope.coder_name(coder_id), start, end,
                end - start, scope.speaker_at(document_id, start), scope.text(document_id)[start:end], memo,
                created_at,
            )
        )  # fmt: skip
    return _Rows(_CODING_COLUMNS, rows)


def _posts(project: Project) -> list[dict[str, Any]]:
    report = social_report(project)
    return [
        {
            "document_id": post.document_id,
            "post": post.index,
            "thread": post.thread,
            "reply_to": post.parent,
            "depth": post.depth,
            "author": post.author,
            "role": post.role,
            "platform": post.platform,
            "created_at": post.created_at.isoformat(),
            "exact_time": post.precise,
            "month": post.month,
            "interaction_types": ", ".join(post.types),
            "answered": post.answered if post.role in CUSTOMER_ROLES else None,
            "first_answer_hours": post.first_answer_hours,
            "start": post.start,
            "end": post.end,
            "text": post.text,
        }
        for post in report.posts
    ]
