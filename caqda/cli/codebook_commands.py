"""Codebook files in and out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from caqda.cli.common import CommandAdder
from caqda.core import codebook_files
from caqda.core.project import Project


def register(command: CommandAdder) -> None:
    sub = command(
        "codebook", _codebook, "import or export a codebook (.qdc, .json, .csv for Taguette, .xlsx)"
    )
    sub.add_argument("action", choices=("import", "export"))
    sub.add_argument("path", type=Path)
    sub.add_argument("file", type=Path)


def _codebook(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        if options.action == "import":
            load = codebook_files.import_codebook(project, options.file)
            print(f"Imported {load.added} codes ({load.kept} were already in the codebook).")
            for loss in load.losses:
                print(f"note: {loss}", file=sys.stderr)
        else:
            count, notes = codebook_files.export_codebook_with_notes(project, options.file)
            print(f"Exported {count} codes to {options.file}.")
            for note in notes:
                print(f"note: {note}", file=sys.stderr)
    return 0
