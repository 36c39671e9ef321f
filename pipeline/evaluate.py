"""Score predicted events against gold events, exactly as FORMATS.md §4-§6 define it. Pure: no file is read here
except the evaluation alias table (loaded once); reading gold and predictions and writing metrics live in `evalio`.

In: article bodies by doc_id, gold events and predicted events as mappings with the FORMATS.md field names (values
may be JSON-typed, or strings as read from CSV; `coerce_event` converts them), optional dates and places layers.
Out: an `Evaluation` holding the metrics dict of §5 and the list of findings the report prints.

Choices the spec leaves open, made here once:
- Pairing ties: among matchings of equal total weight, the one whose assignment, read in gold order, pairs each gold
  event with the earliest prediction is kept (a paired gold event before an unpaired one). This is exact: weights are
  scaled integers (`weight * B + tie-break`), solved by the Hungarian method on Python integers, one connected
  part of the detection graph at a time.
- Distances are great-circle distances (geopy `great_circle`, mean earth radius 6371.009 km).
- `detects` also needs a positive overlap, so an empty predicted span detects nothing.
- `claim` empty counts as false. A date agrees when both sides are empty; an empty gold date agrees with nothing else.
- `location_median_km` is over pairs whose gold and prediction both have coordinates (a distance exists).
- F1 is null when precision or recall is null; 0 when both are 0. Figures are rounded to 4 decimals.
- Layers: a predicted expression (mention) pairs one-to-one with the gold one it overlaps most (same exact matching,
  weight = overlapping characters). `dates_layer.n` = gold expressions of kind point or range, `exact` = those paired
  with a prediction of equal start and end / n. `places_layer.n` = gold mentions with coordinates, `within_25km` =
  those paired with a prediction within 25 km / n, `median_km` over those pairs where both sides have coordinates.
- `same_as` links: a link is an unordered pair of events in two different documents. Gold links come from the
  gold `same_as` ids; predicted links from each prediction's `same_as` ids (prediction event_ids), and from two
  predictions sharing a non-empty `event_uid`. A predicted link is right when both predictions are paired with gold
  events that gold links; a gold link is found when the predictions paired with its two events are linked.
  precision = right predicted links / predicted links, recall = found gold links / gold links. Null when the gold
  has no links.
"""

from __future__ import annotations

import logging
import re
import statistics
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from geopy.distance import great_circle

from .errors import GoldFormatError

log = logging.getLogger(__name__)

ALIAS_TABLE = Path(__file__).resolve().parent.parent / "models" / "evaluation" / "actor_aliases.tsv"
NAME_FIELDS = ("event_type", "sub_event_type", "actor1", "actor2")  # compared through the alias table
SCORED_FIELDS = (*NAME_FIELDS, "date", "location")  # the six fields of the pairing weight
MAX_KM = 25.0
PRECISION_2_SLACK = timedelta(days=3)
DIGITS = 4
LIST_SEPARATOR = " | "


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class ScoredEvent:
    """One gold or predicted event with the values scoring needs, typed."""

    event_id: str
    doc_id: str
    event_date: date | None
    date_end: date | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    location: str
    latitude: float | None
    longitude: float | None
    fatalities: int | None
    claim: bool
    evidence: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    event_uid: str = ""
    sentence: str = ""
    char_start: int | None = None
    char_end: int | None = None

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True)
class Finding:
    """One line of the report: an unpaired prediction, a missed gold event, a wrong field, or a note."""

    kind: str  # unpaired_prediction, missed_gold, wrong_field, evidence_not_found, ignored_predictions,
    #            dates_layer, places_layer, same_as
    doc_id: str = ""
    gold_id: str = ""
    pred_id: str = ""
    field: str = ""
    gold: str = ""
    pred: str = ""
    text: str = ""


@dataclass(frozen=True)
class Evaluation:
    """What `score` returns: the §5 metrics dict and the findings for the report."""

    metrics: dict
    errors: tuple[Finding, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class PairFacts:
    """What one gold-prediction pair agrees on, computed once."""

    gold: ScoredEvent
    pred: ScoredEvent
    agree: Mapping[str, bool]  # the six SCORED_FIELDS
    date_equal: bool
    km: float | None
    fatalities_equal: bool
    claim_equal: bool

    @property
    def weight(self) -> int:
        return 1 + sum(self.agree.values())

    @property
    def strict(self) -> bool:
        return all(self.agree[f] for f in ("event_type", "actor1", "date", "location"))


# ---------------------------------------------------------------- values


def is_empty(value) -> bool:
    """null, "" (and NaN from a data frame) are the same empty value."""
    return value is None or (isinstance(value, str) and not value.strip()) or value != value


def as_text(value) -> str:
    return "" if is_empty(value) else str(value).strip()


def as_date(value) -> date | None:
    if is_empty(value):
        return None
    if isinstance(value, datetime):  # a pandas Timestamp from Parquet
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value).strip()[:10])


