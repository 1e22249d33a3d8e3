"""Importing documents into a real project file and reading them back (caqda.core.documents)."""

from __future__ import annotations

import hashlib
import json

import docx
import pytest

from caqda.core import documents
from caqda.core.errors import DocumentImportError, NotFoundError
from caqda.core.project import Project

# Written with Windows line ends and a decomposed "ã" (a + combining tilde), as some tools do.
RAW_TRANSCRIPT = (
    "Entrevista E05\r\n"
    "Department: Nursing\r\n"
    "Interview date: 2024-03-19\r\n"
    "\r\n"
    "Interviewer: Onde você mora?\r\n"
    "E05: Em Sa\u0303o Paulo 😀 café todo dia.\r\n"
    "Interviewer: E a ouvidoria?\r\n"
    "E05: Fica em Conceição.\r\n"
    "Perto do hospital.\r\n"
)
# What caqda must store: LF line ends, composed "ã", no trailing line end.
TRANSCRIPT = (
    "Entrevista E05\n"
    "Department: Nursing\n"
    "Interview date: 2024-03-19\n"
    "\n"
    "Interviewer: Onde você mora?\n"
    "E05: Em S\u00e3o Paulo 😀 café todo dia.\n"
    "Interviewer: E a ouvidoria?\n"
    "E05: Fica em Conceição.\n"
    "Perto do hospital."
)


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.caqda") as opened:
        yield opened


@pytest.fixture
def transcript_file(tmp_path):
    path = tmp_path / "E05.txt"
    path.write_bytes(RAW_TRANSCRIPT.encode("utf-8"))
    return path


def _counts(project: Project) -> dict[str, int]:
    tables = ("documents", "paragraphs", "speaker_turns", "document_attributes", "audit_events")
    return {table: project.scalar(f"SELECT COUNT(*) FROM {table}") for table in tables}


def test_import_stores_normalised_text_and_its_hash(project, transcript_file):
    result = documents.import_file(project, transcript_file)
    document = result.document
    assert document is not None
    text = documents.document_text(project, document.id)
    assert text == TRANSCRIPT
    assert "\r" not in text
    assert document.sha256 == hashlib.sha256(TRANSCRIPT.encode("utf-8")).hexdigest()
    assert (document.name, document.source_name, document.source_format) == ("E05", "E05.txt", "txt")


def test_characters_count_code_points_not_utf16_units(project, transcript_file):
    document = documents.import_file(project, transcript_file).document
    code_points = len(TRANSCRIPT.encode("utf-32-le")) // 4
    assert document.characters == code_points
    assert len(TRANSCRIPT.encode("utf-16-le")) // 2 == code_points + 1  # the emoji takes two units


def test_rtf_emoji_is_stored_as_one_character(project, tmp_path):
    path = tmp_path / "E07.rtf"
    path.write_bytes(
        rb"{\rtf1\ansi Interviewer: Gostou? \u-10179?\u-8704?\par E07: Sim, muito.\par "
        rb"Interviewer: Por qu\'ea?\par E07: Porque sim.\par}"
    )
    document = documents.import_file(project, path).document
    text = documents.document_text(project, document.id)
    assert text.split("\n")[0] == "Interviewer: Gostou? 😀"
    assert document.characters == len(text.encode("utf-32-le")) // 4
    answer = documents.speaker_turns(project, document.id)[1]
    assert text[answer.content_start : answer.end] == "Sim, muito."


def test_interview_kind_and_header_attributes(project, transcript_file):
    document = documents.import_file(project, transcript_file).document
    assert document.kind == "interview"
    assert documents.attributes(project, document.id) == {
        "Department": "Nursing",
        "Interview date": "2024-03-19",
    }


def test_text_without_turns_is_of_kind_other(project, tmp_path):
    path = tmp_path / "notas.txt"
    path.write_text("Notas de campo na ouvidoria.\nA equipe de São Paulo chegou cedo.\n", encoding="utf-8")
    document = documents.import_file(project, path).document
    assert document.kind == "other"
    assert documents.attributes(project, document.id) == {}


