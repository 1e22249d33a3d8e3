"""Markdown as the text a reader sees: markup removed, wrapped lines joined into paragraphs.

markdown-it-py parses it, so emphasis, links and headings come out as their words only;
``**Interviewer:** text`` becomes ``Interviewer: text`` and is found as a speaker turn.
"""

from __future__ import annotations

from collections.abc import Iterator

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from caqda.core.importers.base import ExtractedDocument
from caqda.core.importers.txt import decode_text_with_notes

_parser = MarkdownIt("commonmark").enable("table")


def extract(data: bytes, name: str) -> ExtractedDocument:
    source, notes = decode_text_with_notes(data, name)
    blocks: list[str] = []
    row: list[str] | None = None
    for token in _tokens(source):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append("\t".join(row))
            row = None
        elif token.type == "inline":
            text = _inline_text(token.children or [])
            if row is not None:
                row.append(text)
            else:
                blocks.append(text)
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
    text = "\n".join(block for block in blocks if block.strip())
    return ExtractedDocument(text=text, source_format="md", notes=notes)


def _tokens(source: str) -> Iterator[Token]:
    """The tokens ``MarkdownIt.parse`` gives, each inline token's children parsed only when it
    is reached and let go with it: parsing every paragraph's inline markup at once (the whole
    document as objects) held twenty times the text in memory. The core rules after ``inline``
    (``text_join``) work on one inline token at a time, so running them per token is the same."""
    rules = _parser.core.ruler.get_active_rules()
    functions = _parser.core.ruler.getRules("")
    split = rules.index("inline")
    state = StateCore(source, _parser, {})
    for rule in functions[:split]:
        rule(state)
    tokens, state.tokens = state.tokens, []
    for index, token in enumerate(tokens):
        tokens[index] = None  # type: ignore[call-overload]
        if token.type == "inline":
            token.children = []
            _parser.inline.parse(token.content, _parser, state.env, token.children)
            state.tokens = [token]
            for rule in functions[split + 1 :]:
                rule(state)
        yield token


def _inline_text(children: list[Token]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(_inline_text(child.children or []))
    return "".join(parts)
