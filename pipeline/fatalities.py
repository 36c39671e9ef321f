"""Death tolls from the text of an event: `parse_fatalities(text) -> int | None` (deaths only, all sides summed,
the most conservative reading of spec/ANNOTATION.md `fatalities`). Number words and death/injury cues are data
in `models/numbers.yml`.

A number counts as deaths when a death cue governs it: after it ("15 soldiers were killed", "40 fatalities") or
before it ("killed at least 49 civilians"); an injury, arrest or displacement cue takes it out ("20 wounded"). A
number with no cue of its own takes the reading of a number it is coordinated with ("killed 15 soldiers and 10
attackers" -> 25).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import VocabularyError
from .vocab import MODELS_DIR, fold, read_yaml

log = logging.getLogger(__name__)

NUMBERS_PATH = MODELS_DIR / "numbers.yml"
TOKEN = re.compile(r"\d+(?:[.,]\d+)*[a-z²]*|[a-z]+(?:['-][a-z0-9]+)*|[^\sa-z0-9]")
LONG_NAME = re.compile(  # "Volunteers for the Defence of the Homeland": capitalised words joined by "of", "for" ...
    r"\b([A-Z][a-z'’-]+)(?:\s+(?:of|for|and|in|de|du|des)\s+(?:the\s+|la\s+|l')?[A-Z][a-z'’-]+)+")
SHORT_FORM = re.compile(r"\s*\([A-Z][A-Za-z.-]{1,9}\)")
ABBREVIATION = re.compile(r"\b(?:[a-z]\.){2,}(?= [a-z0-9])")
STOPS = {".", ";", ":", "(", ")", "!", "?", "\u201c", "\u201d", '"'}
CONJUNCTIONS = {"and", ",", "or", "but", "plus"}
FORWARD_WINDOW = 6
BACKWARD_WINDOW = 7
COORDINATION_GAP = 4
ASIDE_REACH = 4  # tokens between a figure and the comma that opens an aside describing its dead
SUBSET_REACH = 4  # tokens between a total and the first of its parts ("13 people, including 10 gendarmes")


@dataclass(frozen=True)
class Cue:
    """A cue phrase found in the text: its token span, what it reports, and where its number may stand."""

    start: int
    end: int
    death: bool
    before: bool  # governs a number after it ("killed 15")
    after: bool  # governs a number before it ("15 killed")


@dataclass(frozen=True)
class Quantity:
    """A number expression found in the text: token span and value (the lower end of a range)."""

    start: int
    end: int
    value: int
    subset: bool = False


@dataclass(frozen=True)
class NumberWords:
    """The vocabulary of `models/numbers.yml`, phrases as token tuples."""

    words: dict[str, int]
    scales: dict[str, int]
    vague: tuple[tuple[tuple[str, ...], int], ...]
    range_joiners: frozenset[str]
    not_before: frozenset[str]
    not_after: frozenset[str]
    subset_markers: tuple[tuple[str, ...], ...]
    cues: tuple[tuple[tuple[str, ...], bool, bool, bool], ...]  # (tokens, death, before, after)
    no_deaths: tuple[tuple[str, ...], ...]
    heavy_losses: tuple[tuple[str, ...], ...] = ()
    unnumbered: dict[str, int] = None  # {"heavy": 10, "other": 3}: deaths without a figure (ANNOTATION.md)
    group_words: frozenset[str] = frozenset()  # "a number of", "a group of": no lone victim
    attacker_words: frozenset[str] = frozenset()  # "two terrorists were killed": the attacking side's dead
    aside_markers: tuple[tuple[str, ...], ...] = ()  # "12 people, most of them volunteers, ...": who the dead were
    superseded_markers: tuple[tuple[str, ...], ...] = ()  # "had initially put the toll at 12": a replaced figure
    additive_markers: tuple[tuple[str, ...], ...] = ()  # "was also killed": more dead of the event told


def tokenize(text: str) -> list[str]:
    """Folded lower-case tokens: numbers with their separators, words with inner hyphens, punctuation. An
    abbreviation before the next word is one word ("two u.n. peacekeepers": "un"), not a sentence's end; a long
    name is its first word and its bracketed short form is dropped ("41 members of the Volunteers for the Defence
    of the Homeland (VDP) lost their lives": "41 members of the volunteers lost their lives"), so that a figure
    reaches the words that say what happened to it."""
    text = SHORT_FORM.sub("", LONG_NAME.sub(lambda m: m.group(1), text))
    return TOKEN.findall(ABBREVIATION.sub(lambda m: m.group().replace(".", ""), fold(text)))


def _phrases(data: Any, path: Path, key: str) -> tuple[tuple[str, ...], ...]:
    """A YAML list of phrases as token tuples."""
    if not isinstance(data, list) or not all(isinstance(p, str) for p in data):
        raise VocabularyError(f"{path}: `{key}` must be a list of phrases")
    return tuple(tuple(tokenize(p)) for p in data)


def _cues(data: dict, path: Path) -> tuple[tuple[tuple[str, ...], bool, bool, bool], ...]:
    """Every cue phrase with (death?, before?, after?), a phrase listed in both positions merged."""
    roles: dict[tuple[str, ...], list[bool]] = {}
    for kind, death in (("death", True), ("nondeath", False)):
        for position in ("before", "after"):
            for tokens in _phrases((data.get(kind) or {}).get(position), path, f"{kind}.{position}"):
                entry = roles.setdefault(tokens, [death, False, False])
                if entry[0] != death:
                    raise VocabularyError(f"{path}: cue {' '.join(tokens)!r} is listed as death and non-death")
                entry[1 if position == "before" else 2] = True
    return tuple((tokens, d, b, a) for tokens, (d, b, a) in roles.items())


def load_number_words(path: Path | None = None) -> NumberWords:
    """Read and validate `models/numbers.yml` (or `path`)."""
    path = Path(path or NUMBERS_PATH)
    data = read_yaml(path)
    try:
        words = {**data["units"], **data["tens"]}
        vague = sorted(((tuple(tokenize(k)), int(v)) for k, v in data["vague"].items()), key=lambda p: -len(p[0]))
        return NumberWords(
            words={str(k): int(v) for k, v in words.items()},
            scales={str(k): int(v) for k, v in data["scales"].items()},
            vague=tuple(vague), range_joiners=frozenset(data["range_joiners"]),
            not_before=frozenset(data["not_tolls_before"]), not_after=frozenset(data["not_tolls_after"]),
            subset_markers=_phrases(data["subset_markers"], path, "subset_markers"),
            cues=_cues(data, path), no_deaths=_phrases(data["no_deaths"], path, "no_deaths"),
            heavy_losses=_phrases(data["heavy_losses"], path, "heavy_losses"),
            unnumbered={str(k): int(v) for k, v in data["deaths_without_figure"].items()},
            group_words=frozenset(data.get("group_words", ())),
            attacker_words=frozenset(data.get("attacker_words", ())),
            aside_markers=_phrases(data.get("aside_markers", []), path, "aside_markers"),
            superseded_markers=_phrases(data.get("superseded_markers", []), path, "superseded_markers"),
            additive_markers=_phrases(data.get("additive_markers", []), path, "additive_markers"))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise VocabularyError(f"{path}: missing or malformed entry ({exc!r}); see the file's comments") from exc


@lru_cache(maxsize=1)
def default_number_words() -> NumberWords:
    """The number vocabulary of `models/numbers.yml`, read once."""
    return load_number_words()


# --- numbers -------------------------------------------------------------------------------------------------------


def number_value(text: str, words: NumberWords | None = None) -> int | None:
    """The value of a whole number expression: "49", "1,632", "forty-nine", "two hundred and three",
    "several dozen" (36), "10 to 15" (10); None when `text` is not one."""
    words = words or default_number_words()
    tokens = tokenize(text)
    found = _quantity_at(tokens, 0, words) if tokens else None
    return found.value if found and found.end == len(tokens) else None


def _digits(token: str) -> int | None:
    """The integer a digit token writes ("1,632", "50.000", "49"), None for decimals and ordinals."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+|\d+", token):
        return int(re.sub(r"[.,]", "", token))
    return None


