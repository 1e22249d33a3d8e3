"""Search (exact and fuzzy, ignoring case and accents) and auto-coding of the hits."""

from __future__ import annotations

from itertools import pairwise

import pytest

from caqda.core import codebook, coders, documents
from caqda.core.coding import CodingFilter, list_codings
from caqda.core.project import Project
from caqda.core.search import SearchError, autocode, search


def _count_folded(project: Project, phrase: str) -> int:
    """Occurrences by plain string search over every document (an independent count)."""
    import unicodedata

    def fold(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    return sum(
        fold(documents.document_text(project, d.id)).count(fold(phrase))
        for d in documents.list_documents(project)
    )


def test_exact_search_ignores_case_and_accents(demo: Project) -> None:
    hits = search(demo, "sao paulo")
    assert len(hits) == _count_folded(demo, "São Paulo") > 0
    for hit in hits:
        text = documents.document_text(demo, hit.document_id)
        assert text[hit.start : hit.end] == hit.text and hit.text.casefold() == "são paulo"


def test_fuzzy_search_finds_variants(demo: Project) -> None:
    exact = search(demo, "ouvidoria")
    fuzzy = search(demo, "ouvidoira", min_score=85)  # a typo
    assert {(h.document_id, h.start) for h in exact} <= {(h.document_id, h.start) for h in fuzzy}
    assert all(h.score >= 85 for h in fuzzy)
    phrase = search(demo, "send us a private message", min_score=80)
    assert any(h.text == "send a private message" for h in phrase)


def test_hits_never_overlap_and_stay_in_chosen_documents(demo: Project) -> None:
    e05 = documents.find_document(demo, "E05 Nursing coordinator")
    hits = search(demo, "patient", min_score=80, document_ids=[e05.id])
    assert hits and {h.document_id for h in hits} == {e05.id}
    spans = sorted((h.start, h.end) for h in hits)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))


def test_bad_queries_are_refused(demo: Project) -> None:
    with pytest.raises(SearchError, match="at least one word"):
        search(demo, "   ")
    with pytest.raises(SearchError, match="at least one word"):
        search(demo, "  ...  ", mode="phrase")
    with pytest.raises(SearchError, match="between 50"):
        search(demo, "ouvidoria", min_score=20)


@pytest.mark.parametrize("unit", ["hit", "sentence", "paragraph", "turn"])
def test_autocode_codes_every_hit_once(demo: Project, unit: str) -> None:
    code = codebook.add_code(demo, "Mentions of the ouvidoria")
    carla = coders.ensure_coder(demo, "Carla")
    hits = search(demo, "ouvidoria")
    first = autocode(demo, hits, code_id=code.id, coder_id=carla.id, unit=unit)
    codings = list_codings(demo, CodingFilter(code_ids=(code.id,)))
    assert first.added == len(codings) > 0
    for hit in hits:
        assert any(
            c.document_id == hit.document_id and c.start <= hit.start and hit.end <= c.end for c in codings
        )
    again = autocode(demo, hits, code_id=code.id, coder_id=carla.id, unit=unit)
    assert again.added == 0 and again.already == first.added
