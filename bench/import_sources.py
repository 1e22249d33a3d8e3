"""Synthetic source files of a chosen size for the import benchmarks, one maker per importer.

Each maker writes a file whose imported text is about ``size`` characters of Portuguese and
English interview or social-media text (Latin-1 letters, so Python holds it one byte a
character, as it does most Portuguese transcripts). Lines are short on purpose: one paragraph
per line, tens of thousands of them, is where per-paragraph objects cost most.
"""

from __future__ import annotations

import csv
import json
import random
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

SENTENCES = (
    "o paciente agradeceu a equipe de enfermagem pelo cuidado e pela atenção",
    "a ouvidoria recebeu a reclamação e respondeu no mesmo dia",
    "we answer every question on the page within a few hours",
    "the family posted a thank-you note and other patients replied",
    "a comunicação do hospital acompanha os comentários nas redes sociais",
    "complaints about waiting times are forwarded to the ward manager",
    "trust grows when the hospital listens to what people write",
    "o médico explicou o exame e a família entendeu o tratamento",
)


def transcript_lines(size: int, seed: int = 3) -> Iterator[str]:
    """Speaker-turn lines of 40–400 characters, about ``size`` characters in all."""
    generator = random.Random(seed)
    written = 0
    number = 0
    while written < size:
        speaker = "Interviewer" if number % 2 == 0 else "E05"
        stamp = (
            f"[{number // 3600:02d}:{number // 60 % 60:02d}:{number % 60:02d}] " if number % 5 == 0 else ""
        )
        count = generator.choice((1, 1, 1, 2, 3, 5))
        line = f"{stamp}{speaker}: " + " ".join(
            s.capitalize() + "." for s in generator.choices(SENTENCES, k=count)
        )
        number += 1
        written += len(line) + 1
        yield line


def write_txt(path: Path, size: int) -> None:
    path.write_text("\r\n".join(transcript_lines(size)), encoding="utf-8")


def write_md(path: Path, size: int) -> None:
    """Markdown: each turn a paragraph, the speaker in bold."""
    lines = (line.replace(": ", ":** ", 1) for line in transcript_lines(size))
    path.write_text("\n\n".join(f"**{line}" for line in lines), encoding="utf-8")


def write_rtf(path: Path, size: int) -> None:
    """RTF as Word writes it: one \\par per line, accented letters as \\'xx escapes."""

    def escaped(line: str) -> str:
        return "".join(char if ord(char) < 128 else f"\\'{char.encode('cp1252')[0]:02x}" for char in line)

    body = "".join(f"\\pard {escaped(line)}\\par\r\n" for line in transcript_lines(size))
    path.write_text("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\r\n\\f0 " + body + "}", encoding="ascii")


def write_pdf(path: Path, size: int) -> None:
    """A PDF with a text layer (reportlab, a test dependency): lines wrapped at 95 characters."""
    import textwrap

    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    height = 800
    for line in transcript_lines(size):
        for piece in textwrap.wrap(line, 95):
            page.drawString(40, height, piece)
            height -= 12
            if height < 40:
                page.showPage()
                height = 800
    page.save()


def write_libreoffice_pdf(path: Path, size: int) -> None:
    """A PDF as LibreOffice writes it (``soffice --convert-to pdf`` of the transcript as .txt):
    each glyph its own string in a ``TJ`` array, so pypdf parses far more objects a page than
    for reportlab's one string a line. Raises ``FileNotFoundError`` without ``soffice``."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise FileNotFoundError("soffice")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"{path.stem}.txt"
        write_txt(source, size)
        # A profile of its own: a LibreOffice already running for the user is left alone.
        profile = Path(folder, "profile").as_uri()
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                folder,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        shutil.move(Path(folder) / f"{path.stem}.pdf", path)


_DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)


def write_docx(path: Path, size: int) -> None:
    """A minimal Word package: one paragraph (one run) per transcript line."""
    body = "".join(f"<w:p><w:r><w:t>{escape(line)}</w:t></w:r></w:p>" for line in transcript_lines(size))
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _DOCX_TYPES)
        package.writestr("_rels/.rels", _DOCX_RELS)
        package.writestr("word/document.xml", document)


_ODT_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def write_odt(path: Path, size: int) -> None:
    """A minimal OpenDocument text: one text:p per transcript line."""
    body = "".join(f"<text:p>{escape(line)}</text:p>" for line in transcript_lines(size))
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        package.writestr("META-INF/manifest.xml", _ODT_MANIFEST)
        package.writestr("content.xml", content)


def _posts(size: int, seed: int = 5) -> Iterator[dict[str, str]]:
    """Posts with replies (every fourth post answers the one before), about ``size`` characters."""
    generator = random.Random(seed)
    written = 0
    number = 0
    while written < size:
        text = " ".join(s.capitalize() + "." for s in generator.choices(SENTENCES, k=generator.randint(1, 4)))
        reply = number % 4 != 0
        post = {
            "platform": "Facebook",
            "post_id": f"p{number}",
            "parent_id": f"p{number - 1}" if reply else "",
            "created_at": f"2023-{number % 12 + 1:02d}-{number % 28 + 1:02d}T10:{number % 60:02d}:00",
            "author_role": "hospital_page" if number % 8 == 3 else "patient",
            "author": f"Pessoa {number % 500}",
            "text": text,
        }
        number += 1
        written += len(text) + 50
        yield post


def write_csv(path: Path, size: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(
            out, ["platform", "post_id", "parent_id", "created_at", "author_role", "author", "text"]
        )
        writer.writeheader()
        writer.writerows(_posts(size))


def write_json(path: Path, size: int) -> None:
    path.write_text(json.dumps(list(_posts(size)), ensure_ascii=False), encoding="utf-8")


_QDE = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="bench" origin="bench">
<Users><User guid="7d3b5d0a-4d7e-4f7e-9c1e-2a8d1d6b0a01" name="Ana"/></Users>
<Sources>{sources}</Sources>
</Project>"""


def write_qdpx(path: Path, size: int) -> None:
    """A REFI-QDA project holding one plain-text source of about ``size`` characters."""
    guid = "3f0c1b5e-8a44-4c55-9a0b-5a5f0e7c2b11"
    source = f'<TextSource guid="{guid}" name="long interview" plainTextPath="internal://{guid}.txt"/>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("project.qde", _QDE.format(sources=source))
        package.writestr(f"sources/{guid}.txt", "\n".join(transcript_lines(size)).encode("utf-8"))


MAKERS: dict[str, tuple[str, Callable[[Path, int], None]]] = {
    "txt": (".txt", write_txt),
    "md": (".md", write_md),
    "docx": (".docx", write_docx),
    "odt": (".odt", write_odt),
    "rtf": (".rtf", write_rtf),
    "pdf": (".pdf", write_pdf),
    "pdf-libreoffice": (".pdf", write_libreoffice_pdf),
    "csv": (".csv", write_csv),
    "json": (".json", write_json),
    "qdpx": (".qdpx", write_qdpx),
}
