"""Forward migrations of the project file, one module per schema version after the first.

Each module holds ``migrate(connection)``, which runs inside the caller's transaction and
brings a file one version forward. ``STEPS`` lists them in order: the file at version ``v``
(counting from 1) is upgraded by ``STEPS[v - 1]``. A new project is made by the version-1
script followed by every step, so a fresh file and a migrated one are built by the same code.

A step adds its own tables, columns and indexes and touches nothing another step owns, so that
steps written side by side can be listed in any order before a release.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from types import ModuleType

from caqda.core.migrations import (
    adjudication,
    attribute_types,
    code_sets,
    document_sets,
    marks_index,
    memo_index,
    reviews,
    saved_queries,
    search_index,
    search_vocabulary,
    similar_dismissals,
    speed_indexes,
    tombstones,
)

Migration = Callable[[sqlite3.Connection], None]

_STEP_MODULES: tuple[ModuleType, ...] = (
    document_sets,
    attribute_types,
    code_sets,
    search_index,
    reviews,
    adjudication,
    tombstones,
    speed_indexes,
    saved_queries,
    similar_dismissals,
    memo_index,
    marks_index,
    search_vocabulary,
)

STEPS: tuple[Migration, ...] = tuple(module.migrate for module in _STEP_MODULES)
