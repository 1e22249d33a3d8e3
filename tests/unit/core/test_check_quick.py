"""The count of codings outside their text made at every open (through the covering index
``codings_coverage``) agrees with the same count made row by row through the table, whatever
the damage; bytes are found as ``typeof()`` finds them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from caqda.core import codebook, coders
from caqda.core.check import _codings_outside, quick_problems
from caqda.core.coding import add_coding
from caqda.core.project import Project
from tests.conftest import add_text

DAMAGES = [
    (),
    ('UPDATE codings SET "end" = 100000 WHERE id = 1',),
    (
        'UPDATE codings SET "end" = (SELECT characters FROM documents d WHERE d.id = document_id) + 1 '
        "WHERE id = 2",
    ),
    ("UPDATE codings SET start = -1 WHERE id = 3",),
    ('UPDATE codings SET "end" = start WHERE id = 4',),
    ("UPDATE codings SET start = 'x' WHERE id = 5",),
    ("UPDATE codings SET \"end\" = '12' WHERE id = 6",),
    ("UPDATE codings SET start = 0.5 WHERE id = 7",),
    ('UPDATE codings SET "end" = 3.5 WHERE id = 8',),
    ("UPDATE documents SET characters = NULL WHERE id = 1",),
    ("UPDATE documents SET characters = '5' WHERE id = 1",),
    ("UPDATE documents SET characters = 'many' WHERE id = 2",),
    ("UPDATE documents SET characters = 3 WHERE id = 2",),
    ("UPDATE codings SET document_id = 99 WHERE id = 9",),
    ("UPDATE codings SET start = NULL WHERE id = 10",),
    ('UPDATE codings SET "end" = NULL WHERE id = 11',),
    ('UPDATE codings SET "end" = 100000, document_id = 99 WHERE id = 12',),
]


@pytest.fixture(scope="module")
def coded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("coded") / "coded.caqda"
    with Project.create(path) as project:
        ana = coders.ensure_coder(project, "Ana")
        code = codebook.add_code(project, "Espera")
        for number in range(3):
            document_id = add_text(project, f"E0{number}", "A consulta demorou quatro horas. " * (number + 1))
            for start in range(0, 24, 3):
                add_coding(
                    project,
                    document_id=document_id,
                    code_id=code.id,
                    coder_id=ana.id,
                    start=start,
                    end=start + 5,
                )
    return path


@pytest.mark.parametrize("statements", DAMAGES)
def test_the_quick_answer_agrees_with_the_count(
    coded: Path, tmp_path: Path, statements: tuple[str, ...]
) -> None:
    path = tmp_path / "damaged.caqda"
    path.write_bytes(coded.read_bytes())
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA ignore_check_constraints = ON")
    connection.execute("PRAGMA writable_schema = ON")
    # NOT NULL declarations dropped, so that a NULL can be written (as a damaged file may hold).
    connection.execute(
        "UPDATE sqlite_master SET sql = replace(sql, 'NOT NULL', '') WHERE name IN ('codings', 'documents')"
    )
    connection.close()
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA ignore_check_constraints = ON")
    for statement in statements:
        connection.execute(statement)
    count = _codings_outside(connection, "characters")
    by_rows = connection.execute(
        "SELECT COUNT(*) FROM codings c NOT INDEXED JOIN documents d NOT INDEXED ON d.id = c.document_id "
        'WHERE c.start < 0 OR c."end" <= c.start OR c."end" > d.characters'
    ).fetchone()[0]
    assert count == by_rows
    if not statements:
        assert count == 0
    outside = [problem for problem in quick_problems(connection) if problem.kind == "coding outside text"]
    assert [problem.message.split()[0] for problem in outside] == ([str(count)] if count else [])
    connection.close()


@pytest.mark.parametrize("value", ["X''", "X'00'", "CAST('Ana' AS BLOB)", "'Ana'", "12", "1.5"])
def test_bytes_are_found_as_typeof_finds_them(coded: Path, tmp_path: Path, value: str) -> None:
    path = tmp_path / "damaged.caqda"
    path.write_bytes(coded.read_bytes())
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(f"UPDATE coders SET name = {value}")
    connection.execute(f"UPDATE codings SET memo = {value} WHERE id <= 3")
    expected = {
        table: connection.execute(f"SELECT COUNT(*) FROM {table} WHERE typeof({column}) = 'blob'").fetchone()[
            0
        ]
        for table, column in (("coders", "name"), ("codings", "memo"))
    }
    found = {
        problem.message.split("'")[1]: int(problem.message.split()[0])
        for problem in quick_problems(connection)
        if problem.kind == "bytes instead of text"
    }
    connection.close()
    assert found == {table: count for table, count in expected.items() if count}
