"""Read a source file into plain text: one module per format, one entry point.

Importers only extract text; normalisation, speaker turns and storage happen in
``core.documents`` so every format is treated alike. An importer raises
:class:`DocumentImportError` with the reason in plain words; it never returns half a file.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from caqda.core.errors import DocumentImportError
from caqda.core.importers.allocator import fix_mmap_threshold
from caqda.core.importers.base import ExtractedDocument
from caqda.core.importers.budget import MAX_SOURCE_BYTES, read_regular_file, read_regular_pieces

__all__ = ["EXTRACTORS", "MAX_SOURCE_BYTES", "read_source", "supported_suffixes"]

# Text-sized buffers made and freed one after another go back to the system as each is freed
# (see importers.allocator), so an import's resident peak counts the copies held at once.
fix_mmap_threshold()

# Suffix -> module with ``extract(data, name)``; modules load on first use, so starting the
# command line does not import Word, PDF and ODF libraries it may not need.
EXTRACTORS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".docx": "docx",
    ".odt": "odt",
    ".rtf": "rtf",
    ".pdf": "pdf",
    ".md": "md",
    ".markdown": "md",
    ".csv": "social",
    ".json": "social",
}

_REFUSED = {
    ".doc": "old Word .doc files cannot be read; save it as .docx (Word: File › Save As) and import that.",
    ".pages": "Apple Pages files cannot be read; export it as .docx or .pdf first.",
    ".qdpx": "a REFI-QDA project becomes a new caqda project, not a document: run "
    "caqda import-qdpx FILE.qdpx -o NEW.caqda (in the window: File › Open a REFI-QDA project).",
}


def supported_suffixes() -> list[str]:
    return sorted(EXTRACTORS)


def read_source(path: Path) -> tuple[bytes, ExtractedDocument]:
    """Read and extract a file; returns its bytes too (empty when a plain UTF-8 text was
    decoded as it was read)."""
    if not path.exists():
        raise DocumentImportError(f"'{path}' does not exist.")
    suffix = path.suffix.lower()
    if suffix in _REFUSED:
        raise DocumentImportError(f"'{path.name}': {_REFUSED[suffix]}")
    module = EXTRACTORS.get(suffix)
    if module is None:
        formats = ", ".join(supported_suffixes())
        raise DocumentImportError(
            f"'{path.name}' has a format caqda cannot import ({suffix or 'no extension'}); "
            f"supported: {formats}."
        )
    if module in ("txt", "social", "md"):
        # Plain UTF-8, the usual case, is decoded as it is read, never holding the file's bytes
        # beside its text; anything else is judged from the whole file below.
        from caqda.core.importers import md, social, txt

        holder = [txt.decode_utf8_pieces(read_regular_pieces(path, txt.PIECE_BYTES))]
        if holder[0] is not None:
            if module == "txt":
                return b"", ExtractedDocument(text=holder.pop(), source_format="txt")
            if module == "social":
                return b"", social.extract_decoded(holder, path.name, [])  # type: ignore[arg-type]
            return b"", _with_text(md.extract_decoded(holder, []), path)  # type: ignore[arg-type]
    data = read_regular_file(path)
    if not data or data.isspace():  # not data.strip(): no copy of a large file
        raise DocumentImportError(f"'{path.name}' is empty: there is no text to import.")
    reader = importlib.import_module(f"caqda.core.importers.{module}")
    if hasattr(reader, "extract_owned"):  # takes the bytes over, to let them go once decoded
        holder = [data]
        del data
        extracted = reader.extract_owned(holder, path.name)
        data = b""
    else:
        extracted = reader.extract(data, path.name)
    return data, _with_text(extracted, path)


def _with_text(extracted: ExtractedDocument, path: Path) -> ExtractedDocument:
    """``extracted``, refused when it holds no text (not ``.strip()``: no copy of a large text)."""
    if not extracted.text or extracted.text.isspace():
        raise DocumentImportError(f"'{path.name}' contains no text to import.")
    return extracted
