"""Running a command imports only its group of commands: the list saying which group holds
which command must agree with what each group registers."""

from __future__ import annotations

import subprocess
import sys

import pytest

from caqda import cli
from tests.conftest import REPO


def _registered(group: str) -> set[str]:
    names: set[str] = set()

    def command(name: str, handler: object, help_text: str) -> object:
        names.add(name)
        return cli._Unbuilt()

    cli.command_groups((group,))[0].register(command)  # type: ignore[arg-type]
    return names


def test_each_listed_command_is_in_its_group() -> None:
    every = {group: _registered(group) for group in cli._COMMAND_GROUPS}
    for name, group in cli._GROUP_OF.items():
        assert name in every[group], f"{name} is not registered by {group}"
    # Each command is registered by one group only, so the list cannot point at a wrong one.
    names = [name for registered in every.values() for name in registered]
    assert len(names) == len(set(names))


def test_a_command_imports_only_its_group() -> None:
    code = (
        "import sys; from caqda.cli import _parser_for; parser, found = _parser_for('search'); "
        "print(found, sorted(m for m in sys.modules if m.startswith('caqda.cli.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    found, modules = out.stdout.split(" ", 1)
    assert found == "True"
    assert "caqda.cli.search_commands" in modules and "caqda.cli.agreement_commands" not in modules


def test_a_command_under_another_group_is_still_found(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(cli._GROUP_OF, "search", "memo_commands")
    parser, found = cli._parser_for("search")
    assert found
    options = parser.parse_args(["search", "p.caqda", "word", "--fuzzy", "80"])
    assert options.fuzzy == 80.0
