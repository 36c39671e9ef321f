"""The vocabulary the events stage reads a sentence with: event words (models/event_types.yml), actors
(models/actors.yml) and clause cues (models/event_rules.yml), loaded once into one object."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.util import filter_spans

from . import vocab
from .vocab import Actor, ActorIndex, EventLexicon, EventWord

RULES_PATH = Path(__file__).resolve().parent.parent / "models" / "event_rules.yml"


@dataclass(frozen=True)
class Cues:
    modal_words: frozenset[str]
    conditional_words: frozenset[str]
    hypothetical_heads: frozenset[str]
    hypothetical_phrases: tuple[str, ...]
    target_prepositions: frozenset[str]
    light_verbs: frozenset[str]
    launch_words: frozenset[str]
    tactical_words: frozenset[str]
    outcome_verbs: frozenset[str]
    expulsion_verbs: frozenset[str]
    vague_quantifiers: frozenset[str]
    arrival_verbs: frozenset[str]
    recording_verbs: frozenset[str]
    communal_words: frozenset[str]
    presupposing_words: frozenset[str]
    possessed_parties: frozenset[str]
    symmetric_triggers: frozenset[str]
    habitual_words: frozenset[str]
    generic_people: frozenset[str]
    rumour_nouns: frozenset[str]
    aggregate_phrases: tuple[str, ...]
    recent_spans: tuple[str, ...]
    diplomatic_objects: frozenset[str]
    military_assets: frozenset[str]
    of_is_agent: frozenset[str]
    contradiction_phrases: tuple[str, ...]
    reference_openers: tuple[str, ...]
    time_shift_words: frozenset[str]
    linking_verbs: frozenset[str]
    continuing_heads: frozenset[str]
    campaign_nouns: frozenset[str]
    earlier_kind_words: frozenset[str]
    aid_verbs: frozenset[str]
    doer_verbs: frozenset[str]
    hedge_words: frozenset[str]
    pronoun_references: frozenset[str]
    partner_prepositions: frozenset[str]
    simultaneity_markers: frozenset[str]
    claim_nouns: frozenset[str]
    force_movements: frozenset[str]
    taken_from: frozenset[str]
    place_left_verbs: frozenset[str]
    party_nouns: frozenset[str]
    arrangement_verbs: frozenset[str]
    regime_changes: frozenset[str]
    defence_verbs: frozenset[str]
    victim_subject_verbs: frozenset[str]
    victim_verbs: frozenset[str]
    agreement_enders: frozenset[str]
    agreement_makers: frozenset[str]
    hidden_explosives: tuple[str, ...]
    state_nouns: frozenset[str]
    reporting_verbs: frozenset[str]
    collective_nouns: frozenset[str]
    representative_nouns: frozenset[str]
    series_phrases: tuple[str, ...]
    field_missions: dict[str, dict[str, str]]
    crowd_actors: dict[str, str]
    field_operations: frozenset[str]
    unidentified_actor: str
    armed_types: frozenset[str]
    toll_free_types: frozenset[str]
    toll_nouns: frozenset[str]
    manner_nouns: frozenset[str]
    purpose_heads: frozenset[str]
    generic_violence: frozenset[str]
    series_members: frozenset[str]
    stance_prefixes: frozenset[str]
    unrest_words: frozenset[str]
    riot_words: frozenset[str]
    protest_words: frozenset[str]
    crowd_control: str
    crowd_control_phrases: tuple[str, ...]
    soldier_words: frozenset[str]
    settlement_nouns: frozenset[str]
    death_verbs: frozenset[str]
    death_nouns: frozenset[str]
    elsewhere_words: frozenset[str]
    former_words: frozenset[str]
    stance_suffixes: frozenset[str]
    area_nouns: frozenset[str]
    harm_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]
    attribution_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    patient_nouns: frozenset[str]
    town_nouns: frozenset[str]
    affiliation_words: frozenset[str]
    subset_words: frozenset[str]
    duration_nouns: frozenset[str]
    lapse_days: dict[str, int]  # "days after ...": the days one unit of the lapse stands for
    lapse_count: dict[str, int]  # how many units a bare plural ("days after") stands for, by unit


def load_cues(path: Path = RULES_PATH) -> Cues:
    data = vocab.read_yaml(path)
    sets = {k: frozenset(str(w).lower() for w in data.get(k) or ()) for k in (
        "modal_words", "conditional_words", "hypothetical_heads", "target_prepositions", "light_verbs",
        "symmetric_triggers", "pronoun_references", "armed_types", "habitual_words", "generic_people",
        "rumour_nouns",
        "diplomatic_objects",
        "military_assets", "of_is_agent", "time_shift_words", "linking_verbs", "continuing_heads",
        "partner_prepositions", "simultaneity_markers", "claim_nouns", "force_movements", "taken_from",
        "place_left_verbs", "party_nouns", "arrangement_verbs", "regime_changes", "defence_verbs",
        "victim_subject_verbs", "victim_verbs", "agreement_enders", "agreement_makers", "state_nouns",
        "reporting_verbs", "representative_nouns", "collective_nouns", "toll_nouns",
        "manner_nouns", "purpose_heads", "generic_violence", "series_members",
        "stance_prefixes", "unrest_words", "riot_words", "protest_words",
        "soldier_words", "settlement_nouns", "death_verbs", "death_nouns", "elsewhere_words", "former_words",
        "stance_suffixes", "area_nouns", "harm_verbs", "occurrence_verbs", "attribution_verbs",
        "belief_verbs", "patient_nouns", "town_nouns", "affiliation_words", "subset_words",
        "duration_nouns", "campaign_nouns", "aid_verbs", "doer_verbs", "hedge_words",
        "earlier_kind_words", "launch_words", "tactical_words", "outcome_verbs", "expulsion_verbs",
        "vague_quantifiers", "arrival_verbs", "recording_verbs", "communal_words",
        "presupposing_words", "possessed_parties")}
    sets["armed_types"] = frozenset(data.get("armed_types") or ())
    sets["toll_free_types"] = frozenset(data.get("toll_free_types") or ())
    return Cues(hypothetical_phrases=tuple(str(p).lower() for p in data.get("hypothetical_phrases") or ()),
                aggregate_phrases=tuple(str(p).lower() for p in data.get("aggregate_phrases") or ()),
                recent_spans=tuple(str(p).lower() for p in data.get("recent_spans") or ()),
                series_phrases=tuple(str(p).lower() for p in data.get("series_phrases") or ()),
                hidden_explosives=tuple(str(p).lower() for p in data.get("hidden_explosives") or ()),
                contradiction_phrases=tuple(str(p).lower() for p in data.get("contradiction_phrases") or ()),
                reference_openers=tuple(str(p).lower() for p in data.get("reference_openers") or ()),
                field_missions={str(k): {str(c): str(m) for c, m in v.items()}
                                for k, v in (data.get("field_missions") or {}).items()},
                field_operations=frozenset(data.get("field_operations") or ()),
                crowd_actors={str(k): str(v) for k, v in (data.get("crowd_actors") or {}).items()},
                unidentified_actor=str(data.get("unidentified_actor") or "Unidentified Armed Group"),
                crowd_control=str(data.get("crowd_control") or "Police Forces of"),
                crowd_control_phrases=tuple(str(p).lower() for p in data.get("crowd_control_phrases") or ()),
                lapse_days={str(k): int(v) for k, v in (data.get("lapse_days") or {}).items()},
                lapse_count={str(k): int(v) for k, v in (data.get("lapse_count") or {}).items()},
                **sets)


class Lexicon:
    """Event words, actor index and cues, with the lookups the events stage needs."""

    def __init__(self, words: EventLexicon, actors: ActorIndex, cues: Cues):
        self.words = words
        self.actors = actors
        self.cues = cues
        self._matchers: dict[int, Matcher] = {}

    # --- triggers ---

    def triggers(self, doc: Doc) -> list[tuple[Token, str, EventWord]]:
        """(head token, trigger text, event word) for each event word of the doc, the longest match kept."""
        spans = self._matcher(doc)(doc, as_spans=True)
        found = []
        for span in filter_spans(spans):
            lemmas = " ".join(t.lemma_.lower() for t in span if t.text not in vocab.QUOTES)
            inner = " ".join(t.lemma_.lower() for t in span if t.text not in vocab.QUOTES
                             and not (t.pos_ == "ADJ" and span.start < t.i < span.end - 1))
            word = self.words.word(lemmas, begun=True) or self.words.word(span.text.lower(), begun=True) \
                or self.words.word(inner, begun=True)
            if word is not None:
                found.append((span.root, span.text, word))
        return found

    def _matcher(self, doc: Doc) -> Matcher:
        key = id(doc.vocab)
        if key not in self._matchers:
            matcher = Matcher(doc.vocab)
            for pattern in self.words.patterns():
                matcher.add(pattern["id"], [pattern["pattern"]])
            self._matchers[key] = matcher
        return self._matchers[key]

    # --- actors ---

    def canonical(self, name: str, country: str | None = None) -> str:
        actor = self.actors.lookup(name, country)
        return actor.name if actor else name

    def actor(self, name: str) -> Actor | None:
        return self.actors.by_name.get(name)

    def inter(self, name: str) -> int | None:
        actor = self.actors.by_name.get(name)
        return actor.inter if actor else None

    def describe(self, words: list[str], country: str | None) -> Actor | None:
        """The actor a descriptive phrase names ("a Malian military camp" → Military Forces of Mali): the longest
        tail of the modifiers-plus-head that the index knows, with or without the head noun."""
        for start in range(len(words)):
            for end in (len(words), len(words) - 1):
                if end - start < 1:
                    continue
                # a lone modifier without its head only as listed: "local" in "the local airport" is no "locals"
                found = self.actors.lookup(" ".join(words[start:end]), country,
                                           as_written=end < len(words) and end - start == 1)
                if found:
                    return found
        if len(words) >= 2 and words[-1].lower() in self.cues.military_assets:
            for modifier in words[:-1]:  # "a Malian helicopter": the nationality's forces
                found = self.actors.lookup(f"{modifier} forces", country)
                if found:
                    return found
        return None

    def is_reference(self, text: str) -> bool:
        return self.actors.is_reference(text) or text.lower() in self.cues.pronoun_references

    def resolve_reference(self, text: str, previous: list[Actor]) -> Actor | None:
        if text.lower() in self.cues.pronoun_references:
            return next((a for a in reversed(previous) if a.inter in (1, 2, 3, 4, 8)), None)
        return self.actors.resolve_reference(text, previous)

    def refine(self, word: EventWord, target: str, instrument: str, actor1: str, actor2: str = "") -> tuple[str, str]:
        """The word's type given its arguments. A government struck is no armed side: its inter code does not make
        a target armed ("civilians ... killed" whom a stray name made the government's stay civilians)."""
        struck = self.actor(actor2)
        target_inter = None if struck is not None and struck.kind == "government" else self.inter(actor2)
        return self.words.refine(word, target, instrument, self.inter(actor1), target_inter)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon(vocab.default_lexicon(), vocab.default_actor_index(), load_cues())
