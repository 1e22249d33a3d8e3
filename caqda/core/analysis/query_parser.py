"""The coding-query language: code names combined with AND, OR, NOT, WITHIN and FOLLOWED BY.

Grammar (keywords in capitals only, so a code may be called "Word of mouth and reputation")::

    query      := or_expr
    or_expr    := and_expr ("OR" and_expr)*
    and_expr   := near_expr (("AND" ["NOT"] | "NOT") near_expr)*      A NOT B = A AND NOT B
    near_expr  := unary (near_op unary)*
    near_op    := "WITHIN" distance | "FOLLOWED" "BY"  [then "WITHIN" distance as its limit]
    distance   := NUMBER ["characters" | "chars"] | "sentence" | "paragraph" | "turn"
    unary      := "NOT" unary | "(" query ")" | code
    code       := "quoted name" | words not keywords, e.g. Joint sphere › Complaint handling

A code is named by its name or a path (``Parent › Child`` or ``Parent/Child``). Errors carry
the position (0-based character) of the offending token, and a message that shows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from caqda.core.errors import CaqdaError

KEYWORDS = frozenset({"AND", "OR", "NOT", "WITHIN", "FOLLOWED", "BY"})
DISTANCE_UNITS = ("sentence", "paragraph", "turn")
_TOKEN = re.compile(
    r"\s*(?:(?P<paren>[()])|(?P<quoted>\"(?:[^\"\\]|\\.)*\"?|'[^']*'?|“[^”]*”?)|(?P<word>[^\s()\"“]+))"
)


class QuerySyntaxError(CaqdaError):
    """The query cannot be read; ``position`` is the 0-based character where it goes wrong."""

    def __init__(self, query: str, position: int, problem: str) -> None:
        self.query = query
        self.position = position
        self.problem = problem
        pointer = " " * position + "^"
        super().__init__(f"{problem} (at character {position + 1}):\n  {query}\n  {pointer}")


@dataclass(frozen=True)
class Token:
    kind: str  # "paren", "quoted", "word", "keyword", "end"
    text: str
    position: int


@dataclass(frozen=True)
class CodeRef:
    name: str
    position: int


@dataclass(frozen=True)
class Not:
    operand: Node
    position: int


@dataclass(frozen=True)
class Binary:
    operator: str  # "AND", "OR"
    left: Node
    right: Node
    position: int


@dataclass(frozen=True)
class Near:
    """``left`` passages with a ``right`` passage within ``distance`` characters (an int) or in
    the same sentence/paragraph/turn (a unit name)."""

    left: Node
    right: Node
    distance: int | str
    position: int


@dataclass(frozen=True)
class FollowedBy:
    """``left`` passages after which a ``right`` passage begins (in the same document), at most
    ``limit`` characters later or in the same unit when a limit is given."""

    left: Node
    right: Node
    limit: int | str | None
    position: int


Node = CodeRef | Not | Binary | Near | FollowedBy


def tokenize(query: str) -> list[Token]:
    tokens: list[Token] = []
    position = 0
    while position < len(query):
        match = _TOKEN.match(query, position)
        if match is None or match.end() == position:
            break
        start = match.start(match.lastgroup) if match.lastgroup else position
        if match["paren"]:
            tokens.append(Token("paren", match["paren"], start))
        elif match["quoted"]:
            raw = match["quoted"]
            closing = {"“": "”"}.get(raw[0], raw[0])
            if len(raw) < 2 or not raw.endswith(closing) or (raw[0] == '"' and raw.endswith('\\"')):
                raise QuerySyntaxError(query, start, "A quoted code name is not closed")
            body = raw[1:-1]
            if raw[0] == '"':
                body = re.sub(r"\\(.)", r"\1", body)
            tokens.append(Token("quoted", body, start))
        elif match["word"]:
            word = match["word"]
            tokens.append(Token("keyword" if word in KEYWORDS else "word", word, start))
        position = match.end()
    tokens.append(Token("end", "", len(query.rstrip())))
    return tokens


def parse(query: str) -> Node:
    """The query's syntax tree; raises :class:`QuerySyntaxError`."""
    if not query.strip():
        raise QuerySyntaxError(query, 0, "The query is empty; name at least one code")
    return _Parser(query, tokenize(query)).parse()


