"""Editing the codebook from the command line: ``caqda codebook add|rename|move|delete PATH ...``.

``caqda codebook import|export PATH FILE`` lives in codebook_commands; ``main`` sends the four
editing verbs here (as ``codebook-add`` and so on), so the two groups never share a parser.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from caqda.cli.common import CommandAdder
from caqda.core import codebook
from caqda.core.errors import CaqdaError
from caqda.core.project import Project

EDIT_VERBS = ("add", "rename", "move", "delete")


def route(arguments: list[str]) -> list[str]:
    """``codebook add ...`` -> ``codebook-add ...``; other arguments are left as they are."""
    if len(arguments) >= 2 and arguments[0] == "codebook" and arguments[1] in EDIT_VERBS:
        return [f"codebook-{arguments[1]}", *arguments[2:]]
    return arguments


def register(command: CommandAdder) -> None:
    sub = command("codebook-add", _add, "caqda codebook add PATH NAME [--parent CODE]: add a code")
    sub.add_argument("path", type=Path)
    sub.add_argument("name")
    sub.add_argument("--parent", help="the code to nest it under (Parent/Child when ambiguous)")
    sub.add_argument("--color", help="#rrggbb")
    sub.add_argument("--definition", default="")
    sub = command("codebook-rename", _rename, "caqda codebook rename PATH CODE NEW_NAME: rename a code")
    sub.add_argument("path", type=Path)
    sub.add_argument("code")
    sub.add_argument("new_name")
    sub = command(
        "codebook-move", _move, "caqda codebook move PATH CODE (--parent CODE | --top): move a code"
    )
    sub.add_argument("path", type=Path)
    sub.add_argument("code")
    where = sub.add_mutually_exclusive_group(required=True)
    where.add_argument("--parent", help="the new parent code")
    where.add_argument("--top", action="store_true", help="move it to the top level")
    sub.add_argument("--position", type=int, help="its place among its new siblings (1 is first)")
    sub = command(
        "codebook-delete", _delete, "caqda codebook delete PATH CODE: delete a code with its subcodes"
    )
    sub.add_argument("path", type=Path)
    sub.add_argument("code")
    sub.add_argument("--yes", action="store_true", help="delete even when codings go with it")


def _add(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        parent_id = codebook.find_code(project, options.parent).id if options.parent else None
        code = codebook.add_code(
            project, options.name, parent_id=parent_id, color=options.color, definition=options.definition
        )
        path = codebook.code_path(project, code)
    print(f"Added the code '{path}'.")
    return 0


def _rename(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        code = codebook.find_code(project, options.code)
        codebook.rename_code(project, code.id, options.new_name)
    print(f"Renamed '{code.name}' to '{options.new_name.strip()}'.")
    return 0


def _move(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        code = codebook.find_code(project, options.code)
        parent_id = None if options.top else codebook.find_code(project, options.parent).id
        position = None if options.position is None else max(0, options.position - 1)
        moved = codebook.move_code(project, code.id, parent_id, position)
        path = codebook.code_path(project, moved)
    print(f"Moved '{code.name}' to '{path}'.")
    return 0


def _delete(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        code = codebook.find_code(project, options.code)
        count = codebook.codings_under(project, code.id)
        subcodes = len(codebook.descendants(project, code.id)) - 1
        if count and not options.yes:
            raise CaqdaError(
                f"Deleting '{code.name}' would also delete {count} codings and {subcodes} subcodes; "
                "nothing was deleted. Add --yes to delete them."
            )
        codebook.delete_code(project, code.id)
    print(f"Deleted '{code.name}' ({subcodes} subcodes, {count} codings).")
    return 0
