"""Geocoder adapters: the offline gazetteer (default) and geopy's Nominatim for names the gazetteer misses.

Nominatim is used only when asked for (`--geocoder nominatim --user-agent NAME`), through geopy's RateLimiter and an
on-disk JSON cache so a name is asked once. Distances use geopy's geodesic, which needs no network.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Protocol

from geopy.distance import geodesic
from geopy.exc import GeopyError

from pipeline.errors import GeocoderConfigError
from pipeline.gazetteer import fold
from pipeline.records import Place

log = logging.getLogger(__name__)


class Geocoder(Protocol):
    """Anything that turns a place name (and an optional country) into a Place."""

    def geocode(self, name: str, country: str | None = None) -> Place | None: ...


def distance_km(a: Place | tuple[float, float], b: Place | tuple[float, float]) -> float | None:
    """Geodesic distance in km between two places or (lat, lon) points; None when either has no coordinates."""
    points = [(p.latitude, p.longitude) if isinstance(p, Place) else p for p in (a, b)]
    if any(lat is None or lon is None for lat, lon in points):
        return None
    return geodesic(points[0], points[1]).km


class GazetteerGeocoder:
    """The offline default: the context-reading resolver over the shipped gazetteer."""

    def __init__(self, resolver: Any = None):
        self._resolver = resolver

    @property
    def resolver(self):
        if self._resolver is None:
            from pipeline.places import default_resolver

            self._resolver = default_resolver()
        return self._resolver

    def geocode(self, name: str, country: str | None = None) -> Place | None:
        return self.resolver.resolve(name, None, country)


class NominatimGeocoder:
    """geopy's Nominatim behind a RateLimiter (one request a second) and a JSON cache file.

    `client` is any object with geopy's `geocode(query, **kwargs)` method; tests pass a fake one."""

    def __init__(self, user_agent: str, cache_path: Path, client: Any = None, min_delay_seconds: float = 1.0):
        from geopy.extra.rate_limiter import RateLimiter

        if client is None:
            from geopy.geocoders import Nominatim

            client = Nominatim(user_agent=user_agent)
        self._geocode = RateLimiter(client.geocode, min_delay_seconds=min_delay_seconds, max_retries=1,
                                    swallow_exceptions=False)
        self.cache_path = Path(cache_path)
        self.cache: dict[str, dict | None] = self._load_cache()

    def _load_cache(self) -> dict[str, dict | None]:
        if self.cache_path.is_file():
            return json.loads(self.cache_path.read_text(encoding="utf-8"))
        return {}

    def _save_cache(self) -> None:
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.cache_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.cache, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
        tmp.replace(self.cache_path)

    def geocode(self, name: str, country: str | None = None) -> Place | None:
        """Ask Nominatim once per (name, country); the answer (or its absence) is cached on disk, a failed request
        is not, so a later run asks again."""
        key = f"{fold(name)}|{(country or '').lower()}"
        if key not in self.cache:
            kwargs = {"exactly_one": True, "addressdetails": True, "language": "en"}
            if country and len(country) == 2:
                kwargs["country_codes"] = country.lower()
            try:
                location = self._geocode(name, **kwargs)
            except GeopyError as err:  # unreachable, timed out or refused: no answer, so nothing to cache
                log.warning("Nominatim could not be asked for %r: %s", name, err)
                return None
            self.cache[key] = _row_of(location)
            self._save_cache()
        row = self.cache[key]
        return _place_of(name, row) if row else None


def _row_of(location: Any) -> dict | None:
    """The cacheable part of a geopy Location."""
    if location is None:
        return None
    raw = getattr(location, "raw", {}) or {}
    address = raw.get("address", {})
    return {"latitude": location.latitude, "longitude": location.longitude, "addresstype": raw.get("addresstype", ""),
            "state": address.get("state") or address.get("region"), "country": address.get("country", "")}


def _place_of(name: str, row: dict) -> Place:
    """A Place from a cached Nominatim answer: a region, a country or (by default) a town."""
    kind = row.get("addresstype", "")
    if kind == "country":
        return Place(name, "country", None, row["country"], None, None, None, 3)
    feature = "region" if kind in ("state", "region", "province") else "river" if kind == "river" else "town"
    precision = 3 if feature == "region" else 2 if feature == "river" else 1
    return Place(name, feature, row.get("state"), row.get("country", ""), row["latitude"], row["longitude"], None,
                 precision)


class ChainGeocoder:
    """The gazetteer first, then a fallback (Nominatim) for names it misses."""

    def __init__(self, first: Geocoder, fallback: Geocoder):
        self.first, self.fallback = first, fallback

    def geocode(self, name: str, country: str | None = None) -> Place | None:
        return self.first.geocode(name, country) or self.fallback.geocode(name, country)


def fallback_geocoder(kind: str, user_agent: str | None, cache_path: Path) -> Geocoder | None:
    """The geocoder the CLI's `--geocoder` option names for places the gazetteer misses: none for "gazetteer" (the
    offline default), Nominatim with its cache at `cache_path` for "nominatim"."""
    if kind == "gazetteer":
        return None
    if kind == "nominatim":
        if not user_agent:
            raise GeocoderConfigError("--geocoder nominatim needs --user-agent NAME: Nominatim's usage policy asks "
                                      "each application to name itself (e.g. --user-agent 'myproject you@example.org')")
        return NominatimGeocoder(user_agent, cache_path)
    raise GeocoderConfigError(f"unknown geocoder {kind!r}: use gazetteer or nominatim")


def make_geocoder(kind: str = "gazetteer", user_agent: str | None = None, cache_path: Path | None = None) -> Geocoder:
    """A geocoder for single names without context: the gazetteer, then the fallback `kind` names, if any."""
    fallback = fallback_geocoder(kind, user_agent, cache_path or Path("outputs") / "cache" / "nominatim.json")
    return ChainGeocoder(GazetteerGeocoder(), fallback) if fallback else GazetteerGeocoder()
