"""Control characters in memos, names and text never break a Word export (python-docx refuses
them with "All strings must be XML compatible"): every Word writer passes text through
``exports.common.xml_safe``."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from caqda.core import codebook, coders, documents
from caqda.core.coding import add_coding, set_coding_memo
from caqda.core.exports.docx_codebook import export_codebook_docx
from caqda.core.exports.docx_segments import export_segments_docx
from caqda.core.exports.docx_transcript import export_transcript_docx
from caqda.core.project import Project

_CONTROLS = "\x01\x07\x0b\x1b"


def _parts_parse(path: Path) -> str:
    """Every XML part parses; returns the text of all parts for checking content."""
    texts = []
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name.endswith(".xml"):
                root = etree.fromstring(package.read(name))
                texts.append("".join(root.itertext()))
    return "\n".join(texts)


def test_control_characters_everywhere_export_to_word(tmp_path: Path) -> None:
    source = tmp_path / "interview.txt"
    source.write_text("P1: A consulta\x0c demorou muito.\nAna: E depois?", encoding="utf-8")
    with Project.create(tmp_path / f"study{_CONTROLS}.caqda") as project:
        coder = coders.ensure_coder(project, "Ana")
        code = codebook.add_code(project, "Espera", definition=f"Tempo{_CONTROLS} de espera")
        document = documents.import_file(project, source).document
        coding = add_coding(
            project, document_id=document.id, code_id=code.id, coder_id=coder.id, start=4, end=14
        )
        set_coding_memo(project, coding.id, f"Memo com{_CONTROLS} controle")
        with project.transaction() as connection:  # names as a damaged or imported project has them
            connection.execute("UPDATE coders SET name = ? WHERE id = ?", (f"An{_CONTROLS}a", coder.id))
            connection.execute("UPDATE codes SET name = ? WHERE id = ?", (f"Esp{_CONTROLS}era", code.id))
        transcript = export_transcript_docx(project, tmp_path / "t.docx", document.id)
        segments = export_segments_docx(project, tmp_path / "s.docx")
        book = export_codebook_docx(project, tmp_path / "c.docx")
    assert transcript.items == 1 and segments.items == 1
    for summary in (transcript, segments, book):
        text = _parts_parse(summary.path)
        assert not any(char in text for char in _CONTROLS)
    assert "Memo com controle" in _parts_parse(transcript.path)
    assert "Espera" in _parts_parse(book.path)
