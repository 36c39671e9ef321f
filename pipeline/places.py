"""The places stage: find place mentions in a spaCy doc and resolve each to a gazetteer entry by reading its context.

A name's candidates come from the folded-name index of the gazetteer; they are ranked by the article's country focus,
a region named nearby, the feature the text implies ("the town of", "region", "river", "airport") and closeness to the
article's other places, never by world population alone. Vocabulary lives in `models/places.yml`.
"""

from __future__ import annotations

import calendar
import logging
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from pipeline.components import dateline_end
from pipeline.gazetteer import DEFAULT_DB, MODELS, Entry, Gazetteer, fold
from pipeline.records import Article, Place, PlaceMention

if TYPE_CHECKING:
    from pipeline.geocoders import Geocoder

log = logging.getLogger(__name__)

VOCABULARY = MODELS / "places.yml"
PLACE_LABELS = {"GPE", "LOC", "FAC", "PLACE"}
# GeoNames feature codes that rank a populated place: capitals and seats first
FCODE_BONUS = {"PPLC": 2.0, "PPLA": 1.5, "PPLA2": 1.0, "PPLA3": 0.5, "PPLX": -0.5, "PPLQ": -1.0, "PPLH": -1.0}
PROVINCE_FIT = 4.5  # what "province" in the text adds to a second-level area, over the -2 of any non-region
SEAT_KM = 100.0  # how far from a province's centre its seat may lie
SEAT_CODES = ("PPLC", "PPLA", "PPLA2", "PPLA3")  # GeoNames codes of the seats of administrative areas
FOREIGN_TOWN_POPULATION = 50_000  # a town abroad smaller than this is named in a report on the Sahel by its country
RIVER_CODES = {"STM", "STMI", "STMS", "STMA", "STMD", "STMM", "STMX"}
Point = tuple[float, float]


@dataclass(frozen=True)
class Vocabulary:
    """models/places.yml, folded for lookups."""

    feature_words: dict[str, str]  # folded word -> feature (region, river, town, airport, country)
    directions: frozenset[str]
    home_countries: tuple[str, ...]
    country_aliases: dict[str, str]  # folded alias -> ISO code
    region_forms: dict[str, tuple[tuple[str, str], ...]]  # folded form -> (country, admin1 code) pairs
    region_display: dict[tuple[str, str], str]  # (country, admin1 code) -> common English name
    name_fixes: dict[str, int]
    preferred: dict[str, int]
    demonyms: frozenset[str]
    country_adjectives: dict[str, str]  # folded adjective -> ISO code ("malian" -> "ML")
    not_national_capital: frozenset[str]  # "regional", "economic": a capital that is not the country's
    person_titles: frozenset[str]  # "president", "colonel": the name after one is a person's
    not_places: frozenset[str]  # continents and vague areas no gazetteer point stands for
    quarter_words: frozenset[str] = frozenset()  # "neighbourhoods of": a part of a town
    group_markers: frozenset[str] = frozenset()  # "ethnic": the name after one is a people's
    place_heads: frozenset[str] = frozenset()  # "post", "camp": a name modifying one is a place ("the Niafunke post")
    settlement_heads: frozenset[str] = frozenset()  # "capital", "town": a name beside one is a town's
    place_object_verbs: frozenset[str] = frozenset()  # "attack", "loot": their object is a place, not a person


def load_vocabulary(path: Path = VOCABULARY) -> Vocabulary:
    """Read the place vocabulary file into folded lookup tables."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    words = {fold(w): feature for feature, ws in data["feature_words"].items() for w in ws}
    forms: dict[str, list[tuple[str, str]]] = {}
    display = {}
    for key, names in data.get("region_names", {}).items():
        country, code = key.split(".", 1)
        display[(country, code)] = names[0]
        for name in names:
            forms.setdefault(fold(name), []).append((country, code))
    return Vocabulary(
        feature_words=words,
        directions=frozenset(fold(w) for w in data["direction_words"]),
        home_countries=tuple(data["home_countries"]),
        country_aliases={fold(a): iso for iso, names in data["country_aliases"].items() for a in names},
        region_forms={k: tuple(v) for k, v in forms.items()},
        region_display=display,
        name_fixes={fold(k): int(v) for k, v in data.get("name_fixes", {}).items()},
        preferred={fold(k): int(v) for k, v in data.get("preferred", {}).items()},
        demonyms=frozenset(fold(w) for w in data.get("demonyms", [])),
        country_adjectives={fold(a): iso for iso, ws in data.get("country_adjectives", {}).items() for a in ws},
        not_national_capital=frozenset(fold(w) for w in data.get("not_national_capital", [])),
        person_titles=frozenset(fold(w) for w in data.get("person_titles", [])),
        not_places=frozenset(fold(w) for w in data.get("not_places", [])),
        quarter_words=frozenset(fold(w) for w in data.get("quarter_words", [])),
        group_markers=frozenset(fold(w) for w in data.get("group_markers", [])),
        place_heads=frozenset(fold(w) for w in data.get("place_heads", [])),
        settlement_heads=frozenset(fold(w) for w in data.get("settlement_heads", [])),
        place_object_verbs=frozenset(fold(w) for w in data.get("place_object_verbs", [])),
    )


def plain(name: str) -> str:
    """A name without accents, as ACLED writes it: "Léré" -> "Lere"."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def punctuation_follows(name: str, context: str, at: int | None) -> bool:
    """Whether a comma or other stop follows the name where it stands in `context`."""
    at = context.find(name) if at is None else at
    return at >= 0 and context[at + len(name):].lstrip()[:1] in (",", ";", ".", ":", ")")


