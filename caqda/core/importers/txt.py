"""Plain text in whatever encoding a researcher's machine wrote it.

UTF-8 (with or without BOM) and UTF-16 with a BOM are certain. Without a BOM, UTF-16 is
recognised by its zero bytes. Text that is not UTF-8 is read as Windows-1252, what Windows
editors write for Portuguese, Spanish and English, when that gives words of a Western language;
anything else is handed to charset-normalizer.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

from charset_normalizer import from_bytes

from caqda.core.errors import DocumentImportError
from caqda.core.importers.base import ExtractedDocument


def extract(data: bytes, name: str) -> ExtractedDocument:
    text, notes = decode_text_with_notes(data, name)
    return ExtractedDocument(text=text, source_format="txt", notes=notes)


PIECE_BYTES = 1 << 18


def decode_utf8_pieces(pieces: Iterator[bytes]) -> str | None:
    """The text of a file read a piece at a time, if it is plain UTF-8 (with or without BOM)
    and not blank; None when it is anything else (UTF-16, NUL bytes, invalid UTF-8, nothing but
    blanks), for :func:`extract` to judge from the whole file. Decoding whole bytes holds the
    bytes and up to twice the text at once; this holds only the text, twice at the very end."""
    texts = utf8_texts(pieces)
    if texts is None:
        return None
    text = "".join(texts)
    del texts
    if not text or text.isspace():
        return None  # let the whole-file reading say why there is nothing to import
    return text


def utf8_texts(pieces: Iterator[bytes]) -> list[str] | None:
    """The decoded pieces of :func:`decode_utf8_pieces`, not yet joined (so that a caller
    holding the bytes can let them go first), or None."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    texts: list[str] = []
    first = True
    for piece in pieces:
        if first:
            first = False
            if piece.startswith(codecs.BOM_UTF8):
                piece = piece[len(codecs.BOM_UTF8) :]
            elif piece.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _bomless_utf16(piece):
                return None
        if b"\x00" in piece:
            return None
        try:
            texts.append(decoder.decode(piece))
        except UnicodeDecodeError:
            return None
    try:
        texts.append(decoder.decode(b"", final=True))
    except UnicodeDecodeError:
        return None
    return texts


def decode_text_with_notes(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode text bytes, with a note when the encoding was guessed or bytes were replaced."""
    text, encoding = decode_text(data, name)
    if encoding == _UTF8_REPAIRED:
        lines = _replaced_lines(text)
        shown = ", ".join(str(line) for line in lines[:20]) + (", …" if len(lines) > 20 else "")
        count = text.count(_REPLACEMENT)
        return text, [
            f"'{name}' is UTF-8 text with {count} invalid byte sequence{'s' if count > 1 else ''}, "
            f"replaced by {_REPLACEMENT} on line{'s' if len(lines) > 1 else ''} {shown}; "
            "check those places against the original."
        ]
    return text, [] if encoding.startswith("utf") else [f"'{name}' was read as {encoding} text."]


_REPLACEMENT = "\ufffd"
_UTF8_REPAIRED = "utf-8 (invalid bytes replaced)"
# A file is UTF-8 with a few damaged bytes, not another encoding, when its valid multi-byte
# characters clearly outnumber the invalid sequences (a Windows-1252 "ação" has none valid).
_MAX_REPAIRED = 100


def _replaced_lines(text: str) -> list[int]:
    lines: list[int] = []
    position = text.find(_REPLACEMENT)
    line, counted = 1, 0
    while position >= 0:
        line += text.count("\n", counted, position)
        counted = position
        if not lines or lines[-1] != line:
            lines.append(line)
        position = text.find(_REPLACEMENT, position + 1)
    return lines


def _mostly_utf8(data: bytes) -> str | None:
    """The text with invalid sequences replaced, if ``data`` is UTF-8 with a few damaged bytes."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode())
    valid_non_ascii = sum(1 for char in text if not char.isascii()) - text.count(_REPLACEMENT)
    if 0 < invalid <= _MAX_REPAIRED and valid_non_ascii >= 2 * invalid:
        return text
    return None


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
    repaired = _mostly_utf8(data)
    if repaired is not None:
        return repaired, _UTF8_REPAIRED
    # charset-normalizer guesses wildly on short or accent-poor text (hp_roman8 for Portuguese,
    # big5 for "ação"), so Windows-1252 is tried first and kept when the result reads as a
    # Western language. (Mac Roman and cp850 are not tried this way: almost any single-byte
    # text decodes to plausible accented letters in them.)
    try:
        western: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _looks_western(western):
        return western, "Windows-1252"
    best = from_bytes(data).best()
    if best is None:
        # No encoding gives readable text: random bytes, a compressed or binary file.
        raise DocumentImportError(f"'{name}' looks like a binary file, not text; nothing was imported.")
    return _decode(data, best.encoding, name), best.encoding


# Accented letters of the languages Windows-1252 serves (Portuguese, Spanish, French, German,
# Italian, the Nordic languages). Letters such as ð, þ, ý or Ð are left out on purpose: they are
# what Turkish (cp1254) and other single-byte encodings look like when misread as cp1252.
_WESTERN_LETTERS = set("àáâãäåæçèéêëìíîïñòóôõöøùúûüÿœšžßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜŸŒŠŽ")
_TYPOGRAPHY = set("“”‘’‚„…–—«»‹›¿¡°ºª€£§©®·•†×\u00a0")


def _looks_western(text: str) -> bool:
    """Whether text decoded as Windows-1252 reads as a Western language, not as mojibake.

    Its non-ASCII characters must be common accented letters or punctuation (a symbol between
    two letters, as in ``w£odzi``, is mojibake), and its accented words must mostly also hold
    plain ASCII letters (``ação``, not ``Ïðèâåò``, which is Russian read as cp1252).
    """
    special = odd = 0
    for index, char in enumerate(text):
        if char.isascii():
            continue
        special += 1
        if char in _WESTERN_LETTERS:
            continue
        between_letters = (
            0 < index < len(text) - 1 and text[index - 1].isalpha() and text[index + 1].isalpha()
        )
        if char not in _TYPOGRAPHY or (between_letters and char not in "’·"):
            odd += 1
    if odd > 0.05 * special:
        return False
    accented_words = [word for word in re.findall(r"[^\W\d_]{2,}", text) if not word.isascii()]
    with_ascii = sum(any(char.isascii() for char in word) for word in accented_words)
    return 2 * with_ascii >= len(accented_words)


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
