"""The analysis database, opened with plain sqlite3 and compared with the project."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

import pytest

from caqda.core.analysis.analysis_db import export_analysis_db
from caqda.core.exports.common import ExportError
from caqda.core.project import Project


def test_database_mirrors_the_project_and_leaves_it_untouched(demo_path: Path, tmp_path: Path) -> None:
    before = (hashlib.sha256(demo_path.read_bytes()).hexdigest(), demo_path.stat().st_mtime_ns)
    with Project.open(demo_path) as project:
        target = tmp_path / "analysis.db"
        summary = export_analysis_db(project, target)
        codings = project.rows(
            'SELECT c.id, d.text, c.start, c."end", k.name, r.name FROM codings c '
            "JOIN documents d ON d.id = c.document_id "
            "JOIN codes k ON k.id = c.code_id JOIN coders r ON r.id = c.coder_id"
        )
        attributes = project.scalar("SELECT COUNT(*) FROM document_attributes")
    assert (hashlib.sha256(demo_path.read_bytes()).hexdigest(), demo_path.stat().st_mtime_ns) == before
    assert summary.items == len(codings)
    db = sqlite3.connect(target)
    exported = {
        row[0]: row[1:] for row in db.execute('SELECT id, text, code, coder, start, "end" FROM codings')
    }
    assert len(exported) == len(codings)
    for coding_id, text, start, end, code, coder in codings:
        assert exported[coding_id] == (text[start:end], code, coder, start, end)
    assert db.execute("SELECT COUNT(*) FROM document_attributes").fetchone()[0] == attributes
    assert db.execute("SELECT sphere FROM codes WHERE name = 'Peer support'").fetchone() == (
        "Customer sphere",
    )
    assert db.execute("SELECT sphere FROM codes WHERE name = 'Complaint'").fetchone() == (None,)
    assert db.execute(
        "SELECT \"attribute: Department\" FROM documents WHERE name LIKE 'E05%'"
    ).fetchone() == ("Nursing",)
    # full-text search finds the codings whose text holds the word
    word = re.compile(r"\bouvidoria\b", re.IGNORECASE)
    expected = sum(1 for row in codings if word.search(row[1][row[2] : row[3]]))
    found = db.execute("SELECT COUNT(*) FROM codings_fts WHERE codings_fts MATCH 'ouvidoria'").fetchone()[0]
    assert found == expected > 0
    # posts: every post of the export, patients' and relatives' answered or not
    posts = db.execute("SELECT role, answered, first_answer_hours FROM social_posts").fetchall()
    assert len(posts) == 317
    customers = [p for p in posts if p[0] in ("patient", "relative")]
    assert all((answered == 1) == (hours is not None) for _, answered, hours in customers)
    assert all(answered is None for role, answered, _ in posts if role not in ("patient", "relative"))
    assert (
        db.execute(
            "SELECT COUNT(*) FROM social_posts_fts WHERE social_posts_fts MATCH 'cirurgia'"
        ).fetchone()[0]
        > 0
    )
    keys = {row[2] for row in db.execute("PRAGMA foreign_key_list(codings)")}
    assert keys == {"documents", "codes", "coders"}


def test_a_reviews_table_is_copied_when_there_is_one(project: Project, tmp_path: Path) -> None:
    from caqda.core import codebook, coders, documents
    from caqda.core.coding import add_coding

    result = documents.store_document(
        project,
        documents.prepare_text("Some text to code."),
        name="A",
        source_name="a.txt",
        source_format="txt",
    )
    assert result.document is not None
    add_coding(
        project,
        document_id=result.document.id,
        code_id=codebook.add_code(project, "X").id,
        coder_id=coders.ensure_coder(project, "Ana").id,
        start=0,
        end=4,
    )
    with project.transaction() as connection:  # as another part of caqda may add one
        connection.execute("CREATE TABLE reviews (id INTEGER PRIMARY KEY, coding_id INTEGER, verdict TEXT)")
        connection.execute("INSERT INTO reviews(coding_id, verdict) VALUES (1, 'accepted')")
    export_analysis_db(project, tmp_path / "a.db")
    db = sqlite3.connect(tmp_path / "a.db")
    assert db.execute("SELECT coding_id, verdict FROM reviews").fetchall() == [(1, "accepted")]
    with pytest.raises(ExportError):
        export_analysis_db(project, tmp_path / "a.txt")
