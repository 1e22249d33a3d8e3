"""Reading each source format into text, and refusing bad files in plain words (caqda.core.importers).

Every fixture is built here in ``tmp_path`` from known text, so the expected result is the text we
wrote, not something copied from caqda's own output.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from odf.dc import Creator
from odf.office import Annotation
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.text import H, List, ListItem, P, S, Span, Tab
from pypdf import PdfWriter
from reportlab.pdfgen import canvas

from caqda.core.documents import prepare_text
from caqda.core.errors import DocumentImportError
from caqda.core.importers import read_source
from caqda.core.importers.base import ExtractedDocument

TRANSCRIPT = (
    "Interviewer: Você mora em São Paulo?\n"
    "E05: Não, moro em Conceição, perto da ouvidoria.\n"
    "Interviewer: “Obrigado”… até logo.\n"
    "E05: Tchau, até à próxima."
)
TURN_CONTENTS = [
    "Você mora em São Paulo?",
    "Não, moro em Conceição, perto da ouvidoria.",
    "“Obrigado”… até logo.",
    "Tchau, até à próxima.",
]


def _read(path: Path, data: bytes | None = None) -> ExtractedDocument:
    if data is not None:
        path.write_bytes(data)
    _, extracted = read_source(path)
    return extracted


def _turns(text: str) -> list[tuple[str, str]]:
    prepared = prepare_text(text)
    return [(turn.speaker, prepared.text[turn.content_start : turn.end]) for turn in prepared.turns]


def _refused(path: Path, data: bytes | str | None = None) -> str:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    elif data is not None:
        path.write_bytes(data)
    with pytest.raises(DocumentImportError) as caught:
        read_source(path)
    message = str(caught.value)
    return message


# -- plain text in its encodings -----------------------------------------------------------------
@pytest.mark.parametrize(
    "encoded",
    [
        pytest.param(TRANSCRIPT.encode("utf-8"), id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + TRANSCRIPT.encode("utf-8"), id="utf-8 with BOM"),
        pytest.param(b"\xff\xfe" + TRANSCRIPT.encode("utf-16-le"), id="utf-16 LE with BOM"),
        pytest.param(b"\xfe\xff" + TRANSCRIPT.encode("utf-16-be"), id="utf-16 BE with BOM"),
        pytest.param(TRANSCRIPT.encode("utf-16-le"), id="utf-16 LE without BOM"),
        pytest.param(TRANSCRIPT.encode("utf-16-be"), id="utf-16 BE without BOM"),
    ],
)
def test_txt_in_unicode_encodings(tmp_path, encoded):
    extracted = _read(tmp_path / "E05.txt", encoded)
    assert prepare_text(extracted.text).text == TRANSCRIPT
    assert extracted.source_format == "txt"
    assert extracted.notes == []  # a Unicode encoding is certain: nothing to warn about


def test_txt_in_windows_1252_with_curly_quotes_and_ellipsis(tmp_path):
    encoded = TRANSCRIPT.encode("cp1252")
    assert b"\x85" in encoded and b"\x93" in encoded  # "…" and "“" are single cp1252 bytes
    extracted = _read(tmp_path / "E05.txt", encoded)
    assert prepare_text(extracted.text).text == TRANSCRIPT
    assert _turns(extracted.text) == list(zip(["Interviewer", "E05"] * 2, TURN_CONTENTS, strict=True))
    assert any("Windows-1252" in note for note in extracted.notes)


def test_txt_in_latin_1(tmp_path):
    text = (
        "Interviewer: Você mora em São Paulo?\n"
        "E05: Não, moro em Conceição, no 1º andar, perto da ouvidoria.\n"
        "Interviewer: Obrigado... até logo.\n"
        "E05: Até à próxima."
    )
    extracted = _read(tmp_path / "E05.txt", text.encode("latin-1"))
    assert prepare_text(extracted.text).text == text


@pytest.mark.parametrize("word", ["ação", "Conceição", "São Paulo…"])
def test_txt_a_few_accented_words_in_windows_1252(tmp_path, word):
    # Very short text gives charset detectors little to go on; it must not come out as Chinese.
    extracted = _read(tmp_path / "short.txt", word.encode("cp1252"))
    assert extracted.text == word


def test_txt_in_a_non_western_encoding_is_still_recognised(tmp_path):
    text = "Привет, как дела? Я живу в Москве и работаю в больнице."
    extracted = _read(tmp_path / "ru.txt", text.encode("cp1251"))
    assert extracted.text == text


# -- Word ----------------------------------------------------------------------------------------
def test_docx_paragraphs_and_table_in_document_order(tmp_path):
    document = docx.Document()
    document.core_properties.title = "Entrevista E05"
    document.sections[0].header.paragraphs[0].text = "Cabeçalho confidencial"
    document.sections[0].footer.paragraphs[0].text = "Rodapé página 1"
    document.add_paragraph("Interviewer: Você mora em São Paulo?")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Bairro"
    table.cell(0, 1).text = "Conceição"
    table.cell(1, 0).text = "Setor"
    table.cell(1, 1).text = "ouvidoria"
    answer = document.add_paragraph("E05: Não, moro em Conceição.")
    document.add_comment(answer.runs[0], text="Comentário da revisora", author="Ana")
    document.add_paragraph("Interviewer: Obrigado.")
    document.add_paragraph("E05: De nada.")
    path = tmp_path / "E05.docx"
    document.save(path)

    extracted = _read(path)
    assert extracted.text == (
        "Interviewer: Você mora em São Paulo?\n"
        "Bairro\tConceição\n"
        "Setor\touvidoria\n"
        "E05: Não, moro em Conceição.\n"
        "Interviewer: Obrigado.\n"
        "E05: De nada."
    )
    assert "Comentário" not in extracted.text
    assert "Cabeçalho" not in extracted.text and "Rodapé" not in extracted.text
    assert extracted.attributes["Title"] == "Entrevista E05"
    # the table rows continue the interviewer's turn; they are not turns of their own
    assert [speaker for speaker, _ in _turns(extracted.text)] == ["Interviewer", "E05"] * 2


def _wml(xml: str):
    """A WordprocessingML fragment, for markup python-docx cannot write itself."""
    return parse_xml(re.sub(r"^<(w:\w+)", rf"<\1 {nsdecls('w')}", xml, count=1))


def test_docx_tracked_changes_content_controls_hyperlinks_and_merged_cells(tmp_path):
    document = docx.Document()
    body = document.element.body
    # a block content control (as templates use for a question), before everything else
    body.insert(
        0,
        _wml(
            "<w:sdt><w:sdtPr><w:alias w:val='Pergunta'/></w:sdtPr><w:sdtContent><w:p><w:r>"
            "<w:t>Interviewer: Onde você mora?</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        ),
    )
    answer = document.add_paragraph("E05: Moro em ")
    answer._p.append(
        _wml(
            "<w:del w:id='1' w:author='Ana' w:date='2024-03-12T00:00:00Z'><w:r>"
            "<w:delText>Campinas</w:delText></w:r></w:del>"
        )
    )
    answer._p.append(
        _wml(
            "<w:ins w:id='2' w:author='Ana' w:date='2024-03-12T00:00:00Z'><w:r>"
            "<w:t>São Paulo</w:t></w:r></w:ins>"
        )
    )
    answer._p.append(_wml("<w:r><w:t xml:space='preserve'>, perto da </w:t></w:r>"))
    answer._p.append(_wml("<w:hyperlink w:anchor='x'><w:r><w:t>ouvidoria</w:t></w:r></w:hyperlink>"))
    answer._p.append(_wml("<w:r><w:t>.</w:t></w:r>"))
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Conceição"  # one cell over two rows
    table.cell(0, 1).text = "manhã"
    table.cell(1, 1).text = "tarde"
    document.add_paragraph("Interviewer: Obrigado.")
    closing = document.add_paragraph("E05: ")
    closing._p.append(_wml("<w:sdt><w:sdtContent><w:r><w:t>De nada.</w:t></w:r></w:sdtContent></w:sdt>"))
    path = tmp_path / "E05.docx"
    document.save(path)

    assert _read(path).text == (
        "Interviewer: Onde você mora?\n"
        "E05: Moro em São Paulo, perto da ouvidoria.\n"
        "Conceição\tmanhã\n"
        "\ttarde\n"
        "Interviewer: Obrigado.\n"
        "E05: De nada."
    )


def test_docx_line_breaks_tabs_and_text_boxes(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph._p.append(
        _wml(
            "<w:r><w:t>Interviewer:</w:t><w:tab/><w:t>Olá.</w:t><w:br/><w:t>Tudo bem?</w:t>"
            "<w:br w:type='page'/></w:r>"
        )
    )
    boxed = document.add_paragraph("E05: Sim.")
    boxed._p.append(
        _wml(
            "<w:r><w:pict><v:shape xmlns:v='urn:schemas-microsoft-com:vml'><v:textbox>"
            "<w:txbxContent><w:p><w:r><w:t>Legenda da figura</w:t></w:r></w:p></w:txbxContent>"
            "</v:textbox></v:shape></w:pict></w:r>"
        )
    )
    path = tmp_path / "E05.docx"
    document.save(path)
    assert _read(path).text == "Interviewer:\tOlá.\nTudo bem?\nE05: Sim."


# -- OpenDocument --------------------------------------------------------------------------------
def _odt(path: Path) -> Path:
    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text="Entrevista E05"))
    question = P(text="Interviewer: Você mora em São Paulo?")
    comment = Annotation()
    comment.addElement(Creator(text="Ana"))
    comment.addElement(P(text="Comentário que não é fala"))
    question.addElement(comment)
    document.text.addElement(question)
    items = List()
    for word in ("Conceição", "ouvidoria"):
        item = ListItem()
        item.addElement(P(text=word))
        items.addElement(item)
    document.text.addElement(items)
    answer = P(text="E05: Não,")
    answer.addElement(S(c=2))
    answer.addElement(Span(text="moro"))
    answer.addElement(Tab())
    answer.addText("aqui.")
    document.text.addElement(answer)
    document.text.addElement(P(text="Interviewer: Obrigado."))
    document.text.addElement(P(text="E05: De nada."))
    document.save(str(path))
    return path


def test_odt_paragraphs_list_and_spacing_without_comments(tmp_path):
    extracted = _read(_odt(tmp_path / "E05.odt"))
    assert extracted.text == (
        "Entrevista E05\n"
        "Interviewer: Você mora em São Paulo?\n"
        "Conceição\n"
        "ouvidoria\n"
        "E05: Não,  moro\taqui.\n"
        "Interviewer: Obrigado.\n"
        "E05: De nada."
    )
    assert "Comentário" not in extracted.text and "Ana" not in extracted.text
    assert [speaker for speaker, _ in _turns(extracted.text)] == ["Interviewer", "E05"] * 2


# -- RTF -----------------------------------------------------------------------------------------
def test_rtf_with_unicode_and_hex_escapes(tmp_path):
    source = (
        rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}\f0 "
        rb"Interviewer: Voc\'ea mora em S\u227?o Paulo?\par "
        rb"E05: N\'e3o, moro em Concei\'e7\'e3o, perto da ouvidoria.\par "
        rb"Interviewer: \ldblquote Obrigado\rdblquote \u8230? at\'e9 logo.\par "
        rb"E05: Tchau, at\'e9 \'e0 pr\'f3xima.\par}"
    )
    extracted = _read(tmp_path / "E05.rtf", source)
    assert prepare_text(extracted.text).text == TRANSCRIPT
    assert _turns(extracted.text) == list(zip(["Interviewer", "E05"] * 2, TURN_CONTENTS, strict=True))


def test_rtf_emoji_written_as_a_surrogate_pair(tmp_path):
    # Word writes U+1F600 as the signed 16-bit halves \u-10179 (0xD83D) and \u-8704 (0xDE00).
    assert (0x10000 - 10179, 0x10000 - 8704) == (0xD83D, 0xDE00)
    source = (
        rb"{\rtf1\ansi Interviewer: Caf\'e9 \u-10179?\u-8704? em S\u227?o Paulo?\par "
        rb"E05: Sim.\par Interviewer: Certo.\par E05: Isso.\par}"
    )
    extracted = _read(tmp_path / "E05.rtf", source)
    prepared = prepare_text(extracted.text)
    assert prepared.text.split("\n")[0] == "Interviewer: Café 😀 em São Paulo?"
    assert _turns(extracted.text)[0] == ("Interviewer", "Café 😀 em São Paulo?")


# -- PDF -----------------------------------------------------------------------------------------
def _pdf(path: Path, pages: list[list[str]]) -> Path:
    drawing = canvas.Canvas(str(path))
    for lines in pages:
        for number, line in enumerate(lines):
            drawing.drawString(72, 780 - 18 * number, line)
        drawing.showPage()
    drawing.save()
    return path


def test_pdf_text_layer_over_two_pages(tmp_path):
    path = _pdf(
        tmp_path / "E05.pdf",
        [
            ["Interviewer: Você mora em São Paulo?", "E05: Não, moro em Conceição, perto da", "ouvidoria."],
            ["Interviewer: Obrigado.", "E05: De nada."],
        ],
    )
    extracted = _read(path)
    assert prepare_text(extracted.text).text == (
        "Interviewer: Você mora em São Paulo?\nE05: Não, moro em Conceição, perto da\nouvidoria.\n\n"
        "Interviewer: Obrigado.\nE05: De nada."
    )
    assert any("2 pages" in note for note in extracted.notes)
    # the wrapped answer is one turn, and the turns on page 2 are found too
    assert _turns(extracted.text) == [
        ("Interviewer", "Você mora em São Paulo?"),
        ("E05", "Não, moro em Conceição, perto da\nouvidoria."),
        ("Interviewer", "Obrigado."),
        ("E05", "De nada."),
    ]


def test_pdf_without_text_layer_is_refused_with_ocr_advice(tmp_path):
    drawing = canvas.Canvas(str(tmp_path / "scan.pdf"))
    drawing.rect(72, 400, 400, 300, fill=1)  # what a scanned page is: pictures, no letters
    drawing.circle(300, 200, 50)
    drawing.drawString(300, 30, "1")  # a page number is not a text layer
    drawing.showPage()
    drawing.save()
    message = _refused(tmp_path / "scan.pdf")
    assert "no text layer" in message
    assert "OCR" in message


# -- Markdown ------------------------------------------------------------------------------------
def test_markdown_markup_removed_and_wrapped_lines_joined(tmp_path):
    source = (
        "# Entrevista E05\n\n"
        "**Interviewer:** Você mora em\n[São Paulo](https://example.org/sp)?\n\n"
        "**E05:** Não, moro em *Conceição*,\nperto da `ouvidoria`.\n\n"
        "## Segunda parte\n\n"
        "**Interviewer:** Obrigado.\n\n"
        "**E05:** De nada.\n"
    )
    extracted = _read(tmp_path / "E05.md", source.encode("utf-8"))
    assert extracted.text == (
        "Entrevista E05\n"
        "Interviewer: Você mora em São Paulo?\n"
        "E05: Não, moro em Conceição, perto da ouvidoria.\n"
        "Segunda parte\n"
        "Interviewer: Obrigado.\n"
        "E05: De nada."
    )
    turns = _turns(extracted.text)
    assert [speaker for speaker, _ in turns] == ["Interviewer", "E05"] * 2
    assert turns[0][1] == "Você mora em São Paulo?"
    assert turns[1][1].startswith("Não, moro em Conceição, perto da ouvidoria.")
    assert turns[3][1] == "De nada."


# -- bad input -----------------------------------------------------------------------------------
def test_empty_file(tmp_path):
    assert "empty" in _refused(tmp_path / "E05.txt", b"")


def test_whitespace_only_file(tmp_path):
    assert "empty" in _refused(tmp_path / "E05.txt", b" \r\n\t \n  ")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\xef\xbb\xbf", id="BOM only"),
        pytest.param(" \n \n".encode("utf-16"), id="utf-16 spaces"),
    ],
)
def test_file_whose_text_is_blank(tmp_path, data):
    assert "no text" in _refused(tmp_path / "E05.txt", data)


def test_png_named_txt_is_binary(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
    assert "binary" in _refused(tmp_path / "photo.txt", png + bytes(range(256)))


def test_random_bytes_without_zeros_are_binary(tmp_path):
    generator = random.Random(20240312)
    junk = bytes(generator.randrange(1, 256) for _ in range(600))
    assert "binary" in _refused(tmp_path / "junk.txt", junk)


def test_text_file_named_docx(tmp_path):
    message = _refused(tmp_path / "E05.docx", "Interviewer: Olá\nE05: Oi\n")
    assert "not a readable Word document" in message


def _docx_bytes() -> bytes:
    document = docx.Document()
    for line in ("Interviewer: Você mora em São Paulo?", "E05: Não, moro em Conceição."):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_truncated_docx(tmp_path):
    data = _docx_bytes()
    message = _refused(tmp_path / "E05.docx", data[: len(data) // 2])
    assert "not a readable Word document" in message
    assert "damaged" in message


def test_docx_with_broken_xml(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_docx_bytes())) as source, zipfile.ZipFile(buffer, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            target.writestr(name, content[: len(content) // 2] if name == "word/document.xml" else content)
    assert "Word document" in _refused(tmp_path / "E05.docx", buffer.getvalue())


def test_password_protected_docx(tmp_path):
    # Word stores a password-protected .docx as an encrypted OLE compound file, not a zip.
    compound = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"EncryptedPackage" * 32
    assert "password-protected" in _refused(tmp_path / "E05.docx", compound)


def _odt_bytes(tmp_path: Path) -> bytes:
    return _odt(tmp_path / "source.odt").read_bytes()


def test_truncated_odt(tmp_path):
    data = _odt_bytes(tmp_path)
    assert "not a readable OpenDocument text" in _refused(tmp_path / "E05.odt", data[: len(data) // 2])


def test_odt_with_broken_content_xml(tmp_path, capsys):
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_odt_bytes(tmp_path))) as source, zipfile.ZipFile(buffer, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            target.writestr(name, content[: len(content) // 2] if name == "content.xml" else content)
    assert "not a readable OpenDocument text" in _refused(tmp_path / "E05.odt", buffer.getvalue())
    assert capsys.readouterr().out == ""  # odfpy's habit of printing the broken XML is silenced


def test_password_protected_odt(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_odt_bytes(tmp_path))) as source, zipfile.ZipFile(buffer, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            if name == "META-INF/manifest.xml":  # how LibreOffice marks an encrypted part
                content = content.replace(
                    b'manifest:full-path="content.xml" manifest:media-type="text/xml"/>',
                    b'manifest:full-path="content.xml" manifest:media-type="text/xml">'
                    b'<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"/>'
                    b"</manifest:file-entry>",
                )
                assert b"encryption-data" in content
            target.writestr(name, content)
    assert "password-protected" in _refused(tmp_path / "E05.odt", buffer.getvalue())


def test_spreadsheet_named_odt(tmp_path):
    OpenDocumentSpreadsheet().save(str(tmp_path / "sheet.ods"))
    message = _refused(tmp_path / "sheet.odt", (tmp_path / "sheet.ods").read_bytes())
    assert "not a text document" in message


def test_rtf_that_is_not_rtf(tmp_path):
    assert "not an RTF document" in _refused(tmp_path / "E05.rtf", "Interviewer: Olá\n")


def test_damaged_rtf(tmp_path):
    assert "damaged RTF" in _refused(tmp_path / "E05.rtf", rb"{\rtf1 {{ \u99999999999999999999? ")


def test_corrupt_pdf(tmp_path):
    assert "not a readable PDF" in _refused(tmp_path / "E05.pdf", b"%PDF-1.4\nnot really a PDF\n%%EOF\n")


def test_truncated_pdf(tmp_path):
    data = _pdf(tmp_path / "source.pdf", [["Interviewer: Você mora em São Paulo?"] * 5]).read_bytes()
    assert "not a readable PDF" in _refused(tmp_path / "E05.pdf", data[: len(data) // 2])


def test_password_protected_pdf(tmp_path):
    source = _pdf(tmp_path / "source.pdf", [["Interviewer: Você mora em São Paulo?"] * 5])
    writer = PdfWriter(clone_from=source)
    writer.encrypt("segredo")  # RC4: needs no extra package to write or to detect
    writer.write(tmp_path / "E05.pdf")
    assert "password-protected" in _refused(tmp_path / "E05.pdf")


def _pdf_with_objects(objects: list[bytes], trailer: bytes) -> bytes:
    """A minimal PDF written by hand, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer + b" >>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_aes_encrypted_pdf_is_refused_not_crashed(tmp_path):
    # AES-256 (revision 6) encryption, which needs the optional 'cryptography' package to open.
    # Without it pypdf raises DependencyError; with it the (all-zero) keys do not match. Either
    # way the researcher must get a DocumentImportError, never a crash.
    encrypt = (
        b"<< /Filter /Standard /V 5 /R 6 /Length 256 /P -4 "
        b"/O <" + b"00" * 48 + b"> /U <" + b"00" * 48 + b"> /OE <" + b"00" * 32 + b"> "
        b"/UE <" + b"00" * 32 + b"> /Perms <" + b"00" * 16 + b"> "
        b"/CF << /StdCF << /CFM /AESV3 /Length 32 >> >> /StmF /StdCF /StrF /StdCF >>"
    )
    data = _pdf_with_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            encrypt,
        ],
        b"/Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]",
    )
    message = _refused(tmp_path / "E05.pdf", data)
    assert "password-protected" in message or "encrypted" in message


