"""Allow `python -m generator`, the same as the `factsheet` command."""

from .cli import main

main(prog_name="factsheet")
