"""The full-text index stays exactly in step with the documents: after imports, deletions,
changed text, a merge and a .qdpx import, the documents it names for a word are the documents a
brute-force scan finds, and a search through it finds what a scan of every text finds."""

from __future__ import annotations

import random
import re
import shutil
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from caqda.core import document_edits as documents_edits
from caqda.core import documents
from caqda.core import search_index as index
from caqda.core.merge import merge_project
from caqda.core.migrations import search_index as search_index_step
from caqda.core.project import Project
from caqda.core.refi.project_import import import_qdpx
from caqda.core.search import search
from caqda.core.team_copies import copy_for

REFI = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "refi"
WORDS = [
    "paciente",
    "enfermagem",
    "ouvidoria",
    "família",
    "hospital",
    "médico",
    "atenção",
    "reclamação",
    "cuidado",
    "equipe",
]


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _random_text(generator: random.Random) -> str:
    words = [*generator.sample(WORDS, 4), f"raro{generator.randint(0, 30)}"]
    lines = [" ".join(generator.choice(words).capitalize() for _ in range(12)) + "." for _ in range(6)]
    return "\n\n".join(lines)


def _store(project: Project, text: str, name: str) -> int:
    result = documents.store_document(
        project, documents.prepare_text(text), name=name, source_name=name, source_format="txt"
    )
    assert result.document is not None
    return result.document.id


