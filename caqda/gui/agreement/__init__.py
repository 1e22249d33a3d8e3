"""The agreement view: coefficients per code with their meaning, the coder-pair matrix, and
each disagreement shown side by side in the transcript."""
