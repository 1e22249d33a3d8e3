"""Small self-contained dialogs: plain data in, plain data out, no project or database access."""
