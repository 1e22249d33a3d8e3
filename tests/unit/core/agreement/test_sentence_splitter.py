"""The whole-text sentence splitter against the sentence-by-sentence reading it replaced (kept in
the module as ``_split``): the same sentences on varied synthetic transcripts, with and without
paragraphs, including paragraphs that begin inside a word or come out of order."""

from __future__ import annotations

import random

import pytest

from caqda.core.agreement.sentences import _split, sentence_spans

PIECES = (
    "Dr.", "Sra.", "Srta.", "dra.", "Pág.", "PÁG.", "etc.", "e.g.", "i.e.", "No.", "ſt.", "Av.", "approx.",
    "3.5", "2023.", "4.", "R$ 3,50.", "...", "…", "……", "?!", "!!", "?", ".", "!", "Sim.",
    "\"Sim.\"", "'ok.'", "(isto.)", "[x.]", "»fim.«", "“Ótimo.”", "‘ok.’", "a", "B.", "x", "Ana",
    "ação.", "Élan.", "ÉLAN", "zé.", "İ.", "ß.", "😀", "paciente", "equipe.", "Enfermagem", "O",
    " ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2003", "\u3000", "Interviewer:", "E05:", "3a.", "a3.",
    "_x.", "x_.", "ab.cd", "Maria.", "maria", "²", "½.",
)  # fmt: skip


def _transcript(generator: random.Random) -> str:
    words = [
        generator.choice(PIECES)
        + ("" if generator.random() < 0.3 else generator.choice((" ", " ", "\n", "  ")))
        for _ in range(generator.randint(0, 60))
    ]
    return "".join(words)


def _reference(text: str, paragraphs: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    spans = paragraphs if paragraphs is not None else [(0, len(text))]
    return [piece for start, end in spans for piece in _split(text, start, end)]


def _line_paragraphs(text: str) -> list[tuple[int, int]]:
    """Lines as paragraphs, each without a speaker label (the way the sentence unit reads them)."""
    spans, start = [], 0
    for line in text.split("\n"):
        label = line.find(":")
        skip = label + 2 if 0 <= label < 15 and line[label + 1 : label + 2] == " " else 0
        spans.append((start + min(skip, len(line)), start + len(line)))
        start += len(line) + 1
    return spans


@pytest.mark.parametrize("seed", range(4))
def test_same_sentences_as_the_reference_on_synthetic_transcripts(seed: int) -> None:
    generator = random.Random(seed)
    for _ in range(200):
        text = _transcript(generator)
        cuts = sorted(generator.sample(range(len(text) + 1), min(len(text) + 1, generator.randint(0, 10))))
        arbitrary = list(zip(cuts[::2], cuts[1::2], strict=False))  # may begin or end inside words
        for paragraphs in (None, _line_paragraphs(text), arbitrary, arbitrary[::-1], arbitrary * 2):
            assert sentence_spans(text, paragraphs) == _reference(text, paragraphs), (text, paragraphs)


def test_sentences_of_a_transcript_read_as_a_person_would() -> None:
    text = (
        "Interviewer: Sra. Lima, o Dr. Paulo falou com a senhora? E05: Falou... e a dra. Ana também!\n"
        'Interviewer: Quanto tempo? E05: Uns 3.5 meses. "Foi bom." Depois, pág. 4. Fim…\n\n'
        "Interviewer: E então. ok"
    )
    paragraphs = _line_paragraphs(text)
    pieces = [text[start:end] for start, end in sentence_spans(text, paragraphs)]
    assert pieces == [
        "Sra. Lima, o Dr. Paulo falou com a senhora?",
        "E05: Falou... e a dra. Ana também!",
        "Quanto tempo?",
        "E05: Uns 3.5 meses.",
        '"Foi bom."',
        "Depois, pág. 4.",
        "Fim…",
        "E então. ok",
    ]
    assert sentence_spans(text, []) == []
    assert sentence_spans("   \n  ") == []