def _spelled(tokens: list[str], i: int, words: NumberWords) -> tuple[int, int] | None:
    """(value, end) of a spelled-out number starting at token i ("forty-nine", "two hundred and three")."""
    total = current = 0
    end = i
    j = i
    while j < len(tokens):
        parts = tokens[j].split("-")
        if all(p in words.words for p in parts):
            current += sum(words.words[p] for p in parts)
        elif tokens[j] in words.scales and end > i:
            scale = words.scales[tokens[j]]
            if scale == 100:
                current *= 100
            else:
                total, current = total + current * scale, 0
        elif tokens[j] == "and" and end > i and j + 1 < len(tokens) and tokens[j + 1].split("-")[0] in words.words:
            j += 1
            continue
        else:
            break
        j += 1
        end = j
    return (total + current, end) if end > i else None


def _single_at(tokens: list[str], i: int, words: NumberWords) -> tuple[int, int] | None:
    """(value, end) of one number (vague phrase, digits, spelled out) starting at token i."""
    for phrase, value in words.vague:
        if tuple(tokens[i:i + len(phrase)]) == phrase:
            return value, i + len(phrase)
    value = _digits(tokens[i])
    if value is not None:
        return value, i + 1
    return _spelled(tokens, i, words)


def _quantity_at(tokens: list[str], i: int, words: NumberWords) -> Quantity | None:
    """The number expression starting at token i, a range ("10 to 15", "between 300 and 400") read as its
    lower end."""
    first = _single_at(tokens, i, words)
    if first is None:
        return None
    value, end = first
    joiners = words.range_joiners | ({"and"} if i > 0 and tokens[i - 1] == "between" else set())
    if end + 1 < len(tokens) and tokens[end] in joiners:
        second = _single_at(tokens, end + 1, words)
        if second is not None:
            value, end = min(value, second[0]), second[1]
    return Quantity(i, end, value)


