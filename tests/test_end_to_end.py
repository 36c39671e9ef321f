"""The real pipeline on the real corpus, through the CLI: every layer, the FORMATS.md §3 columns, the
evaluation against the gold, and the ratchet of scores that may only go up."""

import csv
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.tables import EVENT_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "articles"
GOLD = ROOT / "corpus" / "gold" / "events.jsonl"
RATCHET = json.loads((Path(__file__).parent / "ratchet.json").read_text())
LAYERS = ["01_articles", "02_docs", "03_mentions", "04_dates", "05_places", "06_events", "07_tables", "08_metrics"]


@pytest.fixture(scope="module")
def run_output(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    runner = CliRunner()
    result = runner.invoke(app, ["run", str(CORPUS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    evaluation = runner.invoke(app, ["evaluate", "--corpus", str(CORPUS), "--gold", str(GOLD), "--pred", str(out)])
    assert evaluation.exit_code == 0, evaluation.output
    return out, result.output + evaluation.output


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_end_to_end_writes_every_layer_and_prints_summary(run_output):
    out, printed = run_output
    assert [p.name for p in sorted(out.iterdir()) if p.is_dir()] == LAYERS
    for layer in LAYERS:
        assert (out / layer / "_manifest.json").is_file()
    for name in ("events", "consolidated", "mentions", "places", "errors", "dates", "articles", "undated"):
        assert (out / "07_tables" / f"{name}.csv").is_file() and (out / "07_tables" / f"{name}.parquet").is_file()
    assert (out / "07_tables" / "newsevents.duckdb").is_file()
    assert "events" in printed and "detection" in printed


def test_end_to_end_event_columns_follow_formats(run_output):
    out, _ = run_output
    with open(out / "07_tables" / "events.csv", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert tuple(header) == EVENT_COLUMNS
    for row in read_csv(out / "07_tables" / "events.csv"):
        assert row["claim"] in ("true", "false")
        assert 0 <= float(row["confidence"]) <= 1
        assert row["time_precision"] in ("1", "2", "3")


def test_end_to_end_dated_attack_articles_yield_events(run_output):
    out, _ = run_output
    docs = {row["doc_id"] for row in read_csv(out / "07_tables" / "events.csv")}
    for doc_id in ("000_ac468de648f141d6", "001_10f331b345dbec7b", "003_304f24d45dc7f28e"):
        assert doc_id in docs


def test_end_to_end_event_sentences_point_into_the_body(run_output):
    out, _ = run_output
    bodies = {json.loads(line)["doc_id"]: json.loads(line)["body"]
              for line in (out / "01_articles" / "articles.jsonl").read_text().splitlines()}
    for row in read_csv(out / "07_tables" / "events.csv"):
        assert bodies[row["doc_id"]][int(row["char_start"]):int(row["char_end"])] == row["sentence"]


def test_end_to_end_scores_do_not_fall_below_the_ratchet(run_output):
    out, _ = run_output
    overall = json.loads((out / "08_metrics" / "metrics.json").read_text())["overall"]
    assert overall["detection"]["f1"] >= RATCHET["detection_f1"]
    assert overall["strict"]["f1"] >= RATCHET["strict_f1"]
    assert overall["dates_layer"]["exact"] >= RATCHET["dates_layer_exact"]
    assert overall["places_layer"]["within_25km"] >= RATCHET["places_layer_within_25km"]
    assert overall["fields"]["actor1"] >= RATCHET["actor1"]
    assert overall["fields"]["event_type"] >= RATCHET["event_type"]
    assert overall["fields"]["location"] >= RATCHET["location_within_25km"]


def test_end_to_end_broken_file_is_reported_and_the_batch_goes_on(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "003_304f24d45dc7f28e.txt", corpus)
    (corpus / "broken.txt").write_bytes(b"\xff\xfe\x00\x00garbage")
    (corpus / "bad_front.txt").write_text("---\npublished: [\n---\nBody.\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    errors = read_csv(out / "07_tables" / "errors.csv")
    assert {e["doc_id"] for e in errors} == {"broken", "bad_front"}
    assert all(e["reason"] for e in errors)
    assert any(row["doc_id"] == "003_304f24d45dc7f28e" for row in read_csv(out / "07_tables" / "events.csv"))
