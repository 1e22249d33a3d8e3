"""The command line: the same core functions as the GUI, for scripts and quick looks.

Every command exits 0 on success and 1 with a one-line reason on stderr when the core
refuses (a bad file, an unknown code...). Heavy imports (Qt, Word) happen only in the
commands that need them, so ``caqda info`` starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from caqda import __version__
from caqda.core import codebook, codebook_files, coders, documents, summary
from caqda.core.coding import add_coding
from caqda.core.errors import CaqdaError
from caqda.core.project import Project


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments:
        arguments = ["gui"]
    if arguments[:2] == ["import", "qdpx"]:  # `caqda import qdpx FILE.qdpx -o PATH`
        arguments = ["import-qdpx", *arguments[2:]]
    parser = _parser()
    options = parser.parse_args(arguments)
    try:
        result: int = options.handler(options)
        return result
    except CaqdaError as error:
        print(f"caqda: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("caqda: interrupted; the project keeps every change committed so far.", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="caqda", description="Qualitative data analysis for interview studies."
    )
    parser.add_argument("--version", action="version", version=f"caqda {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str, handler: Callable[[argparse.Namespace], int], help_text: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    sub = command("demo", _demo, "build the demo project (11 interviews, two coders)")
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

    sub = command("codebook", _codebook, "import or export a codebook (.qdc or .json)")
    sub.add_argument("action", choices=("import", "export"))
    sub.add_argument("path", type=Path)
    sub.add_argument("file", type=Path)

    sub = command("code", _code, "code a range of a document")
    sub.add_argument("path", type=Path)
    sub.add_argument("--document", required=True)
    sub.add_argument("--code", required=True, help="code name, or Parent/Child when ambiguous")
    sub.add_argument("--coder", required=True)
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

    sub = command("search", _search, "find words in every document, exactly or fuzzily")
    sub.add_argument("path", type=Path)
    sub.add_argument("query")
    sub.add_argument(
        "--fuzzy", type=float, default=100, metavar="SCORE", help="50-100; below 100 allows variants"
    )
    sub.add_argument("--documents", nargs="+", metavar="NAME")
    sub.add_argument("--json", action="store_true")

    sub = command("autocode", _autocode, "code every place a search finds")
    sub.add_argument("path", type=Path)
    sub.add_argument("query")
    sub.add_argument("--code", required=True)
    sub.add_argument("--coder", required=True)
    sub.add_argument("--fuzzy", type=float, default=100, metavar="SCORE")
    sub.add_argument("--documents", nargs="+", metavar="NAME")
    sub.add_argument("--unit", default="hit", choices=("hit", "sentence", "paragraph", "turn"))

    sub = command("merge", _merge, "merge other coders' copies of a project into this one")
    sub.add_argument("path", type=Path)
    sub.add_argument("sources", type=Path, nargs="+", metavar="COPY")

    sub = command("audit", _audit, "who changed what, and when")
    sub.add_argument("path", type=Path)
    sub.add_argument("--coder", help="only this coder's changes")
    sub.add_argument("--json", action="store_true")

    sub = command("agreement", _agreement, "inter-coder agreement per code, document and pooled")
    sub.add_argument("path", type=Path)
    sub.add_argument("--coders", nargs="+", required=True, metavar="NAME")
    sub.add_argument(
        "--unit",
        default="character",
        choices=(
            "character",
            "segment",
            "presence",
            "frequency",
            "sentence",
            "paragraph",
            "turn",
            "continuum",
        ),
    )
    sub.add_argument("--tolerance", type=float, default=0.9, help="segment overlap needed, 0-1 (default 0.9)")
    sub.add_argument("--documents", nargs="+", metavar="NAME")
    sub.add_argument("--codes", nargs="+", metavar="NAME")
    sub.add_argument(
        "--bootstrap", type=int, default=1000, metavar="N", help="bootstrap samples for α's interval"
    )
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--csv", type=Path, metavar="FILE", help="also write the table as CSV")

    sub = command("export", _export, "export to Word, REFI-QDA (.qdpx) or a table (.csv, .xlsx)")
    sub.add_argument("format", choices=("docx", "qdpx", "table"))
    sub.add_argument("path", type=Path)
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    sub.add_argument(
        "--report",
        choices=("segments", "codebook", "agreement", "transcript", "matrix"),
        help="docx: segments (default), codebook, agreement, transcript; table: segments (default) or matrix",
    )
    sub.add_argument("--document", help="transcript: the document to export")
    sub.add_argument("--documents", nargs="+", metavar="NAME", help="only these documents")
    sub.add_argument("--codes", nargs="+", metavar="NAME", help="only these codes")
    sub.add_argument("--coders", nargs="+", metavar="NAME", help="only these coders (agreement: the coders)")
    sub.add_argument(
        "--group-by", default="code", help="segments: code, document, coder, speaker or attribute:NAME"
    )
    sub.add_argument("--unit", default="character", help="agreement: the unit (see caqda agreement)")
    sub.add_argument("--binary", action="store_true", help="matrix: 1/0 for present/absent instead of counts")

    sub = command("import-qdpx", _import_qdpx, "create a project from a REFI-QDA .qdpx file")
    sub.add_argument("file", type=Path, metavar="FILE.qdpx")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")

    sub = command("gui", _gui, "open the desktop window")
    sub.add_argument("path", type=Path, nargs="?")
    sub.add_argument("--screenshot", type=Path, metavar="OUT.png", help="render the window to a PNG and exit")
    sub.add_argument("--document", help="with --screenshot: the document to show")
    sub.add_argument("--code", help="with --screenshot: the code to select in the codebook")
    sub.add_argument("--coder", help="who you are (skips the question when the project opens)")
    return parser


def _demo(options: argparse.Namespace) -> int:
    from caqda.core.demo import build_demo

    if options.force and options.path.exists():
        options.path.unlink()
    report = build_demo(options.path)
    print(f"Built {options.path}: {report.documents} documents, {report.codings} codings.")
    for quote in report.unanchored:
        print(f"  not found in its transcript: {quote}", file=sys.stderr)
    return 0


def _new(options: argparse.Namespace) -> int:
    with Project.create(options.path) as project:
        if options.codebook != "empty":
            load = codebook_files.load_builtin_codebook(project, options.codebook)
            print(f"Created {options.path} with the {options.codebook} codebook ({load.added} codes).")
        else:
            print(f"Created {options.path} with an empty codebook.")
    return 0


def _import(options: argparse.Namespace) -> int:
    failures = 0
    with Project.open(options.path) as project:
        if options.acting:
            project.acting_coder = coders.ensure_coder(project, options.acting)
        for file in options.files:
            try:
                result = documents.import_file(
                    project, file, kind=options.kind, allow_duplicate=options.allow_duplicate
                )
            except CaqdaError as error:
                failures += 1
                print(f"caqda: {error}", file=sys.stderr)
                continue
            for note in result.notes:
                print(f"note: {note}", file=sys.stderr)
            if result.document is not None:
                turns = len(documents.speaker_turns(project, result.document.id))
                print(
                    f"Imported '{result.document.name}' ({result.document.characters} characters, "
                    f"{turns} speaker turns)."
                )
    return 1 if failures else 0


def _codebook(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        if options.action == "import":
            load = codebook_files.import_codebook(project, options.file)
            print(f"Imported {load.added} codes ({load.kept} were already in the codebook).")
            for loss in load.losses:
                print(f"note: {loss}", file=sys.stderr)
        else:
            count = codebook_files.export_codebook(project, options.file)
            print(f"Exported {count} codes to {options.file}.")
    return 0


def _code(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        document = documents.find_document(project, options.document)
        code = codebook.find_code(project, options.code)
        coder = coders.ensure_coder(project, options.coder)
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
    with Project.open(options.path) as project:
        info = summary.project_info(project)
    if options.json:
        _print_json(info)
        return 0
    print(f"{len(info['documents'])} documents")
    for entry in info["documents"]:
        print(
            f"  {entry['name']:<48} {entry['kind']:<12} {entry['characters']:>9} chars "
            f"{entry['codings']:>6} codings"
        )
    print(f"{len(info['codes'])} codes")
    for entry in info["codes"]:
        indent = "    " if entry["parent"] else "  "
        print(f"{indent}{entry['name']:<50} {entry['codings']:>6}")
    print(f"{len(info['coders'])} coders")
    for entry in info["coders"]:
        print(f"  {entry['name']:<20} {entry['codings']:>6} codings")
    return 0


def _codings(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        segments = summary.coded_segments(
            project,
            document_ids=[documents.find_document(project, options.document).id]
            if options.document
            else None,
            code_ids=[codebook.find_code(project, options.code).id] if options.code else None,
            coder_ids=[coders.find_coder(project, options.coder).id] if options.coder else None,
        )
    if options.json:
        _print_json([segment.as_dict() for segment in segments])
        return 0
    for segment in segments:
        text = " ".join(segment.text.split())
        print(f"{segment.document} [{segment.start}-{segment.end}] {segment.code} ({segment.coder}): {text}")
        if segment.memo:
            print(f"    memo: {segment.memo}")
    return 0


def _search_hits(project: Project, options: argparse.Namespace) -> list[Any]:
    from caqda.core.search import search

    document_ids = (
        [documents.find_document(project, n).id for n in options.documents] if options.documents else None
    )
    return search(project, options.query, min_score=options.fuzzy, document_ids=document_ids)


def _search(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        hits = _search_hits(project, options)
    if options.json:
        _print_json(
            [
                {"document": h.document, "start": h.start, "end": h.end, "score": h.score, "text": h.text}
                for h in hits
            ]
        )
        return 0
    for hit in hits:
        print(
            f"{hit.document} [{hit.start}-{hit.end}] {hit.score:.0f}: …{hit.before} »{hit.text}« {hit.after}…"
        )
    print(f"{len(hits)} places found.")
    return 0


def _autocode(options: argparse.Namespace) -> int:
    from caqda.core.search import autocode

    with Project.open(options.path) as project:
        code = codebook.find_code(project, options.code)
        coder = coders.ensure_coder(project, options.coder)
        project.acting_coder = coder
        hits = _search_hits(project, options)
        result = autocode(project, hits, code_id=code.id, coder_id=coder.id, unit=options.unit)
    print(
        f"Coded {result.added} places as '{code.name}' for {coder.name}"
        + (f" ({result.already} were already coded so)." if result.already else ".")
    )
    return 0


def _merge(options: argparse.Namespace) -> int:
    from caqda.core.merge import merge_project

    with Project.open(options.path) as project:
        for source in options.sources:
            report = merge_project(project, source)
            print(f"{source.name}: {report.summary()}")
            for note in report.notes:
                print(f"note: {note}", file=sys.stderr)
    return 0


def _audit(options: argparse.Namespace) -> int:
    from caqda.core.audit import trail

    with Project.open(options.path) as project:
        rows = trail(project, coder=options.coder)
    if options.json:
        _print_json(rows)
        return 0
    for row in rows:
        when = row["at"][:19].replace("T", " ")
        print(f"{when}  {row['coder'] or '-':<12} {row['action']:<22} {row['summary']}")
    return 0


def _agreement(options: argparse.Namespace) -> int:
    from caqda.core.agreement.project_input import agreement_report
    from caqda.core.agreement.render import format_table

    with Project.open(options.path) as project:
        report = agreement_report(
            project,
            options.coders,
            unit=options.unit,
            tolerance=options.tolerance,
            documents=options.documents,
            codes=options.codes,
            bootstrap_samples=options.bootstrap,
        )
    if options.csv is not None:
        from caqda.core.agreement.csv_export import write_report_csv

        write_report_csv(report, options.csv)
    if options.json:
        _print_json(report.to_dict())
    else:
        print(format_table(report))
    return 0


def _export(options: argparse.Namespace) -> int:
    from caqda.core.exports.dispatch import run_export

    kind = options.report or "segments"
    if options.format == "qdpx":
        kind = "qdpx"
    elif options.format == "table":
        kind = "matrix" if kind == "matrix" else "segments_table"
    with Project.open(options.path) as project:
        outcome = run_export(
            project,
            kind,
            options.output,
            group_by=options.group_by,
            document_names=options.documents,
            code_names=options.codes,
            coder_names=options.coders,
            document=options.document,
            unit=options.unit,
            binary=options.binary,
        )
    print(f"Wrote {outcome.path} ({outcome.items} items).")
    for note in outcome.notes:
        print(f"note: {note}", file=sys.stderr)
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


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    raise SystemExit(main())
