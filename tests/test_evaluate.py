"""The evaluator on small hand-made cases whose figures are computed by hand (FORMATS.md §4-§6)."""

from __future__ import annotations

import csv
import itertools
import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import evalio
from pipeline.errors import GoldFormatError
from pipeline.evaluate import (
    ScoredEvent,
    coerce_event,
    collapse_spaces,
    date_agrees,
    detects,
    find_spans,
    format_report,
    load_alias_table,
    max_weight_matching,
    parse_alias_table,
    same_name,
    score,
)

S1 = "On 13 September 2023, CMA fighters attacked the army camp in Bourem."
S2 = "On 8 September, JNIM shot down a helicopter near Segou."
S3 = "Markets were calm in Bamako on Friday."
BODY = f"{S1} {S2}\n{S3}"
BODIES = {"doc1": BODY}


def gold_event(evidence: str = S1, **changes) -> dict:
    """A gold event of FORMATS.md §2 on sentence S1 unless changed."""
    event = {
        "event_id": "doc1#1", "doc_id": "doc1", "event_date": "2023-09-13", "date_end": None, "time_precision": 1,
        "event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "CMA", "assoc_actor_1": "",
        "actor2": "Military Forces of Mali", "assoc_actor_2": "", "location": "Bourem", "admin1": "Gao",
        "country": "Mali", "latitude": 16.9547, "longitude": -0.3487, "geo_precision": 1, "fatalities": None,
        "claim": False, "evidence": [evidence], "same_as": "", "notes": "",
    }
    event.update(changes)
    return event


def predicted(gold: dict, body: str = BODY, **changes) -> dict:
    """A prediction copying `gold`, its span on the first evidence sentence."""
    start = body.index(gold["evidence"][0])
    event = {**gold, "char_start": start, "char_end": start + len(gold["evidence"][0]),
             "sentence": gold["evidence"][0], "trigger": "", "date_source": "text", "confidence": 0.9}
    event.update(changes)
    return event


GOLD2 = gold_event(S2, event_id="doc1#2", event_date="2023-09-08", event_type="Battles", sub_event_type="Armed clash",
                   actor1="JNIM", actor2="Military Forces of Mali", location="Segou", latitude=13.4317,
                   longitude=-6.2157, fatalities=3)


def overall(result) -> dict:
    return result.metrics["overall"]


# ---------------------------------------------------------------- detection and fields


def test_evaluate_perfect_prediction_scores_one():
    gold = [gold_event(), GOLD2]
    result = score(BODIES, gold, [predicted(g) for g in gold])
    assert overall(result)["detection"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 2, "fp": 0, "fn": 0}
    assert overall(result)["strict"]["f1"] == 1.0
    fields = overall(result)["fields"]
    assert fields == {"event_type": 1.0, "sub_event_type": 1.0, "actor1": 1.0, "actor2": 1.0, "date": 1.0,
                      "date_within_precision": 1.0, "location": 1.0, "location_median_km": 0.0,
                      "fatalities": 1.0, "claim": 1.0}
    assert result.errors == ()


def test_evaluate_missing_event_lowers_recall_only():
    result = score(BODIES, [gold_event(), GOLD2], [predicted(gold_event())])
    assert overall(result)["detection"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "tp": 1, "fp": 0, "fn": 1}
    assert overall(result)["fields"]["actor1"] == 1.0
    assert [f.gold_id for f in result.errors if f.kind == "missed_gold"] == ["doc1#2"]


def test_evaluate_spurious_event_lowers_precision_only():
    spurious = predicted(gold_event(S3), event_id="p9", event_type="Protests")
    result = score(BODIES, [gold_event()], [predicted(gold_event()), spurious])
    assert overall(result)["detection"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "tp": 1, "fp": 1, "fn": 0}
    assert overall(result)["fields"]["event_type"] == 1.0
    assert [f.pred_id for f in result.errors if f.kind == "unpaired_prediction"] == ["p9"]


