"""spaCy components of newsevents, registered here alone under versioned names (see pyproject entry points)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Token


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
    ruler.add_patterns(country_alias_patterns(folder / "places.yml"))
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


def country_alias_patterns(path: Path) -> list[dict]:
    """Case-sensitive patterns labelled PLACE for the other names of countries in models/places.yml
    (`country_aliases`: "Cote d'Ivoire"), cut into tokens as spaCy cuts them."""
    from . import vocab

    if not path.is_file():
        return []
    aliases = vocab.read_yaml(path).get("country_aliases") or {}
    patterns = []
    for names in aliases.values():
        for name in names:
            for form in {str(name), str(name).replace("'", "\u2019")}:
                patterns.append({"label": "PLACE", "pattern": [{"ORTH": part} for part in vocab.tokenized(form)],
                                 "id": str(name)})
    return patterns


@Language.component("newsevents_paragraph_breaks_v1", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and list items never run into the next paragraph, and a
    dateline that opens a paragraph ends at its dash.
    A single line break inside a sentence that was wrapped by hand ("attacked a camp in\nNara", "the\nsoldiers")
    does not: a blank line always ends one. Inside a line, a word in lower case after a word never starts a sentence
    ("Jama'a Nusrat ul-Islam wa al-Muslimin", which the parser cuts at the foreign word). Runs before the parser,
    which keeps boundaries that are already set."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        breaks = (previous.text + previous.whitespace_).count("\n")
        if breaks == 0:  # a run of spaces inside a line is no break either ("the Movement  launched")
            word = doc[previous.i - 1] if previous.is_space and previous.i > 0 else previous
            if token.text[:1].islower() and word.text[:1].isalpha():
                token.is_sent_start = False
            continue
        if breaks == 1 and is_wrapped(previous, token):
            continue
        token.is_sent_start = True
    for start in [doc[0]] + [t for t in doc[1:] if t.is_sent_start]:
        dash = dateline_end(doc, start.i)
        if dash is not None and dash + 2 < len(doc):
            for token in doc[start.i + 1:dash + 1]:
                token.is_sent_start = False  # "BAMAKO, Oct 17:" is one line, which the parser may not cut
            doc[dash + 1].is_sent_start = True  # "Kidal, Mali - Mali sent in troops": the dateline is no subject
            doc[dash + 2].is_sent_start = False  # and the parser may not cut the sentence after its first word
    return doc


DASHES = ("-", "--", "\u2013", "\u2014")


def dateline_end(doc: Doc, start: int, reach: int = 8) -> int | None:
    """The index of the dash that closes a dateline opening a paragraph ("BAMAKO, Mali (AP) —", "Kidal, Mali -",
    "Tehini/Cote d'Ivoire —"), or None: a few capitalised words, days, commas, slashes and a bracketed agency, then
    a dash, or the agency's bracket when a sentence follows it ("Bamako, May 2 (AFP) Eight soldiers ..."); or a
    town in capitals (perhaps with a day), or one named in title case, then a colon ("OUAGADOUGOU: Armed jihadists
    attacked ...", "BAMAKO, Oct 17: At least seven ...", "Niamey: Gunmen ...")."""
    for token in doc[start:start + reach + 1]:
        if token.text in DASHES:
            joined = token.i > start and not doc[token.i - 1].whitespace_ and not token.whitespace_
            if token.text == "-" and joined:
                return None  # a hyphen inside a word ("Twenty-seven people were killed") closes no dateline
            return token.i if token.i > start else None
        if token.text == ":":
            words = [t for t in doc[start:token.i] if t.is_alpha]
            # "OUAGADOUGOU:", "BAMAKO, Oct 17:": a town in capitals, perhaps with the day of filing
            shouted = words and words[0].is_upper and len(words[0]) > 1 \
                and all(t.is_upper and len(t) > 1 or t.is_title and t.i > words[0].i + 1 for t in words)
            # "Niamey: Gunmen mounted on pick-up trucks ...": one name in title case, then a sentence; not the
            # headline's "Mali: More than a dozen killed ..."
            named = start > 0 and 0 < len(words) <= 2 and token.i - start == len(words) \
                and all(t.is_title for t in words) and token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper()
            return token.i if shouted or named else None
        if token.text == ")" and token.i > start + 2 and token.i + 1 < len(doc) and doc[token.i + 1].is_title \
                and doc[token.i - 2].text == "(" and doc[token.i - 1].is_upper:
            return token.i  # "Bamako, May 2 (AFP) Eight Malian soldiers were killed": the agency closes it
        capitalised = token.text[:1].isupper() or token.text[1:2] in ("'", "\u2019") and token.text[2:3].isupper()
        if token.is_space or not (capitalised or token.like_num or token.text in (",", "(", ")", ".", "/")):
            return None  # "d'Ivoire" too, and the day of "Bamako, May 2 (AFP)"
    return None


def is_wrapped(before: Token, after: Token) -> bool:
    """True when a single line break falls inside a sentence: after a function word or a comma, or before a word
    in lower case, where no headline or sentence ends."""
    if before.is_space:
        before = before.doc[before.i - 1] if before.i > 0 else before
    return before.is_stop or before.text in (",", ";") or after.text[:1].islower()
