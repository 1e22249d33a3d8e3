"""A page's content stream parsed a few operations at a time, for the PDF importer.

pypdf parses a page's whole content stream into a list of operations before its text
extraction reads the first one. For a PDF that LibreOffice writes (each glyph its own string
in a ``TJ`` array) that list is ~680 KB of small objects a page: freed after the page, but the
allocator keeps the pools they filled resident (about 0.8x of a 1 MB text, to the end of the
import). Here the stream is parsed by pypdf's own parser, but it is stopped after every
``BATCH`` operations and resumed where it stopped, so only one batch is alive at a time; the
extraction reads the operations in the same order, so the text is the same.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pypdf
from pypdf import PageObject
from pypdf.generic import ContentStream, NameObject

BATCH = 16


class _BatchFull(Exception):
    """Raised from the batch's ``append`` to stop pypdf's parser after an operation."""


class _Batch(list):  # type: ignore[type-arg]
    """The operations parsed so far; full after ``BATCH`` of them (the parser then stops right
    after an operator, where nothing of the next operation has been read)."""

    def append(self, operation: Any) -> None:
        super().append(operation)
        if len(self) >= BATCH:
            raise _BatchFull


class _ResumableStream(io.BytesIO):
    """The stream's bytes (shared, not copied), whose next rewind to the start is skipped: the
    parser rewinds first thing, and a resumed parse must go on from where the last stopped."""

    def stay_at_next_rewind(self) -> None:
        self.seek = self._stay  # type: ignore[method-assign]

    def _stay(self, offset: int, whence: int = 0) -> int:
        del self.seek  # the class's own seek again
        if (offset, whence) == (0, 0):
            return self.tell()
        return self.seek(offset, whence)


class BatchedContentStream(ContentStream):
    """A ``ContentStream`` whose ``operations`` come from the parser a batch at a time."""

    @property  # type: ignore[override]
    def operations(self) -> Iterator[tuple[Any, bytes]]:  # type: ignore[override]
        return self._each_operation()

    def _each_operation(self) -> Iterator[tuple[Any, bytes]]:
        stream = _ResumableStream(self.get_data())
        finished = False
        while not finished:
            batch = self._operations = _Batch()
            try:
                self._parse_content_stream(stream)
                finished = True
            except _BatchFull:
                stream.stay_at_next_rewind()
            self._operations = []
            yield from batch
            del batch  # before the next batch is parsed


def parse_in_batches(page: PageObject) -> Any:
    """Have ``page.extract_text()`` read the page's content a batch at a time: its /Contents
    (a stream, or an array of streams read as one) replaced on this page object by a
    ``BatchedContentStream`` of the same bytes, which pypdf reads as it is. Returns what
    /Contents was, for :func:`page_text` to put back, or None when it was left
    as it is: there is none, it is damaged (pypdf then gives its own answer, as before), or
    this pypdf's parser is not the one this was written for (private parts of pypdf 7)."""
    if "/Contents" not in page or not _PARSER_AS_EXPECTED:
        return None
    original = page.raw_get("/Contents")
    try:
        batched = BatchedContentStream(page["/Contents"], page.pdf, "bytes")
    except Exception:  # pypdf, reading the same, gives its own answer
        return None
    page[NameObject("/Contents")] = batched
    return original


def page_text(page: PageObject) -> str:
    """``page.extract_text()``, its content parsed a batch at a time; read again the usual way
    should the batched parse fail inside pypdf's extraction (the same text; a damaged page
    raises again, as it did before)."""
    original = parse_in_batches(page)
    try:
        return page.extract_text() or ""
    except Exception:
        if original is None:
            raise
        page[NameObject("/Contents")] = original  # as it was
        return page.extract_text() or ""


# The batched parse relies on private parts of pypdf's ContentStream (its parser, and the list
# it fills), as pypdf 7 has them; another major version reads pages the usual way.
_PARSER_AS_EXPECTED = pypdf.__version__.split(".")[0] == "7" and callable(
    getattr(ContentStream, "_parse_content_stream", None)
)