@pytest.mark.parametrize(
    ("change", "field", "gold_value", "pred_value"),
    [
        ({"event_date": "2023-09-14"}, "date_within_precision", "2023-09-13 (precision 1)",
         "2023-09-14 (outside the gold window)"),
        ({"actor1": "JNIM"}, "actor1", "CMA", "JNIM"),
        ({"latitude": 17.3047}, "location", "Bourem (16.9547, -0.3487)", "Bourem (38.9 km away)"),
    ],
)
def test_evaluate_wrong_field_counts_in_field_and_strict(change, field, gold_value, pred_value):
    result = score(BODIES, [gold_event()], [predicted(gold_event(), **change)])
    assert overall(result)["detection"]["tp"] == 1
    assert overall(result)["fields"][field] == 0.0
    assert overall(result)["strict"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 1, "fn": 1}
    wrong = [f for f in result.errors if f.kind == "wrong_field"]
    assert [(f.gold, f.pred) for f in wrong] == [(gold_value, pred_value)]


def test_evaluate_wrong_sub_event_type_spares_strict():
    result = score(BODIES, [gold_event()], [predicted(gold_event(), sub_event_type="Government regains territory")])
    assert overall(result)["fields"]["sub_event_type"] == 0.0
    assert overall(result)["strict"]["tp"] == 1


def test_evaluate_pairing_is_one_to_one_and_prefers_heavier_pair():
    wrong_actor = predicted(gold_event(), event_id="pA", actor1="JNIM")
    right = predicted(gold_event(), event_id="pB")
    result = score(BODIES, [gold_event()], [wrong_actor, right])
    assert overall(result)["detection"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "tp": 1, "fp": 1, "fn": 0}
    assert overall(result)["fields"]["actor1"] == 1.0  # pB (weight 7) beats pA (weight 6)
    assert [f.pred_id for f in result.errors if f.kind == "unpaired_prediction"] == ["pA"]


def test_evaluate_pairing_ties_go_to_earlier_prediction():
    twins = [predicted(gold_event(), event_id=name) for name in ("p1", "p2")]
    result = score(BODIES, [gold_event()], twins)
    assert [f.pred_id for f in result.errors if f.kind == "unpaired_prediction"] == ["p2"]


def test_evaluate_two_gold_in_one_sentence_pair_by_weight():
    first = gold_event(event_id="g1", actor1="CMA")
    second = gold_event(event_id="g2", actor1="JNIM", event_type="Explosions/Remote violence")
    preds = [predicted(second, event_id="p1"), predicted(first, event_id="p2")]
    result = score(BODIES, [first, second], preds)
    assert overall(result)["fields"]["actor1"] == 1.0
    assert overall(result)["strict"]["tp"] == 2


@pytest.mark.parametrize(
    ("gold", "pred"),
    [
        ("Military Forces of Mali", "FAMa"),
        ("Military Forces of Mali", "malian ARMY"),
        ("JNIM", "Jama\u2019at Nusrat al-Islam wal-Muslimin"),
        ("CMA", "Tuareg separatists"),
        ("Government of Mali", "the junta"),
        ("Wagner Group", "foreign mercenaries"),
        ("Unidentified Armed Group", "Assailants"),
        ("Katiba Macina", "FLM"),
        ("Civilians (Mali)", "villagers"),
        ("Government of Mali", "G\u00f6vernment of M\u00e1li"),
        ("", None),
    ],
)
def test_evaluate_actor_alias_matches_canonical(gold, pred):
    assert same_name(gold, pred or "", load_alias_table())


@pytest.mark.parametrize(
    ("gold", "pred"),
    [("JNIM", "Islamic State Sahel Province"), ("Military Forces of Mali", "Government of Mali"), ("CMA", "")],
)
def test_evaluate_actor_distinct_names_differ(gold, pred):
    assert not same_name(gold, pred, load_alias_table())


def test_evaluate_actor_alias_counts_as_agreement_in_scores():
    result = score(BODIES, [gold_event()], [predicted(gold_event(), actor1="Coordination of Azawad Movements",
                                                      actor2="FAMa")])
    assert overall(result)["fields"]["actor1"] == 1.0
    assert overall(result)["fields"]["actor2"] == 1.0


