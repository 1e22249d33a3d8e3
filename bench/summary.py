"""One table of every benchmark figure against its goal, from the JSON lines the benchmarks
appended to ``$CAQDA_BENCH_RESULTS`` (see harness.report); over-goal lines are marked."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _ms(seconds: float | None) -> str:
    return "" if seconds is None else f"{seconds * 1000:,.0f}"


def main(path: str) -> int:
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    if not rows:
        print("No benchmark figures were recorded.")
        return 0
    width = min(90, max(len(row["label"]) for row in rows))
    probes = [row["probe_s"] for row in rows if row.get("probe_s")]
    quickest = min(probes, default=None)
    header = (
        f"{'figure':<{width}}  {'median ms':>10}  {'min–max ms':>15}  {'goal ms':>8}"
        f"  {'peak MB':>8}  {'goal MB':>8}  {'machine':>7}"
    )
    print()
    print("All benchmark figures")
    print(header)
    print("-" * len(header))
    over = 0
    for row in rows:
        spread = f"{_ms(row['min_s'])}–{_ms(row['max_s'])}"
        peak = f"{row['peak_mb']:.0f}" if row.get("peak_mb") else ""
        goal_mb = f"{row['goal_mb']:.0f}" if row.get("goal_mb") else ""
        mark = "" if row["within"] else "  << OVER GOAL"
        over += not row["within"]
        label = row["label"] if len(row["label"]) <= width else row["label"][: width - 1] + "…"
        slower = f"{row['probe_s'] / quickest:.2f}×" if row.get("probe_s") and quickest else ""
        print(
            f"{label:<{width}}  {_ms(row['median_s']):>10}  {spread:>15}  {_ms(row.get('goal_s')):>8}"
            f"  {peak:>8}  {goal_mb:>8}  {slower:>7}{mark}"
        )
    print(f"{len(rows)} figures, {over} over their goal.")
    if quickest:
        print(
            "machine: how long a fixed pure-Python loop took right after the figure, against its "
            f"quickest in this run ({quickest * 1000:.1f} ms); 1.50× means the machine ran at two "
            "thirds of its speed then (it shares its cores). Figures are as measured, whatever it says."
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
