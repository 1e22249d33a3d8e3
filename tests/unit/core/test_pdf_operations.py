"""The PDF importer's memory measures (issue 14) against pypdf's own reading: a page's content
parsed a batch of operations at a time (caqda.core.importers.pdf_operations) gives the same
operations and the same text; what a page read is dropped from pypdf's cache (but fonts), so
the cache does not grow with the pages; the text grows in a mapping of its own
(allocator.blocks_mapped_from). Hand-made PDFs written the way LibreOffice writes them: each
glyph its own string in a TJ array, each stream's /Length an object of its own."""

from __future__ import annotations

import ctypes
import io
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from caqda.core.importers import allocator, pdf, pdf_operations
from tests.unit.core.test_pdf_pages import HELVETICA, _pdf

LINES = [
    "Interviewer: como foi a espera no pronto-socorro?",
    "E05: esperei duas horas, mas a equipe explicou tudo.",
    "Interviewer: e a ouvidoria respondeu?",
]
# An inline image (2x2 grey) between two text objects: pypdf parses it with a parser of its own.
INLINE_IMAGE = "q 20 0 0 20 50 600 cm BI /W 2 /H 2 /BPC 8 /CS /G ID \x00\xff\xff\x00 EI Q"


def _glyph_by_glyph(line: str, y: int) -> str:
    """A text object showing ``line`` as LibreOffice does: one string a glyph in a TJ array."""
    glyphs = " ".join(f"({char})" for char in line)
    return f"BT /F1 11 Tf 1 0 0 1 50 {y} Tm [{glyphs}] TJ ET"


