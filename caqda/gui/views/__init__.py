"""Widgets that show project content: the transcript, its margins, the docks' panels."""
