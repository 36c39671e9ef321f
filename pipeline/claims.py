"""Claims: is an event reported only as one party's word? `is_claim(sentence, actor=None) -> bool`.

A claim is a party's own report that the article does not confirm ("CMA claimed to have shot down", "JNIM said it
killed", "according to the group's communiqué"). Sourcing is not a claim ("according to witnesses", "according to
multiple open sources"), and a confirmation in the same sentence cancels one. Cue words are data, in the `claims`
section of `models/event_types.yml`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import VocabularyError
from .vocab import EVENT_TYPES_PATH, default_actor_index, fold, read_yaml

log = logging.getLogger(__name__)

Phrase = tuple[str, ...]
ACCORDING_WINDOW = 4
REPORT_WINDOW = 3
NEGATION_WINDOW = 3


@dataclass(frozen=True)
class ClaimCues:
    """The claim vocabulary, every phrase as a token tuple."""

    claim_words: tuple[Phrase, ...]
    not_claims: tuple[Phrase, ...]
    claim_negations: tuple[Phrase, ...]
    reporting_verbs: tuple[Phrase, ...]
    party_subjects: tuple[Phrase, ...]
    not_deeds: tuple[Phrase, ...]
    according_claims: tuple[Phrase, ...]
    according_sources: tuple[Phrase, ...]
    confirmations: tuple[Phrase, ...]
    unconfirmed: tuple[Phrase, ...]


def tokenize(text: str) -> list[str]:
    """Folded lower-case word and punctuation tokens, a possessive 's apart ("the group 's communique")."""
    return re.findall(r"'s\b|[a-z0-9]+(?:['-][a-z0-9]+)*|[^\sa-z0-9]", re.sub(r"'s\b", " 's", fold(text)))


def load_claim_cues(path: Path | None = None) -> ClaimCues:
    """The `claims` section of `models/event_types.yml` (or `path`), validated."""
    path = Path(path or EVENT_TYPES_PATH)
    section = read_yaml(path).get("claims")
    if not isinstance(section, dict):
        raise VocabularyError(f"{path}: a `claims` section with the claim cue lists is required")
    lists = {}
    for name in ClaimCues.__dataclass_fields__:
        value = section.get(name)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise VocabularyError(f"{path}: claims.{name} must be a non-empty list of phrases")
        lists[name] = tuple(tuple(tokenize(v)) for v in value)
    return ClaimCues(**lists)


@lru_cache(maxsize=1)
def default_claim_cues() -> ClaimCues:
    """The claim cues of `models/event_types.yml`, read once."""
    return load_claim_cues()


def _at(tokens: list[str], i: int, phrases: tuple[Phrase, ...]) -> Phrase | None:
    """The longest of `phrases` starting at token i, or None."""
    found = [p for p in phrases if tuple(tokens[i:i + len(p)]) == p]
    return max(found, key=len) if found else None


def _positions(tokens: list[str], phrases: tuple[Phrase, ...]) -> list[int]:
    """Token indices where one of `phrases` starts."""
    return [i for i in range(len(tokens)) if _at(tokens, i, phrases)]


def _masked(tokens: list[str], phrases: tuple[Phrase, ...]) -> list[str]:
    """`tokens` with every occurrence of `phrases` blanked out (idioms such as "stake its claim")."""
    out = list(tokens)
    for i in _positions(tokens, phrases):
        for j in range(i, i + len(_at(tokens, i, phrases))):
            out[j] = ""
    return out


def _party_reports(tokens: list[str], cues: ClaimCues) -> list[int]:
    """Indices of reporting verbs whose subject is the party itself reporting a deed ("said it killed")."""
    found = []
    for i in _positions(tokens, cues.reporting_verbs):
        j = i + len(_at(tokens, i, cues.reporting_verbs))
        j += 1 if j < len(tokens) and tokens[j] == "that" else 0  # "said (that) it ..."
        subject = _at(tokens, j, cues.party_subjects)
        after = j + len(subject or ())
        if subject and after < len(tokens) and tokens[after].isalpha() and not _at(tokens, after, cues.not_deeds):
            found.append(i)
    return found


def _according_claims(tokens: list[str], cues: ClaimCues) -> list[int]:
    """Indices of "according to <a party's own word>"; "according to witnesses" is sourcing and not listed."""
    found = []
    for i in _positions(tokens, (("according", "to"),)):
        window = range(i + 2, min(len(tokens), i + 2 + ACCORDING_WINDOW))
        if any(_at(tokens, j, cues.according_sources) for j in window):
            continue
        if any(_at(tokens, j, cues.according_claims) for j in window):
            found.append(i)
    return found


def _actor_forms(actor: str) -> set[Phrase]:
    """Token tuples of every name the actor dictionary knows for `actor` (or of `actor` itself)."""
    known = default_actor_index().lookup(actor)
    names = (actor,) if known is None else (known.name, *known.aliases, *known.descriptors, *known.metonyms)
    return {tuple(tokenize(n)) for n in names if tokenize(n)}


def _attributed(tokens: list[str], cue: int, actor: str | None, cues: ClaimCues) -> bool:
    """True when the claim cue at `cue` can be the word of `actor`: named in the sentence, or a pronoun subject."""
    if actor is None:
        return True
    forms = tuple(_actor_forms(actor))
    if _positions(tokens, forms):
        return True
    return any(_at(tokens, j, cues.party_subjects) for j in range(max(0, cue - REPORT_WINDOW), cue))


def is_claim(sentence: str, actor: str | None = None, cues: ClaimCues | None = None) -> bool:
    """True when `sentence` reports its event only as a party's claim (of `actor`, when given) that the text does
    not confirm; False for plain reports, sourcing ("according to witnesses") and confirmed claims."""
    cues = cues or default_claim_cues()
    tokens = tokenize(sentence)
    if _positions(tokens, cues.unconfirmed):
        return True  # the text itself says it cannot confirm
    if _positions(tokens, cues.confirmations):
        return False
    words = _masked(tokens, cues.not_claims)
    # "local reports have alleged that ...": a claim word whose subject is a neutral source sources the report
    said = [i for i in _positions(words, cues.claim_words)
            if not _said_by_source(words, i, cues) and not _denied(words, i, cues)]
    found = said + _party_reports(words, cues) + _according_claims(words, cues)
    return any(_attributed(words, i, actor, cues) for i in found)


def _denied(tokens: list[str], cue: int, cues: ClaimCues) -> bool:
    """True when a negation stands within a few words before the claim word ("No group has claimed")."""
    return any(_at(tokens, j, cues.claim_negations) for j in range(max(0, cue - NEGATION_WINDOW), cue))


def _said_by_source(tokens: list[str], cue: int, cues: ClaimCues) -> bool:
    """True when a neutral source (witnesses, local reports, residents) stands just before the claim word."""
    return any(j + len(p) >= cue - 2 for j in range(max(0, cue - 5), cue)
               for p in [_at(tokens, j, cues.according_sources)] if p)