def _is_toll_candidate(tokens: list[str], q: Quantity, words: NumberWords) -> bool:
    """False for dates, years, shares and sizes ("Sept. 7", "in 2023", "39 percent", "15,000-strong")."""
    before = [t for t in tokens[max(0, q.start - 2):q.start] if t != "."]
    if before and before[-1] in words.not_before:
        return False
    after = [t for t in tokens[q.end:q.end + 2] if t != "-"]
    if after and after[0] in words.not_after:
        return False
    token = tokens[q.start]
    return not (q.end == q.start + 1 and re.fullmatch(r"(19|20)\d\d", token))


def _quantities(tokens: list[str], words: NumberWords) -> list[Quantity]:
    """Every toll-like number expression of the text, in order, subsets ("including 5 officers") marked. One person
    told with "a" or "an" in a list with a figure counts as one ("killing five teachers and a municipal worker")."""
    found, i = [], 0
    while i < len(tokens):
        q = _quantity_at(tokens, i, words)
        if q is None and tokens[i] in ("a", "an") and not set(tokens[i + 1:i + 4]) & words.group_words:
            one = Quantity(i, i + 1, 1)
            later = _following_quantity(tokens, i + 1, words)
            listed = (found and _joined(tokens, found[-1], one)) or (later is not None and _joined(tokens, one, later))
            q = one if listed else None
        if q is None:
            i += 1
            continue
        if _is_toll_candidate(tokens, q, words):
            subset = any(tuple(tokens[q.start - len(m) - k:q.start - k]) == m
                         for m in words.subset_markers for k in range(0, 3))
            if not subset and found and found[-1].subset and _coordinated(tokens, found[-1], q):
                subset = True  # "including four women and 13 children": the whole list is the subset
            found.append(Quantity(q.start, q.end, q.value, subset))
        i = q.end
    return found


def _following_quantity(tokens: list[str], start: int, words: NumberWords) -> Quantity | None:
    """The first number expression within a few tokens after `start`, if any ("a priest and five others")."""
    found = (_quantity_at(tokens, i, words) for i in range(start, min(len(tokens), start + COORDINATION_GAP + 2)))
    return next((q for q in found if q is not None), None)


# --- cues ----------------------------------------------------------------------------------------------------------


def _find_cues(tokens: list[str], words: NumberWords) -> list[Cue]:
    """Every cue phrase occurrence, the longest at each position, none inside another ("shot dead 22": not
    "dead")."""
    cues: list[Cue] = []
    for i in range(len(tokens)):
        matches = [(p, d, b, a) for p, d, b, a in words.cues if tuple(tokens[i:i + len(p)]) == p]
        if matches and not (cues and i < cues[-1].end):
            p, d, b, a = max(matches, key=lambda m: len(m[0]))
            cues.append(Cue(i, i + len(p), d, b, a))
    return cues


