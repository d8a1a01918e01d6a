"""Factsheet: source articles in, searchable fact sheet site out.

Pipeline stages, one module each: read -> extract -> merge -> render -> index -> write.
"""

import importlib.metadata

try:
    __version__ = importlib.metadata.version("factsheet")
except importlib.metadata.PackageNotFoundError:  # run from a checkout that was never installed
    __version__ = "0+unknown"