@pytest.mark.parametrize(
    ("gold_date", "date_end", "precision", "pred_date", "expected"),
    [
        ("2023-09-13", None, 1, "2023-09-13", True),
        ("2023-09-13", None, 1, "2023-09-14", False),
        ("2023-09-15", None, 2, "2023-09-12", True),
        ("2023-09-15", None, 2, "2023-09-18", True),
        ("2023-09-15", None, 2, "2023-09-19", False),
        ("2023-09-10", "2023-09-14", 2, "2023-09-14", True),
        ("2023-09-10", "2023-09-14", 2, "2023-09-09", False),
        ("2023-09-10", "2023-09-14", 2, "2023-09-15", False),
        ("2023-02-15", None, 3, "2023-02-28", True),
        ("2023-02-15", None, 3, "2023-03-01", False),
        ("2023-12-15", None, 3, "2023-12-31", True),
        ("2023-09-13", None, 1, None, False),
    ],
)
def test_evaluate_date_window_by_precision(gold_date, date_end, precision, pred_date, expected):
    gold = coerce_event(gold_event(event_date=gold_date, date_end=date_end, time_precision=precision))
    pred = coerce_event(gold_event(event_date=pred_date))
    assert date_agrees(gold, pred) is expected


def test_evaluate_date_exact_and_within_precision_differ():
    gold = gold_event(event_date="2023-09-15", time_precision=2)
    result = score(BODIES, [gold], [predicted(gold, event_date="2023-09-13")])
    assert overall(result)["fields"]["date"] == 0.0
    assert overall(result)["fields"]["date_within_precision"] == 1.0
    assert overall(result)["strict"]["tp"] == 1


def test_evaluate_location_rules_and_median():
    no_point = gold_event(S1, event_id="g1", latitude=None, longitude=None)
    near = dict(GOLD2, event_id="g2")
    far = gold_event(S3, event_id="g3", location="Bamako", latitude=12.6392, longitude=-8.0029)
    preds = [predicted(no_point, latitude=1.0, longitude=1.0),  # gold without coordinates: agrees, not counted
             predicted(near, latitude=13.5317),  # 0.1 degree north: 11.1 km
             predicted(far, latitude=12.9392)]  # 0.3 degree north: 33.4 km
    fields = overall(score(BODIES, [no_point, near, far], preds))["fields"]
    assert fields["location"] == 0.5
    assert fields["location_median_km"] == pytest.approx((11.1195 + 33.3585) / 2, abs=1e-3)


def test_evaluate_fatalities_only_where_gold_has_a_figure():
    golds = [gold_event(), GOLD2]  # fatalities None and 3
    preds = [predicted(golds[0], fatalities=5), predicted(golds[1], fatalities=4)]
    assert overall(score(BODIES, golds, preds))["fields"]["fatalities"] == 0.0
    preds = [predicted(golds[0], fatalities=5), predicted(golds[1], fatalities="3")]
    assert overall(score(BODIES, golds, preds))["fields"]["fatalities"] == 1.0


def test_evaluate_no_pair_gives_null_fields_never_zero():
    result = score(BODIES, [gold_event()], [])
    assert set(overall(result)["fields"].values()) == {None}
    assert overall(result)["detection"] == {"precision": None, "recall": 0.0, "f1": None, "tp": 0, "fp": 0, "fn": 1}


def test_evaluate_metrics_have_every_key_of_formats_5():
    result = score(BODIES, [gold_event()], [predicted(gold_event())], gold_path="g/events.jsonl")
    metrics = result.metrics
    assert list(metrics) == ["gold", "documents_scored", "overall", "documents"]
    assert metrics["gold"] == "g/events.jsonl" and metrics["documents_scored"] == 1
    assert list(metrics["overall"]) == ["detection", "strict", "fields", "dates_layer", "places_layer", "same_as"]
    assert list(metrics["documents"]["doc1"]) == ["detection", "strict", "fields"]
    assert metrics["overall"]["dates_layer"] is None and metrics["overall"]["same_as"] is None
    json.dumps(metrics)


