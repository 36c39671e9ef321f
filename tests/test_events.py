"""Events: sentences in, typed events out — including sentences that must give no event.

These are invented sentences of the kind the corpus holds, not its own sentences, so they test the general rules.
"""

from dataclasses import replace
from datetime import date

import pytest

from pipeline import extract
from pipeline.events import merge_in_document
from pipeline.records import Event

PUBLISHED = date(2024, 3, 7)  # a Thursday


def only(events):
    assert len(events) == 1, [(e.event_type, e.actor1, e.actor2, e.event_date, e.location, e.trigger) for e in events]
    return events[0]


@pytest.mark.parametrize("text, expected", [
    ("On 3 March 2024, JNIM militants attacked a Malian army camp in Boni, killing 12 soldiers.",
     dict(event_type="Battles", actor1="JNIM", actor2="Military Forces of Mali", event_date=date(2024, 3, 3),
          location="Boni", fatalities=12)),
    ("Gunmen killed five villagers in Bankass on Tuesday.",
     dict(event_type="Violence against civilians", actor1="Unidentified Armed Group", actor2="Civilians (Mali)",
          event_date=date(2024, 3, 5), fatalities=5)),
    ("A Malian helicopter was shot down by ISSP fighters near Menaka on 2 February 2024.",
     dict(event_type="Battles", actor1="Islamic State Sahel Province", actor2="Military Forces of Mali",
          event_date=date(2024, 2, 2), location="Menaka", geo_precision=2)),
    ("On 16 February 2024, Tuareg rebels of the CMA stormed a military base in the town of Bourem.",
     dict(event_type="Battles", actor1="CMA", event_date=date(2024, 2, 16), location="Bourem")),
    ("The Malian air force carried out airstrikes against JNIM positions in the Segou region on 1 March 2024.",
     dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
          actor1="Military Forces of Mali", actor2="JNIM", event_date=date(2024, 3, 1), geo_precision=3)),
])
def test_events_sentence_gives_one_typed_event(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    for field, value in expected.items():
        assert getattr(event, field) == value, (field, getattr(event, field), value)
    assert text[event.char_start:event.char_end] == event.sentence
    assert 0 <= event.confidence <= 1


@pytest.mark.parametrize("text", [
    "JNIM will likely intensify its attacks on Bamako in the coming months.",
    "The army did not attack the village on 5 March 2024.",
    "If the CMA attacks Kidal on Monday, the army will respond.",
    "Mali saw over 1,000 violent events involving militant Islamist groups in 2023.",
    "JNIM has attacked army posts across central Mali for years.",
    "Militants are expected to attack the convoy near Gao next week.",
    "The Prime Minister visited Moscow on 2 March 2024 to discuss arms deliveries.",
    "On 2 March 2024 the army took delivery of two combat helicopters and a main battle tank.",
    "On 2 March 2024 the rebels withdrew their representatives from Bamako.",
    "JNIM killed dozens of soldiers in a series of attacks across central Mali last week.",
    "Such sieges often ended on 2 March 2024 after local negotiations.",
    "On 1 March 2024 the UN published a report. JNIM has laid siege to several towns in central Mali.",
    "On 2 March 2024 the rebels claimed they had captured the camp in Bourem, but satellite images suggested otherwise.",
    "On 1 March 2024 the truce looks more fragile than ever.",
    "On 1 March 2024, air strikes against the rebels continued near Kidal.",
    "On 1 March 2024 the panel published its report. The warning comes after ISSP seized much of the Menaka region.",
    "JNIM killed at least 100 people in central Mali in the last month.",
    "More than 100 soldiers have been killed in Mali since the jihadists launched their offensive in March 2012.",
])
def test_events_non_events_give_nothing(loaded_nlp, text):
    assert extract(text, PUBLISHED) == []


def test_events_two_days_in_one_sentence_are_two_events(loaded_nlp):
    events = extract("Mortar shells hit Gao airport on the 11th and on the 14th of February.", PUBLISHED)
    assert sorted(e.event_date for e in events) == [date(2024, 2, 11), date(2024, 2, 14)]
    assert {e.event_type for e in events} == {"Explosions/Remote violence"}


def test_events_same_event_in_two_sentences_is_merged_with_both_as_evidence(loaded_nlp):
    text = ("On 2 March 2024, JNIM fighters attacked a Malian army post in Dioura. "
            "The attack on the Malian army post in Dioura on 2 March 2024 was repelled, the army said.")
    event = only(extract(text, PUBLISHED))
    assert len(event.evidence) == 2


def test_events_claim_is_flagged(loaded_nlp):
    event = only(extract("On 8 February 2024, JNIM claimed it had shot down a Malian helicopter near Segou.", PUBLISHED))
    assert event.claim is True
    assert event.event_type == "Battles"


def test_events_agreement_is_a_strategic_development(loaded_nlp):
    event = only(extract("On 16 February 2024, Mali, Niger and Burkina Faso signed a mutual defence charter in Bamako.",
                         PUBLISHED))
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Agreement")


def test_events_date_comes_from_the_clause_not_the_publication(loaded_nlp):
    event = only(extract("Militants ambushed a Malian army convoy near Douentza on 12 January 2024.", PUBLISHED))
    assert event.event_date == date(2024, 1, 12)
    assert event.date_source == "clause"


def test_events_paragraph_break_ends_a_sentence(loaded_nlp):
    text = "They killed everyone here, a witness said\n\nUPDATE, MARCH 2: Mali left the alliance."
    assert all("witness" not in e.sentence or "UPDATE" not in e.sentence for e in extract(text, PUBLISHED))
    doc = loaded_nlp(text)
    first = next(iter(doc.sents))
    assert "UPDATE" not in first.text and first.text.strip().endswith("said")


def test_events_a_word_in_lower_case_inside_a_line_never_starts_a_sentence(loaded_nlp):
    # the parser cuts transliterated names at their lower-case particles ("ul-Islam", "al-Din", "wa")
    text = ("Jihadist group Jama\u2019a Nusrat ul-Islam wa al-Muslimin said it killed ten soldiers. "
            "Ansar Dine leader Iyad ag Ghaly spoke. Then the army left.")
    starts = [s.text.split()[0] for s in loaded_nlp(text).sents]
    assert starts == ["Jihadist", "Ansar", "Then"]


def test_events_air_strikes_inside_a_battle_belong_to_it(loaded_nlp):
    text = ("On 2 March 2024, CMA fighters attacked a Malian army camp in Bourem. "
            "The Malian air force carried out airstrikes against the CMA in Bourem on 2 March 2024.")
    event = only(extract(text, PUBLISHED))
    assert event.event_type == "Battles"
    assert len(event.evidence) == 2


def test_events_later_sentence_takes_the_paragraph_date_and_place(loaded_nlp):
    text = "On 2 March 2024, JNIM fighters attacked a Malian army post in Dioura. They killed 12 soldiers."
    event = only(extract(text, PUBLISHED))
    assert (event.location, event.event_date) == ("Dioura", date(2024, 3, 2))


def test_events_countries_acting_are_their_governments_and_extra_parties_join_actor2(loaded_nlp):
    event = only(extract("On 16 February 2024, Mali, Niger and Burkina Faso signed a mutual defence charter in Bamako.",
                         PUBLISHED))
    assert (event.actor1, event.actor2, event.assoc_actor_2) == (
        "Government of Mali", "Government of Niger", "Government of Burkina Faso")


def test_events_pronoun_refers_to_the_salient_subject_not_the_last_name(loaded_nlp):
    text = ("In its statements, JNIM has focused on clashes with the Wagner Group. "
            "On 8 February 2024, it shot down a Wagner helicopter near Segou.")
    event = only(extract(text, PUBLISHED))
    assert (event.actor1, event.actor2) == ("JNIM", "Wagner Group")


def test_events_means_come_from_the_event_phrases_not_the_whole_sentence(loaded_nlp):
    shot_down = only(extract("On 8 February 2024, JNIM militants shot down a helicopter of the Malian air force "
                             "near Segou.", PUBLISHED))
    assert (shot_down.event_type, shot_down.sub_event_type) == ("Battles", "Armed clash")
    bombing = only(extract("On 8 February 2024, JNIM attacked the army base in Gao with two suicide car bombs.",
                           PUBLISHED))
    assert bombing.sub_event_type == "Suicide bomb"


def test_events_of_phrase_names_who_withdraws(loaded_nlp):
    event = only(extract("On 17 February 2024, France announced the withdrawal of Operation Barkhane from Mali.",
                         PUBLISHED))
    assert event.actor1 == "Military Forces of France"
    assert event.sub_event_type == "Change to group/activity"


def test_events_modifier_of_a_nominal_trigger_names_its_actor(loaded_nlp):
    event = only(extract("On 2 March 2024, a JNIM ambush near Douentza killed 12 soldiers.", PUBLISHED))
    assert event.actor1 == "JNIM"


def test_events_forming_an_alliance_is_an_agreement_between_the_subjects(loaded_nlp):
    event = only(extract("On 16 February 2024, Mali and Niger formed a new military alliance.", PUBLISHED))
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Agreement", "Government of Mali", "Government of Niger")


def test_events_initiator_found_when_a_long_preamble_confuses_the_subject(loaded_nlp):
    text = ("That was the second loss for the Malian air force in just one week as on 8 February 2024, "
            "militants belonging to the terrorist organization Jamaat Nusrat Al-Islam Wal-Muslimeen (JNIM), "
            "shot down a Mi-8 helicopter belonging to the Malian air force in the Segou region.")
    event = only(extract(text, PUBLISHED))
    assert (event.actor1, event.actor2) == ("JNIM", "Military Forces of Mali")


@pytest.mark.parametrize("text, expected", [
    # a state of war: its party is the subject of "be", the other side follows "with"
    ("On 3 March 2024, the CMA announced that it is in a state of war with the Malian junta.",
     dict(sub_event_type="Change to group/activity", actor1="CMA", actor2="Government of Mali")),
    # a passive without an agent: the side the victim was attacking brought it down
    ("On 2 March 2024, a Malian helicopter was shot down near Menaka while carrying out strikes against ISSP fighters.",
     dict(event_type="Battles", actor1="Islamic State Sahel Province", actor2="Military Forces of Mali")),
    # the light verb carries the target phrase
    ("On 2 March 2024, JNIM mounted a large assault on the Malian military base in the town of Boni.",
     dict(event_type="Battles", actor1="JNIM", actor2="Military Forces of Mali", location="Boni")),
    # an organisation acts on the ground through its mission; the receiving side follows "to"
    ("On 2 March 2024, the UN handed over its camp in Tessalit to the Malian army.",
     dict(sub_event_type="Non-violent transfer of territory", actor1="MINUSMA", actor2="Military Forces of Mali")),
    # a coup is the country's military against its government
    ("Soldiers overthrew President Bazoum in Niamey on 26 July 2023.",
     dict(sub_event_type="Other", actor1="Military Forces of Niger", actor2="Government of Niger")),
    # a country moving forces moves its military; leaving a country is not a party
    ("On 17 February 2024, France announced the French withdrawal from Mali.",
     dict(sub_event_type="Change to group/activity", actor1="Military Forces of France", actor2="")),
    # leaving an organisation is the government's act, with the organisation as actor2
    ("On 15 February 2024, Mali announced its withdrawal from the G5 Sahel.",
     dict(sub_event_type="Change to group/activity", actor1="Government of Mali", actor2="G5 Sahel")),
    # a force that a party arranged to bring in: an Agreement between the two, not a deployment
    ("In December 2023, the junta negotiated to have Wagner fighters deploy to Mali.",
     dict(sub_event_type="Agreement", actor1="Government of Mali", actor2="Wagner Group")),
    # a besieged town is a place, whatever its apposition says about inhabitants
    ("On 1 March 2024, JNIM imposed a blockade on Timbuktu, a city of 50,000 inhabitants.",
     dict(sub_event_type="Change to group/activity", actor1="JNIM", actor2="")),
    # "late" a month is its 25th, with week-like precision
    ("In late February 2024, JNIM fighters attacked the army camp in Boni.",
     dict(event_date=date(2024, 2, 25), time_precision=2, actor1="JNIM")),
])
def test_events_actors_follow_the_kind_of_event(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    for field, value in expected.items():
        assert getattr(event, field) == value, (field, getattr(event, field), value)


def test_events_a_claimed_deed_without_claimant_is_the_last_claimants(loaded_nlp):
    text = ("On 8 March 2024, JNIM claimed it shot down a helicopter near Gao. "
            "This mirrors an earlier claim of downing a Malian drone on 1 March 2024.")
    events = extract(text, date(2024, 3, 9))
    assert [(e.event_date, e.actor1) for e in events] == [(date(2024, 3, 8), "JNIM"), (date(2024, 3, 1), "JNIM")]


def test_events_coordinated_months_are_one_event_each(loaded_nlp):
    events = extract("Since the military coups of August 2020 and May 2021, Mali has been isolated.", PUBLISHED)
    assert [(e.event_date, e.actor1, e.actor2) for e in events] == [
        (date(2020, 8, 15), "Military Forces of Mali", "Government of Mali"),
        (date(2021, 5, 15), "Military Forces of Mali", "Government of Mali")]


def test_events_clashes_between_two_sides_name_both(loaded_nlp):
    event = only(extract("The dispute led to heavy clashes between the CMA and the army in Ber on 2 March 2024.",
                         PUBLISHED))
    assert (event.actor1, event.actor2, event.location) == ("CMA", "Military Forces of Mali", "Ber")


def test_events_undated_followup_sentence_adds_to_the_event_before_it(loaded_nlp):
    text = ("On 4 March 2024, JNIM fighters attacked an army camp in Boni. "
            "Witnesses say that the militants overran the camp, and the soldiers suffered heavy losses.")
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor1, event.fatalities) == ("Non-state actor overtakes territory", "JNIM", 10)
    assert len(event.evidence) == 2


def test_events_undated_followup_about_another_event_stays_undated(loaded_nlp):
    text = ("On 4 March 2024, JNIM fighters attacked an army camp in Boni. "
            "Separately, the army says that CMA rebels have overrun a post in Kidal.")
    event = only(extract(text, PUBLISHED))
    assert event.location == "Boni" and len(event.evidence) == 1


def test_events_the_n_countries_are_the_last_list_of_n_countries(loaded_nlp):
    text = ("The juntas of Mali, Burkina Faso and Niger seek closer ties. "
            "On 2 March 2024 a defensive pact was signed between the three countries.")
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor1, event.actor2, event.assoc_actor_2) == (
        "Agreement", "Government of Mali", "Government of Burkina Faso", "Government of Niger")


def test_events_the_day_of_the_telling_does_not_make_a_second_event(loaded_nlp):
    text = ("Gunmen opened fire on worshippers in the village of Boni on Friday and killed 16 people, "
            "the mayor told reporters on Saturday.")
    event = only(extract(text, PUBLISHED))
    assert (event.event_date, event.event_type, event.fatalities) == (date(2024, 3, 1), "Violence against civilians", 16)


def test_events_a_series_of_strikes_on_one_town_is_one_event_but_across_a_region_none(loaded_nlp):
    one = only(extract("A series of drone strikes around the town of Kidal killed 14 people on 5 March 2024.",
                       PUBLISHED))
    assert (one.event_type, one.location, one.fatalities) == ("Explosions/Remote violence", "Kidal", 14)
    assert extract("On 5 March 2024 a series of drone strikes hit targets across northern Mali.", PUBLISHED) == []


def test_events_representatives_of_countries_act_for_their_governments(loaded_nlp):
    event = only(extract("The military leaders of Niger, Burkina Faso and Mali signed a defence pact in Bamako "
                         "on 2 March 2024.", PUBLISHED))
    assert (event.actor1, event.actor2, event.assoc_actor_2, event.location) == (
        "Government of Niger", "Government of Burkina Faso", "Government of Mali", "Bamako")


def test_events_a_series_of_strikes_carried_out_takes_the_light_verbs_subject(loaded_nlp):
    event = only(extract("On 5 March 2024, the Malian army carried out a series of airstrikes against JNIM "
                         "positions near the town of Dioura.", PUBLISHED))
    assert (event.actor1, event.actor2, event.sub_event_type) == ("Military Forces of Mali", "JNIM", "Air/drone strike")


def test_events_what_happened_after_is_dated_shortly_before_the_anchor(loaded_nlp):
    text = ("The minister spoke on state television on Wednesday 6 March 2024 after the army announced that it had "
            "carried out airstrikes against JNIM in the area of Dioura.")
    event = only(extract(text, PUBLISHED))
    assert (event.event_date, event.time_precision) == (date(2024, 3, 5), 2)


def test_events_a_vague_follow_up_does_not_retype_the_event(loaded_nlp):
    text = ("A series of drone strikes around the town of Kidal killed 14 people on 5 March 2024. "
            "A second strike hit near a market.")
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.sub_event_type, len(event.evidence)) == (
        "Explosions/Remote violence", "Air/drone strike", 2)


def test_events_soldiers_killed_in_a_country_are_its_forces_not_its_state(loaded_nlp):
    event = only(extract("Twelve soldiers were killed in an ambush in Burkina Faso on 3 March 2024.", PUBLISHED))
    assert event.actor2 == "Military Forces of Burkina Faso"


