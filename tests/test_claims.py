"""Tests of pipeline/claims.py: events reported only as a party's claim."""

import pytest

from pipeline.claims import is_claim, load_claim_cues
from pipeline.errors import VocabularyError

CLAIMS = [
    ("The CMA claimed to have shot down a Malian SU-25 jet yesterday.", True),
    ("On Sept. 8, it claimed it shot down a Wagner helicopter in the central region of Segou.", True),
    ("JNIM said it killed 20 soldiers in the attack on the camp.", True),
    ("The jihadists said they had seized the town of Boni.", True),
    ("Although CMA claimed that they had captured the military camp, photographic evidence suggested otherwise.",
     True),
    ("Malian authorities claimed to have killed 203 Islamist fighters and arrested more than 50.", True),
    ("CMA also alleges that the Wagner Group was also present on the side of the military.", True),
    ("The separatists, for their part, responded by explaining that they had shot down a Malian army plane.", True),
    ("The Malian army announced that it had carried out a series of airstrikes against terrorists.", True),
    ("According to the group's communiqué, its fighters destroyed three armoured vehicles.", True),
    ("According to a statement by the army, 30 terrorists were neutralised.", True),
    ("ISSP claimed responsibility for the ambush near Menaka.", True),
    ("JNIM said its fighters had killed 12 soldiers near Boni.", True),
    ("There were unconfirmed reports that the rebels had taken the airport.", True),
    ("The rebels reportedly took the town, which could not be confirmed independently.", True),
]

NOT_CLAIMS = [
    ("JNIM militants targeted a civilian ferry, which killed at least 49 civilians.", False),
    ("According to multiple open sources, CMA forces suffered heavy losses.", False),
    ("According to witnesses, soldiers executed dozens of men.", False),
    ("According to local inhabitants, food has been cut off since mid-August.", False),
    ("The Malian Ministry of Defense, in a press statement, confirmed the loss of the Su-25.", False),
    ("JNIM claimed the attack, which the army later confirmed.", False),
    ("The military junta stakes its claim to stay in power indefinitely.", False),
    ("The attack claimed the lives of 12 soldiers.", False),
    ("The CMA released a statement announcing that they are in a state of war with the junta.", False),
    ("The UN said 500 civilians were killed in Moura.", False),
    ("The group said it will intensify its attacks.", False),
    ("CMA militants stormed a Malian Army military base in Lere.", False),
    ("That said, it does come after reports of mediation efforts between the two.", False),
    ("The military had announced their intention to celebrate the anniversary.", False),
    ("No group claimed Wednesday's attack on the gendarmerie post.", False),
    ("There was no immediate claim of responsibility for the ambush.", False),
    ("The militants have not yet claimed the killing of the soldiers.", False),
    ("JNIM hasn't claimed the bombing of the bridge.", False),
    ("", False),
]


@pytest.mark.parametrize("sentence, expected", CLAIMS)
def test_claims_party_reports_are_claims(sentence, expected):
    assert is_claim(sentence) is expected


@pytest.mark.parametrize("sentence, expected", NOT_CLAIMS)
def test_claims_reports_sourcing_and_confirmations_are_not_claims(sentence, expected):
    assert is_claim(sentence) is expected


BY_ACTOR = [
    ("The CMA claimed to have shot down a Malian SU-25 jet.", "CMA", True),
    ("The Coordination of Azawad Movements claimed to have shot down a jet.", "CMA", True),
    ("Tuareg rebels claimed to have shot down a jet.", "CMA", True),
    ("It claimed it shot down a Wagner helicopter.", "JNIM", True),
    ("The CMA claimed to have shot down a Malian SU-25 jet.", "JNIM", False),
    ("Malian authorities claimed to have killed 203 fighters.", "Government of Mali", True),
    ("Malian authorities claimed to have killed 203 fighters.", "Wagner Group", False),
]


@pytest.mark.parametrize("sentence, actor, expected", BY_ACTOR)
def test_claims_attributed_to_the_given_actor(sentence, actor, expected):
    assert is_claim(sentence, actor) is expected


def test_claims_missing_cue_list_raises(tmp_path):
    path = tmp_path / "event_types.yml"
    path.write_text("claims:\n  claim_words: [claimed]\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="claims.not_claims"):
        load_claim_cues(path)


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120), st.sampled_from([None, "CMA", "JNIM", "nobody known"]))
def test_claims_never_crash_on_any_text(sentence, actor):
    assert is_claim(sentence, actor) in (True, False)


def test_claims_a_neutral_source_that_alleges_is_sourcing_not_a_partys_claim():
    from pipeline.claims import is_claim
    assert not is_claim("Local reports have alleged that JNIM and ISSP have signed a truce.", "JNIM")
    assert is_claim("The CMA alleged that it had shot down a Malian jet.", "CMA")
