"""Building the demo project: 11 transcripts imported, codebook loaded, ~470 quotes anchored."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from timing import measure

from caqda.core.demo import build_demo


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        counter = iter(range(1000))

        def build() -> None:
            build_demo(Path(folder) / f"demo-{next(counter)}.caqda")

        measure("build the demo project", build, goal_seconds=3.0)


if __name__ == "__main__":
    main()