@pytest.mark.parametrize("text, expected", [
    # a count of days before another event, at the start of a sentence, dates it to the week before
    ("On Sunday 3 March 2024 the army lost a post near Gao. Days earlier the rebels had attacked the town of Ber.",
     dict(trigger="attacked", location="Ber", time_precision=2, event_date=date(2024, 2, 28))),
    # a month named alone after "in"
    ("JNIM fighters killed 20 villagers in a series of attacks in February near the village of Boni.",
     dict(event_date=date(2024, 2, 15), time_precision=3, actor1="JNIM")),
    # a trigger phrase broken by a quotation mark
    ('On 2 March 2024, JNIM said it was declaring "war on the junta" in the region of Timbuktu.',
     dict(sub_event_type="Change to group/activity", actor1="JNIM")),
    # the negation of the first clause does not reach a second clause with its own subject
    ("The army has not commented, but on Monday it announced that it had used drones to target militants near Kidal.",
     dict(sub_event_type="Air/drone strike", actor1="Military Forces of Mali", event_date=date(2024, 3, 4))),
    # the subject of a passive relative clause is the noun it describes; a place left names the force that left
    ("Gunmen gathered in front of the UN camp in Tessalit that was vacated on 1 March 2024.",
     dict(sub_event_type="Change to group/activity", actor1="MINUSMA", location="Tessalit")),
    # overwhelming a base takes it
    ("On 2 March 2024 JNIM fighters overwhelmed the army base in Djibo.",
     dict(sub_event_type="Non-state actor overtakes territory", actor1="JNIM", actor2="Military Forces of Burkina Faso")),
])
def test_events_relative_times_and_clause_structure(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    for field, value in expected.items():
        assert getattr(event, field) == value, (field, getattr(event, field), value)


def test_events_quoted_first_person_is_the_speakers_side(loaded_nlp):
    text = ('"We attacked and took control of the army camp in Boni on Sunday," a spokesman for the rebel alliance, '
            'known as the CMA, told reporters. He also said they had shot down a helicopter.')
    event = only(extract(text, PUBLISHED))
    assert (event.actor1, event.actor2, event.sub_event_type) == (
        "CMA", "Military Forces of Mali", "Non-state actor overtakes territory")
    assert len(event.evidence) == 2  # "they" is the speaker's side, so the downing is the same occurrence


def test_events_a_party_that_speaks_is_not_an_event(loaded_nlp):
    event = only(extract("On 4 March 2024 the rebel alliance announced that it was resuming hostilities "
                         "with the junta.", PUBLISHED))
    assert (event.sub_event_type, event.trigger) == ("Change to group/activity", "resuming hostilities")


def test_events_the_next_paragraph_says_where_the_event_happened(loaded_nlp):
    text = ("Twelve soldiers were killed in an ambush on Sunday in northern Burkina Faso, the minister said.\n\n"
            "The ambush targeted an army patrol near the village of Dounkou, the statement said.")
    event = only(extract(text, PUBLISHED))
    assert (event.location, event.event_date, len(event.evidence)) == ("Dounkou", date(2024, 3, 3), 2)


def test_events_two_tolls_of_one_event_give_the_more_conservative(loaded_nlp):
    text = ("Gunmen killed 16 villagers in Bankass on Friday, the mayor said.\n\n"
            "A security source confirmed the attack and put the death toll at 17.")
    assert only(extract(text, PUBLISHED)).fatalities == 16


def test_events_a_later_mention_of_the_same_kind_names_the_town(loaded_nlp):
    text = ("Gunmen attacked a military camp in western Mali on Saturday, killing three soldiers, the ministry said.\n\n"
            "Residents hid in their homes.\n\n"
            "The ministry statement said the gunmen attacked the Nara camp, and the wounded were evacuated to Bamako.")
    event = only(extract(text, PUBLISHED))
    assert (event.location, event.event_date) == ("Nara", date(2024, 3, 2))


def test_events_two_towns_named_later_leave_the_event_where_it_was(loaded_nlp):
    text = ("Gunmen attacked a military camp in western Mali on Saturday, the ministry said.\n\n"
            "Witnesses said gunmen attacked a camp in Nara. Other gunmen attacked a camp in Nioro.")
    assert only(extract(text, PUBLISHED)).location == "Mali"


def test_events_a_toll_sentence_after_the_event_adds_its_dead(loaded_nlp):
    text = ("Two soldiers were killed on Sunday in an attack on their post in Boni, the army said.\n\n"
            '"The toll is two dead on the army side and five dead on the attackers\' side," it added.')
    event = only(extract(text, PUBLISHED))
    assert (event.fatalities, len(event.evidence)) == (7, 2)


@pytest.mark.parametrize("text, actor1, actor2", [
    # a country named before a noun of its forces gives that country's forces, whatever the article's focus
    ("Gunmen killed five Burkina Faso soldiers near Djibo in Mali on 2 March 2024.",
     "Unidentified Armed Group", "Military Forces of Burkina Faso"),
    # attackers described only as men are an unidentified armed group, not civilians
    ("On 2 March 2024 the patrol was attacked by a band of men riding motorcycles near Tillia in Niger.",
     "Unidentified Armed Group", ""),
])
def test_events_described_parties(loaded_nlp, text, actor1, actor2):
    event = only(extract(text, PUBLISHED))
    assert (event.actor1, event.actor2) == (actor1, actor2)


@pytest.mark.parametrize("text, trigger, expected", [
    # the event the sentence is about is dated: the one in the "after" phrase is that long before it
    ("Gunmen attacked a military camp in Nara on Saturday 2 March 2024. The raid took place three weeks after "
     "the rebels signed a peace deal with the government.", "signed", date(2024, 2, 10)),
    # a clause in the present is about now: the day of publication
    ("The incident comes two weeks after a military coup in Niger.", "coup", date(2024, 2, 22)),
])
def test_events_what_happened_a_count_before_is_dated_back_from_its_anchor(loaded_nlp, text, trigger, expected):
    event = next(e for e in extract(text, PUBLISHED) if e.trigger == trigger)
    assert event.time_precision == 2 and abs((event.event_date - expected).days) <= 3, event.event_date


def test_events_coordinated_towns_are_one_event_each_with_the_toll_shared(loaded_nlp):
    events = extract("On 2 March 2024, gunmen killed 100 people in the villages of Boni and Hombori in Mali.",
                     PUBLISHED)
    assert [(e.location, e.fatalities) for e in events] == [("Boni", 50), ("Hombori", 50)]
    one = only(extract("On 2 March 2024, the army carried out airstrikes against militants in the areas of Ber "
                       "and Goundam.", PUBLISHED))
    assert one.location == "Ber"


def test_events_an_alliance_that_acts_is_a_party_and_an_infinitive_ends_its_date(loaded_nlp):
    event = only(extract("The rebel alliance signed a landmark deal on Saturday to end years of unrest.", PUBLISHED))
    assert (event.sub_event_type, event.trigger, event.event_date) == ("Agreement", "signed", date(2024, 3, 2))


def test_events_a_headline_sums_up_the_body_and_is_no_event_of_its_own(loaded_nlp):
    text = ("Niger – Attack on army post in Tillaberi region (Daily Flash of 5 March 2024)\n\n"
            "On 3 March 2024 gunmen attacked an army post in Ayorou, killing four soldiers.")
    event = only(extract(text, PUBLISHED))
    assert (event.location, event.event_date) == ("Ayorou", date(2024, 3, 3))
    # a line that closes like a sentence is a sentence of the report, even as a paragraph of its own
    two = extract("On 5 March 2024 gunmen attacked an army post in Ayorou.\n\n"
                  "On 3 March 2024 gunmen attacked a village near Gao.", PUBLISHED)
    assert [e.event_date for e in two] == [date(2024, 3, 5), date(2024, 3, 3)]


def test_events_the_attack_named_again_later_is_the_one_already_reported(loaded_nlp):
    text = ("On 1 March 2024 gunmen attacked an army post in Ayorou, killing 17 soldiers.\n\n"
            "On 2 March 2024 the government declared three days of mourning. Officials said the soldiers had been "
            "warned of the attack in advance.")
    events = extract(text, PUBLISHED)
    attacks = [e for e in events if e.event_type == "Battles"]
    assert len(attacks) == 1 and attacks[0].event_date == date(2024, 3, 1)


@pytest.mark.parametrize("text, expected", [
    ("On 2 March 2024 French and Malian troops retook Gao from the militants.",
     ("Government regains territory", "Gao")),
    ("On 2 March 2024 the rebels took the town of Lere.",
     ("Non-state actor overtakes territory", "Lere")),
    ("On 2 March 2024 militants fleeing the town set fire to a library in Timbuktu.",
     ("Looting/property destruction", "Timbuktu")),
])
def test_events_taking_a_town_and_burning(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.location) == expected


@pytest.mark.parametrize("text", [
    "On 2 March 2024 thousands took part in a march in Bamako.",
    "On 2 March 2024 the talks took place in Algiers.",
    "On 2 March 2024 the army secured funding for new helicopters.",
])
def test_events_take_and_secure_are_events_only_with_territory(loaded_nlp, text):
    assert extract(text, PUBLISHED) == []


def test_events_a_lone_modifier_names_an_actor_only_as_listed(loaded_nlp):
    event = only(extract("On 2 March 2024 militants shelled the local airport in Timbuktu.", PUBLISHED))
    assert event.actor2 == ""


@pytest.mark.parametrize("text, actor1, actor2", [
    ("On 2 March 2024 suspected Islamic extremists attacked an army post in Boni, killing 12 soldiers.",
     "Unidentified Armed Group", "Military Forces of Mali"),
    ("On 2 March 2024 an attack by armed militia groups killed 20 villagers in Bankass.",
     "Unidentified Armed Group", "Civilians (Mali)"),
    # named or described actors come before the head noun's guess
    ("On 2 March 2024 JNIM extremists attacked an army post in Boni.", "JNIM", "Military Forces of Mali"),
])
def test_events_a_head_noun_of_an_armed_group_nobody_named(loaded_nlp, text, actor1, actor2):
    event = only(extract(text, PUBLISHED))
    assert (event.actor1, event.actor2) == (actor1, actor2)


def test_events_soldiers_are_those_of_the_country_where_the_event_took_place(loaded_nlp):
    text = ("Violence continues in Mali, where gunmen killed ten villagers in Bankass on 1 March 2024.\n\n"
            "On 2 March 2024 an attack by armed groups on a military post in Ayorou (Tillaberi, Niger) killed "
            "17 soldiers.")
    event = next(e for e in extract(text, PUBLISHED) if e.location == "Ayorou")
    assert event.actor2 == "Military Forces of Niger"


@pytest.mark.parametrize("text, actor1, actor2", [
    # an actor that spec/actors.md does not list is named in the fullest form the article writes
    ("On 2 March 2024 the group known as MUJAO (the Movement for Unity and Jihad in West Africa) attacked an army "
     "post in Boni.", "Movement for Unity and Jihad in West Africa", "Military Forces of Mali"),
    ("On 2 March 2024 MUJAO attacked an army post in Boni.", "MUJAO", "Military Forces of Mali"),
    # a spec actor keeps its canonical name, whatever the article calls it
    ("On 2 March 2024 the Group for Support of Islam and Muslims attacked an army post in Boni.", "JNIM",
     "Military Forces of Mali"),
])
def test_events_actors_outside_the_spec_table_are_named_as_written(loaded_nlp, text, actor1, actor2):
    event = only(extract(text, PUBLISHED))
    assert (event.actor1, event.actor2) == (actor1, actor2)


@pytest.mark.parametrize("text, sub_event_type, actor2", [
    ("On 2 March 2024 JNIM took full control of Boni from the army.", "Non-state actor overtakes territory",
     "Military Forces of Mali"),
    ("On 2 March 2024 the army seized the town of Boni from JNIM.", "Government regains territory", "JNIM"),
])
def test_events_a_place_taken_from_a_side_names_the_loser(loaded_nlp, text, sub_event_type, actor2):
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor2, event.location) == (sub_event_type, actor2, "Boni")


@pytest.mark.parametrize("text, expected", [
    ("On 2 March 2024 militants destroyed three mausoleums in Timbuktu.", "Looting/property destruction"),
    ("On 2 March 2024 militants attacked the shrines of Timbuktu.", "Looting/property destruction"),
    ("On 2 March 2024 militants attacked a military post in Timbuktu.", "Armed clash"),
])
def test_events_destroying_property_is_property_destruction(loaded_nlp, text, expected):
    assert only(extract(text, PUBLISHED)).sub_event_type == expected


@pytest.mark.parametrize("text", [
    "On 2 March 2024 the army destroyed its own records.",
    "The objective is to retake Kidal, a military source said on 2 March 2024.",
])
def test_events_purposes_and_ordinary_objects_are_no_events(loaded_nlp, text):
    assert extract(text, PUBLISHED) == []


def test_events_a_deployment_to_retake_a_town_is_a_deployment_and_the_killing_before_it_its_own_event(loaded_nlp):
    text = ("GAO, Mali - Mali sent in troops on 3 March 2024 to retake Kidal from the rebels after six civilians "
            "were killed in an attack on the governor's office.")
    events = {e.sub_event_type: e for e in extract(text, PUBLISHED)}
    assert set(events) == {"Change to group/activity", "Attack"}
    sent, killed = events["Change to group/activity"], events["Attack"]
    assert (sent.actor1, sent.actor2, sent.fatalities) == ("Military Forces of Mali", "", None)
    assert (killed.actor2, killed.fatalities) == ("Civilians (Mali)", 6)
    assert killed.actor1 != "Government of Mali"


def test_events_troops_sent_to_a_town_are_deployed_there(loaded_nlp):
    event = only(extract("France sent 500 troops to Gao on 3 March 2024.", PUBLISHED))
    assert (event.actor1, event.actor2, event.location) == ("Military Forces of France", "", "Gao")


def test_events_a_headline_after_a_dateline_dash_is_still_a_headline(loaded_nlp):
    text = ("Niger – Violent attack against civilians in Tahoua region (ECHO Daily Flash of 4 March 2024)\n\n"
            "Gunmen killed ten villagers in Tillia on 3 March 2024.")
    assert [e.location for e in extract(text, PUBLISHED)] == ["Tillia"]


def test_events_an_attack_claimed_later_is_the_claimants(loaded_nlp):
    text = ("Gunmen attacked an army post in Boni on 3 March 2024, killing five soldiers.\n\n"
            "JNIM claimed responsibility for the attack on 4 March 2024.")
    assert only(extract(text, PUBLISHED)).actor1 == "JNIM"


@pytest.mark.parametrize("text, actor1", [
    # a participle that says who did it or who claimed it, on the attack or past the place it hangs from
    ("A military camp in Boni was struck on 3 March 2024 by an attack carried out by jihadists from JNIM.", "JNIM"),
    ("Two peacekeepers were killed on 3 March 2024 in a rocket attack on a UN base in northern Mali claimed by the "
     "jihadist Ansar Dine group.", "Ansar Dine"),
    # a reporting party that lays the attack at a group's door
    ("Forty soldiers were killed in an attack near Tessit on 3 March 2024, the government said, blaming the Islamic "
     "State in the Greater Sahara.", "Islamic State Sahel Province"),
    # a guess is no doer, and unnamed men are no civilians doing it
    ("Gunmen attacked an army post in Boni on 3 March 2024. The attack was very probably carried out by JNIM.",
     "Unidentified Armed Group"),
    ("Forty soldiers were killed in an attack in Boni on 3 March 2024 carried out by unidentified men.",
     "Unidentified Armed Group"),
])
def test_events_who_carried_out_claimed_or_is_blamed_for_an_attack_did_it(loaded_nlp, text, actor1):
    assert only(extract(text, PUBLISHED)).actor1 == actor1


def test_events_a_claim_of_the_attack_is_the_last_told_not_one_recalled_in_between(loaded_nlp):
    text = ("Gunmen attacked a border post in Kafolo on 3 March 2024.\n\n"
            "It is the first assault in the country since March 2016, when a raid on Grand-Bassam left 19 dead.\n\n"
            "Thursday's attack targeted the post at Kafolo, killing ten soldiers.\n\n"
            "The attack was carried out by dozens of fighters from JNIM, a source said.")
    events = {e.event_date.year: e.actor1 for e in extract(text, PUBLISHED)}
    assert events == {2024: "JNIM", 2016: "Unidentified Armed Group"}


def test_events_nobody_claiming_an_attack_leaves_it_unidentified(loaded_nlp):
    text = ("Gunmen attacked an army post in Boni on 3 March 2024, killing five soldiers. "
            "No group has claimed responsibility for the attack.")
    assert only(extract(text, PUBLISHED)).actor1 == "Unidentified Armed Group"


@pytest.mark.parametrize("text, expected", [
    ("Around 200 people took to the streets of Niamey on 3 March 2024 to demand the army's departure.",
     ("Protests", "Peaceful protest", "Protesters (Niger)", "")),
    # the crowd first, as the gold of sets 7 and 19 codes force against protesters
    ("Police fired on demonstrators in Conakry on 3 March 2024, killing three.",
     ("Protests", "Excessive force against protesters", "Protesters (Guinea)", "Police Forces of Guinea")),
])
def test_events_protests_and_force_against_them(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.sub_event_type, event.actor1, event.actor2) == expected


def test_events_where_a_toll_was_announced_is_not_where_the_event_was(loaded_nlp):
    text = ("The bomb exploded in the town of Agadez, killing 20 soldiers, the minister said at a press conference "
            "in Niamey on 3 March 2024.")
    assert only(extract(text, PUBLISHED)).location == "Agadez"


def test_events_a_toll_given_in_a_statement_is_no_second_event(loaded_nlp):
    text = ('"On Friday, hundreds of assailants attacked" the army position in Bosso, the ministry said in a '
            'statement on 2 March 2024, giving a provisional toll of 32 soldiers killed.')
    assert only(extract(text, PUBLISHED)).fatalities == 32


def test_events_an_event_placed_only_in_the_country_is_where_the_report_opened(loaded_nlp):
    text = ("Gunmen seized a hotel in the town of Sevare in central Mali on 1 March 2024.\n\n"
            "The attackers stormed the Byblos Hotel at dawn on 2 March 2024, killing twelve people.")
    assert {e.location for e in extract(text, PUBLISHED)} == {"Sevare"}


def test_events_the_attack_happening_on_an_earlier_day_redates_the_event_told(loaded_nlp):
    text = ("Gunmen have killed nine villagers in southeastern Niger, the governor said on 5 March 2024.\n\n"
            "The attack happened on 3 March 2024 in the village of Ngalewa, he told state TV.\n\n"
            "The mayor said the attack happened on 3 March 2024 in the evening.")
    event = only(extract(text, PUBLISHED))
    assert (event.event_date, event.fatalities, len(event.evidence)) == (date(2024, 3, 3), 9, 3)


def test_events_a_second_attack_on_another_day_is_its_own_event(loaded_nlp):
    text = ("Gunmen killed nine villagers in Ngalewa on 3 March 2024.\n\n"
            "Another attack on 5 March 2024 killed four soldiers in Bosso.")
    assert sorted(e.event_date.day for e in extract(text, PUBLISHED)) == [3, 5]


@pytest.mark.parametrize("text, expected", [
    ("On 5 March 2024 an operation by armed men led to the massive killing of local population in Djibo.",
     ("Violence against civilians", "Civilians (Burkina Faso)")),
    ("Gunmen shot dead three soldiers in Djibo on 5 March 2024.", ("Battles", "Military Forces of Burkina Faso")),
    ("Militants slit the throats of nine villagers in Djibo on 5 March 2024.",
     ("Violence against civilians", "Civilians (Burkina Faso)")),
])
def test_events_more_ways_of_killing(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.actor2) == expected


