"""Find similar passages on hand-made interviews where the nearest passage is known: a coded
sentence and its near-copies (other accents, other case, other word forms) among unrelated
ones; the ranking's first choice agrees with scikit-learn's TF-IDF nearest neighbour."""

from __future__ import annotations

import pytest

from caqda.core import codebook, coders, documents
from caqda.core.coding import add_coding, list_codings
from caqda.core.project import Project
from caqda.core.similar import (
    SimilarError,
    accept_suggestion,
    dismiss_suggestion,
    passages_like,
    similar_passages,
    undismiss_suggestion,
)

FIRST = """Interviewer: Como foi o atendimento?
E01: A espera na emergência foi de cinco horas e ninguém explicou nada. O médico foi gentil.
Interviewer: E a comida?
E01: A comida do hospital estava fria. O quarto era limpo e silencioso.
"""
SECOND = """Interviewer: Conte sobre a sua visita.
E02: ESPERA NA EMERGENCIA DE QUASE CINCO HORAS, sem explicação. A enfermeira trouxe água.
Interviewer: E o estacionamento?
E02: O estacionamento é caro e fica longe da entrada principal.
E02: Esperamos horas na emergência sem que ninguém explicasse o atraso.
"""


@pytest.fixture
def coded(project: Project) -> tuple[Project, int, int]:
    ids = []
    for name, text in (("E01", FIRST), ("E02", SECOND)):
        stored = documents.store_document(
            project, documents.prepare_text(text), name=name, source_name=f"{name}.txt", source_format="txt"
        )
        assert stored.document is not None
        ids.append(stored.document.id)
    coder = coders.ensure_coder(project, "Ana")
    code = codebook.add_code(project, "Waiting")
    text = documents.document_text(project, ids[0])
    start = text.index("A espera")
    end = text.index("nada.") + len("nada.")
    add_coding(project, document_id=ids[0], code_id=code.id, coder_id=coder.id, start=start, end=end)
    return project, code.id, coder.id


def test_the_near_copy_comes_first_with_the_coded_passage_beside_it(coded):
    project, code_id, _ = coded
    suggestions = similar_passages(project, code_id, unit="sentence", top=5)
    assert suggestions[0].passage.text.startswith("ESPERA NA EMERGENCIA DE QUASE CINCO HORAS")
    assert suggestions[0].passage.document == "E02"
    assert suggestions[0].nearest.text.startswith("A espera na emergência foi de cinco horas")
    assert suggestions[1].passage.text.startswith("Esperamos horas na emergência")
    assert 0 < suggestions[1].score < suggestions[0].score <= 1
    # the coded sentence itself is never suggested; unrelated sentences score below the copies
    assert all("A espera na emergência" not in s.passage.text for s in suggestions)
    texts = [s.passage.text for s in suggestions]
    assert all(not t.startswith("O estacionamento") for t in texts[:2])


def test_agrees_with_scikit_learn_on_the_nearest_unit(coded):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    project, code_id, _ = coded
    ours = similar_passages(project, code_id, unit="sentence", top=50)
    coded_text = list_codings(project)[0]
    first = documents.document_text(project, coded_text.document_id)[coded_text.start : coded_text.end]
    candidates = [s.passage.text for s in ours]
    vectoriser = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(3, 5), strip_accents="unicode", lowercase=True
    )
    matrix = vectoriser.fit_transform([first, *candidates])
    similarity = cosine_similarity(matrix[0], matrix[1:])[0]
    assert candidates[int(similarity.argmax())] == ours[0].passage.text


def test_units_paragraph_and_turn_leave_out_speaker_labels(coded):
    project, code_id, _ = coded
    turns = similar_passages(project, code_id, unit="turn", top=3)
    firsts = {s.passage.text.split()[0] for s in turns[:2]}
    assert firsts == {"ESPERA", "Esperamos"}  # the labels ("E02:") are not part of a turn
    paragraphs = similar_passages(project, code_id, unit="paragraph", top=3)
    assert paragraphs[0].passage.document == "E02"
    with pytest.raises(SimilarError, match="unit"):
        similar_passages(project, code_id, unit="page")


def test_accept_codes_it_and_dismiss_is_remembered(coded):
    project, code_id, coder_id = coded
    best = similar_passages(project, code_id, top=3)[0]
    coding = accept_suggestion(project, best, code_id=code_id, coder_id=coder_id)
    assert (coding.start, coding.end) == (best.passage.start, best.passage.end)
    after = similar_passages(project, code_id, top=3)
    assert after[0].passage.text.startswith("Esperamos horas")  # the accepted one is coded now
    dismiss_suggestion(project, after[0], code_id=code_id)
    again = similar_passages(project, code_id, top=3)
    assert all(not s.passage.text.startswith("Esperamos horas") for s in again)
    undismiss_suggestion(project, after[0], code_id=code_id)
    assert similar_passages(project, code_id, top=3)[0].passage.text.startswith("Esperamos horas")


