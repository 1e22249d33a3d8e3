"""Backups: make one now, list them, restore one."""

from __future__ import annotations

import argparse
from pathlib import Path

from caqda.cli.common import CommandAdder, print_json
from caqda.core import backups
from caqda.core.errors import ProjectError
from caqda.core.project import Project


def register(command: CommandAdder) -> None:
    sub = command(
        "backup", _backup, "back the project up now (beside it, in NAME.caqda.backups/), or list backups"
    )
    sub.add_argument("path", type=Path)
    sub.add_argument("--list", action="store_true", help="list the backups, newest first")
    sub.add_argument("--json", action="store_true")
    sub = command(
        "restore", _restore, "put a backup in place of the project (the project is backed up first)"
    )
    sub.add_argument("path", type=Path)
    sub.add_argument("--from", dest="source", type=Path, required=True, metavar="BACKUP")


def _backup(options: argparse.Namespace) -> int:
    if options.list:
        found = backups.list_backups(options.path)
        if options.json:
            print_json(
                [
                    {
                        "path": str(backup.path),
                        "made_at": backup.made_at.isoformat(),
                        "reason": backup.reason,
                        "bytes": backup.size,
                    }
                    for backup in found
                ]
            )
            return 0
        if not found:
            print(
                f"No backups of {options.path.name} yet (they go in {backups.backup_folder(options.path)})."
            )
        for backup in found:
            when = backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            print(f"{when}  {backup.reason:<15} {backup.size / 1e6:8.1f} MB  {backup.path}")
        return 0
    with Project.open(options.path) as project:
        made = backups.make_backup(project, "manual")
    assert made is not None
    print(f"Backed up {options.path.name} to {made.path}.")
    return 0


def _restore(options: argparse.Namespace) -> int:
    if not options.source.is_file():
        raise ProjectError(f"There is no backup at '{options.source}'.")
    kept = backups.restore(options.path, options.source)
    print(f"Restored {options.path.name} from {options.source.name}.")
    if kept is not None:
        print(f"The project as it was is kept in {kept.path}.")
    return 0
