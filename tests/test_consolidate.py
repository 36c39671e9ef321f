"""Consolidate: one occurrence reported by several documents is linked; different occurrences are not."""

from dataclasses import replace
from datetime import date

from pipeline.consolidate import link
from pipeline.records import Event

BASE = Event(
    event_id="a#1", doc_id="a", event_date=date(2023, 9, 8), date_end=None, time_precision=1,
    event_type="Battles", sub_event_type="Armed clash", actor1="JNIM", assoc_actor_1="",
    actor2="Military Forces of Mali", assoc_actor_2="", location="Segou", admin1="Segou", country="Mali",
    latitude=13.44, longitude=-6.26, geo_precision=3, fatalities=None, claim=False, evidence=("s",), same_as="",
    notes="", sentence="s", char_start=0, char_end=1, trigger="shot down", date_source="clause", confidence=0.8,
)


def other(**changes):
    return replace(BASE, event_id="b#1", doc_id="b", **changes)


def test_consolidate_same_occurrence_in_two_documents_is_linked_both_ways():
    linked, groups = link([BASE, other(actor1="Unidentified Armed Group", fatalities=3)])
    assert [e.same_as for e in linked] == ["b#1", "a#1"]
    assert len(groups) == 1 and groups[0].doc_ids == ("a", "b") and groups[0].fatalities == 3
    assert groups[0].actor1 == "JNIM"


def test_consolidate_nearby_place_and_date_within_precision_link():
    near = other(location="Pelengana", latitude=13.40, longitude=-6.20, event_date=date(2023, 9, 10), time_precision=2)
    assert link([BASE, near])[0][0].same_as == "b#1"


def test_consolidate_different_day_type_place_or_initiator_do_not_link():
    for changed in (other(event_date=date(2023, 9, 9)), other(event_type="Explosions/Remote violence"),
                    other(location="Gao", latitude=16.27, longitude=-0.04), other(actor1="CMA")):
        assert [e.same_as for e in link([BASE, changed])[0]] == ["", ""]


def test_consolidate_never_puts_two_events_of_one_document_in_a_group():
    same_doc = replace(BASE, event_id="a#2")
    linked, groups = link([BASE, other(), same_doc])
    assert linked[2].same_as == "" and len(groups) == 2


def test_consolidate_a_country_and_a_month_do_not_join_a_day_but_two_months_do():
    # "a police vehicle was attacked in December" (somewhere in the country) is not the attack of December 8
    month = other(location="Mali", latitude=None, longitude=None, event_date=date(2023, 9, 15), time_precision=3)
    assert [e.same_as for e in link([BASE, month])[0]] == ["", ""]
    # two reports of "the September 2023 coup", one in the capital, one in the country, are one occurrence
    coup = replace(BASE, time_precision=3, event_date=date(2023, 9, 15))
    assert link([coup, month])[0][0].same_as == "b#1"
