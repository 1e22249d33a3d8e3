"""Reading and writing REFI-QDA exchange files (codebooks .qdc, projects .qdpx)."""
