"""The researcher's standing decisions: strings to flag "always", strings to flag "never", and
patterns of their own. Kept in the project settings (``privacy.rules``, JSON) so every scan
of the project, from the GUI or the CLI, applies them.

After a pseudonymisation the "always" strings (real names) are dropped from the settings:
they live on only in the key file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from caqda.core import audit
from caqda.core.errors import CaqdaError
from caqda.core.project import Project

SETTING = "privacy.rules"
KINDS = ("always", "never")


@dataclass(frozen=True)
class AlwaysRule:
    text: str
    category: str = "person"


@dataclass(frozen=True)
class PatternRule:
    pattern: str
    category: str = "id"


@dataclass(frozen=True)
class Rules:
    always: tuple[AlwaysRule, ...] = ()
    never: tuple[str, ...] = ()
    patterns: tuple[PatternRule, ...] = field(default=())


def load_rules(project: Project) -> Rules:
    raw = project.get_setting(SETTING)
    if not raw:
        return Rules()
    data = json.loads(raw)
    return Rules(
        always=tuple(
            AlwaysRule(item["text"], item.get("category", "person")) for item in data.get("always", [])
        ),
        never=tuple(data.get("never", [])),
        patterns=tuple(
            PatternRule(item["pattern"], item.get("category", "id")) for item in data.get("patterns", [])
        ),
    )


def set_rule(project: Project, text: str, kind: str | None, category: str = "person") -> Rules:
    """Flag ``text`` always (as ``category``) or never, or forget it (``kind`` None)."""
    text = " ".join(text.split())
    if not text:
        raise CaqdaError("An always/never rule needs some text.")
    if kind not in (*KINDS, None):
        raise CaqdaError(f"A rule is 'always' or 'never', not '{kind}'.")
    rules = load_rules(project)
    folded = text.casefold()
    always = [rule for rule in rules.always if rule.text.casefold() != folded]
    never = [item for item in rules.never if item.casefold() != folded]
    if kind == "always":
        always.append(AlwaysRule(text, category))
    elif kind == "never":
        never.append(text)
    updated = Rules(tuple(always), tuple(never), rules.patterns)
    _save(project, updated, f"privacy rule {kind or 'cleared'}")
    return updated


def add_pattern(project: Project, pattern: str, category: str = "id") -> Rules:
    from caqda.core.privacy.detect import _compile

    _compile(pattern)
    rules = load_rules(project)
    updated = Rules(rules.always, rules.never, (*rules.patterns, PatternRule(pattern, category)))
    _save(project, updated, "privacy pattern added")
    return updated


def forget_always(project: Project) -> None:
    """Drop the "always" strings (inside the caller's transaction): they are real names."""
    rules = load_rules(project)
    if rules.always:
        _write(project, Rules((), rules.never, rules.patterns))


def put_rules(project: Project, rules: Rules) -> None:
    """Put back rules as they were (an undo), in a transaction of their own."""
    _save(project, rules, "privacy rules restored")


def _save(project: Project, rules: Rules, action: str) -> None:
    with project.transaction():
        _write(project, rules)
        # the strings themselves stay out of the audit trail: they may be names
        audit.record(
            project, action, "project", None, after={"always": len(rules.always), "never": len(rules.never)}
        )


def _write(project: Project, rules: Rules) -> None:
    data = {
        "always": [{"text": rule.text, "category": rule.category} for rule in rules.always],
        "never": list(rules.never),
        "patterns": [{"pattern": rule.pattern, "category": rule.category} for rule in rules.patterns],
    }
    project.connection.execute(
        "INSERT INTO settings(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (SETTING, json.dumps(data, ensure_ascii=False)),
    )