def test_unsupported_extension(tmp_path):
    message = _refused(tmp_path / "E05.xyz", "Interviewer: Olá\n")
    assert "cannot import" in message
    assert ".docx" in message  # the message lists what can be imported


def test_old_word_doc(tmp_path):
    message = _refused(tmp_path / "E05.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert "old Word .doc" in message
    assert "save it as .docx" in message


def test_missing_file(tmp_path):
    assert "does not exist" in _refused(tmp_path / "nowhere" / "E05.txt")


def test_directory(tmp_path):
    folder = tmp_path / "E05.txt"
    folder.mkdir()
    assert "folder" in _refused(folder)


def test_an_rtf_file_is_read_with_its_bytes_handed_over(tmp_path):
    # read_source hands the bytes to the RTF reader, which lets them go once decoded; the text
    # is what the reader gives bytes it is lent.
    from caqda.core.importers import read_source, rtf

    source = rb"{\rtf1\ansi Interviewer: Caf\'e9 em S\'e3o Paulo\par E05: Sim\par}"
    path = tmp_path / "E05.rtf"
    path.write_bytes(source)
    holder = [source]
    owned = rtf.extract_owned(holder, "E05.rtf")
    assert holder == []
    assert read_source(path) == (b"", owned)
    assert owned.text == rtf.extract(source, "E05.rtf").text == "Interviewer: Café em São Paulo\nE05: Sim\n"
