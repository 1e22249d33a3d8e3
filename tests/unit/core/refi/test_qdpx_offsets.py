"""Positions counted the ways other programs count them land on caqda's code points."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from caqda.core import text as text_module
from caqda.core.refi.offsets import Counting, SourceText, choose_counting

# Characters that normalisation deletes, joins, composes or counts twice in UTF-16.
TRICKY = st.text(
    alphabet=st.sampled_from(list("ab \t\r\n\x0b\x0c\x85\u2028\x01\ufeffe\u0301é😀\u1100\u1161Ω")),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(TRICKY)
def test_normalised_text_is_caqdas_and_the_map_is_monotonic(raw: str) -> None:
    source = SourceText(raw)
    assert source.text == text_module.normalise(raw)
    mapped = [source.to_text(position) for position in range(len(raw) + 1)]
    assert mapped == sorted(mapped)
    assert mapped[0] == 0 and mapped[-1] == len(source.text)


@settings(max_examples=300, deadline=None)
@given(TRICKY)
def test_kept_characters_map_onto_themselves(raw: str) -> None:
    """Where normalisation keeps a character unchanged, the map points at that character."""
    raw = raw.replace("\u0301", "").replace("\u1161", "")  # no composition: 1:1 characters
    source = SourceText(raw)
    for position, character in enumerate(raw):
        target = source.to_text(position)
        if target < len(source.text) and character not in " \t\r\n\x0b\x0c\x85\u2028\x01\ufeff":
            assert source.text[target] == character


@settings(max_examples=300, deadline=None)
@given(TRICKY, st.data())
def test_utf16_positions_convert_to_code_points(raw: str, data: st.DataObject) -> None:
    source = SourceText(raw)
    position = data.draw(st.integers(0, len(source.raw)))
    utf16 = len(source.raw[:position].encode("utf-16-le")) // 2
    assert source.to_raw(utf16, Counting.UTF16) == position


@settings(max_examples=300, deadline=None)
@given(TRICKY, st.data())
def test_crlf_as_one_positions_convert(raw: str, data: st.DataObject) -> None:
    source = SourceText(raw)
    single = source.raw.replace("\r\n", "\n")
    position = data.draw(st.integers(0, len(single)))
    # the same place in the file's own text: step over each CRLF's CR
    raw_position = counted = 0
    while counted < position:
        if source.raw.startswith("\r\n", raw_position):
            raw_position += 1
        raw_position += 1
        counted += 1
    converted = source.to_raw(position, Counting.CODE_POINTS_CRLF_AS_ONE)
    assert source.to_text(converted) == source.to_text(raw_position)


def test_span_outside_or_empty_is_none() -> None:
    source = SourceText("abc   \r\ndef")
    assert source.span(0, 3, Counting.CODE_POINTS) == (0, 3)
    assert source.span(3, 6, Counting.CODE_POINTS) is None  # only trailing blanks
    assert source.span(5, 50, Counting.CODE_POINTS) is None
    assert source.span(4, 2, Counting.CODE_POINTS) is None
    assert source.span(8, 11, Counting.CODE_POINTS) == (4, 7)
    assert source.span(7, 10, Counting.CODE_POINTS_CRLF_AS_ONE) == (4, 7)


def _selections_of(raw: str, words: list[str], counting: Counting) -> list[tuple[SourceText, int, int]]:
    """Each word's place in ``raw``, counted as ``counting`` would."""
    source = SourceText(raw)
    found = []
    for word in words:
        start = raw.index(word)
        end = start + len(word)
        if counting in (Counting.CODE_POINTS_CRLF_AS_ONE, Counting.UTF16_CRLF_AS_ONE):
            start -= raw[:start].count("\r\n")
            end -= raw[:end].count("\r\n")
            base = raw.replace("\r\n", "\n")
        else:
            base = raw
        if counting in (Counting.UTF16, Counting.UTF16_CRLF_AS_ONE):
            start = len(base[:start].encode("utf-16-le")) // 2
            end = len(base[:end].encode("utf-16-le")) // 2
        found.append((source, start, end))
    return found


RAW = "".join(f"Line {n} 😀 has the word apple{n} and pear{n}\r\n" for n in range(30))
WORDS = [f"apple{n}" for n in range(1, 30, 3)] + [f"pear{n}" for n in range(2, 30, 4)]


def test_each_counting_is_recognised() -> None:
    for counting in Counting:
        choice = choose_counting(_selections_of(RAW, WORDS, counting))
        assert choice.counting is counting, counting
        source, start, end = _selections_of(RAW, WORDS[:1], counting)[0]
        span = source.span(start, end, choice.counting)
        assert span is not None and source.text[span[0] : span[1]] == "apple1"


def test_the_preferred_counting_wins_without_evidence() -> None:
    plain = SourceText("no line ends and no emoji here")
    assert choose_counting([(plain, 3, 7)], Counting.UTF16).counting is Counting.UTF16
    assert choose_counting([(plain, 3, 7)]).counting is Counting.CODE_POINTS
    # one selection is not enough to overrule what the program is known to do
    few = _selections_of(RAW, WORDS[:1], Counting.CODE_POINTS)
    assert choose_counting(few, Counting.UTF16).counting is Counting.UTF16
