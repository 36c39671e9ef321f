"""Vocabularies as data: actors (`models/actors.yml`) and event words (`models/event_types.yml`).

Loaders read and validate the YAML into frozen records; `ActorIndex` resolves a mention's text to an actor;
`EventLexicon` maps a trigger to its ACLED type and refines that type from the event's arguments. spaCy patterns
are built from the same records, so the entity ruler and the lookups never disagree.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .errors import VocabularyError

log = logging.getLogger(__name__)

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
ACTORS_PATH = MODELS_DIR / "actors.yml"
EVENT_TYPES_PATH = MODELS_DIR / "event_types.yml"

ARTICLES = ("the ", "a ", "an ")
# acronyms this short are matched by the entity ruler in their written case only ("UN", "AU" but not French "un", "au")
SHORT_ACRONYM = re.compile(r"^[A-Z0-9]{1,3}$")


# --- text folding --------------------------------------------------------------------------------------------------


def strip_accents(text: str) -> str:
    """`text` with combining accents removed ("Goïta" -> "Goita"), case kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes: the form two spellings of one name share."""
    return strip_accents(text).lower().replace("\u2019", "'").replace("\u2018", "'")


def alias_key(text: str) -> str:
    """The lookup key of a name: folded, hyphens and runs of spaces as one space, outer punctuation dropped."""
    key = re.sub(r"[\u2010-\u2015-]", " ", fold(text))
    key = re.sub(r"\s+", " ", key)
    return key.strip(" .,;:\"'")


def read_yaml(path: Path) -> dict:
    """The mapping at the top of a YAML file; VocabularyError when the file is missing or not a mapping."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise VocabularyError(f"{path}: vocabulary file not found; restore it from git") from exc
    except yaml.YAMLError as exc:
        raise VocabularyError(f"{path}: not valid YAML ({exc}); fix the syntax") from exc
    if not isinstance(data, dict):
        raise VocabularyError(f"{path}: expected a mapping at the top level")
    flag = next(iter(booleans_in(data)), None)
    if flag is not None:
        raise VocabularyError(f"{path}: {flag} is read by YAML as a boolean; quote the word")
    return data


