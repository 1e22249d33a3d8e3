"""Property test: on random texts of accented, mixed-case words and punctuation, every search
mode finds exactly what Python's ``re`` finds over the folded text (accents and case removed),
with offsets into the original text."""

from __future__ import annotations

import re
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caqda.core import documents
from caqda.core.project import Project
from caqda.core.search import search

WORDS = ["São", "sao", "PAULO", "paulo", "enfermagem", "Enfermeira", "ação", "acao", "Ouvidoria", "é", "e"]
GLUE = [" ", "  ", ", ", ". ", "\n", "-", "; "]


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), min_size=1, max_size=40).map(
    lambda pairs: "".join(word + glue for word, glue in pairs).strip() or "x"
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(texts, min_size=1, max_size=3),
    st.sampled_from(["sao", "SÃO PAULO", "enferm", "ação", "e", "ouvidoria", "paulo enfermagem", "xyz"]),
)
def test_modes_agree_with_re_over_folded_text(bodies: list[str], query: str) -> None:
    with tempfile.TemporaryDirectory() as folder, Project.create(Path(folder) / "p.caqda") as project:
        ids = []
        for number, body in enumerate(bodies):
            prepared = documents.prepare_text(body)
            result = documents.store_document(
                project, prepared, name=f"D{number}", source_name=f"d{number}", source_format="txt",
                allow_duplicate=True,
            )  # fmt: skip
            assert result.document is not None
            ids.append(result.document.id)
        folded = {i: fold(documents.document_text(project, i)) for i in ids}
        words = [re.escape(fold(w)) for w in query.split()]
        expected = {
            "contains": r"\s+".join(words),
            "whole_word": r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)",
            "phrase": r"(?<!\w)" + r"\W+".join(words) + r"(?!\w)",
        }
        for mode, pattern in expected.items():
            found = {(h.document_id, h.start, h.end) for h in search(project, query, mode=mode)}
            brute = {(i, m.start(), m.end()) for i, t in folded.items() for m in re.finditer(pattern, t)}
            assert found == brute, (mode, query)
