"""Commands that make, fill and describe a project."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from caqda.cli.common import NEW_CODER_HELP, CommandAdder, coder_for, print_json, print_json_list
from caqda.cli.document_options import add_document_options, selected_ids
from caqda.core import codebook, codebook_files, coders, documents, summary
from caqda.core.coding import add_coding
from caqda.core.errors import CaqdaError
from caqda.core.project import Project
from caqda.core.wording import counted


def register(command: CommandAdder) -> None:
    sub = command(
        "demo",
        _demo,
        "build the demo project (12 documents: 11 interviews and a social-media export; two coders)",
    )
    sub.add_argument("path", type=Path)
    sub.add_argument("--force", action="store_true", help="replace an existing file at PATH")
    sub = command("new", _new, "create an empty project")
    sub.add_argument("path", type=Path)
    sub.add_argument(
        "--codebook", default="value-spheres", help="value-spheres (default), empty, or a built-in name"
    )
    sub = command(
        "import",
        _import,
        "import transcripts (txt, docx, odt, rtf, pdf, md) and social-media exports (csv, json)",
    )
    sub.add_argument("path", type=Path)
    sub.add_argument("files", type=Path, nargs="+", metavar="FILE")
    sub.add_argument("--kind", choices=("interview", "social_media", "other"))
    sub.add_argument(
        "--allow-duplicate", action="store_true", help="import text already in the project again"
    )
    sub.add_argument("--as", dest="acting", metavar="CODER", help="who imports (recorded in the audit trail)")
    sub.add_argument("--new-coder", action="store_true", help=NEW_CODER_HELP)
    sub.add_argument(
        "--no-header-attributes",
        dest="header_attributes",
        action="store_false",
        help="do not turn 'Key: value' header lines into document attributes",
    )
    sub = command("code", _code, "code a range of a document")
    sub.add_argument("path", type=Path)
    sub.add_argument("--document", required=True)
    sub.add_argument(
        "--code", required=True, help="code name, or its path Parent › Child when the name is not unique"
    )
    sub.add_argument("--coder", required=True)
    sub.add_argument("--new-coder", action="store_true", help=NEW_CODER_HELP)
    sub.add_argument("--start", type=int, required=True, help="first character (code points, from 0)")
    sub.add_argument("--end", type=int, required=True, help="one past the last character")
    sub.add_argument("--memo", default="")
    sub = command("info", _info, "documents, codes and coders with their counts")
    sub.add_argument("path", type=Path)
    sub.add_argument("--json", action="store_true")
    sub = command("codings", _codings, "list codings with their text")
    sub.add_argument("path", type=Path)
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--coder")
    sub.add_argument("--code")
    sub.add_argument("--document")
    add_document_options(sub)
    sub = command("import-qdpx", _import_qdpx, "create a project from a REFI-QDA .qdpx file")
    sub.add_argument("file", type=Path, metavar="FILE.qdpx")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    sub = command("gui", _gui, "open the desktop window")
    sub.add_argument("path", type=Path, nargs="?")
    sub.add_argument("--screenshot", type=Path, metavar="OUT.png", help="render the window to a PNG and exit")
    sub.add_argument("--document", help="with --screenshot: the document to show")
    sub.add_argument("--code", help="with --screenshot: the code to select in the codebook")
    sub.add_argument("--coder", help="who you are (skips the question when the project opens)")


def _demo(options: argparse.Namespace) -> int:
    from caqda.core.demo import build_demo

    if options.force and options.path.exists():
        options.path.unlink()
    report = build_demo(options.path)
    print(
        f"Built {options.path}: {counted(report.documents, 'document')}, {counted(report.codings, 'coding')}."
    )
    for quote in report.unanchored:
        print(f"  not found in its transcript: {quote}", file=sys.stderr)
    return 0


def _new(options: argparse.Namespace) -> int:
    with Project.create(options.path) as project:
        if options.codebook != "empty":
            load = codebook_files.load_builtin_codebook(project, options.codebook)
            print(
                f"Created {options.path} with the {options.codebook} codebook "
                f"({counted(load.added, 'code')})."
            )
        else:
            print(f"Created {options.path} with an empty codebook.")
    return 0


def _import(options: argparse.Namespace) -> int:
    failures = 0
    with Project.open(options.path) as project:
        if options.acting:
            project.acting_coder = coder_for(project, options.acting, new_coder=options.new_coder)
        for file in options.files:
            try:
                result = documents.import_file(
                    project,
                    file,
                    kind=options.kind,
                    allow_duplicate=options.allow_duplicate,
                    header_attributes=options.header_attributes,
                )
            except CaqdaError as error:
                failures += 1
                print(f"caqda: {error}", file=sys.stderr)
                continue
            for note in result.notes:
                print(f"note: {note}", file=sys.stderr)
            if result.document is not None and result.header_fields:
                found = ", ".join(f"{key}={value}" for key, value in result.header_fields.items())
                verb = (
                    "stored as attributes"
                    if options.header_attributes
                    else "not stored (--no-header-attributes)"
                )
                print(f"note: header lines of '{result.document.name}' {verb}: {found}", file=sys.stderr)
            if result.document is not None:
                turns = len(documents.speaker_turns(project, result.document.id))
                print(
                    f"Imported '{result.document.name}' ({counted(result.document.characters, 'character')}, "
                    f"{counted(turns, 'speaker turn')})."
                )
    return 1 if failures else 0


def _code(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        document = documents.find_document(project, options.document)
        code = codebook.find_code(project, options.code)
        coder = coder_for(project, options.coder, new_coder=options.new_coder)
        project.acting_coder = coder
        coding = add_coding(
            project,
            document_id=document.id,
            code_id=code.id,
            coder_id=coder.id,
            start=options.start,
            end=options.end,
            memo=options.memo,
        )
        print(f"Coded {document.name} [{coding.start}, {coding.end}) as '{code.name}' for {coder.name}.")
    return 0


def _info(options: argparse.Namespace) -> int:
    from caqda.core.privacy.status import pseudonymised_note, pseudonymised_state

    with Project.open(options.path) as project:
        info: dict[str, Any] = dict(summary.project_info(project))
        state, note = pseudonymised_state(project), pseudonymised_note(project)
    if options.json:
        if state is not None:
            info["pseudonymised"] = {"at": state["at"], "replacements": state["replacements"]}
        print_json(info)
        return 0
    if note:
        print(note)
    print(counted(len(info["documents"]), "document"))
    for entry in info["documents"]:
        print(
            f"  {entry['name']:<48} {entry['kind']:<12} {entry['characters']:>9} chars "
            f"{entry['codings']:>6} codings"
        )
    print(counted(len(info["codes"]), "code"))
    for entry in info["codes"]:
        indent = "    " if entry["parent"] else "  "
        print(f"{indent}{entry['name']:<50} {entry['codings']:>6}")
    print(counted(len(info["coders"]), "coder"))
    for entry in info["coders"]:
        print(f"  {entry['name']:<20} {entry['codings']:>6} codings")
    return 0


def _codings(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        document_ids = selected_ids(project, options)
        if options.document:
            single = documents.find_document(project, options.document).id
            document_ids = [single] if document_ids is None or single in document_ids else []
        filters = {
            "document_ids": document_ids,
            "code_ids": [codebook.find_code(project, options.code).id] if options.code else None,
            "coder_ids": [coders.find_coder(project, options.coder).id] if options.coder else None,
        }
        if options.json:
            print_json_list(summary.segment_dicts(project, **filters))
            return 0
        segments = summary.coded_segments(project, **filters)
    for segment in segments:
        text = " ".join(segment.text.split())
        print(f"{segment.document} [{segment.start}-{segment.end}] {segment.code} ({segment.coder}): {text}")
        if segment.memo:
            print(f"    memo: {segment.memo}")
    return 0


def _import_qdpx(options: argparse.Namespace) -> int:
    from caqda.core.refi.project_import import import_qdpx

    report = import_qdpx(options.file, options.output)
    print(f"Created {options.output} from {options.file.name}.")
    for loss in report.losses:
        print(f"note: {loss}", file=sys.stderr)
    return 0


def _gui(options: argparse.Namespace) -> int:
    from caqda.gui.app import run

    return run(
        options.path,
        screenshot=options.screenshot,
        document=options.document,
        code=options.code,
        coder=options.coder,
    )
