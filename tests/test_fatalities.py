"""Tests of pipeline/fatalities.py: death tolls per spec/ANNOTATION.md `fatalities`."""

import pytest

from pipeline.errors import VocabularyError
from pipeline.fatalities import (combined_toll, estimate_fatalities, load_number_words, mentions_deaths, number_value,
                                 parse_fatalities)

GUIDELINE = [
    ("Gunmen killed at least 49 civilians.", 49),
    ("More than 100 people were killed in the raid.", 100),
    ("10 to 15 soldiers were killed.", 10),
    ("Between 300 and 400 people were killed.", 300),
    ("Several villagers were killed.", 3),
    ("A dozen soldiers died in the ambush.", 12),
    ("Dozens of civilians were killed.", 24),
    ("Several dozen fighters were killed.", 36),
    ("Scores of villagers were killed.", 40),
    ("Hundreds of men were executed.", 200),
    ("The army said nobody was killed in the attack.", 0),
]

SUMS_AND_SIDES = [
    ("JNIM killed 15 soldiers and 10 attackers.", 25),
    ("15 soldiers and 10 attackers were killed.", 25),
    ("The militants killed 15 soldiers in Bamba and 20 in Gao.", 35),
    ("Two soldiers died and three assailants were killed.", 5),
    ("The clash left 4 soldiers dead; 11 attackers were also killed.", 15),
    ("15 soldiers were killed, including 5 officers.", 15),
    ("The attack killed 25 people, among them 15 soldiers.", 25),
    ("Two explosions killed 15 soldiers on Tuesday.", 15),  # the number before the verb counts the killers
    ("Three gunmen killed at least 12 villagers.", 12),
    ("12 soldiers killed, 5 wounded.", 12),
    # figures that split a total told before them are that total, not more of it
    ("Mali released a statement, confirming that 16 people had been killed and identifying the victims as eight "
     "Malian nationals and eight Mauritanians.", 16),
    ("Ten soldiers were killed, and 4 attackers and 6 civilians died in the town.", 10),
    ("Two soldiers, three civilians and five attackers were killed.", 10),  # no figure adds up to another
]

DEATHS_NOT_INJURIES = [
    ("Rebels killed 5 soldiers and wounded 20.", 5),
    ("5 killed and 20 wounded in Gao.", 5),
    ("The blast killed 3 and injured 5 passengers.", 3),
    ("The attack left 12 dead and 20 wounded.", 12),
    ("The authorities claimed to have killed 203 Islamist fighters and arrested more than 50.", 203),
    ("JNIM is responsible for killing at least 100 people and displacing tens of thousands more.", 100),
    ("Nobody was killed, but 12 people were injured.", 0),
    # things and animals counted beside the dead are not dead
    ("Eighteen people were killed and 100 homes torched in the attack.", 18),
    ("Two herders were killed and 300 cattle stolen.", 2),
    ("Gunmen killed 4 civilians and burned 12 vehicles.", 4),
]

NUMBER_FORMS = [
    ("Forty-nine civilians were killed.", 49),
    ("Two hundred and three fighters were killed.", 203),
    ("The massacre of at least 500 civilians shocked the region.", 500),
    ("Violence has caused at least 1,632 fatalities.", 1632),
    ("The death toll rose to 30 on Monday.", 30),
    ("One soldier was killed.", 1),
    ("Witnesses estimate between 300 and 400 people killed, most of them civilians.", 300),
    ("Each camp reports several dozen deaths.", 36),
    ("On Sept. 7, militants attacked a ferry, which killed at least 49 civilians.", 49),
    ("In 2022, 300 people were killed in Moura.", 300),
    ("Barkhane succeeded in killing several major jihadi players.", 3),
    ("Two U.N. peacekeepers were killed and two others were injured.", 2),  # an abbreviation ends no sentence
    # a long name and its short form stand between the figure and what happened to it
    ("He said 41 members of the Volunteers for the Defence of the Homeland (VDP) lost their lives on Thursday.", 41),
    ("The government was criticised after the death of 58 soldiers in November.", 58),
    # a cue inside a longer cue is not a cue of its own: "dead" in "shot dead 22" would look for a figure before it
    ("Gunmen shot dead 22 villagers in western Niger.", 22),
    ("The jihadists gunned down 9 worshippers.", 9),
    ("Nine worshippers were gunned down.", 9),
]