def test_evaluate_per_document_and_pooled():
    bodies = {"doc1": BODY, "doc2": S2}
    other = gold_event(S2, event_id="doc2#1", doc_id="doc2")
    result = score(bodies, [gold_event(), other], [predicted(gold_event())])
    assert result.metrics["documents"]["doc1"]["detection"]["recall"] == 1.0
    assert result.metrics["documents"]["doc2"]["detection"]["recall"] == 0.0
    assert overall(result)["detection"]["recall"] == 0.5


def test_evaluate_predictions_outside_the_gold_are_ignored():
    stray = predicted(gold_event(), doc_id="doc9", event_id="doc9#1")
    result = score(BODIES, [gold_event()], [predicted(gold_event()), stray])
    assert overall(result)["detection"]["fp"] == 0
    assert [(f.kind, f.doc_id) for f in result.errors] == [("ignored_predictions", "doc9")]


# ---------------------------------------------------------------- spans


@pytest.mark.parametrize(
    ("body", "needle", "expected"),
    [
        ("a  b\n c. a b c.", "a b c.", [(0, 8), (9, 15)]),
        ("x\tThe  army\nfled.", "The army fled.", [(2, 17)]),
        ("nothing here", "absent", []),
        ("aaa", "aa", [(0, 2), (1, 3)]),
    ],
)
def test_evaluate_evidence_found_after_collapsing_spaces(body, needle, expected):
    assert find_spans(collapse_spaces(body), needle) == expected


def test_evaluate_evidence_over_a_line_break_is_detected():
    body = "CMA fighters attacked\nthe camp.   Calm returned."
    gold = gold_event("CMA fighters attacked the camp.")
    pred = {**gold, "char_start": 0, "char_end": 31}
    assert overall(score({"doc1": body}, [gold], [pred]))["detection"]["tp"] == 1


@pytest.mark.parametrize(
    ("gold_spans", "pred_span", "expected"),
    [
        ([(0, 100)], (0, 50), True),  # whole prediction inside a long sentence
        ([(0, 100)], (90, 110), True),  # 10 of 20 shared: exactly half of the shorter
        ([(0, 100)], (91, 111), False),  # 9 of 20
        ([(0, 10)], (5, 200), True),  # half of a short gold span
        ([(0, 10)], (6, 200), False),
        ([(0, 10), (50, 60)], (50, 60), True),  # any occurrence will do
        ([(0, 10)], (5, 5), False),  # an empty span detects nothing
        ([], (0, 10), False),
    ],
)
def test_evaluate_detects_needs_half_the_shorter_span(gold_spans, pred_span, expected):
    assert detects(pred_span, gold_spans) is expected


def test_evaluate_missing_evidence_is_reported():
    gold = gold_event("A sentence that is not in the body.")
    result = score(BODIES, [gold], [])
    assert [f.kind for f in result.errors] == ["evidence_not_found", "missed_gold"]


# ---------------------------------------------------------------- exact matching


def brute_force_matching(weights, n_rows, n_cols):
    """Every matching, best by (weight, each row's earliest column in row order)."""
    best = None
    for cols in itertools.product([None, *range(n_cols)], repeat=n_rows):
        used = [c for c in cols if c is not None]
        if len(used) != len(set(used)) or any(c is not None and (r, c) not in weights for r, c in enumerate(cols)):
            continue
        key = (sum(weights[r, c] for r, c in enumerate(cols) if c is not None),
               tuple(0 if c is None else n_cols - c for c in cols))
        if best is None or key > best[0]:
            best = (key, [(r, c) for r, c in enumerate(cols) if c is not None])
    return best[1]


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 4), st.integers(0, 4), st.data())
def test_evaluate_matching_equals_brute_force(n_rows, n_cols, data):
    cells = [(r, c) for r in range(n_rows) for c in range(n_cols)]
    chosen = data.draw(st.lists(st.sampled_from(cells), unique=True) if cells else st.just([]))
    weights = {cell: data.draw(st.integers(1, 7)) for cell in chosen}
    assert max_weight_matching(weights, n_rows, n_cols) == brute_force_matching(weights, n_rows, n_cols)


