"""newsevents: news reports in, checkable political-violence events out.

`pipeline.extract(text, published=None)` returns the events of one text; `newsevents run CORPUS --out DIR`
runs the staged pipeline over a folder of articles.
"""

__version__ = "0.1.0"


def extract(text, published=None, doc_id="text"):
    """The events of one text (see `pipeline.api.extract`)."""
    from .api import extract as _extract  # imported on use: spaCy loads this package through its entry point

    return _extract(text, published, doc_id)
