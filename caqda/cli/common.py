"""What every command module shares: the way commands are registered, and JSON output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any, Protocol

Handler = Callable[[argparse.Namespace], int]


class CommandAdder(Protocol):
    """``command(name, handler, help)`` adds a subcommand and returns its parser for arguments."""

    def __call__(self, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser: ...


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