def _assert_index_matches_scan(project: Project, generator: random.Random, rounds: int = 25) -> None:
    texts = {d.id: fold(documents.document_text(project, d.id)) for d in documents.list_documents(project)}
    vocabulary = sorted({w for t in texts.values() for w in re.findall(r"[^\W_]+", t)})
    probes = [*generator.sample(vocabulary, min(rounds, len(vocabulary))), "ausente", "xyzzy"]
    for word in probes:
        scanned = {i for i, t in texts.items() if re.search(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", t)}
        assert index.documents_with_phrase(project, [word]) == scanned, word
        hits = search(project, word, mode="whole_word")
        brute = {(i, m.start()) for i, t in texts.items() for m in re.finditer(rf"\b{re.escape(word)}\b", t)}
        assert {(h.document_id, h.start) for h in hits} == brute, word
        if len(word) >= 4:  # letters inside words ("contains"): the index must not hide any document
            inner = word[1:-1]
            found = {(h.document_id, h.start) for h in search(project, inner)}
            assert found == {
                (i, m.start()) for i, t in texts.items() for m in re.finditer(re.escape(inner), t)
            }
    project.connection.execute("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)")


def test_index_follows_imports_deletions_and_changed_text(project: Project) -> None:
    generator = random.Random(5)
    ids = [_store(project, _random_text(generator), f"Doc {n}") for n in range(12)]
    _assert_index_matches_scan(project, generator)
    with project.transaction() as connection:
        for document_id in ids[:4]:
            connection.execute("DELETE FROM documents WHERE id = ?", (document_id,))
    _assert_index_matches_scan(project, generator)
    with project.transaction() as connection:  # e.g. pseudonymisation rewrites a text
        connection.execute(
            "UPDATE documents SET text = ? WHERE id = ?", ("Um texto novo: quimioterapia.", ids[5])
        )
    assert index.documents_with_phrase(project, ["quimioterapia"]) == {ids[5]}
    _assert_index_matches_scan(project, generator)


def test_a_rolled_back_import_leaves_no_trace_in_the_index(project: Project) -> None:
    with pytest.raises(RuntimeError), project.transaction():
        _store(project, "Palavra fantasma aqui.", "Ghost")
        raise RuntimeError("the import fails after storing")
    assert index.documents_with_phrase(project, ["fantasma"]) == set()
    assert search(project, "fantasma") == []


def test_index_follows_a_merge(project: Project, tmp_path: Path) -> None:
    generator = random.Random(9)
    _store(project, _random_text(generator), "Mine")
    copy_path = tmp_path / "copy.caqda"
    copy_for(project, "Ana", copy_path)
    with Project.open(copy_path) as copy:
        _store(copy, "Um texto só da cópia: hemodiálise.", "Theirs")
    merge_project(project, copy_path)
    assert len(search(project, "hemodialise")) == 1
    _assert_index_matches_scan(project, generator)


def test_index_follows_a_qdpx_import(tmp_path: Path) -> None:
    target = tmp_path / "imported.caqda"
    import_qdpx(REFI / "qualcoder-4.0b_export-of-caqda-demo.qdpx", target)
    with Project.open(target) as project:
        assert documents.list_documents(project)
        _assert_index_matches_scan(project, random.Random(3), rounds=40)


def test_the_migration_indexes_the_documents_already_there(project: Project, tmp_path: Path) -> None:
    generator = random.Random(11)
    for number in range(5):
        _store(project, _random_text(generator), f"Old {number}")
    project.close()
    old = tmp_path / "old.caqda"
    shutil.copyfile(project.path, old)
    connection = sqlite3.connect(old, isolation_level=None)
    for trigger in ("search_index_insert", "search_index_delete", "search_index_update"):
        connection.execute(f"DROP TRIGGER {trigger}")
    connection.execute("DROP TABLE search_terms")
    connection.execute("DROP TABLE search_index")  # as in a project made before the index
    connection.execute("BEGIN")
    search_index_step.migrate(connection)
    connection.execute("COMMIT")
    connection.close()
    with Project.open(old) as reopened:
        _assert_index_matches_scan(reopened, generator)
        _store(reopened, "Depois da migração: fisioterapia.", "New")
        assert len(search(reopened, "fisioterapia")) == 1


def _counted_by_the_index(project: Project) -> dict[str, int]:
    """The index's words counted by fts5vocab itself, bypassing the kept list."""
    return {row[0]: row[1] for row in project.rows("SELECT term, cnt FROM search_terms")}


def _kept(project: Project) -> dict[str, int]:
    return {row[0]: row[1] for row in project.rows("SELECT term, occurrences FROM search_vocabulary")}


def test_the_kept_vocabulary_is_the_index_s_after_every_kind_of_change(project: Project) -> None:
    generator = random.Random(21)
    ids = [_store(project, _random_text(generator), f"Doc {n}") for n in range(6)]
    assert _kept(project) == {}  # nothing kept until a search needs it
    assert index.term_counts(project) == _counted_by_the_index(project)
    assert {term: n for term, n in _kept(project).items() if term} == _counted_by_the_index(project)
    # Every change of the documents empties it in its own transaction; the next read counts again.
    changes = [
        lambda: _store(project, "Uma palavra nova: hemodiálise.", "New"),
        lambda: documents_edits.delete_documents(project, [ids[0]]),
        lambda: project.connection.execute(
            "UPDATE documents SET text = ? WHERE id = ?", ("Texto trocado: fisioterapia.", ids[1])
        ),
    ]
    for change in changes:
        index.term_counts(project)
        assert _kept(project)
        with project.transaction():
            change()
            assert _kept(project) == {}, "emptied in the transaction that changed the text"
        counts = index.term_counts(project)
        assert counts == _counted_by_the_index(project)
        assert list(counts) == sorted(counts, key=lambda term: term.encode())  # the index's order
    assert "hemodialise" in index.vocabulary(project)
    assert "fisioterapia" in index.vocabulary(project)


def test_a_vocabulary_kept_only_in_part_is_counted_again(project: Project) -> None:
    _store(project, "Paciente e enfermagem na ouvidoria.", "One")
    index.term_counts(project)
    with project.transaction() as connection:  # as a failure while writing it would leave it
        connection.execute("DELETE FROM search_vocabulary WHERE term IN ('', 'paciente')")
    assert index.term_counts(project) == _counted_by_the_index(project)
    assert "paciente" in _kept(project)


def test_an_undone_deletion_forgets_the_kept_vocabulary(project: Project) -> None:
    first = _store(project, "Quimioterapia no hospital.", "One")
    _store(project, "Hospital e família.", "Two")
    saved = documents_edits.delete_documents(project, [first])
    assert "quimioterapia" not in index.vocabulary(project)
    documents_edits.restore_documents(project, saved)
    assert index.term_counts(project) == _counted_by_the_index(project)
    assert search(project, "quimioterapa", mode="fuzzy", min_score=80)
