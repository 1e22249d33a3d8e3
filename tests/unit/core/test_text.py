"""Normalisation, paragraphs, speaker turns and code-point/UTF-16 offsets (caqda.core.text)."""

from __future__ import annotations

import unicodedata
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from caqda.core.text import OffsetMap, line_number, line_starts, normalise, paragraph_spans, speaker_turns

SAO_DECOMPOSED = "Sa\u0303o Paulo"  # "a" + COMBINING TILDE, as macOS file names and some PDFs write it


# -- normalise ---------------------------------------------------------------------------------
def test_normalise_turns_every_line_break_into_lf():
    raw = "one\r\ntwo\rthree\u2028four\u2029five\x0bsix\x0cseven\x85eight"
    assert normalise(raw) == "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight"


def test_normalise_drops_byte_order_mark():
    assert normalise("\ufeffInterviewer: Olá") == "Interviewer: Olá"


def test_normalise_composes_decomposed_accents():
    assert len(SAO_DECOMPOSED) == 10  # the decomposed form really has the extra combining mark
    result = normalise(SAO_DECOMPOSED)
    assert result == "S\u00e3o Paulo"
    assert len(result) == 9
    assert unicodedata.is_normalized("NFC", result)


def test_normalise_drops_control_characters_but_keeps_tabs():
    assert normalise("Con\x00cei\x07ção\x1b\tok\x7f") == "Conceição\tok"


def test_normalise_drops_c1_control_characters():
    # U+0080..U+009F are controls (what stray Windows-1252 bytes become when read as Latin-1);
    # U+0085 NEXT LINE is a line break.
    assert normalise("ou\x81vi\x9ddoria\x85fim") == "ouvidoria\nfim"


def test_normalise_joins_surrogate_pairs_into_one_character():
    # RTF (and some Windows tools) write an emoji as its two UTF-16 halves.
    split_emoji = "café \ud83d\ude00!"
    assert len(split_emoji) == 8
    result = normalise(split_emoji)
    assert result == "café 😀!"
    assert len(result) == 7
    result.encode("utf-8")  # storable: no surrogates left


def test_normalise_replaces_lone_surrogates():
    result = normalise("a\ud83d b \ude00c")
    assert result == "a\ufffd b \ufffdc"
    result.encode("utf-8")


def test_normalise_strips_trailing_blanks_and_outer_blank_lines():
    raw = "\n\n  Interviewer: Olá  \t\r\n\r\nE05: Bom dia.   \n\n\n"
    # leading indentation of a line is kept; trailing blanks and outer empty lines go
    assert normalise(raw) == "  Interviewer: Olá\n\nE05: Bom dia."


def test_normalise_is_idempotent_on_already_clean_text():
    clean = "Interviewer: Você mora em São Paulo?\nE05: Sim, perto da ouvidoria."
    assert normalise(clean) == clean
    assert normalise(normalise("a\r\nb  \r\n")) == normalise("a\r\nb  \r\n")


# -- lines -------------------------------------------------------------------------------------
def test_line_starts_and_line_number():
    text = "ab\ncd\n\nef"
    starts = line_starts(text)
    assert starts == [0, 3, 6, 7]
    assert [line_number(starts, offset) for offset in (0, 2, 3, 6, 7, 8)] == [1, 1, 2, 3, 4, 4]


# -- paragraphs --------------------------------------------------------------------------------
def _slices(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in spans]


def test_paragraphs_one_per_line():
    text = "Interviewer: Olá.\nE05: Bom dia.\n   \nInterviewer: Tudo bem?"
    assert _slices(text, paragraph_spans(text)) == [
        "Interviewer: Olá.",
        "E05: Bom dia.",
        "Interviewer: Tudo bem?",
    ]


def test_paragraphs_of_hard_wrapped_blocks_keep_their_inner_line_breaks():
    text = "Ela disse que não\nvinha mais à ouvidoria\nporque\n\nDepois voltou para\ncasa em São Paulo"
    assert _slices(text, paragraph_spans(text)) == [
        "Ela disse que não\nvinha mais à ouvidoria\nporque",
        "Depois voltou para\ncasa em São Paulo",
    ]


