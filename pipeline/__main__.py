"""`python -m pipeline` is the `newsevents` command."""

from .cli import app

app(prog_name="newsevents")
