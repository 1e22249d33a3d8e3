"""The one error the agreement engine raises for input it cannot measure."""

from __future__ import annotations

from caqda.core.errors import CaqdaError


class AgreementError(CaqdaError):
    """Agreement cannot be computed as asked (one coder, no units, lengths that differ, a
    coefficient that is 0/0 on these data...). The message says why, for a researcher."""
