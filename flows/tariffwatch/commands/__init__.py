"""Command groups beyond the core ones in cli.py, one module per area.

Each module imports `app` and the shared options from tariffwatch.cli and
registers its commands; cli.py imports them all at its end.
"""
