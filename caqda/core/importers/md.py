"""Markdown as the text a reader sees: markup removed, wrapped lines joined into paragraphs.

markdown-it-py parses it, so emphasis, links and headings come out as their words only;
``**Interviewer:** text`` becomes ``Interviewer: text`` and is found as a speaker turn.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from caqda.core.importers.base import ExtractedDocument
from caqda.core.importers.txt import decode_text_with_notes

_parser = MarkdownIt("commonmark").enable("table")


def extract(data: bytes, name: str) -> ExtractedDocument:
    source, notes = decode_text_with_notes(data, name)
    blocks: list[str] = []
    row: list[str] | None = None
    for token in _parser.parse(source):
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
