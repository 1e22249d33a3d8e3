"""The PDF importer's page walk (caqda.core.importers.pdf_pages) against pypdf's own
``reader.pages``: the same pages, in the same order, with the same inherited entries and the
same text, on hand-made PDFs whose page trees are nested, inherit resources, rotation and media
boxes, hold inline and stray kids, or are damaged (cyclic, too deep, too many entries)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from pypdf.errors import PdfReadError
from pypdf.generic import IndirectObject

from caqda.core.errors import DocumentImportError
from caqda.core.importers import pdf, pdf_pages

HELVETICA = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
COURIER = "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"


def _stream(text: str) -> str:
    """A content stream showing ``text`` with font /F1, one line a sentence."""
    lines = " T* ".join(f"({line}) Tj" for line in text.split("\n"))
    body = f"BT /F1 12 Tf 14 TL 50 700 Td {lines} ET"
    return f"<< /Length {len(body)} >>\nstream\n{body}\nendstream"


def _pdf(objects: dict[int, str], root: int = 1) -> bytes:
    """A PDF of the numbered object bodies, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n{objects[number]}\nendobj\n".encode("latin-1")
    size = max(objects) + 1
    xref = len(out)
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for number in range(1, size):
        if number in offsets:
            out += f"{offsets[number]:010d} 00000 n \n".encode()
        else:
            out += b"0000000000 65535 f \n"
    out += f"trailer\n<< /Size {size} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _nested_tree() -> bytes:
    """Pages at three depths: the root gives a font and a media box to all; one branch turns
    its pages and gives them another font (one of its pages keeps its own font and media box);
    a node without /Type holds two pages, one without /Type either; an inline page sits among
    the root's kids; a number and an empty dictionary among the kids are not pages."""
    page = "<< /Type /Page /Parent {parent} 0 R /Contents {contents} 0 R{extra} >>"
    objects = {
        1: "<< /Type /Catalog /Pages 2 0 R >>",
        2: "<< /Type /Pages /Count 7 /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
        "/Kids [4 0 R 6 0 R 7 0 R 42 << >> << /Type /Page /Contents 20 0 R >> 21 0 R] >>",
        3: HELVETICA,
        4: "<< /Type /Pages /Count 2 /Rotate 90 /Resources << /Font << /F1 5 0 R >> >> "
        "/Kids [8 0 R 9 0 R] >>",
        5: COURIER,
        6: page.format(parent=2, contents=10, extra=""),
        7: "<< /Count 2 /CropBox [10 10 600 780] /Kids [11 0 R 12 0 R] >>",
        8: page.format(parent=4, contents=13, extra=""),
        9: page.format(
            parent=4,
            contents=14,
            extra=" /Rotate 0 /MediaBox [0 0 400 400] /Resources << /Font << /F1 3 0 R >> >>",
        ),
        10: _stream("Second page at the root\nIt inherits Helvetica"),
        11: "<< /Parent 7 0 R /Contents 15 0 R >>",
        12: page.format(parent=7, contents=16, extra=""),
        13: _stream("First page turned\nCourier from its branch"),
        14: _stream("Own font and box\nNot turned"),
        15: _stream("A page without a type\nStill a page"),
        16: _stream("Cropped by its node\nDeep in the tree"),
        20: _stream("An inline page\nAmong the kids"),
        21: page.format(parent=2, contents=22, extra=""),
        22: _stream("The last page\nBack at the root"),
    }
    return _pdf(objects)


def _plain(value: object) -> object:
    """A value of a page's dictionary as plain Python, a reference as its object number, to
    compare pages of two readers."""
    if isinstance(value, IndirectObject):
        return ("object", value.idnum)
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _described(page: dict) -> dict[str, object]:
    """A page's entries (references by number), with the font it uses named."""
    described = _plain(page)
    assert isinstance(described, dict)
    described["font"] = page["/Resources"]["/Font"]["/F1"].get_object()["/BaseFont"]
    return described


def test_the_walk_gives_pypdfs_pages_in_order_with_what_they_inherit() -> None:
    data = _nested_tree()
    expected = list(PdfReader(io.BytesIO(data)).pages)
    walked = list(pdf_pages.iter_pages(PdfReader(io.BytesIO(data))))
    assert len(walked) == len(expected) == 7  # the number and the empty dictionary are no pages
    assert [_described(page) for page in walked] == [_described(page) for page in expected]
    texts = [page.extract_text() for page in walked]
    assert texts == [page.extract_text() for page in expected]
    # Checked against the file as written, not only against pypdf:
    assert [text.split("\n")[0] for text in texts] == [
        "First page turned",
        "Own font and box",
        "Second page at the root",
        "A page without a type",
        "Cropped by its node",
        "An inline page",
        "The last page",
    ]
    assert [page.get("/Rotate") for page in walked] == [90, 0, None, None, None, None, None]
    assert [_described(page)["font"] for page in walked][:3] == ["/Courier", "/Helvetica", "/Helvetica"]
    assert list(walked[1]["/MediaBox"]) == [0, 0, 400, 400]
    assert list(walked[4]["/CropBox"]) == [10, 10, 600, 780]
    assert list(walked[4]["/MediaBox"]) == [0, 0, 612, 792]


