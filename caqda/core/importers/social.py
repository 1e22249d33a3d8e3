"""Social-media exports (.csv or .json): posts, comments and replies as one document.

Each post becomes one line, threads kept together and replies indented with "↳", so a coder
reads a conversation as it happened:

    Maria S. (paciente, Facebook, 2023-03-02): Minha mãe esperou 4 horas…
    ↳ Hospital Santa Clara (página do hospital, Facebook, 2023-03-02): Sentimos muito…

Every post is a paragraph and a speaker turn of its author, known from the export rather than
guessed from the text. Columns: platform, post_id, parent_id, created_at, author_role, author,
text, likes (likes optional).
"""

from __future__ import annotations

import csv
import json
import re
from array import array
from collections.abc import Iterator
from typing import Protocol

from caqda.core.errors import DocumentImportError
from caqda.core.importers.base import ExtractedDocument, LineJoiner
from caqda.core.importers.social_posts import PARENT_ID, TEXT, PostTable
from caqda.core.importers.txt import decode_text_with_notes
from caqda.core.text import Spans, Turns, normalise

REQUIRED = ("platform", "post_id", "parent_id", "created_at", "author_role", "author", "text")
ROLE_LABELS = {
    "patient": "paciente",
    "relative": "familiar",
    "employee": "funcionário(a)",
    "hospital_page": "página do hospital",
    "other": "outro",
}
REPLY = "↳ "
# Deeper replies are indented like this level: a chain of 1,000 replies would otherwise grow
# the text quadratically with arrows.
MAX_INDENT = 8


def extract(data: bytes, name: str) -> ExtractedDocument:
    source, decoding_notes = decode_text_with_notes(data, name)
    return extract_decoded([source], name, decoding_notes)


def extract_decoded(holder: list[str], name: str, decoding_notes: list[str]) -> ExtractedDocument:
    """The document of an export already decoded, handed over in ``holder`` (emptied here, so
    the export's text goes as soon as its posts are read)."""
    reader = _PostReader(name)
    _records(holder, name, reader)
    if reader.problem:  # only now: a broken file or a missing column is told first
        raise DocumentImportError(reader.problem)
    posts = reader.table
    del reader
    if not posts:
        raise DocumentImportError(f"'{name}' holds no posts to import.")
    parents, orphans = _parents(posts, name)
    notes = list(decoding_notes)
    if orphans:
        notes.append(
            f"'{name}': {orphans} replies answer posts missing from the export; they are shown as posts."
        )
    return _render(posts, parents, notes)