def booleans_in(data, where: str = "") -> list[str]:
    """Where YAML 1.1 turned a bare word such as `on`, `no` or `yes` into a boolean inside a list."""
    found = []
    if isinstance(data, dict):
        for key, value in data.items():
            found += booleans_in(value, f"{where}.{key}" if where else str(key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            if isinstance(value, bool):
                found.append(f"{where}[{i}]")
            else:
                found += booleans_in(value, f"{where}[{i}]")
    return found


def _strings(value: Any, path: Path, where: str) -> tuple[str, ...]:
    """A YAML list of non-empty strings as a tuple (None -> empty)."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise VocabularyError(f"{path}: {where}: expected a list of non-empty strings, got {value!r}")
    return tuple(value)


# --- actors --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Actor:
    """One actor of the dictionary: canonical name, ACLED inter code, the context country and its surface forms."""

    name: str
    inter: int
    country: str
    kind: str
    aliases: tuple[str, ...] = ()
    descriptors: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    named_as_written: bool = False  # not in spec/actors.md: an event names it by the fullest form its article uses
    also_in: tuple[str, ...] = ()  # other countries where its descriptors name it ("Islamic State" in Niger)

    def fits(self, country: str | None) -> bool:
        """Whether its descriptors name it in a report on `country` (every country when it has none)."""
        return not self.country or country in (self.country, *self.also_in)


@dataclass(frozen=True)
class ActorReference:
    """Anaphoric words ("the group") and the actor kinds they may point back to."""

    words: tuple[str, ...]
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class ActorVocabulary:
    """Everything `models/actors.yml` holds, validated."""

    actors: tuple[Actor, ...]
    references: tuple[ActorReference, ...]
    generic_heads: tuple[str, ...]
    ignored_modifiers: tuple[str, ...]
    accented_spellings: tuple[tuple[str, str], ...] = ()
    unnamed: UnnamedGroups | None = None


@dataclass(frozen=True)
class UnnamedGroups:
    """Head nouns that, in a phrase naming no actor, describe an armed group nobody named."""

    actor: str
    heads: tuple[str, ...]  # "Islamic extremists", "presumed NSAGs"
    armed_heads: tuple[str, ...]  # only with an armed modifier before them: "armed militia groups"
    armed_modifiers: tuple[str, ...] = ("armed",)  # "armed", "jihadi": "some jihadi groups"

    def names(self, head: str, modifiers: Sequence[str]) -> bool:
        key = alias_key(head)
        return key in self.heads or (key in self.armed_heads
                                     and not {alias_key(m) for m in modifiers}.isdisjoint(self.armed_modifiers))


def _actor(entry: Any, index: int, kinds: set[str], path: Path) -> Actor:
    """One validated Actor from the YAML entry at position `index`."""
    where = f"actors[{index}]"
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
        raise VocabularyError(f"{path}: {where}: each actor needs a non-empty `name`, got {entry!r}")
    where = f"{where} ({entry['name']!r})"
    inter = entry.get("inter")
    if not isinstance(inter, int) or not 1 <= inter <= 8:
        raise VocabularyError(f"{path}: {where}: `inter` must be an ACLED code 1..8, got {inter!r}")
    if not isinstance(entry.get("country", ""), str):
        raise VocabularyError(f"{path}: {where}: `country` must be a string (\"\" for none)")
    if entry.get("kind") not in kinds:
        raise VocabularyError(f"{path}: {where}: `kind` {entry.get('kind')!r} is not one of {sorted(kinds)}")
    unknown = set(entry) - {"name", "inter", "country", "kind", "aliases", "descriptors", "metonyms",
                            "named_as_written", "also_in"}
    if unknown:
        raise VocabularyError(f"{path}: {where}: unknown keys {sorted(unknown)}")
    return Actor(
        name=entry["name"], inter=inter, country=entry.get("country", ""), kind=entry["kind"],
        aliases=_strings(entry.get("aliases"), path, f"{where}.aliases"),
        descriptors=_strings(entry.get("descriptors"), path, f"{where}.descriptors"),
        metonyms=_strings(entry.get("metonyms"), path, f"{where}.metonyms"),
        named_as_written=_flag(entry.get("named_as_written", False), path, f"{where}.named_as_written"),
        also_in=_strings(entry.get("also_in"), path, f"{where}.also_in"),
    )


def _flag(value: Any, path: Path, where: str) -> bool:
    if not isinstance(value, bool):
        raise VocabularyError(f"{path}: {where}: must be true or false, got {value!r}")
    return value


def _check_actor_conflicts(actors: Sequence[Actor], path: Path) -> None:
    """Raise when a name or alias is listed twice, or one form would name two actors in the same context."""
    owner: dict[str, str] = {}  # alias or metonym key -> actor name
    for actor in actors:
        for form in (actor.name, *actor.aliases, *actor.metonyms):
            key = alias_key(form)
            if key in owner:
                raise VocabularyError(f"{path}: {actor.name!r}: alias {form!r} is already listed for "
                                      f"{owner[key]!r}; keep it under one actor only")
            owner[key] = actor.name
    described: dict[tuple[str, str], str] = {}  # (descriptor key, country) -> actor name
    for actor in actors:
        for form in actor.descriptors:
            key = alias_key(form)
            if key in owner:
                raise VocabularyError(f"{path}: {actor.name!r}: descriptor {form!r} is an alias of "
                                      f"{owner[key]!r}; a form is either an alias or a descriptor")
            for country in (actor.country, *actor.also_in):
                if (key, country) in described:
                    raise VocabularyError(f"{path}: {actor.name!r}: descriptor {form!r} already names "
                                          f"{described[key, country]!r} in {country or 'every'} context")
                described[key, country] = actor.name


def _references(data: Any, kinds: set[str], path: Path) -> tuple[ActorReference, ...]:
    """Validated anaphoric reference entries; a word may appear once only."""
    seen: set[str] = set()
    references = []
    for index, entry in enumerate(data or []):
        where = f"references[{index}]"
        if not isinstance(entry, dict):
            raise VocabularyError(f"{path}: {where}: expected a mapping with `words` and `kinds`")
        words = _strings(entry.get("words"), path, f"{where}.words")
        ref_kinds = _strings(entry.get("kinds"), path, f"{where}.kinds")
        if not words or not ref_kinds or set(ref_kinds) - kinds:
            raise VocabularyError(f"{path}: {where}: needs words and kinds among {sorted(kinds)}, got {entry!r}")
        for word in words:
            if alias_key(word) in seen:
                raise VocabularyError(f"{path}: {where}: reference word {word!r} is listed twice")
            seen.add(alias_key(word))
        references.append(ActorReference(words=words, kinds=ref_kinds))
    return tuple(references)


def load_actor_vocabulary(path: Path | None = None) -> ActorVocabulary:
    """Read and validate `models/actors.yml` (or `path`): actors, references and the descriptive-head lists."""
    path = Path(path or ACTORS_PATH)
    data = read_yaml(path)
    kinds = set(_strings(data.get("kinds"), path, "kinds"))
    if not kinds:
        raise VocabularyError(f"{path}: `kinds` must list the actor kinds")
    entries = data.get("actors")
    if not isinstance(entries, list) or not entries:
        raise VocabularyError(f"{path}: `actors` must be a non-empty list")
    actors = tuple(_actor(entry, i, kinds, path) for i, entry in enumerate(entries))
    _check_actor_conflicts(actors, path)
    return ActorVocabulary(
        actors=actors, references=_references(data.get("references"), kinds, path),
        generic_heads=_strings(data.get("generic_heads"), path, "generic_heads"),
        ignored_modifiers=_strings(data.get("ignored_modifiers"), path, "ignored_modifiers"),
        accented_spellings=_spellings(data.get("accented_spellings"), path),
        unnamed=_unnamed(data.get("unnamed_armed_groups"), actors, path),
    )


def _unnamed(entry: Any, actors: tuple[Actor, ...], path: Path) -> UnnamedGroups | None:
    """The validated `unnamed_armed_groups` entry, or None when the file has none."""
    if entry is None:
        return None
    if not isinstance(entry, dict) or entry.get("actor") not in {a.name for a in actors}:
        raise VocabularyError(f"{path}: unnamed_armed_groups: needs `actor` (a listed actor's name) and `heads`")
    return UnnamedGroups(entry["actor"],
                         tuple(alias_key(h) for h in _strings(entry.get("heads"), path, "unnamed_armed_groups.heads")),
                         tuple(alias_key(h) for h in _strings(entry.get("armed_heads"), path,
                                                              "unnamed_armed_groups.armed_heads")),
                         tuple(alias_key(m) for m in _strings(entry.get("armed_modifiers", ["armed"]), path,
                                                              "unnamed_armed_groups.armed_modifiers")))


def _spellings(data: Any, path: Path) -> tuple[tuple[str, str], ...]:
    """(plain, accented) word pairs of `accented_spellings`."""
    if data is None:
        return ()
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise VocabularyError(f"{path}: `accented_spellings` must map plain words to accented spellings")
    return tuple((k.lower(), v.lower()) for k, v in data.items())


def load_actors(path: Path | None = None) -> tuple[Actor, ...]:
    """The validated actors of `models/actors.yml` (or `path`)."""
    return load_actor_vocabulary(path).actors


def _without_article(key: str) -> str:
    """`key` without a leading "the"/"a"/"an"."""
    for article in ARTICLES:
        if key.startswith(article):
            return key[len(article):]
    return key


def _number_variants(key: str) -> tuple[str, ...]:
    """The key and its naive singular/plural, so that "Malian soldier" finds "Malian soldiers"."""
    return (key, key[:-1]) if key.endswith("s") else (key, key + "s")


class ActorIndex:
    """Resolves the text of an actor mention to an Actor: alias, descriptor in context, metonym, or reference."""

    def __init__(self, actors: Iterable[Actor], references: Iterable[ActorReference] = (),
                 generic_heads: Iterable[str] = (), ignored_modifiers: Iterable[str] = (),
                 unnamed_groups: UnnamedGroups | None = None):
        self.actors = tuple(actors)
        self.unnamed_groups = unnamed_groups
        self.by_name = {a.name: a for a in self.actors}
        self._aliases = {alias_key(f): a for a in self.actors for f in (a.name, *a.aliases)}
        self._metonyms = {alias_key(f): a for a in self.actors for f in a.metonyms}
        self._descriptors: dict[str, list[Actor]] = {}
        for actor in self.actors:
            for form in actor.descriptors:
                self._descriptors.setdefault(alias_key(form), []).append(actor)
        self._references = {alias_key(w): ref.kinds for ref in references for w in ref.words}
        self._heads = {alias_key(h) for h in generic_heads}
        self._modifiers = {alias_key(m) for m in ignored_modifiers}

    @classmethod
    def load(cls, path: Path | None = None) -> ActorIndex:
        """An index over the vocabulary file `path` (default `models/actors.yml`)."""
        vocab = load_actor_vocabulary(path)
        return cls(vocab.actors, vocab.references, vocab.generic_heads, vocab.ignored_modifiers, vocab.unnamed)

    def unnamed(self, head: str, modifiers: Sequence[str]) -> Actor | None:
        """The unidentified armed group when a phrase that names no actor has the head of one ("extremists")."""
        groups = self.unnamed_groups
        return self.by_name[groups.actor] if groups is not None and groups.names(head, modifiers) else None

    def lookup(self, text: str, country: str | None = None, as_written: bool = False) -> Actor | None:
        """The actor `text` names: exact alias, then descriptor or metonym in `country`'s context, then the name
        left after dropping a generic head or modifier ("CMA militants" -> CMA); None when unknown or ambiguous.
        `as_written`: a descriptor only in its listed number ("local" is not "locals")."""
        key = alias_key(text)
        for variant in dict.fromkeys((key, _without_article(key))):
            found = self._direct(variant, country, as_written)
            if found:
                return found
        return self._without_generic_words(_without_article(key), country)

    def _direct(self, key: str, country: str | None, as_written: bool = False) -> Actor | None:
        """Alias, then descriptor (singular or plural), then metonym, for one key."""
        if key in self._aliases:
            return self._aliases[key]
        for variant in (key,) if as_written else _number_variants(key):
            if variant in self._descriptors:
                return _in_context(self._descriptors[variant], country)
        return self._metonyms.get(key)

    def _without_generic_words(self, key: str, country: str | None) -> Actor | None:
        """Lookup of `key` stripped of a leading modifier ("suspected") or a trailing generic head ("fighters")."""
        words = key.split(" ")
        if len(words) < 2:
            return None
        if words[0] in self._modifiers:
            return self.lookup(" ".join(words[1:]), country)
        if words[-1] in self._heads:
            return self.lookup(" ".join(words[:-1]), country)
        return None

    def is_generic_head(self, word: str) -> bool:
        """True for a head noun that names no one by itself ("forces", "fighters", "troops")."""
        return alias_key(word) in self._heads

    def written_name(self, text: str, actor: Actor) -> str | None:
        """`text` without its article when it is the name or an alias of `actor` ("the Unity Movement for Jihad in
        West Africa" -> "Unity Movement for Jihad in West Africa"), else None (a descriptor, a generic head)."""
        bare = text.split(" ", 1)[1] if alias_key(text) != _without_article(alias_key(text)) else text
        return bare if self._aliases.get(alias_key(bare)) is actor else None

    def is_reference(self, text: str) -> bool:
        """True when `text` is an anaphoric reference word ("the group", "the rebel coalition")."""
        return alias_key(text) in self._references

    def resolve_reference(self, text: str, previous_actors: Sequence[Actor]) -> Actor | None:
        """The last actor of `previous_actors` (in text order) whose kind the reference `text` may point to."""
        kinds = self._references.get(alias_key(text))
        if not kinds:
            return None
        return next((a for a in reversed(previous_actors) if a.kind in kinds), None)

    def resolve(self, text: str, country: str | None = None, previous_actors: Sequence[Actor] = ()) -> Actor | None:
        """A mention's actor: references first ("the militants" is the last militant group, not any gunmen),
        then `lookup`."""
        if self.is_reference(text):
            return self.resolve_reference(text, previous_actors)
        return self.lookup(text, country)


def _in_context(candidates: Sequence[Actor], country: str | None) -> Actor | None:
    """The one candidate that fits `country`; the only candidate when no country is known or it is the same
    everywhere; else None (ambiguous, or the descriptor of another country: "separatists" in Senegal are not
    Mali's CMA)."""
    if len(candidates) == 1 and (country is None or candidates[0].fits(country)):
        return candidates[0]
    local = [a for a in candidates if a.country and a.fits(country)]
    if len(local) == 1:
        return local[0]
    everywhere = [a for a in candidates if not a.country]
    return everywhere[0] if len(everywhere) == 1 else None


@lru_cache(maxsize=1)
def _tokenizer():
    """spaCy's English tokenizer (no model needed), to cut patterns as documents are cut."""
    import spacy

    return spacy.blank("en").tokenizer


def tokenized(text: str) -> list[str]:
    """`text` cut into tokens as spaCy's English tokenizer cuts documents."""
    return [t.text for t in _tokenizer()(text)]


def _surface_variants(form: str, spellings: Sequence[tuple[str, str]] = ()) -> set[str]:
    """`form` with and without accents, hyphens and curly apostrophes, as texts spell it."""
    variants = {form, strip_accents(form)}
    for plain, accented in spellings:
        variants |= {re.sub(rf"(?i)\b{re.escape(plain)}\b", accented, v) for v in variants}
    variants |= {v.replace("-", " ") for v in variants}
    variants |= {re.sub(r"\b([Aa]l) ", r"\1-", v) for v in variants}  # the Arabic article: "Al Mourabitoun", "al-"
    return variants | {v.replace("'", "\u2019") for v in variants}


def _token_pattern(form: str) -> list[dict]:
    """A token pattern matching `form` case-insensitively (short acronyms in their written case)."""
    attr = "ORTH" if SHORT_ACRONYM.match(form) else "LOWER"
    return [{attr: t.text if attr == "ORTH" else t.lower_} for t in _tokenizer()(form)]


def actor_patterns(actors: Iterable[Actor], generic_heads: Iterable[str] | None = None,
                   accented_spellings: Sequence[tuple[str, str]] | None = None) -> list[dict]:
    """EntityRuler patterns labelled ACTOR for every name, alias and descriptor (not metonyms: those are places
    first). A name may be followed by one generic head ("CMA militants"); each form is also spelt with the
    accented spellings (heads and spellings default to those of models/actors.yml). `id` is the canonical
    name, left out for a descriptor that names different actors in different countries ("the army") or names its
    one actor only in that actor's country ("separatists"): resolve those with `ActorIndex.lookup(text, country)`."""
    actors = tuple(actors)
    if generic_heads is None:
        generic_heads = default_actor_vocabulary().generic_heads
    if accented_spellings is None:
        accented_spellings = default_actor_vocabulary().accented_spellings
    head = {"LOWER": {"IN": sorted({h.lower() for h in generic_heads})}, "OP": "?"}
    owners: dict[str, set[str]] = {}
    for actor in actors:
        for form in actor.descriptors:
            owners.setdefault(alias_key(form), set()).add(actor.name)
    patterns, seen = [], set()
    for actor in actors:
        names = {actor.name, *actor.aliases}
        for form in (actor.name, *actor.aliases, *actor.descriptors):
            unique = len(owners.get(alias_key(form), {actor.name})) == 1 and (form in names or not actor.country)
            for variant in sorted(_surface_variants(form, accented_spellings)):
                tokens = _token_pattern(variant) + ([head] if form in names and generic_heads else [])
                signature = (repr(tokens), actor.name if unique else "")
                if signature in seen:
                    continue
                seen.add(signature)
                pattern = {"label": "ACTOR", "pattern": tokens}
                if unique:
                    pattern["id"] = actor.name
                patterns.append(pattern)
    return patterns


def reference_patterns(references: Iterable[ActorReference]) -> list[dict]:
    """EntityRuler patterns labelled ACTOR_REF for anaphoric words; `id` is the word's folded key."""
    patterns = []
    for ref in references:
        for word in ref.words:
            patterns.append({"label": "ACTOR_REF", "pattern": _token_pattern(word), "id": alias_key(word)})
    return patterns


# --- event words ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventWord:
    """A trigger (lemmas, space-separated) and the ACLED type it signals by default."""

    phrase: str
    event_type: str
    sub_event_type: str
    pos: tuple[str, ...] = ()
    needs_target: tuple[str, ...] = ()  # an event only when its object is one of these ("took the town", not "took part")
    refuses_target: tuple[str, ...] = ()  # no event when its object is one of these ("struck a deal")
    needs_launch: bool = False  # an event only when a word of starting governs it ("launched an offensive")


@dataclass(frozen=True)
class Refinement:
    """A rule changing a trigger's default type when its arguments say more (civilian target, rockets ...)."""

    name: str
    event_type: str
    sub_event_type: str
    from_types: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    instrument: tuple[str, ...] = ()
    actor_inter: tuple[int, ...] = ()
    target_inter: tuple[int, ...] = ()  # actor2's inter codes that meet the target condition as its words do
    from_sub_types: tuple[str, ...] = ()  # only words of these sub-event types


def _check_type(pair: tuple[str, str], taxonomy: dict[str, tuple[str, ...]], path: Path, where: str) -> None:
    """Raise unless (event_type, sub_event_type) is in the taxonomy."""
    event_type, sub = pair
    if sub not in taxonomy.get(event_type, ()):
        raise VocabularyError(f"{path}: {where}: {event_type!r} / {sub!r} is not in the taxonomy of ANNOTATION.md")


def _event_word(entry: Any, index: int, taxonomy: dict, path: Path) -> EventWord:
    """One validated EventWord from the YAML entry at `index`."""
    where = f"words[{index}]"
    if not isinstance(entry, dict) or not isinstance(entry.get("phrase"), str):
        raise VocabularyError(f"{path}: {where}: needs `phrase`, `event_type`, `sub_event_type`, got {entry!r}")
    where = f"{where} ({entry['phrase']!r})"
    _check_type((entry.get("event_type"), entry.get("sub_event_type")), taxonomy, path, where)
    return EventWord(phrase=" ".join(entry["phrase"].lower().split()), event_type=entry["event_type"],
                     sub_event_type=entry["sub_event_type"], pos=_strings(entry.get("pos"), path, f"{where}.pos"),
                     needs_target=_strings(entry.get("needs_target"), path, f"{where}.needs_target"),
                     refuses_target=_strings(entry.get("refuses_target"), path, f"{where}.refuses_target"),
                     needs_launch=bool(entry.get("needs_launch", False)))


def _refinement(entry: Any, index: int, taxonomy: dict, phrases: set[str], path: Path) -> Refinement:
    """One validated Refinement from the YAML entry at `index`."""
    where = f"refinements[{index}]"
    if not isinstance(entry, dict) or not isinstance(entry.get("then"), list) or len(entry["then"]) != 2:
        raise VocabularyError(f"{path}: {where}: needs `then: [event_type, sub_event_type]`, got {entry!r}")
    where = f"{where} ({entry.get('name', '')!r})"
    _check_type(tuple(entry["then"]), taxonomy, path, where)
    triggers = _strings(entry.get("triggers"), path, f"{where}.triggers")
    if set(triggers) - phrases:
        raise VocabularyError(f"{path}: {where}: triggers {sorted(set(triggers) - phrases)} are not in `words`")
    from_types = _strings(entry.get("from"), path, f"{where}.from")
    if set(from_types) - set(taxonomy):
        raise VocabularyError(f"{path}: {where}: `from` names unknown event types {from_types}")
    inter = tuple(entry.get("actor_inter") or ())
    from_sub_types = _strings(entry.get("from_sub"), path, f"{where}.from_sub")
    if set(from_sub_types) - {sub for subs in taxonomy.values() for sub in subs}:
        raise VocabularyError(f"{path}: {where}: `from_sub` names unknown sub-event types {from_sub_types}")
    return Refinement(name=entry.get("name", ""), event_type=entry["then"][0], sub_event_type=entry["then"][1],
                      from_types=from_types, triggers=triggers, actor_inter=inter,
                      target_inter=tuple(entry.get("target_inter") or ()),
                      target=_strings(entry.get("target"), path, f"{where}.target"),
                      instrument=_strings(entry.get("instrument"), path, f"{where}.instrument"),
                      from_sub_types=from_sub_types)


def _taxonomy(data: dict, path: Path) -> dict[str, tuple[str, ...]]:
    """The event_type -> sub_event_types table of the vocabulary file."""
    table = data.get("taxonomy")
    if not isinstance(table, dict) or not table:
        raise VocabularyError(f"{path}: `taxonomy` must map each event_type to its sub_event_types")
    return {k: _strings(v, path, f"taxonomy.{k}") for k, v in table.items()}


# stands in a target text for a town named as the object ("retook Gao"), so that rules may ask for one
TOWN_TARGET = "named_town"

QUOTES = ('"', "'", "\u201c", "\u201d", "\u2018", "\u2019")


def _word_pattern(word: EventWord) -> list[dict]:
    """A Matcher pattern on lemmas for `word`, the first token constrained to its parts of speech."""
    tokens = []
    for i, lemma in enumerate(word.phrase.split()):
        forms = {lemma, lemma.replace("'", "\u2019")}  # "coup d'état" as typeset: "coup d\u2019état"
        token: dict = {"LEMMA": {"IN": sorted({f for form in forms for f in (form, form.capitalize(), form.upper())})}}
        if i == 0 and word.pos:
            token["POS"] = {"IN": list(word.pos)}
        if i >= 1:  # an adjective may come before a later word: "took complete control", "into pretrial detention"
            tokens.append({"POS": "ADJ", "OP": "?"})
        if i > 0:  # a quotation mark may open inside the phrase: declaring "war in the region"
            tokens.append({"ORTH": {"IN": list(QUOTES)}, "OP": "?"})
        tokens.append(token)
    return tokens


def _word_mentioned(words: Sequence[str], text: str) -> bool:
    """True when one of `words` occurs in `text` as whole words (a plural -s/-es allowed)."""
    key = alias_key(text or "")
    return any(re.search(rf"(?<![a-z0-9]){re.escape(alias_key(w))}(?:e?s)?(?![a-z0-9])", key) for w in words)


class EventLexicon:
    """Event words with their default types and the refinement rules, from `models/event_types.yml`."""

    def __init__(self, words: Iterable[EventWord], refinements: Iterable[Refinement] = ()):
        self.words = tuple(words)
        self.refinements = tuple(refinements)
        self._by_phrase = {alias_key(w.phrase): w for w in self.words}

    @classmethod
    def load(cls, path: Path | None = None) -> EventLexicon:
        """Read and validate the event vocabulary at `path` (default `models/event_types.yml`)."""
        path = Path(path or EVENT_TYPES_PATH)
        data = read_yaml(path)
        taxonomy = _taxonomy(data, path)
        words = tuple(_event_word(e, i, taxonomy, path) for i, e in enumerate(data.get("words") or []))
        if not words:
            raise VocabularyError(f"{path}: `words` must list the event words")
        phrases = [w.phrase for w in words]
        duplicates = sorted({p for p in phrases if phrases.count(p) > 1})
        if duplicates:
            raise VocabularyError(f"{path}: event words listed twice: {duplicates}; keep one entry each")
        rules = tuple(_refinement(e, i, taxonomy, set(phrases), path)
                      for i, e in enumerate(data.get("refinements") or []))
        return cls(words, rules)

    def word(self, lemma_or_phrase: str, begun: bool = False) -> EventWord | None:
        """The event word for a lemma or lemma phrase ("shoot down", "air strikes"), or None. A word that
        `needs_launch` only when `begun` ("launched an offensive"); as any other noun it is none ("during an
        offensive")."""
        key = alias_key(lemma_or_phrase)
        for variant in _number_variants(key):
            found = self._by_phrase.get(variant)
            if found is not None and (begun or not found.needs_launch):
                return found
        return None

    def refine(self, word: EventWord, target_text: str = "", instrument_text: str = "",
               actor_inter: int | None = None, target_inter: int | None = None) -> tuple[str, str]:
        """(event_type, sub_event_type) for `word` given its target, instrument and the inter codes of actor1 and
        actor2: the first refinement whose conditions all hold, else the word's default."""
        for rule in self.refinements:
            if _rule_holds(rule, word, target_text, instrument_text, actor_inter, target_inter):
                log.debug("refinement %r applies to %r", rule.name, word.phrase)
                return rule.event_type, rule.sub_event_type
        return word.event_type, word.sub_event_type

    @staticmethod
    def mentions(words: Sequence[str], text: str) -> bool:
        """True when one of `words` occurs in `text` as whole words (a plural allowed), as rules match them."""
        return _word_mentioned(words, text)

    def has_target(self, word: EventWord, target_text: str) -> bool:
        """Whether the trigger's object makes it an event: always, unless the word lists the objects it needs."""
        if word.refuses_target and _word_mentioned(word.refuses_target, target_text):
            return False
        return not word.needs_target or _word_mentioned(word.needs_target, target_text)

    def patterns(self) -> list[dict]:
        """Matcher patterns, one per event word: {"label": "EVENT", "id": phrase, "pattern": [...]}."""
        return [{"label": "EVENT", "id": w.phrase, "pattern": _word_pattern(w)} for w in self.words]


def _rule_holds(rule: Refinement, word: EventWord, target: str, instrument: str, inter: int | None,
                target_inter: int | None = None) -> bool:
    """True when every condition `rule` states holds for this trigger and its arguments."""
    target_met = (not rule.target and not rule.target_inter) or _word_mentioned(rule.target, target) \
        or target_inter in rule.target_inter
    return ((not rule.from_types or word.event_type in rule.from_types)
            and (not rule.from_sub_types or word.sub_event_type in rule.from_sub_types)
            and (not rule.triggers or word.phrase in rule.triggers)
            and (not rule.actor_inter or inter in rule.actor_inter)
            and target_met
            and (not rule.instrument or _word_mentioned(rule.instrument, instrument)))


def load_event_words(path: Path | None = None) -> tuple[EventWord, ...]:
    """The validated event words of `models/event_types.yml` (or `path`)."""
    return EventLexicon.load(path).words


@lru_cache(maxsize=1)
def default_lexicon() -> EventLexicon:
    """The event lexicon of `models/event_types.yml`, read once."""
    return EventLexicon.load()


@lru_cache(maxsize=1)
def default_actor_vocabulary() -> ActorVocabulary:
    """The actor vocabulary of `models/actors.yml`, read once."""
    return load_actor_vocabulary()


@lru_cache(maxsize=1)
def default_actor_index() -> ActorIndex:
    """The actor index of `models/actors.yml`, read once."""
    vocab = default_actor_vocabulary()
    return ActorIndex(vocab.actors, vocab.references, vocab.generic_heads, vocab.ignored_modifiers, vocab.unnamed)


def event_word(lemma_or_phrase: str) -> EventWord | None:
    """The default lexicon's event word for a lemma or lemma phrase, or None."""
    return default_lexicon().word(lemma_or_phrase)


def refine(word: EventWord, target_text: str = "", instrument_text: str = "",
           actor_inter: int | None = None) -> tuple[str, str]:
    """(event_type, sub_event_type) of `word` refined by the default lexicon's rules."""
    return default_lexicon().refine(word, target_text, instrument_text, actor_inter)


def event_patterns() -> list[dict]:
    """Matcher patterns of the default lexicon's event words."""
    return default_lexicon().patterns()
