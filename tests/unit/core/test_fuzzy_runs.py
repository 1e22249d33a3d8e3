"""Fuzzy search for several words, checked against a brute-force scorer written here (both
ways of making the runs: with numpy for many anchors, one by one for few).

The reference follows the rule as documented in caqda.core.fuzzy_runs, one anchor at a time with
plain loops: anchors found by trying every place of the text, words split in a slice of the
text, each run folded word by word and scored alone with rapidfuzz's ``fuzz.ratio``, and the
best non-overlapping runs picked by checking every run chosen before.
"""

from __future__ import annotations

import random
import re
import unicodedata

import pytest
from rapidfuzz import fuzz

from caqda.core import documents
from caqda.core.fuzzy_runs import WORD, anchor_pattern, run_places
from caqda.core.project import Project
from caqda.core.search import search
from tests.conftest import REPO, add_text

_WORD_RULE = r"\w+(?:[-'’]\w+)*"  # the documented rule, spelled out again here


@pytest.fixture(autouse=True, params=["arrays", "one by one"])
def way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test runs both ways of making the runs: with numpy, and anchor by anchor."""
    monkeypatch.setattr("caqda.core.fuzzy_runs._with_arrays", lambda anchors: request.param == "arrays")
    return str(request.param)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _same_letter(char: str, letter: str) -> bool:
    return _fold(char) == letter


def _anchors(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """Every whole word (or part of a hyphenated word) whose letters fold one by one to those
    of one of ``terms`` (as the search's patterns ask: "straße" is not "strasse")."""
    found = []
    for start in range(len(text)):
        if start and _word_char(text[start - 1]):
            continue
        for end in range(start + 1, len(text) + 1):
            if end < len(text) and _word_char(text[end]):
                continue
            word = text[start:end]
            if any(len(term) == len(word) and all(map(_same_letter, word, term)) for term in terms):
                found.append((start, end))
    return found


def _reference(
    text: str, terms: set[str], query: str, min_score: float, windows: tuple[int, int]
) -> list[tuple[int, int, float]]:
    fewest, most = windows
    reach = int(len(query) * (200 / min_score - 1)) + 10
    runs: dict[tuple[int, int], str] = {}  # in the order first found
    for start, end in _anchors(text, terms):
        low = max(0, start - reach)
        while low and _word_char(text[low - 1]):
            low -= 1
        piece = text[low : min(end + reach, len(text))]
        words = [(low + m.start(), low + m.end()) for m in re.finditer(_WORD_RULE, piece)]
        holding = [n for n, (a, b) in enumerate(words) if a <= start < b]
        assert len(holding) == 1
        anchor = holding[0]
        for size in range(fewest, most + 1):
            for first in range(anchor - size + 1, anchor + 1):
                if first < 0 or first + size > len(words):
                    continue
                span = (words[first][0], words[first + size - 1][1])
                if span not in runs:
                    runs[span] = " ".join(_fold(text[a:b]) for a, b in words[first : first + size])
    scored = [(span, fuzz.ratio(query, run), order) for order, (span, run) in enumerate(runs.items())]
    passing = sorted(
        (item for item in scored if item[1] >= min_score),
        key=lambda item: (-item[1], item[0][1] - item[0][0], item[2]),
    )
    chosen: list[tuple[int, int, float]] = []
    for (start, end), score, _ in passing:
        if all(end <= other[0] or other[1] <= start for other in chosen):
            chosen.append((start, end, score))
    return sorted(chosen)


_PIECES = [
    "ward", "Ward", "wárd", "WARD", "wards", "forwarded", "manager", "Mánager", "mangr", "maneger",
    "managers", "the", "a", "o", "straße", "ﬁne", "x_y", "42", "thank-you", "it's", "l’eau",
    "ward-manager", "manager's", "😀", "İstanbul", "e\u0301", "hospital", "hospitl", "São", "Paulo",
    "wardmanagerwardmanagerwardmanager", "the ward manager", "o hospitl São Paulo", "Straße Ward",
    "São  Paulo", "sao-paulo", "ward, mangr", "ward\x00manager", "x" * 45 + "ward", "ab-" * 20 + "ward",
    "hospitalhospitalhospitalhospitalhospitalhospitalhospital",
]  # fmt: skip
_GAPS = [
    " ",
    " ",
    " ",
    "  ",
    "\n",
    ", ",
    ". ",
    " - ",
    "-",
    "'",
    "’",
    " -- ",
    "\x00",
    "",
    ".....................",
]


def _random_text(generator: random.Random, words: int) -> str:
    parts = []
    for _ in range(words):
        parts.append(generator.choice(_PIECES))
        parts.append(generator.choice(_GAPS))
    return "".join(parts)


@pytest.mark.parametrize(
    ("terms", "query", "min_score"),
    [
        ({"ward"}, "ward mangr", 85.0),
        ({"ward", "wards"}, "ward mangr", 60.0),
        ({"manager", "mangr", "maneger", "managers"}, "the ward manager", 75.0),
        ({"manager"}, "manager ward", 50.0),
        ({"strasse", "ward"}, "strase ward", 70.0),
        ({"hospital", "hospitl"}, "o hospitl sao paulo", 80.0),
        ({"a", "o"}, "a ward", 65.0),
        ({"sao"}, "sao paulo", 100.0),
    ],
)
def test_runs_match_the_brute_force_scorer(terms: set[str], query: str, min_score: float) -> None:
    generator = random.Random(f"{query}{min_score}")
    windows = (max(1, len(query.split()) - 1), len(query.split()) + 1)
    pattern, whole = anchor_pattern(terms)
    assert whole
    texts = [_random_text(generator, generator.randint(0, 60)) for _ in range(40)] + [
        "",
        "ward",
        "ward mangr",
    ]
    expected = [_reference(text, terms, query, min_score, windows) for text in texts]
    assert sum(map(len, expected)) > 10  # the texts hold runs to find
    assert run_places(texts, pattern, query, min_score, windows, whole_anchors=whole) == expected
    # One text at a time, as when a single document is searched, gives the same.
    for text, places in zip(texts, expected, strict=True):
        assert run_places([text], pattern, query, min_score, windows, whole_anchors=whole) == [places]


def test_anchors_found_inside_words_are_skipped() -> None:
    """Without the whole-word pattern (letters that are not word characters in a term), the
    places inside words are skipped one by one: the same runs either way."""
    generator = random.Random(5)
    texts = [_random_text(generator, 50) for _ in range(30)]
    plain = re.compile("[Ww][AaÁá][Rr][Dd]")
    pattern, _ = anchor_pattern({"ward"})
    expected = [_reference(text, {"ward"}, "ward mangr", 80.0, (1, 3)) for text in texts]
    assert run_places(texts, plain, "ward mangr", 80.0, (1, 3), whole_anchors=False) == expected
    assert run_places(texts, pattern, "ward mangr", 80.0, (1, 3), whole_anchors=True) == expected


def test_every_word_as_anchor() -> None:
    """Letters the index cannot fold: every word is an anchor (``WORD`` finds whole words)."""
    generator = random.Random(9)
    texts = [_random_text(generator, 40) for _ in range(20)]
    every_word = {_fold(word) for text in texts for word in WORD.findall(text)}
    expected = [_reference(text, every_word, "ward mangr", 85.0, (1, 3)) for text in texts]
    assert sum(map(len, expected)) > 5
    assert run_places(texts, WORD, "ward mangr", 85.0, (1, 3), whole_anchors=True) == expected


def test_word_boundaries_are_python_word_characters() -> None:
    """The whole-word pattern relies on ``\\w`` meaning exactly ``isalnum()`` or "_"."""
    word = re.compile(r"\w")
    assert all(
        bool(word.match(chr(point))) == _word_char(chr(point))
        for point in range(0x110000)
        if not 0xD800 <= point < 0xE000
    )


def test_search_of_several_words_lists_the_reference_runs(project: Project) -> None:
    """Through search(): the anchors are the words resembling (ratio ≥ 70) the query word that
    has the fewest such words in the text."""
    generator = random.Random(3)
    ids = [add_text(project, f"Interview {n}", _random_text(generator, 80)) for n in range(6)]
    texts = [documents.document_text(project, document_id) for document_id in ids]
    tokens = [token for text in texts for token in re.findall(r"[^\W_]+", _fold(text))]
    fewest: set[str] | None = None
    for word in ("ward", "mangr"):
        similar = {token for token in tokens if fuzz.ratio(word, token) >= 70}
        if fewest is None or sum(token in similar for token in tokens) < sum(
            token in fewest for token in tokens
        ):
            fewest = similar
    assert fewest
    hits = search(project, "ward mangr", mode="fuzzy", min_score=85)
    expected = [
        (document_id, start, end, score)
        for document_id, text in zip(ids, texts, strict=True)
        for start, end, score in _reference(text, fewest, "ward mangr", 85.0, (1, 3))
    ]
    assert expected
    assert [(h.document_id, h.start, h.end, h.score) for h in hits] == expected


def test_a_tie_goes_to_the_run_found_first() -> None:
    """ "ab ab" and "ab ax" both score 60 against "ab cd", have the same length and overlap:
    the one found first (from the first anchor) is kept."""
    pattern, whole = anchor_pattern({"ab"})
    expected = _reference("ab ab ax", {"ab"}, "ab cd", 60.0, (1, 3))
    assert expected == [(0, 5, 60.0)]
    assert run_places(["ab ab ax"], pattern, "ab cd", 60.0, (1, 3), whole_anchors=whole) == [expected]


def test_anchors_taken_a_few_at_a_time_give_the_same_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs are made for a bounded number of anchors at a time: a run found again in the next
    group (from a nearby anchor) must not change what is chosen."""
    monkeypatch.setattr("caqda.core.fuzzy_runs._CHUNK", 3)
    generator = random.Random(11)
    texts = [_random_text(generator, 60) for _ in range(20)] + ["ward ward ward mangr ward"]
    pattern, whole = anchor_pattern({"ward", "wards"})
    for query, score in (("ward mangr", 85.0), ("ward ward", 60.0), ("ab cd", 60.0)):
        expected = [_reference(text, {"ward", "wards"}, query, score, (1, 3)) for text in texts]
        assert run_places(texts, pattern, query, score, (1, 3), whole_anchors=whole) == expected
    assert run_places(
        ["ab ab ax"], *anchor_pattern({"ab"})[:1], "ab cd", 60.0, (1, 3), whole_anchors=True
    ) == [[(0, 5, 60.0)]]


def test_few_anchors_do_without_numpy() -> None:
    """Importing numpy would cost more than a search with few anchors (a rare word) takes."""
    import subprocess
    import sys

    code = (
        "import sys; from caqda.core.fuzzy_runs import anchor_pattern, run_places; "
        "pattern, whole = anchor_pattern({'ward'}); "
        "print(run_places(['the ward manager said'] * 50, pattern, 'ward mangr', 85.0, (1, 3), "
        "whole_anchors=whole)[0], 'numpy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == "[(4, 16, 90.9090909090909)] False"
