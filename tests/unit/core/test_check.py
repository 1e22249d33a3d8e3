"""Damaged projects: each damage is found when the project opens (cheap checks) or by
``check_project``, reported in words, and repaired where safe after a copy is kept."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from caqda.core import codebook, coders, documents, schema
from caqda.core.check import check_project
from caqda.core.coding import add_coding, list_codings
from caqda.core.errors import ProjectCorruptError, ProjectDamagedError
from caqda.core.exports.docx_transcript import export_transcript_docx
from caqda.core.project import Project

TEXT = "P1: A consulta demorou quatro horas.\nAna: E depois, o que aconteceu?\nP1: Fui embora."


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small sound project: 3 codes (one nested), 1 document, 2 codings, a memo-less setting."""
    folder = tmp_path_factory.mktemp("sound")
    path = folder / "sound.caqda"
    source = folder / "E01.txt"
    source.write_text(TEXT, encoding="utf-8")
    with Project.create(path) as project:
        ana = coders.ensure_coder(project, "Ana")
        top = codebook.add_code(project, "Espera")
        child = codebook.add_code(project, "Fila", parent_id=top.id)
        codebook.add_code(project, "Saída", parent_id=child.id)
        document = documents.import_file(project, source).document
        for code, (start, end) in ((top, (4, 35)), (child, (41, 60))):
            add_coding(
                project, document_id=document.id, code_id=code.id, coder_id=ana.id, start=start, end=end
            )
    return path


def _damaged(sound: Path, tmp_path: Path, *statements: str, writable_schema: bool = False) -> Path:
    path = tmp_path / "damaged.caqda"
    shutil.copyfile(sound, path)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        if writable_schema:
            connection.execute("PRAGMA writable_schema = ON")
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()
    return path


def _repaired(path: Path) -> list[str]:
    report = check_project(path, repair=True)
    assert report.backup is not None and report.backup.exists()
    assert check_project(path).ok, check_project(path).lines()
    return report.repaired


def test_sound_project_has_no_problems(sound: Path) -> None:
    report = check_project(sound)
    assert report.ok
    assert report.lines() == ["'sound.caqda' has no problems caqda knows how to find."]


def test_parent_cycle_refuses_to_open_and_is_repaired(sound: Path, tmp_path: Path) -> None:
    cycle = "UPDATE codes SET parent_id = (SELECT id FROM codes WHERE name = 'Saída') WHERE name = 'Espera'"
    path = _damaged(sound, tmp_path, cycle)
    with pytest.raises(ProjectDamagedError, match="their own ancestors") as refused:
        Project.open(path)
    assert "caqda check --repair" in str(refused.value)
    assert "'Espera' → 'Saída' → 'Fila' → back to the first" in str(refused.value)
    assert _repaired(path) == ["made 'Espera' a top-level code, breaking the loop of codes."]
    with Project.open(path) as project:
        codes = codebook.list_codes(project)
        assert sorted(code.name for code in codes) == ["Espera", "Fila", "Saída"]  # all 3, none lost
        assert codebook.get_code(project, codebook.find_code(project, "Espera").id).parent_id is None
        assert codebook.descendants(project, codebook.find_code(project, "Espera").id)


def test_code_its_own_parent_is_found(sound: Path, tmp_path: Path) -> None:
    path = _damaged(sound, tmp_path, "UPDATE codes SET parent_id = id WHERE name = 'Fila'")
    with pytest.raises(ProjectDamagedError, match="'Fila' → back to the first"):
        Project.open(path)
    _repaired(path)


def test_missing_table_refuses_to_open_and_is_recreated(sound: Path, tmp_path: Path) -> None:
    path = _damaged(sound, tmp_path, "DROP TABLE memos")
    with pytest.raises(ProjectDamagedError, match="The table 'memos' is missing"):
        Project.open(path)
    assert _repaired(path) == ["recreated the missing table 'memos' (empty)."]
    with Project.open(path) as project:
        assert project.scalar("SELECT COUNT(*) FROM memos") == 0
        assert len(list_codings(project)) == 2


def test_codings_outside_their_text_are_trimmed(sound: Path, tmp_path: Path) -> None:
    path = _damaged(sound, tmp_path, 'UPDATE codings SET "end" = 100000 WHERE start = 41')
    with pytest.raises(ProjectDamagedError, match="reach outside their document's text"):
        Project.open(path)  # the Word exports would fail with IndexError
    report = check_project(path)
    assert [problem.kind for problem in report.problems] == ["coding outside text"]
    assert "1 coding(s) reach outside their document's text" in report.problems[0].message
    _repaired(path)
    with Project.open(path) as project:
        ends = sorted(coding.end for coding in list_codings(project))
        assert ends == [35, len(TEXT)]
        export_transcript_docx(project, tmp_path / "t.docx", documents.list_documents(project)[0].id)


