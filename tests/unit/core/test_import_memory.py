"""Issue 14: an import holds at most about three times the text it imports, and the ways the
text is now read and normalised (in pieces, handed over) store exactly what they did before."""

from __future__ import annotations

import random
import re
import sys
import tracemalloc
import unicodedata
from pathlib import Path

import pytest

from caqda.core import documents
from caqda.core import text as text_module
from caqda.core.project import Project


def _reference_normalise(text: str) -> str:
    """normalise() as it was written before it worked in pieces (one pass over the whole text)."""
    if re.search(r"[\ud800-\udfff]", text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    text = re.sub(r"\r\n|\r|[\u2028\u2029\x0b\x0c\x85]", "\n", text)
    text = re.sub(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff]", "", text)
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip(" \t") for line in text.split("\n")).strip("\n")


_FRAGMENTS = [
    "E05: sim",
    "Interviewer: Olá.",
    " ",
    "\t",
    "\r\n",
    "\n",
    "\r",
    "\n\n",
    "ação",
    "e\u0301",
    "\x07",
    "\ufeff",
    "\u2028",
    "😀",
    "\ud83d",
    "a" * 9,
    "  \n",
    "\x85",
]


@pytest.mark.parametrize("piece", [3, 7, 50])
def test_normalising_in_pieces_gives_the_text_normalised_whole(
    monkeypatch: pytest.MonkeyPatch, piece: int
) -> None:
    monkeypatch.setattr(text_module, "_PIECE", piece)
    generator = random.Random(piece)
    for _ in range(400):
        raw = "".join(generator.choices(_FRAGMENTS, k=generator.randint(0, 60)))
        expected = _reference_normalise(raw)
        normal, changed = text_module.normalise_owned([raw])
        assert normal == expected
        assert changed == (expected != raw)


def _transcript(size: int) -> str:
    generator = random.Random(4)
    words = [
        "o",
        "paciente",
        "agradeceu",
        "à",
        "equipe",
        "de",
        "enfermagem",
        "ouvidoria",
        "família",
        "we",
        "answer",
    ]
    lines, length = [], 0
    while length < size:
        speaker = "Interviewer" if len(lines) % 2 == 0 else "E05"
        line = f"{speaker}: " + " ".join(generator.choices(words, k=generator.randint(4, 40))) + "."
        lines.append(line)
        length += len(line) + 2
    return "\r\n".join(lines)


def _import_peak(tmp_path: Path, source: Path) -> tuple[int, int]:
    """(tracemalloc peak of the import, in-memory size of the text it stored)."""
    with Project.create(tmp_path / "p.caqda") as project:
        documents.import_file(project, source)  # warm up imports and caches
    with Project.create(tmp_path / "q.caqda") as project:
        tracemalloc.start()
        try:
            documents.import_file(project, source)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        text = project.scalar("SELECT text FROM documents")
    return peak, sys.getsizeof(text)


def test_importing_a_long_transcript_holds_at_most_three_times_its_text(tmp_path: Path) -> None:
    source = tmp_path / "long interview.txt"
    source.write_text(_transcript(4 * 2**20), encoding="utf-8")
    peak, size = _import_peak(tmp_path, source)
    assert size > 3.5 * 2**20
    assert peak <= 3 * size, f"peak {peak / size:.2f}× the text"


def test_a_qdpx_given_to_the_document_import_names_the_right_command(tmp_path: Path) -> None:
    from caqda.core.errors import DocumentImportError

    source = tmp_path / "exchange.qdpx"
    source.write_bytes(b"PK\x03\x04 not really")
    with Project.create(tmp_path / "p.caqda") as project, pytest.raises(DocumentImportError) as refused:
        documents.import_file(project, source)
    assert "caqda import-qdpx FILE.qdpx -o NEW.caqda" in str(refused.value)


def test_a_damaged_pdf_prints_nothing_but_caqdas_message(tmp_path: Path) -> None:
    # In a process of its own: pytest's log capture would hide what Python prints by default.
    import os
    import subprocess

    repository = Path(__file__).resolve().parents[3]
    project = tmp_path / "p.caqda"
    Project.create(project).close()
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "caqda",
            "import",
            str(project),
            str(repository / "tests/fixtures/bad/noise.pdf"),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(repository)},
        check=False,
    )
    assert completed.returncode == 1
    assert completed.stderr.strip().splitlines() == [
        "caqda: 'noise.pdf' is not a readable PDF: the file is damaged or of another type; "
        "nothing was imported."
    ]


_ODT_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    "</manifest:manifest>"
)


def _odt(path: Path, body: str, *, pretty: bool = False) -> Path:
    gap = "\n  " if pretty else ""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        f"{gap}<office:body>{gap}<office:text>{gap}{body}{gap}</office:text>{gap}</office:body>{gap}"
        "</office:document-content>"
    )
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("META-INF/manifest.xml", _ODT_MANIFEST)
        package.writestr("content.xml", content)
    return path


def test_a_pretty_printed_odt_keeps_its_text(tmp_path: Path) -> None:
    # odfpy took the whitespace before <office:text> for the body and found no text at all.
    source = _odt(
        tmp_path / "pretty.odt", "<text:p>P1: olá</text:p>\n  <text:p>Ana: e depois?</text:p>", pretty=True
    )
    with Project.create(tmp_path / "p.caqda") as project:
        document = documents.import_file(project, source).document
        assert document is not None
        assert documents.document_text(project, document.id) == "P1: olá\nAna: e depois?"


def test_importing_a_long_odt_holds_at_most_three_times_its_text(tmp_path: Path) -> None:
    from xml.sax.saxutils import escape

    lines = _transcript(3 * 2**20).split("\r\n")
    source = _odt(tmp_path / "long.odt", "".join(f"<text:p>{escape(line)}</text:p>" for line in lines))
    peak, size = _import_peak(tmp_path, source)
    assert size > 2.5 * 2**20
    assert peak <= 3 * size, f"peak {peak / size:.2f}× the text"
