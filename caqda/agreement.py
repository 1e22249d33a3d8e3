"""Inter-coder agreement for notebooks and scripts.

    >>> from caqda import agreement
    >>> round(agreement.cohen_kappa_table([[20, 5], [10, 15]]), 3)
    0.4

Coefficients on plain data (:func:`krippendorff_alpha`, :func:`cohen_kappa`,
:func:`fleiss_kappa`, :func:`unitized_alpha`...) and the project report the CLI and GUI show
(:func:`agreement_report`, :func:`format_table`, :func:`disagreements`). Documented in
``docs/agreement.md``; everything lives in :mod:`caqda.core.agreement`.
"""

from caqda.core.agreement import *  # noqa: F403
from caqda.core.agreement import __all__ as __all__