def test_evaluate_matching_is_not_greedy():
    # greedy would take (0, 0) of weight 5 and leave row 1 alone; the optimum is 4 + 4
    assert max_weight_matching({(0, 0): 5, (0, 1): 4, (1, 0): 4}, 2, 2) == [(0, 1), (1, 0)]


# ---------------------------------------------------------------- layers and links


def date_expr(text, start, end, kind="point", **extra):
    at = BODY.index(text)
    return {"doc_id": "doc1", "text": text, "start_char": at, "end_char": at + len(text), "start": start, "end": end,
            "precision": "day", "kind": kind, **extra}


def test_evaluate_dates_layer_exact_over_point_and_range():
    gold = [date_expr("13 September 2023", "2023-09-13", "2023-09-13"),
            date_expr("8 September", "2023-09-08", "2023-09-08"),
            date_expr("Friday", "2023-09-15", "2023-09-15", kind="future")]
    pred = [date_expr("13 September", "2023-09-13", "2023-09-13"),  # overlaps, same value
            date_expr("8 September", "2022-09-08", "2022-09-08"),  # wrong year
            date_expr("Friday", "2023-09-15", "2023-09-15")]  # gold kind not counted
    result = score(BODIES, [gold_event()], [], gold_dates=gold, pred_dates=pred)
    assert overall(result)["dates_layer"] == {"n": 2, "exact": 0.5}
    assert [f.gold for f in result.errors if f.kind == "dates_layer"] == ["'8 September' 2023-09-08..2023-09-08"]


def test_evaluate_dates_layer_pairs_one_to_one_by_overlap():
    gold = [date_expr("13 September 2023", "2023-09-13", "2023-09-13")]
    pred = [date_expr("13 September", "2023-09-12", "2023-09-12"),
            date_expr("13 September 2023", "2023-09-13", "2023-09-13")]
    result = score(BODIES, [gold_event()], [], gold_dates=gold, pred_dates=pred)
    assert overall(result)["dates_layer"] == {"n": 1, "exact": 1.0}


def test_evaluate_dates_layer_without_predictions_scores_zero():
    gold = [date_expr("13 September 2023", "2023-09-13", "2023-09-13")]
    assert overall(score(BODIES, [gold_event()], [], gold_dates=gold))["dates_layer"] == {"n": 1, "exact": 0.0}


def place(text, lat, lon):
    return date_expr(text, None, None, kind="", latitude=lat, longitude=lon)


def test_evaluate_places_layer_within_25km_and_median():
    gold = [place("Bourem", 16.9547, -0.3487), place("Segou", 13.4317, -6.2157), place("Bamako", 12.6392, -8.0029),
            place("CMA", None, None)]  # a mention without coordinates is not counted
    pred = [place("Bourem", 16.9547, -0.3487), place("Segou", 13.7317, -6.2157)]  # exact; 33.4 km off; Bamako missed
    layer = overall(score(BODIES, [gold_event()], [], gold_places=gold, pred_places=pred))["places_layer"]
    assert layer["n"] == 3
    assert layer["within_25km"] == pytest.approx(1 / 3, abs=1e-4)
    assert layer["median_km"] == pytest.approx(33.3585 / 2, abs=1e-3)


def linked_case():
    bodies = {"a": S1, "b": "Reports said " + S1, "c": S2}
    golds = [gold_event(doc_id="a", event_id="a#1", same_as="b#1"),
             gold_event(doc_id="b", event_id="b#1", same_as="a#1"),
             gold_event(S2, doc_id="c", event_id="c#1")]
    preds = [predicted(g, body=bodies[g["doc_id"]], event_id=g["event_id"].replace("#", "-p"), same_as="")
             for g in golds]
    return bodies, golds, preds