def test_events_killings_named_in_an_allegation_are_no_event(loaded_nlp):
    text = ("On 5 March 2024 the junta suspended two broadcasters, rejecting allegations of civilian killings by "
            "the army.")
    assert all(e.event_type == "Strategic developments" for e in extract(text, PUBLISHED))


@pytest.mark.parametrize("text, expected", [
    ("Militants struck an army post in Djibo overnight Saturday.", [("Battles", date(2024, 3, 2))]),
    ("The attackers struck in the village of Djibo on 2 March 2024.", [("Battles", date(2024, 3, 2))]),
    ("The two sides struck a deal in Djibo on 2 March 2024.", []),
])
def test_events_striking_is_an_attack_but_striking_a_deal_is_not(loaded_nlp, text, expected):
    assert [(e.event_type, e.event_date) for e in extract(text, PUBLISHED)] == expected


def test_events_the_country_across_the_border_is_not_the_events_place(loaded_nlp):
    text = "On 2 March 2024 JNIM attacked a military base in central Mali, near the border with Burkina Faso."
    event = only(extract(text, PUBLISHED))
    assert (event.country, event.actor2) == ("Mali", "Military Forces of Mali")


def test_events_the_opening_town_comes_from_the_first_paragraph_of_prose_only(loaded_nlp):
    text = ("Violence is rising in central Mali, officials said on 1 March 2024.\n\n"
            "Gunmen attacked Boni on 2 March 2024.\n\n"
            "In a separate attack on 3 March 2024, militants killed four soldiers.")
    third = next(e for e in extract(text, PUBLISHED) if e.event_date == date(2024, 3, 3))
    assert third.location != "Boni"


@pytest.mark.parametrize("text, expected", [
    ("Niger's army repelled an attack by Boko Haram on the town of Diffa on 3 March 2024.",
     ("Boko Haram", "Military Forces of Niger")),
    ("Malian troops beat back jihadists who stormed their base in Boni on 3 March 2024.",
     ("Unidentified Armed Group", "Military Forces of Mali")),
])
def test_events_the_side_a_defender_drives_back_began_the_fight(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.actor1, event.actor2) == ("Battles", *expected)


def test_events_a_descriptor_names_its_actor_only_in_that_actors_country(loaded_nlp):
    mali = "Tuareg separatists attacked an army post in Anefis in Mali on 3 March 2024."
    senegal = "The separatists attacked an army post in Ziguinchor in Senegal on 3 March 2024."
    assert only(extract(mali, PUBLISHED)).actor1 == "CMA"
    assert only(extract(senegal, PUBLISHED)).actor1 != "CMA"


@pytest.mark.parametrize("text, actor2", [
    ("Gunmen on motorcycles killed six French aid workers near Koure in Niger on 3 March 2024.", "Civilians (Niger)"),
    ("Attackers fired at hotel guests in Grand-Bassam in Ivory Coast on 3 March 2024.", "Civilians (Ivory Coast)"),
])
def test_events_aid_workers_and_hotel_guests_are_civilians(loaded_nlp, text, actor2):
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.actor2) == ("Violence against civilians", actor2)


@pytest.mark.parametrize("text", [
    "Niger is ruled by military leaders who seized power in a coup on 3 March 2024.",
    "Soldiers seized power in Conakry on 3 March 2024.",
])
def test_events_seizing_power_is_a_coup_not_a_battle(loaded_nlp, text):
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Other")
    assert event.actor1.startswith("Military Forces of") and event.actor2.startswith("Government of")


def test_events_an_attack_that_kills_is_its_attackers_and_civilians_among_the_dead_join_the_battle(loaded_nlp):
    text = ("An attack by jihadists on a gendarme post in Inata in Burkina Faso killed 19 officers and one civilian "
            "on 3 March 2024.")
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.actor1, event.actor2) == (
        "Battles", "Unidentified Armed Group", "Police Forces of Burkina Faso")


def test_events_the_rebel_alliance_of_a_conjoined_verb_is_still_the_rebels(loaded_nlp):
    text = ("The CMA said on 1 March 2024 that it had left the peace process.\n\n"
            "Days earlier the rebel alliance had announced it was resuming hostilities with the government, and on "
            "5 March 2024 had clashed with the military in the town of Bourem.")
    clash = next(e for e in extract(text, PUBLISHED) if e.event_type == "Battles")
    assert (clash.actor1, clash.actor2) == ("CMA", "Military Forces of Mali")


def test_events_a_vehicle_that_hits_a_mine_is_the_victim_and_the_mine_the_means(loaded_nlp):
    event = only(extract("A bus struck a landmine near Boni on 3 March 2024, killing 14 passengers.", PUBLISHED))
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group", "Civilians (Mali)")


def test_events_a_vehicle_that_hits_explosives_is_hit_by_a_remote_explosive(loaded_nlp):
    text = "Two soldiers were wounded on 3 March 2024 after their vehicle hit explosives near Boni."
    assert only(extract(text, PUBLISHED)).sub_event_type == "Remote explosive/landmine/IED"


def test_events_a_dateline_town_after_a_slash_places_the_report(loaded_nlp):
    text = ("Tehini/Cote d'Ivoire — Three Ivorian soldiers were killed on patrol on 3 March 2024 when their convoy "
            "was ambushed, the ministry said.")
    event = only(extract(text, PUBLISHED))
    assert (event.location, event.country, event.actor2) == ("Tehini", "Ivory Coast", "Military Forces of Ivory Coast")


def test_events_a_when_clause_is_dated_by_the_time_it_describes(loaded_nlp):
    text = ("It is the first assault on Ivorian soil since March 2016, when a raid on the beach resort of "
            "Grand-Bassam left 19 people dead.")
    event = only(extract(text, PUBLISHED))
    assert (event.event_date, event.time_precision, event.location) == (date(2016, 3, 15), 3, "Grand-Bassam")


def test_events_a_weekend_retreat_is_a_place_not_a_time(loaded_nlp):
    text = ("Gunmen attacked the beach resort of Grand-Bassam in Ivory Coast on 3 March 2024.\n\n"
            "Fourteen civilians have been killed in the resort following an attack on the popular weekend retreat.")
    assert [e.event_date for e in extract(text, PUBLISHED)] == [date(2024, 3, 3)]


def test_events_an_event_placed_in_the_country_and_then_at_a_town_the_same_day_is_one(loaded_nlp):
    text = ("Dozens of suspected jihadists attacked a frontier post in Ivory Coast on 3 March 2024, killing ten "
            "soldiers.\n\n"
            "The attack on 3 March 2024 targeted an Ivorian army post at Kafolo, a source said.")
    event = only(extract(text, PUBLISHED))
    assert (event.location, event.event_date, len(event.evidence)) == ("Kafolo", date(2024, 3, 3), 2)


def test_events_two_fights_in_one_region_on_one_day_stay_two(loaded_nlp):
    text = ("CMA fighters attacked the army camp in Bourem on 3 March 2024.\n\n"
            "On 3 March 2024 the CMA also shot down a Malian jet in the Gao region.")
    assert len(extract(text, PUBLISHED)) == 2


def test_events_an_attack_that_killed_is_the_attackers_not_the_camp_attacked(loaded_nlp):
    text = ("The UN chief condemned the mortar attack against the MINUSMA camp that killed two peacekeepers in "
            "Aguelhok on 3 March 2024.")
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Shelling/artillery/missile attack", "Unidentified Armed Group", "MINUSMA")


def test_events_a_bomb_that_kills_is_no_stand_in_for_the_actor_before_it(loaded_nlp):
    text = "MINUSMA reports that an improvised explosive device killed one soldier near Boni on 3 March 2024."
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.actor1) == ("Explosions/Remote violence", "Unidentified Armed Group")


def test_events_officials_seized_by_soldiers_are_arrested(loaded_nlp):
    text = ("The president and the prime minister were seized by the military on 3 March 2024 and taken to a "
            "military base in Kati.")
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Arrests", "Military Forces of Mali", "Government of Mali")


def test_events_victims_counted_with_a_subset_aside_are_the_whole_toll(loaded_nlp):
    text = ("A rights group counted 136 civilians, including 50 women and 21 children, killed on 1 March 2024 in the "
            "village of Karma in Burkina Faso by men wearing army fatigues.")
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.actor2, event.location, event.fatalities) == (
        "Violence against civilians", "Civilians (Burkina Faso)", "Karma", 136)


def test_events_a_destruction_and_an_abduction_by_the_same_hands_are_two_events(loaded_nlp):
    text = ("Suspected militants set fire to the mayor's office and kidnapped one person in the town of Boni in "
            "Burkina Faso on 4 March 2024.")
    found = sorted((e.sub_event_type, e.actor2) for e in extract(text, PUBLISHED))
    assert found == [("Abduction/forced disappearance", "Civilians (Burkina Faso)"),
                     ("Looting/property destruction", "")]


def test_events_each_town_of_a_list_the_parser_cut_apart_is_its_own_event(loaded_nlp):
    text = ("The attacks on 3 March 2024 targeted Diboli in western Mali near the border with Senegal, and the nearby "
            "towns of Kayes and Sandere.")
    assert sorted(e.location for e in extract(text, PUBLISHED)) == ["Diboli", "Kayes", "Sandare"]


def test_events_attacks_claimed_before_they_are_told_and_their_target_named_once(loaded_nlp):
    text = ("Mali's army said on 4 March 2024 it had repelled a series of coordinated attacks on military posts.\n\n"
            "JNIM earlier claimed responsibility for the coordinated attacks.\n\n"
            "The attacks on 3 March 2024 targeted the towns of Kayes and Niono.")
    found = {(e.location, e.actor1, e.actor2) for e in extract(text, PUBLISHED) if e.event_date == date(2024, 3, 3)}
    assert found == {("Kayes", "JNIM", "Military Forces of Mali"), ("Niono", "JNIM", "Military Forces of Mali")}


@pytest.mark.parametrize("text", [
    "On 3 March 2024 demonstrators attacked the parliament in Bamako while police fired tear gas to disperse them.",
    ("Friday's protest on 1 March 2024 later descended into chaos as demonstrators blocked roads, attacked the "
     "parliament and stormed the state broadcaster in Bamako while police fired tear gas."),
])
def test_events_violence_by_a_crowd_is_a_riot_against_the_police_present(loaded_nlp, text):
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.sub_event_type, event.actor1, event.actor2) == (
        "Riots", "Violent demonstration", "Rioters (Mali)", "Police Forces of Mali")


def test_events_a_word_of_a_persons_name_is_no_town_elsewhere(loaded_nlp):
    text = ("President Ibrahim Boubacar Keita spoke on 1 March 2024.\n\n"
            "On 2 March 2024 thousands protested in Bamako after the coalition rejected concessions from Keita.")
    assert {e.location for e in extract(text, PUBLISHED)} == {"Bamako"}


def test_events_a_regime_and_its_forces_fight_as_its_military(loaded_nlp):
    drone = "Drone strikes by Mali's military regime killed eight rebel leaders in Tinzaouatine on 3 March 2024."
    event = only(extract(drone, PUBLISHED))
    assert (event.sub_event_type, event.actor1, event.fatalities) == ("Air/drone strike", "Military Forces of Mali", 8)
    told = ("The French government on 4 March 2024 stated that its forces had killed more than 50 jihadists in "
            "airstrikes near Menaka.")
    assert only(extract(told, PUBLISHED)).actor1 == "Military Forces of France"


def test_events_later_that_evening_is_the_day_told_before(loaded_nlp):
    text = ("Gunmen abducted five workers from a construction site near Kwala on 2 March 2024.\n\n"
            "The victims were working on road construction, an official said.\n\n"
            "Later that evening, gunmen attacked a road checkpoint in the San region and killed three civilians.")
    assert {e.event_date for e in extract(text, PUBLISHED)} == {date(2024, 3, 2)}


@pytest.mark.parametrize("text, expected", [
    ("The men destroyed equipment including a crane and dump trucks near Kwala on 2 March 2024.",
     ("Looting/property destruction", "Unidentified Armed Group")),
    ("Tuesday's blast near Douentza on 5 March 2024 killed 14 passengers.",
     ("Remote explosive/landmine/IED", "Unidentified Armed Group")),
])
def test_events_destroyed_equipment_and_a_blast(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor1) == expected


def test_events_a_convoy_that_suffers_attacks_is_their_target(loaded_nlp):
    text = "On 3 March 2024 the last MINUSMA convoy left Kidal and suffered two IED attacks on the way to Gao."
    event = only([e for e in extract(text, PUBLISHED) if e.event_type != "Strategic developments"])
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Remote explosive/landmine/IED", "Unidentified Armed Group", "MINUSMA")


@pytest.mark.parametrize("text, expected", [
    ("The military rulers of Mali ended the peace deal with the rebels on 3 March 2024.",
     [("Change to group/activity", "Government of Mali")]),
    ("The CMA signed a peace deal with the government in Algiers on 3 March 2024.", [("Agreement", "CMA")]),
    ("On 3 March 2024 the rebels accused the government of abandonment of the peace deal.", []),
])
def test_events_a_peace_deal_is_an_event_when_made_or_ended(loaded_nlp, text, expected):
    assert [(e.sub_event_type, e.actor1) for e in extract(text, PUBLISHED)] == expected


def test_events_people_seized_are_abducted_and_a_town_near_the_village_is_no_second_event(loaded_nlp):
    seized = "Gunmen seized about 20 people in the village of Farabougou on 3 March 2024."
    assert only(extract(seized, PUBLISHED)).sub_event_type == "Abduction/forced disappearance"
    near = ("The kidnapping occurred on 3 March 2024 during a weekly market in the village of Farabougou, near the "
            "central Malian town of Niono.")
    assert [e.location for e in extract(near, PUBLISHED)] == ["Farabougou"]


@pytest.mark.parametrize("text, location", [
    ("Most of the dead were in the city of Agadez, about 900 kilometers northeast of the capital, where a bomber "
     "detonated a car inside the camp on 2 March 2024, killing 20 soldiers.", "Agadez"),
    ("The fighting was in the town of Djibo, some 200 km north of Ouagadougou, where gunmen attacked a post on "
     "2 March 2024.", "Djibo"),
    ("Gunmen attacked a post 30 km north of Gao on 2 March 2024.", "Gao"),  # the only place named
])
def test_events_a_place_that_only_measures_where_another_lies_is_not_the_events(loaded_nlp, text, location):
    assert [e.location for e in extract(text, PUBLISHED)] == [location]


@pytest.mark.parametrize("text", [
    "On 5 March 2024 the former minister and his aides were charged with murder, sexual violence, torture, abduction and kidnapping.",
    "A court in Bamako on 5 March 2024 convicted the colonel of kidnapping and torture.",
])
def test_events_crimes_named_in_a_charge_are_no_event(loaded_nlp, text):
    assert extract(text, PUBLISHED) == []


@pytest.mark.parametrize("text, expected", [
    ("Hundreds of people gathered in front of the parliament in Bamako in protest on 5 March 2024.",
     ("Protests", "Protesters (Mali)", "Bamako")),
    ("Angry demonstrators stoned the town hall of Gao on 5 March 2024.", ("Riots", "Rioters (Mali)", "Gao")),
    ("On 5 March 2024 youths threw stones at police in Kayes.", ("Riots", "Rioters (Mali)", "Kayes")),
])
def test_events_a_gathering_in_protest_and_a_stoning_crowd(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.actor1, event.location) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Nigerian military killed seven children in an air attack on the village of Dan Issa in Niger on "
     "Friday 1 March 2024.", ("Air/drone strike", "Military Forces of Nigeria")),
    ("A drone attack by the Malian army killed 12 people at a market in Aguelhok on 4 March 2024.",
     ("Air/drone strike", "Military Forces of Mali")),
])
def test_events_air_attacks_and_the_forces_of_neighbours(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor1) == expected


def test_events_a_known_attack_dated_later_takes_the_actors_told_without_a_date(loaded_nlp):
    text = ("The Malian army has killed four herders in a drone attack in the Mopti region, officials say.\n\n"
            "The attack took place near the village of Boni on Friday 1 March 2024, a local official said.")
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor1, event.actor2, event.event_date, event.location) == (
        "Air/drone strike", "Military Forces of Mali", "Civilians (Mali)", date(2024, 3, 1), "Boni")


@pytest.mark.parametrize("telling", [
    "Officials said the attack happened on Monday in the Mopti region.",
    "Residents said the assault took place on Monday near Bankass.",
])
def test_events_a_known_attack_said_to_have_happened_takes_what_was_told_without_a_date(loaded_nlp, telling):
    # the mention that names the victims and the toll has no date; the one that dates it is "the attack happened"
    text = "Gunmen on motorbikes shot dead 14 villagers attending a wedding in central Mali.\n\n" + telling
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.actor1, event.actor2, event.event_date, event.fatalities) == (
        "Violence against civilians", "Unidentified Armed Group", "Civilians (Mali)", date(2024, 3, 4), 14)


def test_events_a_lead_dated_by_its_telling_is_the_attack_the_body_dates_in_the_week_before(loaded_nlp):
    text = ("Twelve people died when suspected jihadists attacked a village in central Mali, officials said on "
            "Wednesday.\n\nGunmen attacked the village of Boni on Monday, killing twelve people, the mayor said.")
    event = only(extract(text, PUBLISHED))
    assert (event.event_date, event.location, event.fatalities) == (date(2024, 3, 4), "Boni", 12)


def test_events_an_attack_dated_weeks_before_the_telling_stays_another_event(loaded_nlp):
    text = ("Twelve soldiers were killed in an attack in central Mali, officials said on Wednesday.\n\n"
            "On 20 February, gunmen attacked an army post in Boni, killing three soldiers.")
    assert sorted(e.event_date for e in extract(text, PUBLISHED)) == [date(2024, 2, 20), date(2024, 3, 6)]


def test_events_the_district_a_village_lies_in_is_no_second_place(loaded_nlp):
    text = ('Gunmen on motorbikes attacked the village of Boni in Douentza district on Tuesday morning, "killing six '
            'people, including the village chief", an official said.')
    event = only(extract(text, PUBLISHED))
    assert (event.location, event.fatalities) == ("Boni", 6)


@pytest.mark.parametrize("text", [
    "At least three civilians were killed in the village of Boni on Saturday night.\n\nArmed men stormed parts of "
    "the village of Boni on Saturday night. Houses were burned and livestock taken away, witnesses said.",
    "Armed men stormed the village of Boni on Saturday and burned houses.",
])
def test_events_the_burning_and_fighting_told_of_an_attack_on_civilians_are_that_attack(loaded_nlp, text):
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.event_date, event.location) == ("Attack", date(2024, 3, 2), "Boni")


