"""The codebook from the command line: files in and out, and the edits the codebook dock makes.

A code is named by its name when that is unique, else by its path ("Staff › Fear"). Each
command is one transaction with its audit event, like the same action in the window.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from caqda.cli.common import CommandAdder
from caqda.core import code_sets, codebook, codebook_files
from caqda.core.errors import NotFoundError
from caqda.core.project import Project
from caqda.core.wording import agreeing, counted

_FORMATS = ".qdc, .json, .csv (Taguette), .xlsx"


def register(command: CommandAdder) -> None:
    sub = command("codebook", _codebook, f"the codebook: import/export ({_FORMATS}) and edit codes")
    actions = sub.add_subparsers(dest="action", required=True, metavar="ACTION")

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, help=help_text, description=help_text)
        parser.add_argument("path", type=Path, help="the project (.caqda)")
        return parser

    action("import", f"add the codes of a codebook file ({_FORMATS})").add_argument("file", type=Path)
    action("export", f"write the codebook; the extension picks the format ({_FORMATS})").add_argument(
        "file", type=Path
    )
    add = action("add", "add a code")
    add.add_argument("name")
    add.add_argument("--parent", help="the parent code (name or path)")
    add.add_argument("--color", help="#rrggbb")
    add.add_argument("--definition", default="")
    add.add_argument("--header", action="store_true", help="a category header, not for coding")
    rename = action("rename", "rename a code")
    rename.add_argument("code")
    rename.add_argument("new_name")
    move = action("move", "nest a code under another, or at the top level")
    move.add_argument("code")
    target = move.add_mutually_exclusive_group(required=True)
    target.add_argument("--parent", help="the new parent (name or path)")
    target.add_argument("--top", action="store_true", help="move to the top level")
    delete = action("delete", "delete a code with its subcodes and their codings")
    delete.add_argument("code")
    delete.add_argument("--yes", action="store_true", help="delete even if it has codings")
    header = action("header", "mark a code as a category header (not for coding), or undo that")
    header.add_argument("code")
    header.add_argument("--off", action="store_true", help="make it codable again")
    code_set = action("set", "create a code set, or replace its codes")
    code_set.add_argument("name")
    code_set.add_argument("--codes", nargs="*", default=[], metavar="CODE", help="its codes (names or paths)")
    code_set.add_argument("--delete", action="store_true", help="delete the set (its codes stay)")


def _codebook(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        handler = {
            "import": _import,
            "export": _export,
            "add": _add,
            "rename": _rename,
            "move": _move,
            "delete": _delete,
            "header": _header,
            "set": _set,
        }[options.action]
        return handler(project, options)


def _import(project: Project, options: argparse.Namespace) -> int:
    load = codebook_files.import_codebook(project, options.file)
    kept = f"{load.kept} {agreeing(load.kept, 'was', 'were')} already in the codebook"
    print(f"Imported {counted(load.added, 'code')} ({kept}).")
    for loss in load.losses:
        print(f"note: {loss}", file=sys.stderr)
    return 0


def _export(project: Project, options: argparse.Namespace) -> int:
    count, notes = codebook_files.export_codebook_with_notes(project, options.file)
    print(f"Exported {counted(count, 'code')} to {options.file}.")
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    return 0


def _add(project: Project, options: argparse.Namespace) -> int:
    parent = codebook.find_code(project, options.parent) if options.parent else None
    with project.transaction():
        code = codebook.add_code(
            project,
            options.name,
            parent_id=parent.id if parent else None,
            color=options.color,
            definition=options.definition,
            codable=not options.header,
        )
    print(f"Added '{codebook.code_path(project, code)}'.")
    return 0


def _rename(project: Project, options: argparse.Namespace) -> int:
    code = codebook.rename_code(project, codebook.find_code(project, options.code).id, options.new_name)
    print(f"Renamed to '{codebook.code_path(project, code)}'.")
    return 0


def _move(project: Project, options: argparse.Namespace) -> int:
    code = codebook.find_code(project, options.code)
    parent = None if options.top else codebook.find_code(project, options.parent)
    moved = codebook.move_code(project, code.id, parent.id if parent else None)
    print(f"Moved to '{codebook.code_path(project, moved)}'.")
    return 0


def _delete(project: Project, options: argparse.Namespace) -> int:
    code = codebook.find_code(project, options.code)
    codings = codebook.codings_under(project, code.id)
    if codings and not options.yes:
        print(
            f"caqda: '{codebook.code_path(project, code)}' and its subcodes have "
            f"{counted(codings, 'coding')}; "
            "add --yes to delete them too.",
            file=sys.stderr,
        )
        return 1
    codebook.delete_code(project, code.id)
    print(f"Deleted '{code.name}' and {counted(codings, 'coding')}.")
    return 0


def _header(project: Project, options: argparse.Namespace) -> int:
    code = codebook.set_codable(project, codebook.find_code(project, options.code).id, options.off)
    what = "codable again" if code.codable else "a category header (not for coding)"
    print(f"'{codebook.code_path(project, code)}' is {what}.")
    return 0


def _set(project: Project, options: argparse.Namespace) -> int:
    ids = [codebook.find_code(project, name).id for name in options.codes]
    try:
        existing = code_sets.find_code_set(project, options.name)
    except NotFoundError:
        existing = None
    if options.delete:
        if existing is None:
            code_sets.find_code_set(project, options.name)  # raises the message
        else:
            code_sets.delete_code_set(project, existing.id)
            print(f"Deleted the code set '{existing.name}'.")
        return 0
    made = (
        code_sets.set_members(project, existing.id, ids)
        if existing is not None
        else code_sets.add_code_set(project, options.name, ids)
    )
    print(f"The code set '{made.name}' holds {counted(len(made.code_ids), 'code')}.")
    return 0
