"""Running the stages over a corpus: each reads the previous layer, calls its pure stage function per
article, and writes its own numbered layer. One broken article becomes an error row; the batch goes on."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TypeVar

from spacy.tokens import Doc, DocBin

from . import annotate, consolidate, events, ingest, places, tables
from . import dates as dates_stage
from .geocoders import Geocoder
from .nlp import load_nlp
from .records import Article, ArticleError, Event, UndatedMention
from .store import (
    layer_dir,
    read_jsonl,
    read_records,
    require_layer,
    write_jsonl,
    writing_layer,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

Progress = Callable[[str, int], Callable[[], None]]
"""A progress factory: given a task name and a total, returns a function to call after each item."""


def no_progress(_name: str, _total: int) -> Callable[[], None]:
    return lambda: None


@dataclass(frozen=True)
class Summary:
    articles: int
    events: int
    undated: int
    errors: int
    events_by_type: dict[str, int]
    error_reasons: tuple[str, ...]


def guarded(stage: str, article: Article, errors: list[ArticleError], work: Callable[[], T]) -> T | None:
    """Run one article's work; an exception becomes that article's error row and the batch goes on."""
    try:
        return work()
    except Exception as err:  # noqa: BLE001 - recorded as a row of the errors table, never silent
        log.exception("%s failed on %s", stage, article.doc_id)
        errors.append(ArticleError(article.path, article.doc_id, stage, f"{type(err).__name__}: {err}"))
        return None


# --- 01 ingest ---------------------------------------------------------------------------------------

def run_ingest(corpus: Path, out: Path) -> tuple[list[Article], list[ArticleError]]:
    result = ingest.read_corpus(Path(corpus), infer_date=dates_stage.infer_publication_date)
    with writing_layer(out, "articles", {"corpus": str(corpus)}) as folder:
        write_jsonl(folder / "articles.jsonl", result.articles)
        write_jsonl(folder / "errors.jsonl", result.errors)
    return list(result.articles), list(result.errors)


def load_articles(out: Path) -> list[Article]:
    return read_records(require_layer(out, "articles", "ingest CORPUS") / "articles.jsonl", Article)


# --- 02/03 annotate ---------------------------------------------------------------------------------

def run_annotate(out: Path, progress: Progress = no_progress) -> list[ArticleError]:
    articles = load_articles(out)
    nlp = load_nlp()
    errors: list[ArticleError] = []
    bin_ = DocBin(store_user_data=True)
    sentences, mentions = [], []
    tick = progress("annotate", len(articles))
    for article in articles:
        doc = guarded("annotate", article, errors, lambda a=article: nlp(a.body))
        tick()
        if doc is None:
            continue
        doc.user_data["doc_id"] = article.doc_id
        bin_.add(doc)
        sentences.extend(annotate.sentences_of(article.doc_id, doc))
        mentions.extend(annotate.mentions_of(article.doc_id, doc))
    with writing_layer(out, "docs", {"model": nlp.meta.get("name"), "model_version": nlp.meta.get("version")}) as folder:
        bin_.to_disk(folder / "docs.spacy")
        write_jsonl(folder / "errors.jsonl", errors)
    with writing_layer(out, "mentions") as folder:
        write_jsonl(folder / "sentences.jsonl", sentences)
        write_jsonl(folder / "mentions.jsonl", mentions)
    return errors


def load_docs(out: Path) -> list[tuple[Article, Doc]]:
    """The annotated articles with their docs, in corpus order (articles that failed annotate are absent)."""
    by_id = {a.doc_id: a for a in load_articles(out)}
    folder = require_layer(out, "docs", "annotate")
    nlp = load_nlp()
    docs = DocBin().from_disk(folder / "docs.spacy").get_docs(nlp.vocab)
    return [(by_id[d.user_data["doc_id"]], d) for d in docs if d.user_data.get("doc_id") in by_id]


# --- 04 dates / 05 places ---------------------------------------------------------------------------

def run_mention_stage(out: Path, layer: str, run_stage: Callable[[Article, Doc], Iterable], to_row,
                      progress: Progress) -> list[ArticleError]:
    """Run a per-article mention stage (dates, places) over the annotated docs into its layer."""
    pairs = load_docs(out)
    errors: list[ArticleError] = []
    rows: list[dict] = []
    tick = progress(layer, len(pairs))
    for article, doc in pairs:
        found = guarded(layer, article, errors, lambda a=article, d=doc: run_stage(a, d)) or ()
        rows.extend(to_row(m) for m in found)
        tick()
    with writing_layer(out, layer) as folder:
        write_jsonl(folder / f"{layer}.jsonl", rows)
        write_jsonl(folder / "errors.jsonl", errors)
    return errors


def run_dates(out: Path, progress: Progress = no_progress) -> list[ArticleError]:
    return run_mention_stage(out, "dates", dates_stage.run, tables.date_row, progress)


def run_places(out: Path, progress: Progress = no_progress, fallback: Geocoder | None = None) -> list[ArticleError]:
    """The places layer; `fallback` (None: the gazetteer alone) is asked for the names the gazetteer misses."""
    return run_mention_stage(out, "places", partial(places.run, fallback=fallback), tables.place_row, progress)


def grouped(rows: Iterable[T], key: Callable[[T], str]) -> dict[str, list[T]]:
    groups: dict[str, list[T]] = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)
    return groups


# --- 06 events --------------------------------------------------------------------------------------

def run_events(out: Path, progress: Progress = no_progress) -> list[ArticleError]:
    pairs = load_docs(out)
    date_rows = read_jsonl(require_layer(out, "dates", "dates") / "dates.jsonl")
    place_rows = read_jsonl(require_layer(out, "places", "places") / "places.jsonl")
    dates_by_doc = grouped((tables.date_mention(r) for r in date_rows), lambda m: m.doc_id)
    places_by_doc = grouped((tables.place_mention(r) for r in place_rows), lambda m: m.doc_id)
    errors: list[ArticleError] = []
    found: list[Event] = []
    undated: list[UndatedMention] = []
    tick = progress("events", len(pairs))
    for article, doc in pairs:
        result = guarded("events", article, errors, lambda a=article, d=doc: events.run(
            a, d, dates_by_doc.get(a.doc_id, []), places_by_doc.get(a.doc_id, [])))
        tick()
        if result is not None:
            found.extend(result[0])
            undated.extend(result[1])
    found, occurrences = consolidate.link(found)
    with writing_layer(out, "events") as folder:
        write_jsonl(folder / "events.jsonl", found)
        write_jsonl(folder / "consolidated.jsonl", occurrences)
        write_jsonl(folder / "undated.jsonl", undated)
        write_jsonl(folder / "errors.jsonl", errors)
    return errors


# --- 07 tables --------------------------------------------------------------------------------------

def run_tables(out: Path) -> Summary:
    articles = load_articles(out)
    events_dir = require_layer(out, "events", "events")
    found = read_records(events_dir / "events.jsonl", Event)
    undated = read_records(events_dir / "undated.jsonl", UndatedMention)
    errors = collect_errors(out)
    frames = tables.build(
        consolidated=read_jsonl(events_dir / "consolidated.jsonl"),
        articles=articles,
        events=found,
        undated=undated,
        mentions=read_jsonl(require_layer(out, "mentions", "annotate") / "mentions.jsonl"),
        dates=read_jsonl(require_layer(out, "dates", "dates") / "dates.jsonl"),
        places=read_jsonl(require_layer(out, "places", "places") / "places.jsonl"),
        errors=errors,
    )
    with writing_layer(out, "tables") as folder:
        tables.write(frames, folder)
    return summarize(articles, found, undated, errors)


def summarize(articles: list[Article], found: list[Event], undated: list[UndatedMention],
              errors: list[ArticleError]) -> Summary:
    by_type: dict[str, int] = {}
    for event in found:
        by_type[event.event_type] = by_type.get(event.event_type, 0) + 1
    return Summary(len(articles), len(found), len(undated), len(errors), by_type,
                   tuple(f"{e.doc_id} ({e.stage}): {e.reason}" for e in errors))


def load_summary(out: Path) -> Summary:
    """The summary of a finished run, read back from its layers."""
    require_layer(out, "tables", "tables")
    events_dir = require_layer(out, "events", "events")
    return summarize(load_articles(out), read_records(events_dir / "events.jsonl", Event),
                     read_records(events_dir / "undated.jsonl", UndatedMention), collect_errors(out))


def collect_errors(out: Path) -> list[ArticleError]:
    """Every stage's error rows, in stage order."""
    errors: list[ArticleError] = []
    for layer in ("articles", "docs", "dates", "places", "events"):
        path = layer_dir(out, layer) / "errors.jsonl"
        if path.is_file():
            errors.extend(read_records(path, ArticleError))
    return errors


def run_all(corpus: Path, out: Path, progress: Progress = no_progress, fallback: Geocoder | None = None) -> Summary:
    """Every stage, in order, from a corpus folder to the tables; `fallback` as in `run_places`."""
    run_ingest(corpus, out)
    run_annotate(out, progress)
    run_dates(out, progress)
    run_places(out, progress, fallback)
    run_events(out, progress)
    return run_tables(out)


def load_articles_from_corpus(corpus: Path) -> list[Article]:
    """The readable articles of a corpus folder, without writing anything (for measurements)."""
    return list(ingest.read_corpus(Path(corpus)).articles)
