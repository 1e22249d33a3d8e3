"""The Similar passages window: suggestions for a code (or like a selection), accepted or dismissed."""