def test_paragraph_offsets_slice_the_stored_text(project, transcript_file):
    document = documents.import_file(project, transcript_file).document
    text = documents.document_text(project, document.id)
    stored = documents.paragraphs(project, document.id)
    assert [paragraph.ordinal for paragraph in stored] == list(range(len(stored)))
    assert [text[paragraph.start : paragraph.end] for paragraph in stored] == [
        "Entrevista E05",
        "Department: Nursing",
        "Interview date: 2024-03-19",
        "Interviewer: Onde você mora?",
        "E05: Em São Paulo 😀 café todo dia.",
        "Interviewer: E a ouvidoria?",
        "E05: Fica em Conceição.",
        "Perto do hospital.",
    ]


def test_turn_offsets_slice_exact_words_through_accents_emoji_and_crlf(project, transcript_file):
    document = documents.import_file(project, transcript_file).document
    text = documents.document_text(project, document.id)
    turns = documents.speaker_turns(project, document.id)
    assert [(turn.ordinal, turn.speaker, turn.timestamp) for turn in turns] == [
        (0, "Interviewer", None),
        (1, "E05", None),
        (2, "Interviewer", None),
        (3, "E05", None),
    ]
    assert [text[turn.content_start : turn.end] for turn in turns] == [
        "Onde você mora?",
        "Em São Paulo 😀 café todo dia.",
        "E a ouvidoria?",
        "Fica em Conceição.\nPerto do hospital.",
    ]
    assert [text[turn.start : turn.content_start] for turn in turns] == [
        "Interviewer: ",
        "E05: ",
        "Interviewer: ",
        "E05: ",
    ]
    # Offsets are code points: "café" sits where a code-point count of the expected text says,
    # one less than its UTF-16 position because of the emoji before it.
    cafe = TRANSCRIPT.index("café")
    assert text[cafe : cafe + 4] == "café"
    assert turns[1].content_start < cafe < turns[1].end
    assert len(TRANSCRIPT[:cafe].encode("utf-16-le")) // 2 == cafe + 1


def test_reimporting_the_same_text_is_refused_with_a_note(project, transcript_file, tmp_path):
    first = documents.import_file(project, transcript_file).document
    again = documents.import_file(project, transcript_file)
    assert again.document is None
    assert again.duplicate_of == "E05"
    assert any("same text" in note and "E05" in note for note in again.notes)
    # the same words with LF line ends, under another name, are the same document too
    unix_copy = tmp_path / "copy of E05.txt"
    unix_copy.write_text(TRANSCRIPT + "\n", encoding="utf-8", newline="\n")
    assert documents.import_file(project, unix_copy).duplicate_of == "E05"
    assert [document.id for document in documents.list_documents(project)] == [first.id]


def test_duplicate_allowed_gets_a_numbered_name(project, transcript_file):
    first = documents.import_file(project, transcript_file).document
    result = documents.import_file(project, transcript_file, allow_duplicate=True)
    second = result.document
    assert second is not None
    assert second.name == "E05 (2)"
    assert second.sha256 == first.sha256
    assert any("E05 (2)" in note for note in result.notes)
    assert [document.name for document in documents.list_documents(project)] == ["E05", "E05 (2)"]
    assert documents.find_document(project, "e05 (2)").id == second.id


def test_failed_import_of_a_corrupt_file_changes_nothing(project, transcript_file, tmp_path):
    documents.import_file(project, transcript_file)
    before = _counts(project)
    corrupt = tmp_path / "E06.docx"
    document = docx.Document()
    document.add_paragraph("Interviewer: Olá.")
    document.save(corrupt)
    corrupt.write_bytes(corrupt.read_bytes()[:2000])
    with pytest.raises(DocumentImportError, match="not a readable Word document"):
        documents.import_file(project, corrupt)
    assert _counts(project) == before