def test_paragraph_spans_are_trimmed_and_do_not_overlap():
    text = "  first line  \n\n\tsecond\n\n third"
    spans = paragraph_spans(text)
    assert _slices(text, spans) == ["first line", "second", "third"]
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(spans))


def test_header_block_then_one_turn_per_line_is_not_one_wrapped_paragraph():
    # A very common layout: a header block, a blank line, then one turn per line.
    text = (
        "Entrevista E05\nDepartment: Nursing\nDate: 2024-03-12\n\n"
        "Interviewer: Olá.\nE05: Bom dia.\nInterviewer: Tudo bem?\nE05: Tudo."
    )
    assert _slices(text, paragraph_spans(text)) == [
        "Entrevista E05",
        "Department: Nursing",
        "Date: 2024-03-12",
        "Interviewer: Olá.",
        "E05: Bom dia.",
        "Interviewer: Tudo bem?",
        "E05: Tudo.",
    ]


def test_hard_wrapped_turns_on_several_pages_start_a_paragraph_at_each_label():
    # What a PDF's text layer gives: visual lines, pages separated by a blank line.
    text = (
        "Interviewer: Você mora em São Paulo?\nE05: Não, moro em Conceição, perto da\n"
        "ouvidoria do hospital.\n\nInterviewer: Desde quando?\nE05: Desde 2019, quando\nterminei."
    )
    assert _slices(text, paragraph_spans(text)) == [
        "Interviewer: Você mora em São Paulo?",
        "E05: Não, moro em Conceição, perto da\nouvidoria do hospital.",
        "Interviewer: Desde quando?",
        "E05: Desde 2019, quando\nterminei.",
    ]


# -- speaker turns -----------------------------------------------------------------------------
def _turns(text: str):
    return speaker_turns(text, paragraph_spans(text))


def test_turns_for_role_code_and_full_name_labels():
    text = (
        "Interviewer: Você mora em São Paulo?\n"
        "E05: Moro em Conceição.\n"
        "Ana Souza: Eu também.\n"
        "Interviewer: E a ouvidoria?\n"
        "E05: Funciona bem.\n"
        "Ana Souza: Concordo."
    )
    turns = _turns(text)
    assert [turn.speaker for turn in turns] == ["Interviewer", "E05", "Ana Souza"] * 2
    assert [text[turn.content_start : turn.end] for turn in turns] == [
        "Você mora em São Paulo?",
        "Moro em Conceição.",
        "Eu também.",
        "E a ouvidoria?",
        "Funciona bem.",
        "Concordo.",
    ]
    assert all(turn.timestamp is None for turn in turns)
    # a turn starts at its label
    assert [text[turn.start : turn.content_start] for turn in turns[:3]] == [
        "Interviewer: ",
        "E05: ",
        "Ana Souza: ",
    ]


def test_timestamps_before_inside_and_after_the_label():
    text = (
        "[00:12:31] Interviewer: Como começou?\n"
        "E05: [00:12:40] Em 2019.\n"
        "Ana (00:13:05): Eu lembro.\n"
        "(00:14:00) Interviewer: E depois?\n"
        "E05: Depois mudou.\n"
        "Ana (1:02:03.5): Mudou mesmo."
    )
    turns = _turns(text)
    assert [(turn.speaker, turn.timestamp) for turn in turns] == [
        ("Interviewer", "00:12:31"),
        ("E05", "00:12:40"),
        ("Ana", "00:13:05"),
        ("Interviewer", "00:14:00"),
        ("E05", None),
        ("Ana", "1:02:03.5"),
    ]
    assert [text[turn.content_start : turn.end] for turn in turns] == [
        "Como começou?",
        "Em 2019.",
        "Eu lembro.",
        "E depois?",
        "Depois mudou.",
        "Mudou mesmo.",
    ]
    # the turn's start is the beginning of its line, timestamp included
    assert text[turns[0].start : turns[0].start + 10] == "[00:12:31]"


