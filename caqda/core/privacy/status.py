"""Whether a project has been pseudonymised, in a sentence for info, Word and REFI-QDA exports."""

from __future__ import annotations

import json
from typing import Any

from caqda.core.project import Project

MARK = "privacy.pseudonymised"


def pseudonymised_state(project: Project) -> dict[str, Any] | None:
    """When and how many replacements, if the project has been pseudonymised (else None)."""
    mark = project.get_setting(MARK)
    return json.loads(mark) if mark else None


def pseudonymised_note(project: Project) -> str | None:
    state = pseudonymised_state(project)
    if state is None:
        return None
    return (
        f"Pseudonymised: {state['replacements']:,} identifying details were replaced by pseudonyms "
        f"(last on {str(state['at'])[:10]}); the key is kept apart from the project."
    )
