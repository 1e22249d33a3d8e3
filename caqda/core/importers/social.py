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
import io
import json
import re
from dataclasses import dataclass

from caqda.core.errors import DocumentImportError
from caqda.core.importers.base import ExtractedDocument
from caqda.core.importers.txt import decode_text
from caqda.core.text import Turn, normalise

REQUIRED = ("platform", "post_id", "parent_id", "created_at", "author_role", "author", "text")
ROLE_LABELS = {
    "patient": "paciente",
    "relative": "familiar",
    "employee": "funcionário(a)",
    "hospital_page": "página do hospital",
    "other": "outro",
}
REPLY = "↳ "


@dataclass(frozen=True)
class Post:
    platform: str
    post_id: str
    parent_id: str
    created_at: str
    role: str
    author: str
    text: str


def extract(data: bytes, name: str) -> ExtractedDocument:
    source, _ = decode_text(data, name)
    records = _records(source, name)
    posts = [_post(record, name, number) for number, record in enumerate(records, start=1)]
    if not posts:
        raise DocumentImportError(f"'{name}' holds no posts to import.")
    ids = {post.post_id for post in posts}
    if len(ids) != len(posts):
        raise DocumentImportError(f"'{name}' repeats a post_id; every post needs its own.")
    notes = []
    orphans = [p for p in posts if p.parent_id and p.parent_id not in ids]
    if orphans:
        notes.append(
            f"'{name}': {len(orphans)} replies answer posts missing from the export; they are shown as posts."
        )
    return _render(posts, ids, notes)


def _records(source: str, name: str) -> list[dict[str, str]]:
    stripped = source.lstrip()
    if stripped.startswith(("[", "{")):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as error:
            raise DocumentImportError(
                f"'{name}' is not valid JSON (line {error.lineno}): {error.msg}."
            ) from error
        if isinstance(data, dict):
            data = data.get("posts", data.get("data"))
        if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
            raise DocumentImportError(
                f"'{name}' should hold a list of posts (objects with {', '.join(REQUIRED)})."
            )
        rows = [{str(k): "" if v is None else str(v) for k, v in item.items()} for item in data]
        columns = set().union(*(row.keys() for row in rows)) if rows else set()
    else:
        reader = csv.DictReader(io.StringIO(source))
        columns = set(reader.fieldnames or ())
        try:
            rows = [{k: v or "" for k, v in row.items() if k is not None} for row in reader]
        except csv.Error as error:
            raise DocumentImportError(f"'{name}' is not a readable CSV file: {error}.") from error
    missing = [column for column in REQUIRED if column not in columns]
    if missing:
        raise DocumentImportError(
            f"'{name}' is not a social-media export caqda can read: it lacks the column(s) "
            f"{', '.join(missing)} (needed: {', '.join(REQUIRED)})."
        )
    return rows


def _post(record: dict[str, str], name: str, number: int) -> Post:
    post_id = record["post_id"].strip()
    if not post_id:
        raise DocumentImportError(f"'{name}': post {number} has no post_id.")
    return Post(
        platform=record["platform"].strip() or "?",
        post_id=post_id,
        parent_id=record["parent_id"].strip(),
        created_at=record["created_at"].strip(),
        role=record["author_role"].strip(),
        author=" ".join(record["author"].split()) or "?",
        text=" ".join(normalise(record["text"]).split()),
    )


def _render(posts: list[Post], ids: set[str], notes: list[str]) -> ExtractedDocument:
    children: dict[str, list[Post]] = {}
    roots: list[Post] = []
    for post in posts:
        if post.parent_id and post.parent_id in ids and post.parent_id != post.post_id:
            children.setdefault(post.parent_id, []).append(post)
        else:
            roots.append(post)
    lines: list[str] = []
    turns: list[Turn] = []
    position = 0
    seen: set[str] = set()

    def add(post: Post, depth: int) -> None:
        nonlocal position
        if post.post_id in seen:  # a cycle in a broken export
            return
        seen.add(post.post_id)
        role = ROLE_LABELS.get(post.role, post.role or "?")
        label = f"{REPLY * depth}{post.author} ({role}, {post.platform}, {post.created_at[:10]}): "
        line = normalise(label + post.text)
        content_start = position + min(len(normalise(label.rstrip())) + 1, len(line))
        # The post's full time rides in the turn's timestamp (the label shows only the day): the
        # social-media analysis measures answer times from it.
        turns.append(
            Turn(
                post.author,
                post.created_at or None,
                position + len(REPLY) * depth,
                content_start,
                position + len(line),
            )
        )
        lines.append(line)
        position += len(line) + 1
        for child in sorted(children.get(post.post_id, []), key=lambda p: p.created_at):
            add(child, depth + 1)

    for root in sorted(roots, key=lambda p: p.created_at):
        add(root, 0)
    text = "\n".join(lines)
    paragraphs = [(turn.start - (len(REPLY) * _depth(lines[i])), turn.end) for i, turn in enumerate(turns)]
    platforms = sorted({post.platform for post in posts})
    dates = sorted(post.created_at[:10] for post in posts if post.created_at)
    attributes = {
        "Platforms": ", ".join(platforms),
        "Posts": str(len(posts)),
        "Replies by the organisation": str(sum(post.role == "hospital_page" for post in posts)),
    }
    if dates:
        attributes["Period"] = f"{dates[0]} – {dates[-1]}"
    return ExtractedDocument(
        text=text,
        source_format="social",
        notes=notes,
        attributes=attributes,
        paragraphs=paragraphs,
        turns=turns,
        kind="social_media",
    )


def _depth(line: str) -> int:
    depth = 0
    while line.startswith(REPLY, depth * len(REPLY)):
        depth += 1
    return depth


_RENDERED = re.compile(r"((?:↳ )*)(.+?) \([^\n]*?, [^,\n]*, \d{4}-\d{2}-\d{2}\): ")


def structure_of_rendered(text: str) -> tuple[list[tuple[int, int]], list[Turn]] | None:
    """Paragraphs and post turns of text this module rendered (e.g. coming back from a REFI-QDA
    exchange, which carries the text but not its posts); None if a line does not fit."""
    paragraphs: list[tuple[int, int]] = []
    turns: list[Turn] = []
    position = 0
    for line in text.split("\n"):
        match = _RENDERED.match(line)
        if match is None:
            return None
        paragraphs.append((position, position + len(line)))
        turns.append(
            Turn(match[2], None, position + len(match[1]), position + match.end(), position + len(line))
        )
        position += len(line) + 1
    return paragraphs, turns