def haversine_km(a: Point, b: Point) -> float:
    """Great-circle distance, enough for ranking (geopy's geodesic is used for scoring)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@dataclass(frozen=True)
class Query:
    """A mention read for lookup: the folded name, its bare form without feature words, the feature implied."""

    full: str
    base: str
    hint: str | None
    context: str  # folded context with the mention itself removed
    echoes: tuple[str, ...] = ()  # the folded other sentences of the article that name it


def feature_of(entry: Entry) -> str:
    """The kind of place a GeoNames feature is, in the resolver's terms."""
    if entry.fclass == "P":
        return "town"
    if entry.fclass == "A":
        return "country" if entry.fcode.startswith("PCL") else "region" if entry.fcode == "ADM1" else "district"
    if entry.fclass == "H" and entry.fcode in RIVER_CODES:
        return "river"
    if entry.fcode in {"AIRP", "AIRB", "AIRF"}:
        return "airport"
    return "other"


class Resolver:
    """Resolves place names against a gazetteer with the vocabulary of models/places.yml."""

    def __init__(self, gazetteer: Gazetteer, vocabulary: Vocabulary | None = None):
        self.gaz = gazetteer
        self.vocab = vocabulary or load_vocabulary()
        self.countries = self._country_names()
        self.region_forms = self._region_forms()
        self.admin1_forms: dict[tuple[str, str], set[str]] = {}
        for form, keys in self.region_forms.items():
            for key in keys:
                self.admin1_forms.setdefault(key, set()).add(form)

    def _country_names(self) -> dict[str, str]:
        """Folded country name or alias -> ISO code."""
        names = {fold(name): iso for iso, (name, _, _) in self.gaz.countries.items()}
        names.update(self.vocab.country_aliases)
        return names

    def _region_forms(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Folded region name forms from admin1CodesASCII.txt and places.yml -> (country, code) pairs."""
        forms: dict[str, set[tuple[str, str]]] = {}
        for key, (name, ascii_) in self.gaz.admin1_names.items():
            for form in {fold(name), fold(ascii_), fold(re.sub(r"(?i)\b(region|district|province)\b", "", name))}:
                if form:
                    forms.setdefault(form, set()).add(key)
        for form, keys in self.vocab.region_forms.items():
            forms.setdefault(form, set()).update(keys)
        return {form: tuple(sorted(keys)) for form, keys in forms.items()}

    # ---- reading the mention -------------------------------------------------------------------------------

    def read(self, name: str, context: str | None, at: int | None = None) -> Query:
        """Fold the name, strip articles, directions and feature words, and find the feature the text implies.
        `at` is the mention's offset in `context` when known; else its first occurrence there is read."""
        words = fold(name).split()
        while words and words[0] == "the":
            words = words[1:]
        whole = " ".join(words)
        while len(words) > 1 and words[0] in self.vocab.directions and whole not in self.countries:
            words = words[1:]
        full = " ".join(words)
        hint, noun_after = None, False
        if len(words) > 1 and words[-1] in self.vocab.feature_words:
            hint, words, noun_after = self.vocab.feature_words[words[-1]], words[:-1], True
        elif len(words) > 2 and words[1] == "of" and words[0] in self.vocab.feature_words:
            hint, words = self.vocab.feature_words[words[0]], words[2:]
        before, after = self._around(name, context or "", at)
        if hint is None:
            # "in Niger, state television said": words after a comma are not the name's
            closed = punctuation_follows(name, context or "", at)
            hint = self._hint_around(before.split()[-2:], [] if closed else after.split()[:2])
            noun_after = hint is not None and not before.split()[-1:] == ["of"]
        base = " ".join(words)
        if noun_after and hint == "town" and base in self.countries:
            hint = "country"  # "a central Mali village" is a village in Mali, not a town called Mali
        return Query(full, base, hint, f"{before} {after}".strip())

    @staticmethod
    def _around(name: str, context: str, at: int | None) -> tuple[str, str]:
        """Folded text before and after the mention in its context."""
        if at is None:
            at = context.find(name)
        if at < 0:
            return fold(context), ""
        return fold(context[:at]), fold(context[at + len(name):])

    def _hint_around(self, before_words: list[str], after_words: list[str]) -> str | None:
        """"the town of X", "X region", "X airport": the feature word just before or after the name; not one that
        another name follows ("the Mali town of Boni" is Boni's)."""
        if after_words and after_words[0] in self.vocab.feature_words and after_words[1:2] != ["of"]:
            return self.vocab.feature_words[after_words[0]]
        if len(before_words) == 2 and before_words[1] == "of" and before_words[0] in self.vocab.feature_words:
            return self.vocab.feature_words[before_words[0]]
        return None

    # ---- resolving -------------------------------------------------------------------------------------------

    def resolve(self, name: str, context: str | None = None, country: str | None = None,
                near: Sequence[Point] = (), at: int | None = None, echoes: Sequence[str] = ()) -> Place | None:
        """The place a name most likely means in its context; `country` is the article's focus (ISO or name),
        `near` the points of the article's other places, `at` the mention's offset in `context`, `echoes` the
        other sentences of the article that name it or come before it in its paragraph."""
        query = replace(self.read(name, context, at), echoes=tuple(fold(text) for text in echoes))
        if self._vague(query):
            return None
        focus = self.country_code(country) if country else None
        if query.base in self.vocab.name_fixes and query.hint in (None, "town", "airport"):
            entry = self.gaz.entry(self.vocab.name_fixes[query.base])
            if entry is not None:
                return self.town_place(entry, plain(name_display(name, query)))
        if query.hint in (None, "country") and query.full in self.countries:
            return self.country_place(self.countries[query.full])
        if query.hint == "country" and query.base in self.countries:
            return self.country_place(self.countries[query.base])
        if query.hint in ("region", "province"):
            region = self.region(query.base, focus, query.context)
            if region is not None:
                return region
        if query.base in self.vocab.not_places:
            return None  # "the West Africa Province" of a group is no town called Africa
        if query.hint == "district":  # "in the Bankass Circle": near its seat, the town of that name
            seat = self.best_entry(replace(query, hint="town"), focus, near)
            if seat is not None and feature_of(seat) == "town":
                return replace(self.town_place(seat), geo_precision=2)
        best = self.best_entry(query, focus, near)
        return self.place_of(best, query, focus) if best else self._region_fallback(query, focus)

    def is_vague(self, name: str) -> bool:
        """Whether a name stands for no one place (a continent, a vague area, a bare direction)."""
        return self._vague(self.read(name, None))

    def _vague(self, query: Query) -> bool:
        return not query.base or query.full in self.vocab.not_places or query.full in self.vocab.directions

    def _region_fallback(self, query: Query, focus: str | None) -> Place | None:
        """A name found nowhere else may still be a region's ("Menaka" after a rename)."""
        return self.region(query.base, focus, query.context) if query.hint in (None, "region", "province") else None

    def country_code(self, country: str) -> str | None:
        """ISO code of a country given by code or name."""
        if country.upper() in self.gaz.countries:
            return country.upper()
        return self.countries.get(fold(country))

    def candidates(self, query: Query, focus: str | None = None) -> list[tuple[Entry, bool, bool]]:
        """(entry, main name?, matched the full form?) for the full and bare forms of the name; failing those,
        towns spelled alike, only of the focus country when the context names it ("in Boulkessi in central
        Mali" is no Boulikessi of Burkina Faso). A town only other countries have is none when the context names
        the focus country and not theirs."""
        seen: dict[int, tuple[Entry, bool, bool]] = {}
        forms = [query.full, query.base] + ([f"{query.base} river"] if query.hint == "river" else [])
        for form in dict.fromkeys(forms):
            for entry, main in self.gaz.lookup(form):
                if entry.geonameid not in seen and not self.is_stray_town(entry, main, query, focus):
                    seen[entry.geonameid] = (entry, main, form == query.full)
        if not seen and query.hint in (None, "town"):  # a transliteration of its own ("Inates" for Inatess)
            alike = self.gaz.spelled_alike(query.base, self.vocab.home_countries)
            if focus:
                alike = [entry for entry in alike if entry.country == focus
                         or self.names_country(query.context, entry.country, as_border=False)]
            return [(entry, False, False) for entry in alike]
        if focus and seen and query.hint in (None, "town") and self.names_country(query.context, focus, False) \
                and not any(e.country == focus or self.names_country(query.context, e.country) for e, _, _ in
                            seen.values()):
            return []  # "the village of Dembo, near Bankass, in central Mali" is no Dembo of Burkina Faso
        return list(seen.values())

    def is_stray_town(self, entry: Entry, main: bool, query: Query, focus: str | None) -> bool:
        """A small town of a far country that a report on a home country names only by chance of spelling ("the
        nearby Negri district" of Burkina Faso is no Negri of Romania): a town outside the home countries, known by
        another name or smaller than a city, whose country the context does not name."""
        home = self.vocab.home_countries
        return focus in home and entry.country not in home and entry.fclass == "P" \
            and (not main or entry.population < FOREIGN_TOWN_POPULATION) \
            and not self.names_country(query.context, entry.country)

    def names_country(self, context: str, iso: str, as_border: bool = True) -> bool:
        """Whether the folded context names the country `iso`; with `as_border` false, not counting a border
        ("near the border with Mali" places nothing in Mali)."""
        name = self.gaz.countries.get(iso, ("",))[0]
        if not name:
            return False
        pattern = rf"(?<![a-z]){re.escape(fold(name))}s?(?![a-z])"  # "France's" folds to "frances"
        if not as_border:
            pattern = rf"(?<!border with )(?<!frontier with ){pattern}(?! border)(?! frontier)"
        return re.search(pattern, context or "") is not None

    def best_entry(self, query: Query, focus: str | None, near: Sequence[Point]) -> Entry | None:
        """The highest-scoring candidate entry, or None when the name is unknown."""
        scored = [(self.score(e, main, whole, query, focus, near), e)
                  for e, main, whole in self.candidates(query, focus)]
        if not scored:
            return None
        score, best = max(scored, key=lambda pair: (pair[0], -pair[1].geonameid))
        log.debug("%r -> %s %s (%.2f of %d)", query.full, best.name, best.country, score, len(scored))
        return best

    def score(self, entry: Entry, main: bool, whole: bool, query: Query, focus: str | None,
              near: Sequence[Point]) -> float:
        """How well one entry fits the mention: name match, implied feature, rank, country focus, region (named
        in its sentence, or in another that names it), distance."""
        score = (2.0 if main else 0.0) + (1.0 if whole else 0.0)
        score += self.feature_fit(feature_of(entry), query.hint)
        # "the province of Soum", "Yagha province": a second-level area when no first-level region has the name
        score += PROVINCE_FIT if query.hint == "province" and entry.fcode == "ADM2" else 0.0
        score += FCODE_BONUS.get(entry.fcode, 0.0) if entry.fclass == "P" else 0.0
        score += min(0.3 * math.log10(entry.population + 1), 2.0)
        score += 4.0 if entry.country == focus else 0.0
        score += 3.0 if entry.country in self.vocab.home_countries else 0.0
        score -= 1.0 if entry.admin1 in ("", "00") else 0.0  # rows with no region are the poorly placed ones
        score += 3.0 if self.region_named(entry, query.context) else 0.0
        # one name, one place: "outposts in Farabougou" of a report that also says "in Farabougou ... in the
        # Segou region"
        score += 1.5 if any(self.region_named(entry, echo) for echo in query.echoes) else 0.0
        score += 1.5 if self.vocab.preferred.get(query.base) == entry.geonameid else 0.0
        if near:
            closest = min(haversine_km((entry.latitude, entry.longitude), point) for point in near)
            score += 1.5 * math.exp(-closest / 250.0)
        return score

    @staticmethod
    def feature_fit(feature: str, hint: str | None) -> float:
        """Bonus for the feature the text implies; with no hint, towns first."""
        if hint is None:
            return {"town": 2.0, "region": 0.5, "country": 0.5, "river": 0.0, "district": -0.5}.get(feature, -1.0)
        if hint == feature or (hint == "airport" and feature == "town"):
            return 3.0
        if hint == "town" and feature in ("other", "district"):
            return 0.0
        return -2.0

    def region_named(self, entry: Entry, folded_context: str) -> bool:
        """Whether a name of the entry's first-level region stands in the context ("in Lere, Timbuktu region")."""
        if not folded_context or not entry.admin1:
            return False
        padded = f" {folded_context} "
        return any(f" {form} " in padded for form in self.admin1_forms.get((entry.country, entry.admin1), ()))

    def region(self, base: str, focus: str | None, context: str) -> Place | None:
        """A first-level region by one of its names, in the focus country or a home country first."""
        keys = self.region_forms.get(base, ())
        if not keys:
            return None
        order = {iso: i for i, iso in enumerate(self.vocab.home_countries)}
        country, code = min(keys, key=lambda k: (k[0] != focus, order.get(k[0], 99)))
        return self.region_place(country, code)

    # ---- making records --------------------------------------------------------------------------------------

    def admin1_display(self, country: str, code: str) -> str | None:
        """Common English name of a region: places.yml first, else GeoNames' ASCII name."""
        if (country, code) in self.vocab.region_display:
            return self.vocab.region_display[(country, code)]
        names = self.gaz.admin1_names.get((country, code))
        return names[1] if names else None

    def country_name(self, iso: str) -> str:
        return self.gaz.countries.get(iso, (iso, "", 0))[0]

    def country_place(self, iso: str) -> Place:
        name, _, geonameid = self.gaz.countries[iso]
        return Place(name, "country", None, name, None, None, geonameid or None, 3)

    def region_place(self, country: str, code: str) -> Place:
        """A region at region level: its capital's coordinates, precision 3."""
        capital = self.gaz.region_capital(country, code)
        display = self.admin1_display(country, code) or code
        row = self.gaz.con.execute("SELECT geonameid FROM admin1 WHERE country = ? AND code = ?", (country, code))
        geonameid = (row.fetchone() or (None,))[0]
        lat, lon = (capital.latitude, capital.longitude) if capital else (None, None)
        return Place(display, "region", display, self.country_name(country), lat, lon, geonameid, 3)

    def province_place(self, entry: Entry, query: Query) -> Place:
        """A second-level area at its own level, a place like any other but known only to precision 3: its seat's
        coordinates (its town of the same name, else the seat nearest its centre in its region: Djibo for the
        province of Soum)."""
        namesakes = [e for e, _ in self.gaz.lookup(query.base) if e.fcode in SEAT_CODES
                     and e.country == entry.country and e.admin1 == entry.admin1]  # "Bankass circle": Bankass
        seats = namesakes or [Entry(*row) for row in self.gaz.con.execute(
            "SELECT * FROM places WHERE country = ? AND admin1 = ? AND fcode IN ('PPLA', 'PPLA2')",
            (entry.country, entry.admin1)).fetchall()]
        centre = (entry.latitude, entry.longitude)
        nearest = min(seats, default=None, key=lambda e: haversine_km(centre, (e.latitude, e.longitude)))
        if nearest is not None and haversine_km(centre, (nearest.latitude, nearest.longitude)) <= SEAT_KM:
            centre = (nearest.latitude, nearest.longitude)
        return Place(name_display(entry.name, query), "other", self.admin1_display(entry.country, entry.admin1),
                     self.country_name(entry.country), *centre, entry.geonameid, 3)

    def town_place(self, entry: Entry, name: str | None = None) -> Place:
        return Place(name or plain(entry.name), "town", self.admin1_display(entry.country, entry.admin1),
                     self.country_name(entry.country), entry.latitude, entry.longitude, entry.geonameid, 1)

    def place_of(self, entry: Entry, query: Query, focus: str | None) -> Place:
        """The Place record for a chosen entry, lifting regions, countries and airports to their own level."""
        feature = feature_of(entry)
        if feature == "country":
            return self.country_place(entry.country)
        if feature == "region":
            return self.region_place(entry.country, entry.admin1)
        if entry.fcode == "ADM2" and query.hint == "province":
            return self.province_place(entry, query)
        if feature in ("town", "airport"):
            return self.town_place(entry)
        kind = "river" if feature == "river" else "other"
        return Place(plain(entry.name), kind, self.admin1_display(entry.country, entry.admin1),
                     self.country_name(entry.country), entry.latitude, entry.longitude, entry.geonameid, 2)


def name_display(name: str, query: Query) -> str:
    """The bare name as the text writes it ("the town of Ber" -> "Ber")."""
    words = name.split()
    tail = [w for w in words if fold(w) and fold(w) in query.base.split()]
    return " ".join(tail) or name


# ---- module-level resolver ----------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def default_resolver(db: str = str(DEFAULT_DB)) -> Resolver:
    """The resolver over the built gazetteer, opened on first use (GazetteerMissing when not built)."""
    return Resolver(Gazetteer(Path(db)))


def resolve(name: str, context: str | None = None, country: str | None = None) -> Place | None:
    """Resolve one place name with the default gazetteer; see Resolver.resolve."""
    return default_resolver().resolve(name, context, country)


# ---- finding mentions in a doc -------------------------------------------------------------------------------


def find_mentions(doc, vocabulary: Vocabulary | None = None) -> list[tuple[int, int]]:
    """Char spans of place mentions in a spaCy doc: GPE/LOC/FAC/PLACE entities (demonyms dropped), each widened to a
    following feature word ("the Gao region" -> "Gao region"), plus "the town of X" phrases NER missed."""
    vocab = vocabulary or load_vocabulary()
    people = person_words(doc)
    spans = []
    for ent in doc.ents:
        named = ent[1:] if ent[0].lower_ == "the" and len(ent) > 1 else ent
        if ent.label_ not in PLACE_LABELS or fold(named.text) in vocab.demonyms or not fold(ent.text) \
                or is_person_word(named, people) or (ent.start > 0 and doc[ent.start - 1].lower_ in vocab.group_markers):
            continue
        start = named.start_char
        end = ent.end_char
        if ent.end < len(doc) and fold(doc[ent.end].text) in vocab.feature_words and \
                vocab.feature_words[fold(doc[ent.end].text)] in ("region", "province", "river", "airport"):
            end = doc[ent.end].idx + len(doc[ent.end].text)  # "Gao region", "Niger River", "Timbuktu airport"
        spans.append((start, end))
    spans.extend(_phrase_spans(doc.text, vocab))
    return _without_overlaps(spans)


def person_words(doc) -> set[str]:
    """Lower-case words of the names of people (entities of two words or more) anywhere in the report."""
    return {t.lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}


def is_person_word(span, people: set[str]) -> bool:
    """A one-word name that is a word of a person's name elsewhere in the report and stands where no place
    stands ("Ouattara's Republican Forces" after "Alassane Ouattara"); "in Keita" is still a place."""
    return len(span) == 1 and span[0].lower_ in people and not (
        span[0].dep_ == "pobj" and span[0].head.lower_ in _LOCATIVE)


_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_PHRASE = re.compile(rf"\b(?:town|village|city|commune|locality|region|province)\s+of\s+({_NAME})")
# "the villages of Fiego, Ngarwa-Lawandi and Ngarwa-Koura": every name of the list is a place
_PLURAL_PHRASE = re.compile(
    rf"\b(?:towns|villages|cities|communes|localities)\s+of\s+({_NAME}(?:(?:,|,?\s+and)\s+{_NAME})+)")
_LIST_SEPARATOR = re.compile(r",?\s+and\s+|,\s+")


# where a capitalised name is a place: "in/near/of Dablo", "the Niafunke post", "the Arbinda town"
_PLACE_PREPOSITIONS = {"in", "at", "near", "of", "from", "outside", "around", "to"}
_LOCATIVE = {"in", "at", "near", "outside", "around"}
_NOT_PLACE_ENTITIES = {"ACTOR", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"}


def missed_towns(doc, spans: Sequence[tuple[int, int]], resolver: Resolver,
                 focus: str | None) -> list[tuple[int, int]]:
    """Names the entity recogniser missed that stand where places stand and are towns of the article's country in
    the gazetteer ("the Catholic Church of Dablo", "the Niafunke post")."""
    if focus is None:
        return []
    countries = {resolver.country_name(iso) for iso in resolver.vocab.home_countries}
    taken = [range(s, e) for s, e in spans]
    # a word of a person's name anywhere in the report is not a town elsewhere in it ("concessions from Keita")
    people = person_words(doc)
    found = []
    for token in doc:
        if token.lower_ in people or is_titled(token, resolver.vocab) or fold(token.text) in resolver.vocab.demonyms:
            continue
        dateline = is_in_dateline(token)
        # "Natiaboani is a rural community about sixty kilometers south of Fada Ngorma": a name said to be one
        described = is_described_settlement(token, resolver.vocab)
        # "the Volunteers for the Defense of the Nation": a word with an article of its own names no town
        if any(c.dep_ == "det" for c in token.children):
            continue
        if not token.text[:1].isupper() or (token.ent_type_ in _NOT_PLACE_ENTITIES and not is_misread_date(token)) \
                or (token.i == token.sent.start and not (dateline or described)) \
                or any(token.idx in r for r in taken) or doc[token.i - 1].ent_type_ == "PERSON":
            continue  # "President Amadou Toumani Toure": the end of a person's name, whatever towns share it
        # beside a place noun even a name the recogniser took for a person's is a place ("the Niafunke post",
        # "Ber and Goundam military camps")
        modifier = token.head if token.dep_ == "conj" else token
        # (not the last word of a longer name: "Gabriel Toure Hospital" is named after a man)
        before_place_noun = modifier.dep_ in ("compound", "amod", "nmod") \
            and modifier.head.lemma_.lower() in resolver.vocab.place_heads \
            and not (token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].dep_ == "compound")
        # after "in" or "near" even a one-word "person" is a place ("a post in Inates (Tillabery)")
        person = token.ent_type_ == "PERSON" and not (token.head.lower_ in _LOCATIVE and is_one_word(token))
        after_preposition = token.pos_ == "PROPN" and not person and token.dep_ == "pobj" \
            and token.head.lower_ in _PLACE_PREPOSITIONS
        # "the nearby towns of Kayes and Sandere", "attacks in Nioro du Sahel and Gogoui": listed with a place
        head_words = [token.head] + [c for c in token.head.children if c.dep_ in ("compound", "nmod")]
        beside_place = token.pos_ == "PROPN" and is_one_word(token) and token.dep_ == "conj" and (any(
            w.idx in r for r in taken for w in head_words) or in_located_list(token))
        # "the attacks targeted Diboli in western Mali": a town attacked, seized or reached, spelled as the
        # gazetteer spells it (a person's name is an object too, so no guessed spelling here)
        following = doc[token.i + 1:token.i + 4]  # "Diboli in western Mali": a name placed like a town
        placed = len(following) > 1 and following[0].lower_ in _LOCATIVE and any(
            w.idx in r for w in following[1:] for r in taken)
        listed = token.head if token.dep_ == "conj" else token  # "attacked Bagourou and Yabatalou"
        done_to_place = listed.dep_ == "dobj" and listed.head.lemma_.lower() in resolver.vocab.place_object_verbs
        object_town = token.pos_ == "PROPN" and (placed or not person or done_to_place) and is_one_word(token) \
            and (token.dep_ == "dobj" or done_to_place)
        # "in the capital Nouakchott", "the town, Boni": a name set beside a settlement noun
        named_settlement = token.pos_ == "PROPN" and token.dep_ == "appos" and is_one_word(token) \
            and token.head.lemma_.lower() in resolver.vocab.settlement_heads
        if not (before_place_noun or after_preposition or beside_place or dateline or object_town
                or named_settlement or described):
            continue
        place = resolver.resolve(token.text, token.sent.text, focus)
        if object_town and (place is None or fold(place.name) != fold(token.text)):
            continue
        if place is not None and place.feature == "town" and place.country in countries:
            found.append((token.idx, token.idx + len(token.text)))
    return found


_CALENDAR_WORDS = {w.lower() for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name,
                                       *calendar.day_abbr) if w}


