"""The gazetteer build: folding, a small hand-made GeoNames folder, `add`, and the missing-file error."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from pipeline.errors import GazetteerMissing
from pipeline.gazetteer import SOURCE_DIR, Gazetteer, add, build, fold, skeleton, sound_key, with_village_names


def geonames_row(gid, name, alternates, lat, lon, fclass, fcode, country, admin1, population=0):
    cols = [str(gid), name, name, alternates, str(lat), str(lon), fclass, fcode, country, "", admin1, "", "", "",
            str(population), "", "", "Africa/Bamako", "2023-01-01"]
    return "\t".join(cols) + "\n"


@pytest.fixture()
def source(tmp_path: Path) -> Path:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "admin1CodesASCII.txt").write_text("ML.08\tTombouctou\tTombouctou\t2449066\n", encoding="utf-8")
    (folder / "countryInfo.txt").write_text(
        "#ISO\tISO3\n" + "\t".join(["ML", "MLI", "466", "ML", "Mali", "Bamako", "1240000", "1", "AF", ".ml", "XOF",
                                    "Franc", "223", "", "", "fr-ML", "2453866", "SN", ""]) + "\n", encoding="utf-8")
    (folder / "ML.txt").write_text(
        geonames_row(2454104, "Léré", "Lere", 15.7118, -4.9118, "P", "PPL", "ML", "08")
        + geonames_row(2449067, "Timbuktu", "TOM,Tombouctou,Тимбукту", 16.77348, -3.00742, "P", "PPLA", "ML", "08",
                       32460),
        encoding="utf-8")
    return folder


@pytest.mark.parametrize(("name", "expected"), [
    ("Ségou-Koura", "segou koura"),
    ("Côte d'Ivoire", "cote divoire"),
    ("  GAO  region ", "gao region"),
    ("Léré", "lere"),
    ("Ti-n-Zaouâtene", "ti n zaouatene"),
])
def test_gazetteer_fold_removes_case_accents_and_punctuation(name, expected):
    assert fold(name) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("lere", ["Léré"]),
    ("tombouctou", ["Timbuktu"]),
    ("tom", []),  # an airport code among the alternate names is not a name
    ("тимбукту", []),  # non-Latin alternates are not indexed
])
def test_gazetteer_build_indexes_folded_names(source, tmp_path, name, expected):
    db = build(source, tmp_path / "g.sqlite", cities500=False)
    assert [entry.name for entry, _ in Gazetteer(db).lookup(name)] == expected


def test_gazetteer_region_capital_is_the_ppla(source, tmp_path):
    gaz = Gazetteer(build(source, tmp_path / "g.sqlite", cities500=False))
    assert gaz.region_capital("ML", "08").name == "Timbuktu"


def test_gazetteer_add_brings_in_a_new_country_file(source, tmp_path):
    db = build(source, tmp_path / "g.sqlite", cities500=False)
    extra = tmp_path / "BF.txt"
    extra.write_text(geonames_row(2361177, "Djibo", "", 14.0994, -1.62554, "P", "PPLA2", "BF", "12"), encoding="utf-8")
    assert add(extra, db, source_dir=source) == 1
    assert [e.country for e, _ in Gazetteer(db).lookup("djibo")] == ["BF"]
    assert (source / "BF.txt").is_file()  # kept for the next build


def test_gazetteer_missing_file_names_the_build_command(tmp_path):
    with pytest.raises(GazetteerMissing, match="python -m pipeline.gazetteer build"):
        Gazetteer(tmp_path / "absent.sqlite")


def test_gazetteer_shipped_files_match_their_checksums():
    for line in (SOURCE_DIR / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split()
        assert hashlib.sha256((SOURCE_DIR / name.lstrip("*")).read_bytes()).hexdigest() == digest, name


def test_gazetteer_readme_credits_geonames():
    readme = (SOURCE_DIR / "README.md").read_text(encoding="utf-8")
    assert "GeoNames" in readme and "CC BY 4.0" in readme


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Diabaly", "Diabali", True),
    ("Djibo", "Jibo", True),
    ("Tillabery", "Tillaberi", True),
    ("Diabaly", "Diabala", False),
    ("Koulogon", "Koulogo", False),
])
def test_gazetteer_sound_alike_spellings_share_a_key(a, b, same):
    assert (sound_key(skeleton(fold(a))) == sound_key(skeleton(fold(b)))) is same


def test_gazetteer_spelled_alike_prefers_a_sound_alike_spelling_and_reads_first_words(source, tmp_path):
    (source / "ML.txt").write_text(
        geonames_row(1, "Diabali", "", 14.69, -6.02, "P", "PPL", "ML", "05")
        + geonames_row(2, "Diabala", "", 13.0, -7.0, "P", "PPL", "ML", "03")
        + geonames_row(3, "Koulogon-Habe", "", 13.82, -3.44, "P", "PPL", "ML", "04")
        + geonames_row(4, "Koulogo", "", 12.4, -1.7, "P", "PPL", "ML", "07"), encoding="utf-8")
    gaz = Gazetteer(build(source, tmp_path / "g.sqlite", cities500=False))
    assert [e.name for e in gaz.spelled_alike("diabaly", ["ML"])] == ["Diabali"]
    assert [e.name for e in gaz.spelled_alike("koulogon", ["ML"])] == ["Koulogon-Habe"]


def test_gazetteer_a_village_part_is_also_known_by_its_villages_name():
    suffixes = frozenset({"peulh", "dogon"})
    assert with_village_names(["ogassagou peulh"], suffixes) == {"ogassagou peulh", "ogassagou"}
    # a name that only ends in another word, or is the people's word alone, gains nothing
    assert with_village_names(["segou koura", "dogon"], suffixes) == {"segou koura", "dogon"}