def test_nulls_where_values_are_required(sound: Path, tmp_path: Path) -> None:
    path = _damaged(
        sound,
        tmp_path,
        "UPDATE sqlite_master SET sql = replace(replace(sql, 'name TEXT NOT NULL,', 'name TEXT,'), "
        "'color TEXT NOT NULL', 'color TEXT') WHERE name = 'codes'",
        writable_schema=True,
    )
    connection = sqlite3.connect(path)
    connection.execute("UPDATE codes SET name = NULL, color = NULL WHERE name = 'Fila'")
    connection.commit()
    connection.close()
    with pytest.raises(ProjectDamagedError, match="1 row\\(s\\) of 'codes' have no name"):
        Project.open(path)
    repaired = _repaired(path)
    assert "filled in 1 missing name value(s) in 'codes'." in repaired
    with Project.open(path) as project:
        names = sorted(code.name for code in codebook.list_codes(project))
        assert names[0] == "Espera" and names[2].startswith("Unnamed ")


def test_text_stored_as_bytes_is_read_as_text(sound: Path, tmp_path: Path) -> None:
    path = _damaged(sound, tmp_path, "UPDATE coders SET name = CAST(name AS BLOB)")
    with pytest.raises(ProjectDamagedError, match="hold bytes, not text, as name"):
        Project.open(path)
    _repaired(path)
    with Project.open(path) as project:
        assert [coder.name for coder in coders.list_coders(project)] == ["Ana"]


@pytest.mark.parametrize(
    ("statement", "column"),
    [
        ("UPDATE codings SET memo = CAST('nota' AS BLOB) WHERE id = (SELECT MIN(id) FROM codings)", "memo"),
        ("UPDATE codings SET memo = x'' WHERE id = (SELECT MIN(id) FROM codings)", "memo"),
        ("UPDATE codings SET uuid = CAST(uuid AS BLOB) WHERE id = (SELECT MAX(id) FROM codings)", "uuid"),
    ],
)
def test_a_codings_bytes_are_found_when_the_project_opens(
    sound: Path, tmp_path: Path, statement: str, column: str
) -> None:
    """At open these are read through indexes (the uuid's, the memo's partial one), not by reading
    every coding: a memo of bytes, even empty bytes, is still in the memo index."""
    path = _damaged(sound, tmp_path, statement)
    with pytest.raises(
        ProjectDamagedError, match=f"1 row\\(s\\) of 'codings' hold bytes, not text, as {column}"
    ):
        Project.open(path)
    _repaired(path)
    with Project.open(path) as project:
        assert project.scalar(f"SELECT COUNT(*) FROM codings WHERE typeof({column}) = 'blob'") == 0


def test_changed_document_text_is_reported_not_repaired(sound: Path, tmp_path: Path) -> None:
    path = _damaged(sound, tmp_path, "UPDATE documents SET text = replace(text, 'quatro', 'quinze')")
    Project.open(path).close()  # not a reason to refuse the project
    report = check_project(path, repair=True)
    assert [problem.kind for problem in report.problems] == ["changed text"]
    assert "changed after import, outside caqda ('E01')" in report.problems[0].message
    assert report.backup is None and report.repaired == []  # nothing caqda may decide


def test_bad_settings_are_reported_and_removed(sound: Path, tmp_path: Path) -> None:
    path = _damaged(sound, tmp_path, "INSERT INTO settings(key, value) VALUES ('shortcuts', '[1, 2')")
    Project.open(path).close()
    report = check_project(path)
    assert (
        report.problems[0].message == "The setting 'shortcuts' is not what caqda writes (not readable JSON)."
    )
    assert _repaired(path) == ["removed the unreadable setting 'shortcuts'."]


def test_version_zero_says_so_without_a_backup_copy(sound: Path, tmp_path: Path) -> None:
    path = _damaged(sound, tmp_path, "PRAGMA user_version = 0")
    before = path.read_bytes()
    with pytest.raises(ProjectCorruptError, match=r"records no project format version \(0\)"):
        Project.open(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))
    assert _repaired(path) == [f"recorded the project format version {schema.SCHEMA_VERSION}."]
    Project.open(path).close()