def test_failure_while_storing_rolls_back_the_whole_document(project, transcript_file, tmp_path, monkeypatch):
    documents.import_file(project, transcript_file)
    before = _counts(project)
    other = tmp_path / "E06.txt"
    other.write_text("Interviewer: Olá.\nE06: Oi.\nInterviewer: Tudo bem?\nE06: Sim.\n", encoding="utf-8")

    def failing_record(*args, **kwargs):  # fails after the document, paragraphs and turns are written
        raise RuntimeError("disk full")

    monkeypatch.setattr(documents.audit, "record", failing_record)
    with pytest.raises(RuntimeError, match="disk full"):
        documents.import_file(project, other)
    assert _counts(project) == before
    orphans = project.scalar(
        "SELECT (SELECT COUNT(*) FROM paragraphs WHERE document_id NOT IN (SELECT id FROM documents))"
        " + (SELECT COUNT(*) FROM speaker_turns WHERE document_id NOT IN (SELECT id FROM documents))"
    )
    assert orphans == 0
    assert not project.in_transaction


def test_import_is_recorded_in_the_audit_trail(project, transcript_file):
    document = documents.import_file(project, transcript_file).document
    rows = project.rows(
        "SELECT action, entity, entity_uuid, after FROM audit_events WHERE action = 'import document'"
    )
    assert len(rows) == 1
    action, entity, entity_uuid, after = rows[0]
    assert (action, entity, entity_uuid) == ("import document", "document", document.uuid)
    recorded = json.loads(after)
    assert recorded["name"] == "E05"
    assert recorded["source"] == "E05.txt"
    assert recorded["sha256"] == hashlib.sha256(TRANSCRIPT.encode("utf-8")).hexdigest()
    assert recorded["kind"] == "interview"


def test_text_of_control_characters_only_is_refused(project, tmp_path):
    path = tmp_path / "E05.txt"
    path.write_bytes(b"\x01\x02\x03\x1b\x7f\n")
    with pytest.raises(DocumentImportError, match="no text"):
        documents.import_file(project, path)
    assert _counts(project)["documents"] == 0


def test_explicit_name_and_kind(project, transcript_file):
    document = documents.import_file(project, transcript_file, name="Enfermagem", kind="other").document
    assert (document.name, document.kind) == ("Enfermagem", "other")
    with pytest.raises(DocumentImportError, match="Unknown document kind"):
        documents.import_file(project, transcript_file, kind="podcast", allow_duplicate=True)


def test_lookups(project, transcript_file):
    document = documents.import_file(project, transcript_file).document
    assert documents.get_document(project, document.id) == document
    assert documents.find_document(project, "e05").id == document.id
    assert documents.find_document(project, "E05.txt").id == document.id
    with pytest.raises(NotFoundError):
        documents.find_document(project, "E99")
    with pytest.raises(NotFoundError):
        documents.get_document(project, document.id + 1)


def test_docx_title_becomes_an_attribute_next_to_the_header_fields(project, tmp_path):
    word = docx.Document()
    word.core_properties.title = "Entrevista com a enfermagem"
    for line in (
        "Department: Nursing",
        "Interviewer: Onde você mora?",
        "E05: Em São Paulo.",
        "Interviewer: E a ouvidoria?",
        "E05: Fica em Conceição.",
    ):
        word.add_paragraph(line)
    word.save(tmp_path / "E05.docx")
    document = documents.import_file(project, tmp_path / "E05.docx").document
    assert document.source_format == "docx"
    values = documents.attributes(project, document.id)
    assert values["Department"] == "Nursing"
    assert values["Title"] == "Entrevista com a enfermagem"


def test_a_document_s_utf8_is_its_text_encoded(project: Project) -> None:
    text = "Entrevista: ação 😀 fim\nE01: olá 👍🏽"
    document = documents.store_document(
        project, documents.prepare_text(text), name="U", source_name="u.txt", source_format="txt"
    ).document
    assert document is not None
    assert (
        documents.document_utf8(project, document.id)
        == documents.document_text(project, document.id).encode()
    )
    with pytest.raises(NotFoundError):
        documents.document_utf8(project, document.id + 100)


def test_a_document_s_utf8_from_a_file_stored_in_utf16() -> None:
    """A project file whose database stores text as UTF-16 (not one caqda made) is encoded again."""

    class Utf16Project:
        def scalar(self, sql: str, parameters: tuple = ()) -> object:
            return "UTF-16le" if sql == "PRAGMA encoding" else "olá 😀"

    assert documents.document_utf8(Utf16Project(), 1) == "olá 😀".encode()  # type: ignore[arg-type]