def test_events_a_battle_with_two_sides_stays_beside_an_attack_on_civilians_the_same_day(loaded_nlp):
    text = ("Malian soldiers clashed with JNIM fighters in Boni on Saturday. Gunmen also killed three civilians in "
            "Boni on Saturday.")
    assert sorted(e.sub_event_type for e in extract(text, PUBLISHED)) == ["Armed clash", "Attack"]


def test_events_a_participle_of_an_event_noun_takes_its_means(loaded_nlp):
    text = "On Friday, JNIM claimed responsibility for a mine attack near Kidal targeting Chadian troops."
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor1) == ("Remote explosive/landmine/IED", "JNIM")


def test_events_a_known_attack_takes_no_actors_from_a_different_kind_of_event(loaded_nlp):
    text = ("JNIM has signed a truce with the army, officials say.\n\n"
            "The attack took place near the village of Boni on Friday 1 March 2024.")
    event = only(extract(text, PUBLISHED))
    assert event.actor1 != "JNIM"


def test_events_an_event_that_is_the_latest_of_a_series_is_still_an_event(loaded_nlp):
    text = ("Two explosions killed 15 soldiers in Djibo on Tuesday, the army said, the latest in a series of such "
            "attacks as the country battles an insurgency.")
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.fatalities, event.event_date) == ("Explosions/Remote violence", 15, date(2024, 3, 5))


@pytest.mark.parametrize("text, expected", [
    ("An ambush took the lives of four soldiers near Djibo on Tuesday.", ("Battles", "Military Forces of Burkina Faso", 4)),
    ("A Swiss woman was kidnapped by gunmen in Agadez, Niger, on Sunday.",
     ("Violence against civilians", "Civilians (Niger)", None)),
    ("Unidentified men abducted an Italian priest from his parish in Niger on Tuesday.",
     ("Violence against civilians", "Civilians (Niger)", None)),
])
def test_events_lives_taken_and_foreigners_seized_are_civilians(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.actor2, event.fatalities) == expected


def test_events_raids_a_base_is_used_to_launch_are_no_event(loaded_nlp):
    text = ("A report released on 6 March 2024 said militias were using Liberia as a staging ground to launch "
            "cross-border raids.")
    assert extract(text, PUBLISHED) == []


def test_events_the_attack_retells_a_massacre_dated_only_by_its_telling(loaded_nlp):
    text = ("The government vowed on Sunday to punish those responsible for the execution of 13 villagers in "
            "Casamance, Senegal.\n\nThe attack happened on Saturday in the village of Bignona.")
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.event_date, event.location) == (
        "Violence against civilians", date(2024, 3, 2), "Bignona")


def test_events_a_saying_set_off_after_the_event_dates_only_the_telling(loaded_nlp):
    text = "Mauritanian authorities have arrested former minister Ahmed Ould Sidi Baba, one of his lawyers said on Wednesday."
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.date_source) == ("Arrests", "clause (the day of the telling)")


def test_events_a_deed_joined_to_a_charge_is_still_a_deed(loaded_nlp):
    text = "The former minister was indicted in January and placed under house arrest in February 2024 in Bamako."
    assert [e.sub_event_type for e in extract(text, PUBLISHED)] == ["Arrests"]


@pytest.mark.parametrize("text, expected", [
    ("On Monday, four lorry drivers from neighbouring Guinea were kidnapped by gunmen in Mali.",
     ("Mali", "Civilians (Mali)")),
    ("Gunmen on Saturday kidnapped a Romanian engineer from a gold mine in northern Niger.",
     ("Niger", "Civilians (Niger)")),
])
def test_events_victims_are_civilians_of_the_events_country_not_of_their_origin(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.country, event.actor2) == expected


@pytest.mark.parametrize("text, actor1", [
    ("Mali's military said it had carried out airstrikes near Nioro on Sunday.", "Military Forces of Mali"),
    ("Niger's armed forces said they had killed 20 militants near Tillaberi on Sunday.", "Military Forces of Niger"),
    ("JNIM said on Sunday they killed ten soldiers in an ambush near Djibo.", "JNIM"),
])
def test_events_a_pronoun_under_saying_is_the_speaker_and_a_countrys_military_its_forces(loaded_nlp, text, actor1):
    assert only(extract(text, PUBLISHED)).actor1 == actor1


def test_events_a_dated_verb_retells_the_undated_lead_with_its_actors_and_town(loaded_nlp):
    text = ("Burkinabe troops have recaptured the town of Djibo in northern Burkina Faso from jihadists.\n\n"
            "A resident told AFP the town was recaptured on Monday, a week after the jihadists seized control.")
    found = {(e.sub_event_type, e.actor1, e.location, e.event_date) for e in extract(text, PUBLISHED)}
    assert found == {("Government regains territory", "Military Forces of Burkina Faso", "Djibo", date(2024, 3, 4)),
                     ("Non-state actor overtakes territory", "Unidentified Armed Group", "Djibo", date(2024, 2, 26))}


def test_events_a_dated_verb_with_a_counted_target_is_no_retelling(loaded_nlp):
    text = ("Malian soldiers have killed dozens of jihadists near Boni, the army says.\n\n"
            "Three peacekeepers were killed in Gao on Sunday, the UN mission said.")
    assert only(extract(text, PUBLISHED)).actor1 != "Military Forces of Mali"


def test_events_a_clause_describing_the_attackers_names_none_of_them(loaded_nlp):
    text = ("Nigerien troops repelled the gunmen who stormed a police post in Niamey on Monday after clashes that "
            "killed some soldiers, officials said.")
    event = only(extract(text, PUBLISHED))
    assert (event.actor1, event.event_type) == ("Unidentified Armed Group", "Battles")


def test_events_a_fight_that_took_a_base_is_its_taking(loaded_nlp):
    text = "The base in Diapaga was seized by ISSP fighters on Sunday, who attacked a police station as well."
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor1) == (
        "Non-state actor overtakes territory", "Islamic State Sahel Province")


def test_events_who_after_a_day_stands_for_the_people_before_it(loaded_nlp):
    from pipeline.events import argument_tokens
    from pipeline.lexicon import default_lexicon
    doc = loaded_nlp("Gunmen stormed the market of Diapaga at dawn on Sunday, who killed three traders.")
    killed = next(t for t in doc if t.text == "killed")
    agents, _ = argument_tokens(killed, default_lexicon())
    assert [a.text for a in agents] == ["Gunmen"]


def test_events_an_indefinite_group_is_a_new_one_not_the_last_named(loaded_nlp):
    text = ("Ansar Dine fighters attacked Gao on Saturday.\n\n"
            "An al-Qaeda-linked group said on Sunday that they had executed a hostage in Kidal.")
    killing = next(e for e in extract(text, PUBLISHED) if e.location == "Kidal")
    assert killing.actor1 == "Unidentified Armed Group"


def test_events_a_place_after_pro_or_anti_is_a_side_not_the_events_place(loaded_nlp):
    text = ("ISSP militants killed a commander of the MSA, a pro-Bamako militia, on 1 March 2024 in the village of "
            "Tamalat in Mali.")
    assert only(extract(text, PUBLISHED)).location != "Bamako"


@pytest.mark.parametrize("text, expected", [
    # violence by no one named, among no armed party, in a sentence of an election, a verdict or protests
    ("At least two people were killed in clashes during Ivory Coast's presidential election on Saturday.",
     ("Riots", "Rioters (Ivory Coast)", "")),
    ("Nine people have died in clashes across Senegal, officials said on Wednesday, after a court sentenced the "
     "opposition leader.", ("Riots", "Rioters (Senegal)", "")),
    # a crowd on one side of a clash is rioting, and unnamed security forces facing it are the police
    ("Clashes broke out between police and protesters in Dakar, Senegal, on Tuesday.",
     ("Riots", "Rioters (Senegal)", "Police Forces of Senegal")),
    ("Security forces clashed with demonstrators in Conakry, Guinea, on Tuesday.",
     ("Riots", "Rioters (Guinea)", "Police Forces of Guinea")),
])
def test_events_violence_amid_unrest_is_a_riot(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.actor1, event.actor2) == expected


@pytest.mark.parametrize("text", [
    # soldiers, a named group or a described armed group in the sentence: no riot, whatever the election
    "Three soldiers were killed in clashes near Boni in Mali on Tuesday during the election campaign.",
    "Fighting flared near Djibo in Burkina Faso on Tuesday between the security service and some jihadi groups, "
    "days before the election.",
    "JNIM fighters killed two people in clashes near Boni in Mali on Tuesday during the election campaign.",
    "A drone strike killed ten people near Kidal in Mali on Tuesday, during the election campaign.",
])
def test_events_violence_of_an_armed_party_during_an_election_is_no_riot(loaded_nlp, text):
    assert all(e.event_type != "Riots" for e in extract(text, PUBLISHED))


@pytest.mark.parametrize("text, expected", [
    ("Three people have died after being arrested during riots in southern Mauritania on Monday.",
     ("Violent demonstration", "Rioters (Mauritania)", "Police Forces of Mauritania")),
    ("Dozens of people were arrested following disturbances late on Monday in Nouakchott, Mauritania.",
     ("Violent demonstration", "Rioters (Mauritania)", "Police Forces of Mauritania")),
    ("Police arrested 40 protesters in Niamey, Niger, on Monday.",
     ("Protest with intervention", "Protesters (Niger)", "Police Forces of Niger")),
    # a named person's arrest stays an arrest, by the police when the text names no one
    ("After the protests, two leaders of the movement, Oumar Sylla and Ibrahima Diallo, were arrested in Conakry, "
     "Guinea, on Monday.", ("Arrests", "Police Forces of Guinea", "")),
])
def test_events_arrests_of_a_crowd_are_the_police_part_in_its_riot_or_protest(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor1, event.actor2) == expected


@pytest.mark.parametrize("text", [
    "President Amadou Sanogo resigned late on Tuesday, hours after he was arrested by mutinous soldiers in Bamako, "
    "Mali.",
    "The crisis began when the military in Niger detained President Issa Hama on Monday, in what the bloc called "
    "a coup.",
    "The junta that took over Niger in a coup on Monday named a new leader.",
])
def test_events_the_military_seizing_the_president_is_a_coup(loaded_nlp, text):
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Other", "Military Forces of " + event.country,
                                                                  "Government of " + event.country)


def test_events_a_former_presidents_arrest_is_an_arrest(loaded_nlp):
    text = "Police arrested former president Moussa Diallo in Nouakchott, Mauritania, on Tuesday."
    assert only(extract(text, PUBLISHED)).sub_event_type == "Arrests"


@pytest.mark.parametrize("text, expected", [
    # killing a member of an armed side is a fight with it (ACLED keeps civilians' violence for the unarmed)
    ("ISSP militants assassinated an officer belonging to the MSA on 1 March 2024 in the town of Tamalat in Mali.",
     ("Armed clash", "MSA")),
    # the victims of violence against civilians are civilians, named or not
    ("Gunmen attacked a refugee camp near Duekoue in Ivory Coast on Friday.", ("Attack", "Civilians (Ivory Coast)")),
    ("Gunmen attacked an IDP camp near Djibo in Burkina Faso on Friday.", ("Attack", "Civilians (Burkina Faso)")),
    # a killing after running into a hidden explosive is the explosive's
    ("A bus drove over a mine on Saturday in Burkina Faso, killing at least 14 students.",
     ("Remote explosive/landmine/IED", "Civilians (Burkina Faso)")),
    ("Gunmen stormed into a gold mine near Kidal in Mali on Monday, killing ten miners.",
     ("Attack", "Civilians (Mali)")),
    # civilians killed in an attack on a base add to that battle
    ("On 24 December 2023, jihadists killed at least 35 civilians in an attack on a military base in Arbinda, "
     "Burkina Faso.", ("Armed clash", "Military Forces of Burkina Faso")),
])
def test_events_the_victim_and_the_means_type_the_event(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor2) == expected


def test_events_a_dateline_dash_glued_to_the_first_word_is_no_actor(loaded_nlp):
    text = "DAKAR (Reuters) -Jihadists killed 132 civilians in attacks on villages in central Mali on Sunday."
    event = only(extract(text, PUBLISHED))
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group", "Civilians (Mali)")


@pytest.mark.parametrize("text, expected", [
    ("Soldiers fired on a crowd in the capital Bamako on 1 March 2024.\n\n"
     "Rioters stormed the presidential palace on Monday, officials said.", ("Riots", "Bamako")),
    ("Soldiers fired on a crowd in the capital Ouagadougou on 1 March 2024.\n\n"
     "Police arrested an opposition leader on Tuesday, his party said.", ("Strategic developments", "Ouagadougou")),
])
def test_events_any_event_placed_only_in_the_country_is_where_the_report_opened(loaded_nlp, text, expected):
    event = extract(text, PUBLISHED)[-1]
    assert (event.event_type, event.location) == expected


def test_events_a_destruction_done_by_an_explosion_is_the_explosion(loaded_nlp):
    text = "The offices of the UN peacekeeping mission in Gao were razed by a truck-bomb explosion on 2 March 2024."
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.actor2) == ("Explosions/Remote violence", "MINUSMA")


@pytest.mark.parametrize("text", [
    "Gunmen attacked the northern Mali town of Boni on Sunday.",
    "Gunmen attacked the Malian city of Boni on Sunday.",
])
def test_events_a_town_named_by_its_country_is_a_place_not_a_party(loaded_nlp, text):
    event = only(extract(text, PUBLISHED))
    assert (event.actor2, event.location) == ("", "Boni")


def test_events_an_untimed_mention_in_another_country_is_not_the_dated_one(loaded_nlp):
    text = ("Tuareg rebels killed soldiers in the town of Aguelhok on 24 January.\n\n"
            "The Tuareg rebels - whose numbers include those who had returned from fighting in Libya for Kadhafi - "
            "are demanding autonomy.\n\n"
            "The latest fighting began on 17 January, when the MSA launched an attack in northern Mali.")
    assert [e.actor1 for e in extract(text, PUBLISHED)] == ["CMA", "MSA"]


def test_events_a_run_of_spaces_inside_a_line_ends_no_sentence(loaded_nlp):
    text = ("The latest fighting began on 17 January, when the Azawad National Liberation Movement  launched an "
            "attack in northern Mali.")
    assert only(extract(text, PUBLISHED)).actor1 == "Azawad National Liberation Movement"


@pytest.mark.parametrize("text, actor1", [
    ("The Islamist group al-Mourabitoun attacked a restaurant in Bamako on Saturday.", "al-Mourabitoun"),
    ("Gunmen attacked a restaurant in Bamako on Saturday.", "Unidentified Armed Group"),
])
def test_events_an_attack_on_a_restaurant_is_on_civilians_and_al_names_are_written_as_in_the_text(loaded_nlp, text,
                                                                                                   actor1):
    event = only(extract(text, PUBLISHED))
    assert (event.actor1, event.sub_event_type, event.actor2) == (actor1, "Attack", "Civilians (Mali)")


def test_events_the_un_attacked_in_mali_is_its_mission_there(loaded_nlp):
    text = "Islamist militants killed one United Nations (UN) peacekeeper in Timbuktu on Sunday."
    assert only(extract(text, PUBLISHED)).actor2 == "MINUSMA"


@pytest.mark.parametrize("text, expected", [
    # the dead of "died in attacks" are the attacks' targets
    ("Around 50 civilians died in northeastern Mali on Sunday in attacks by suspected jihadists against three towns.",
     ("Attack", "Unidentified Armed Group", "Civilians (Mali)")),
    # an attack that "claimed the lives" of people is no party making a claim, and the name the parser took for a
    # second subject is the target's apposition
    ("In late June, an attack on the UN mission MINUSMA claimed the lives of 13 UN peacekeepers in the region of Gao "
     "in Mali.", ("Armed clash", "Unidentified Armed Group", "MINUSMA")),
])
def test_events_who_died_in_an_attack_and_what_an_attack_claimed(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor1, event.actor2) == expected


def test_events_a_military_government_arrests_soldiers_from_another_country(loaded_nlp):
    text = "Mali's military government has arrested 49 soldiers from Ivory Coast at Bamako's airport on Sunday."
    event = only(extract(text, PUBLISHED))
    assert (event.actor1, event.actor2) == ("Government of Mali", "Military Forces of Ivory Coast")


def test_events_a_country_before_backed_is_a_sponsor_not_a_place(loaded_nlp):
    text = "The Russia-backed Wagner Group attacked militants on Friday, officials said."
    assert only(extract(text, PUBLISHED)).location != "Russia"


def test_events_victims_named_once_for_attacks_told_again_by_town_and_no_town_from_a_province(loaded_nlp):
    # those "killed in twin attacks" are the targets the dated sentence leaves out; "Kompienga province" is an area
    text = ("At least eight civilians have been killed in twin attacks in eastern Burkina Faso, officials said.\n\n"
            "Two attacks were carried out in the villages of Diabiga and Kompienbiga on Friday in eastern Kompienga "
            "province, the governor said.")
    events = extract(text, PUBLISHED)
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Attack", "Civilians (Burkina Faso)")] * 2
    assert len({e.location for e in events}) == 2


def test_events_an_attack_the_deaths_came_in_is_an_event(loaded_nlp):
    # an event noun hanging from a noun of loss is the occurrence, not a kind of thing ("a call in a statement")
    text = "Niger on Tuesday confirmed the deaths of 17 soldiers in a terrorist attack in Tillaberi."
    event = only(extract(text, PUBLISHED))
    assert (event.actor2, event.fatalities, event.location) == ("Military Forces of Niger", 17, "Tillaberi")


@pytest.mark.parametrize("text, expected", [
    # the police fighting a crowd, in a sentence of unrest, is the crowd's riot
    ("Riot police clashed with supporters of the opposition in Conakry on Monday, witnesses said.",
     ("Violent demonstration", "Rioters (Guinea)", "Police Forces of Guinea")),
    ("Police clashed with gunmen in Conakry on Monday, witnesses said.",
     ("Armed clash", "Police Forces of Guinea", "Unidentified Armed Group")),
    # arrests in a riot, where the recogniser took the town for a person
    ("Mauritania's government said the situation was calm.\n\nDozens of people were arrested following "
     "disturbances late on Monday in the capital Nouakchott, a police source said.",
     ("Violent demonstration", "Rioters (Mauritania)", "Police Forces of Mauritania")),
])
def test_events_the_police_facing_a_crowd_is_a_riot(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor1, event.actor2) == expected


