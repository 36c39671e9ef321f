"""The Python API for one text: the same stages as a corpus run, in memory, with no files written."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from . import dates as dates_stage
from . import events, places
from .errors import ArticleUnreadable
from .ingest import make_article
from .nlp import load_nlp
from .records import Event


def extract(text: str, published: date | str | None = None, doc_id: str = "text") -> list[Event]:
    """The events of one text. Without `published`, the publication date is inferred from the text as for an
    article without one; when none can be inferred, relative dates cannot be resolved and fewer events result."""
    meta = {"published": published.isoformat() if isinstance(published, date) else published}
    article = make_article(doc_id, text, meta, "text")
    if article.published is None:
        inferred = dates_stage.infer_publication_date(text)
        if inferred is not None:
            article = replace(article, published=inferred, published_inferred=True)
    doc = load_nlp()(article.body)
    found, _undated = events.run(article, doc, dates_stage.run(article, doc), places.run(article, doc))
    return found


__all__ = ["extract", "ArticleUnreadable"]
