"""Markdown as the text a reader sees: markup removed, wrapped lines joined into paragraphs.

markdown-it-py parses it, so emphasis, links and headings come out as their words only;
``**Interviewer:** text`` becomes ``Interviewer: text`` and is found as a speaker turn.
"""

from __future__ import annotations

from collections.abc import Iterator

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from caqda.core.importers.base import ExtractedDocument, LineJoiner
from caqda.core.importers.txt import decode_text_with_notes

_parser = MarkdownIt("commonmark").enable("table")


def extract(data: bytes, name: str) -> ExtractedDocument:
    source, notes = decode_text_with_notes(data, name)
    return extract_decoded([source], notes)


def extract_decoded(holder: list[str], notes: list[str]) -> ExtractedDocument:
    """The document of Markdown already decoded, handed over in ``holder`` (emptied here).

    The words of each block are gathered into pieces as they come (``LineJoiner``), not kept
    as one string a paragraph, and the pieces are joined with the Markdown already let go."""
    source = holder.pop()
    blocks = LineJoiner()
    row: list[str] | None = None
    for token in _tokens(source):
        block: str | None = None
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            block = "\t".join(row)
            row = None
        elif token.type == "inline":
            text = _inline_text(token.children or [])
            if row is not None:
                row.append(text)
            else:
                block = text
        elif token.type in ("fence", "code_block"):
            block = token.content.rstrip("\n")
        if block is not None:
            blocks.add_text(block)
    del source  # the Markdown is not needed beside the pieces and the text made of them
    token = None  # nor the last token (its children hold the last paragraph's pieces)
    text = blocks.text()
    return ExtractedDocument(text=text, source_format="md", notes=notes)


CHUNK = 1 << 16  # characters of Markdown whose block structure is parsed at a time
_UNCLOSED = frozenset({"fence", "html_block", "code_block"})  # blocks that cross blank lines


def _tokens(source: str, chunk: int = CHUNK) -> Iterator[Token]:
    """The tokens ``MarkdownIt.parse`` gives, read a stretch of the document at a time.

    The block structure is parsed a stretch of about ``chunk`` characters at a time, each cut
    at a blank line (where every block but a fence, an HTML block or indented code ends); a
    stretch in which one of those runs on to its end is parsed again with the next one, and no
    stretch starts with an indented line. Each inline token's children are parsed only when it
    is reached and let go with it. Holding the whole document's tokens took fourteen times the
    text, its inline children twenty. Link definitions apply to the whole document: when there
    can be any (``]:`` appears), a first pass over the stretches gathers them. The words read
    are those of a whole parse (tested); the tokens' line numbers count from each stretch."""
    if "\r" in source:  # line ends as markdown-it's own first rule makes them, for the cuts
        source = source.replace("\r\n", "\n").replace("\r", "\n")
    rules = _parser.core.ruler.get_active_rules()
    functions = _parser.core.ruler.getRules("")
    split = rules.index("inline")
    env: dict[str, object] = {}
    passes = (False, True) if "]:" in source else (True,)
    for emit in passes:
        for state in _stretches(source, chunk, env, functions[:split]):
            if not emit:
                continue
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


def _stretches(source: str, chunk: int, env: dict[str, object], block_rules: list) -> Iterator[StateCore]:  # type: ignore[type-arg]
    """The block tokens of each stretch of ``source`` (see :func:`_tokens`)."""
    start = 0
    while start < len(source):
        end = _cut_after(source, start + chunk)
        while True:
            state = StateCore(source[start:end], _parser, env)
            for rule in block_rules:
                rule(state)
            if end >= len(source) or not _runs_to_the_end(state):
                break
            end = _cut_after(source, end + chunk)
        yield state
        start = end


def _cut_after(source: str, position: int) -> int:
    """The start of the first line after a blank line from ``position`` on whose first character
    is not blank (an indented line may continue a code block); the end when there is none."""
    while position < len(source):
        blank = source.find("\n\n", position)
        if blank < 0:
            break
        after = blank + 2
        while after < len(source) and source[after] == "\n":
            after += 1
        if after < len(source) and source[after] not in " \t":
            return after
        position = after
    return len(source)


def _runs_to_the_end(state: StateCore) -> bool:
    """Whether a fence, an HTML block or indented code reaches past the stretch's last line of
    text: then it was cut and is not closed there."""
    last_line = state.src.rstrip("\n").count("\n") + 1
    return any(token.type in _UNCLOSED and token.map and token.map[1] > last_line for token in state.tokens)


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
