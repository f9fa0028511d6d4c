"""The CLI's commands, one module per command (or command group) and named after it.

Each module imports `app` and the shared options from tariffwatch.commands.shared
and registers its commands; tariffwatch.cli imports them all.
"""
