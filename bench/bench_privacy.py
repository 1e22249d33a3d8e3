"""Pseudonymisation and similar passages over the 10 MB project (200 interviews, 60,000
codings), each run in a fresh process.

- scan: every detector over every document (the synthetic corpus holds few names, so this
  measures the regular expressions over 10 MB of text);
- apply: 5,000 replacements (25 in each document, of words standing in for names, so that
  pseudonyms are longer and shorter than what they replace) with every coding, paragraph and
  speaker turn remapped and the key file written, on a fresh copy of the project;
- similar: ranking the uncoded sentences of the whole project against one code.
Goals from issue 12: scan < 3 s, apply < 3 s, similar < 1 s.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from harness import child_main, run_case
from projects import working_copy

SCRIPT = Path(__file__)
STAND_INS = ("hospital", "paciente", "equipe", "família", "ouvidoria")


def _scan_case(path: str) -> float:
    from caqda.core.privacy.detect import scan
    from caqda.core.project import Project

    with Project.open(path) as project:
        started = time.perf_counter()
        scan(project)
        return time.perf_counter() - started


def _apply_case(path: str) -> float:
    from caqda.core.privacy.keyfile import write_key
    from caqda.core.privacy.replace import Decision, pseudonymise
    from caqda.core.project import Project

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.caqda"
        shutil.copyfile(path, copy)
        with Project.open(copy) as project:
            decisions = []
            pattern = re.compile(r"\b(" + "|".join(STAND_INS) + r")\b")
            for uuid, text in project.rows("SELECT uuid, text FROM documents ORDER BY id"):
                for number, match in enumerate(pattern.finditer(text)):
                    if number == 25:
                        break
                    role = "Patient" if match.group() == "paciente" else "Person"
                    decisions.append(Decision(uuid, match.start(), match.end(), match.group(), role=role))
            assert len(decisions) == 5_000, len(decisions)
            assert project.scalar("SELECT COUNT(*) FROM codings") == 60_000
            key = Path(folder) / "copy.caqda-key"
            started = time.perf_counter()
            result = pseudonymise(
                project,
                decisions,
                keep_key=lambda entries: write_key(key, entries, "benchmark passphrase", project_name="copy"),
            )
            seconds = time.perf_counter() - started
            assert result.replacements >= 5_000 and result.codings == 60_000
            return seconds


def _similar_case(path: str, unit: str, warm: str = "") -> float:
    """One code's ranking; ``warm`` ranks another code first (untimed), as a coder moving from
    code to code in the window does: the units are then already split."""
    from caqda.core import codebook
    from caqda.core.project import Project
    from caqda.core.similar import similar_passages

    with Project.open(path) as project:
        if warm:
            similar_passages(project, codebook.find_code(project, "Code 0.2").id, unit=unit, top=20)
        code = codebook.find_code(project, "Code 0.1")
        started = time.perf_counter()
        suggestions = similar_passages(project, code.id, unit=unit, top=20)
        seconds = time.perf_counter() - started
        assert suggestions
        return seconds


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = working_copy("10mb", Path(folder))
        print("Privacy and similar passages over the 10 MB project; timings disturbed by other processes.")
        run_case("pseudonymise: scan all 200 documents", SCRIPT, "scan", arguments=(str(path),),
                 goal_seconds=3.0)  # fmt: skip
        run_case(
            "pseudonymise: apply 5,000 replacements, 60,000 codings remapped, key written",
            SCRIPT,
            "apply",
            arguments=(str(path),),
            goal_seconds=3.0,
        )
        for unit, warm, label in (
            ("sentence", "", "sentences, first ranking (154,000 sentences split)"),
            ("sentence", "warm", "sentences, next code"),
            ("paragraph", "", "paragraphs"),
            ("turn", "", "speaker turns"),
        ):
            run_case(f"similar passages, one code (1,004 codings): {label}", SCRIPT, "similar",
                     arguments=(str(path), unit, warm), goal_seconds=1.0)  # fmt: skip


if __name__ == "__main__":
    if not child_main({"scan": _scan_case, "apply": _apply_case, "similar": _similar_case}):
        main()
