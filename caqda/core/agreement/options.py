"""What a report was asked for: kept with the report so its figures and its disagreements
can be recomputed from the project alone."""

from __future__ import annotations

from dataclasses import dataclass

from caqda.core.agreement.alpha import LEVELS
from caqda.core.agreement.bootstrap import DEFAULT_THRESHOLDS
from caqda.core.agreement.errors import AgreementError

UNITS = ("character", "segment", "presence", "frequency", "sentence", "paragraph", "turn", "continuum")
RESAMPLING = ("auto", "documents", "units")


@dataclass(frozen=True)
class ReportOptions:
    """``coders`` by name; ``unit`` one of :data:`UNITS`; ``tolerance`` the segment unit's
    overlap (intersection over union, 0–1); ``documents``/``codes`` restrict the comparison
    (names, or code paths ``Parent/Child``; ``None`` = all); ``level`` α's level of
    measurement; ``min_share`` the share of a predefined unit a coding must cover for the unit
    to carry the code (0 = any overlap); ``bootstrap_samples`` replicates for α's interval (0
    = none), drawn over ``bootstrap_over`` ("auto": units for sentences, paragraphs and turns;
    documents otherwise, since characters are not independent and a document is the unit of
    presence and frequency) with ``seed``."""

    coders: tuple[str, ...]
    unit: str = "character"
    tolerance: float = 0.9
    documents: tuple[str, ...] | None = None
    codes: tuple[str, ...] | None = None
    level: str = "nominal"
    min_share: float = 0.0
    bootstrap_samples: int = 1000
    bootstrap_over: str = "auto"
    confidence: float = 0.95
    thresholds: tuple[float, ...] = DEFAULT_THRESHOLDS
    seed: int = 0

    def __post_init__(self) -> None:
        if self.unit not in UNITS:
            raise AgreementError(f"Unknown unit '{self.unit}'; choose one of {', '.join(UNITS)}.")
        if not 0 < self.tolerance <= 1:
            raise AgreementError(
                f"The overlap tolerance must lie in (0, 1], e.g. 0.9 for 90 %; got {self.tolerance}."
            )
        if self.level not in LEVELS:
            raise AgreementError(
                f"Unknown level of measurement '{self.level}'; use one of {', '.join(LEVELS)}."
            )
        if not 0 <= self.min_share <= 1:
            raise AgreementError(f"The minimum share of a unit must lie in [0, 1]; got {self.min_share}.")
        if self.bootstrap_samples < 0:
            raise AgreementError("The number of bootstrap samples cannot be negative.")
        if self.bootstrap_over not in RESAMPLING:
            raise AgreementError(
                f"Resample over one of {', '.join(RESAMPLING)}, not '{self.bootstrap_over}'."
            )
        if not 0 < self.confidence < 1:
            raise AgreementError("The confidence level must lie strictly between 0 and 1, e.g. 0.95.")
        if len(set(self.coders)) < 2:
            raise AgreementError(
                f"Agreement needs at least two different coders; got {', '.join(self.coders) or 'none'}."
            )

    @property
    def resampled(self) -> str:
        """What the bootstrap draws: "documents" or "units"."""
        if self.bootstrap_over != "auto":
            return self.bootstrap_over
        return "units" if self.unit in ("sentence", "paragraph", "turn") else "documents"
