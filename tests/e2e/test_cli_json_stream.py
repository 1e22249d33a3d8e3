"""``caqda codings --json`` streams its list a batch at a time: the bytes are exactly those the
whole-list writer produces, for an empty list, empty and partial batches and several batches."""

from __future__ import annotations

import io
import json

import orjson
import pytest

from caqda.cli import common


@pytest.mark.parametrize("count", [0, 1, 2, 5, 7])
@pytest.mark.parametrize("binary", [True, False])
def test_streamed_list_matches_the_whole_list(monkeypatch, count: int, binary: bool) -> None:
    items = [
        {"document": f"Doc {index}", "text": 'línea\n\t"quoted" & <b>', "start": index, "memo": ""}
        for index in range(count)
    ]
    expected = orjson.dumps(items, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8") if binary else io.StringIO()
    monkeypatch.setattr(common.sys, "stdout", stream)
    # batches of two with an empty one between: as the codings of documents without any
    batches = [items[start : start + 2] for start in range(0, count, 2)]
    batches.insert(len(batches) // 2, [])
    common.print_json_list(iter(batches))
    stream.flush()
    written = raw.getvalue() if binary else stream.getvalue().encode("utf-8")
    assert written == expected
    assert json.loads(written) == items  # independent reader