NOTHING = [
    ("At least 30,000 people have fled the city.", None),
    ("12 soldiers were wounded in the ambush.", None),
    ("Gunmen abducted 20 passengers on the road to Gao.", None),
    ("The army arrested 50 suspects.", None),
    ("The CMA claimed to have shot down a Malian SU-25 jet yesterday.", None),
    ("The 15,000-strong mission is leaving Mali.", None),
    ("Only 39 percent of eligible voters cast a ballot.", None),
    ("Over five days in the village, soldiers looted houses.", None),
    ("On the 11th and on the 14th of September the airport was shelled.", None),
    ("The junta seized power in 2020 and 2021.", None),
    ("Jihadists killed civilians in the village.", None),
    ("", None),
]


@pytest.mark.parametrize("text, expected", GUIDELINE)
def test_fatalities_guideline_readings(text, expected):
    assert parse_fatalities(text) == expected


@pytest.mark.parametrize("text, expected", SUMS_AND_SIDES)
def test_fatalities_sides_summed_subsets_not_added(text, expected):
    assert parse_fatalities(text) == expected


@pytest.mark.parametrize("text, expected", DEATHS_NOT_INJURIES)
def test_fatalities_count_deaths_not_injuries_arrests_displaced(text, expected):
    assert parse_fatalities(text) == expected


@pytest.mark.parametrize("text, expected", NUMBER_FORMS)
def test_fatalities_number_forms(text, expected):
    assert parse_fatalities(text) == expected


@pytest.mark.parametrize("text, expected", NOTHING)
def test_fatalities_no_figure_yields_none(text, expected):
    assert parse_fatalities(text) == expected


NUMBER_VALUES = [
    ("49", 49), ("1,632", 1632), ("50.000", 50000), ("forty-nine", 49), ("twelve", 12),
    ("two hundred and three", 203), ("two thousand five hundred", 2500), ("a dozen", 12), ("dozens", 24),
    ("several dozen", 36), ("scores", 40), ("hundreds", 200), ("several", 3), ("tens of thousands", 20000),
    ("10 to 15", 10), ("10-15", 10), ("10.5", None), ("11th", None), ("soldiers", None), ("", None),
]


@pytest.mark.parametrize("text, expected", NUMBER_VALUES)
def test_fatalities_number_value(text, expected):
    assert number_value(text) == expected


MENTIONS = [
    ("Jihadists killed civilians in the village.", True),
    ("The attack left many dead.", True),
    ("No one was killed.", False),
    ("Twelve soldiers were wounded.", False),
    ("The deadliest mission in the world is leaving.", False),
]


@pytest.mark.parametrize("text, expected", MENTIONS)
def test_fatalities_mentions_deaths(text, expected):
    assert mentions_deaths(text) is expected


def test_fatalities_malformed_numbers_file_raises(tmp_path):
    path = tmp_path / "numbers.yml"
    path.write_text("units: {one: 1}\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match=str(path)):
        load_number_words(path)


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["killed", "wounded", "and", "dozens", "between", "to", "-", ",", ".", "12", "1,000",
                                  "forty-nine", "hundred", "no", "one", "soldiers", "including", "x"]), max_size=25))
def test_fatalities_never_crash_and_never_negative(words):
    result = parse_fatalities(" ".join(words))
    assert result is None or result >= 0


@pytest.mark.parametrize("text, expected", [
    ("The rebels suffered heavy losses in the attack.", 10),
    ("Gunmen killed villagers in the attack.", 3),
    ("Gunmen killed 7 villagers and suffered heavy losses.", 7),
    ("Gunmen wounded several villagers.", None),
    ("Nobody was killed in the attack.", 0),
])
def test_fatalities_deaths_without_a_figure_follow_the_acled_rule(text, expected):
    assert estimate_fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("There were 37 dead, including four women and 13 children.", 37),
    ("Armed groups have killed more than 420 civilians and driven tens of thousands from their homes.", 420),
])
def test_fatalities_lists_of_subsets_and_other_clauses_add_nothing(text, expected):
    assert parse_fatalities(text) == expected


@pytest.mark.parametrize("first, first_text, second, second_text, expected", [
    # a second report that counts the first figure as one side of a split toll: the fuller toll
    (2, "Two soldiers were killed on Sunday.", 7, "The toll is two dead on the army's side and five dead on the "
     "attackers' side.", 7),
    # two reports of one toll: the more conservative
    (16, "Gunmen killed 16 people.", 17, "A security source put the death toll at 17.", 16),
    (None, "Gunmen attacked a camp.", 5, "Five soldiers were killed.", 5),
    # neither sentence holds the 28 (it came with a report merged before): "some victims" guesses 3, which does not
    # lower a counted toll
    (28, "We have lost everything: the village was devastated after the attack.", 3,
     "Some victims were killed or sustained gunshot wounds.", 28),
    # a figure the report gives as since replaced: the later count, even when larger
    (9, "Nine gendarmes were killed in an attack near the town, an official said.", 8,
     "Officials had earlier spoken of a death toll of eight.", 9),
    (89, "The attack left 89 soldiers dead, according to a new toll.", 25,
     "The previous toll given for the attack was 25 soldiers killed.", 89),
    (31, "At least 31 people were killed in the attack.", 21,
     "Authorities had initially put the death toll at 21.", 31),
    # dead a later sentence counts as more of the same event add up; a repeated "also said" does not
    (2, "Two UN peacekeepers were killed in an attack on Friday.", 1,
     "A member of Mali's security forces was also killed in the attack.", 3),
    (5, "Five soldiers were killed.", 3, "Three civilians were killed as well.", 8),
    (5, "Five soldiers were killed.", 5, "Officials also said five soldiers died.", 5),
])
def test_fatalities_two_reports_of_one_toll(first, first_text, second, second_text, expected):
    assert combined_toll(first, first_text, second, second_text) == expected
    assert combined_toll(second, second_text, first, first_text) == expected


