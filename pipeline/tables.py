"""Tables: records to flat rows, and rows to CSV, Parquet and one embedded DuckDB database.

Column names and value conventions follow FORMATS.md §3: in CSV a list is its items joined by ` | `,
a boolean is `true`/`false`, an empty value is an empty cell.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd

from .records import Article, ArticleError, DateMention, Event, Place, PlaceMention, TimeValue, UndatedMention
from .store import to_jsonable, write_text

GOLD_FIELDS = (
    "event_id", "doc_id", "event_date", "date_end", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "location", "admin1", "country",
    "latitude", "longitude", "geo_precision", "fatalities", "claim", "evidence", "same_as", "notes",
)
PROVENANCE_FIELDS = ("sentence", "char_start", "char_end", "trigger", "date_source", "confidence")
EVENT_COLUMNS = GOLD_FIELDS + PROVENANCE_FIELDS
LIST_SEPARATOR = " | "
DATABASE = "newsevents.duckdb"


# --- layer rows (FORMATS.md §6 shapes) --------------------------------------------------------------

def date_row(m: DateMention) -> dict:
    value = m.value
    return {
        "doc_id": m.doc_id, "text": m.text, "start_char": m.start_char, "end_char": m.end_char,
        "start": value.start.isoformat() if value else None, "end": value.end.isoformat() if value else None,
        "precision": value.precision if value else None, "kind": value.kind if value else None,
        "sentence": m.sentence,
    }


def date_mention(row: dict) -> DateMention:
    value = None
    if row.get("start"):
        value = TimeValue(date.fromisoformat(row["start"]), date.fromisoformat(row["end"]),
                          row["precision"], row["kind"])
    return DateMention(row["doc_id"], row["text"], row["start_char"], row["end_char"], row.get("sentence", 0), value)


PLACE_KEYS = ("name", "feature", "admin1", "country", "latitude", "longitude", "geonameid", "geo_precision")


def place_row(m: PlaceMention) -> dict:
    row = {"doc_id": m.doc_id, "text": m.text, "start_char": m.start_char, "end_char": m.end_char}
    row.update({k: getattr(m.place, k) if m.place else None for k in PLACE_KEYS})
    row["sentence"] = m.sentence
    return row


def place_mention(row: dict) -> PlaceMention:
    place = Place(**{k: row.get(k) for k in PLACE_KEYS}) if row.get("name") else None
    return PlaceMention(row["doc_id"], row["text"], row["start_char"], row["end_char"], row.get("sentence", 0), place)


# --- tables -----------------------------------------------------------------------------------------

CONSOLIDATED_COLUMNS = ("event_uid", "doc_ids", "event_ids", "event_date", "event_type", "actor1", "actor2",
                        "location", "fatalities")


def build(*, consolidated: Sequence[dict], articles: Sequence[Article], events: Sequence[Event],
          undated: Sequence[UndatedMention],
          mentions: Sequence[dict], dates: Sequence[dict], places: Sequence[dict],
          errors: Sequence[ArticleError]) -> dict[str, pd.DataFrame]:
    """Every output table as a DataFrame, with stable column orders even when a table is empty."""
    article_rows = [{k: v for k, v in to_jsonable(a).items() if k != "body"} | {"characters": len(a.body)}
                    for a in articles]
    return {
        "events": frame((to_jsonable(e) for e in events), EVENT_COLUMNS),
        "undated": frame((to_jsonable(u) for u in undated), field_names(UndatedMention)),
        "consolidated": frame(consolidated, CONSOLIDATED_COLUMNS),
        "articles": frame(article_rows, tuple(k for k in field_names(Article) if k != "body") + ("characters",)),
        "mentions": frame(mentions, ("doc_id", "text", "start_char", "end_char", "label", "sentence", "kb_id", "source")),
        "dates": frame(dates, ("doc_id", "text", "start_char", "end_char", "start", "end", "precision", "kind", "sentence")),
        "places": frame(places, ("doc_id", "text", "start_char", "end_char") + PLACE_KEYS + ("sentence",)),
        "errors": frame((to_jsonable(e) for e in errors), field_names(ArticleError)),
    }


def field_names(cls) -> tuple[str, ...]:
    return tuple(cls.__dataclass_fields__)


def frame(rows: Iterable[dict], columns: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(columns))


def write(frames: dict[str, pd.DataFrame], folder: Path) -> None:
    """Each table as `<name>.csv` and `<name>.parquet`, and all of them in one DuckDB file."""
    for name, df in frames.items():
        write_text(folder / f"{name}.csv", csv_text(df))
        df_for_parquet(df).to_parquet(folder / f"{name}.parquet", index=False)
    write_duckdb(frames, folder / DATABASE)


def csv_text(df: pd.DataFrame) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(df.columns)
    for row in df.itertuples(index=False):
        writer.writerow([csv_cell(v) for v in row])
    return buffer.getvalue()


def csv_cell(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return str(value)


def df_for_parquet(df: pd.DataFrame) -> pd.DataFrame:
    """Parquet keeps lists as lists; mixed object columns of scalars become strings or numbers."""
    return df.convert_dtypes()


def write_duckdb(frames: dict[str, pd.DataFrame], path: Path) -> None:
    """Build the database in a temporary file, then rename it into place."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    os.unlink(tmp)  # DuckDB creates the file itself
    try:
        with duckdb.connect(tmp) as con:
            for name, df in frames.items():
                con.register("frame", df_for_parquet(df))
                con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM frame')
                con.unregister("frame")
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
        Path(tmp + ".wal").unlink(missing_ok=True)
