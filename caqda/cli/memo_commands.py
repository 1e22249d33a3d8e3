"""Memos from the command line: ``caqda memo add|list|edit|delete``."""

from __future__ import annotations

import argparse
from pathlib import Path

from caqda.cli.common import NEW_CODER_HELP, CommandAdder, coder_for, print_json
from caqda.core import codebook, documents, memos
from caqda.core.errors import CaqdaError
from caqda.core.models import Memo
from caqda.core.project import Project


def register(command: CommandAdder) -> None:
    parser = command(
        "memo", _no_action, "memos on the project, a document or a code: add, list, edit, delete"
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    sub = actions.add_parser("add", help="write a memo (on the project unless --document or --code)")
    sub.set_defaults(handler=_add)
    sub.add_argument("path", type=Path)
    sub.add_argument("text")
    sub.add_argument("--coder", required=True, help="who writes it")
    sub.add_argument("--new-coder", action="store_true", help=NEW_CODER_HELP)
    sub.add_argument("--title", default="")
    _add_target(sub)
    sub = actions.add_parser("list", help="memos with their ids")
    sub.set_defaults(handler=_list)
    sub.add_argument("path", type=Path)
    _add_target(sub)
    sub.add_argument("--project-only", action="store_true", help="only memos on the project itself")
    sub.add_argument("--json", action="store_true")
    sub = actions.add_parser("edit", help="change a memo's text or title")
    sub.set_defaults(handler=_edit)
    sub.add_argument("path", type=Path)
    sub.add_argument("memo", metavar="ID", help="the memo's id (or its first characters)")
    sub.add_argument("--text")
    sub.add_argument("--title")
    sub = actions.add_parser("delete", help="delete a memo")
    sub.set_defaults(handler=_delete)
    sub.add_argument("path", type=Path)
    sub.add_argument("memo", metavar="ID")


def _add_target(parser: argparse.ArgumentParser) -> None:
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--document", help="a memo on this document")
    target.add_argument("--code", help="a memo on this code (Parent/Child when ambiguous)")


def _no_action(options: argparse.Namespace) -> int:
    raise CaqdaError("Say what to do with memos: add, list, edit or delete (see --help).")


def _target(project: Project, options: argparse.Namespace) -> tuple[str, int | None]:
    if options.document:
        return "document", documents.find_document(project, options.document).id
    if options.code:
        return "code", codebook.find_code(project, options.code).id
    return "project", None


def _add(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        coder = coder_for(project, options.coder, new_coder=options.new_coder)
        project.acting_coder = coder
        kind, target_id = _target(project, options)
        memo = memos.add_memo(
            project,
            options.text,
            coder_id=coder.id,
            target_kind=kind,
            target_id=target_id,
            title=options.title,
        )
    print(f"Added memo {memo.uuid[:8]} on the {kind}.")
    return 0


def _list(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        if options.document or options.code or options.project_only:
            kind, target_id = _target(project, options)
            found = memos.list_memos(project, kind, target_id)
        else:
            found = memos.list_memos(project)
        listing = [_describe(project, memo) for memo in found]
    if options.json:
        print_json(listing)
        return 0
    for entry in listing:
        title = f" {entry['title']}:" if entry["title"] else ""
        text = " ".join(str(entry["text"]).split())
        print(f"{str(entry['uuid'])[:8]}  {entry['target']:<28} {entry['coder'] or '-':<10}{title} {text}")
    if not listing:
        print("No memos.")
    return 0


def _describe(project: Project, memo: Memo) -> dict[str, object]:
    target = "project"
    if memo.target_kind == "document" and memo.target_id is not None:
        target = "document " + documents.get_document(project, memo.target_id).name
    elif memo.target_kind == "code" and memo.target_id is not None:
        target = "code " + codebook.get_code(project, memo.target_id).name
    coder = (
        project.scalar("SELECT name FROM coders WHERE id = ?", (memo.coder_id,)) if memo.coder_id else None
    )
    return {
        "uuid": memo.uuid,
        "target": target,
        "coder": coder,
        "title": memo.title,
        "text": memo.text,
        "created_at": memo.created_at,
        "updated_at": memo.updated_at,
    }


def _edit(options: argparse.Namespace) -> int:
    if options.text is None and options.title is None:
        raise CaqdaError("Give the new --text or --title; the memo was not changed.")
    with Project.open(options.path) as project:
        memo = memos.find_memo(project, options.memo)
        memos.edit_memo(project, memo.id, text=options.text, title=options.title)
    print(f"Edited memo {memo.uuid[:8]}.")
    return 0


def _delete(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        memo = memos.delete_memo(project, memos.find_memo(project, options.memo).id)
    print(f"Deleted memo {memo.uuid[:8]}.")
    return 0