def test_the_importer_reads_a_nested_tree_page_for_page_as_pypdf() -> None:
    data = _nested_tree()
    reference = "\n\n".join(
        (page.extract_text() or "").strip("\n") for page in PdfReader(io.BytesIO(data)).pages
    )
    extracted = pdf.extract(data, "nested.pdf")
    assert extracted.text == reference
    assert "(7 pages)" in extracted.notes[0]


def test_a_page_is_read_only_when_its_turn_comes() -> None:
    # reader.pages reads every page's dictionary before the first is returned; the walk reads
    # the first page alone (pypdf caches each object it reads, so the cache shows what was read).
    data = _nested_tree()
    reader = PdfReader(io.BytesIO(data))
    pages = pdf_pages.iter_pages(reader)
    first = next(pages)
    assert first.indirect_reference.idnum == 8
    read = {number for _, number in reader.resolved_objects}
    assert 8 in read and not read & {6, 9, 11, 12, 21}
    assert reader.flattened_pages is None
    assert len(list(pages)) == 6


def _chain(depth: int) -> bytes:
    """Page tree nodes nested ``depth`` deep above one page."""
    objects = {1: "<< /Type /Catalog /Pages 2 0 R >>", 3: HELVETICA}
    for level in range(depth):
        objects[10 + level] = (
            f"<< /Type /Pages /Kids [{11 + level} 0 R] /Resources << /Font << /F1 3 0 R >> >> >>"
        )
    objects[10 + depth] = "<< /Type /Page /Contents 4 0 R >>"
    objects[4] = _stream("At the bottom of the chain of nodes")
    objects[2] = "<< /Type /Pages /Kids [10 0 R] >>"
    return _pdf(objects)


def test_a_deep_tree_is_read_without_recursion_and_one_too_deep_is_refused() -> None:
    assert pdf_pages.MAX_DEPTH >= 99
    deep = _chain(pdf_pages.MAX_DEPTH - 1)  # the page is at depth MAX_DEPTH
    assert [page.extract_text() for page in pdf_pages.iter_pages(PdfReader(io.BytesIO(deep)))] == [
        "At the bottom of the chain of nodes"
    ]
    with pytest.raises(PdfReadError, match="depth"):
        list(pdf_pages.iter_pages(PdfReader(io.BytesIO(_chain(pdf_pages.MAX_DEPTH)))))


def test_a_cyclic_tree_is_refused_as_damaged() -> None:
    objects = {
        1: "<< /Type /Catalog /Pages 2 0 R >>",
        2: "<< /Type /Pages /Kids [4 0 R 5 0 R] >>",
        3: HELVETICA,
        4: "<< /Type /Page /Resources << /Font << /F1 3 0 R >> >> /Contents 6 0 R >>",
        5: "<< /Type /Pages /Kids [7 0 R] >>",
        6: _stream("Text on the only real page of the file"),
        7: "<< /Type /Pages /Kids [2 0 R] >>",  # back to the root
    }
    data = _pdf(objects)
    with pytest.raises(PdfReadError, match="cyclic"):
        list(PdfReader(io.BytesIO(data)).pages)  # pypdf refuses it too
    walked = pdf_pages.iter_pages(PdfReader(io.BytesIO(data)))
    assert next(walked).extract_text() == "Text on the only real page of the file"
    with pytest.raises(PdfReadError, match="cyclic"):
        next(walked)
    with pytest.raises(DocumentImportError, match="not a readable PDF"):
        pdf.extract(data, "cycle.pdf")


def test_a_tree_naming_a_page_too_often_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each level lists the level below twice: 2**levels pages from a file of a few kilobytes.
    levels = 9
    objects = {
        1: "<< /Type /Catalog /Pages 10 0 R >>",
        3: HELVETICA,
        4: _stream("The same page again and again"),
    }
    for level in range(levels):
        objects[10 + level] = f"<< /Type /Pages /Kids [{11 + level} 0 R {11 + level} 0 R] >>"
    objects[10 + levels] = "<< /Type /Page /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    data = _pdf(objects)
    assert sum(1 for _ in pdf_pages.iter_pages(PdfReader(io.BytesIO(data)))) == 2**levels
    monkeypatch.setattr(pdf_pages, "MAX_ENTRIES", 2**levels)  # fewer than its 2**(levels + 1) - 2 entries
    with pytest.raises(PdfReadError, match="entry limit"):
        list(pdf_pages.iter_pages(PdfReader(io.BytesIO(data))))
    with pytest.raises(DocumentImportError, match="not a readable PDF"):
        pdf.extract(data, "repeated.pdf")


def test_a_catalog_without_a_page_tree_is_refused_as_damaged() -> None:
    data = _pdf({1: "<< /Type /Catalog /Pages 2 0 R >>", 2: "42"})
    with pytest.raises(PdfReadError):
        list(pdf_pages.iter_pages(PdfReader(io.BytesIO(data))))
    with pytest.raises(DocumentImportError, match="not a readable PDF"):
        pdf.extract(data, "no pages.pdf")
