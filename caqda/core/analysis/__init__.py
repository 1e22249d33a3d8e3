"""From codings to findings: coding queries, counts and tables, the social-media stage, charts,
the findings report and the analysis database.

Everything here reads the project through one query layer (:mod:`.scope`): the codings that a
set of filters (coders, documents, attributes, speakers) lets through, with the code tree,
the documents' units (sentences, paragraphs, turns) and texts loaded only when asked for.
"""
