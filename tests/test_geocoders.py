"""The geocoder adapters and the optional Nominatim fallback through the CLI, with a fake geopy client: no network."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import geopy.geocoders
import pytest
from geopy.exc import GeocoderUnavailable
from geopy.extra.rate_limiter import RateLimiter
from typer.testing import CliRunner

from pipeline import geocoders, runner
from pipeline.cli import app
from pipeline.errors import GeocoderConfigError
from pipeline.geocoders import GazetteerGeocoder, NominatimGeocoder, distance_km, make_geocoder

ARTICLE = """---
published: 2024-03-07
---
Gunmen attacked an army post in the town of Kadjiwal in Mali on 3 March 2024.
"""


class FakeLocation:
    def __init__(self, lat, lon, raw):
        self.latitude, self.longitude, self.raw = lat, lon, raw


class FakeNominatim:
    """Stands in for geopy's Nominatim: records each query and when it came, never touches the network."""

    def __init__(self, user_agent: str = "newsevents-test"):
        self.user_agent = user_agent
        self.queries: list[tuple[str, dict]] = []
        self.times: list[float] = []

    @property
    def calls(self) -> int:
        return len(self.queries)

    def geocode(self, query, **kwargs):
        self.queries.append((query, kwargs))
        self.times.append(time.perf_counter())
        if query == "Unreachable":
            raise GeocoderUnavailable("no network")
        if query in ("Kadji", "Kadjiwal"):
            return FakeLocation(13.5, 2.1, {"addresstype": "village", "address": {"state": "Tillaberi",
                                                                                  "country": "Niger"}})
        return None


def refuse(*_args, **_kwargs):
    raise AssertionError("a Nominatim geocoder was built although none was asked for")


