"""Typed records passed from stage to stage.

Every stage is a function from records to records; these frozen dataclasses are the only
things that cross a stage boundary. Offsets are character offsets (Unicode code points)
into `Article.body`, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Precision = Literal["day", "week", "month", "year"]
TimeKind = Literal["point", "range", "duration", "deadline", "future"]
Feature = Literal["town", "region", "country", "river", "other"]


@dataclass(frozen=True)
class Article:
    """One article of a corpus, after ingest."""

    doc_id: str
    body: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    published_inferred: bool = False
    path: str = ""
    input_format: str = "text"


@dataclass(frozen=True)
class ArticleError:
    """An input that could not become an article, with the reason in words."""

    path: str
    doc_id: str
    stage: str
    reason: str


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    index: int
    start_char: int
    end_char: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A named or described entity found by annotate (actor, place, date, other NER label)."""

    doc_id: str
    text: str
    start_char: int
    end_char: int
    label: str  # ACTOR, PLACE, DATE, or a spaCy label (GPE, LOC, ORG, NORP, PERSON ...)
    sentence: int  # index of the sentence holding it
    kb_id: str = ""  # canonical name for an actor, place name for a place, "" when unknown
    source: str = "ner"  # "ner" (the statistical model) or "ruler" (our patterns)


@dataclass(frozen=True)
class TimeValue:
    """A calendar interval; `end` is inclusive and equals `start` for a single day."""

    start: date
    end: date
    precision: Precision
    kind: TimeKind


@dataclass(frozen=True)
class DateMention:
    doc_id: str
    text: str
    start_char: int
    end_char: int
    sentence: int
    value: TimeValue | None


@dataclass(frozen=True)
class Place:
    """A gazetteer entry a place name resolved to. `latitude`/`longitude` are None for a country."""

    name: str
    feature: Feature
    admin1: str | None
    country: str
    latitude: float | None
    longitude: float | None
    geonameid: int | None
    geo_precision: int


@dataclass(frozen=True)
class PlaceMention:
    doc_id: str
    text: str
    start_char: int
    end_char: int
    sentence: int
    place: Place | None


@dataclass(frozen=True)
class Event:
    """One event of one document, with every gold field of FORMATS.md plus provenance."""

    event_id: str
    doc_id: str
    event_date: date | None
    date_end: date | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: str
    assoc_actor_1: str
    actor2: str
    assoc_actor_2: str
    location: str
    admin1: str
    country: str
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int | None
    claim: bool
    evidence: tuple[str, ...]
    same_as: str
    notes: str
    sentence: str
    char_start: int
    char_end: int
    trigger: str
    date_source: str
    confidence: float


@dataclass(frozen=True)
class UndatedMention:
    """An event-like clause whose text gives no usable date: kept apart from the events table."""

    doc_id: str
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    trigger: str
    sentence: str
    char_start: int
    char_end: int
    reason: str


@dataclass(frozen=True)
class Corpus:
    """What ingest returns: the articles that could be read and the errors for those that could not."""

    articles: tuple[Article, ...]
    errors: tuple[ArticleError, ...] = field(default_factory=tuple)
