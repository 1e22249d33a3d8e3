"""PDF text layer through pypdf. A scanned PDF (images only) is refused, not imported empty."""

from __future__ import annotations

import gc
import io
import logging

import pypdf.filters  # noqa: F401  (pypdf loads it with the first reader: loaded with this module)
from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError
from pypdf.generic import DictionaryObject, IndirectObject

from caqda.core.errors import DocumentImportError
from caqda.core.importers.allocator import blocks_mapped_from, release_freed_memory
from caqda.core.importers.base import ExtractedDocument
from caqda.core.importers.pdf_operations import page_text
from caqda.core.importers.pdf_pages import iter_pages

# pypdf logs what it repairs in a damaged file ("EOF marker not found"); with no handler set,
# Python would print that to the terminal beside caqda's own message.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

# pypdf's reader and its pages refer to each other, and so does the extractor of each page's
# text (holding the page's fonts, several kilobytes each): all of it is freed only by Python's
# cycle collector, which lets it pile up (the reader's objects and a few pages' fonts: about
# as much as the text again by the last page). A page's own cycles are freed after it by a
# collection of the young generations, which looks only at objects made since the last one
# (no slower overall: 1.43 s of CPU against 1.52 s for a 1 MB text, 6 runs each); the few an
# automatic collection moved to the old generation meanwhile, by a full collection every few
# dozen pages and one once the reader is done (a few milliseconds each, not much beside
# pypdf's reading of a page). Collecting the young ones every page lowered what reading left
# resident from 1.35x to 1.23x the text, and its peak from 1.45-1.56x to 1.23x (a 1 MB text;
# a PDF from LibreOffice: peak 3.2-3.4x to 2.9x), against every 32 pages alone. Each page
# read is also let go at once (_forget_read_objects).
_COLLECT_EVERY = 32

# The text read grows in a mapping of its own once past this (see _read_pages).
_TEXT_MAPPED_FROM = 64 << 10

# Kept from page to page (see _forget_read_objects): fonts, and the streams that hold objects.
_KEPT_TYPES = ("/Font", "/FontDescriptor", "/ObjStm")

# Fewer letters than this per page means there is no real text layer (page numbers at most).
_MIN_LETTERS_PER_PAGE = 20


def extract(data: bytes, name: str) -> ExtractedDocument:
    return extract_owned([data], name)


def extract_owned(holder: list[bytes], name: str) -> ExtractedDocument:
    """:func:`extract` of the file's bytes handed over in ``holder`` (emptied here): the reader
    is their only holder, so they go with it once the pages are read, and go back to the
    system before the text is prepared. Kept until then by the caller, the file's bytes (a
    block under the mmap threshold, for a file under a megabyte) were freed into the heap
    after reading, where preparing the text filled them with objects that live on: the heap
    could no longer be trimmed, and the import's peak counted about half the file more."""
    try:
        reader = PdfReader(_unshared_stream(holder.pop()))
        encrypted = reader.is_encrypted
        if encrypted and not reader.decrypt(""):
            raise DocumentImportError(
                f"'{name}' is password-protected; remove the password and import again."
            )
        text, letters, pages = _read_pages(reader)
        del reader
        gc.collect()
        release_freed_memory()  # the reader's objects and the file's bytes, before the text is prepared
    except FileNotDecryptedError as error:
        raise DocumentImportError(
            f"'{name}' is password-protected; remove the password and import again."
        ) from error
    except DependencyError as error:
        # AES-encrypted PDFs, even those that open without a password, need the optional
        # 'cryptography' package, which pypdf reports as a DependencyError.
        raise DocumentImportError(
            f"'{name}' is encrypted in a way caqda cannot decrypt here; remove the protection "
            "(or print it to a new PDF) and import again."
        ) from error
    except DocumentImportError:
        raise
    except Exception as error:  # pypdf raises many kinds of errors on damaged files
        raise DocumentImportError(
            f"'{name}' is not a readable PDF: the file is damaged or of another type; nothing was imported."
        ) from error
    if letters < _MIN_LETTERS_PER_PAGE * max(1, pages) / 4:
        raise DocumentImportError(
            f"'{name}' has no text layer (it is probably scanned images). Run OCR on it first, "
            "for example with OCRmyPDF, then import the result."
        )
    count = f"{pages} page" + ("" if pages == 1 else "s")
    notes = [f"'{name}': text taken from the PDF's text layer ({count}); check line breaks."]
    if encrypted:
        notes.append(
            f"'{name}' was encrypted (it opened without a password); its owner may have restricted "
            "copying its text, so check that you may use it."
        )
    return ExtractedDocument(text=text, source_format="pdf", notes=notes)


