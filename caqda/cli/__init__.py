"""The command line: the same core functions as the GUI, for scripts and quick looks.

Every command exits 0 on success and 1 with a one-line reason on stderr when the core
refuses (a bad file, an unknown code...). Heavy imports (Qt, Word) happen only in the
commands that need them, so ``caqda info`` starts fast.

Each module of this package registers a group of commands (``register(command)``); a new
group is one module and one line in ``_COMMAND_GROUPS``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from caqda import __version__
from caqda.core.errors import CaqdaError, ProjectCorruptError

if TYPE_CHECKING:
    from caqda.cli.common import Handler

# The modules of caqda.cli that register commands, in the order `caqda --help` lists them.
_COMMAND_GROUPS: tuple[str, ...] = (
    "project_commands",
    "corpus_commands",
    "codebook_commands",
    "memo_commands",
    "versions_commands",
    "search_commands",
    "similar_commands",
    "privacy_commands",
    "team_commands",
    "agreement_commands",
    "review_commands",
    "analysis_commands",
    "export_commands",
    "backup_commands",
    "check_commands",
)
# The group of each command, so that running a command imports its group only (importing
# every group, and what each imports, is ~40 ms of `caqda search`). A command missing here,
# or listed under another group, is still found: every group is imported then, as before.
_GROUP_OF = {
    **dict.fromkeys(
        ("demo", "new", "import", "code", "info", "codings", "import-qdpx", "gui"), "project_commands"
    ),
    **dict.fromkeys(("document", "set", "attributes", "uncode"), "corpus_commands"),
    "codebook": "codebook_commands",
    "memo": "memo_commands",
    "codebook-version": "versions_commands",
    "search": "search_commands",
    "autocode": "search_commands",
    "similar": "similar_commands",
    **dict.fromkeys(("pseudonymise", "reidentify"), "privacy_commands"),
    **dict.fromkeys(("copy-for", "merge", "audit"), "team_commands"),
    "agreement": "agreement_commands",
    **dict.fromkeys(("review", "adjudicate"), "review_commands"),
    **dict.fromkeys(("query", "stats", "social"), "analysis_commands"),
    "export": "export_commands",
    **dict.fromkeys(("backup", "restore"), "backup_commands"),
    "check": "check_commands",
}


def command_groups(names: Sequence[str] = _COMMAND_GROUPS) -> list[ModuleType]:
    """The command modules called ``names`` (every one by default), imported."""
    return [importlib.import_module(f"caqda.cli.{name}") for name in names]


def _print_open_notices() -> None:
    """A project that opens with a problem caqda works around (a setting it cannot read) is
    said once per project on stderr, with the command that repairs it; the command goes on."""
    from caqda.core import project as project_module

    told: set[Path] = set()

    def tell(path: Path, notices: list[str]) -> None:
        if path in told:
            return
        told.add(path)
        for notice in notices:
            print(f"caqda: note: {notice}", file=sys.stderr)
        print(
            f"caqda: note: caqda works around this; to repair it, run: caqda check --repair '{path}'",
            file=sys.stderr,
        )

    project_module.notice_listener = tell


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments:
        arguments = ["gui"]
    if arguments[:2] == ["import", "qdpx"]:  # `caqda import qdpx FILE.qdpx -o PATH`
        arguments = ["import-qdpx", *arguments[2:]]
    _never_fail_printing()
    undecodable = next((argument for argument in arguments if _undecodable(argument)), None)
    if undecodable is not None:
        what = "the argument '" + _escaped(undecodable) + "'"
        print(f"caqda: {_not_utf8(what)}", file=sys.stderr)
        return 1
    _print_open_notices()
    parser, built = _parser_for(arguments[0])
    if not built:  # not a command's name (a typo, --help, --version): every command, as before
        parser = build_parser()
    options = parser.parse_args(arguments)
    try:
        result: int = options.handler(options)
        sys.stdout.flush()  # a closed pipe shows here, inside the try, not at exit
        return result
    except ProjectCorruptError as error:
        print(f"caqda: {error}", file=sys.stderr)
        path = getattr(options, "path", None)
        if path is not None:
            from caqda.core.backups import newest_good_backup

            backup = newest_good_backup(path)
            if backup is not None:
                print(
                    f"caqda: the newest good backup is {backup.path} ({backup.made_at:%Y-%m-%d %H:%M} UTC); "
                    f'restore it with: caqda restore "{path}" --from "{backup.path}"',
                    file=sys.stderr,
                )
        return 1
    except CaqdaError as error:
        print(f"caqda: {error}", file=sys.stderr)
        return 1
    except (UnicodeEncodeError, UnicodeDecodeError) as error:
        # Arguments and file names arrive as bytes; bytes that are not UTF-8 reach Python as
        # lone surrogates, which SQLite, JSON and Word cannot store.
        print(f"caqda: {_not_utf8(f'a file name ({_escaped(str(error.object))})')}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `caqda info | head`: the reader has gone; stop quietly, as other command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("caqda: interrupted; the project keeps every change committed so far.", file=sys.stderr)
        return 130


def _not_utf8(what: str) -> str:
    return (
        f"{what} holds bytes that are not UTF-8 text (shown as \\x..); retype the text, or rename "
        "the file, in UTF-8 and try again. Nothing was changed."
    )


def _undecodable(text: str) -> bool:
    return any("\udc80" <= char <= "\udcff" for char in text)


def _escaped(text: str) -> str:
    """``text`` with its undecodable bytes shown as ``\\xff``."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _never_fail_printing() -> None:
    """Show names with undecodable bytes escaped instead of failing to print them."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def build_parser() -> argparse.ArgumentParser:
    """Every command with its arguments (``caqda --help`` lists them all)."""
    return _parser_for(None)[0]


def _parser_for(wanted: str | None, *, quick: bool = True) -> tuple[argparse.ArgumentParser, bool]:
    """The parser, with only the ``wanted`` command's arguments built (None: every command's),
    and whether that command exists. Building all ~90 commands' arguments takes ~15 ms that
    ``caqda search`` would otherwise spend before it starts."""
    parser = argparse.ArgumentParser(
        prog="caqda", description="Qualitative data analysis for interview studies."
    )
    parser.add_argument("--version", action="version", version=f"caqda {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    found = False

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        nonlocal found
        if wanted is not None and name != wanted:
            return _Unbuilt()  # type: ignore[return-value]
        found = True
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    group = _GROUP_OF.get(wanted or "") if quick else None
    for module in command_groups(_COMMAND_GROUPS if group is None else (group,)):
        module.register(command)
    if group is not None and not found:  # not in the group the list says: look in every group
        return _parser_for(wanted, quick=False)
    return parser, found


class _Unbuilt:
    """Stands in for the parser of a command that is not being run: takes every call
    (arguments, groups, sub-commands) and builds nothing."""

    def __getattr__(self, name: str) -> Callable[..., _Unbuilt]:
        return lambda *arguments, **options: self