class _PostReader:
    """Takes each record as it is read (``append``, as a list would) into a :class:`PostTable`;
    the first post without an id is remembered, to be told once the whole export is read."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.table = PostTable()
        self.read = 0
        self.problem = ""

    def append(self, record: tuple[str, ...]) -> None:
        self.read += 1
        if self.problem:
            return
        platform, post_id, parent_id, created_at, role, author, text = record
        post_id = post_id.strip()
        if not post_id:
            self.problem = f"'{self.name}': post {self.read} has no post_id."
            return
        self.table.add(
            post_id,
            parent_id.strip(),
            created_at.strip(),
            role.strip(),
            " ".join(author.split()) or "?",
            platform.strip() or "?",
            " ".join(normalise(text).split()),
        )

    def clear(self) -> None:
        self.table.clear()
        self.read = 0
        self.problem = ""


class _Records(Protocol):
    def append(self, record: tuple[str, ...], /) -> None: ...
    def clear(self) -> None: ...


def _records(holder: list[str], name: str, rows: _Records) -> None:
    """Each post's values of the ``REQUIRED`` columns, in that order (a column a post lacks is
    empty), handed to ``rows`` as they are read: one tuple at a time, not a dictionary a post
    held to the end, which for an export of many short posts took many times its own size."""
    source = holder.pop()
    first = _LEADING_SPACE.match(source).end()  # type: ignore[union-attr]
    if source.startswith(("[", "{"), first):
        holder.append(source)
        del source
        columns = _json_records(holder, first, name, rows)
    else:
        reader = csv.DictReader(_lines(source))
        try:
            columns = set(reader.fieldnames or ())
            for row in reader:
                rows.append(tuple(row.get(column) or "" for column in REQUIRED))
        except csv.Error as error:
            if "field limit" in str(error):
                line = max(reader.line_num, 1)
                raise DocumentImportError(
                    f"'{name}' is not a readable CSV file: a field on line {line} is longer "
                    f"than {csv.field_size_limit():,} characters (a post that long, or a quote "
                    "that is never closed); nothing was imported."
                ) from error
            raise DocumentImportError(f"'{name}' is not a readable CSV file: {error}.") from error
    missing = [column for column in REQUIRED if column not in columns]
    if missing:
        raise DocumentImportError(
            f"'{name}' is not a social-media export caqda can read: it lacks the column(s) "
            f"{', '.join(missing)} (needed: {', '.join(REQUIRED)})."
        )


_LEADING_SPACE = re.compile(r"\s*")
_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def _json_records(holder: list[str], first: int, name: str, rows: _Records) -> set[str]:
    """The columns of a JSON export handed over in ``holder``; each post's values go to ``rows``.

    A list of posts (the usual export) is read one post at a time (``raw_decode`` from each
    post's start), each turned into its values at once: ``json.loads`` of the whole export
    would build every post's dictionary before the first is let go, about three times the
    export's own size. Anything else (posts under a ``"posts"`` or ``"data"`` key), and any
    export the post-by-post reading finds broken, is read whole by ``json.loads``, so its
    error is the one json gives for the whole file."""
    source = holder.pop()
    columns: set[str] = set()
    if source.startswith("[", first):
        try:
            for item in _json_items(source, first + 1):
                if not isinstance(item, dict):
                    break
                _add_record(item, columns, rows)
            else:
                return columns
        except (json.JSONDecodeError, RecursionError):
            pass
        columns.clear()
        rows.clear()
    try:
        data = json.loads(source[first:] if first else source)
    except json.JSONDecodeError as error:
        raise DocumentImportError(
            f"'{name}' is not valid JSON (line {error.lineno}): {error.msg}."
        ) from error
    except RecursionError as error:
        raise DocumentImportError(
            f"'{name}' nests its JSON too deeply to be a social-media export (objects within "
            "objects thousands of levels down); nothing was imported."
        ) from error
    del source
    if isinstance(data, dict):
        data = data.get("posts", data.get("data"))
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise DocumentImportError(
            f"'{name}' should hold a list of posts (objects with {', '.join(REQUIRED)})."
        )
    for index, item in enumerate(data):
        _add_record(item, columns, rows)
        data[index] = None  # the parsed post goes as soon as its values are taken
    return columns


def _add_record(item: dict[object, object], columns: set[str], rows: _Records) -> None:
    row = {str(k): "" if v is None else str(v) for k, v in item.items()}
    columns.update(row)
    rows.append(tuple(row.get(column, "") for column in REQUIRED))


_DECODER = json.JSONDecoder()


def _json_items(source: str, position: int) -> Iterator[object]:
    """The items of the JSON list whose ``[`` is just before ``position``, one at a time;
    raises JSONDecodeError where the list is broken or followed by anything but blanks."""
    position = _JSON_SPACE.match(source, position).end()  # type: ignore[union-attr]
    if source.startswith("]", position):
        position += 1
    else:
        while True:
            item, position = _DECODER.raw_decode(source, position)
            yield item
            position = _JSON_SPACE.match(source, position).end()  # type: ignore[union-attr]
            if source.startswith("]", position):
                position += 1
                break
            if not source.startswith(",", position):
                raise json.JSONDecodeError("Expecting ',' delimiter", source, position)
            position = _JSON_SPACE.match(source, position + 1).end()  # type: ignore[union-attr]
    if _JSON_SPACE.match(source, position).end() != len(source):  # type: ignore[union-attr]
        raise json.JSONDecodeError("Extra data", source, position)


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their ``\\n``, as a file opened with ``newline="\\n"`` gives
    them (``io.StringIO`` would hold the whole export at four bytes a character)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end + 1
        yield text[start:end]
        start = end


def _parents(posts: PostTable, name: str) -> tuple[array[int], int]:
    """Each post's parent (its number, or -1 for a post that answers none in the export, or
    itself) and how many replies answer a post missing from the export. The ids are strings
    only here, all made and let go together."""
    number_of: dict[str, int] = {}
    for post in range(len(posts)):
        number_of.setdefault(posts.post_id(post), post)
    if len(number_of) != len(posts):
        raise DocumentImportError(f"'{name}' repeats a post_id; every post needs its own.")
    parents = array("l", [-1]) * len(posts)
    orphans = 0
    for post in range(len(posts)):
        parent_id = posts.value(post, PARENT_ID)
        if parent_id:
            parent = number_of.get(parent_id)
            if parent is None:
                orphans += 1
            elif parent != post:
                parents[post] = parent
    return parents, orphans


def _render(posts: PostTable, parents: array[int], notes: list[str]) -> ExtractedDocument:
    """Write the posts thread by thread, each root and each post's replies in the order they
    were written (by ``created_at``, the export's order among equals)."""
    count = len(posts)
    by_date = array("l", sorted(range(count), key=posts.created_at))
    rank = array("l", [0]) * count  # each post's place in by_date
    for place, post in enumerate(by_date):
        rank[post] = place
    # The replies grouped by the post they answer, each group in date order: the replies of
    # post p are replies[first_reply[p] : first_reply[p + 1]].
    replies = array(
        "l", sorted((p for p in range(count) if parents[p] >= 0), key=lambda p: parents[p] * count + rank[p])
    )
    first_reply = array("l", [0]) * (count + 1)
    for reply in replies:
        first_reply[parents[reply] + 1] += 1
    for post in range(count):
        first_reply[post + 1] += first_reply[post]
    lines = LineJoiner()
    turns = Turns()
    paragraphs = Spans()
    position = 0
    seen = bytearray(count)
    deepest = 0

    def add_thread(root: int) -> None:
        """Write ``root`` and its replies depth first, without recursion (threads can be
        thousands of replies deep)."""
        nonlocal position, deepest
        stack = array("l", [root])
        depths = array("l", [0])
        while stack:
            post = stack.pop()
            depth = depths.pop()
            if seen[post]:
                continue
            seen[post] = 1
            deepest = max(deepest, depth)
            indent = min(depth, MAX_INDENT)
            role = posts.role(post)
            author = posts.author(post)
            created_at = posts.created_at(post)
            role = ROLE_LABELS.get(role, role or "?")
            label = f"{REPLY * indent}{author} ({role}, {posts.platform(post)}, {created_at[:10]}): "
            line = normalise(label + posts.value(post, TEXT))
            content_start = position + min(len(normalise(label.rstrip())) + 1, len(line))
            # The post's full time rides in the turn's timestamp (the label shows only the day):
            # the social-media analysis measures answer times from it.
            turn_start = position + len(REPLY) * indent
            turns.append(author, created_at or None, turn_start, content_start, position + len(line))
            paragraphs.append(turn_start - len(REPLY) * _depth(line), position + len(line))
            lines.add(line)  # joined in pieces as they come: no string a line held
            position += len(line) + 1
            below = replies[first_reply[post] : first_reply[post + 1]]
            below.reverse()
            stack.extend(below)
            depths.extend(array("l", [depth + 1]) * len(below))

    for post in by_date:
        if parents[post] < 0:
            add_thread(post)
    # Posts never reached answer each other in a loop (a broken export): each loop is broken
    # at its oldest post (the first in the export among equals), shown as a post, so that
    # nothing is lost.
    broken: list[str] = []
    for post in range(count):
        if not seen[post]:
            oldest = min(_loop_through(post, parents), key=rank.__getitem__)
            broken.append(posts.post_id(oldest))
            add_thread(oldest)
    if broken:
        notes.append(
            f"Some replies answered each other in a loop, which cannot happen in a real thread; "
            f"{len(broken)} loop{'s were' if len(broken) > 1 else ' was'} broken at the oldest post "
            f"({', '.join(broken[:10])}{', …' if len(broken) > 10 else ''}), shown as "
            f"{'posts' if len(broken) > 1 else 'a post'}."
        )
    if deepest > MAX_INDENT:
        notes.append(
            f"Replies go {deepest} levels deep; those below level {MAX_INDENT} are indented as "
            f"level {MAX_INDENT}, in the order they answer each other."
        )
    attributes = {
        "Platforms": ", ".join(posts.platforms()),
        "Posts": str(len(turns)),
        "Replies by the organisation": str(posts.organisation),
    }
    if posts.days:
        attributes["Period"] = f"{posts.days[0]} – {posts.days[1]}"
    # The posts are in their lines now: let them go (large blocks, given back to the system)
    # before the lines are joined, so that the export is not held three times over at the end.
    posts.clear()
    for table in (by_date, rank, replies, first_reply, parents, seen):
        del table[:]
    text = lines.text()
    return ExtractedDocument(
        text=text,
        source_format="social",
        notes=notes,
        attributes=attributes,
        paragraphs=paragraphs,
        turns=turns,
        kind="social_media",
    )


def _loop_through(post: int, parents: array[int]) -> list[int]:
    """The posts of the reply loop that ``post`` is in, or leads up to."""
    path: list[int] = []
    index: dict[int, int] = {}
    current = post
    while current >= 0 and current not in index:
        index[current] = len(path)
        path.append(current)
        current = parents[current]
    if current < 0:  # cannot happen for an unreached post; keep it safe anyway
        return [post]
    return path[index[current] :]


def _depth(line: str) -> int:
    depth = 0
    while line.startswith(REPLY, depth * len(REPLY)):
        depth += 1
    return depth


_RENDERED = re.compile(r"((?:↳ )*)(.+?) \([^\n]*?, [^,\n]*, \d{4}-\d{2}-\d{2}\): ")


def structure_of_rendered(text: str) -> tuple[Spans, Turns] | None:
    """Paragraphs and post turns of text this module rendered (e.g. coming back from a REFI-QDA
    exchange, which carries the text but not its posts); None if a line does not fit."""
    paragraphs = Spans()
    turns = Turns()
    position = 0
    while position <= len(text):  # line by line in place, not split into line strings
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        match = _RENDERED.match(text, position, end)
        if match is None:
            return None
        paragraphs.append(position, end)
        turns.append(match[2], None, position + len(match[1]), match.end(), end)
        position = end + 1
    return paragraphs, turns
