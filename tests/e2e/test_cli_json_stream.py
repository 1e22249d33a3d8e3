"""``caqda codings --json`` streams its list a chunk at a time: the bytes are exactly those the
whole-list writer produces, for an empty list, a partial last chunk and several chunks."""

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
    common.print_json_list(iter(items), chunk=2)
    stream.flush()
    written = raw.getvalue() if binary else stream.getvalue().encode("utf-8")
    assert written == expected
    assert json.loads(written) == items  # independent reader