def test_passages_like_a_selection(coded):
    project, _, _ = coded
    e01 = documents.find_document(project, "E01")
    text = documents.document_text(project, e01.id)
    start = text.index("A comida")
    found = passages_like(project, e01.id, start, start + len("A comida do hospital estava fria."), top=3)
    assert found and all(s.passage.start != start for s in found)
    assert found[0].nearest.text == "A comida do hospital estava fria."


def test_a_code_without_passages_says_so(project: Project):
    code = codebook.add_code(project, "Empty")
    with pytest.raises(SimilarError, match="holds no passages"):
        similar_passages(project, code.id)


def test_the_sparse_bm25_scores_as_a_plain_computation_does():
    """The numpy scoring gives what the textbook loop over each unit's terms gives: repeated
    unit texts, stems shared by two words, function words and words outside the query."""
    import math
    from collections import Counter

    from caqda.core import similar

    pieces = [
        "a espera na emergência foi longa",
        "esperamos horas na emergência, esperando",
        "o estacionamento é caro",
        "nada a ver",
        "a espera na emergência foi longa",
        "enfermeira e enfermagem: espera espera",
    ]
    query = Counter(similar._terms(similar.fold("Espera na emergência; a enfermeira esperou horas")))
    chosen = set(query)
    distinct = list(dict.fromkeys(similar.fold(piece) for piece in pieces))
    copies = [sum(similar.fold(piece) == text for piece in pieces) for text in distinct]
    found = [similar._WORD.findall(text) for text in distinct]
    words = [word for text in found for word in text]
    scores, idf = similar._bm25(
        distinct, copies, words, [len(text) for text in found], query, chosen, len(pieces)
    )

    terms = [Counter(t for t in similar._terms(text) if t in chosen) for text in distinct]
    frequency = Counter()
    for counted, n in zip(terms, copies, strict=True):
        for term in counted:
            frequency[term] += n
    count = len(pieces)
    expected_idf = {t: math.log(1 + (count - df + 0.5) / (df + 0.5)) for t, df in frequency.items()}
    assert idf == pytest.approx(expected_idf, abs=1e-12) and set(idf) == set(expected_idf)
    average = sum(len(text) * n for text, n in zip(distinct, copies, strict=True)) / count
    for text, counted, score in zip(distinct, terms, scores, strict=True):
        norm = similar._K1 * (1 - similar._B + similar._B * len(text) / average)
        plain = sum(
            expected_idf[t] * (1 + math.log(query[t])) * tf * (similar._K1 + 1) / (tf + norm)
            for t, tf in counted.items()
        )
        assert score == pytest.approx(plain, abs=1e-9)
    assert scores[distinct.index(similar.fold("nada a ver"))] == 0
    assert scores.max() > 0


@pytest.mark.parametrize(
    "text",
    [
        "Ação, coração — “espera” às 3h… ninguém!",
        "Ørsted, Straße et æther",
        "x² e ½ dose, a_b c1d",
        "ᴬᴮ superscript capitals and ｆｕｌｌ width",
    ],
)
def test_ascii_words_are_read_only_where_they_are_the_same_words(text):
    from caqda.core import similar, similar_units

    folded = similar.fold(text)
    ascii_words = [word.decode() for word in similar._ascii_words(folded) if len(word) > 1]
    if similar_units.ascii_letters(folded):
        assert ascii_words == similar._WORD.findall(folded)
    else:
        assert ascii_words != similar._WORD.findall(folded)
    assert similar_units.ascii_letters(similar.fold("Ação, coração — “espera”…"))
    assert not similar_units.ascii_letters(similar.fold("Ørsted"))


@pytest.mark.parametrize("block", [1, 7, 64, 1 << 22])
def test_cells_counted_in_blocks_as_a_sort_counts_them(monkeypatch, block):
    import random
    from collections import Counter

    import numpy as np

    from caqda.core import similar

    monkeypatch.setattr(similar, "_BLOCK", block)
    generator = random.Random(block)
    width, pieces = 5, 40
    lists = []
    for _ in range(2):  # like the first and second terms of each word: each list in piece order
        keys = [
            piece * width + generator.randrange(width)
            for piece in range(pieces)
            for _ in range(generator.randrange(4))
        ]
        lists.append(np.array(keys, dtype=np.int64))
    cells, counts = similar._cell_counts(lists, width, pieces)
    expected = sorted(Counter(int(key) for keys in lists for key in keys).items())
    assert list(zip(cells.tolist(), counts.tolist(), strict=True)) == expected