def test_evaluate_same_as_right_link():
    bodies, golds, preds = linked_case()
    preds[0]["same_as"] = "b-p1"
    assert overall(score(bodies, golds, preds))["same_as"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_evaluate_same_as_wrong_and_missing_links():
    bodies, golds, preds = linked_case()
    preds[0]["same_as"] = "c-p1"  # a wrong link, and the gold link a=b is missed
    assert overall(score(bodies, golds, preds))["same_as"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    preds[1]["same_as"] = "a-p1"  # now one right of two predicted
    assert overall(score(bodies, golds, preds))["same_as"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667}


def test_evaluate_same_as_through_shared_event_uid():
    bodies, golds, preds = linked_case()
    preds[0]["event_uid"] = preds[1]["event_uid"] = "u1"
    assert overall(score(bodies, golds, preds))["same_as"]["recall"] == 1.0


def test_evaluate_same_as_null_without_gold_links():
    bodies, golds, preds = linked_case()
    for g in golds:
        g["same_as"] = ""
    assert overall(score(bodies, golds, preds))["same_as"] is None


# ---------------------------------------------------------------- alias table


def test_evaluate_alias_table_has_no_conflicts():
    table = load_alias_table()
    assert table["fama"] == "Military Forces of Mali"
    assert table["tuareg insurgents"] == "CMA"
    assert table["jnim"] == "JNIM"


def test_evaluate_alias_table_conflict_is_refused():
    with pytest.raises(ValueError, match="maps to both"):
        parse_alias_table("alias\tcanonical\nUN\tUnited Nations\nun\tMINUSMA\n")


# ---------------------------------------------------------------- files


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def write_events_csv(path, rows):
    columns = list(rows[0]) if rows else list(predicted(gold_event()))
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: cell(v) for k, v in row.items()})


