"""The key file: unreadable without the passphrase, refused with a sentence for a wrong one,
re-identification shows the original without touching the project, and a pseudonymised project
says so in info, the Word front page and the REFI-QDA export notes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from caqda.core import documents
from caqda.core.privacy.detect import PrivacyError, scan
from caqda.core.privacy.keyfile import check_key_path, read_key, reidentify, write_key
from caqda.core.privacy.replace import Decision, pseudonymise
from caqda.core.project import Project
from tests.conftest import table_dump

from .corpus import LABELLED, unlabel

PASSPHRASE = "correct horse battery"


@pytest.fixture
def corpus(project: Project) -> Project:
    for name, labelled in LABELLED.items():
        text, _ = unlabel(labelled.strip())
        documents.store_document(
            project, documents.prepare_text(text), name=name, source_name=f"{name}.txt", source_format="txt"
        )
    return project


def _apply(project: Project, key: Path) -> dict[str, str]:
    before = {d.name: documents.document_text(project, d.id) for d in documents.list_documents(project)}
    pseudonymise(
        project,
        [Decision.from_candidate(c) for c in scan(project)],
        keep_key=lambda entries: write_key(key, entries, PASSPHRASE, project_name=project.path.name),
    )
    return before


def test_the_key_is_unreadable_without_the_passphrase(corpus: Project, tmp_path: Path):
    key = tmp_path / "study.caqda-key"
    _apply(corpus, key)
    raw = key.read_bytes()
    for secret in (b"Maria", b"Aparecida", b"98765", "João".encode(), b"123.456"):
        assert secret not in raw
    with pytest.raises(PrivacyError, match="passphrase does not open this key file"):
        read_key(key, "wrong passphrase")
    opened = read_key(key, PASSPHRASE)
    assert {e.original for e in opened.entries} >= {"Maria Aparecida", "(11) 98765-4321", "123.456.789-09"}
    assert opened.project == corpus.path.name
    assert "Maria" not in corpus.path.read_bytes().decode("utf-8", "replace")  # not in the project


def test_reidentify_shows_the_original_and_changes_nothing(corpus: Project, tmp_path: Path):
    key = tmp_path / "study.caqda-key"
    before = _apply(corpus, key)
    opened = read_key(key, PASSPHRASE)
    after = table_dump(corpus)
    shown = set()
    for document in documents.list_documents(corpus):
        text = documents.document_text(corpus, document.id)
        shown.add(reidentify(corpus, opened, document.name, 0, len(text)))
    assert shown == set(before.values())  # each whole document re-identified is its text before
    e02 = documents.find_document(corpus, "Entrevista E02")
    text = documents.document_text(corpus, e02.id)
    cpf = text.index("O CPF dele")
    shown = reidentify(corpus, opened, e02.name, cpf, cpf + 30)
    assert shown.startswith("O CPF dele, 123.456.789-09, e o RG")
    assert table_dump(corpus) == after


def test_a_key_that_cannot_be_written_leaves_the_project_as_it_was(corpus: Project, tmp_path: Path):
    before = table_dump(corpus)
    with pytest.raises(PrivacyError, match="at least 8 characters"):
        pseudonymise(
            corpus,
            [Decision.from_candidate(c) for c in scan(corpus)],
            keep_key=lambda entries: write_key(tmp_path / "k", entries, "short", project_name="x"),
        )
    assert table_dump(corpus) == before


def test_key_file_locations_refused(corpus: Project, tmp_path: Path):
    with pytest.raises(PrivacyError, match="not the project itself"):
        check_key_path(corpus.path, corpus.path)
    existing = tmp_path / "old.key"
    existing.write_text("x")
    with pytest.raises(PrivacyError, match="already exists"):
        check_key_path(existing, corpus.path)
    with pytest.raises(PrivacyError, match="not a caqda key file"):
        read_key(existing, PASSPHRASE)


def test_a_pseudonymised_project_says_so_in_word_and_refi_exports(corpus: Project, tmp_path: Path):
    from caqda.core.exports.docx_transcript import export_transcript_docx
    from caqda.core.refi.project_export import export_qdpx

    _apply(corpus, tmp_path / "k.key")
    report = export_qdpx(corpus, tmp_path / "p.qdpx")
    assert any("Pseudonymised" in note for note in report.losses)
    word = tmp_path / "t.docx"
    export_transcript_docx(corpus, word, documents.list_documents(corpus)[0].id)
    with zipfile.ZipFile(word) as archive:
        assert "Pseudonymised" in archive.read("word/document.xml").decode()
