"""The quick folding of whole documents gives exactly what folding character by character
(``fold``) gives, on text mixing ASCII with accents, ligatures, combining marks in any order,
compatibility characters, Hangul, emoji and a stray surrogate; and the ASCII-letters test."""

from __future__ import annotations

import random

import pytest

from caqda.core.similar_units import ascii_letters, fold, fold_document, fold_text

# characters that fold to one character (read character by character) ...
SINGLE = (
    "a", "Z", "e", " ", "\n", ".", "3", "_", "ç", "Ç", "ã", "É", "ô", "Ü", "ı", "Σ", "ς", "σ", "K",
    "Å", "ｆ", "Ａ", "²", "Ω", "😀", "\u00a0", "\ud800", "Ø", "ð", "ħ", "Ж", "ж", "ʼ",
)  # fmt: skip
# ... and characters that fold to several or none (ligatures, Hangul, combining marks)
SEVERAL = (
    "ß", "ẞ", "ﬁ", "ﬃ", "℡", "İ", "½", "Ⅸ", "한", "글", "e\u0301", "\u0301", "\u0323", "\u0301\u0323",
    "\u0323\u0301", "\u0345", "ǅ", "ŉ", "ǰ", "ΐ", "ﬀ", "\u0591", "\u05b0\u0591",
)  # fmt: skip


@pytest.mark.parametrize("seed", range(4))
def test_folding_a_document_at_once_is_folding_it_character_by_character(seed: int) -> None:
    assert all(len(fold(character)) == 1 for character in SINGLE)
    generator = random.Random(seed)
    marks = ("\u0591", "\u05b0", "\u05c1")  # combining marks that fold to themselves, in any order
    for alphabet in (SINGLE, SINGLE + marks, SINGLE + SEVERAL):
        for _ in range(300):
            text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 30)))
            folded, ascii_only = fold_document(text)
            assert folded == fold(text), ascii(text)
            assert ascii_only == ascii_letters(fold(text)), ascii(text)


def test_folding_keeps_ascii_and_drops_accents() -> None:
    assert fold_text("Ação no CORAÇÃO, Straße ﬁm") == "acao no coracao, strasse fim"
    assert ascii_letters(fold_text("Ação, coração — “espera”… 😀"))
    assert not ascii_letters(fold_text("Ørsted"))
    assert not ascii_letters(fold_text("한글"))
