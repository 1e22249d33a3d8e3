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
from collections.abc import Iterator
from dataclasses import dataclass

from caqda.core.errors import DocumentImportError
from caqda.core.importers.base import ExtractedDocument, LineJoiner
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


@dataclass(slots=True)
class Post:
    platform: str
    post_id: str
    parent_id: str
    created_at: str
    role: str
    author: str
    text: str


def extract(data: bytes, name: str) -> ExtractedDocument:
    source, decoding_notes = decode_text_with_notes(data, name)
    return extract_decoded([source], name, decoding_notes)


def extract_decoded(holder: list[str], name: str, decoding_notes: list[str]) -> ExtractedDocument:
    """The document of an export already decoded, handed over in ``holder`` (emptied here, so
    the export's text goes as soon as its posts are read)."""
    records = _records(holder, name)
    shared: dict[str, str] = {}
    posts: list[Post] = []
    for index in range(len(records)):
        posts.append(_post(records[index], name, index + 1, shared))
        records[index] = ()  # its values are in the post now: not held twice
    del records, shared
    if not posts:
        raise DocumentImportError(f"'{name}' holds no posts to import.")
    ids = {post.post_id for post in posts}
    if len(ids) != len(posts):
        raise DocumentImportError(f"'{name}' repeats a post_id; every post needs its own.")
    notes = list(decoding_notes)
    orphans = [p for p in posts if p.parent_id and p.parent_id not in ids]
    if orphans:
        notes.append(
            f"'{name}': {len(orphans)} replies answer posts missing from the export; they are shown as posts."
        )
    return _render(posts, ids, notes)


def _records(holder: list[str], name: str) -> list[tuple[str, ...]]:
    """Each post's values of the ``REQUIRED`` columns, in that order (a column a post lacks is
    empty). Tuples, not one dictionary a post: an export of many short posts would otherwise
    take many times its own size."""
    source = holder.pop()
    first = _LEADING_SPACE.match(source).end()  # type: ignore[union-attr]
    if source.startswith(("[", "{"), first):
        holder.append(source)
        del source
        columns, rows = _json_records(holder, first, name)
    else:
        reader = csv.DictReader(_lines(source))
        try:
            columns = set(reader.fieldnames or ())
            rows = [tuple(row.get(column) or "" for column in REQUIRED) for row in reader]
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
    return rows


_LEADING_SPACE = re.compile(r"\s*")
_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def _json_records(holder: list[str], first: int, name: str) -> tuple[set[str], list[tuple[str, ...]]]:
    """The columns and each post's values of a JSON export handed over in ``holder``.

    A list of posts (the usual export) is read one post at a time (``raw_decode`` from each
    post's start), each turned into its values at once: ``json.loads`` of the whole export
    would build every post's dictionary before the first is let go, about three times the
    export's own size. Anything else (posts under a ``"posts"`` or ``"data"`` key), and any
    export the post-by-post reading finds broken, is read whole by ``json.loads``, so its
    error is the one json gives for the whole file."""
    source = holder.pop()
    columns: set[str] = set()
    rows: list[tuple[str, ...]] = []
    if source.startswith("[", first):
        try:
            for item in _json_items(source, first + 1):
                if not isinstance(item, dict):
                    break
                _add_record(item, columns, rows)
            else:
                return columns, rows
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
    return columns, rows


def _add_record(item: dict[object, object], columns: set[str], rows: list[tuple[str, ...]]) -> None:
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


def _post(record: tuple[str, ...], name: str, number: int, shared: dict[str, str]) -> Post:
    """A post; platforms, roles and authors, repeated over thousands of posts, are kept once
    each (``shared``)."""
    platform, post_id, parent_id, created_at, role, author, text = record
    post_id = post_id.strip()
    if not post_id:
        raise DocumentImportError(f"'{name}': post {number} has no post_id.")
    platform = platform.strip() or "?"
    role = role.strip()
    author = " ".join(author.split()) or "?"
    return Post(
        platform=shared.setdefault(platform, platform),
        post_id=post_id,
        parent_id=parent_id.strip(),
        created_at=created_at.strip(),
        role=shared.setdefault(role, role),
        author=shared.setdefault(author, author),
        text=" ".join(normalise(text).split()),
    )


