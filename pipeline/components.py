"""spaCy components of newsevents, registered here alone under versioned names (see pyproject entry points)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.pipeline import EntityRuler

from . import vocab


@Language.factory(
    "newsevents.entity_ruler.v1",
    default_config={"models_dir": ""},
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
)
def make_entity_ruler(nlp: Language, name: str, models_dir: str) -> EntityRuler:
    """An entity ruler labelling our actors (ACTOR, id = canonical name) and places (PLACE) before `ner` runs,
    so that names the statistical model mistakes ("JNIM" as NORP, "Rharous" as PERSON) are ours first."""
    ruler = EntityRuler(nlp, name=name, phrase_matcher_attr="LOWER", overwrite_ents=True)
    folder = Path(models_dir) if models_dir else None
    ruler.add_patterns(vocab.ruler_patterns(folder))
    return ruler


def place_patterns(path: Path) -> list[dict]:
    """Phrase patterns labelled PLACE for the place names listed under `ruler_names` in models/places.yml."""
    if not path.is_file():
        return []
    names = vocab.read_yaml(path).get("ruler_names") or []
    patterns = []
    for name in names:
        for form in {name, vocab.fold(name)}:
            patterns.append({"label": "PLACE", "pattern": form, "id": name})
    return patterns
