"""Factsheet: source articles in, searchable fact sheet site out.

Pipeline stages, one module each: read -> extract -> merge -> render -> index -> write.
"""