def _lo_like_pdf(pages: int, lines_per_page: int = 12, split_contents: bool = False) -> bytes:
    """``pages`` pages sharing one font (an object of its own), each with its content stream's
    /Length an indirect number; with ``split_contents`` each page's content is an array of two
    streams, cut between two text objects, with an inline image in the second."""
    objects = {
        1: "<< /Type /Catalog /Pages 2 0 R >>",
        3: HELVETICA,
        4: "<< /Font << /F1 3 0 R >> >>",
    }
    kids = []
    number = 5
    for page in range(pages):
        body = [
            _glyph_by_glyph(f"p{page + 1} {LINES[line % len(LINES)]}", 760 - 14 * line)
            for line in range(lines_per_page)
        ]
        halves = [body[: len(body) // 2], body[len(body) // 2 :]] if split_contents else [body]
        if split_contents:
            halves[1].insert(1, INLINE_IMAGE)
        streams = []
        for half in halves:
            data = "\n".join(half)
            objects[number] = f"<< /Length {number + 1} 0 R >>\nstream\n{data}\nendstream"
            objects[number + 1] = str(len(data.encode("latin-1")))
            streams.append(f"{number} 0 R")
            number += 2
        contents = f"[{' '.join(streams)}]" if split_contents else streams[0]
        objects[number] = f"<< /Type /Page /Parent 2 0 R /Resources 4 0 R /Contents {contents} >>"
        kids.append(f"{number} 0 R")
        number += 1
    objects[2] = f"<< /Type /Pages /Count {pages} /MediaBox [0 0 595 842] /Kids [{' '.join(kids)}] >>"
    return _pdf(objects)


def _pypdf_text(data: bytes) -> str:
    """The text as pypdf reads it on its own, the pages joined as the importer joins them."""
    reader = PdfReader(io.BytesIO(data))
    return "\n\n".join((page.extract_text() or "").strip("\n") for page in reader.pages)


@pytest.mark.parametrize("split_contents", [False, True])
def test_text_is_pypdfs_own(split_contents: bool) -> None:
    data = _lo_like_pdf(5, split_contents=split_contents)
    expected = _pypdf_text(data)
    assert "p5 Interviewer: e a ouvidoria respondeu?" in expected  # the reference reads glyphs
    assert pdf.extract(data, "lo.pdf").text == expected


def test_a_pypdf_the_batches_do_not_suit_reads_pages_the_usual_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another pypdf (the batched parse uses private parts of pypdf 7): not batched at all, or,
    if the batched parse fails inside pypdf's extraction, the page read again as usual."""
    data = _lo_like_pdf(3, split_contents=True)
    expected = _pypdf_text(data)

    def broken(self: object) -> object:
        raise AttributeError("'ContentStream' object has no attribute '_parse_content_stream'")

    monkeypatch.setattr(pdf_operations.BatchedContentStream, "_each_operation", broken)
    assert pdf.extract(data, "lo.pdf").text == expected
    monkeypatch.undo()

    monkeypatch.setattr(pdf_operations, "_PARSER_AS_EXPECTED", False)
    page = PdfReader(io.BytesIO(data)).pages[0]
    contents = page.raw_get("/Contents")
    assert pdf_operations.parse_in_batches(page) is None
    assert page.raw_get("/Contents") is contents
    assert pdf.extract(data, "lo.pdf").text == expected


def _operations(operations: object) -> list[tuple[str, bytes]]:
    return [(repr(operands), operator) for operands, operator in operations]  # type: ignore[attr-defined]


def test_operations_come_in_batches_and_are_pypdfs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same operations, in order, as pypdf's whole-stream parse (the inline image too), with
    the parser stopped after each batch: never more than a batch parsed and not yet read."""
    reader = PdfReader(io.BytesIO(_lo_like_pdf(1, lines_per_page=60, split_contents=True)))
    page = reader.pages[0]
    expected = _operations(ContentStream(page["/Contents"], reader, "bytes").operations)
    assert len(expected) > 3 * pdf_operations.BATCH
    assert (b"INLINE IMAGE" in [operator for _, operator in expected]) is True

    parsed_ahead: list[int] = []
    read = 0
    original = pdf_operations.BatchedContentStream._parse_content_stream

    def parse(self: ContentStream, stream: io.BytesIO) -> None:
        try:
            original(self, stream)
        finally:
            parsed_ahead.append(len(self._operations))

    monkeypatch.setattr(pdf_operations.BatchedContentStream, "_parse_content_stream", parse)
    got = []
    for operation in pdf_operations.BatchedContentStream(page["/Contents"], reader, "bytes").operations:
        read += 1
        got.append(operation)
    assert _operations(got) == expected
    assert read == len(expected)
    assert len(parsed_ahead) == math.ceil((len(expected) + 1) / pdf_operations.BATCH)
    assert max(parsed_ahead) <= pdf_operations.BATCH


def test_cache_does_not_grow_with_the_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """After each page, pypdf's cache of resolved objects holds the same few objects (the font
    among them, the very same object: not read again), not one more a page."""
    sizes: list[int] = []
    fonts: list[int] = []
    walk = pdf.iter_pages

    def watched(reader: PdfReader):  # type: ignore[no-untyped-def]
        for page in walk(reader):
            cache = reader.resolved_objects
            sizes.append(len(cache))
            fonts.extend(
                id(value)
                for value in cache.values()
                if getattr(value, "get", None) and value.get("/Type") == "/Font"
            )
            yield page

    monkeypatch.setattr(pdf, "iter_pages", watched)
    pdf.extract(_lo_like_pdf(8), "lo.pdf")
    assert len(sizes) == 8
    assert len(set(sizes[2:])) == 1, sizes
    assert len(set(fonts)) == 1 and len(fonts) >= 6


_GLIBC = allocator.fix_mmap_threshold() and hasattr(ctypes.CDLL(None), "mallinfo2")

# Run in a fresh interpreter, whose heap has little free memory (after the other tests it may
# hold more than a block under 1 MiB): prints the bytes mapped for a block larger than the
# heap's free memory, within blocks_mapped_from(64 KiB) and after it.
_MAPPED = """
import ctypes
from caqda.core.importers import allocator

class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd",
        "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]

libc = ctypes.CDLL(None)
libc.mallinfo2.restype = MallInfo2

def mapped_with(size):
    before = libc.mallinfo2().hblkhd
    block = bytearray(size)
    grown = libc.mallinfo2().hblkhd - before
    del block
    return grown

allocator.fix_mmap_threshold()
size = libc.mallinfo2().fordblks + (128 << 10)
with allocator.blocks_mapped_from(64 << 10):
    within = mapped_with(size)
print(size, within, mapped_with(size))
"""


@pytest.mark.skipif(not _GLIBC, reason="glibc's malloc only")
def test_blocks_mapped_from_maps_smaller_blocks_within_only() -> None:
    """glibc maps a block over the threshold that the heap has no free room for: one larger
    than all the heap's free memory, under the fixed 1 MiB, is mapped within only."""
    root = Path(__file__).parents[3]
    environment = {**os.environ, "PYTHONPATH": str(root)}
    result = subprocess.run(
        [sys.executable, "-c", _MAPPED], capture_output=True, text=True, check=True, env=environment
    )
    size, within, after = (int(number) for number in result.stdout.split())
    assert size < allocator.FIXED_MMAP_THRESHOLD
    assert within >= size
    assert after == 0  # the fixed threshold (1 MiB) again
