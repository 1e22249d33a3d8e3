"""Review: the supervisor's walk through codings, and the marks shown on stripes and in the dock."""
