"""Issue 14, import memory: a document's text is added to the search index after its row is
written (``naming.search_index_afterwards``), not by the insert trigger while SQLite holds two
copies of it; and glibc's mmap threshold is fixed once when the importers load
(``importers.allocator``). Neither may change what is stored or found."""

from __future__ import annotations

import random
import sqlite3
import sys
from pathlib import Path

import pytest

from caqda.core import documents
from caqda.core.importers import allocator
from caqda.core.naming import search_index_afterwards
from caqda.core.project import Project

_TRIGGER_SQL = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'search_index_insert'"


def _index_rows(project: Project) -> list[tuple[object, ...]]:
    """The index's own stored data (its segments and document sizes), compared row for row."""
    return [
        tuple(row)
        for table in ("search_index_data", "search_index_idx", "search_index_docsize")
        for row in project.rows(f"SELECT * FROM {table} ORDER BY 1, 2")
    ]


def _texts() -> list[str]:
    return [
        "Interviewer: Como foi a espera?\nE05: A família esperou três horas na emergência.",
        "\n".join(
            f"E{n % 7:02d}: o paciente agradeceu a equipe número {n} 😀 São Paulo" for n in range(3000)
        ),
        "plain ascii words only, said twice: ascii words",
    ]


def test_imported_documents_are_indexed_exactly_as_the_trigger_indexes_them(tmp_path: Path) -> None:
    imported, triggered = tmp_path / "imported.caqda", tmp_path / "triggered.caqda"
    with Project.create(imported) as project:
        trigger_sql = project.scalar(_TRIGGER_SQL)
        for number, text in enumerate(_texts()):
            source = tmp_path / f"source {number}.txt"
            source.write_text(text, encoding="utf-8")
            documents.import_file(project, source)
        stored = project.rows("SELECT id, text, typeof(text) FROM documents ORDER BY id")
        index = _index_rows(project)
        assert project.scalar(_TRIGGER_SQL) == trigger_sql  # the trigger is back, as it was
        found = [
            row[0]
            for row in project.rows(
                "SELECT rowid FROM search_index WHERE search_index MATCH 'familia' ORDER BY rowid"
            )
        ]
    assert [row[2] for row in stored] == ["text"] * 3
    assert found == [stored[0][0]]  # accents folded: "família" found as "familia"
    # The same texts inserted with the trigger doing the indexing, as before.
    with Project.create(triggered) as project, project.transaction() as connection:
        for row in stored:
            connection.execute(
                "INSERT INTO documents(id, uuid, name, kind, text, characters, source_name, source_format, "
                "sha256, imported_at, position) VALUES (?, ?, ?, 'other', ?, ?, 's', 'txt', '', '', ?)",
                (row[0], f"u{row[0]}", f"d{row[0]}", row[1], len(row[1]), row[0]),
            )
    with Project.open(triggered) as project:
        assert _index_rows(project) == index


def test_the_trigger_comes_back_when_the_block_fails_or_the_transaction_is_rolled_back(
    tmp_path: Path,
) -> None:
    with Project.create(tmp_path / "p.caqda") as project:
        trigger_sql = project.scalar(_TRIGGER_SQL)
        connection = project.connection
        with pytest.raises(RuntimeError), project.transaction(), search_index_afterwards(connection):
            assert project.scalar(_TRIGGER_SQL) is None
            raise RuntimeError("an import fails half-way")
        assert project.scalar(_TRIGGER_SQL) == trigger_sql
        # Failing inside a transaction that goes on: the trigger is made again at once.
        with project.transaction():
            with pytest.raises(RuntimeError), search_index_afterwards(connection):
                raise RuntimeError("caught by the caller")
            assert project.scalar(_TRIGGER_SQL) == trigger_sql
        source = tmp_path / "later.txt"
        source.write_text("depois veio a enfermeira", encoding="utf-8")
        documents.import_file(project, source)
        assert project.scalar("SELECT count(*) FROM search_index WHERE search_index MATCH 'enfermeira'") == 1


def test_a_document_is_indexed_while_another_statement_is_still_being_read(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.caqda") as project:
        for name in ("um", "dois"):
            source = tmp_path / f"{name}.txt"
            source.write_text(f"texto {name}", encoding="utf-8")
            documents.import_file(project, source)
        reading = project.connection.execute("SELECT name FROM documents ORDER BY id")
        assert reading.fetchone()[0] == "um"
        source = tmp_path / "tres.txt"
        source.write_text("texto tres", encoding="utf-8")
        documents.import_file(project, source)
        assert reading.fetchone()[0] == "dois"
        assert project.scalar("SELECT count(*) FROM search_index WHERE search_index MATCH 'tres'") == 1


def test_a_project_without_the_index_trigger_is_left_without_it() -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE documents(id INTEGER PRIMARY KEY, text TEXT)")
    with search_index_afterwards(connection):
        connection.execute("INSERT INTO documents(text) VALUES ('x')")
    assert connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0] == 0


def test_the_mmap_threshold_is_fixed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(allocator, "_applied", None)
    monkeypatch.setattr(allocator, "_set_threshold", lambda size: calls.append(size) or True)
    assert allocator.fix_mmap_threshold() and allocator.fix_mmap_threshold()
    assert calls == [allocator.FIXED_MMAP_THRESHOLD]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's setting")
def test_loading_the_importers_fixed_the_threshold_on_linux() -> None:
    import ctypes

    try:
        ctypes.CDLL(None).gnu_get_libc_version  # noqa: B018
    except AttributeError:
        pytest.skip("not glibc")
    assert allocator._applied is True
    assert allocator._set_threshold(allocator.FIXED_MMAP_THRESHOLD) is True


def test_freed_memory_is_given_back_only_where_the_threshold_was_fixed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trimmed: list[int] = []

    class _Libc:
        def malloc_trim(self, pad: int) -> int:
            trimmed.append(pad)
            return 1

    monkeypatch.setattr(allocator.ctypes, "CDLL", lambda name: _Libc())
    monkeypatch.setattr(allocator, "_applied", False)
    allocator.release_freed_memory()
    assert trimmed == []
    monkeypatch.setattr(allocator, "_applied", True)
    allocator.release_freed_memory()
    assert trimmed == [0]


@pytest.mark.parametrize("piece", [1, 5, 64, 10**6])
def test_lines_joined_in_pieces_are_the_lines_joined_whole(
    monkeypatch: pytest.MonkeyPatch, piece: int
) -> None:
    from caqda.core.importers.base import LineJoiner

    monkeypatch.setattr(LineJoiner, "PIECE", piece)
    generator = random.Random(piece)
    for _ in range(50):
        lines = [
            generator.choice(["", "a", "ação 😀", "E05: sim", " ", "x" * 70])
            for _ in range(generator.randint(0, 30))
        ]
        joiner = LineJoiner()
        for line in lines:
            joiner.add(line)
        assert joiner.text() == "\n".join(lines)
        assert joiner.text() == ""  # emptied