def as_float(value) -> float | None:
    return None if is_empty(value) else float(value)


def as_int(value) -> int | None:
    if is_empty(value):
        return None
    number = float(value)
    if number != int(number):
        raise ValueError(f"{value!r} is not a whole number")
    return int(number)


def as_bool(value) -> bool:
    """true/false (any case), JSON booleans, 1/0; empty is false."""
    if is_empty(value):
        return False
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "1", "1.0"):
        return True
    if text in ("false", "0", "0.0"):
        return False
    raise ValueError(f"{value!r} is not true or false")


def as_list(value, separator: str) -> tuple[str, ...]:
    """A list field: a JSON list, or a string joined by `separator`; empty items dropped."""
    if is_empty(value):
        return ()
    items = value if isinstance(value, (list, tuple)) else str(value).split(separator)
    return tuple(str(item).strip() for item in items if not is_empty(item))


def as_ids(value) -> tuple[str, ...]:
    """`same_as` ids: `;`-separated (FORMATS §2); a ` | `-joined CSV cell or a list is read too."""
    if isinstance(value, (list, tuple)):
        return as_list(value, ";")
    return tuple(item for item in re.split(r"\s*[;|]\s*", as_text(value)) if item)


def coerce_event(raw: Mapping) -> ScoredEvent:
    """A gold or predicted row (JSON- or CSV-typed) as a ScoredEvent; ValueError names the first bad field."""
    converters = {
        "event_date": as_date, "date_end": as_date, "time_precision": as_int,
        "latitude": as_float, "longitude": as_float, "fatalities": as_int, "claim": as_bool,
        "char_start": as_int, "char_end": as_int,
    }
    values = {}
    for name, convert in converters.items():
        try:
            values[name] = convert(raw.get(name))
        except (TypeError, ValueError) as err:
            raise ValueError(f"field {name}: {err}") from None
    for name in ("event_id", "doc_id", "event_type", "sub_event_type", "actor1", "actor2", "location",
                 "event_uid", "sentence"):
        values[name] = as_text(raw.get(name))
    values["evidence"] = as_list(raw.get("evidence"), LIST_SEPARATOR)
    values["same_as"] = as_ids(raw.get("same_as"))
    return ScoredEvent(**values)


# ---------------------------------------------------------------- names


