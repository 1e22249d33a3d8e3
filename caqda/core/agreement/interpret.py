"""Words shown beside a coefficient (never instead of it).

κ-type coefficients get Landis & Koch's (1977) bands; α gets Krippendorff's (2004) rule:
α ≥ .800 reliable, .667 ≤ α < .800 only tentative conclusions, below .667 unreliable.
"""

from __future__ import annotations

KAPPA_SCALE = "Landis & Koch 1977"
ALPHA_SCALE = "Krippendorff 2004"
SCALES_LEGEND = (
    "Two scales: the words beside κ follow Landis & Koch (1977): below 0 poor, up to .20 slight, .40 fair, "
    ".60 moderate, .80 substantial, above almost perfect; the words beside α follow Krippendorff (2004): "
    ".800 and above reliable, .667 to .800 tentative, below .667 unreliable. The second is stricter, so "
    "one value can be 'substantial' as κ and 'unreliable' as α."
)
"""Shown under every agreement table (text, Word report, window) so the two words beside one
value do not read as a contradiction."""

_LANDIS_KOCH = (
    (0.20, "slight"),
    (0.40, "fair"),
    (0.60, "moderate"),
    (0.80, "substantial"),
)


def kappa_label(value: float | None) -> str | None:
    """Landis & Koch: <0 poor, ≤.20 slight, ≤.40 fair, ≤.60 moderate, ≤.80 substantial, else
    almost perfect."""
    if value is None:
        return None
    value = round(value, 9)  # a κ of 1e-17 from rounding is 0, not "poor"
    if value < 0:
        return "poor"
    for upper, label in _LANDIS_KOCH:
        if value <= upper:
            return label
    return "almost perfect"


def alpha_label(value: float | None) -> str | None:
    """Krippendorff: ≥.800 reliable, ≥.667 tentative, else unreliable."""
    if value is None:
        return None
    value = round(value, 9)
    if value >= 0.8:
        return "reliable"
    if value >= 0.667:
        return "tentative"
    return "unreliable"