class _Parser:
    def __init__(self, query: str, tokens: list[Token]) -> None:
        self.query = query
        self.tokens = tokens
        self.index = 0

    @property
    def token(self) -> Token:
        return self.tokens[self.index]

    def take(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def at_keyword(self, *words: str) -> bool:
        return self.token.kind == "keyword" and self.token.text in words

    def fail(self, problem: str, token: Token | None = None) -> QuerySyntaxError:
        return QuerySyntaxError(self.query, (token or self.token).position, problem)

    def parse(self) -> Node:
        node = self.or_expr()
        if self.token.kind != "end":
            if self.token.text == ")":
                raise self.fail("This closing bracket has no opening one")
            raise self.fail(f"Expected AND, OR, NOT, WITHIN or FOLLOWED BY before '{self.token.text}'")
        return node

    def or_expr(self) -> Node:
        node = self.and_expr()
        while self.at_keyword("OR"):
            token = self.take()
            node = Binary("OR", node, self.and_expr(), token.position)
        return node

    def and_expr(self) -> Node:
        node = self.near_expr()
        while self.at_keyword("AND", "NOT"):
            token = self.take()
            negate = token.text == "NOT"
            if token.text == "AND" and self.at_keyword("NOT"):
                negate_token = self.take()
                right: Node = Not(self.near_expr(), negate_token.position)
            else:
                right = self.near_expr()
                if negate:
                    right = Not(right, token.position)
            node = Binary("AND", node, right, token.position)
        return node

    def near_expr(self) -> Node:
        node = self.unary()
        while self.at_keyword("WITHIN", "FOLLOWED"):
            token = self.take()
            if token.text == "WITHIN":
                distance = self.distance()
                node = Near(node, self.unary(), distance, token.position)
                continue
            if not self.at_keyword("BY"):
                raise self.fail("FOLLOWED must be followed by BY")
            self.take()
            right = self.unary()
            limit: int | str | None = None
            if self.at_keyword("WITHIN") and self._limit_ends_here():
                self.take()
                limit = self.distance()
            node = FollowedBy(node, right, limit, token.position)
        return node

    def _limit_ends_here(self) -> bool:
        """After ``A FOLLOWED BY B``, a WITHIN whose distance ends the expression is B's limit;
        one followed by another operand starts a new WITHIN."""
        after = self.index + 2
        if (
            after < len(self.tokens)
            and self.tokens[after].kind == "word"
            and self.tokens[after].text
            in (
                "characters",
                "chars",
            )
        ):
            after += 1
        following = self.tokens[after] if after < len(self.tokens) else self.tokens[-1]
        return (
            following.kind == "end"
            or following.text == ")"
            or (following.kind == "keyword" and following.text in ("AND", "OR", "NOT"))
        )

    def distance(self) -> int | str:
        token = self.token
        if token.kind == "word" and token.text.isdigit():
            self.take()
            if self.token.kind == "word" and self.token.text.casefold() in ("characters", "chars"):
                self.take()
            return int(token.text)
        if token.kind == "word" and token.text.casefold() in DISTANCE_UNITS:
            self.take()
            return token.text.casefold()
        raise self.fail("WITHIN needs a number of characters or sentence, paragraph or turn")

    def unary(self) -> Node:
        token = self.token
        if self.at_keyword("NOT"):
            self.take()
            return Not(self.unary(), token.position)
        if token.kind == "paren" and token.text == "(":
            self.take()
            node = self.or_expr()
            if not (self.token.kind == "paren" and self.token.text == ")"):
                raise self.fail(f"The bracket opened at character {token.position + 1} is not closed")
            self.take()
            return node
        if token.kind == "quoted":
            self.take()
            if not token.text.strip():
                raise self.fail("A quoted code name is empty", token)
            return CodeRef(token.text.strip(), token.position)
        if token.kind == "word":
            words = []
            while self.token.kind == "word":
                words.append(self.take().text)
            return CodeRef(" ".join(words), token.position)
        if token.kind == "end":
            raise self.fail("The query ends where a code name was expected")
        raise self.fail(f"Expected a code name, found '{token.text}'")
