"""The Markdown importer parses each paragraph's inline markup only when it reaches it (issue
14, import memory); the tokens must be exactly those ``MarkdownIt.parse`` gives for the whole
document at once, which is the reference here, for documents mixing every construct the
importer reads (headings, lists, tables, code, quotes, links by reference, images, escapes,
HTML, hard and soft breaks)."""

from __future__ import annotations

import random

import pytest
from markdown_it.token import Token

from caqda.core.importers import md

_BLOCKS = [
    "# Entrevista E05",
    "Setext heading\n===",
    "**Interviewer:** Você mora em *São Paulo*?",
    "E05: Não,\nmoro em [Conceição][bairro], perto da ouvidoria.  \nDepois.",
    "[bairro]: https://example.org/conceicao 'Conceição'",
    "- um\n- dois\n  continuado\n\n- três",
    "1. primeiro\n2. segundo",
    "> citação\n> com *ênfase*",
    "```\ncódigo *não* markdown\n```",
    "    indentado",
    "| Nome | Setor |\n| --- | --- |\n| Ana | ouvidoria |\n| Bruno | `UTI` |",
    "<div>html bloco</div>",
    "Texto com <span>html</span> e \\*escape\\* e &amp; e &copy; e 😀.",
    "![figura **da** ala](a.png) legenda",
    "***",
    "Linha com backslash\\\nquebra",
    "[link sem definição][nada] e [direto](http://x.y) e <http://auto.link>",
]


def _document(seed: int) -> str:
    generator = random.Random(seed)
    return "\n\n".join(generator.choices(_BLOCKS, k=generator.randint(1, 25)))


def _flat(tokens: list[Token]) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for token in tokens:
        rows.append(
            (token.type, token.tag, token.nesting, token.content, token.markup, token.map, token.info)
        )
        if token.children is not None:
            rows.append(("children", tuple(_flat(token.children))))
    return rows


@pytest.mark.parametrize("seed", range(40))
def test_tokens_read_one_at_a_time_are_those_of_a_whole_parse(seed: int) -> None:
    source = _document(seed)
    expected = _flat(md._parser.parse(source))
    assert _flat(list(md._tokens(source))) == expected
    assert len(expected) > 2


def test_the_reference_sees_what_matters() -> None:
    # The links by reference resolve only where the definition is read before inline parsing.
    source = "Ver [Conceição][bairro].\n\n[bairro]: https://example.org"
    text = md.extract(source.encode("utf-8"), "E05.md").text
    assert text == "Ver Conceição."


# Blocks that hold blank lines, or continue after one: where a cut at a blank line must not
# change what is read.
_ACROSS_BLANKS = [
    "```\nfence line\n\nafter a blank *still code*\n```",
    "~~~\nunclosed fence\n\nruns to the end",
    "<!-- comment\n\nstill comment -->",
    "<pre>\npre *text*\n\nmore pre\n</pre>",
    "<script>\nvar x = 1;\n\nvar y = 2;\n</script>",
    "    indented code\n\n    more indented code",
    "- loose item\n\n  its second paragraph\n\n- next item",
    "1. one\n\n2. two\n\n   continued",
    "> quote\n\n> another quote",
    "[late]: http://example.org/late",
    "Uses [a late link][late] and [bairro][].",
    "Line with CRLF\r\nends\r\n\r\nand a paragraph after",
]


@pytest.mark.parametrize("seed", range(60))
def test_cut_into_stretches_the_words_are_those_of_a_whole_parse(seed: int) -> None:
    """The importer parses long documents a stretch at a time; cut as small as can be (every
    blank line a candidate), the text read must be what one parse of the whole gives."""
    generator = random.Random(seed)
    blocks = generator.choices(_BLOCKS + _ACROSS_BLANKS, k=generator.randint(2, 30))
    source = ("\n\n" + "\n" * generator.randint(0, 2)).join(blocks)
    whole = list(md._tokens(source, chunk=len(source) + 1))
    expected = md._parser.parse(source)
    assert _flat(whole) == _flat(expected)  # one stretch: exactly a whole parse
    for chunk in (1, 7, 40, 200):
        assert _words(md._tokens(source, chunk=chunk)) == _words(expected), chunk


def _words(tokens) -> list[str]:  # type: ignore[no-untyped-def]
    """What the importer takes from tokens: inline texts, code, table rows (by position)."""
    return [
        md._inline_text(token.children or []) if token.type == "inline" else token.content
        for token in tokens
        if token.type in ("inline", "fence", "code_block")
    ]


def test_a_long_transcript_is_parsed_in_stretches_with_the_same_text() -> None:
    lines = [f"**{'Interviewer' if n % 2 else 'E05'}:** frase número {n} com *ênfase*." for n in range(3000)]
    source = "\n\n".join(lines)
    assert len(source) > 2 * md.CHUNK
    split = md._parser.core.ruler.get_active_rules().index("inline")
    stretches = list(md._stretches(source, md.CHUNK, {}, md._parser.core.ruler.getRules("")[:split]))
    assert len(stretches) >= 2
    text = md.extract(source.encode("utf-8"), "E05.md").text
    assert text.splitlines() == [line.replace("**", "").replace("*", "") for line in lines]


def test_a_markdown_file_decoded_as_it_is_read_gives_the_text_of_its_bytes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # UTF-8 Markdown is decoded a piece at a time as it is read (its bytes never held beside
    # its text); other encodings are judged from the whole file, with a note, as before.
    from caqda.core.errors import DocumentImportError
    from caqda.core.importers import read_source

    source = "\n\n".join(_document(seed) for seed in range(30)) * 20
    assert len(source) > 3 * md.CHUNK
    utf8 = tmp_path / "utf8.md"
    utf8.write_text(source, encoding="utf-8")
    assert read_source(utf8)[1].text == md.extract(source.encode("utf-8"), "x.md").text
    western = tmp_path / "western.md"
    western.write_bytes("**E05:** Não sei, ação.\n\nOutra.".encode("cp1252"))
    extracted = read_source(western)[1]
    assert extracted.text == "E05: Não sei, ação.\nOutra."
    assert extracted.notes == ["'western.md' was read as Windows-1252 text."]
    blank = tmp_path / "blank.md"
    blank.write_text("<!-- nothing -->\n\n", encoding="utf-8")
    with pytest.raises(DocumentImportError, match="contains no text"):
        read_source(blank)
