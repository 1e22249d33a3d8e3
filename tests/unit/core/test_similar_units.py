"""The quick folding of whole documents gives exactly what folding character by character
(``fold``) gives, on text mixing ASCII with accents, ligatures, combining marks in any order,
compatibility characters, Hangul, emoji and a stray surrogate; and the ASCII-letters test."""

from __future__ import annotations

import random

import pytest

from caqda.core.similar_units import ascii_letters, fold, fold_text

ALPHABET = (
    "a", "Z", "e", " ", "\n", ".", "3", "_", "ç", "Ç", "ã", "É", "ô", "Ü", "ß", "ẞ", "ﬁ", "ﬃ", "℡", "İ",
    "ı", "Σ", "ς", "σ", "K", "Å", "ｆ", "Ａ", "²", "½", "Ⅸ", "한", "글", "e\u0301", "\u0301", "\u0323",
    "\u0301\u0323", "\u0323\u0301", "\u0345", "ǅ", "ŉ", "😀", "\u00a0", "\ud800", "ǰ", "ΐ", "ﬀ", "Ω",
)  # fmt: skip


@pytest.mark.parametrize("seed", range(4))
def test_folding_a_document_at_once_is_folding_it_character_by_character(seed: int) -> None:
    generator = random.Random(seed)
    for _ in range(500):
        text = "".join(generator.choice(ALPHABET) for _ in range(generator.randint(0, 30)))
        assert fold_text(text) == fold(text), ascii(text)


def test_folding_keeps_ascii_and_drops_accents() -> None:
    assert fold_text("Ação no CORAÇÃO, Straße ﬁm") == "acao no coracao, strasse fim"
    assert ascii_letters(fold_text("Ação, coração — “espera”… 😀"))
    assert not ascii_letters(fold_text("Ørsted"))
    assert not ascii_letters(fold_text("한글"))
