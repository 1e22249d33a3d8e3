"""Search across documents, exact or fuzzy, and auto-coding of what it finds.

Fuzzy search compares the query with every run of words of about the query's length
(rapidfuzz does the scoring in C, over all candidate windows at once), ignoring case and
accents, so "sao paulo" finds "São Paulo" and "ouvidora" finds "ouvidoria". Overlapping
windows are reduced to the best one. Offsets are code points, like everything in a project.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from caqda.core import documents
from caqda.core.coding import add_coding
from caqda.core.errors import CaqdaError
from caqda.core.project import Project

_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
UNITS = ("hit", "sentence", "paragraph", "turn")


class SearchError(CaqdaError):
    pass


@dataclass(frozen=True)
class Hit:
    document_id: int
    document: str
    start: int
    end: int
    score: float
    text: str
    before: str
    after: str


def fold(text: str) -> str:
    """Lower case without accents: the form both sides are compared in."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def search(
    project: Project,
    query: str,
    *,
    min_score: float = 100.0,
    document_ids: list[int] | None = None,
    context: int = 60,
    limit: int = 2000,
) -> list[Hit]:
    """Places where ``query`` occurs. ``min_score`` 100 finds exact matches (ignoring case and
    accents); lower values (e.g. 85) allow misspellings and variants."""
    words = _WORD.findall(query)
    if not words:
        raise SearchError("Type at least one word to search for.")
    if not 50 <= min_score <= 100:
        raise SearchError("The fuzzy score must lie between 50 (very loose) and 100 (exact).")
    wanted = {d.id for d in documents.list_documents(project)} if document_ids is None else set(document_ids)
    hits: list[Hit] = []
    for document in documents.list_documents(project):
        if document.id not in wanted:
            continue
        text = documents.document_text(project, document.id)
        for start, end, score in _find(text, fold(" ".join(words)), len(words), min_score):
            hits.append(
                Hit(
                    document.id,
                    document.name,
                    start,
                    end,
                    score,
                    text[start:end],
                    " ".join(text[max(0, start - context) : start].split()),
                    " ".join(text[end : end + context].split()),
                )
            )
            if len(hits) >= limit:
                return hits
    return hits


def _find(text: str, folded_query: str, word_count: int, min_score: float) -> list[tuple[int, int, float]]:
    spans = [(match.start(), match.end()) for match in _WORD.finditer(text)]
    if min_score >= 100:
        return [(a, b, 100.0) for a, b in _exact(text, spans, folded_query, word_count)]
    sizes = sorted({max(1, word_count - 1), word_count, word_count + 1})
    windows: list[tuple[int, int]] = []
    candidates: list[str] = []
    folded_words = [fold(text[a:b]) for a, b in spans]
    for size in sizes:
        for index in range(len(spans) - size + 1):
            windows.append((spans[index][0], spans[index + size - 1][1]))
            candidates.append(" ".join(folded_words[index : index + size]))
    scored = process.extract(folded_query, candidates, scorer=fuzz.ratio, score_cutoff=min_score, limit=None)
    best: list[tuple[int, int, float]] = []
    for _, score, index in sorted(
        scored, key=lambda item: (-item[1], windows[item[2]][1] - windows[item[2]][0])
    ):
        start, end = windows[index]
        if all(end <= a or start >= b for a, b, _ in best):
            best.append((start, end, float(score)))
    return sorted(best)


def _exact(
    text: str, spans: list[tuple[int, int]], folded_query: str, word_count: int
) -> list[tuple[int, int]]:
    found = []
    folded_words = [fold(text[a:b]) for a, b in spans]
    target = folded_query.split(" ")
    for index in range(len(spans) - word_count + 1):
        if folded_words[index : index + word_count] == target:
            found.append((spans[index][0], spans[index + word_count - 1][1]))
    return found


@dataclass(frozen=True)
class AutocodeResult:
    added: int
    already: int
    coding_ids: tuple[int, ...] = ()


def autocode(
    project: Project, hits: list[Hit], *, code_id: int, coder_id: int, unit: str = "hit"
) -> AutocodeResult:
    """Code every hit (or the sentence, paragraph or speaker turn around it) with ``code_id``
    for ``coder_id``, in one transaction; a range the coder already coded so is skipped."""
    if unit not in UNITS:
        raise SearchError(f"Auto-code the hit itself or its {', '.join(UNITS[1:])}, not '{unit}'.")
    spans: dict[int, set[tuple[int, int]]] = {}
    for hit in hits:
        spans.setdefault(hit.document_id, set()).add(_widen(project, hit, unit))
    already = 0
    created: list[int] = []
    with project.transaction():
        for document_id, ranges in spans.items():
            existing = {
                (row[0], row[1])
                for row in project.rows(
                    'SELECT start, "end" FROM codings WHERE document_id = ? AND code_id = ? AND coder_id = ?',
                    (document_id, code_id, coder_id),
                )
            }
            for start, end in sorted(ranges):
                if (start, end) in existing:
                    already += 1
                    continue
                coding = add_coding(
                    project, document_id=document_id, code_id=code_id, coder_id=coder_id, start=start, end=end
                )
                created.append(coding.id)
    return AutocodeResult(len(created), already, tuple(created))


def _widen(project: Project, hit: Hit, unit: str) -> tuple[int, int]:
    if unit == "hit":
        return hit.start, hit.end
    if unit == "turn":
        for turn in documents.speaker_turns(project, hit.document_id):
            if turn.start <= hit.start < turn.end:
                return turn.content_start, turn.end
    paragraphs = [(p.start, p.end) for p in documents.paragraphs(project, hit.document_id)]
    paragraph = next(((a, b) for a, b in paragraphs if a <= hit.start < b), (hit.start, hit.end))
    if unit == "sentence":
        from caqda.core.agreement.sentences import sentence_spans

        text = documents.document_text(project, hit.document_id)
        for a, b in sentence_spans(text, [paragraph]):
            if a <= hit.start < b:
                return a, max(b, hit.end)
    return paragraph