def _forward(tokens: list[str], q: Quantity, limit: int, cues: list[Cue]) -> bool | None:
    """Deaths (True), not deaths (False) or None from the first cue after `q` that may follow a number."""
    for cue in cues:
        if cue.start < q.end:
            continue
        gap = tokens[q.end:cue.start]
        if cue.start >= limit or len(gap) > FORWARD_WINDOW or STOPS & set(gap):
            return None
        if not cue.after or (gap and gap[-1] in CONJUNCTIONS):
            return None  # "killing 3 and injuring 5": the next cue starts a new predicate
        between = tokens[cue.end:limit]
        if limit < len(tokens) and len(between) <= 3 and all(t.isalpha() and t not in CONJUNCTIONS for t in between):
            return None  # "Two gunmen killed 15 soldiers": the verb's own object is the toll, not this number
        return cue.death
    return None


def _backward(tokens: list[str], q: Quantity, limit: int, cues: list[Cue]) -> bool | None:
    """Deaths, not deaths or None from the nearest cue before `q` that may precede a number."""
    for cue in reversed(cues):
        if cue.end > q.start:
            continue
        gap = tokens[cue.end:q.start]
        if cue.end <= limit or len(gap) > BACKWARD_WINDOW or STOPS & set(gap):
            return None
        return cue.death if cue.before else None
    return None


def _coordinated(tokens: list[str], left: Quantity, right: Quantity) -> bool:
    """True when two numbers are joined as one list ("15 soldiers and 10 attackers")."""
    gap = tokens[left.end:right.start]
    if len(gap) > COORDINATION_GAP or not CONJUNCTIONS & set(gap) or STOPS & set(gap):
        return False
    last = max(i for i, t in enumerate(gap) if t in CONJUNCTIONS)
    return not _starts_clause(gap[last + 1:])


def _joined(tokens: list[str], left: Quantity, right: Quantity) -> bool:
    """True when two victims' phrases are joined by "and" alone ("five teachers and a municipal worker")."""
    gap = tokens[left.end:right.start]
    return 0 < len(gap) <= 3 and gap[-1] in ("and", "plus") and not set(gap[:-1]) & (CONJUNCTIONS | STOPS)


def _starts_clause(words: list[str]) -> bool:
    """True when the words after a conjunction hold a past participle, so that a new clause begins there
    ("killed 420 civilians and driven tens of thousands from their homes"): its number is not in the same list."""
    return any(len(w) > 3 and w.endswith(("ed", "en")) for w in words)


def _readings(tokens: list[str], quantities: list[Quantity], cues: list[Cue]) -> list[bool | None]:
    """For each quantity: deaths, not deaths, or None when nothing says."""
    readings = []
    for k, q in enumerate(quantities):
        next_start = quantities[k + 1].start if k + 1 < len(quantities) else len(tokens)
        prev_end = quantities[k - 1].end if k > 0 else -1
        reading = _forward(tokens, q, next_start, cues)
        readings.append(reading if reading is not None else _backward(tokens, q, prev_end, cues))
    changed = True
    while changed:  # an uncued number takes the reading of a number coordinated with it
        changed = False
        for k in range(len(quantities)):
            if readings[k] is not None:
                continue
            for j in (k - 1, k + 1):
                if 0 <= j < len(quantities) and readings[j] is not None and \
                        _coordinated(tokens, quantities[min(j, k)], quantities[max(j, k)]):
                    readings[k], changed = readings[j], True
                    break
    for k, q in enumerate(quantities):  # "13 people, including 10 gendarmes, one civilian and two members ... have
        # been killed": the total reads as its listed parts do
        if readings[k] is None and not q.subset and k + 1 < len(quantities) and quantities[k + 1].subset \
                and quantities[k + 1].start - q.end <= SUBSET_REACH:
            parts = [r for p, r in zip(quantities[k + 1:], readings[k + 1:]) if p.subset]
            readings[k] = next((r for r in parts if r is not None), None)
    return readings


