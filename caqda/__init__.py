"""caqda: computer-assisted qualitative data analysis for interview studies."""

__version__ = "0.1.0"