def in_located_list(token) -> bool:
    """True for a name listed after the first name a locative preposition governs: "at Chinegodar, Inates and
    Sanam", "in Gao, Ansongo and Menaka"."""
    first = token
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    return first is not token and first.pos_ == "PROPN" and first.dep_ == "pobj" and first.head.lower_ in _LOCATIVE


def is_described_settlement(token, vocab: Vocabulary) -> bool:
    """True for a one-word name that a copula says is a settlement: "Natiaboani is a rural community"."""
    return token.pos_ == "PROPN" and token.dep_ == "nsubj" and is_one_word(token) and token.head.lemma_ == "be" \
        and any(c.dep_ == "attr" and c.lemma_.lower() in vocab.settlement_heads for c in token.head.children)


def is_misread_date(token) -> bool:
    """A lone capitalised name the recogniser took for a date, standing where a place stands: "killed in Mamou"."""
    return token.ent_type_ == "DATE" and is_one_word(token) and token.pos_ == "PROPN" and token.is_alpha \
        and token.lower_ not in _CALENDAR_WORDS and token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE


def is_titled(token, vocab: Vocabulary) -> bool:
    """True for the last word of a name a title heads ("former president Roch Marc Christian Kabore", "Col.
    Goita"): a person, not a town."""
    name = [c for c in token.children if c.dep_ == "compound"]
    words = [w for c in name for w in c.subtree] + [t for t in token.doc[max(0, token.i - 1):token.i]]
    return any(fold(w.text).rstrip(".") in vocab.person_titles for w in words)