def cell(value):
    """FORMATS §3 CSV cells."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return " | ".join(value)
    return value


@pytest.fixture
def project(tmp_path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "doc1.txt").write_text(f"---\ntitle: t\npublished: 2023-09-19\n---\n{BODY}", encoding="utf-8")
    (corpus / "doc9.txt").write_text("Unrelated text.", encoding="utf-8")
    gold = tmp_path / "gold" / "events.jsonl"
    gold.parent.mkdir()
    write_jsonl(gold, [gold_event(), GOLD2])
    pred = tmp_path / "out"
    stray = predicted(gold_event(), doc_id="doc9", event_id="doc9#1")
    write_events_csv(pred / "07_tables" / "events.csv", [predicted(gold_event(), actor1="FAMa"), stray])
    return corpus, gold, pred


def test_evaluate_files_end_to_end(project):
    corpus, gold, pred = project
    result = evalio.evaluate(corpus, gold, pred)
    written = json.loads((pred / "08_metrics" / "metrics.json").read_text(encoding="utf-8"))
    assert written == result.metrics
    assert written["documents_scored"] == 1
    assert written["overall"]["detection"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "tp": 1, "fp": 0, "fn": 1}
    assert written["overall"]["fields"]["actor1"] == 0.0
    report = (pred / "08_metrics" / "report.txt").read_text(encoding="utf-8")
    assert "doc1 doc1#1 ~ doc1#1: actor1: 'CMA' | 'FAMa'" in report
    assert "Missed gold events (1)" in report and "doc1#2" in report
    assert "doc9 1 predictions for a document not in the gold" in report


def test_evaluate_reads_layers_beside_gold_and_in_pred(project):
    corpus, gold, pred = project
    write_jsonl(gold.parent / "dates.jsonl", [date_expr("13 September 2023", "2023-09-13", "2023-09-13")])
    (pred / "04_dates").mkdir()
    write_jsonl(pred / "04_dates" / "dates.jsonl", [date_expr("13 September 2023", "2023-09-13", "2023-09-13")])
    result = evalio.evaluate(corpus, gold, pred)
    assert result.metrics["overall"]["dates_layer"] == {"n": 1, "exact": 1.0}
    assert result.metrics["overall"]["places_layer"] is None


def test_evaluate_report_lists_every_error():
    spurious = predicted(gold_event(S3), event_id="p9")
    result = score(BODIES, [gold_event(), GOLD2], [predicted(gold_event(), claim=True), spurious])
    report = format_report(result)
    assert "Unpaired predictions (1):" in report and "p9" in report
    assert "Missed gold events (1):" in report and "doc1#2" in report
    assert "claim: 'False' | 'True'" in report


GOOD_LINE = '{"event_id": "x#1", "doc_id": "x", "event_type": "Battles", "evidence": ["a"]}'


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([GOOD_LINE, "{not json"], ":2: not valid JSON"),
        (['{"event_id": "x#1", "doc_id": "x", "event_type": "Battles"}'], ":1: missing key(s) evidence"),
        ([GOOD_LINE.replace('["a"]', '"a"')], ":1: evidence must be a list"),
        (['{"event_id": "x#1", "doc_id": "x", "event_type": "B", "evidence": [], "event_date": "13/09/2023"}'],
         ":1: field event_date"),
        (['{"event_id": "x#1", "doc_id": "", "event_type": "B", "evidence": []}'], ":1: doc_id is empty"),
        (["[1, 2]"], ":1: expected a JSON object"),
    ],
)
def test_evaluate_malformed_gold_names_file_and_line(tmp_path, lines, message):
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message.replace("(", r"\(").replace(")", r"\)")):
        evalio.read_gold_events(path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"claim": "maybe"}, r"events.csv:2: field claim"),
        ({"char_start": ""}, r"events.csv:2: char_start and char_end are required"),
        ({"fatalities": "3.5"}, r"events.csv:2: field fatalities"),
        ({"latitude": "north"}, r"events.csv:2: field latitude"),
    ],
)
def test_evaluate_malformed_prediction_names_file_and_line(tmp_path, change, message):
    write_events_csv(tmp_path / "07_tables" / "events.csv", [predicted(gold_event(), **change)])
    with pytest.raises(GoldFormatError, match=message):
        evalio.read_pred_events(tmp_path)


def test_evaluate_prediction_missing_column_is_refused(tmp_path):
    row = predicted(gold_event())
    del row["char_end"]
    write_events_csv(tmp_path / "07_tables" / "events.csv", [row])
    with pytest.raises(GoldFormatError, match="missing column"):
        evalio.read_pred_events(tmp_path)


def test_evaluate_gold_document_absent_from_corpus_is_refused():
    with pytest.raises(GoldFormatError, match="missing from the corpus: doc1"):
        score({}, [gold_event()], [])


def test_evaluate_csv_values_convert_like_json(tmp_path):
    write_events_csv(tmp_path / "07_tables" / "events.csv", [predicted(GOLD2)])
    (row,) = evalio.read_pred_events(tmp_path)
    event = coerce_event(row)
    assert isinstance(event, ScoredEvent)
    assert (event.event_date, event.fatalities, event.claim, event.latitude, event.evidence) == (
        date(2023, 9, 8), 3, False, 13.4317, (S2,))


def test_evaluate_reads_parquet_when_no_csv(tmp_path):
    import pandas as pd

    folder = tmp_path / "07_tables"
    folder.mkdir()
    rows = [predicted(gold_event()), predicted(GOLD2)]
    pd.DataFrame(rows).convert_dtypes().to_parquet(folder / "events.parquet", index=False)
    preds = evalio.read_pred_events(tmp_path)
    result = score(BODIES, [gold_event(), GOLD2], preds)
    assert overall(result)["strict"]["f1"] == 1.0
    assert overall(result)["fields"]["fatalities"] == 1.0


def test_evaluate_layer_scored_over_its_own_documents():
    gold = [date_expr("13 September 2023", "2023-09-13", "2023-09-13")]
    elsewhere = {**date_expr("8 September", "2023-09-08", "2023-09-08"), "doc_id": "doc7"}
    result = score(BODIES, [gold_event()], [], gold_dates=gold + [elsewhere], pred_dates=gold)
    assert result.metrics["documents_scored"] == 1  # doc7 has no gold event: not a scored document
    assert overall(result)["dates_layer"] == {"n": 2, "exact": 0.5}
