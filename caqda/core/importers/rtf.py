"""Rich Text Format through striprtf."""

from __future__ import annotations

from striprtf.striprtf import rtf_to_text

from caqda.core.errors import DocumentImportError
from caqda.core.importers.base import ExtractedDocument

# RTF is 7-bit text: control bytes other than tab, line breaks and form feed mean binary data
# that merely starts with "{\\rtf" (random bytes, a renamed file), not a document.
_BINARY_CONTROLS = bytes(byte for byte in range(32) if byte not in (9, 10, 12, 13))
_MAX_CONTROL_SHARE = 0.001
_CONTROL_BYTES = [bytes([byte]) for byte in _BINARY_CONTROLS]


def extract(data: bytes, name: str) -> ExtractedDocument:
    return extract_owned([data], name)


def extract_owned(holder: list[bytes], name: str) -> ExtractedDocument:
    """:func:`extract` of the file's bytes handed over in ``holder`` (emptied here): they are let
    go once decoded, so that the parse holds the RTF once, not its bytes beside its text."""
    data = holder.pop()
    controls = sum(data.count(control) for control in _CONTROL_BYTES)  # counted in place: no copy
    if controls > _MAX_CONTROL_SHARE * len(data):
        raise DocumentImportError(f"'{name}' looks like a binary file, not text; nothing was imported.")
    # RTF is 7-bit by definition; stray 8-bit bytes are read as Windows-1252, RTF's default.
    source = data.decode("cp1252", errors="replace")
    del data
    source = source.lstrip("\ufeff \r\n\t")
    if not source.startswith("{\\rtf"):
        raise DocumentImportError(f"'{name}' is not an RTF document (it does not start with {{\\rtf).")
    try:
        text = rtf_to_text(source, encoding="cp1252", errors="replace")
    except Exception as error:  # striprtf raises plain exceptions on malformed groups
        raise DocumentImportError(f"'{name}' is a damaged RTF document: {error}.") from error
    return ExtractedDocument(text=text, source_format="rtf")