def test_events_a_report_that_names_one_town_places_its_unplaced_events_there(loaded_nlp):
    text = ("Mauritanian police raided the headquarters of an opposition party on Monday, witnesses said.\n\n"
            "The building, in the capital Nouakchott, was deserted on Tuesday.")
    assert only(extract(text, PUBLISHED)).location == "Nouakchott"


def test_events_the_articles_country_between_as_many_places_is_the_one_its_actors_belong_to(loaded_nlp):
    text = ("The Senegal government said on Friday that gunmen had attacked a bus on Thursday.\n\n"
            "The attack was condemned in Medina and in New York.")
    assert only(extract(text, PUBLISHED)).country == "Senegal"


def test_events_taken_into_detention_is_an_arrest_and_a_former_minister_is_no_government(loaded_nlp):
    # an adjective may come inside a phrase ("into pretrial detention"); a former office-holder is a person
    text = "Mali's former prime minister was taken into pretrial detention in Bamako on Friday, his lawyer said."
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.location) == ("Arrests", "Bamako")
    assert event.actor2 != "Government of Mali"


@pytest.mark.parametrize("text", [
    "Two soldiers were killed on Friday when a bomb exploded near their vehicle in Gao.",
    "Two peacekeepers were killed and two others were injured on Friday after an improvised bomb exploded near Gao.",
])
def test_events_killed_when_a_bomb_exploded_is_an_explosion_on_that_day(loaded_nlp, text):
    # the harm verb dates the event: what its "after" clause tells did the harm that day, not days before
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.event_date, event.time_precision, event.fatalities) == (
        "Remote explosive/landmine/IED", date(2024, 3, 1), 1, 2)


def test_events_where_the_incident_took_place_places_the_event_before_it(loaded_nlp):
    text = ("Two peacekeepers were killed on Friday after a bomb exploded in central Mali, a spokesman said.\n\n"
            "The soldiers were part of the Egyptian contingent.\n\n"
            "He said the incident took place near the town of Douentza, on the road to Timbuktu.")
    event = only(extract(text, PUBLISHED))
    assert (event.location, event.event_type) == ("Douentza", "Explosions/Remote violence")


def test_events_the_attack_told_on_the_day_of_the_telling_takes_the_place_it_names(loaded_nlp):
    # "40 kilometres from Boungou" measures from a place, which then is where it happened
    text = ("At least ten people were killed after an attack on a convoy in eastern Burkina Faso, three sources said "
            "on Wednesday.\n\nThe company said on Wednesday that the attack took place about 40 kilometres from "
            "Boungou.")
    assert only(extract(text, PUBLISHED)).location == "Boungou"


@pytest.mark.parametrize("text", [
    "Gunmen killed 20 villagers near Bankass on Sunday. No claim was made, but local sources attribute the attack "
    "to the Group for the Support of Islam and Muslims.",
    "Gunmen killed 20 villagers near Bankass on Sunday. The army blamed the attack on JNIM.",
    "Gunmen killed 20 villagers near Bankass on Sunday. The army blamed JNIM for the attack.",
])
def test_events_an_attack_laid_at_a_partys_door_is_that_partys(loaded_nlp, text):
    assert only(extract(text, PUBLISHED)).actor1 == "JNIM"


def test_events_the_jihadists_are_the_group_spoken_of_not_unknown_gunmen(loaded_nlp):
    text = "JNIM fighters are active in central Mali. On Tuesday, the jihadists attacked Bagourou and Yabatalou."
    events = extract(text, PUBLISHED)
    assert [(e.actor1, e.location) for e in events] == [("JNIM", "Bagourou"), ("JNIM", "Yabatalou")]


def test_events_a_report_that_names_one_town_places_there_an_event_told_in_the_country(loaded_nlp):
    # "in the north of Burkina Faso" is no nearer than the country; a province is an area, not the one town
    text = ("Gunmen killed at least 10 civilians on Sunday at a market in the north of Burkina Faso, officials said."
            "\n\n\"Sunday was a black day for Manni,\" said a resident of the town in the province of Gnagna.\n\n"
            "The wounded were taken to the Manni hospital.")
    assert only(extract(text, PUBLISHED)).location in ("Manni", "Mani")


@pytest.mark.parametrize("text, expected", [
    # a crowd that destroys property riots (ACLED's Violent demonstration), whatever verb names the damage
    ("Protesters ransacked the headquarters of the ruling party in Ouagadougou on Sunday.",
     ("Violent demonstration", "Rioters (Burkina Faso)")),
    ("Rioters burned at least eight churches in Niamey on Saturday in protest at the cartoon.",
     ("Violent demonstration", "Rioters (Niger)")),
    ("Demonstrators burnt tyres in the streets of the capital Nouakchott, Mauritania, on Monday.",
     ("Violent demonstration", "Rioters (Mauritania)")),
    # the same damage done by an armed party stays property destruction; burning what is no property is no event
    ("Jihadists burned the market and several shops in the village of Dembo on Sunday.",
     ("Looting/property destruction", "Unidentified Armed Group")),
])
def test_events_a_crowd_that_destroys_property_riots(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor1) == expected


def test_events_burning_what_is_no_property_is_no_event(loaded_nlp):
    assert extract("Farmers burned their fields in Koutiala on Monday to prepare the soil.", PUBLISHED) == []


def test_events_attackers_believed_to_be_of_a_group_are_that_group(loaded_nlp):
    # the parser makes "believed" the main verb and leaves "launched" without a subject: the group still acts,
    # and the light verb's subject comes before an adjective of the attack ("a bloody attack")
    text = ("Terrorists believed to be affiliated with Boko Haram launched a bloody attack on Toumour, a village in "
            "southeastern Niger, right on the border with Nigeria, on the night of December 12.")
    assert only(extract(text, PUBLISHED)).actor1 == "Boko Haram"


def test_events_a_pronoun_that_suffered_the_deed_retells_the_event_before(loaded_nlp):
    # "they were kidnapped on Friday" is the abduction just told: one event, dated Friday, by the group named
    text = ("Gunmen abducted 12 workers of a mine clearance company in the Casamance region of Senegal, officials "
            "said on Sunday.\n\nThe workers were on their way to a mine field when they were kidnapped on Friday "
            "by men believed to be members of the MFDC.")
    event = only(extract(text, PUBLISHED))
    assert (event.event_date, event.actor1, event.actor2) == (
        date(2024, 3, 1), "MFDC", "Civilians (Senegal)")  # the group as the article writes it


def test_events_the_owner_of_an_abduction_is_its_victim(loaded_nlp):
    # "their abduction": the traders', not the police who told of it nor anyone spoken of before
    text = ("Police said two traders had been killed near the town of Kidal, Mali, on Saturday after their "
            "abduction.")
    assert only(extract(text, PUBLISHED)).actor1 == "Unidentified Armed Group"


def test_events_who_announces_a_deed_of_violence_does_not_do_it(loaded_nlp):
    text = "The government on Tuesday announced the kidnapping of an Italian priest in the Tillaberi region of Niger."
    assert only(extract(text, PUBLISHED)).actor1 == "Unidentified Armed Group"
    # a withdrawal announced is the announcer's own
    text = "The junta announced the withdrawal of its troops from Menaka on Tuesday."
    assert only(extract(text, PUBLISHED)).actor1 == "Military Forces of Mali"


def test_events_a_date_after_another_event_noun_is_that_events(loaded_nlp):
    # "in October 2019" is the kidnapping's, years before the news told on Tuesday: two events, not one re-dated
    text = ("Officials said on Tuesday that gunmen kidnapped a priest in the Tillaberi region of Niger.\n\n"
            "This abduction rekindles memories of the kidnapping of a nun in October 2019.")
    assert sorted(e.event_date for e in extract(text, PUBLISHED)) == [date(2019, 10, 15), date(2024, 3, 5)]


@pytest.mark.parametrize("text", [
    "Around 60 terrorists were killed during the air counter-offensive near Djibo, Burkina Faso, on Monday.",
    "Around 60 terrorists were killed during aerial operations near Djibo, Burkina Faso, on Monday.",
])
def test_events_killed_during_an_air_operation_is_an_air_strike(loaded_nlp, text):
    assert only(extract(text, PUBLISHED)).sub_event_type == "Air/drone strike"


def test_events_explosives_in_an_attack_of_gunfire_stay_a_clash(loaded_nlp):
    # only a "during" phrase tells the operation; "in attacks of gunfire and explosives" is a fight with bombs in it
    text = ("Islamic extremists struck the army headquarters in simultaneous attacks of gunfire and explosives "
            "Friday in Ouagadougou, killing eight soldiers.")
    assert only(extract(text, PUBLISHED)).sub_event_type == "Armed clash"


@pytest.mark.parametrize("body, town", [
    # "a town in Mali's desert north" leaves the town unnamed: the headline's town is it
    ("Renewed fighting in Kidal\n\nFighting broke out in a town in Mali's desert north on 2 March 2024 between "
     "CMA rebels and the army.\n\nThe governor of Gao condemned the violence.", "Kidal"),
    ("Gunmen attack village near Bankass\n\nGunmen killed 12 civilians in an attack on a village in central Mali on "
     "2 March 2024.\n\nThe governor of Mopti condemned the violence.", "Bankass"),
])
def test_events_an_unnamed_town_in_the_country_is_the_town_the_report_opened_with(loaded_nlp, body, town):
    assert only(extract(body, PUBLISHED)).location == town


def test_events_a_named_country_stays_the_place_when_no_unnamed_town_is_said(loaded_nlp):
    # "in central Mali" alone places the event in the country, whatever town the headline names
    text = "Army chief visits Kidal and Gao\n\nGunmen killed 12 civilians in central Mali on 2 March 2024."
    assert only(extract(text, PUBLISHED)).location == "Mali"


def test_events_a_town_that_only_measures_where_another_lies_is_not_the_reports_one_town(loaded_nlp):
    text = ("At least 12 soldiers were killed on 3 March 2024 in eastern Burkina Faso by suspected jihadists.\n\n"
            "Natiaboani is a rural community about sixty kilometers south of Fada Ngorma.")
    assert only(extract(text, PUBLISHED)).location == "Natiaboani"
    # one that measures where the event itself was is still the report's town
    text = ("At least 12 civilians died on 3 March 2024 in an attack in eastern Mali, sources said.\n\n"
            "The attack took place 45 kilometres west of Menaka, an official said.")
    assert only(extract(text, PUBLISHED)).location == "Menaka"


def test_events_a_coup_is_not_moved_to_the_one_town_a_report_names(loaded_nlp):
    text = ("Burkina Faso has seen more violence since the military junta took power in January 2024.\n\n"
            "Gunmen attacked Natiaboani on 3 March 2024, killing 12 soldiers.")
    coup = next(e for e in extract(text, PUBLISHED) if e.event_type == "Strategic developments")
    assert coup.location == "Burkina Faso"


@pytest.mark.parametrize("blame", [
    "An official blamed the attack on fighters linked to al Qaeda in the Islamic Maghreb.",
    "An official attributed the attack to fighters linked to al Qaeda in the Islamic Maghreb.",
])
def test_events_the_party_an_attack_is_blamed_on_is_its_attacker_not_its_target(loaded_nlp, blame):
    text = f"Armed men briefly took control of a village in southern Mali on 2 March 2024.\n\n{blame}"
    event = only(extract(text, PUBLISHED))
    assert (event.actor1, event.actor2) == ("al Qaeda in the Islamic Maghreb", "")


def test_events_each_day_of_a_list_of_towns_goes_with_its_own_town_and_toll(loaded_nlp):
    text = ("The army is under pressure in western Niger.\n\n"
            "According to the army, 120 soldiers have been killed in three attacks in the region since last December "
            "at Tillia, where 35 were killed on January 8, Inates (71 dead on December 10) and Sanam (14 dead on "
            "December 24).")
    events = sorted(extract(text, PUBLISHED), key=lambda e: e.event_date)
    assert [(e.event_date, e.location, e.fatalities) for e in events if e.event_date.month == 1] == [
        (date(2024, 1, 8), "Tillia", 35)]
    assert (date(2023, 12, 10), "Inatess", 71) in [(e.event_date, e.location, e.fatalities) for e in events]
    # a day no town's phrase holds is in every town the sentence lists, its toll shared
    text = "Jihadists attacked army posts in Boni and Hombori on 2 March 2024, killing ten soldiers."
    assert sorted((e.location, e.fatalities) for e in extract(text, PUBLISHED)) == [("Boni", 5), ("Hombori", 5)]


@pytest.mark.parametrize("claim, claimed", [
    ("The Islamic State claimed both attacks.", [False, True, True]),
    ("The Islamic State claimed all three attacks.", [True, True, True]),
    ("The Islamic State claimed the attacks.", [True, True, True]),
])
def test_events_a_claim_takes_as_many_attacks_as_it_counts(loaded_nlp, claim, claimed):
    text = ("Gunmen attacked a village in Tillia on 1 March 2024.\n\n"
            "Gunmen attacked an army post in Inates on 2 March 2024.\n\n"
            f"Gunmen attacked an army post in Sanam on 4 March 2024.\n\n{claim}")
    events = sorted(extract(text, PUBLISHED), key=lambda e: e.event_date)
    assert [e.actor1 == "Islamic State Sahel Province" for e in events] == claimed


def test_events_a_claim_of_an_attack_it_tells_itself_is_that_attacks(loaded_nlp):
    text = ("Gunmen kidnapped a priest near Makalondi on 1 March 2024.\n\n"
            "On 3 March 2024 the Islamic State claimed responsibility for an attack in Niger that killed four "
            "soldiers.")
    events = sorted(extract(text, PUBLISHED), key=lambda e: e.event_date)
    assert [e.actor1 for e in events] == ["Unidentified Armed Group", "Islamic State Sahel Province"]


@pytest.mark.parametrize("subject, actor1", [
    # the movements the attackers belong to, not the group that acted
    ("Jihadists linked to al Qaeda and Islamic State", "Unidentified Armed Group"),
    ("Jihadists linked to the Islamic State", "Islamic State Sahel Province"),
    ("Militants from JNIM and ISSP", "JNIM"),
])
def test_events_attackers_tied_to_two_movements_are_not_named_by_them(loaded_nlp, subject, actor1):
    event = only(extract(f"{subject} attacked an army post in Menaka on 2 March 2024.", PUBLISHED))
    assert event.actor1 == actor1


def test_events_a_background_of_two_movements_names_no_attacker(loaded_nlp):
    text = ("Eleven soldiers have been found dead after an attack by Islamist militants on a convoy in northern Mali "
            "on Monday, the government said on Tuesday.\n\nThe assault took place in the commune of Boni, where "
            "jihadists linked to al Qaeda and Islamic State have escalated attacks and seized territory since 2015.")
    assert only(extract(text, PUBLISHED)).actor1 == "Unidentified Armed Group"


def test_events_a_lead_dated_by_its_telling_absorbs_the_fight_the_body_places_and_dates(loaded_nlp):
    # the body's fight names no side but the attackers: it is the attack on civilians the lead told
    text = ("Nineteen civilians were killed when armed men raided a village in west Niger, a local official said on "
            "Wednesday.\n\n\"The number of dead stands at 19 after an attack by armed men on motorbikes in the village "
            "of Tillia\" on Tuesday evening, the official said.")
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.location, event.event_date) == (
        "Violence against civilians", "Tillia", date(2024, 3, 5))


@pytest.mark.parametrize("text, expected", [
    ("Malian soldiers drove back the assailants in Boni on 2 March 2024.",
     [("Battles", "Unidentified Armed Group", "Military Forces of Mali")]),
    ("Malian troops pushed back jihadists who stormed their base in Boni on 3 March 2024.",
     [("Battles", "Unidentified Armed Group", "Military Forces of Mali")]),
    ("The authorities pushed back the elections on 2 March 2024.", []),  # a delay, not a fight
])
def test_events_pushing_back_an_attack_is_a_defence(loaded_nlp, text, expected):
    assert [(e.event_type, e.actor1, e.actor2) for e in extract(text, PUBLISHED)] == expected


def test_events_a_passive_verb_whose_subject_the_parse_missed_takes_no_actor_before_it_as_attacker(loaded_nlp):
    text = ("On 2 March 2024 the army post responsible for providing security in the Mangaize refugee camp, located "
            "some 40 kilometers from Ouallam, was also attacked.")
    assert only(extract(text, PUBLISHED)).actor1 == "Unidentified Armed Group"


@pytest.mark.parametrize("text, place", [
    # the report was filed in Bamako; the village in central Mali is no part of it
    ("BAMAKO, Mali (AP) — Gunmen killed 12 civilians in an attack on a village in central Mali on 2 March 2024.",
     "Mali"),
    # with no place of its own, the event is where the report opened, dateline and all
    ("BAMAKO, Mali (AP) — Gunmen stormed a hotel on 2 March 2024, killing 12 guests.", "Bamako"),
])
def test_events_an_unnamed_village_is_not_the_datelines_town(loaded_nlp, text, place):
    assert only(extract(text, PUBLISHED)).location == place


def test_events_a_dateline_in_capitals_closed_by_a_colon_is_where_the_report_was_filed(loaded_nlp):
    text = "BAMAKO: Gunmen killed 12 civilians in an attack on a village in central Mali on 2 March 2024."
    assert only(extract(text, PUBLISHED)).location == "Mali"
    # a heading's colon after a name in ordinary case is no dateline
    text = "Mali: Gunmen stormed a hotel in Bamako on 2 March 2024, killing 12 guests."
    assert only(extract(text, PUBLISHED)).location == "Bamako"


def test_events_a_dateline_in_title_case_closed_by_a_colon_is_no_town_of_the_event(loaded_nlp):
    # after the headline, "Niamey:" says where the report was filed; the village the report goes on to name is
    # where the attack in western Niger happened
    text = ("Gunmen kill 12 gendarmes in Niger\n\n"
            "Niamey: Gunmen killed 12 gendarmes in an attack on their base in western Niger on 2 March 2024.\n\n"
            "The village is a few dozen kilometres from where militants killed four soldiers in an ambush in Niger on "
            "4 October 2023.\n\n"
            "The gunmen drove up to the village of Ayorou before springing their attack.")
    events = {e.event_date: e for e in extract(text, PUBLISHED)}
    assert events[date(2024, 3, 2)].location == "Ayorou"