def _render(posts: list[Post], ids: set[str], notes: list[str]) -> ExtractedDocument:
    parent_of = {
        post.post_id: post.parent_id
        for post in posts
        if post.parent_id and post.parent_id in ids and post.parent_id != post.post_id
    }
    children: dict[str, list[Post]] = {}
    for post in posts:
        if post.post_id in parent_of:
            children.setdefault(parent_of[post.post_id], []).append(post)
    for replies in children.values():
        replies.sort(key=lambda p: p.created_at)
    lines = LineJoiner()
    turns = Turns()
    paragraphs = Spans()
    position = 0
    seen: set[str] = set()
    deepest = [0]

    def add_thread(root: Post) -> None:
        """Write ``root`` and its replies depth first, without recursion (threads can be
        thousands of replies deep)."""
        nonlocal position
        stack = [(root, 0)]
        while stack:
            post, depth = stack.pop()
            if post.post_id in seen:
                continue
            seen.add(post.post_id)
            deepest[0] = max(deepest[0], depth)
            indent = min(depth, MAX_INDENT)
            role = ROLE_LABELS.get(post.role, post.role or "?")
            label = f"{REPLY * indent}{post.author} ({role}, {post.platform}, {post.created_at[:10]}): "
            line = normalise(label + post.text)
            post.text = ""  # now in its line: not held twice until the lines are joined
            content_start = position + min(len(normalise(label.rstrip())) + 1, len(line))
            # The post's full time rides in the turn's timestamp (the label shows only the day):
            # the social-media analysis measures answer times from it.
            turn_start = position + len(REPLY) * indent
            turns.append(
                post.author, post.created_at or None, turn_start, content_start, position + len(line)
            )
            paragraphs.append(turn_start - len(REPLY) * _depth(line), position + len(line))
            lines.add(line)  # joined in pieces as they come: no string a line held
            position += len(line) + 1
            stack.extend((child, depth + 1) for child in reversed(children.get(post.post_id, [])))

    for root in sorted((p for p in posts if p.post_id not in parent_of), key=lambda p: p.created_at):
        add_thread(root)
    # Posts never reached answer each other in a loop (a broken export): each loop is broken
    # at its oldest post, shown as a post, so that nothing is lost. (The tables for that are
    # made only then: two entries a post, as much as a short post's own text.)
    broken: list[str] = []
    order: dict[str, int] = {}
    by_id: dict[str, Post] = {}
    for post in posts:
        if post.post_id in seen:
            continue
        if not by_id:
            order = {post.post_id: number for number, post in enumerate(posts)}
            by_id = {post.post_id: post for post in posts}
        loop = _loop_through(post.post_id, parent_of)
        oldest = min(loop, key=lambda post_id: (by_id[post_id].created_at, order[post_id]))
        broken.append(oldest)
        add_thread(by_id[oldest])
    if broken:
        notes.append(
            f"Some replies answered each other in a loop, which cannot happen in a real thread; "
            f"{len(broken)} loop{'s were' if len(broken) > 1 else ' was'} broken at the oldest post "
            f"({', '.join(broken[:10])}{', …' if len(broken) > 10 else ''}), shown as "
            f"{'posts' if len(broken) > 1 else 'a post'}."
        )
    if deepest[0] > MAX_INDENT:
        notes.append(
            f"Replies go {deepest[0]} levels deep; those below level {MAX_INDENT} are indented as "
            f"level {MAX_INDENT}, in the order they answer each other."
        )
    platforms = sorted({post.platform for post in posts})
    dates = sorted(post.created_at[:10] for post in posts if post.created_at)
    attributes = {
        "Platforms": ", ".join(platforms),
        "Posts": str(len(turns)),
        "Replies by the organisation": str(sum(post.role == "hospital_page" for post in posts)),
    }
    if dates:
        attributes["Period"] = f"{dates[0]} – {dates[-1]}"
    # The posts are in their lines now: let them go (the caller's list too) before the lines
    # are joined, so that the export is not held three times over at the end.
    for table in (posts, ids, parent_of, children, by_id, order, seen):
        table.clear()
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


def _loop_through(post_id: str, parent_of: dict[str, str]) -> list[str]:
    """The posts of the reply loop that ``post_id`` is in, or leads up to."""
    path: list[str] = []
    index: dict[str, int] = {}
    current: str | None = post_id
    while current is not None and current not in index:
        index[current] = len(path)
        path.append(current)
        current = parent_of.get(current)
    if current is None:  # cannot happen for an unreached post; keep it safe anyway
        return [post_id]
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
