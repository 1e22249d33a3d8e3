"""The PySide6 desktop interface. Widgets call ``caqda.core``; they never run SQL."""