def test_events_a_village_the_gazetteer_does_not_know_is_still_another_town(loaded_nlp):
    # Bamako is the only town the gazetteer finds, but the report also names the village where it happened
    text = ("Gunmen killed 12 civilians in central Mali on 2 March 2024.\n\n"
            "The attack happened at Zorkoundougou village, officials said.\n\n"
            "The president flew back to Bamako.")
    assert only(extract(text, PUBLISHED)).location == "Mali"


@pytest.mark.parametrize("text, first, second", [
    # "days after": an earlier event, dated back from the verb above it, with its own dead
    ("On 5 March 2024, gunmen killed four worshippers near Djibo, days after a priest and five others were murdered "
     "at mass.", (date(2024, 3, 5), 4), (date(2024, 3, 2), 6)),
    ("Last week, gunmen killed four Catholics in a procession in Burkina Faso, a day after two teachers were shot "
     "dead in a school.", (date(2024, 2, 29), 4), (date(2024, 2, 28), 2)),
])
def test_events_a_days_after_clause_tells_an_earlier_event(loaded_nlp, text, first, second):
    events = sorted(extract(text, PUBLISHED), key=lambda e: e.event_date, reverse=True)
    assert [(e.event_date, e.fatalities) for e in events] == [first, second]
    assert events[1].time_precision == 2


def test_events_an_after_clause_without_a_lapse_is_the_same_day(loaded_nlp):
    # "were killed on Friday after a bomb exploded": the harm and its cause, one event of that day
    text = "Five soldiers were killed on 1 March 2024 after a bomb exploded under their truck near Boni."
    event = only(extract(text, PUBLISHED))
    assert (event.event_date, event.fatalities) == (date(2024, 3, 1), 5)


@pytest.mark.parametrize("text, actor2", [
    ("At least 13 people, including 10 gendarmes, one civilian and two volunteers, were killed in an attack by "
     "gunmen in Falagountou on 2 March 2024.", "Police Forces of Burkina Faso"),
    ("Gunmen killed 15 people, including 12 soldiers, in an attack on Falagountou on 2 March 2024.",
     "Military Forces of Burkina Faso"),
])
def test_events_forces_among_the_dead_people_make_the_attack_their_fight(loaded_nlp, text, actor2):
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.actor2) == ("Battles", actor2)


def test_events_people_killed_among_whom_no_forces_stay_civilians(loaded_nlp):
    text = "Gunmen killed 15 people, including 12 women, in an attack on Falagountou on 2 March 2024."
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.actor2) == ("Violence against civilians", "Civilians (Burkina Faso)")


def test_events_the_place_of_whoever_reacts_is_not_the_events(loaded_nlp):
    text = ("Gunmen killed 12 civilians in central Mali on 2 March 2024.\n\nThe attack happened at Zorkoundougou "
            "village.\n\nThe government in Bamako condemned the attack.")
    assert only(extract(text, PUBLISHED)).location == "Mali"


def test_events_another_attack_is_none_told_before_it_and_counts_its_own_dead(loaded_nlp):
    text = ("At least 31 soldiers were killed on 4 March 2024 in an attack by suspected jihadists in northern Burkina "
            "Faso, the army said on 5 March 2024, with security sources telling AFP that another separate attack had "
            "left dozens dead.\n\n"
            "A local official also reported that another, smaller attack had taken place on 4 March 2024 in Gayeri, "
            "killing four army auxiliaries.")
    events = extract(text, PUBLISHED)
    assert sorted((e.location, e.fatalities) for e in events) == [
        ("Burkina Faso", 24), ("Burkina Faso", 31), ("Gayeri", 4)]
    other = next(e for e in events if e.fatalities == 24)
    # what had happened by the day it was told happened shortly before it
    assert (other.event_date, other.time_precision) == (date(2024, 3, 4), 2)


def test_events_a_place_long_under_siege_is_no_event(loaded_nlp):
    text = ("A supply convoy returning from Djibo, a town besieged for months by jihadists, was ambushed on "
            "4 March 2024 near Namsiguia.")
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.location) == ("Battles", "Namsiguia")


def test_events_a_deed_that_had_happened_by_the_day_is_its_own_earlier_event_and_place(loaded_nlp):
    text = ("The air force carried out an airstrike on 4 March 2024 against a village in the Boulgou Province while "
            "retaliating against militants who had overrun an army camp in Kompienbiga.")
    events = sorted(extract(text, PUBLISHED), key=lambda e: e.event_date)
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == [
        ("Non-state actor overtakes territory", date(2024, 3, 3), 2), ("Air/drone strike", date(2024, 3, 4), 1)]
    # the camp's town is where the earlier deed happened, not the airstrike
    assert events[1].location != events[0].location


def test_events_a_pointer_to_another_report_is_no_event(loaded_nlp):
    text = ("Gunmen killed 12 civilians in Djibo on 4 March 2024. "
            "(see Menastream: Burkina Faso: Airstrike hit village near Kaya)")
    assert only(extract(text, PUBLISHED)).sub_event_type == "Attack"


def test_events_a_when_clause_after_a_month_is_dated_by_that_month(loaded_nlp):
    text = ("Attacks have ramped up since January when 10 civilians were killed by a suicide bomber in the town of "
            "Nguigmi.")
    event = only(extract(text, PUBLISHED))
    assert (event.event_date, event.time_precision, event.fatalities) == (date(2024, 1, 15), 3, 10)


def test_events_soldiers_killed_and_civilians_kidnapped_are_a_fight_and_an_abduction(loaded_nlp):
    text = "Last month 12 soldiers were killed and five Indian citizens kidnapped in an attack in Niger."
    events = sorted(extract(text, PUBLISHED), key=lambda e: e.event_type)
    assert [(e.event_type, e.actor2, e.fatalities, e.event_date) for e in events] == [
        ("Battles", "Military Forces of Niger", 12, date(2024, 2, 15)),
        ("Violence against civilians", "Civilians (Niger)", None, date(2024, 2, 15))]


def test_events_a_blast_that_killed_stays_one_event_whatever_the_parse(loaded_nlp):
    text = ("At least 35 civilians were killed and 37 others injured on 4 March 2024 when a device exploded as a "
            "convoy passed through northern Burkina Faso, between Djibo and Bourzanga, the governor said.")
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.fatalities) == ("Remote explosive/landmine/IED", 35)


def test_events_a_month_in_a_region_and_a_day_in_the_country_stay_two_events(loaded_nlp):
    text = ("The group is suspected to have clashed with government troops in the central Mopti region this month.\n\n"
            "On 2 March 2024, gunmen attacked a town in western Mali, leaving three soldiers dead.")
    assert len(extract(text, PUBLISHED)) == 2


def test_events_what_a_target_had_suffered_is_dated_by_the_sentence(loaded_nlp):
    # a passive relative clause tells what the bases went through, not an earlier deed of someone
    text = "Reinforcements were sent on 4 March 2024 to both UN bases which had been attacked in Timbuktu."
    attacks = [e for e in extract(text, PUBLISHED) if e.event_type == "Battles"]
    assert attacks and all(e.event_date == date(2024, 3, 4) for e in attacks)


@pytest.mark.parametrize("actor2, expected", [
    ("Military Forces of Mali", ("Battles", "Armed clash")),
    # a government struck is no armed side: the civilians its phrase names stay the victims
    ("Government of Mali", ("Violence against civilians", "Attack")),
])
def test_events_armed_victims_make_a_fight_but_a_government_does_not(actor2, expected):
    from pipeline.lexicon import default_lexicon
    words = default_lexicon()
    assert words.refine(words.words.word("kill"), "30 civilians", "", "Unidentified Armed Group", actor2) == expected


@pytest.mark.parametrize("text", [
    # the side that drove the attack back did not begin the fight, whatever it did in doing so
    "On Monday, the Malian army repelled an attack on its camp in Boni, killing 20 assailants.",
    "On Monday, jihadists attacked an army camp in Boni, and soldiers fought back, killing 20 assailants.",
    # the attack's own modifier names the attackers, and what the attacks targeted is theirs to have targeted
    "Malian Armed Forces repelled terrorist attacks targeting positions in Boni on Monday.",
])
def test_events_a_defence_leaves_the_attackers_as_actor1(loaded_nlp, text):
    event = only(extract(text, PUBLISHED))
    assert (event.actor1, event.actor2, event.location) == ("Unidentified Armed Group", "Military Forces of Mali", "Boni")


@pytest.mark.parametrize("text", [
    "In recent weeks the junta has reduced the presence of foreign troops assisting its fight against rebels.",
    "On Monday the EU pledged to help Niger in its fight against terrorism.",
])
def test_events_a_campaign_that_others_help_is_no_event(loaded_nlp, text):
    assert extract(text, PUBLISHED) == []


def test_events_an_attack_some_days_before_the_report_is_its_own_event_and_place(loaded_nlp):
    text = ("On Wednesday, jihadists attacked an army post in Sokolo, killing six soldiers.\n\n"
            "The attacks come days after the attack on the military base of Kati, in which one person was killed.")
    events = sorted(extract(text, PUBLISHED), key=lambda e: e.event_date)
    assert [(e.location, e.event_date, e.time_precision, e.fatalities) for e in events] == [
        ("Kati", date(2024, 3, 4), 2, 1), ("Sokolo", date(2024, 3, 6), 1, 6)]


def test_events_a_day_after_the_attack_alone_is_the_attack_told(loaded_nlp):
    text = ("On Monday, jihadists attacked an army post in Sokolo, killing six soldiers.\n\n"
            "The governor travelled to the area a day after the attack.")
    assert len(extract(text, PUBLISHED)) == 1


def test_events_a_place_inside_a_counted_back_clause_is_the_earlier_events(loaded_nlp):
    text = ("Gunmen ambushed a patrol in the Tillaberi region on Sunday, killing 12 soldiers. The attack came "
            "days after 17 soldiers were killed when gunmen ambushed an army detachment near the town of Banibangou.")
    events = sorted(extract(text, PUBLISHED), key=lambda e: e.event_date)
    assert [(e.location, e.event_date, e.fatalities) for e in events] == [
        ("Bani Bangou", date(2024, 2, 29), 17), ("Tillaberi", date(2024, 3, 3), 12)]


def test_events_a_similar_attack_is_not_placed_at_the_dateline(loaded_nlp):
    text = ("BAMAKO, Mali — Gunmen attacked an army camp in the village of Guire on Sunday.\n\n"
            "A similar attack last month left 20 Malian soldiers dead.")
    earlier = next(e for e in extract(text, PUBLISHED) if e.event_date.month == 2)
    assert (earlier.location, earlier.fatalities) == ("Mali", 20)


def test_events_a_dated_attack_takes_the_actors_of_the_same_word_told_before(loaded_nlp):
    # the undated lead attacked a camp and killed people: the attack told again is the camp's, not the people's
    text = ("Armed men on motorcycles have attacked a Malian army camp and killed an unknown number of people.\n\n"
            "The army said the attack took place Sunday morning in the village of Guire.\n\n"
            "A resident told the AP at least a dozen people had been killed.")
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.actor2, event.location, event.fatalities) == (
        "Battles", "Military Forces of Mali", "Guire", 12)


def test_events_people_reported_killed_are_the_victims(loaded_nlp):
    text = "Last week, 44 civilians were reported killed by gunmen in two villages near the Niger border in Burkina Faso."
    event = only(extract(text, PUBLISHED))
    assert (event.event_type, event.actor2, event.country) == (
        "Violence against civilians", "Civilians (Burkina Faso)", "Burkina Faso")


def test_events_a_country_naming_whose_positions_they_are_is_no_location(loaded_nlp):
    text = "Two attacks on Monday targeted Mali army positions in Sevare, and the army fought back."
    event = only(extract(text, PUBLISHED))
    assert (event.actor1, event.actor2, event.location) == (
        "Unidentified Armed Group", "Military Forces of Mali", "Sevare")


def test_events_the_spellings_of_al_qaida_name_the_same_affiliate(loaded_nlp):
    text = ("Gunmen attacked an army post in Boni on Sunday, killing five soldiers. "
            "An al-Qaida affiliate said it carried out the attack.")
    assert only(extract(text, PUBLISHED)).actor1 == "JNIM"


@pytest.mark.parametrize("text, expected", [
    # the opening paragraph counts the dead of the event the next one dates
    ("An ambush on a military patrol near the border killed 16 soldiers, the government said.\n\n"
     "The patrol was attacked by a band of men on motorcycles near Menaka on Saturday evening, the ministry said.",
     16),
    # so does a headline
    ("Attack on army post leaves 9 dead\n\n"
     "Gunmen attacked an army post in the town of Boni on Saturday, the army said.", 9),
    # a death told without a figure takes the opening's figure
    ("Attack on army post leaves 9 dead\n\n"
     "Gunmen attacked an army post in the town of Boni on Saturday, killing soldiers, the army said.", 9),
    # the body's count before the headline's
    ("More than a dozen killed in village attack\n\n"
     "At least 16 people were killed in an attack by unknown gunmen, a mayor said.\n\n"
     "The gunmen attacked the village of Boni on Friday, the mayor said.", 16),
    # an event that counts its own dead keeps its count
    ("24 killed after gunmen go on rampage\n\n"
     "Gunmen killed 24 people in an attack on a church in the village of Boni on Sunday, the media reported.", 24),
    # a toll of several attacks is not the first one's
    ("Attacks on villages in central Mali have killed 30 people, officials said.\n\n"
     "Gunmen attacked the village of Boni on Saturday, the army said.", None),
    # nor is the toll of an event elsewhere
    ("An ambush near Gao killed 16 soldiers, the government said.\n\n"
     "Gunmen attacked an army post in the town of Boni on Saturday, the army said.", None),
])
def test_events_the_opening_toll_belongs_to_the_event_dated_next(loaded_nlp, text, expected):
    first = extract(text, PUBLISHED)[0]
    assert first.fatalities == expected


@pytest.mark.parametrize("text, expected", [
    # the town a later, undated sentence places the violence in, whatever word it uses
    ("Gunmen on 2 March 2024 kidnapped a Romanian guard from a mine in northern Burkina Faso, sources said.\n\n"
     "The man was seized when five armed men attacked the manganese mine in Tambao, an official said.\n\n"
     "The mine is run by a company based in Ouagadougou.", "Tambao"),
    # not a town that a mention of something else names
    ("Gunmen on 2 March 2024 kidnapped a Romanian guard from a mine in northern Burkina Faso, sources said.\n\n"
     "The mine, run by a company from Ouagadougou, lies near Tambao.", "Burkina Faso"),
])
def test_events_a_coarse_place_takes_the_town_where_the_violence_is_retold(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.location) == ("Abduction/forced disappearance", expected)


def test_events_a_year_in_the_deeds_own_clause_is_its_time_not_the_sentences_day(loaded_nlp):
    # the sentence's day dates the attack; the takeover "in 2020" is background, no event of that Monday
    event = only(extract("Gunmen attacked a market in Boni on Monday, the first such attack since the army took "
                         "control of the town in 2020.", PUBLISHED))
    assert (event.sub_event_type, event.event_date, event.actor2) == ("Attack", date(2024, 3, 4), "Civilians (Mali)")


@pytest.mark.parametrize("text, country", [
    ("Jihadists killed 10 soldiers near Gao on Monday.\n\nNiger, for its part, underwent a military coup on 26 July "
     "2023.", "Niger"),
    ("ECOWAS leaders met in Accra on Sunday to discuss the turmoil in Mali, which this week saw its second military "
     "coup.", "Mali"),
    ("Jihadists killed 10 soldiers near Gao on Monday.\n\nColonel Goita, who led the coup last August, is attending "
     "the talks in Accra.", "Mali"),
    ("Seven soldiers were killed near Tillaberi in Niger on Monday.\n\nThe deaths come as France prepares to withdraw "
     "its force at the request of the country's new military leaders, who seized power in a coup on 26 July 2023.",
     "Niger"),
])
def test_events_a_coup_happens_to_the_country_that_undergoes_it(loaded_nlp, text, country):
    coup = next(e for e in extract(text, PUBLISHED) if e.sub_event_type == "Other")
    assert (coup.actor1, coup.actor2, coup.location) == (f"Military Forces of {country}", f"Government of {country}",
                                                        country)


def test_events_fighters_linked_to_a_named_group_are_that_group(loaded_nlp):
    event = only(extract("Fighters linked to al-Qaeda in the Islamic Maghreb, or AQIM, attacked the town of Gao "
                         "late on Saturday.", PUBLISHED))
    assert event.actor1.lower() == "al-qaeda in the islamic maghreb"
    family = only(extract("Gunmen linked to al Qaeda and Islamic State attacked a village near Gao on Saturday.",
                          PUBLISHED))
    assert family.actor1 == "Unidentified Armed Group"


def test_events_a_battle_that_hit_a_town_is_there_between_both_armies(loaded_nlp):
    event = only(extract("Timbuktu has been hit by a prolonged battle between Islamic extremists and the Malian and "
                         "French armies, residents and a military spokesman said on Sunday.", PUBLISHED))
    assert (event.event_type, event.location, event.actor2, event.assoc_actor_2) == (
        "Battles", "Timbuktu", "Military Forces of Mali", "Military Forces of France")


@pytest.mark.parametrize("follow_up, place", [
    ("The attack took place near the town of Menaka.", "Menaka"),
    ("The second attack took place near the town of Menaka.", "Bandiagara"),  # one of several: maybe another
])
def test_events_the_place_a_follow_up_gives_replaces_one_only_guessed(loaded_nlp, follow_up, place):
    text = ("Jihadists attacked a village near Bandiagara on Saturday, killing 15 people.\n\nOn Tuesday, several "
            f"Malian soldiers were killed in an ambush by jihadists.\n\n{follow_up}")
    ambush = next(e for e in extract(text, PUBLISHED) if e.event_date == date(2024, 3, 5))
    assert ambush.location == place


def test_events_an_artisanal_mining_site_is_a_civilian_target(loaded_nlp):
    event = only(extract("Gunmen attacked an artisanal gold mining site near Kayes on Monday.",
                         PUBLISHED))
    assert (event.event_type, event.actor2) == ("Violence against civilians", "Civilians (Mali)")


def test_events_operations_carried_out_by_a_group_are_no_claim_of_the_attack_before(loaded_nlp):
    text = ("Gunmen killed 12 civilians near Menaka on Tuesday.\n\nThe UN said on Wednesday that executions had "
            "occurred during operations carried out by a coalition of armed groups including Gatia.")
    attack = next(e for e in extract(text, PUBLISHED) if e.event_date == date(2024, 3, 5))
    assert attack.actor1 == "Unidentified Armed Group"