def fold(text: str) -> str:
    """Case, accents, curly apostrophes and runs of white space folded away."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(plain.casefold().split())


def parse_alias_table(text: str) -> dict[str, str]:
    """The TSV of models/evaluation (alias, canonical, ...) as folded alias -> canonical name.

    Every canonical name maps to itself. ValueError when one alias names two canonical names.
    """
    table: dict[str, str] = {}
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for number, row in enumerate(rows[1:], start=2):  # rows[0] is the column header
        if len(row) < 2:
            raise ValueError(f"alias table row {number}: expected alias<TAB>canonical, got {row!r}")
        alias, canonical = row[0].strip(), row[1].strip()
        for key in (fold(alias), fold(canonical)):
            if table.setdefault(key, canonical) != canonical:
                raise ValueError(f"alias {key!r} maps to both {table[key]!r} and {canonical!r}")
    return table


@lru_cache(maxsize=4)
def load_alias_table(path: Path = ALIAS_TABLE) -> dict[str, str]:
    """Read the evaluation alias table once."""
    return parse_alias_table(Path(path).read_text(encoding="utf-8"))


def same_name(gold: str, pred: str, aliases: Mapping[str, str]) -> bool:
    """Equal after both are mapped through the alias table, case and accents folded; both empty is equal."""
    return canonical_name(gold, aliases) == canonical_name(pred, aliases)


def canonical_name(value: str, aliases: Mapping[str, str]) -> str:
    folded = fold(value)
    return fold(aliases.get(folded, folded))


# ---------------------------------------------------------------- spans


def collapse_spaces(text: str) -> tuple[str, list[int]]:
    """`text` with each run of white space as one space, and the body offset of every kept character."""
    chars: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        if char.isspace():
            if chars and chars[-1] == " ":
                continue
            char = " "
        chars.append(char)
        offsets.append(index)
    return "".join(chars), offsets


def find_spans(collapsed: tuple[str, list[int]], needle: str) -> list[tuple[int, int]]:
    """Every occurrence of `needle` (white space collapsed) in a collapsed body, as body offsets [start, end)."""
    text, offsets = collapsed
    target = " ".join(needle.split())
    spans = []
    start = text.find(target) if target else -1
    while start >= 0:
        end = start + len(target)
        spans.append((offsets[start], offsets[end - 1] + 1))
        start = text.find(target, start + 1)
    return spans


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def detects(pred_span: tuple[int, int], gold_spans: Iterable[tuple[int, int]]) -> bool:
    """FORMATS §4: some gold span overlaps the prediction by at least half the shorter of the two."""
    pred_len = pred_span[1] - pred_span[0]
    for span in gold_spans:
        shared = overlap(span, pred_span)
        if shared > 0 and shared >= 0.5 * min(span[1] - span[0], pred_len):
            return True
    return False


# ---------------------------------------------------------------- field agreement


def date_window(gold: ScoredEvent) -> tuple[date, date] | None:
    """The days a predicted date may fall on to agree with `gold`, per its time_precision."""
    day = gold.event_date
    if day is None:
        return None
    if gold.time_precision == 3:
        next_month = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        return day.replace(day=1), next_month - timedelta(days=1)
    if gold.time_precision == 2 and gold.date_end is None:
        return day - PRECISION_2_SLACK, day + PRECISION_2_SLACK
    if gold.time_precision == 2 or (gold.time_precision is None and gold.date_end is not None):
        return day, max(day, gold.date_end)
    return day, day


def date_agrees(gold: ScoredEvent, pred: ScoredEvent) -> bool:
    window = date_window(gold)
    if window is None:
        return pred.event_date is None
    return pred.event_date is not None and window[0] <= pred.event_date <= window[1]


def distance_km(gold, pred) -> float | None:
    """Great-circle distance (geopy `great_circle`, mean earth radius) in km between two things with `latitude`
    and `longitude` attributes, or None when either has no point."""
    points = [(side.latitude, side.longitude) for side in (gold, pred)]
    if any(None in point for point in points):
        return None
    return great_circle(*points).km


def pair_facts(gold: ScoredEvent, pred: ScoredEvent, aliases: Mapping[str, str]) -> PairFacts:
    """Everything §4 compares for one pair."""
    km = distance_km(gold, pred)
    agree = {name: same_name(getattr(gold, name), getattr(pred, name), aliases) for name in NAME_FIELDS}
    agree["date"] = date_agrees(gold, pred)
    agree["location"] = (not gold.has_coordinates) or (km is not None and km <= MAX_KM)
    return PairFacts(
        gold=gold, pred=pred, agree=agree, date_equal=gold.event_date == pred.event_date, km=km,
        fatalities_equal=gold.fatalities == pred.fatalities, claim_equal=gold.claim == pred.claim,
    )


# ---------------------------------------------------------------- matching


def max_weight_matching(weights: Mapping[tuple[int, int], int], n_rows: int, n_cols: int) -> list[tuple[int, int]]:
    """A maximum-weight one-to-one matching of rows (gold, in order) and columns (predictions, in order).

    `weights` holds the positive weight of every allowed (row, col) edge. Among matchings of equal weight the
    one that, read row by row, gives each row the earliest column is returned (a matched row before an unmatched).
    Exact: the tie-break is folded into integer weights, solved by the Hungarian method.
    """
    pairs: list[tuple[int, int]] = []
    for rows, cols in _components(weights):  # independent parts: their best matchings combine into the best
        local = {(rows.index(r), cols.index(c)): w for (r, c), w in weights.items() if r in rows}
        pairs += [(rows[r], cols[c]) for r, c in _exact_matching(local, len(rows), len(cols))]
    return sorted(pairs)


def _components(weights: Mapping[tuple[int, int], int]) -> list[tuple[list[int], list[int]]]:
    """Connected parts of the bipartite graph, each as (sorted rows, sorted columns)."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node):
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    for r, c in weights:
        parent[root(("r", r))] = root(("c", c))
    parts: dict[tuple[str, int], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for kind, index in sorted(parent):
        parts[root((kind, index))][0 if kind == "r" else 1].append(index)
    return list(parts.values())


def _exact_matching(weights: Mapping[tuple[int, int], int], n_rows: int, n_cols: int) -> list[tuple[int, int]]:
    """`max_weight_matching` on one connected part."""
    base = n_cols + 1
    scale = base**n_rows  # larger than any sum of tie-break terms
    profit = {
        (r, c): w * scale + (n_cols - c) * base ** (n_rows - 1 - r) for (r, c), w in weights.items()
    }
    assignment = _hungarian_max(profit, max(n_rows, n_cols))
    return sorted((r, c) for r, c in assignment if (r, c) in weights)


def _hungarian_max(profit: Mapping[tuple[int, int], int], size: int) -> list[tuple[int, int]]:
    """Maximum-profit perfect assignment on a size x size matrix (missing cells profit 0), potentials method."""
    top = max(profit.values())
    cost = [[top - profit.get((r, c), 0) for c in range(size)] for r in range(size)]
    u, v = [0] * (size + 1), [0] * (size + 1)
    owner = [0] * (size + 1)  # owner[col] = row assigned to col, 1-based, 0 = none
    for row in range(1, size + 1):
        owner[0], col0 = row, 0
        slack, via = [None] * (size + 1), [0] * (size + 1)
        used = [False] * (size + 1)
        while owner[col0]:
            used[col0] = True
            r0, delta, col1 = owner[col0], None, 0
            for col in range(1, size + 1):
                if used[col]:
                    continue
                reduced = cost[r0 - 1][col - 1] - u[r0] - v[col]
                if slack[col] is None or reduced < slack[col]:
                    slack[col], via[col] = reduced, col0
                if delta is None or slack[col] < delta:
                    delta, col1 = slack[col], col
            for col in range(size + 1):
                if used[col]:
                    u[owner[col]] += delta
                    v[col] -= delta
                else:
                    slack[col] -= delta
            col0 = col1
        while col0:
            col1 = via[col0]
            owner[col0] = owner[col1]
            col0 = col1
    return [(owner[col] - 1, col - 1) for col in range(1, size + 1) if owner[col]]


def pair_document(
    gold: Sequence[ScoredEvent], pred: Sequence[ScoredEvent], body: str, aliases: Mapping[str, str]
) -> tuple[list[PairFacts], list[Finding]]:
    """The §4 pairs of one document, and a finding for every evidence string missing from the body."""
    collapsed = collapse_spaces(body)
    notes: list[Finding] = []
    gold_spans = []
    for g in gold:
        spans = []
        for text in g.evidence:
            found = find_spans(collapsed, text)
            if not found:
                notes.append(Finding("evidence_not_found", g.doc_id, gold_id=g.event_id, text=text))
            spans.extend(found)
        gold_spans.append(spans)
    facts, weights = {}, {}
    for gi, g in enumerate(gold):
        for pj, p in enumerate(pred):
            if detects((p.char_start, p.char_end), gold_spans[gi]):
                facts[gi, pj] = pair_facts(g, p, aliases)
                weights[gi, pj] = facts[gi, pj].weight
    return [facts[edge] for edge in max_weight_matching(weights, len(gold), len(pred))], notes


# ---------------------------------------------------------------- measures


def ratio(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(part / whole, DIGITS)


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    """Precision, recall, F1 and the counts, as §5 writes them."""
    # F1 = 2tp / (|P| + |G|) when both precision and recall exist: unrounded inputs, one rounding
    f1 = None if n_pred == 0 or n_gold == 0 else round(2 * tp / (n_pred + n_gold), DIGITS)
    return {"precision": ratio(tp, n_pred), "recall": ratio(tp, n_gold), "f1": f1,
            "tp": tp, "fp": n_pred - tp, "fn": n_gold - tp}


def field_measures(pairs: Sequence[PairFacts]) -> dict:
    """The per-field accuracies of §4 over `pairs`; null where no pair is eligible."""
    located = [p for p in pairs if p.gold.has_coordinates]
    distances = [p.km for p in located if p.km is not None]
    counted = [p for p in pairs if p.gold.fatalities is not None]
    measures = {name: ratio(sum(p.agree[name] for p in pairs), len(pairs)) for name in NAME_FIELDS}
    measures.update({
        "date": ratio(sum(p.date_equal for p in pairs), len(pairs)),
        "date_within_precision": ratio(sum(p.agree["date"] for p in pairs), len(pairs)),
        "location": ratio(sum(p.agree["location"] for p in located), len(located)),
        "location_median_km": round(statistics.median(distances), DIGITS) if distances else None,
        "fatalities": ratio(sum(p.fatalities_equal for p in counted), len(counted)),
        "claim": ratio(sum(p.claim_equal for p in pairs), len(pairs)),
    })
    return measures


def block_measures(pairs: Sequence[PairFacts], n_pred: int, n_gold: int) -> dict:
    """detection, strict and fields for one document or for the pool."""
    return {
        "detection": prf(len(pairs), n_pred, n_gold),
        "strict": prf(sum(p.strict for p in pairs), n_pred, n_gold),
        "fields": field_measures(pairs),
    }


def pair_findings(pairs: Sequence[PairFacts]) -> list[Finding]:
    """A wrong_field finding for every field a pair gets wrong, with both values."""
    found = []
    for p in pairs:
        g, q = p.gold, p.pred
        wrong = [(name, getattr(g, name), getattr(q, name)) for name in NAME_FIELDS if not p.agree[name]]
        if not p.date_equal:
            window = "" if p.agree["date"] else " (outside the gold window)"
            wrong.append(("event_date", _date_text(g), f"{_iso(q.event_date)}{window}"))
        if not p.agree["location"]:
            km = "no coordinates" if p.km is None else f"{p.km:.1f} km away"
            wrong.append(("location", f"{g.location} ({g.latitude}, {g.longitude})", f"{q.location} ({km})"))
        if g.fatalities is not None and not p.fatalities_equal:
            wrong.append(("fatalities", g.fatalities, q.fatalities))
        if not p.claim_equal:
            wrong.append(("claim", g.claim, q.claim))
        found.extend(
            Finding("wrong_field", g.doc_id, g.event_id, q.event_id, name, _shown(gv), _shown(pv))
            for name, gv, pv in wrong
        )
    return found


def _iso(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def _date_text(gold: ScoredEvent) -> str:
    end = f"..{_iso(gold.date_end)}" if gold.date_end else ""
    return f"{_iso(gold.event_date)}{end} (precision {gold.time_precision})"


def _shown(value) -> str:
    return "" if value is None else str(value)


# ---------------------------------------------------------------- stage layers (FORMATS §6)


@dataclass(frozen=True)
class LayerItem:
    """One temporal expression or place mention of a dates/places layer, typed."""

    doc_id: str
    text: str
    start_char: int
    end_char: int
    start: date | None = None
    end: date | None = None
    kind: str = ""
    latitude: float | None = None
    longitude: float | None = None


def coerce_layer_item(raw: Mapping) -> LayerItem:
    """A dates.jsonl or places.jsonl row as a LayerItem; ValueError names the bad field."""
    values = {"doc_id": as_text(raw.get("doc_id")), "text": as_text(raw.get("text")), "kind": as_text(raw.get("kind"))}
    converters = {"start_char": as_int, "end_char": as_int, "start": as_date, "end": as_date,
                  "latitude": as_float, "longitude": as_float}
    for name, convert in converters.items():
        try:
            values[name] = convert(raw.get(name))
        except (TypeError, ValueError) as err:
            raise ValueError(f"field {name}: {err}") from None
    if values["start_char"] is None or values["end_char"] is None or not values["doc_id"]:
        raise ValueError("doc_id, start_char and end_char are required")
    return LayerItem(**values)


def pair_layer(gold: Sequence[LayerItem], pred: Sequence[LayerItem]) -> list[tuple[LayerItem, LayerItem | None]]:
    """Every gold item with the prediction of the same document it overlaps most, one-to-one (or None)."""
    pred_by_doc = _group(pred, lambda item: item.doc_id)
    paired: list[tuple[LayerItem, LayerItem | None]] = []
    for doc_id, golds in _group(gold, lambda item: item.doc_id).items():
        preds = pred_by_doc.get(doc_id, [])
        weights = {}
        for gi, g in enumerate(golds):
            for pj, p in enumerate(preds):
                shared = overlap((g.start_char, g.end_char), (p.start_char, p.end_char))
                if shared > 0:
                    weights[gi, pj] = shared
        match = dict(max_weight_matching(weights, len(golds), len(preds)))
        paired.extend((g, preds[match[gi]] if gi in match else None) for gi, g in enumerate(golds))
    return paired


def dates_layer_measures(gold: Sequence[LayerItem], pred: Sequence[LayerItem]) -> tuple[dict, list[Finding]]:
    """`n` gold point/range expressions and the share whose paired prediction has equal start and end."""
    counted = [(g, p) for g, p in pair_layer(gold, pred) if g.kind in ("point", "range")]
    exact = [p is not None and (p.start, p.end) == (g.start, g.end) for g, p in counted]
    findings = [
        Finding("dates_layer", g.doc_id, field="date", gold=f"{g.text!r} {_iso(g.start)}..{_iso(g.end)}",
                pred="(no overlapping prediction)" if p is None else f"{p.text!r} {_iso(p.start)}..{_iso(p.end)}")
        for (g, p), ok in zip(counted, exact) if not ok
    ]
    return {"n": len(counted), "exact": ratio(sum(exact), len(counted))}, findings


def places_layer_measures(gold: Sequence[LayerItem], pred: Sequence[LayerItem]) -> tuple[dict, list[Finding]]:
    """`n` gold mentions with coordinates, the share paired within 25 km, and the median distance."""
    located = [(g, p) for g, p in pair_layer(gold, pred) if g.latitude is not None and g.longitude is not None]
    distances = [None if p is None else distance_km(g, p) for g, p in located]
    near = [km is not None and km <= MAX_KM for km in distances]
    known = [km for km in distances if km is not None]
    findings = [
        Finding("places_layer", g.doc_id, field="place", gold=f"{g.text!r} ({g.latitude}, {g.longitude})",
                pred="(no overlapping prediction)" if p is None else
                f"{p.text!r} " + ("no coordinates" if km is None else f"{km:.1f} km away"))
        for (g, p), km, ok in zip(located, distances, near) if not ok
    ]
    measures = {"n": len(located), "within_25km": ratio(sum(near), len(located)),
                "median_km": round(statistics.median(known), DIGITS) if known else None}
    return measures, findings


# ---------------------------------------------------------------- same_as links


def gold_links(gold: Sequence[ScoredEvent]) -> tuple[set[frozenset[str]], list[Finding]]:
    """Cross-document links named by gold `same_as`, and a finding for each id that names no gold event."""
    by_id = {g.event_id: g for g in gold}
    links, notes = set(), []
    for g in gold:
        for other in g.same_as:
            if other not in by_id:
                notes.append(Finding("same_as", g.doc_id, gold_id=g.event_id, text=f"unknown gold id {other!r}"))
            elif by_id[other].doc_id != g.doc_id:
                links.add(frozenset((g.event_id, other)))
    return links, notes


def predicted_links(pred: Sequence[ScoredEvent]) -> set[frozenset[str]]:
    """Cross-document links among predictions: `same_as` ids, and predictions sharing an `event_uid`."""
    doc_of = {p.event_id: p.doc_id for p in pred}
    links = {frozenset((p.event_id, other)) for p in pred for other in p.same_as
             if other in doc_of and doc_of[other] != p.doc_id}
    for members in _group([p for p in pred if p.event_uid], lambda p: p.event_uid).values():
        links.update(frozenset((a.event_id, b.event_id)) for a in members for b in members if a.doc_id != b.doc_id)
    return links


def same_as_measures(
    gold: Sequence[ScoredEvent], pred: Sequence[ScoredEvent], pairs: Sequence[PairFacts]
) -> tuple[dict | None, list[Finding]]:
    """Precision and recall of cross-document links as the module docstring defines them; None without gold links."""
    truth, notes = gold_links(gold)
    if not truth:
        return None, notes
    guessed = predicted_links(pred)
    gold_of = {p.pred.event_id: p.gold.event_id for p in pairs}
    pred_of = {p.gold.event_id: p.pred.event_id for p in pairs}
    wrong = [link for link in guessed if frozenset(gold_of.get(i) for i in link) not in truth]
    missed = [link for link in truth if frozenset(pred_of.get(i) for i in link) not in guessed]
    notes += [Finding("same_as", text="gold link not found: " + " = ".join(sorted(link))) for link in sorted(
        missed, key=sorted)]
    notes += [Finding("same_as", text="wrong predicted link: " + " = ".join(sorted(link))) for link in sorted(
        wrong, key=sorted)]
    return link_measures(len(guessed) - len(wrong), len(guessed), len(truth) - len(missed), len(truth)), notes


def link_measures(right: int, n_guessed: int, found: int, n_truth: int) -> dict:
    """Precision, recall and F1 of links; F1 null when either is null."""
    precision, recall = right / n_guessed if n_guessed else None, found / n_truth
    if precision is None:
        f1 = None
    else:
        f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    return {"precision": _rounded(precision), "recall": _rounded(recall), "f1": _rounded(f1)}


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, DIGITS)


# ---------------------------------------------------------------- the whole evaluation


def score(
    bodies: Mapping[str, str],
    gold: Sequence[Mapping],
    pred: Sequence[Mapping],
    *,
    gold_dates: Sequence[Mapping] | None = None,
    pred_dates: Sequence[Mapping] | None = None,
    gold_places: Sequence[Mapping] | None = None,
    pred_places: Sequence[Mapping] | None = None,
    gold_path: str = "",
    aliases: Mapping[str, str] | None = None,
) -> Evaluation:
    """Score predictions against gold for every document the gold covers; the §5 metrics and the findings.

    `bodies` maps doc_id to article body. The documents scored are those with a gold event; predictions for
    other documents are ignored (one finding each). A layer is scored over the documents of its gold file;
    layers left None are reported null (gold) or taken as empty (pred).
    Raises GoldFormatError when a value cannot be read or a gold document has no body.
    """
    aliases = load_alias_table() if aliases is None else aliases
    golds, preds = _coerce_events(gold, "gold"), _coerce_events(pred, "prediction")
    g_dates, p_dates = _coerce_layer(gold_dates, "gold dates"), _coerce_layer(pred_dates or [], "predicted dates")
    g_places, p_places = _coerce_layer(gold_places, "gold places"), _coerce_layer(pred_places or [], "predicted places")
    docs = sorted({g.doc_id for g in golds})
    absent = [d for d in docs if d not in bodies]
    if absent:
        raise GoldFormatError(f"gold names documents missing from the corpus: {', '.join(absent)}; "
                              "point --corpus at the articles the gold was annotated on")
    kept, findings = _in_scope(preds, set(docs))
    documents, all_pairs = {}, []
    gold_by_doc, pred_by_doc = _group(golds, lambda e: e.doc_id), _group(kept, lambda e: e.doc_id)
    for doc_id in docs:
        g_doc, p_doc = gold_by_doc.get(doc_id, []), pred_by_doc.get(doc_id, [])
        pairs, notes = pair_document(g_doc, p_doc, bodies[doc_id], aliases)
        documents[doc_id] = block_measures(pairs, len(p_doc), len(g_doc))
        findings += notes + _unpaired(g_doc, p_doc, pairs) + pair_findings(pairs)
        all_pairs += pairs
    overall = block_measures(all_pairs, len(kept), len(golds))
    overall["dates_layer"], found = _layer(dates_layer_measures, g_dates, p_dates)
    findings += found
    overall["places_layer"], found = _layer(places_layer_measures, g_places, p_places)
    findings += found
    overall["same_as"], found = same_as_measures(golds, kept, all_pairs)
    findings += found
    metrics = {"gold": gold_path, "documents_scored": len(docs), "overall": overall, "documents": documents}
    return Evaluation(metrics=metrics, errors=tuple(findings))


def _coerce_events(rows: Sequence[Mapping], role: str) -> list[ScoredEvent]:
    events = []
    for number, row in enumerate(rows, start=1):
        try:
            event = coerce_event(row)
        except ValueError as err:
            raise GoldFormatError(f"{role} event {number} ({row.get('event_id', '')}): {err}") from None
        if not event.doc_id:
            raise GoldFormatError(f"{role} event {number} ({event.event_id}): doc_id is empty")
        if role == "prediction" and (event.char_start is None or event.char_end is None):
            raise GoldFormatError(f"{role} event {number} ({event.event_id}): char_start and char_end are required")
        if not event.event_id:  # same_as needs an id; number it in file order
            event = replace(event, event_id=f"{event.doc_id}#row{number}")
        events.append(event)
    return events


def _coerce_layer(rows: Sequence[Mapping] | None, role: str) -> list[LayerItem] | None:
    if rows is None:
        return None
    items = []
    for number, row in enumerate(rows, start=1):
        try:
            items.append(coerce_layer_item(row))
        except ValueError as err:
            raise GoldFormatError(f"{role} row {number}: {err}") from None
    return items


def _layer(measure, gold: list[LayerItem] | None, pred: list[LayerItem]):
    """A layer's measures over the documents its gold file covers, or None without a gold file."""
    if gold is None:
        return None, []
    docs = {g.doc_id for g in gold}
    return measure(gold, [p for p in pred if p.doc_id in docs])


def _in_scope(preds: Sequence[ScoredEvent], docs: set[str]) -> tuple[list[ScoredEvent], list[Finding]]:
    """Predictions for scored documents, and one note per other document whose predictions are ignored."""
    ignored = _group([p for p in preds if p.doc_id not in docs], lambda p: p.doc_id)
    notes = [Finding("ignored_predictions", doc_id, text=f"{len(rows)} predictions for a document not in the gold")
             for doc_id, rows in sorted(ignored.items())]
    return [p for p in preds if p.doc_id in docs], notes


def _unpaired(gold: Sequence[ScoredEvent], pred: Sequence[ScoredEvent], pairs: Sequence[PairFacts]) -> list[Finding]:
    paired_gold = {id(p.gold) for p in pairs}
    paired_pred = {id(p.pred) for p in pairs}
    missed = [Finding("missed_gold", g.doc_id, gold_id=g.event_id,
                      text=f"{g.event_date} {g.event_type} / {g.sub_event_type}: {g.actor1} vs {g.actor2} at "
                           f"{g.location} — {g.evidence[0] if g.evidence else ''}")
              for g in gold if id(g) not in paired_gold]
    spurious = [Finding("unpaired_prediction", p.doc_id, pred_id=p.event_id,
                        text=f"{p.event_date} {p.event_type} / {p.sub_event_type}: {p.actor1} vs {p.actor2} at "
                             f"{p.location} [{p.char_start}:{p.char_end}] {p.sentence}")
                for p in pred if id(p) not in paired_pred]
    return missed + spurious


def _group(items: Iterable, key) -> dict[str, list]:
    groups: dict[str, list] = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return groups


# ---------------------------------------------------------------- the report


FINDING_TITLES = {
    "missed_gold": "Missed gold events",
    "unpaired_prediction": "Unpaired predictions",
    "wrong_field": "Wrong fields (gold | predicted)",
    "dates_layer": "Dates layer: gold expressions not matched exactly",
    "places_layer": "Places layer: gold mentions not placed within 25 km",
    "same_as": "Cross-document links (same_as)",
    "evidence_not_found": "Gold evidence not found in the body (those events cannot be detected)",
    "ignored_predictions": "Predictions ignored (document not in the gold)",
}


def format_report(result: Evaluation) -> str:
    """A plain-text report: the pooled figures, one line per document, then every finding by kind."""
    metrics = result.metrics
    overall = metrics["overall"]
    lines = [f"Evaluation against {metrics['gold'] or '(gold)'}: {metrics['documents_scored']} documents scored", ""]
    lines += _block_lines(overall, "  ")
    for name in ("dates_layer", "places_layer", "same_as"):
        lines.append(f"  {name}: {_figures(overall[name]) if overall[name] is not None else 'null (no gold)'}")
    lines += ["", "Per document:"]
    for doc_id, block in metrics["documents"].items():
        det, strict = block["detection"], block["strict"]
        lines.append(f"  {doc_id}: detection {_prf(det)}  strict {_prf(strict)}")
    for kind, title in FINDING_TITLES.items():
        found = [f for f in result.errors if f.kind == kind]
        if found:
            lines += ["", f"{title} ({len(found)}):"] + [f"  {_finding_line(f)}" for f in found]
    return "\n".join(lines)


def _block_lines(block: Mapping, indent: str) -> list[str]:
    return [
        f"{indent}detection: {_prf(block['detection'])}",
        f"{indent}strict:    {_prf(block['strict'])}",
        f"{indent}fields:    {_figures(block['fields'])}",
    ]


def _prf(block: Mapping) -> str:
    return (f"P {_num(block['precision'])} R {_num(block['recall'])} F1 {_num(block['f1'])} "
            f"(tp {block['tp']}, fp {block['fp']}, fn {block['fn']})")


def _figures(block: Mapping) -> str:
    return ", ".join(f"{key} {_num(value)}" for key, value in block.items())


def _num(value) -> str:
    if value is None:
        return "null"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _finding_line(f: Finding) -> str:
    if f.kind == "wrong_field":
        return f"{f.doc_id} {f.gold_id} ~ {f.pred_id}: {f.field}: {f.gold!r} | {f.pred!r}"
    if f.kind in ("dates_layer", "places_layer"):
        return f"{f.doc_id}: {f.gold} | {f.pred}"
    ident = f.gold_id or f.pred_id
    return " ".join(part for part in (f.doc_id, ident, f.text) if part)
