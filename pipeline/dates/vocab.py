"""The dates vocabulary of `models/dates.yml`, loaded once into a frozen record."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

VOCAB_PATH = Path(__file__).resolve().parents[2] / "models" / "dates.yml"


@dataclass(frozen=True)
class DatesVocab:
    """Word lists of the dates stage; see models/dates.yml for what each holds."""

    months: dict[str, int]
    weekdays: dict[str, int]
    ambiguous_names: frozenset[str]
    month_parts: dict[str, tuple[int, int | str]]
    year_parts: dict[str, tuple[int, int]]
    seasons: dict[str, tuple[int, int]]
    holidays: dict[str, tuple[int, int]]
    ordinal_words: dict[str, int]
    number_words: dict[str, int]
    vague_counts: tuple[str, ...]
    units: dict[str, dict[str, Any]]
    anchor_days: dict[str, int]
    previous_days: dict[str, int]
    relative_directions: dict[str, dict[str, Any]]
    deadline_cues: tuple[str, ...]
    future_cues: tuple[str, ...]
    range_cues: tuple[str, ...]
    duration_cues: tuple[str, ...]
    future_auxiliaries: frozenset[str]
    future_verbs: frozenset[str]
    temporal_words: frozenset[str]


def vocab_from_mapping(raw: dict[str, Any]) -> DatesVocab:
    """Build the vocabulary record from the parsed YAML mapping."""
    return DatesVocab(
        months=dict(raw["months"]),
        weekdays=dict(raw["weekdays"]),
        ambiguous_names=frozenset(raw["ambiguous_names"]),
        month_parts={k: (v[0], v[1]) for k, v in raw["month_parts"].items()},
        year_parts={k: (v[0], v[1]) for k, v in raw["year_parts"].items()},
        seasons={k: (v[0], v[1]) for k, v in raw["seasons"].items()},
        holidays={k: (v[0], v[1]) for k, v in (raw.get("holidays") or {}).items()},
        ordinal_words=dict(raw["ordinal_words"]),
        number_words=dict(raw["number_words"]),
        vague_counts=tuple(raw["vague_counts"]),
        units=dict(raw["units"]),
        anchor_days=dict(raw["anchor_days"]),
        previous_days=dict(raw["previous_days"]),
        relative_directions=dict(raw["relative_directions"]),
        deadline_cues=tuple(raw["deadline_cues"]),
        future_cues=tuple(raw["future_cues"]),
        range_cues=tuple(raw["range_cues"]),
        duration_cues=tuple(raw["duration_cues"]),
        future_auxiliaries=frozenset(raw["future_auxiliaries"]),
        future_verbs=frozenset(raw["future_verbs"]),
        temporal_words=frozenset(raw["temporal_words"]),
    )


@lru_cache(maxsize=1)
def load_vocab(path: Path = VOCAB_PATH) -> DatesVocab:
    """Read models/dates.yml once (the only file the stage reads, at its edge)."""
    with open(path, encoding="utf-8") as handle:
        return vocab_from_mapping(yaml.safe_load(handle))
