"""The Pseudonymise window, its key-file dialog and its undoable command."""
