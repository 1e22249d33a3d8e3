"""Analysis windows: coding queries, tables and charts."""
