"""The units similar passages ranks (sentences, paragraphs, speaker turns) and the folded text
they are compared in (lower case, no accents), read quickly for a whole project.

A document's units are kept while its text is unchanged (a coder moving from code to code
need not split the project again)."""

from __future__ import annotations

import re
import unicodedata

import numpy as np

from caqda.core.agreement.sentences import sentence_spans
from caqda.core.project import Project

_COMBINING = re.compile(r"[\u0300-\u036f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_LETTER = re.compile(r"[^\W\d_]")


def fold(text: str) -> str:
    """Lower case without accents, keeping the length whenever the letters allow."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


class _Folds(dict[str, str]):
    """fold() of each character or run of non-ASCII characters met, worked out once."""

    def __missing__(self, key: str) -> str:
        if len(self) > 100_000:
            self.clear()  # a corpus in many scripts: forget rather than grow without end
        folded = self[key] = fold(key)
        return folded


_FOLDS = _Folds()


def fold_document(text: str) -> tuple[str, bool]:
    """``fold(text)`` for a long text, several times quicker, and whether all its letters are
    ASCII ones (so an ASCII word pattern finds every word).

    Case folding works character by character, and normalisation reorders only combining
    marks: when every non-ASCII character folds to one character that is not a combining mark,
    the text folds character by character, done here over an array of character codes (the
    ASCII letters lowered by arithmetic, the others looked up once per distinct character).
    Otherwise each run of non-ASCII characters is folded whole: normalisation cannot reach
    across an ASCII character, so the folded runs join into the folded text."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    wide = np.flatnonzero(codes >= 128)
    if not wide.size:
        return text.lower(), True
    distinct, where = np.unique(codes[wide], return_inverse=True)
    folds = [_FOLDS[chr(code)] for code in distinct.tolist()]
    if all(len(one) == 1 and not unicodedata.combining(one) for one in folds):
        folded_codes = codes + ((codes >= 65) & (codes <= 90)).astype(np.uint32) * 32
        folded_codes[wide] = np.array([ord(one) for one in folds], dtype=np.uint32)[where]
        folded = folded_codes.tobytes().decode("utf-32-le", "surrogatepass")
        return folded, not any(not one.isascii() and _LETTER.match(one) for one in folds)
    lowered = text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
    folded = _NON_ASCII.sub(_fold_run, lowered)
    return folded, ascii_letters(folded)


def fold_text(text: str) -> str:
    """``fold(text)``, quicker for a long text (see ``fold_document``)."""
    return fold_document(text)[0]


def _fold_run(match: re.Match[str]) -> str:
    return _FOLDS[match.group()]


def ascii_letters(folded: str) -> bool:
    """Whether every letter of the text is an ASCII one (so an ASCII word pattern finds every
    word): only the runs of non-ASCII characters are looked at."""
    return not any(_LETTER.search(run) for run in set(_NON_ASCII.findall(folded)))


# -- units -------------------------------------------------------------------------------------------------
_SPANS: dict[tuple[str, int, str], tuple[str, list[tuple[int, int]]]] = {}


def unit_spans(
    project: Project, document_id: int, digest: str, text: str, unit: str
) -> list[tuple[int, int]]:
    """The document's sentences, paragraphs or speaker turns, each without its speaker label;
    kept while the document's text is unchanged (a second ranking need not split it again)."""
    key = (str(project.path), document_id, unit)
    cached = _SPANS.get(key)
    if cached is not None and cached[0] == digest:
        return cached[1]
    spans = _split_units(project, document_id, text, unit)
    _SPANS[key] = (digest, spans)
    return spans


def _split_units(project: Project, document_id: int, text: str, unit: str) -> list[tuple[int, int]]:
    cursor = project.connection.cursor()
    cursor.row_factory = None  # plain tuples: thousands of rows per document
    turns = cursor.execute(
        'SELECT start, content_start, "end" FROM speaker_turns WHERE document_id = ? ORDER BY ordinal',
        (document_id,),
    ).fetchall()
    if unit == "turn":
        return [(content, end) for _, content, end in turns if end > content]
    labels = {start: content for start, content, _ in turns}
    paragraphs = cursor.execute(
        'SELECT start, "end" FROM paragraphs WHERE document_id = ? ORDER BY ordinal', (document_id,)
    ).fetchall()
    paragraphs = [(labels.get(start, start), end) for start, end in paragraphs]
    paragraphs = [(start, end) for start, end in paragraphs if end > start]
    if unit == "paragraph":
        return paragraphs
    return sentence_spans(text, paragraphs)
