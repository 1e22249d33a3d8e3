"""Bulk inserts through a staging table (``core.bulk``) store exactly what ``executemany`` stores,
in the same order with the same ids, fire the tables' triggers for every row, and leave nothing
behind when a row breaks a constraint."""

from __future__ import annotations

import random
import sqlite3
import uuid as uuid_module
from pathlib import Path

import pytest

from caqda.core import bulk, codebook, coders, documents, tombstones
from caqda.core.coding import INSERTED
from caqda.core.project import Project


def _project(path: Path) -> tuple[Project, list[int], list[int], list[int]]:
    project = Project.create(path)
    document_ids = []
    for number in range(3):
        prepared = documents.prepare_text(f"Interviewer: question {number}?\nE0{number}: answer. " * 200)
        stored = documents.store_document(
            project, prepared, name=f"Interview {number}", source_name=f"i{number}.txt", source_format="txt"
        )
        assert stored.document is not None
        document_ids.append(stored.document.id)
    code_ids = [codebook.add_code(project, f"Code {number}").id for number in range(5)]
    coder_ids = [coders.ensure_coder(project, name).id for name in ("Ana", "Bruno")]
    return project, document_ids, code_ids, coder_ids


def _rows(count: int, document_ids: list[int], code_ids: list[int], coder_ids: list[int]) -> list[tuple]:
    generator = random.Random(5)
    rows = []
    for number in range(count):
        start = generator.randrange(5000)
        memo = "" if number % 3 else f"memo {number} ‘quoted’ 😀"
        rows.append(
            (
                str(uuid_module.UUID(int=generator.getrandbits(128))),
                generator.choice(document_ids),
                generator.choice(code_ids),
                generator.choice(coder_ids),
                start,
                start + generator.randrange(1, 400),
                memo,
                "2026-12-01T10:00:00+00:00",
                "2026-12-01T10:00:00+00:00",
            )
        )
    return rows


def _codings(project: Project) -> list[tuple]:
    cursor = project.connection.cursor()
    cursor.row_factory = None
    return cursor.execute(
        'SELECT id, uuid, document_id, code_id, coder_id, start, "end", memo, created_at, updated_at, '
        "typeof(start), typeof(memo) FROM codings ORDER BY id"
    ).fetchall()


def test_bulk_insert_stores_what_executemany_stores(tmp_path: Path) -> None:
    staged, document_ids, code_ids, coder_ids = _project(tmp_path / "staged.caqda")
    plain, *_ = _project(tmp_path / "plain.caqda")
    rows = _rows(2_000, document_ids, code_ids, coder_ids)
    with staged.transaction() as connection:
        bulk.insert_rows(connection, "codings", INSERTED, iter(rows))
    marks = ", ".join("?" * len(INSERTED))
    columns = ", ".join(f'"{column}"' for column in INSERTED)
    with plain.transaction() as connection:
        connection.executemany(f"INSERT INTO codings({columns}) VALUES ({marks})", rows)
    assert len(_codings(staged)) == 2_000
    assert _codings(staged) == _codings(plain)
    staged.close()
    plain.close()


def test_the_tables_triggers_fire_for_every_row(tmp_path: Path) -> None:
    project, document_ids, code_ids, coder_ids = _project(tmp_path / "p.caqda")
    rows = _rows(50, document_ids, code_ids, coder_ids)
    with project.transaction():
        tombstones.bury(project, "coding", [row[0] for row in rows[::2]])
    assert len(tombstones.tombstones(project, "coding")) == 25
    with project.transaction() as connection:
        bulk.insert_rows(connection, "codings", INSERTED, rows)
    # The insert trigger forgets the tombstone of a coding stored again (a merge bringing it back).
    assert tombstones.tombstones(project, "coding") == []
    project.close()


def test_a_broken_row_fails_the_insert_and_leaves_nothing(tmp_path: Path) -> None:
    project, document_ids, code_ids, coder_ids = _project(tmp_path / "p.caqda")
    rows = _rows(100, document_ids, code_ids, coder_ids)
    broken = [*rows[:60], (rows[0][0], *rows[60][1:]), *rows[61:]]  # a uuid twice
    with pytest.raises(sqlite3.IntegrityError), project.transaction() as connection:
        bulk.insert_rows(connection, "codings", INSERTED, broken)
    assert project.scalar("SELECT COUNT(*) FROM codings") == 0
    assert project.scalar("SELECT COUNT(*) FROM temp.sqlite_master") == 0
    with project.transaction() as connection:  # and the next bulk insert works
        bulk.insert_rows(connection, "codings", INSERTED, rows)
    assert project.scalar("SELECT COUNT(*) FROM codings") == 100
    project.close()