def test_repairs_are_in_the_audit_trail(sound: Path, tmp_path: Path) -> None:
    path = _damaged(sound, tmp_path, "DROP TABLE memos")
    _repaired(path)
    with Project.open(path) as project:
        assert project.scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'repair project'") == 1


@pytest.mark.parametrize(
    "damage",
    [
        lambda c: c.execute("DROP TABLE memos"),
        lambda c: c.execute("UPDATE codes SET parent_id = id"),
        lambda c: c.execute("PRAGMA user_version = 0"),
    ],
)
def test_backup_copy_is_the_project_as_it_was(
    sound: Path, tmp_path: Path, damage: Callable[[sqlite3.Connection], object]
) -> None:
    path = tmp_path / "p.caqda"
    shutil.copyfile(sound, path)
    connection = sqlite3.connect(path, isolation_level=None)
    damage(connection)
    connection.close()
    report = check_project(path, repair=True)
    assert report.backup is not None
    again = check_project(report.backup)
    assert [problem.kind for problem in again.problems] == [problem.kind for problem in report.problems]


def test_version_is_not_recorded_when_columns_are_missing(sound: Path, tmp_path: Path) -> None:
    path = _damaged(sound, tmp_path, "ALTER TABLE codes DROP COLUMN example", "PRAGMA user_version = 0")
    report = check_project(path, repair=True)
    assert [problem.kind for problem in report.problems] == ["no version", "missing column"]
    assert "The table 'codes' lacks the column(s) example." in report.problems[1].message
    assert report.repaired == ["did not record a format version: tables or columns caqda needs are missing."]
    with pytest.raises(ProjectCorruptError, match="no project format version"):
        Project.open(path)


def test_document_text_stored_as_bytes_is_found_at_open(sound: Path, tmp_path: Path) -> None:
    path = _damaged(sound, tmp_path, "UPDATE documents SET text = CAST(text AS BLOB)")
    with pytest.raises(ProjectDamagedError, match="hold bytes, not text, as text"):
        Project.open(path)
    _repaired(path)
    with Project.open(path) as project:
        assert documents.document_text(project, documents.list_documents(project)[0].id) == TEXT


@pytest.mark.parametrize(
    ("table", "column", "declared"),
    [
        ("paragraphs", "start", "start INTEGER NOT NULL"),
        ("speaker_turns", "speaker", "speaker TEXT NOT NULL"),
        ("audit_events", "action", "action TEXT NOT NULL"),
    ],
)
def test_nulls_in_structure_and_audit_tables_are_found_at_open(
    sound: Path, tmp_path: Path, table: str, column: str, declared: str
) -> None:
    path = _damaged(
        sound,
        tmp_path,
        f"UPDATE sqlite_master SET sql = replace(sql, '{declared}', '{declared[: -len(' NOT NULL')]}') "
        f"WHERE name = '{table}'",
        writable_schema=True,
    )
    connection = sqlite3.connect(path)
    assert connection.execute(f'UPDATE {table} SET "{column}" = NULL WHERE rowid = 1').rowcount == 1
    connection.commit()
    connection.close()
    with pytest.raises(ProjectDamagedError, match=f"1 row\\(s\\) of '{table}' have no {column}"):
        Project.open(path)
    assert f"filled in 1 missing {column} value(s) in '{table}'." in _repaired(path)
    with Project.open(path):
        pass


def test_null_hidden_behind_a_not_null_declaration_is_refused_in_words(sound: Path, tmp_path: Path) -> None:
    # NULL written while the declaration was relaxed, then the declaration put back: SQLite
    # answers "IS NULL" with no, but its own quick_check (run at every open) finds it.
    path = _damaged(
        sound,
        tmp_path,
        "UPDATE sqlite_master SET sql = replace(sql, 'name TEXT NOT NULL,', 'name TEXT,') "
        "WHERE name = 'codes'",
        writable_schema=True,
    )
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("UPDATE codes SET name = NULL WHERE name = 'Fila'")
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute(
        "UPDATE sqlite_master SET sql = replace(sql, 'name TEXT,', 'name TEXT NOT NULL,') "
        "WHERE name = 'codes'"
    )
    connection.close()
    before = path.read_bytes()
    with pytest.raises(ProjectCorruptError, match=r"is damaged \(NULL value in codes\.name\)"):
        Project.open(path)
    assert path.read_bytes() == before
