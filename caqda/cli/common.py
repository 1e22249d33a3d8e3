"""What every command module shares: the way commands are registered, and JSON output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from caqda.core import coders
from caqda.core.errors import NotFoundError
from caqda.core.models import Coder
from caqda.core.project import Project

Handler = Callable[[argparse.Namespace], int]


class CommandAdder(Protocol):
    """``command(name, handler, help)`` adds a subcommand and returns its parser for arguments."""

    def __call__(self, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser: ...


def print_json(data: Any) -> None:
    """Indented JSON, written by orjson (the standard library's indenting encoder is pure
    Python: 6 s for 60,000 codings). Values orjson does not know fall back to ``str``."""
    import orjson

    output = orjson.dumps(data, default=str, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    binary = getattr(sys.stdout, "buffer", None)
    if binary is None:  # a captured stream
        sys.stdout.write(output.decode("utf-8"))
        return
    sys.stdout.flush()
    binary.write(output)
    binary.flush()


def print_json_list(batches: Iterable[list[Any]]) -> None:
    """A list given in ``batches`` (lists of items), written as ``print_json`` writes the whole
    list (same bytes), a batch at a time: ``caqda codings --json`` on 300,000 codings never
    holds the whole output (issue 9)."""
    import orjson

    options = orjson.OPT_INDENT_2
    binary = getattr(sys.stdout, "buffer", None)
    sys.stdout.flush()

    def write(data: bytes | memoryview) -> None:
        if binary is None:  # a captured stream
            sys.stdout.write(bytes(data).decode("utf-8"))
        else:
            binary.write(data)

    first = True
    for batch in batches:
        if not batch:
            continue
        # "[\n  {...},\n  {...}\n]": the inside, indented as inside the whole list, written
        # through a view (no copy of each megabyte of output)
        write(b"[\n" if first else b",\n")
        write(memoryview(orjson.dumps(batch, default=str, option=options))[2:-2])
        first = False
    write(b"[]\n" if first else b"\n]\n")
    if binary is not None:
        binary.flush()


NEW_CODER_HELP = "create the coder when the project has none of that name (else a typo is refused)"


def coder_for(project: Project, name: str, *, new_coder: bool) -> Coder:
    """The project's coder called ``name``; created only when the user said ``--new-coder``."""
    try:
        return coders.find_coder(project, name)
    except NotFoundError as error:
        if new_coder:
            return coders.ensure_coder(project, name)
        raise NotFoundError(f"{error} Check the spelling, or add --new-coder to create '{name}'.") from error
