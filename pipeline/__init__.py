"""newsevents: news reports in, checkable political-violence events out."""

__version__ = "0.1.0"
