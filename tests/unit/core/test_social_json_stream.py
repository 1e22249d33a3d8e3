"""Issue 14, import memory: a JSON social export is read one post at a time; the values read
(and, for a broken file, the message) must be what reading the whole file with json.loads gives."""

from __future__ import annotations

import json
import random

import pytest

from caqda.core.errors import DocumentImportError
from caqda.core.importers import social
from caqda.core.importers.base import LineJoiner


def _records(source: str, name: str) -> list[tuple[str, ...]]:
    """The records the importer reads from ``source``, collected in a list."""
    rows: list[tuple[str, ...]] = []
    social._records([source], name, rows)
    return rows


def _reference(source: str) -> list[tuple[str, ...]]:
    """The rows as json.loads of the whole export gives them, written out independently."""
    data = json.loads(source)
    if isinstance(data, dict):
        data = data.get("posts", data.get("data"))
    rows = []
    for item in data:
        values = {str(k): "" if v is None else str(v) for k, v in item.items()}
        rows.append(tuple(values.get(column, "") for column in social.REQUIRED))
    return rows


_VALUES = ["", "ação 😀", 'aspas "dentro"', "linha\nnova", None, 12, 3.5, True, ["a", 1], {"x": "y"}]


def _post(generator: random.Random, number: int) -> dict[str, object]:
    post: dict[str, object] = {column: f"{column} {number}" for column in social.REQUIRED}
    for column in generator.sample(list(social.REQUIRED), 2):
        post[column] = generator.choice(_VALUES)
    post["post_id"] = f"p{number}"
    if generator.random() < 0.3:
        post["likes"] = generator.randint(0, 9)
    return post


def _spaced(text: str, generator: random.Random) -> str:
    """``text`` with JSON whitespace added around its structural characters."""
    out = []
    for char in text:
        out.append(char)
        if char in "[],{}:" and generator.random() < 0.5:
            out.append(generator.choice([" ", "\n", "\t", "\r\n", "  \n  "]))
    return "".join(out)


def test_posts_read_one_at_a_time_are_the_posts_json_loads_reads() -> None:
    generator = random.Random(14)
    for round_ in range(200):
        posts = [_post(generator, number) for number in range(generator.randint(0, 12))]
        source = json.dumps(posts, ensure_ascii=generator.random() < 0.5)
        if round_ % 2:
            source = _spaced(source, generator)  # inside a string, a raw newline is invalid
            try:
                json.loads(source)
            except json.JSONDecodeError:
                continue
        source = generator.choice(["", " ", "\n\t"]) + source + generator.choice(["", "\n", "  "])
        if not posts:
            continue
        assert _records(source, "x.json") == _reference(source.strip())


def test_posts_under_a_key_are_read_whole() -> None:
    posts = [{column: f"{column} {n}" for column in social.REQUIRED} for n in range(3)]
    for key in ("posts", "data"):
        source = json.dumps({key: posts})
        assert _records(source, "x.json") == _reference(source)


@pytest.mark.parametrize(
    "source",
    [
        '[{"post_id": "a"} {"post_id": "b"}]',  # missing comma
        '[{"post_id": "a"},]',  # trailing comma
        '[{"post_id": "a"}] x',  # extra data
        '[{"post_id": "a"}, {"post_id": "b"',  # cut off
        "[",
        '[{"post_id": "a"},\n\n  {"post_id": }]',
    ],
)
def test_a_broken_export_gets_the_message_json_loads_gives(source: str) -> None:
    try:
        json.loads(source)
    except json.JSONDecodeError as error:
        expected = f"'x.json' is not valid JSON (line {error.lineno}): {error.msg}."
    with pytest.raises(DocumentImportError) as raised:
        _records(source, "x.json")
    assert str(raised.value) == expected


def test_a_list_holding_something_else_than_posts_is_refused() -> None:
    with pytest.raises(DocumentImportError, match="should hold a list of posts"):
        _records('[{"post_id": "a"}, 3]', "x.json")


def test_lines_joined_in_pieces_give_the_text_joined_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    generator = random.Random(5)
    posts = [
        {
            "platform": "Facebook",
            "post_id": f"p{n}",
            "parent_id": f"p{n - 1}" if n % 3 else "",
            "created_at": f"2023-01-{n % 28 + 1:02d}",
            "author_role": "patient",
            "author": f"Pessoa {n % 7}",
            "text": " ".join(generator.choices(["ação", "espera", "😀", "obrigado", "UTI"], k=n % 9 + 1)),
        }
        for n in range(60)
    ]
    source = json.dumps(posts, ensure_ascii=False)
    monkeypatch.setattr(LineJoiner, "PIECE", 10**9)
    whole = social.extract_decoded([source], "x.json", [])
    for piece in (1, 37, 500):
        monkeypatch.setattr(LineJoiner, "PIECE", piece)
        pieced = social.extract_decoded([source], "x.json", [])
        assert pieced.text == whole.text
        assert list(pieced.turns or []) == list(whole.turns or [])
        assert pieced.attributes == whole.attributes
    assert whole.attributes["Posts"] == "60" == str(whole.text.count("\n") + 1)