def _contains(tokens: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """True when one of the phrases occurs in the tokens."""
    return any(tuple(tokens[i:i + len(p)]) == p for p in phrases for i in range(len(tokens)))


def _says_nobody_died(tokens: list[str], words: NumberWords) -> bool:
    """True when the text says that nobody died."""
    return _contains(tokens, words.no_deaths)


def _without_asides(tokens: list[str], words: NumberWords) -> list[str]:
    """The tokens without a subset set off by commas ("136 civilians, including 50 women and 21 children, killed
    on April 20") or an aside that says who the dead were ("At least 12 people, most of them civilian volunteers,
    have been killed"), so that the whole figure reaches the verb that tells what happened to it. A describing
    aside has no figure of its own and follows a number's noun."""
    out, i = [], 0
    while i < len(tokens):
        marker = next((m for m in words.subset_markers if tuple(tokens[i + 1:i + 1 + len(m)]) == m), None)
        if marker is None and tokens[i] == "," and _counts_before(tokens, i, words):
            marker = next((m for m in words.aside_markers if tuple(tokens[i + 1:i + 1 + len(m)]) == m), None)
        close = _aside_end(tokens, i + 1, i + 1 + len(marker) + 12, words) if tokens[i] == "," and marker else None
        if close is not None and marker in words.aside_markers \
                and any(_quantity_at(tokens, k, words) for k in range(i + 1, close)):
            close = None  # "15 people, most of them 12 soldiers ...": a figure of its own, not a description
        if close is not None:
            i = close + 1
            continue
        out.append(tokens[i])
        i += 1
    return out


def _counts_before(tokens: list[str], comma: int, words: NumberWords) -> bool:
    """True when a figure's phrase ends at the comma: "12 people," "five Malian soldiers,"."""
    start = max(0, comma - ASIDE_REACH)
    return any(_quantity_at(tokens, k, words) is not None and not STOPS & set(tokens[k:comma])
               for k in range(start, comma - 1))


def _aside_end(tokens: list[str], start: int, stop: int, words: NumberWords) -> int | None:
    """The comma that closes an aside opened before `start`: not one inside its list ("including 10 gendarmes, one
    civilian and two members"), whose next item starts with a number."""
    for k in range(start, min(stop, len(tokens))):
        if tokens[k] == "," and (k + 1 >= len(tokens) or _quantity_at(tokens, k + 1, words) is None):
            return k
    return None


def death_figures(text: str, words: NumberWords | None = None) -> list[int]:
    """The separate death figures of `text`, one per side or group ("two dead on the army's side and five on the
    attackers'" -> [2, 5]), each at its most conservative."""
    return [q.value for q in _death_quantities(tokenize(text), words or default_number_words())[1]]


def _death_quantities(tokens: list[str], words: NumberWords) -> tuple[list[str], list[Quantity]]:
    """The tokens without asides, and the quantities among them that count deaths (not a subset of another)."""
    tokens = _without_asides(tokens, words)
    quantities = _quantities(tokens, words)
    readings = _readings(tokens, quantities, _find_cues(tokens, words))
    return tokens, _without_breakdowns([q for q, dead in zip(quantities, readings) if dead and not q.subset])


def _without_breakdowns(dead: list[Quantity]) -> list[Quantity]:
    """The death figures without those that split a total told before them ("16 people had been killed ...
    identifying the victims as eight Malian nationals and eight Mauritanians": 16, not 32)."""
    out: list[Quantity] = []
    i = 0
    while i < len(dead):
        out.append(dead[i])
        parts = 0
        for j in range(i + 2, len(dead) + 1):  # two or more figures right after it
            parts = sum(q.value for q in dead[i + 1:j])
            if parts >= dead[i].value:
                break
        i = j if parts == dead[i].value and len(dead) > i + 2 else i + 1
    return out


def parse_fatalities(text: str, words: NumberWords | None = None) -> int | None:
    """Deaths reported in `text` (a sentence or clause), all sides summed, each figure at its most conservative;
    0 when the text says nobody died; None when it gives no death figure."""
    words = words or default_number_words()
    deaths = death_figures(text, words)
    if deaths:
        return sum(deaths)
    return 0 if _says_nobody_died(tokenize(text), words) else None


def combined_toll(first: int | None, first_text: str, second: int | None, second_text: str) -> int | None:
    """One event's toll from two reports of it: the one that counts the other's figure as one of its sides
    ("two soldiers were killed" / "two dead on the army's side and five on the attackers'" -> 7), else the more
    conservative figure (ANNOTATION.md), else the only one given."""
    if first is None or second is None:
        return second if first is None else first
    replaced = [superseded(first_text), superseded(second_text)]
    if replaced[0] != replaced[1]:  # "officials had earlier spoken of a death toll of eight": the later count
        return second if replaced[0] else first
    if first_text != second_text and adds_dead(second_text) != adds_dead(first_text):
        return first + second  # "Two peacekeepers were killed" / "a soldier was also killed in the attack"
    counted = [parse_fatalities(first_text) is not None, parse_fatalities(second_text) is not None]
    if counted == [True, False]:  # "killed eight leaders" / "so many were killed": the figure, not the estimate
        return first
    if counted == [False, True]:
        return second
    # neither sentence gives the figure (it came from a report merged before): a toll guessed from deaths told
    # without a figure ("some victims were killed": 3) adds nothing to one that was counted (28)
    if counted == [False, False]:
        guessed = [estimate_fatalities(first_text) == first, estimate_fatalities(second_text) == second]
        if guessed[0] != guessed[1]:
            return second if guessed[0] else first
    if first != second:
        for total, parts, other in ((first, death_figures(first_text), second),
                                    (second, death_figures(second_text), first)):
            if len(parts) > 1 and other in parts:
                return total
    if {_side(first_text), _side(second_text)} == {"attackers", "victims"}:
        return first + second  # "10 soldiers were killed" / "several of the assailants had been killed"
    return min(first, second)


def adds_dead(text: str, words: NumberWords | None = None) -> bool:
    """True when a sentence counts its dead as more of an event's: a marker beside a word of death ("a member of
    the security forces was also killed", "three were killed as well"), not one of saying ("officials also said
    five died")."""
    words = words or default_number_words()
    tokens = tokenize(text)
    deaths = {c for c, death, _, _ in words.cues if death and len(c) == 1}
    return any(tuple(tokens[i:i + len(m)]) == m
               and any((t,) in deaths for t in tokens[max(0, i - 3):i] + tokens[i + len(m):i + len(m) + 3])
               for m in words.additive_markers for i in range(len(tokens)))


def superseded(text: str, words: NumberWords | None = None) -> bool:
    """True when a sentence gives its figure as one since replaced: an initial, earlier or provisional toll."""
    words = words or default_number_words()
    return _contains(tokenize(text), words.superseded_markers)


def _side(text: str, words: NumberWords | None = None) -> str | None:
    """Whose dead the text counts: "attackers" when every death figure is of the attacking side ("two terrorists
    were killed"), "victims" when none is, None when it mixes them or gives no figure."""
    words = words or default_number_words()
    tokens, dead = _death_quantities(tokenize(text), words)
    sides = {any(t in words.attacker_words for t in tokens[q.end:q.end + 3]) for q in dead}
    return None if len(sides) != 1 else ("attackers" if sides == {True} else "victims")


def mentions_deaths(text: str, words: NumberWords | None = None) -> bool:
    """True when `text` reports deaths, with or without a figure ("killed civilians")."""
    words = words or default_number_words()
    tokens = tokenize(text)
    return any(cue.death for cue in _find_cues(tokens, words)) and not _says_nobody_died(tokens, words)


def estimate_fatalities(text: str, words: NumberWords | None = None) -> int | None:
    """`parse_fatalities`, else the rule for deaths without a figure (ANNOTATION.md, after ACLED): 10 when the text
    calls the losses heavy ("suffered heavy losses"), 3 when it reports deaths otherwise; None when it reports none."""
    words = words or default_number_words()
    found = parse_fatalities(text, words)
    if found is not None:
        return found
    tokens = tokenize(text)
    if any(tuple(tokens[i:i + len(p)]) == p for p in words.heavy_losses for i in range(len(tokens))):
        return words.unnumbered["heavy"]
    if _lone_victim(tokens, _find_cues(tokens, words), words.group_words):
        return 1
    return words.unnumbered["other"] if mentions_deaths(text, words) else None


def _lone_victim(tokens: list[str], cues: list[Cue], group_words: frozenset[str]) -> bool:
    """True when the death cue's victim is one person told with "a" or "an": "executed an Algerian diplomat",
    "a Red Cross worker was killed" (not "killed a number of villagers")."""
    def lone(article: int) -> bool:
        return not any(t in group_words for t in tokens[article + 1:article + 4])
    for cue in cues:
        if not cue.death:
            continue
        if cue.before and cue.end < len(tokens) and tokens[cue.end] in ("a", "an") and lone(cue.end):
            return True
        verb = cue.start - 1
        if verb >= 1 and (tokens[verb] == "also" or tokens[verb].endswith("ly")):
            verb -= 1  # "a municipal worker was also killed"
        if cue.after and verb >= 1 and tokens[verb] in ("was", "is"):
            start = max(0, verb - 6)
            article = max((k for k in range(start, verb) if tokens[k] in ("a", "an")), default=None)
            if article is not None and lone(article) \
                    and not any(t in STOPS or t == "," for t in tokens[article:verb]):
                return True
    return False
