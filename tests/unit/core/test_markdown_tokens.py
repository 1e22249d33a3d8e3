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
