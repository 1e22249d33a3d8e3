"""Importers lose nothing silently: every post kept, damaged bytes reported by line, entity text
kept, binary data refused, encryption said."""

from __future__ import annotations

import csv
import io
import os
import random
import zipfile
from pathlib import Path

import docx as python_docx
import pytest

from caqda.core.errors import DocumentImportError
from caqda.core.importers import read_source, social

_HEADER = "platform,post_id,parent_id,created_at,author_role,author,text\n"


def _csv(rows: list[tuple[str, str, str, str]]) -> str:
    """Rows of (post_id, parent_id, created_at, text)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for post_id, parent_id, created_at, text in rows:
        writer.writerow(["Facebook", post_id, parent_id, created_at, "patient", f"Author {post_id}", text])
    return _HEADER + buffer.getvalue()


def test_reply_loop_keeps_every_post_and_says_where_it_was_broken(write_file) -> None:  # type: ignore[no-untyped-def]
    path = write_file(
        "loop.csv",
        _csv(
            [
                ("p1", "", "2023-01-01", "Primeiro post"),
                ("p2", "p4", "2023-01-02", "Resposta dois"),
                ("p3", "p2", "2023-01-03", "Resposta três"),
                ("p4", "p3", "2023-01-04", "Resposta quatro"),
            ]
        ),
    )
    extracted = read_source(path)[1]
    for text in ("Primeiro post", "Resposta dois", "Resposta três", "Resposta quatro"):
        assert extracted.text.count(text) == 1
    assert extracted.attributes["Posts"] == "4"
    assert extracted.turns is not None and len(extracted.turns) == 4
    assert any("loop was broken at the oldest post (p2)" in note for note in extracted.notes)
    lines = extracted.text.split("\n")
    # The loop p2 -> p3 -> p4 reads in reply order from its oldest post, p2, shown as a post.
    assert [line.split(" (")[0] for line in lines] == [
        "Author p1",
        "Author p2",
        "↳ Author p3",
        "↳ ↳ Author p4",
    ]


def test_reply_chain_a_thousand_deep_is_kept_with_capped_indentation(write_file) -> None:  # type: ignore[no-untyped-def]
    rows = [
        (f"p{n}", f"p{n - 1}" if n else "", f"2023-01-01T{n // 60:02d}:{n % 60:02d}", f"reply {n}")
        for n in range(1000)
    ]
    extracted = read_source(write_file("deep.csv", _csv(rows)))[1]
    lines = extracted.text.split("\n")
    assert len(lines) == 1000
    assert extracted.attributes["Posts"] == "1000"
    assert max(line.count(social.REPLY) for line in lines) == social.MAX_INDENT
    assert len(extracted.text) < 1000 * 80  # linear, not quadratic, in the depth
    assert [line.rsplit(": ", 1)[1] for line in lines] == [f"reply {n}" for n in range(1000)]
    assert any("1000 levels" not in note and "levels deep" in note for note in extracted.notes)
    assert extracted.paragraphs is not None
    for (start, end), turn in zip(extracted.paragraphs, extracted.turns or [], strict=True):
        assert extracted.text[start:end] == lines[extracted.paragraphs.index((start, end))]
        assert start <= turn.start < turn.content_start <= turn.end == end


def test_deeply_nested_json_gets_a_message(write_file) -> None:  # type: ignore[no-untyped-def]
    path = write_file("nested.json", "[" * 200_000 + "]" * 200_000)
    with pytest.raises(DocumentImportError, match="nests its JSON too deeply"):
        read_source(path)


def test_huge_csv_header_field_gets_a_message(write_file) -> None:  # type: ignore[no-untyped-def]
    path = write_file("wide.csv", '"' + "x" * 200_000 + '",post_id\n1,2\n')
    with pytest.raises(DocumentImportError, match="longer than 131,072 characters"):
        read_source(path)


def test_utf8_with_a_few_bad_bytes_is_read_as_utf8_and_reported_by_line(write_file) -> None:  # type: ignore[no-untyped-def]
    good = ["P1: A ação de saúde começou.", "Ana: E a família?", "P1: Não sei, não.", "Ana: Obrigada."]
    data = "\n".join(good).encode("utf-8").replace(b"E a", b"E \xff a").replace(b"Obrigada", b"Obri\xe7ada")
    extracted = read_source(write_file("damaged.txt", data))[1]
    assert "A ação de saúde começou." in extracted.text  # not mojibake ("aĂ§ĂŁo")
    assert extracted.text.count("\ufffd") == 2
    assert extracted.notes == [
        "'damaged.txt' is UTF-8 text with 2 invalid byte sequences, replaced by \ufffd on lines 2, 4; "
        "check those places against the original."
    ]


def test_windows_1252_text_is_still_read_as_windows_1252(write_file) -> None:  # type: ignore[no-untyped-def]
    extracted = read_source(write_file("old.txt", "P1: A ação de saúde.".encode("cp1252")))[1]
    assert extracted.text == "P1: A ação de saúde."
    assert extracted.notes == ["'old.txt' was read as Windows-1252 text."]


def test_random_bytes_starting_like_rtf_are_refused(write_file) -> None:  # type: ignore[no-untyped-def]
    noise = random.Random(3).randbytes(20_000)
    with pytest.raises(DocumentImportError, match="looks like a binary file"):
        read_source(write_file("noise.rtf", b"{\\rtf1 " + noise))


def test_real_rtf_still_imports(write_file) -> None:  # type: ignore[no-untyped-def]
    rtf = b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\r\n\\f0 P1: A a\\'e7\\'e3o.\\par\r\n}"
    assert read_source(write_file("ok.rtf", rtf))[1].text.strip() == "P1: A ação."


def test_docx_text_after_an_entity_reference_is_kept(tmp_path: Path) -> None:
    document = python_docx.Document()
    document.add_paragraph("P1: before MARK after the entity.")
    plain = tmp_path / "plain.docx"
    document.save(plain)
    entity = tmp_path / "entity.docx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(entity, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                declaration, rest = data.split(b"?>", 1)
                data = (
                    declaration + b'?><!DOCTYPE w:document [<!ENTITY clinic "Santa Clara">]>' + rest
                ).replace(b"MARK", b"&clinic;")
            target.writestr(info, data)
    text = read_source(entity)[1].text
    assert "P1: before " in text
    assert " after the entity." in text


def test_encrypted_pdf_that_opens_without_password_says_so(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "P1: A consulta demorou quatro horas na fila do posto.")
    page.save()
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(buffer.getvalue())))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    extracted = read_source(path)[1]
    assert "quatro horas" in extracted.text
    assert any("was encrypted" in note for note in extracted.notes)


def test_unencrypted_pdf_has_no_encryption_note(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "open.pdf"
    page = canvas.Canvas(str(path))
    page.drawString(72, 720, "P1: A consulta demorou quatro horas na fila do posto.")
    page.save()
    assert not any("encrypted" in note for note in read_source(path)[1].notes)
    assert os.path.getsize(path) > 0
