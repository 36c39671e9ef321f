"""Guess the publication date of an article that has none: a dateline near the top, else the latest full date."""

from __future__ import annotations

import re
from datetime import date

from pipeline.dates.resolve import resolve

_FULL_DATE = re.compile(
    r"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?,? \d{4}"
    r"|\d{4}-\d{2}-\d{2})\b")
_TOP_CHARS = 400


def infer_publication_date(text: str) -> date | None:
    """An article's text -> a full date (day, month, year) near its top, else the latest in it, else None.

    The caller marks the article `published_inferred=True`.
    """
    found = [(m.start(), _as_date(m.group(0))) for m in _FULL_DATE.finditer(text)]
    found = [(pos, day) for pos, day in found if day is not None]
    if not found:
        return None
    top = [day for pos, day in found if pos < _TOP_CHARS and _stands_alone(text, pos)]
    return top[0] if top else max(day for _, day in found)


def _stands_alone(text: str, pos: int) -> bool:
    """A dateline: the date opens its line (after an optional place or "Published"/"Updated" label)."""
    line_start = text.rfind("\n", 0, pos) + 1
    lead = text[line_start:pos].strip()
    return len(lead) <= 40 and not re.search(r"[.!?]", lead) and (
        lead == "" or lead.endswith(("-", "\u2014", ":", ",")) or lead.lower().startswith(("published", "updated")))


def _as_date(expression: str) -> date | None:
    # a full date does not depend on the anchor; any anchor will do
    value = resolve(expression, date(2000, 1, 1))
    return value.start if value is not None and value.precision == "day" else None
