"""The evaluation's edges: read gold and predicted files into rows, call `evaluate.score`, write 08_metrics.

Files read (FORMATS.md §2-§6): the gold events JSON Lines file and, beside it, `dates.jsonl` and `places.jsonl`
when present; from the `--pred` folder `07_tables/events.csv` (or `events.parquet` when no CSV is there),
`04_dates/dates.jsonl` and `05_places/places.jsonl`. Files written: `08_metrics/metrics.json` and
`08_metrics/report.txt`, as one atomically swapped layer. Every malformed line raises GoldFormatError naming
the file, the line and the problem.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Mapping
from pathlib import Path

from .errors import GoldFormatError, StageInputMissing
from .evaluate import Evaluation, coerce_event, coerce_layer_item, format_report, score
from .store import LAYERS, writing_layer

log = logging.getLogger(__name__)

GOLD_REQUIRED = ("event_id", "doc_id", "event_type", "evidence")
PRED_REQUIRED = (
    "event_id", "doc_id", "event_date", "date_end", "time_precision", "event_type", "sub_event_type", "actor1",
    "actor2", "location", "latitude", "longitude", "fatalities", "claim", "same_as", "char_start", "char_end",
)
LAYER_REQUIRED = ("doc_id", "start_char", "end_char")


def evaluate(corpus: Path, gold: Path, pred: Path) -> Evaluation:
    """Score the predictions in `pred` against `gold` over the articles of `corpus`; write 08_metrics; return it."""
    from .ingest import read_corpus

    bodies = {article.doc_id: article.body for article in read_corpus(Path(corpus)).articles}
    result = evaluate_bodies(bodies, Path(gold), Path(pred))
    write_metrics(Path(pred), result)
    return result


def evaluate_bodies(bodies: Mapping[str, str], gold: Path, pred: Path) -> Evaluation:
    """Read the gold set and the predictions, and score them over `bodies` (doc_id -> body); writes nothing."""
    gold_dir, pred = gold.parent, Path(pred)
    return score(
        bodies,
        read_gold_events(gold),
        read_pred_events(pred),
        gold_dates=read_layer(gold_dir / "dates.jsonl"),
        pred_dates=read_layer(pred / LAYERS["dates"] / "dates.jsonl"),
        gold_places=read_layer(gold_dir / "places.jsonl"),
        pred_places=read_layer(pred / LAYERS["places"] / "places.jsonl"),
        gold_path=str(gold),
    )


def write_metrics(pred: Path, result: Evaluation) -> Path:
    """Write metrics.json and report.txt into `<pred>/08_metrics` (swapped in atomically); return that folder."""
    with writing_layer(pred, "metrics", {"stage": "evaluate", "gold": result.metrics["gold"]}) as folder:
        (folder / "metrics.json").write_text(json.dumps(result.metrics, indent=1, ensure_ascii=False) + "\n",
                                             encoding="utf-8")
        (folder / "report.txt").write_text(format_report(result) + "\n", encoding="utf-8")
    return pred / LAYERS["metrics"]


# ---------------------------------------------------------------- gold and layers


def read_jsonl_objects(path: Path) -> list[tuple[int, dict]]:
    """(line number, object) for each non-blank line; GoldFormatError for a line that is not a JSON object."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                raise GoldFormatError(f"{path}:{number}: not valid JSON ({err.msg}); one object per line") from None
            if not isinstance(obj, dict):
                raise GoldFormatError(f"{path}:{number}: expected a JSON object, got {type(obj).__name__}")
            rows.append((number, obj))
    return rows


def read_gold_events(path: Path) -> list[dict]:
    """Gold events of FORMATS.md §2, each checked: required keys, evidence a list of strings, readable values."""
    if not Path(path).is_file():
        raise GoldFormatError(f"gold file {path} does not exist")
    rows = []
    for number, obj in read_jsonl_objects(path):
        missing = [key for key in GOLD_REQUIRED if key not in obj]
        if missing:
            raise GoldFormatError(f"{path}:{number}: missing key(s) {', '.join(missing)}")
        evidence = obj["evidence"]
        if not isinstance(evidence, list) or not all(isinstance(item, str) for item in evidence):
            raise GoldFormatError(f"{path}:{number}: evidence must be a list of strings, got {evidence!r}")
        check_event(obj, path, number)
        rows.append(obj)
    return rows


def read_layer(path: Path) -> list[dict] | None:
    """A dates or places layer of §6, or None when the file is absent."""
    if not Path(path).is_file():
        return None
    rows = []
    for number, obj in read_jsonl_objects(path):
        missing = [key for key in LAYER_REQUIRED if key not in obj]
        if missing:
            raise GoldFormatError(f"{path}:{number}: missing key(s) {', '.join(missing)}")
        try:
            coerce_layer_item(obj)
        except ValueError as err:
            raise GoldFormatError(f"{path}:{number}: {err}") from None
        rows.append(obj)
    return rows


def check_event(row: Mapping, path: Path, number: int) -> None:
    """GoldFormatError naming the file and line when a value of `row` cannot be read."""
    try:
        event = coerce_event(row)
    except ValueError as err:
        raise GoldFormatError(f"{path}:{number}: {err}") from None
    if not event.doc_id:
        raise GoldFormatError(f"{path}:{number}: doc_id is empty")


# ---------------------------------------------------------------- predictions


def read_pred_events(pred: Path) -> list[dict]:
    """Predicted events from `<pred>/07_tables/events.csv`, else `events.parquet`, as rows of strings/values."""
    folder = Path(pred) / LAYERS["tables"]
    if (folder / "events.csv").is_file():
        return read_events_csv(folder / "events.csv")
    if (folder / "events.parquet").is_file():
        return read_events_parquet(folder / "events.parquet")
    raise StageInputMissing(f"no events.csv or events.parquet in {folder}; run `newsevents run --out {pred}` first")


def read_events_csv(path: Path) -> list[dict]:
    """The CSV event table of FORMATS.md §3, every cell a string (converted later by `coerce_event`)."""
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        check_columns(reader.fieldnames or [], path)
        rows = []
        for row in reader:
            check_prediction(row, path, reader.line_num)
            rows.append(dict(row))
    return rows


def read_events_parquet(path: Path) -> list[dict]:
    """The Parquet event table, lists and missing values made plain Python."""
    import pandas as pd

    frame = pd.read_parquet(path)
    check_columns(list(frame.columns), path)
    rows = []
    for number, record in enumerate(frame.to_dict(orient="records"), start=1):
        row = {key: plain(value) for key, value in record.items()}
        check_prediction(row, path, number)
        rows.append(row)
    return rows


def plain(value):
    """A data-frame cell as a plain value: arrays to lists, pandas NA/NaT to None."""
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        value = value.tolist()
    if isinstance(value, list):
        return value
    try:
        import pandas as pd

        return None if pd.isna(value) else value
    except (TypeError, ValueError):
        return value


def check_columns(columns: list[str], path: Path) -> None:
    missing = [name for name in PRED_REQUIRED if name not in columns]
    if missing:
        raise GoldFormatError(f"{path}:1: missing column(s) {', '.join(missing)} (FORMATS.md §3)")


def check_prediction(row: Mapping, path: Path, number: int) -> None:
    """A prediction needs readable values and its span (char_start, char_end)."""
    check_event(row, path, number)
    event = coerce_event(row)
    if event.char_start is None or event.char_end is None:
        raise GoldFormatError(f"{path}:{number}: char_start and char_end are required")
    if event.char_end < event.char_start:
        raise GoldFormatError(f"{path}:{number}: char_end {event.char_end} is before char_start {event.char_start}")
