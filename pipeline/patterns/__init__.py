"""Span grammars kept as data (numeric.txt) and the code that interprets them."""
