"""The dates stage: every temporal expression of an article, resolved to an interval with a precision and a kind.

Public API:
- `resolve(expression, anchor, previous=None, tense=None, *, day_first=True) -> TimeValue | None`
- `find_expressions(doc) -> list[tuple[int, int]]`
- `run(article, doc, *, day_first=True) -> tuple[DateMention, ...]`
- `infer_publication_date(text) -> date | None`
"""

from __future__ import annotations

import bisect
import logging
import re

from pipeline.dates.find import find_expressions
from pipeline.dates.publication import infer_publication_date
from pipeline.dates.resolve import resolve
from pipeline.dates.tense import clause_tense
from pipeline.records import Article, DateMention

__all__ = ["find_expressions", "infer_publication_date", "resolve", "run"]

log = logging.getLogger(__name__)

# words just before an expression that change its meaning without being part of it
_CONTEXT_CUES = ("no later than", "by", "before", "in", "within", "for", "over", "during", "after")
_BARE_DAY = re.compile(r"(?:the )?\d{1,2}(?:st|nd|rd|th)?", re.IGNORECASE)
_MONTH_YEAR_TAIL = re.compile(r"(?:of )?([A-Z][a-z]+\.?(?:,? \d{4})?)$")


def run(article: Article, doc, *, day_first: bool = True) -> tuple[DateMention, ...]:
    """An article and its parsed body -> every temporal expression with its value, in text order.

    Each is resolved against `article.published`, with `previous` = the last day-precision point before it and the
    tense of its governing verb; without a publication date every value is None.
    """
    spans = find_expressions(doc)
    starts = [sent.start_char for sent in doc.sents]
    mentions, previous = [], None
    for index, (start, end) in enumerate(spans):
        text = doc.text[start:end]
        value = None
        if article.published is not None:
            query = _query_text(doc.text, spans, index)
            value = resolve(query, article.published, previous, clause_tense(doc, start, end), day_first=day_first)
        if value is not None and value.kind == "point" and value.precision == "day":
            previous = value.start
        mentions.append(DateMention(article.doc_id, text, start, end, bisect.bisect_right(starts, start) - 1, value))
    log.debug("%s: %d date expressions, %d resolved", article.doc_id, len(mentions),
              sum(m.value is not None for m in mentions))
    return tuple(mentions)


def _query_text(text: str, spans: list[tuple[int, int]], index: int) -> str:
    """The words to resolve for one span: its text, completed by a coordinated neighbour's month ("the 11th" ->
    "the 11th September") and led by a cue word before it ("by", "in", "for")."""
    start, end = spans[index]
    query = text[start:end]
    if _BARE_DAY.fullmatch(query):
        query = _borrow_month(text, spans, index, query)
    before = text[max(0, start - 20):start].lower()
    for cue in _CONTEXT_CUES:
        if re.search(rf"\b{cue} $", before):
            return f"{cue} {query}"
    return query


def _borrow_month(text: str, spans: list[tuple[int, int]], index: int, query: str) -> str:
    """A bare day coordinated with its neighbour takes the neighbour's month and year."""
    for other in (index + 1, index - 1):
        if not 0 <= other < len(spans):
            continue
        lo, hi = sorted((spans[index], spans[other]))
        gap = text[lo[1]:hi[0]]
        if re.fullmatch(r"(?:,| and| or)?(?: on)? ", gap) or re.fullmatch(r",? ", gap):
            tail = _MONTH_YEAR_TAIL.search(text[spans[other][0]:spans[other][1]])
            if tail:
                return f"{query} {tail.group(1)}"
    return query