def test_events_a_border_is_a_place_not_a_party(loaded_nlp):
    event = only(extract("Twelve people were killed in clashes on the Mali border with Niger on Tuesday.", PUBLISHED))
    assert not event.actor2.startswith("Government of")


def test_events_a_follow_up_gives_the_day_inside_the_weekend_told_before(loaded_nlp):
    text = ("Seventeen people were killed last weekend in two attacks in central Mali, the governor said.\n\n"
            "The first attack took place on Saturday in the village of Ogossagou, leaving 15 dead.")
    event = only(extract(text, PUBLISHED))
    assert (event.event_date, event.time_precision) == (date(2024, 3, 2), 1)


def test_events_not_saying_who_did_an_attack_still_tells_when_it_was(loaded_nlp):
    text = ("Unidentified armed men killed six people at a checkpoint near Kati, the ministry said on Friday. It did "
            "not say who was responsible for the attack, which took place overnight on Thursday.")
    saturday = date(2024, 3, 9)
    event = only(extract(text, saturday))
    assert event.event_date == date(2024, 3, 7)
    assert extract("The ministry did not say that jihadists attacked the village of Boni on Thursday.", saturday) == []


def test_events_fighting_told_only_in_the_country_is_the_battle_for_the_town_that_day():
    # "seized the town of Menaka after fierce fighting" ... "confirmed that fighting broke out on Monday morning",
    # the second placed only in Mali
    seizure = Event(
        event_id="", doc_id="d", event_date=date(2024, 3, 4), date_end=None, time_precision=1,
        event_type="Battles", sub_event_type="Non-state actor overtakes territory", actor1="Gatia", assoc_actor_1="",
        actor2="", assoc_actor_2="", location="Menaka", admin1="Menaka", country="Mali", latitude=15.9,
        longitude=2.4, geo_precision=1, fatalities=None, claim=False, evidence=("a",), same_as="", notes="",
        sentence="a", char_start=0, char_end=1, trigger="seized", date_source="clause", confidence=0.8)
    fighting = replace(seizure, sub_event_type="Armed clash", actor1="Unidentified Armed Group", location="Mali",
                       admin1=None, latitude=None, longitude=None, geo_precision=3, evidence=("b",), sentence="b",
                       char_start=500, char_end=501, trigger="fighting")
    merged = merge_in_document([seizure, fighting])
    assert [(e.sub_event_type, e.location, e.evidence) for e in merged] == [
        ("Non-state actor overtakes territory", "Menaka", ("a", "b"))]
    elsewhere = replace(fighting, sub_event_type="Armed clash", actor2="Military Forces of Mali")
    assert len(merge_in_document([seizure, elsewhere])) == 2  # a fight with its sides named may be another


@pytest.mark.parametrize("text, expected", [
    # an offensive begun is a declared change of activity by those who began it, where it was aimed
    ("On 14 January 2024, the Nigerien army launched a major offensive against the rebels in the Diffa region.",
     ("Military Forces of Niger", date(2024, 1, 14), "Diffa")),
    # a participle and a nation's adjective: "a French-led operation launched in" a month
    ("The militants were driven out of the towns by a French-led military operation launched in February 2015.",
     ("Military Forces of France", date(2015, 2, 15), None)),
    # "the launch of" an operation, announced by the force that began it
    ("On 3 May 2024, the Malian army announced the launch of an operation in the Kayes region.",
     ("Military Forces of Mali", date(2024, 5, 3), "Kayes")),
    # a nation's possessive names its forces; a day inside the "after" phrase is the launch's own
    ("Almost a month after the January 11 launch of France's military offensive, the cities of Gao and Kidal are "
     "under French control.", ("Military Forces of France", date(2024, 1, 11), "Mali")),
])
def test_events_an_operation_begun_is_a_change_of_activity(loaded_nlp, text, expected):
    changes = [e for e in extract(text, PUBLISHED) if e.sub_event_type == "Change to group/activity"]
    assert len(changes) == 1
    actor, day, place = expected
    assert (changes[0].actor1, changes[0].event_date) == (actor, day)
    assert place is None or changes[0].location == place


@pytest.mark.parametrize("text", [
    "On 3 March 2024, three soldiers were killed during an operation near Gao.",  # under way, not begun
    "On 3 March 2024, the army launched an operation in which dozens of terrorists were neutralised near Gao.",
    "Clean-up operations were launched in the area after the attack on Gao on 3 March 2024.",
    "On 3 March 2024, Tuareg rebels launched an offensive to seize several towns in the north.",
])
def test_events_an_operation_that_is_the_fighting_is_no_change_of_activity(loaded_nlp, text):
    assert all(e.sub_event_type != "Change to group/activity" for e in extract(text, PUBLISHED))


@pytest.mark.parametrize("text, expected", [
    # a joint deed: the host country's forces first, the foreign ones beside them (as ACLED codes it)
    ("On 2 March 2024 French and Malian troops attacked the jihadists near Gao.",
     ("Military Forces of Mali", "Military Forces of France", "Unidentified Armed Group")),
    # three sides in a "between" list: an unnamed side keeps its place, and the two forces fight it
    ("On 2 March 2024 there was fighting between Islamist rebels and Malian and French forces in Gao.",
     ("Unidentified Armed Group", "", "Military Forces of Mali")),
])
def test_events_coordinated_forces_keep_their_sides(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.actor1, event.assoc_actor_1, event.actor2) == expected


@pytest.mark.parametrize("text, expected", [
    # an operation that drove a side out, with its own month, is its start told in passing
    ("The rebels were largely ousted by a Chadian-led military operation in March 2015.",
     [("Change to group/activity", "Military Forces of Chad", "", date(2015, 3, 15))]),
    ("Islamist extremists took control of the north in early 2012, but were chased out of Sahara towns by an "
     "ongoing French-led military operation launched in January 2013.",
     [("Change to group/activity", "Military Forces of France", "", date(2013, 1, 15))]),
    ("The rebels were forced out by a French-led military intervention.", []),  # no date: background
    # a plural counted vaguely, and a tally up to a day, are aggregates
    ("Several attacks in northern Mali have targeted the UN mission in recent weeks.", []),
    ("French forces said Friday they had killed about 50 jihadists so far this month.", []),
    ("As of August 31 there had been 72 fatalities due to mines and IEDs in Mali.", []),
    # a deed after which a modal clause tells what will follow has happened
    ("France announced on Friday that it would resume joint operations with the Malian armed forces, after "
     "suspending cooperation following a coup in Mali in May.",
     [("Other", "Military Forces of Mali", "Government of Mali", date(2023, 5, 15))]),
    # customs officers are a state's armed service; preachers and an ethnic group's people are civilians
    ("On 11 June 2022, jihadists stormed a checkpoint in Koutiala, killing several customs agents.",
     [("Armed clash", "Unidentified Armed Group", "Customs Service of Mali", date(2022, 6, 11))]),
    ("Gunmen killed 40 Tuaregs in Menaka on Friday.",
     [("Attack", "Unidentified Armed Group", "Civilians (Mali)", date(2024, 3, 1))]),
    # the agent of the deed a participle follows says how it was done; victims the parser made speakers
    ("A bus travelling in northern Mali was blown by a mine on Monday, killing at least four people, police and "
     "administrative officials told AFP.",
     [("Remote explosive/landmine/IED", "Unidentified Armed Group", "Civilians (Mali)", date(2024, 3, 4))]),
])
def test_events_background_aggregates_and_parties(loaded_nlp, text, expected):
    found = [(e.sub_event_type, e.actor1, e.actor2, e.event_date) for e in extract(text, PUBLISHED)]
    assert found == expected


@pytest.mark.parametrize("text, place", [
    # a town that only measures where the event was, "the city of" it included, is not its place
    ("Suspected jihadists on Tuesday killed four soldiers in an attack in the northern region of Timbuktu.\n\n"
     "The dawn raid took place in the remote Gourma Rharous region, about 120 kilometres from the ancient city of "
     "Timbuktu.", "Gourma Rharous"),
    # nor a town named in a relative clause about another (a guard: the one town the report names)
    ("Gunmen killed eight aid workers in southwestern Niger on Sunday, officials said.\n\nThe assault took place "
     "6 kilometers east of the town of Koure, which is an hour's drive from the capital Niamey.", "Koure"),
    # the victims, as a pronoun, in the next paragraphs: where they were killed
    ("Sixteen preachers were shot dead in central Mali on Sunday, the government said.\n\nEarly reports blame the "
     "army.\n\nThe preachers were heading to Bamako when they were executed in Diabaly.", "Diabali"),
    # where the attackers told before arrived
    ("Gunmen killed three people in an attack in northern Mali on Thursday, sources said.\n\nThe assailants arrived "
     "in the town of Hombori on two pick-up trucks, an official said.\n\nThe governor of Gao condemned the killings.",
     "Hombori"),
    # the thing the event befell, told again with "the"; the first end of a "between" pair
    ("An explosion in central Mali on Thursday claimed the lives of eleven passengers on a bus.\n\nEarly in the "
     "afternoon, a bomb between Bandiagara and Goundaka hit the bus, a source said.", "Bandiagara"),
    # where a victim comes from is not where the event was
    ("On 2 March 2024, a peacekeeper from Chad was killed in an explosion in northern Mali.", "Mali"),
])
def test_events_follow_ups_and_reference_places(loaded_nlp, text, place):
    assert only(extract(text, PUBLISHED)).location == place


@pytest.mark.parametrize("text, expected", [
    # "Tuesday's attack" is the attack told before, not another one where the report was filed
    ("Bamako (AFP) - Suspected jihadists on Tuesday killed four soldiers in an attack in the northern region of "
     "Timbuktu, a local source said.\n\nThe army said four soldiers died in Tuesday's attack by armed jihadists.",
     [(date(2024, 3, 5), "Timbuktu")]),
    # "the two attacks" counts the events told before; it is no third one (a guard)
    ("Gunmen killed a customs officer in Hombori on Thursday. A roadside bomb killed three soldiers near Boni on "
     "Tuesday.\n\nThe two attacks coincide with the first visit to the region this week by the new head of the UN "
     "mission.", [(date(2024, 3, 7), "Hombori"), (date(2024, 3, 5), "Boni")]),
    # a day in a relative clause about a victim is not the day of the deed
    ("A customs officer was killed in an attack in northern Mali on Thursday.\n\n\"They opened fire on a customs post "
     "and killed our colleague, who only arrived on Wednesday to take up his position. Two civilians were also "
     "killed,\" the official said.", [(date(2024, 3, 7), "Mali")]),
])
def test_events_retold_events_are_not_new_ones(loaded_nlp, text, expected):
    assert [(e.event_date, e.location) for e in extract(text, PUBLISHED)] == expected


@pytest.mark.parametrize("text, expected", [
    # a definite event noun dated in its own phrase ("the Wednesday blast") or by a clause that says it took place
    # retells the event told before and gives it its day, not the day of the telling
    ("Sixteen civilians were killed near Gao when their vehicle hit a mine, hospital sources said on Thursday.\n\n"
     "Hospital sources confirmed details of the Tuesday blast.",
     [("Remote explosive/landmine/IED", date(2024, 3, 5), None, "Gao")]),
    ("Nine gendarmes were killed in an attack near the town of Bandiagara, an official said on Thursday.\n\n"
     "Officials had spoken of the attack on a gendarmerie post which took place on Tuesday night.",
     [("Armed clash", date(2024, 3, 5), None, "Bandiagara")]),
    # a "when" clause inside a "the day after" clause happened that day too: one explosion, not two events
    ("A roadside bomb killed two civilians on March 4 near Tessalit, the day after three soldiers were killed when a "
     "bomb blast hit their convoy near Hombori.",
     [("Remote explosive/landmine/IED", date(2024, 3, 4), None, "Tessalit"),
      ("Remote explosive/landmine/IED", date(2024, 3, 3), None, "Hombori")]),
    # two days in a row told together are one episode; two days apart are two events (a guard)
    ("On Monday and Tuesday at least 25 civilians were killed in Menaka by armed men, an official said.",
     [("Attack", date(2024, 3, 4), date(2024, 3, 5), "Menaka")]),
    ("Gunmen killed four civilians in Menaka on the 11th and on the 14th of February, an official said.",
     [("Attack", date(2024, 2, 11), None, "Menaka"), ("Attack", date(2024, 2, 14), None, "Menaka")]),
])
def test_events_retellings_and_days_told_together(loaded_nlp, text, expected):
    found = [(e.sub_event_type, e.event_date, e.date_end, e.location) for e in extract(text, PUBLISHED)]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # plural attacks timed only "in recent weeks" are many deeds told together
    ("The drills come after reported attacks on southern Mauritanian villages by Malian troops in recent weeks.", []),
    # but not when the recent span is another clause's time (a guard)
    ("At least eight civilians were killed in twin attacks in eastern Burkina Faso on Tuesday, where armed groups "
     "have been gaining ground in recent months.", [("Attack", "Burkina Faso")]),
    # the owner of a force is a party, not a place; "Bamako's airport" is a place
    ("Eight soldiers were killed on Tuesday in central Mali, as the commander of France's counter-terrorism force "
     "said an operation was ongoing.", [("Armed clash", "Mali")]),
    ("The junta arrested 49 soldiers from Ivory Coast at Bamako's airport on Sunday.", [("Arrests", "Bamako")]),
    # "Troops from Operation Barkhane": the force they belong to
    ("Troops from Operation Barkhane announced on Tuesday they had killed 20 jihadists in the forest near Boni.",
     [("Armed clash", "Boni")]),
])
def test_events_recent_plurals_owners_and_members(loaded_nlp, text, expected):
    found = [(e.sub_event_type, e.location) for e in extract(text, PUBLISHED)]
    assert found == expected


def test_events_troops_from_a_named_force_are_that_force(loaded_nlp):
    text = "Troops from Operation Barkhane announced on Tuesday they had killed 20 jihadists in the forest near Boni."
    assert only(extract(text, PUBLISHED)).actor1 == "Military Forces of France"


@pytest.mark.parametrize("text, expected", [
    # a dateline's town is where the report was filed: a town named on the day of the deed places it first ...
    ("Bamako, March 7 (AFP) Eight soldiers were killed today in an area targeted by jihadist groups.\n\n"
     "\"We lost eight troops on Thursday in an attack between the localities of Nampala and Diabali,\" a source "
     "said.", [(date(2024, 3, 7), "Nampala")]),
    # ... and the dateline's town only when the text names none nearer the deed
    ("Tehini/Cote d'Ivoire - Three Ivorian soldiers were killed on patrol near the border with Burkina Faso on "
     "Tuesday when their convoy was ambushed, the ministry said.", [(date(2024, 3, 5), "Tehini")]),
    # a dateline's day dates the news it opens as the day of its telling
    ("BAMAKO, March 6: At least seven people have been killed in clashes between armed groups in northern Mali, "
     "several sources said.", [(date(2024, 3, 6), "Mali")]),
    # "the garrison town": the town named before, in an earlier paragraph too
    ("Last July, 17 soldiers were killed in an attack on a military base in Nampala.\n\nA similar attack on the "
     "garrison town in January 2023 claimed the lives of 11 soldiers.",
     [(date(2023, 7, 15), "Nampala"), (date(2023, 1, 15), "Nampala")]),
])
def test_events_datelines_and_towns_told_before(loaded_nlp, text, expected):
    assert [(e.event_date, e.location) for e in extract(text, PUBLISHED)] == expected


def test_events_a_follow_up_does_not_take_the_dead_of_another_deed_in_its_sentence(loaded_nlp):
    text = ("A jihadist attack on a military camp in western Niger on Tuesday left 89 soldiers dead.\n\n"
            "The attack happened in the Tillaberi region, where 71 soldiers were killed in a December attack.")
    found = [(e.event_date, e.fatalities) for e in extract(text, PUBLISHED)]
    assert found == [(date(2024, 3, 5), 89), (date(2023, 12, 15), 71)]


@pytest.mark.parametrize("text, expected", [
    # forces among the targets make it their fight, the civilians with them
    ("Four civilians and a police officer were killed on Sunday by suspected jihadists in southern Mali, a security "
     "official said.", ("Armed clash", "Police Forces of Mali", "Civilians (Mali)")),
    # civilians alone stay the target (a guard)
    ("Four civilians and a village chief were killed on Sunday by suspected jihadists in southern Mali.",
     ("Attack", "Civilians (Mali)", "")),
])
def test_events_forces_among_the_targets_make_a_battle(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor2, event.assoc_actor_2) == expected


def test_events_a_number_written_with_a_hyphen_opens_no_dateline(loaded_nlp):
    text = ("Twenty-seven killed in clashes in Mali\n\nTwenty-seven people were killed in an attack on a village near "
            "Menaka on Tuesday, the ministry said.")
    event = only(extract(text, PUBLISHED))
    assert (event.fatalities, event.location) == (27, "Menaka")