@pytest.fixture(scope="module")
def annotated(tmp_path_factory) -> tuple[Path, Path]:
    """A one-article corpus naming a town the gazetteer lacks, ingested and annotated once: (corpus, out)."""
    corpus = tmp_path_factory.mktemp("corpus")
    (corpus / "kadjiwal.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path_factory.mktemp("annotated")
    runner.run_ingest(corpus, out)
    runner.run_annotate(out)
    return corpus, out


@pytest.fixture
def out(annotated, tmp_path) -> Path:
    """A fresh copy of the annotated layers for one test to write its places into."""
    return Path(shutil.copytree(annotated[1], tmp_path / "out"))


@pytest.fixture
def fake_clients(monkeypatch) -> list[FakeNominatim]:
    """geopy's Nominatim replaced by FakeNominatim; the list holds every client built."""
    clients: list[FakeNominatim] = []

    def build(user_agent: str) -> FakeNominatim:
        clients.append(FakeNominatim(user_agent))
        return clients[-1]

    monkeypatch.setattr(geopy.geocoders, "Nominatim", build)
    return clients


def place_rows(out: Path, text: str) -> list[dict]:
    rows = [json.loads(line) for line in (out / "05_places" / "places.jsonl").read_text().splitlines()]
    return [row for row in rows if row["text"] == text]


def invoke(command: list[str], corpus: Path, out: Path, *options: str):
    """Run a CLI command ("CORPUS" standing for the corpus folder) on `out` with the options."""
    args = [str(corpus) if arg == "CORPUS" else arg for arg in command]
    return CliRunner().invoke(app, [*args, "--out", str(out), *options])


# ---- the adapters ------------------------------------------------------------------------------------------


def test_geocoders_nominatim_answers_and_caches(tmp_path: Path):
    client = FakeNominatim()
    geocoder = NominatimGeocoder("newsevents-test", tmp_path / "cache.json", client=client, min_delay_seconds=0)
    first = geocoder.geocode("Kadji", "NE")
    again = NominatimGeocoder("newsevents-test", tmp_path / "cache.json", client=client, min_delay_seconds=0)
    assert again.geocode("Kadji", "NE") == first
    assert (first.feature, first.country, first.latitude, client.calls) == ("town", "Niger", 13.5, 1)


def test_geocoders_nominatim_caches_misses(tmp_path: Path):
    client = FakeNominatim()
    geocoder = NominatimGeocoder("newsevents-test", tmp_path / "cache.json", client=client, min_delay_seconds=0)
    assert geocoder.geocode("Nowhere") is None and geocoder.geocode("Nowhere") is None
    assert client.calls == 1


def test_geocoders_nominatim_does_not_cache_a_failed_request(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(RateLimiter, "_sleep", lambda _self, _seconds: None)  # no 5 s wait before the retry
    client = FakeNominatim()
    geocoder = NominatimGeocoder("newsevents-test", tmp_path / "cache.json", client=client, min_delay_seconds=0)
    assert geocoder.geocode("Unreachable", "ML") is None and geocoder.geocode("Unreachable", "ML") is None
    assert client.calls == 4 and not (tmp_path / "cache.json").exists()  # asked (and retried) again each time


def test_geocoders_nominatim_waits_between_requests(tmp_path: Path):
    client, delay = FakeNominatim(), 0.05
    geocoder = NominatimGeocoder("newsevents-test", tmp_path / "cache.json", client=client, min_delay_seconds=delay)
    for name in ("Kadji", "Nowhere", "Elsewhere"):
        geocoder.geocode(name, "NE")
    gaps = [later - earlier for earlier, later in zip(client.times, client.times[1:])]
    assert len(gaps) == 2 and min(gaps) >= delay * 0.9


def test_geocoders_gazetteer_is_offline_default(resolver):
    place = GazetteerGeocoder(resolver).geocode("Bourem", "ML")
    assert distance_km(place, (16.955, -0.3486)) < 1


def test_geocoders_nominatim_needs_a_user_agent():
    with pytest.raises(GeocoderConfigError, match="user-agent"):
        make_geocoder("nominatim")


@pytest.mark.parametrize(("a", "b", "expected"), [
    ((16.955, -0.3486), (16.2717, -0.0447), 82.0),  # Bourem to Gao
    ((12.65, -8.0), (12.65, -8.0), 0.0),
])
def test_geocoders_distance_km(a, b, expected):
    assert distance_km(a, b) == pytest.approx(expected, abs=1.0)


# ---- the fallback through the CLI and the runner -----------------------------------------------------------


def test_geocoders_default_run_never_builds_nominatim(annotated, tmp_path, monkeypatch):
    monkeypatch.setattr(geopy.geocoders, "Nominatim", refuse)
    monkeypatch.setattr(geocoders, "NominatimGeocoder", refuse)
    result = invoke(["run", "CORPUS"], annotated[0], tmp_path)
    assert result.exit_code == 0, result.output
    assert [row["name"] for row in place_rows(tmp_path, "Kadjiwal")] == [None]
    assert not (tmp_path / "cache").exists()


COMMANDS = [["places"], ["run", "CORPUS"]]


@pytest.mark.parametrize("command", COMMANDS)
def test_geocoders_nominatim_resolves_a_missing_town_and_reuses_its_cache(annotated, out, fake_clients, command):
    nominatim = ("--geocoder", "nominatim", "--user-agent", "newsevents-test")
    first = invoke(command, annotated[0], out, *nominatim)
    assert first.exit_code == 0, first.output
    [row] = place_rows(out, "Kadjiwal")
    assert (row["feature"], row["latitude"], row["longitude"], row["country"]) == ("town", 13.5, 2.1, "Niger")
    [client] = fake_clients
    assert client.user_agent == "newsevents-test"
    assert [(query, kwargs.get("country_codes")) for query, kwargs in client.queries] == [("Kadjiwal", "ml")]
    assert "kadjiwal|ml" in json.loads((out / "cache" / "nominatim.json").read_text())

    again = invoke(command, annotated[0], out, *nominatim)
    assert again.exit_code == 0, again.output
    assert place_rows(out, "Kadjiwal") == [row]
    assert [c.calls for c in fake_clients] == [1, 0]  # the second run read the cache


@pytest.mark.parametrize("command", COMMANDS)
def test_geocoders_nominatim_without_user_agent_fails_clearly(annotated, out, fake_clients, command):
    result = invoke(command, annotated[0], out, "--geocoder", "nominatim")
    assert result.exit_code == 2
    assert "--geocoder nominatim needs --user-agent" in " ".join(result.output.split())
    assert fake_clients == [] and not (out / "cache").exists()
