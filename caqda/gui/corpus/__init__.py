"""Windows for shaping the corpus: documents, sets and attributes."""
