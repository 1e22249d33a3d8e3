"""What every command module shares: the way commands are registered, and JSON output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
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
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


NEW_CODER_HELP = "create the coder when the project has none of that name (else a typo is refused)"


def coder_for(project: Project, name: str, *, new_coder: bool) -> Coder:
    """The project's coder called ``name``; created only when the user said ``--new-coder``."""
    try:
        return coders.find_coder(project, name)
    except NotFoundError as error:
        if new_coder:
            return coders.ensure_coder(project, name)
        raise NotFoundError(f"{error} Check the spelling, or add --new-coder to create '{name}'.") from error
