"""Benchmarks and their tools, run by hand: a synthetic corpus and a bulk filler for large databases."""
