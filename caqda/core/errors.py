"""Errors a researcher can cause, each with a message written for them.

The GUI and the CLI catch :class:`CaqdaError` once at their boundary and show ``str(error)``;
anything else escaping the core is a bug.
"""


class CaqdaError(Exception):
    """Base of every error whose message is meant for the user."""


class ProjectError(CaqdaError):
    """The project file cannot be opened or created as asked."""


class NotAProjectError(ProjectError):
    pass


class ProjectTooNewError(ProjectError):
    pass


class ProjectLockedError(ProjectError):
    pass


class ProjectCorruptError(ProjectError):
    pass


class ProjectDamagedError(ProjectCorruptError):
    """The project's content is damaged in a way that would hang or crash caqda; ``report``
    (a :class:`caqda.core.check.CheckReport`) says what, and ``caqda check --repair`` (or the
    GUI's offer) repairs it after keeping a copy."""

    def __init__(self, message: str, report: object) -> None:
        super().__init__(message)
        self.report = report


class DocumentImportError(CaqdaError):
    """A file could not be imported; nothing of it was stored."""


class CodebookError(CaqdaError):
    """A codebook operation was refused (unknown code, name clash, cycle...)."""


class CodingError(CaqdaError):
    """A coding operation was refused (range outside the document, unknown coder...)."""


class NotFoundError(CaqdaError):
    """A document, code or coder named by the user does not exist."""