def is_in_dateline(token) -> bool:
    """True for a word of a dateline that opens a paragraph ("Tehini/Cote d'Ivoire —"): where the report was filed,
    which is a town when the gazetteer knows one of that name."""
    end = dateline_end(token.doc, token.sent.start)
    return end is not None and token.i < end


def is_one_word(token) -> bool:
    """True when the token's entity (if any) is the token alone."""
    doc = token.doc
    return (token.ent_iob_ != "I" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I"))


def joined_names(text: str, spans: Sequence[tuple[int, int]], resolver: Resolver,
                 focus: str | None) -> list[tuple[int, int]]:
    """Spans with two neighbours that one space parts joined when together they name a town the parts do not
    ("Sobame" + "Da" -> "Sobame Da", a spelling of Sobane-Da)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and text[out[-1][1]:start] == " ":
            joined = resolver.resolve(text[out[-1][0]:end], text, focus)
            if joined is not None and joined.feature == "town" \
                    and joined != resolver.resolve(text[start:end], text, focus):
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


def _phrase_spans(text: str, vocab: Vocabulary) -> Iterable[tuple[int, int]]:
    """Capitalised names after "the town of", "the village of" ..., and each name listed after "the villages of"."""
    for match in _PHRASE.finditer(text):
        if fold(match.group(1)) not in vocab.demonyms:
            yield match.start(1), match.end(1)
    for match in _PLURAL_PHRASE.finditer(text):
        start = match.start(1)
        for separator in [*_LIST_SEPARATOR.finditer(match.group(1)), None]:
            end = match.start(1) + separator.start() if separator else match.end(1)
            if fold(text[start:end]) not in vocab.demonyms:
                yield start, end
            start = match.start(1) + separator.end() if separator else end


def _without_overlaps(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans, the longer kept where two overlap."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0], -(s[1] - s[0]))):
        if kept and start < kept[-1][1]:
            if end > kept[-1][1] and (end - start) > (kept[-1][1] - kept[-1][0]):
                kept[-1] = (start, end)
            continue
        kept.append((start, end))
    return kept


# ---- the stage ----------------------------------------------------------------------------------------------


def article_focus(names: Iterable[str], resolver: Resolver, text: str = "") -> str | None:
    """The country an article names most: its place mentions that are country names, and the adjectives of the
    gazetteer's countries anywhere in `text` ("Malian troops", "Ivorian soldiers"); failing those, the names of
    its countries inside other phrases ("The Senegal government")."""
    folded = fold(text)

    def occurrences(words: dict[str, str]) -> Counter:
        return Counter(iso for word, iso in words.items()
                       for _ in re.finditer(rf"(?<![a-z]){re.escape(word)}(?![a-z])", folded))

    counts = Counter(resolver.countries[fold(n)] for n in names if fold(n) in resolver.countries)
    counts += occurrences(resolver.vocab.country_adjectives)
    if not counts:
        counts = occurrences({name: iso for name, iso in resolver.countries.items()
                              if iso in resolver.vocab.home_countries})
    home = resolver.vocab.home_countries  # between countries as often named, the gazetteer's
    return max(counts, key=lambda iso: (counts[iso], iso in home)) if counts else None


def run(article: Article, doc, focus_country: str | None = None, resolver: Resolver | None = None,
        fallback: Geocoder | None = None) -> tuple[PlaceMention, ...]:
    """Place mentions of one article, each resolved in its sentence, with the article's focus country and the
    article's other places as context. `doc` is the spaCy doc of `article.body`. A name the gazetteer does not know
    is asked of `fallback` (e.g. Nominatim) with the focus country, when one is given."""
    resolver = resolver or default_resolver()
    sents = list(doc.sents)
    spans = find_mentions(doc, resolver.vocab)
    focus = focus_country or article_focus([doc.text[s:e] for s, e in spans], resolver, doc.text)
    spans = joined_names(doc.text, sorted(spans + missed_towns(doc, spans, resolver, focus)), resolver, focus)
    capitals = capital_mentions(doc, spans, resolver, focus)
    spans = [(s, e) for s, e in spans if not any(cs <= s < ce for cs, ce, _ in capitals)]  # "Mali's capital"
    texts = [doc.text[s:e] for s, e in spans]
    sentence_of = [_sentence_index(sents, start) for start, _ in spans]
    offsets = [start - sents[i].start_char for (start, _), i in zip(spans, sentence_of)]
    first = [resolver.resolve(t, sents[i].text, focus, at=a) for t, i, a in zip(texts, sentence_of, offsets)]
    folded = [fold(t) for t in texts]
    # where the report was filed ("BAMAKO (Reuters) -") says nothing of where its villages lie
    filed = [is_in_dateline(doc.char_span(s, e, alignment_mode="expand")[0]) for s, e in spans]
    mentions = []
    for k, ((start, end), text, index, offset) in enumerate(zip(spans, texts, sentence_of, offsets)):
        near = [(p.latitude, p.longitude) for j, p in enumerate(first)
                if j != k and p and p.latitude is not None and p.feature == "town" and folded[j] != folded[k]
                and not filed[j]]
        # the other sentences that name it, and those before it in its paragraph ("The attack took place in ...
        # Segou Region." / "Armed assailants stormed the village of Farabougou")
        echoes = list(dict.fromkeys([sents[sentence_of[j]].text for j in range(len(spans))
                                     if sentence_of[j] != index and folded[j] == folded[k]]
                                    + [s.text for s in paragraph_before(doc.text, sents, index)]))
        place = resolver.resolve(text, sents[index].text, focus, near=near, at=offset, echoes=echoes)
        if place is None and fallback is not None and not resolver.is_vague(text):
            place = fallback.geocode(text, resolver.country_code(focus) if focus else None)
        owner = possessor_town(mentions, doc.text, start)  # "Duekoue's Kokoma district" is in Duekoue
        if owner is not None and not is_close(place, [(owner.latitude, owner.longitude)], OWNED_KM):
            place = owner
        elif is_quarter(doc.text, start, end, resolver.vocab) and not is_close(place, near):
            place = None
        mentions.append(PlaceMention(article.doc_id, text, start, end, index, place))
    mentions += same_place_mentions(article.doc_id, doc.text, mentions, sents, resolver.vocab)
    mentions += [PlaceMention(article.doc_id, doc.text[s:e], s, e, _sentence_index(sents, s), place)
                 for s, e, place in capitals]
    return tuple(sorted(mentions, key=lambda m: m.start_char))


def paragraph_before(text: str, sents: Sequence, index: int) -> list:
    """The sentences before sentence `index` in its paragraph (paragraphs are parted by a blank line)."""
    start = text.rfind("\n\n", 0, sents[index].start_char)
    return [s for s in sents[:index] if s.start_char > start]


QUARTER_KM = 50.0  # a part of a town lies this close to the report's other towns
OWNED_KM = 100.0  # a place a town owns ("Duekoue's Kokoma") lies this close to it


def is_quarter(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Whether the name at text[start:end] is told as a part of a town: "Kokoma district", "the neighbourhoods of
    Bambeto, Sonfonia"."""
    after = fold(text[end:end + 30]).split()[:1]
    before = fold(text[max(0, start - 40):start]).replace(",", " ").split()
    return bool(after and after[0] in vocab.quarter_words) or any(
        before[i] in vocab.quarter_words and before[i + 1] == "of" for i in range(max(0, len(before) - 4), len(before) - 1))


def is_close(place: Place | None, points: Sequence[Point], km: float = QUARTER_KM) -> bool:
    """Whether a resolved place lies within `km` of one of `points` (or there is none to measure by)."""
    if place is None or place.latitude is None:
        return False
    return not points or any(haversine_km((place.latitude, place.longitude), p) <= km for p in points)


def possessor_town(mentions: Sequence[PlaceMention], text: str, start: int) -> Place | None:
    """The town whose possessive stands just before `start` ("Duekoue's Kokoma district"), else None. The owner
    may be a name the recogniser missed there but found elsewhere in the report."""
    match = re.search(r"([^\W\d_][\w-]*)['\u2019]s\s+$", text[max(0, start - 40):start])
    if match is None:
        return None
    owner = fold(match.group(1))
    for mention in mentions:
        if mention.place is not None and mention.place.feature == "town" and fold(mention.text) == owner:
            return mention.place
    return None


def capital_mentions(doc, spans: Sequence[tuple[int, int]], resolver: Resolver,
                     focus: str | None) -> list[tuple[int, int, Place]]:
    """"Burkina Faso's capital", "the Malian capital", "the capital of Niger", and a bare "the capital" in a report
    on one country: that country's capital town. Not when the text names the town beside it ("the capital, Bamako",
    "the capital Niamey"), nor a regional or economic capital."""
    vocab = resolver.vocab
    found = []
    for token in doc:
        if token.lower_ not in ("capital", "capital's") or token.pos_ not in ("NOUN", "PROPN") \
                or (token.dep_ == "compound" and token.head.lower_ != "city"):
            continue
        noun = token.head if token.dep_ == "compound" else token  # "the capital city"
        children = list(noun.children) + ([c for c in token.children] if noun is not token else [])
        if any(c.dep_ == "appos" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in children):
            continue  # "the capital, Bamako", "the capital Niamey city"
        after = noun.i + 1
        while after < len(doc) and doc[after].text in (",", "city", "of"):
            after += 1
        if after < len(doc) and any(s <= doc[after].idx < e for s, e in spans) and doc[after - 1].text != "of":
            continue  # the town itself follows
        iso, start = focus, noun.left_edge
        ok = not any(c.dep_ == "amod" and fold(c.text) in vocab.not_national_capital for c in children)
        for child in children:
            words = fold(doc[child.left_edge.i:child.i + 1].text.removesuffix("'s").removesuffix("’s"))
            if child.dep_ == "poss":
                iso, ok = resolver.countries.get(words), words in resolver.countries
            elif child.dep_ == "amod" and fold(child.text) in vocab.country_adjectives:
                iso = vocab.country_adjectives[fold(child.text)]
            elif child.dep_ == "prep" and child.lower_ == "of" and ok:
                objects = [fold(o.text if o.ent_type_ == "" else doc[o.left_edge.i:o.i + 1].text)
                           for o in child.children if o.dep_ == "pobj"]
                ok = bool(objects) and objects[0].removeprefix("the ") in resolver.countries
                iso = resolver.countries.get(objects[0].removeprefix("the ")) if ok else iso
        if not ok or iso is None or iso not in resolver.gaz.countries:
            continue
        town = resolver.gaz.countries[iso][1]
        place = resolver.resolve(town, None, iso) if town else None
        if place is None or place.feature != "town" or place.country != resolver.country_name(iso):
            continue
        if start.lower_ == "the":
            start = doc[start.i + 1]
        end = token.idx + len(token.text.removesuffix("'s"))
        found.append((start.idx, end, place))
    return found


_SAME_PLACE = re.compile(r"\b(?:the|that) same (\w+)")


def same_place_mentions(doc_id: str, text: str, mentions: Sequence[PlaceMention], sents,
                        vocab: Vocabulary) -> list[PlaceMention]:
    """"a village in the same region": the last place named before it of that kind (a region for "region", a town
    for "village"), as a mention of its own."""
    found = []
    for match in _SAME_PLACE.finditer(text):
        feature = vocab.feature_words.get(fold(match.group(1)))
        if feature not in ("region", "town"):
            continue
        earlier = [m for m in mentions if m.end_char <= match.start() and m.place and m.place.feature == feature]
        if earlier:
            found.append(PlaceMention(doc_id, match.group(0), match.start(), match.end(),
                                      _sentence_index(sents, match.start()), earlier[-1].place))
    return found


def _sentence_index(sents, char: int) -> int:
    for index, sent in enumerate(sents):
        if sent.start_char <= char < sent.end_char:
            return index
    return max(len(sents) - 1, 0)