def test_continuation_paragraphs_extend_the_previous_turn():
    text = (
        "Interviewer: Como é o trabalho?\n"
        "E05: É intenso.\n"
        "Tem dias calmos também.\n"
        "E muitos plantões.\n"
        "Interviewer: Entendo.\n"
        "E05: Pois é."
    )
    turns = _turns(text)
    assert [turn.speaker for turn in turns] == ["Interviewer", "E05", "Interviewer", "E05"]
    answer = turns[1]
    assert text[answer.content_start : answer.end] == (
        "É intenso.\nTem dias calmos também.\nE muitos plantões."
    )
    # turns tile the transcript from the first label on: no gap other than the line break
    assert [b.start - a.end for a, b in pairwise(turns)] == [1, 1, 1]


def test_header_lines_that_occur_once_are_not_turns():
    text = (
        "Department: Nursing\n"
        "Interview date: 2024-03-19\n"
        "Interviewer: Bom dia.\n"
        "E05: Bom dia.\n"
        "Interviewer: Vamos começar?\n"
        "E05: Sim."
    )
    turns = _turns(text)
    assert [turn.speaker for turn in turns] == ["Interviewer", "E05", "Interviewer", "E05"]
    assert turns[0].start == text.index("Interviewer:")


def test_header_lines_before_a_blank_line_are_not_turns():
    text = (
        "Department: Nursing\nDate: 2024-03-12\n\nInterviewer: Olá.\nE05: Oi.\nInterviewer: Bem?\nE05: Sim."
    )
    turns = _turns(text)
    assert [turn.speaker for turn in turns] == ["Interviewer", "E05", "Interviewer", "E05"]
    assert text[turns[1].content_start : turns[1].end] == "Oi."


def test_text_without_repeated_labels_has_no_turns():
    text = "Notas de campo.\nDepartment: Nursing\nA ouvidoria fica em São Paulo."
    assert _turns(text) == []


def test_content_start_of_a_label_alone_on_its_line_is_the_end_of_the_label():
    text = "Interviewer:\nComo começou?\nE05: Em 2019.\nInterviewer: E depois?\nE05: Mudou."
    first = _turns(text)[0]
    assert text[first.start : first.content_start] == "Interviewer:"
    assert text[first.content_start : first.end].strip() == "Como começou?"


# -- OffsetMap ---------------------------------------------------------------------------------
_SAMPLES = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("aZ ção\nãé中文字😀🎉👍🏽𝄞\u0301")),
        st.characters(exclude_categories=("Cs",)),
    ),
    max_size=40,
)


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@given(_SAMPLES)
def test_offset_map_code_points_to_utf16_match_the_encoded_length(text):
    offsets = OffsetMap(text)
    for index in range(len(text) + 1):
        assert offsets.to_utf16(index) == _utf16_length(text[:index])


@given(_SAMPLES)
def test_offset_map_round_trips_and_rounds_down_inside_surrogate_pairs(text):
    offsets = OffsetMap(text)
    for index in range(len(text) + 1):
        assert offsets.to_code_point(_utf16_length(text[:index])) == index
    for index, char in enumerate(text):
        if ord(char) > 0xFFFF:  # two UTF-16 units; the second one is inside the pair
            assert offsets.to_code_point(_utf16_length(text[:index]) + 1) == index


def test_offset_map_on_a_known_string():
    text = "São 😀 café 中文 🎉!"
    offsets = OffsetMap(text)
    assert len(text) == 16  # each emoji is one code point
    assert _utf16_length(text) == 18  # ... and two UTF-16 units
    assert offsets.to_utf16(text.index("café")) == 7
    assert offsets.to_utf16(len(text)) == 18
    assert offsets.to_code_point(7) == text.index("café")


@given(_SAMPLES)
def test_offset_map_function_converts_as_the_method(text):
    offsets = OffsetMap(text)
    convert = offsets.to_utf16_function()
    for index in range(len(text) + 1):
        assert convert(index) == _utf16_length(text[:index])