@pytest.mark.parametrize("text, expected", [
    # a force moved with no sender named moved itself
    ("Army troops supported by police have been deployed to the Menaka region on Wednesday to stabilise the "
     "situation.", ("Military Forces of Mali", "")),
    ("French troops were withdrawn from Menaka on Wednesday.", ("Military Forces of France", "")),
    # the sender, when named, stays the actor (a guard)
    ("Mali sent troops to Kidal on Wednesday.", ("Military Forces of Mali", "")),
])
def test_events_a_force_moved_without_a_sender_is_the_actor(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Change to group/activity", *expected)


@pytest.mark.parametrize("text", [
    "The junta authorised the withdrawal of its troops from Menaka on Friday.",
    "The president authorized troops to withdraw from Gao on Friday.",
])
def test_events_an_authorised_movement_has_not_happened(loaded_nlp, text):
    assert extract(text, PUBLISHED) == []


@pytest.mark.parametrize("text, expected", [
    ("Three Malian soldiers lost their lives on Sunday near Gao following mine explosions, the army said on Monday.",
     ("Remote explosive/landmine/IED", "Military Forces of Mali")),
    ("Two soldiers died on Sunday after an ambush near Gao, the army said.", ("Armed clash", "Military Forces of Mali")),
])
def test_events_those_who_lost_their_lives_are_the_target(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor2) == expected


@pytest.mark.parametrize("text, place", [
    # a dateline of two bureaus says only where the report was written
    ("Fighting in Mali\n\nBAMAKO/DAKAR (Reuters) - Fighting broke out on Monday morning, a spokesman said.", "Mali"),
    # one town, or a town and its country, is where it was filed, and places an event the text places no nearer
    ("Fighting in Mali\n\nBAMAKO (Reuters) - Fighting broke out on Monday morning, a spokesman said.", "Bamako"),
    ("Fighting in Mali\n\nBamako/Mali - Fighting broke out on Monday morning, a spokesman said.", "Bamako"),
])
def test_events_a_dateline_of_two_bureaus_places_nothing(loaded_nlp, text, place):
    assert only(extract(text, PUBLISHED)).location == place


def test_events_those_who_count_attacks_are_not_the_they_who_attack(loaded_nlp):
    text = ("Boko Haram fighters have staged repeated attacks in the Diffa region since February.\n\n"
            "The United Nations has registered around 50 attacks and clashes in the region since February.\n\n"
            "The last came in late October when they shot dead 13 people in a village near Diffa.")
    event = only(extract(text, date(2015, 11, 26)))
    assert (event.actor1, event.event_date) == ("Boko Haram", date(2015, 10, 25))


def test_events_listed_villages_the_gazetteer_lacks_are_events_near_the_one_it_knows(loaded_nlp):
    text = ("Gunmen attacked the villages of Dabrinka, Kolowaye and Lada near the town of Diffa on Monday, killing nine "
            "men.")
    found = [(e.location, e.latitude, e.longitude, e.geo_precision, e.fatalities) for e in extract(text, PUBLISHED)]
    lada = (13.3013, 12.6459)
    assert found == [("Dabrinka", *lada, 2, 3), ("Kolowaye", *lada, 2, 3), ("Lada", *lada, 1, 3)]


def test_events_the_town_the_attacked_village_lies_near_is_no_second_event(loaded_nlp):
    text = "Gunmen attacked the village of Lada near the town of Diffa on Monday, killing nine men."
    assert [e.location for e in extract(text, PUBLISHED)] == ["Lada"]


def test_events_a_place_named_for_part_of_the_dead_does_not_place_the_event(loaded_nlp):
    text = ("Ten villagers in southeastern Niger were killed by gunmen, local sources said on Wednesday.\n\n"
            "Gunmen arriving late Monday attacked the village of Lada near Diffa.\n\n"
            "A local NGO said \"20 people have been killed,\" including \"10 at Ngarwa-Koura.\"")
    assert [(e.event_date, e.location) for e in extract(text, PUBLISHED)] == [(date(2024, 3, 4), "Lada")]


@pytest.mark.parametrize("text, expected", [
    ("Inter-ethnic clashes erupted on Saturday in the city of Macenta in southern Guinea, causing the death of 9 "
     "people.", ("Mob violence", "Rioters (Guinea)", "Rioters (Guinea)", 9)),
    ("At least 11 people died in intercommunal clashes in Dabou on Wednesday.",
     ("Mob violence", "Rioters (Ivory Coast)", "Rioters (Ivory Coast)", 11)),
    # an armed party named keeps the battle (a guard)
    ("Clashes between the army and jihadists erupted on Saturday in Macenta.",
     ("Armed clash", "Military Forces of Guinea", "Unidentified Armed Group", None)),
])
def test_events_clashes_between_communities_are_mob_violence(loaded_nlp, text, expected):
    event = only(extract(text, PUBLISHED))
    assert (event.sub_event_type, event.actor1, event.actor2, event.fatalities) == expected


@pytest.mark.parametrize("text, expected", [
    ("He was handed over to the International Committee of the Red Cross on Tuesday.", []),
    ("The hostages were handed over to the Red Cross on Tuesday.", []),
    ("France handed over the Tessalit base to the Malian army on Tuesday.", ["Tessalit"]),
])
def test_events_people_handed_over_are_no_territory(loaded_nlp, text, expected):
    assert [e.location for e in extract(text, PUBLISHED)] == expected


def test_events_the_countries_a_border_region_faces_are_not_where_it_is(loaded_nlp):
    text = ("Burkina Faso: attacks in the east\n\nArmed men attacked a village on Saturday in the border region with "
            "Togo and Ghana, killing 20 Burkinabe civilians.")
    assert only(extract(text, PUBLISHED)).location == "Burkina Faso"


def test_events_a_claim_of_the_attack_takes_every_town_it_was_split_into(loaded_nlp):
    text = ("The attack on the two army positions in Boulkessi and Mondoro on Sept. 30, 2019, killed 40 Malian "
            "soldiers. The attack was claimed by JNIM.")
    assert [(e.location, e.actor1) for e in extract(text, PUBLISHED)] == [("Boulkessi", "JNIM"), ("Mondoro", "JNIM")]


def test_events_those_killed_in_a_with_clause_suffered_it(loaded_nlp):
    text = "Two army posts in Boulkessi and Mondoro were attacked on Sunday morning, with 6 Malian soldiers killed."
    assert [(e.actor1, e.actor2) for e in extract(text, PUBLISHED)] == \
        [("Unidentified Armed Group", "Military Forces of Mali")] * 2


def test_events_an_attack_counted_from_an_earlier_event_does_not_take_its_day(loaded_nlp):
    text = ("It is the deadliest attack in Mali since the August 18 putsch. Twelve civilians were killed in an attack "
            "on Tuesday in the centre of the country.\n\nThis attack, on the road between Bandiagara and Bankass, "
            "caused 12 dead.")
    found = [(e.event_date, e.sub_event_type) for e in extract(text, date(2020, 10, 13))]
    assert found == [(date(2020, 8, 18), "Other"), (date(2020, 10, 13), "Attack")]


def test_events_a_kidnapping_and_an_attack_on_the_same_day_are_two_events(loaded_nlp):
    text = ("Early on Monday morning, terrorists carried out two attacks in the Narena commune. They kidnapped two "
            "Chinese nationals. The fighters then attacked an artisanal gold-panning site nearby, killing three "
            "people.")
    assert sorted(e.sub_event_type for e in extract(text, PUBLISHED)) == ["Abduction/forced disappearance", "Attack"]


def test_events_a_merged_event_starts_where_it_was_first_told():
    # the lead ("attacked a mining site in southern Mali"), a fight placed in the town, and the attack there: the
    # lead merges with the attack, which then absorbs the fight kept before it; the event starts at the lead
    lead = Event(
        event_id="", doc_id="d", event_date=date(2025, 5, 12), date_end=None, time_precision=1,
        event_type="Violence against civilians", sub_event_type="Attack", actor1="Unidentified Armed Group",
        assoc_actor_1="", actor2="Civilians (Mali)", assoc_actor_2="", location="Mali", admin1=None, country="Mali",
        latitude=None, longitude=None, geo_precision=3, fatalities=None, claim=False, evidence=("a",), same_as="",
        notes="", sentence="a", char_start=0, char_end=1, trigger="attacked", date_source="clause", confidence=0.8)
    fight = replace(lead, event_type="Battles", sub_event_type="Armed clash", actor2="", location="Narena",
                    admin1="Koulikoro", latitude=11.7, longitude=-8.4, geo_precision=1, evidence=("b",),
                    sentence="b", char_start=300, char_end=301, trigger="attacks")
    attack = replace(fight, event_type="Violence against civilians", sub_event_type="Attack",
                     actor2="Civilians (Mali)", evidence=("c",), sentence="c", char_start=400, char_end=401)
    merged = merge_in_document([lead, fight, attack])
    assert [(e.location, e.char_start, e.sentence) for e in merged] == [("Narena", 0, "a")]


def test_events_a_clock_time_beside_the_day_dates_the_event(loaded_nlp):
    text = "At around 9:00 this morning, a patrol of the UN force was attacked by unidentified gunmen near Goundam."
    assert [e.event_date for e in extract(text, date(2015, 7, 2))] == [date(2015, 7, 2)]


def test_events_a_rule_about_those_who_attack_is_no_event(loaded_nlp):
    text = ("In its resolution of 29 June 2015, the Security Council expressed its readiness to consider sanctions "
            "against those who launch attacks against peacekeepers.")
    assert extract(text, date(2015, 7, 2)) == []


def test_events_what_had_already_happened_before_a_dated_deed_is_not_dated_by_it(loaded_nlp):
    text = ("France sent 4,000 troops to Mali in January after the jihadists, who had already taken over the north, "
            "began pushing south.")
    assert [e.sub_event_type for e in extract(text, date(2013, 5, 4))] == ["Change to group/activity"]


def test_events_a_clash_between_a_militia_and_a_separatist_group_is_a_battle(loaded_nlp):
    text = ("Dozens of people were killed on Tuesday in a clash between a pro-government militia and a separatist "
            "group in northern Mali.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in extract(text, date(2016, 8, 12))] == \
        [("Armed clash", "Unidentified Armed Group", "Unidentified Armed Group")]


def test_events_the_day_a_closing_source_told_does_not_date_the_lead(loaded_nlp):
    # the parser hangs "told" off "source", apposed to "Mali"; it is still the telling, and the body's Tuesday
    # dates the clash the lead retold
    text = ("Dozens of people have been killed in a violent clash between a pro-government militia group and a "
            "separatist umbrella organization in northern Mali, a local source told Anadolu Agency Friday.\n\n"
            "The clashes started on Tuesday in Kidal between fighters of the pro-government group, GATIA, and armed "
            "members of the CMA, a GATIA official said.")
    found = extract(text, date(2016, 8, 12))
    assert [(e.event_date, e.sub_event_type, e.location) for e in found] == [(date(2016, 8, 9), "Armed clash", "Kidal")]
    assert "GATIA" in (found[0].actor1, found[0].actor2)


def test_events_an_actor_not_in_the_spec_takes_its_french_full_name(loaded_nlp):
    text = ("The clashes started on Tuesday in Kidal between fighters of GATIA and the CMA.\n\n"
            "GATIA, which is a French acronym for Groupe Autodefense Touareg Imghad et Allies, comprises Tuareg and "
            "Arab communities.")
    found = extract(text, date(2016, 8, 12))
    assert "Groupe Autodefense Touareg Imghad et Allies" in (found[0].actor1, found[0].actor2)


def test_events_a_place_that_only_measures_another_does_not_place_a_quote(loaded_nlp):
    text = ("Gunmen attacked the base of the group in Goundam early Saturday, one of its members said. Goundam is a "
            "small town about 90 kilometers southwest of the city of Timbuktu. \"They killed four of our fighters,\" "
            "he said.")
    assert [(e.location, e.fatalities) for e in extract(text, date(2017, 4, 8))] == [("Goundam", 4)]


def test_events_the_commune_a_village_lies_in_is_no_second_place(loaded_nlp):
    text = ("Two civilians were killed on Monday in an attack in Yendouma, in the rural commune of Sangha, in "
            "central Mali.")
    assert [(e.location, e.fatalities) for e in extract(text, date(2022, 5, 26))] == [("Yenndouma", 2)]


def test_events_a_village_told_after_the_region_of_the_same_attack_places_it(loaded_nlp):
    text = ("BAMAKO (Reuters) - Around two dozen soldiers were killed when militants attacked a military camp in "
            "central Mali on Tuesday, an official said.\n\nThe attack took place in a rural commune of Mali's Segou "
            "Region on Tuesday afternoon. Armed assailants stormed the village of Farabougou and a nearby military "
            "camp, the official said.")
    assert [(e.location, e.admin1, e.fatalities) for e in extract(text, date(2023, 12, 12))] == \
        [("Farabougou", "Segou", 24)]


def test_events_coups_of_two_months_are_the_military_against_the_government(loaded_nlp):
    # the parser lists the CSP with the months of "the coups of August 2020 and May 2021": it did not stage them
    text = ("Tensions in Mali have increased in recent months between the military junta installed after the coups "
            "of August 2020 and May 2021 and the Permanent Strategic Framework (CSP).")
    assert [(e.event_date, e.actor1, e.actor2) for e in extract(text, date(2023, 4, 19))] == [
        (date(2020, 8, 15), "Military Forces of Mali", "Government of Mali"),
        (date(2021, 5, 15), "Military Forces of Mali", "Government of Mali")]


@pytest.mark.parametrize("text, expected", [
    ("On April 18, the Malian authorities neutralized three presumed assailants near Nara.",
     [("Armed clash", "Military Forces of Mali", 3)]),
    ("On April 18, the army said it had neutralized the threat of an explosive device near Nara.", []),
])
def test_events_neutralizing_fighters_is_a_fight_of_the_states_forces(loaded_nlp, text, expected):
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in extract(text, date(2023, 4, 19))] == expected


def test_events_the_dead_a_later_sentence_also_counts_add_to_the_toll(loaded_nlp):
    text = ("Two UN peacekeepers were killed in an attack on Friday in Timbuktu, the United Nations said. The "
            "Security Council said a member of Mali's security forces was also killed in the attack.")
    assert [e.fatalities for e in extract(text, date(2022, 12, 17))] == [3]


def test_events_the_day_a_toll_was_given_does_not_date_the_event_it_counts(loaded_nlp):
    text = ("Gunmen killed 12 villagers in an attack on Kassa earlier this month, officials said. On Sunday, the army "
            "put the death toll from the attack at 20.")
    assert [(e.event_date, e.time_precision) for e in extract(text, date(2023, 11, 14))] == [(date(2023, 11, 5), 2)]


@pytest.mark.parametrize("text, expected", [
    ("Two journalists were arrested on 3 May at their office in Conakry by armed men.",
     [("Abduction/forced disappearance", "Unidentified Armed Group", "Civilians (Guinea)")]),
    ("Gunmen detained three traders on 3 May near Gao.",
     [("Abduction/forced disappearance", "Unidentified Armed Group", "Civilians (Mali)")]),
    ("Police arrested two journalists on 3 May in Conakry.",
     [("Arrests", "Police Forces of Guinea", "Civilians (Guinea)")]),
])
def test_events_only_a_state_arrests_armed_men_of_no_state_abduct(loaded_nlp, text, expected):
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in extract(text, date(2024, 5, 10))] == expected


@pytest.mark.parametrize("text, expected", [
    ("On Monday, riot police used tear gas to disperse hundreds of demonstrators in Niamey.",
     [("Protest with intervention", "Protesters (Niger)", "Police Forces of Niger", None)]),
    ("Security forces fired tear gas at protesters in Niamey on Monday.",
     [("Protest with intervention", "Protesters (Niger)", "Police Forces of Niger", None)]),
    ("Soldiers fired on protesters in Niamey on Monday, killing three.",
     [("Excessive force against protesters", "Protesters (Niger)", "Military Forces of Niger", 3)]),
    ("Students were dispersed with tear gas in Niamey on Monday.", []),
])
def test_events_a_crowd_met_by_force_is_the_crowds_protest(loaded_nlp, text, expected):
    found = extract(text, date(2024, 5, 10))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in found] == expected


def test_events_arrests_at_a_demonstration_are_its_intervention(loaded_nlp):
    # "unrest" names what the crowd remembers, not a riot; the next arrests of the paragraph, undated, are the
    # same crowd's; arrests a day later elsewhere are not
    text = ("On Saturday, 30 people were arrested in Kaedi in southern Mauritania at a rally by families of victims "
            "of past unrest, a rights group said. Five more people were arrested in Rosso, it said.\n\n"
            "On Sunday, police arrested two men suspected of smuggling in Atar.")
    found = extract(text, date(2021, 3, 8))
    assert [(e.location, e.sub_event_type, e.actor1) for e in found] == [
        ("Kaedi", "Protest with intervention", "Protesters (Mauritania)"),
        ("Rosso", "Protest with intervention", "Protesters (Mauritania)"),
        ("Atar", "Arrests", "Police Forces of Mauritania")]


@pytest.mark.parametrize("text", [
    "Guinea saw its first coup d\u2019état in years on 5 September 2021, when soldiers ousted the president.",
    "Soldiers ousted the president of Guinea on 5 September 2021.",
])
def test_events_a_coup_typeset_with_a_curly_apostrophe_or_told_as_an_ouster(loaded_nlp, text):
    assert [(e.event_date, e.sub_event_type, e.actor1, e.actor2) for e in extract(text, date(2021, 9, 30))] == \
        [(date(2021, 9, 5), "Other", "Military Forces of Guinea", "Government of Guinea")]


def test_events_an_army_ousting_fighters_is_no_coup(loaded_nlp):
    assert extract("The army ousted the jihadists from the town of Boni on Monday.", date(2021, 9, 30)) == []


def test_events_prisoners_hanged_is_a_killing_and_a_plotted_coup_no_coup(loaded_nlp):
    text = "On 2 March 1991, 12 prisoners were hanged in Kidal after being accused of plotting a coup."
    assert [(e.sub_event_type, e.fatalities) for e in extract(text, date(2020, 1, 1))] == [("Attack", 12)]


def test_events_a_state_hands_over_bases_through_its_forces(loaded_nlp):
    text = ("France handed control of its military base to Chad on Friday, beginning the process of withdrawing its "
            "troops from the country.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in extract(text, date(2025, 1, 31))] == \
        [("Non-violent transfer of territory", "Military Forces of France", "Military Forces of Chad")]


def test_events_volunteers_recruited_to_help_fight_is_no_fight(loaded_nlp):
    text = ("On 2 November, the government announced a recruitment drive for 5,000 volunteers to help fight "
            "jihadists in Ouagadougou.")
    assert extract(text, date(2022, 12, 29)) == []


@pytest.mark.parametrize("text, toll", [
    ("Gao is near Menaka, where 30 people were killed in an attack on 3 May, and not far from Niger, where 200 "
     "civilians have been killed in recent months.", 30),
    ("Gunmen killed 12 people in Menaka on 3 May, while in Niger more than 100 civilians have been killed in recent "
     "months.", 12),
    ("Gunmen attacked the village of Inekar on 3 May, killing 12 people.", 12),
])
def test_events_dead_of_a_clause_that_reports_no_event_are_not_the_events(loaded_nlp, text, toll):
    assert [e.fatalities for e in extract(text, date(2022, 5, 10))] == [toll]


@pytest.mark.parametrize("text, claim", [
    ("Two activists were arrested on 9 May at home in Conakry by armed men, before allegedly being taken to a camp.",
     False),
    ("The army killed 12 civilians in Boni on Monday after they were allegedly found with weapons.", False),
    ("Gunmen allegedly killed 20 civilians in Boni on Monday after the army had left.", True),
])
def test_events_only_the_deeds_own_clause_makes_it_a_claim(loaded_nlp, text, claim):
    assert [e.claim for e in extract(text, date(2024, 7, 20))] == [claim]
