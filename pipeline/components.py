"""spaCy components of newsevents, registered here alone under versioned names (see pyproject entry points)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc


@Language.factory(
    "newsevents_entity_ruler_v1",
    default_config={"models_dir": ""},
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
)
def make_entity_ruler(nlp: Language, name: str, models_dir: str) -> EntityRuler:
    """An entity ruler labelling our actors (ACTOR, id = canonical name) and places (PLACE) before `ner` runs,
    so that names the statistical model mistakes ("JNIM" as NORP, "Rharous" as PERSON) are ours first."""
    from . import vocab  # imported here: spaCy loads this module through its entry point on every Language()

    ruler = EntityRuler(nlp, name=name, phrase_matcher_attr="LOWER", overwrite_ents=True)
    folder = Path(models_dir)
    ruler.add_patterns(vocab.actor_patterns(vocab.load_actors(folder / "actors.yml")))
    ruler.add_patterns(place_patterns(folder / "places.yml"))
    ruler.add_patterns(country_patterns(folder / "gazetteer" / "countryInfo.txt"))
    return ruler


def place_patterns(path: Path) -> list[dict]:
    """Phrase patterns labelled PLACE for the place names listed under `ruler_names` in models/places.yml."""
    from . import vocab

    if not path.is_file():
        return []
    names = vocab.read_yaml(path).get("ruler_names") or []
    patterns = []
    for name in names:
        for form in {name, vocab.fold(name)}:
            patterns.append({"label": "PLACE", "pattern": form, "id": name})
    return patterns


def country_patterns(path: Path) -> list[dict]:
    """Case-sensitive patterns labelled PLACE for every country name of GeoNames' countryInfo.txt, so that the
    statistical model's mistakes ("Mali" as PERSON) do not hide a country."""
    if not path.is_file():
        return []
    patterns = []
    for line in path.read_text(encoding="utf-8").splitlines():
        columns = line.split("\t")
        if line.startswith("#") or len(columns) < 5:
            continue
        name = columns[4]
        patterns.append({"label": "PLACE", "pattern": [{"ORTH": part} for part in name.split()], "id": name})
    return patterns


@Language.component("newsevents_paragraph_breaks_v1", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and list items never run into the next paragraph.
    Runs before the parser, which keeps boundaries that are already set."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc
