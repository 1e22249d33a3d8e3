"""Plain text in whatever encoding a researcher's machine wrote it.

UTF-8 (with or without BOM) and UTF-16 with a BOM are certain. Without a BOM, UTF-16 is
recognised by its zero bytes; anything else that is not UTF-8 is handed to charset-normalizer,
with Windows-1252 preferred among the Western single-byte encodings, since that is what
Windows editors write for Portuguese, Spanish and English text.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from caqda.core.errors import DocumentImportError
from caqda.core.importers.base import ExtractedDocument

_WESTERN = {"cp1252", "latin_1", "iso8859_15", "cp850", "mac_roman", "iso8859_1", "cp1250", "iso8859_2"}


def extract(data: bytes, name: str) -> ExtractedDocument:
    text, encoding = decode_text(data, name)
    notes = [] if encoding.startswith("utf") else [f"'{name}' was read as {encoding} text."]
    return ExtractedDocument(text=text, source_format="txt", notes=notes)


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode text bytes and say which encoding was used; refuse binary data."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _decode(data, encoding, name), encoding
    utf16 = _bomless_utf16(data)
    if utf16:
        return _decode(data, utf16, name), utf16
    if b"\x00" in data:
        raise DocumentImportError(f"'{name}' looks like a binary file, not text; nothing was imported.")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding in _WESTERN:
        for candidate in ("cp1252", "latin_1"):
            try:
                return data.decode(candidate), "Windows-1252" if candidate == "cp1252" else "Latin-1"
            except UnicodeDecodeError:
                continue
    return _decode(data, encoding, name), encoding


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows zero bytes on every other position for Latin text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > 0.4 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.4 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise DocumentImportError(
            f"'{name}' could not be read as text ({encoding}): {error}. Save it as UTF-8 and import again."
        ) from error
    if text.count("\x00") > 0:
        raise DocumentImportError(f"'{name}' looks like a binary file, not text; nothing was imported.")
    return text