def _read_pages(reader: PdfReader) -> tuple[str, int, int]:
    """The text of every page, its letters and the number of pages."""
    text = ""
    letters = pages = 0
    page = None
    # Under the fixed 1 MiB threshold the text, grown page by page, moved about the heap
    # (leaving its old places behind, about 0.8x of a 1.2 MB text, resident) and was copied
    # whole into a mapping when it passed 1 MiB (the reading's peak: ~3.3x the text for a PDF
    # from LibreOffice). From 64 KiB on it grows in a mapping, by mremap, without a copy.
    with blocks_mapped_from(_TEXT_MAPPED_FROM):
        # Not reader.pages: it builds every page's dictionary before the first page is read,
        # and that peak stayed resident to the end of the import (see pdf_pages).
        for pages, page in enumerate(iter_pages(reader), start=1):
            text_of_page = page_text(page).strip("\n")
            letters += sum(char.isalpha() for char in text_of_page)
            # Each page added to the text as it comes (CPython grows a string held once in
            # place, a large one by remapping its pages): a list of the pages joined at the
            # end held the text twice at the import's peak.
            if pages > 1:
                text += "\n\n"
            text += text_of_page
            del text_of_page
            _forget_read_objects(reader)
            if pages % _COLLECT_EVERY == 0:
                gc.collect()
            else:
                gc.collect(1)  # this page's cycles, still young (see _COLLECT_EVERY)
    return text, letters, pages


def _forget_read_objects(reader: PdfReader) -> None:
    """Let pypdf drop what it read from the file for a page, all but the fonts (its cache of
    resolved objects: only a cache, an object asked for again is read again).

    Kept for the reader's whole life, each page's dictionary and decoded content stream came
    to about three times the text by the last page. Dropping only those left what else the
    page added (a stream's length, a resources dictionary), a few small objects a page, each
    made among the page's garbage and keeping a pool of the allocator resident once that
    garbage was freed. Kept: fonts, with what they refer to directly (descriptor, widths,
    encoding, /ToUnicode, the font program), which pages share and pypdf derives character
    maps from (kept on the font program's stream: parsed again for each page, reading took
    twice as long); and objects stored in object streams, which pypdf reads a whole stream at
    a time (each page would have read its stream again)."""
    cache = getattr(reader, "resolved_objects", None)
    if not isinstance(cache, dict):
        return
    in_streams = getattr(reader, "xref_objStm", {})
    kept: set[tuple[int, int]] = set()
    for key, value in list(cache.items()):
        if key[0] == 0 and key[1] in in_streams:
            kept.add(key)
        # dict.get: the entry as stored (resolving it would add to the cache meanwhile)
        if isinstance(value, DictionaryObject) and dict.get(value, "/Type") in _KEPT_TYPES:
            kept.add(key)
            kept.update(
                (item.generation, item.idnum)
                for item in dict.values(value)
                if isinstance(item, IndirectObject)
            )
    for key in [key for key in cache if key not in kept]:
        del cache[key]


def _unshared_stream(data: bytes) -> io.BufferedReader:
    """``data`` as a stream pypdf reads without copying it: a ``BytesIO`` shares the bytes it
    is given until its buffer is asked for, which pypdf does first thing (to learn the size),
    so the file was held twice for the whole import. A buffered reader over it has no buffer
    to ask for (pypdf then seeks to the end)."""
    return io.BufferedReader(io.BytesIO(data))  # type: ignore[arg-type]