def test_fatalities_a_count_of_attacks_is_no_toll_and_a_figure_beats_an_estimate():
    from pipeline.fatalities import combined_toll, death_figures
    assert death_figures("So many leaders have been killed in a single attack.") == []
    assert combined_toll(8, "The strikes killed eight rebel leaders.", 3, "Civilians were killed.") == 8


@pytest.mark.parametrize("text, expected", [
    ("Militants executed an Algerian diplomat on Sunday.", 1),
    ("A Red Cross worker was killed in an attack in Gao on Monday.", 1),
    ("Gunmen killed a number of villagers near Djibo.", 3),  # "a number of": a group, no figure
    ("A group of soldiers was killed in an ambush.", 3),
    ("Soldiers were killed in an attack.", 3),  # "an attack" is no victim
])
def test_fatalities_a_lone_victim_told_with_a_is_one_death(text, expected):
    assert estimate_fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one person told with "a" in a list with a figure is one more death
    ("Jihadists attacked a school, killing five teachers and a municipal worker, officials said.", 6),
    ("A priest and five others were murdered at mass.", 6),
    ("Two soldiers and a gendarme were killed in the ambush.", 3),
    ("Gunmen killed 12 soldiers and a civilian near Djibo.", 13),
    # not a list of victims: a group, a wounded person, the article of another noun
    ("Gunmen killed five soldiers and a number of civilians.", 5),
    ("Gunmen killed 5 soldiers and a civilian was wounded.", 5),
    ("Gunmen killed 4 people in an attack on a village.", 4),
])
def test_fatalities_a_person_listed_with_a_figure_counts_one(text, expected):
    assert parse_fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "several sources said" counts who told it, not the dead
    ("A municipal worker was also killed in the same area, several sources said.", 1),
    ("One soldier was killed, two witnesses said.", 1),
    # a total followed by its parts: the parts' verb tells what happened to the total, and a comma inside the list
    # does not close the aside
    ("At least 13 people, including 10 gendarmes, one civilian and two volunteers, were killed on Monday.", 13),
    ("15 people including 12 soldiers were killed on Monday.", 15),
    ("15 people including 12 soldiers were wounded on Monday.", None),
])
def test_fatalities_sources_are_no_toll_and_a_total_reads_as_its_parts(text, expected):
    assert estimate_fatalities(text) == expected if expected is not None else parse_fatalities(text) is None


@pytest.mark.parametrize("first, first_text, second, second_text, expected", [
    # the attackers' dead and the victims' dead are two sides of one toll
    (10, "About 10 soldiers were killed in an attack.", 3, "Several of the assailants had been killed.", 13),
    (5, "A gendarme and four civilians were killed.", 2, "On the enemy side, two terrorists were killed.", 7),
    # two counts of the same side: the more conservative
    (20, "Soldiers killed 20 terrorists.", 18, "The army said 18 terrorists were killed.", 18),
])
def test_fatalities_each_sides_dead_add_up(first, first_text, second, second_text, expected):
    assert combined_toll(first, first_text, second, second_text) == expected


@pytest.mark.parametrize("text, expected", [
    # an aside that says who the dead were stands between the figure and its verb
    ("At least 12 people, most of them civilian volunteers supporting the army, have been killed in the north.", 12),
    ("Seven Malian soldiers, many of them young recruits, were killed on Monday.", 7),
    ("Twenty people, mostly women and children, died when the boat was attacked.", 20),
    # the aside's own figure or verb still counts: a wounded group is no toll, and a later figure is
    ("In Gao, 12 soldiers, mostly hit in the legs, were wounded; two civilians died.", 2),
    ("Nine herders, most of them from Niger, were arrested on Monday.", None),
])
def test_fatalities_an_aside_describing_the_dead_is_skipped(text, expected):
    assert parse_fatalities(text) == expected
