"""The units similar passages ranks (sentences, paragraphs, speaker turns) and the folded text
they are compared in (lower case, no accents), read quickly for a whole project.

A document's units are kept while its text is unchanged (a coder moving from code to code
need not split the project again)."""

from __future__ import annotations

import re
import unicodedata

from caqda.core.agreement.sentences import sentence_spans
from caqda.core.project import Project

_COMBINING = re.compile(r"[\u0300-\u036f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_LETTER = re.compile(r"[^\W\d_]")


def fold(text: str) -> str:
    """Lower case without accents, keeping the length whenever the letters allow."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


class _RunFolds(dict[str, str]):
    """fold() of each run of non-ASCII characters met, worked out once."""

    def __missing__(self, run: str) -> str:
        if len(self) > 100_000:
            self.clear()  # a corpus in many scripts: forget rather than grow without end
        folded = self[run] = fold(run)
        return folded


_RUNS = _RunFolds()


def fold_text(text: str) -> str:
    """``fold(text)`` for a long text, several times quicker: the ASCII letters are lowered as
    bytes and each distinct run of other characters is folded once. The result is the same:
    case folding works character by character, and normalisation can neither decompose nor
    reorder across an ASCII character, so the folded pieces join into the folded whole."""
    lowered = text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
    return _NON_ASCII.sub(_fold_run, lowered)


def _fold_run(match: re.Match[str]) -> str:
    return _RUNS[match.group()]


def ascii_letters(folded: str) -> bool:
    """Whether every letter of the text is an ASCII one (so an ASCII word pattern finds every
    word): only the few runs of non-ASCII characters are looked at."""
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
