"""Tests of the dates stage: the resolver table, the finder on parsed text, run(), publication-date inference."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dates import find_expressions, infer_publication_date, resolve, run
from pipeline.dates.vocab import load_vocab
from pipeline.records import Article, TimeValue

TUE = date(2023, 9, 19)  # a Tuesday
SUN = date(2023, 9, 17)  # a Sunday
THU = date(2022, 5, 26)  # a Thursday
WED = date(2023, 7, 12)  # a Wednesday


def D(text: str) -> date:
    return date.fromisoformat(text)


def tv(start: str, end: str, precision: str, kind: str = "point") -> TimeValue:
    return TimeValue(D(start), D(end), precision, kind)


def day(text: str, kind: str = "point") -> TimeValue:
    return tv(text, text, "day", kind)


# (expression, anchor, previous, tense) -> expected
RESOLVE_CASES = [
    # explicit dates, with and without a year
    ("the 12th of September 2023", TUE, None, None, day("2023-09-12")),
    ("On the 18th of September 2023", TUE, None, None, day("2023-09-18")),
    ("the 13th of September", TUE, None, None, day("2023-09-13")),
    ("the 14th of September", TUE, None, None, day("2023-09-14")),
    ("the 2nd of September", TUE, None, None, day("2023-09-02")),
    ("4 October 2022", TUE, None, None, day("2022-10-04")),
    ("Sept. 7", date(2023, 9, 14), None, None, day("2023-09-07")),
    ("Sept. 8", date(2023, 9, 14), None, None, day("2023-09-08")),
    ("MAY 26", THU, None, None, day("2022-05-26")),
    ("May 15", THU, None, None, day("2022-05-15")),
    ("March 30", THU, None, None, day("2022-03-30")),
    ("December 12", THU, None, None, day("2021-12-12")),
    ("July 26", SUN, None, None, day("2023-07-26")),
    ("June 18", WED, None, None, day("2023-06-18")),
    ("July 10, 2023", WED, None, None, day("2023-07-10")),
    ("February 27, 2023", WED, None, None, day("2023-02-27")),
    ("2023-09-13", TUE, None, None, day("2023-09-13")),
    ("October 3", TUE, None, None, day("2022-10-03")),
    ("October 3", TUE, None, "future", day("2023-10-03", "future")),
    ("on 1 January", TUE, None, None, day("2023-01-01")),
    ("31st of December 2021", TUE, None, None, day("2021-12-31")),
    # numeric dates: day first by default
    ("13/09", TUE, None, None, day("2023-09-13")),
    ("12/09", TUE, None, None, day("2023-09-12")),
    ("16/09/23", TUE, None, None, day("2023-09-16")),
    ("03/04/2022", TUE, None, None, day("2022-04-03")),
    # relative days
    ("yesterday", TUE, None, None, day("2023-09-18")),
    ("today", TUE, None, None, day("2023-09-19")),
    ("the day before yesterday", TUE, None, None, day("2023-09-17")),
    ("A day later", date(2023, 9, 14), D("2023-09-07"), None, day("2023-09-08")),
    ("a day later", TUE, None, None, day("2023-09-20")),
    ("the next day", TUE, D("2023-09-02"), None, day("2023-09-03")),
    ("the following day", TUE, D("2023-08-31"), None, day("2023-09-01")),
    ("two days earlier", TUE, D("2023-09-10"), None, day("2023-09-08")),
    ("Eleven days later", THU, D("2021-12-12"), None, day("2021-12-23")),
    ("three days ago", TUE, D("2023-01-01"), None, day("2023-09-16")),
    ("the same day", TUE, D("2023-09-13"), None, day("2023-09-13")),
    ("that same date", TUE, D("2023-09-16"), None, day("2023-09-16")),
    ("the previous day", TUE, D("2023-09-16"), None, day("2023-09-15")),
    # weekdays
    ("Monday", TUE, None, None, day("2023-09-18")),
    ("on Tuesday", TUE, None, None, day("2023-09-19")),
    ("Last Tuesday", THU, None, None, day("2022-05-24")),
    ("last Tuesday", TUE, None, None, day("2023-09-12")),
    ("this Saturday", SUN, None, None, day("2023-09-16")),
    ("this Wednesday evening", SUN, None, None, day("2023-09-13")),
    ("Friday", TUE, None, "future", day("2023-09-22", "future")),
    ("next Monday", TUE, None, None, day("2023-09-25", "future")),
    ("Sunday", SUN, None, None, day("2023-09-17")),
    # weeks and weekends
    ("last week", date(2023, 9, 14), None, None, tv("2023-09-04", "2023-09-10", "week")),
    ("last week", SUN, None, None, tv("2023-09-04", "2023-09-10", "week")),
    ("this past week", TUE, None, None, tv("2023-09-12", "2023-09-18", "week", "range")),
    ("the past week", TUE, None, None, tv("2023-09-12", "2023-09-18", "week", "duration")),
    ("this weekend", SUN, None, None, tv("2023-09-16", "2023-09-17", "week")),
    ("this weekend", TUE, None, None, tv("2023-09-16", "2023-09-17", "week")),
    ("a weekend", TUE, None, None, tv("2023-09-16", "2023-09-17", "week")),  # "a weekend airstrike"
    ("the end of the week", SUN, None, None, tv("2023-09-15", "2023-09-17", "week")),
    ("the end of the week", TUE, None, "past", tv("2023-09-15", "2023-09-17", "week")),
    ("the end of the week", date(2023, 9, 16), None, None, tv("2023-09-15", "2023-09-17", "week")),
    ("in recent days", date(2023, 9, 14), None, None, tv("2023-09-07", "2023-09-13", "week", "range")),
    ("recent weeks", date(2023, 9, 14), None, None, tv("2023-08-17", "2023-09-13", "week", "range")),
    ("the coming weeks", SUN, None, "future", tv("2023-09-18", "2023-10-15", "week", "future")),
    ("next week", TUE, None, None, tv("2023-09-25", "2023-10-01", "week", "future")),
    # months and their parts
    ("July", date(2023, 9, 14), None, None, tv("2023-07-01", "2023-07-31", "month")),
    ("April", date(2023, 9, 14), None, None, tv("2023-04-01", "2023-04-30", "month")),
    ("January", THU, None, None, tv("2022-01-01", "2022-01-31", "month")),
    ("November", THU, None, None, tv("2021-11-01", "2021-11-30", "month")),
    ("November", THU, None, "future", tv("2022-11-01", "2022-11-30", "month", "future")),
    ("May 2021", TUE, None, None, tv("2021-05-01", "2021-05-31", "month")),
    ("August 2022", TUE, None, None, tv("2022-08-01", "2022-08-31", "month")),
    ("last month", date(2023, 9, 14), None, None, tv("2023-08-01", "2023-08-31", "month")),
    ("last month", date(2023, 1, 5), None, None, tv("2022-12-01", "2022-12-31", "month")),
    ("early January", TUE, None, None, tv("2023-01-01", "2023-01-10", "month")),
    ("in early January", TUE, None, None, tv("2023-01-01", "2023-01-10", "month")),
    ("mid-August", TUE, None, None, tv("2023-08-11", "2023-08-20", "month")),
    ("late August", date(2023, 9, 14), None, None, tv("2023-08-21", "2023-08-31", "month")),
    ("late February 2024", TUE, None, None, tv("2024-02-21", "2024-02-29", "month")),
    ("the end of September", TUE, None, None, tv("2023-09-21", "2023-09-30", "month")),
    ("the beginning of March 2022", TUE, None, None, tv("2022-03-01", "2022-03-10", "month")),
    ("mid-October", TUE, None, None, tv("2022-10-11", "2022-10-20", "month")),
    # ranges
    ("since mid-August", date(2023, 9, 14), None, None, tv("2023-08-11", "2023-09-14", "month", "range")),
    ("Since the 13th of August", TUE, None, None, tv("2023-08-13", "2023-09-19", "day", "range")),
    ("since May 2021", TUE, None, None, tv("2021-05-01", "2023-09-19", "month", "range")),
    ("since 2012", THU, None, None, tv("2012-01-01", "2022-05-26", "year", "range")),
    ("since the beginning of the year", date(2023, 9, 14), None, None,
     tv("2023-01-01", "2023-09-14", "year", "range")),
    ("September 11-14", TUE, None, None, tv("2023-09-11", "2023-09-14", "day", "range")),
    ("September 11\u201314", TUE, None, None, tv("2023-09-11", "2023-09-14", "day", "range")),
    ("March 27-31, 2022", WED, None, None, tv("2022-03-27", "2022-03-31", "day", "range")),
    ("from 27 to 31 March 2022", TUE, None, None, tv("2022-03-27", "2022-03-31", "day", "range")),
    ("between 11 and 14 September", TUE, None, None, tv("2023-09-11", "2023-09-14", "day", "range")),
    ("from 28 December to 3 January", date(2023, 1, 10), None, None, tv("2022-12-28", "2023-01-03", "day", "range")),
    ("From Monday to Thursday", THU, None, None, tv("2022-05-23", "2022-05-26", "day", "range")),
    ("between 2020 and 2021", TUE, None, None, tv("2020-01-01", "2021-12-31", "year", "range")),
    ("the last 12 months", WED, None, None, tv("2022-07-12", "2023-07-11", "month", "duration")),
    ("the past year", WED, None, None, tv("2022-07-12", "2023-07-11", "year", "duration")),
    ("the last month", date(2023, 9, 14), None, None, tv("2023-08-14", "2023-09-13", "month", "duration")),
    # years, parts of years, seasons
    ("2015", TUE, None, None, tv("2015-01-01", "2015-12-31", "year")),
    ("in 2021", TUE, None, None, tv("2021-01-01", "2021-12-31", "year")),
    ("last year", TUE, None, None, tv("2022-01-01", "2022-12-31", "year")),
    ("last year's", WED, None, None, tv("2022-01-01", "2022-12-31", "year")),
    ("this year", TUE, None, None, tv("2023-01-01", "2023-12-31", "year")),
    ("earlier this year", date(2023, 9, 14), None, None, tv("2023-01-01", "2023-09-14", "year", "range")),
    ("in March of this year", date(2012, 6, 28), None, None, tv("2012-03-01", "2012-03-31", "month")),
    ("overnight Saturday", date(2022, 6, 13), None, None, tv("2022-06-11", "2022-06-11", "day")),
    ("May last year", TUE, None, None, tv("2022-05-01", "2022-05-31", "month")),
    # a day with its year named by a word: the word, not the nearest past date, sets the year
    ("March 2 this year", date(2018, 12, 1), None, None, tv("2018-03-02", "2018-03-02", "day")),
    ("on 14 November last year", date(2018, 3, 1), None, None, tv("2017-11-14", "2017-11-14", "day")),
    ("December 3 of last year", date(2018, 12, 20), None, None, tv("2017-12-03", "2017-12-03", "day")),
    ("September of 2013", TUE, None, None, tv("2013-09-01", "2013-09-30", "month")),
    ("in early 2022", TUE, None, None, tv("2022-01-01", "2022-04-30", "year")),
    ("In mid-2022", TUE, None, None, tv("2022-05-01", "2022-08-31", "year")),
    ("late 2021", TUE, None, None, tv("2021-09-01", "2021-12-31", "year")),
    ("the first half of 2023", WED, None, None, tv("2023-01-01", "2023-06-30", "year")),
    ("the second half of 2022", WED, None, None, tv("2022-07-01", "2022-12-31", "year")),
    ("the first 6 months of 2023", WED, None, None, tv("2023-01-01", "2023-06-30", "year")),
    ("the first quarter of 2023", WED, None, None, tv("2023-01-01", "2023-03-31", "month")),
    ("summer 2022", TUE, None, None, tv("2022-06-01", "2022-08-31", "month")),
    ("the winter of 2021", TUE, None, None, tv("2021-12-01", "2022-02-28", "month")),
    ("last summer", TUE, None, None, tv("2022-06-01", "2022-08-31", "month")),
    ("this spring", TUE, None, None, tv("2023-03-01", "2023-05-31", "month")),
    ("the 2010s", TUE, None, None, tv("2010-01-01", "2019-12-31", "year")),
    # "last November 11": the latest one strictly before the anchor
    ("last November 11", THU, None, None, day("2021-11-11")),
    ("last May 26", THU, None, None, day("2021-05-26")),
    # "the previous Saturday": the one before the day last told, else before the anchor
    ("the previous Saturday", date(2024, 3, 11), date(2024, 3, 10), None, day("2024-03-09")),
    ("On the preceding Friday", date(2024, 3, 11), None, None, day("2024-03-08")),
    ("the previous Monday", date(2024, 3, 11), date(2024, 3, 11), None, day("2024-03-04")),
    # durations, deadlines, future plans: never event dates
    ("in six months", TUE, None, None, tv("2024-03-01", "2024-03-31", "month", "future")),
    ("in six months", TUE, None, "future", tv("2024-03-01", "2024-03-31", "month", "future")),
    ("10 years", TUE, None, None, tv("2023-09-19", "2033-09-18", "year", "duration")),
    ("ten years", SUN, None, None, tv("2023-09-17", "2033-09-16", "year", "duration")),
    ("six months", TUE, None, None, tv("2023-09-19", "2024-03-18", "month", "duration")),
    ("for two-days", TUE, None, None, tv("2023-09-19", "2023-09-20", "day", "duration")),
    ("a few hours", TUE, None, None, tv("2023-09-19", "2023-09-19", "day", "duration")),
    ("for another three years", THU, None, None, tv("2022-05-26", "2025-05-25", "year", "duration")),
    ("72-hour", THU, None, None, tv("2022-05-26", "2022-05-26", "day", "duration")),
    ("by December 31", SUN, None, None, day("2023-12-31", "deadline")),
    ("by December 31", SUN, None, "future", day("2023-12-31", "deadline")),
    ("by the end of the year", SUN, None, None, tv("2023-09-01", "2023-12-31", "year", "deadline")),
    ("by January 31", SUN, None, "future", day("2024-01-31", "deadline")),
    ("within two weeks", TUE, None, None, tv("2023-09-20", "2023-10-03", "week", "deadline")),
    ("next year", TUE, None, None, tv("2024-01-01", "2024-12-31", "year", "future")),
    ("next month", TUE, None, None, tv("2023-10-01", "2023-10-31", "month", "future")),
    ("tomorrow", TUE, None, None, day("2023-09-20")),
    # beyond the corpus
    ("late last month", TUE, None, None, tv("2023-08-21", "2023-08-31", "month")),
    ("early this month", TUE, None, None, tv("2023-09-01", "2023-09-10", "month")),
    ("between March and May", TUE, None, None, tv("2023-03-01", "2023-05-31", "month", "range")),
    ("on Saturday 16 September", TUE, None, None, day("2023-09-16")),
    ("Tuesday 12 September 2023", TUE, None, None, day("2023-09-12")),
    ("the first week of September", TUE, None, None, tv("2023-09-01", "2023-09-07", "week")),
    ("March 2022 to May 2022", TUE, None, None, tv("2022-03-01", "2022-05-31", "month", "range")),
    ("the night of 3 to 4 June", TUE, None, None, tv("2023-06-03", "2023-06-04", "day", "range")),
    ("a few days ago", TUE, None, None, tv("2023-09-12", "2023-09-18", "week")),
    ("two weeks ago", TUE, None, None, tv("2023-09-04", "2023-09-10", "week")),
    ("late on Friday", TUE, None, None, day("2023-09-15")),
    ("later Friday", TUE, None, None, day("2023-09-15")),  # later or earlier on a day told: still that day
    ("earlier on Friday", TUE, None, None, day("2023-09-15")),
    ("after Friday", TUE, None, "past", day("2023-09-15")),  # "after Friday's verdict": the day is Friday
    ("in the past 24 hours", TUE, None, None, tv("2023-09-18", "2023-09-19", "day", "duration")),
    # holidays on fixed days: the last one on or before the anchor, unless a year is given
    ("On Christmas Eve", date(2020, 1, 4), None, None, day("2019-12-24")),
    ("New Year's Day", date(2020, 1, 4), None, None, day("2020-01-01")),
    ("New Year\u2019s Eve", TUE, None, None, day("2022-12-31")),
    ("Christmas Day 2012", TUE, None, None, day("2012-12-25")),
    ("last Christmas", date(2020, 12, 25), None, None, day("2019-12-25")),
    # a clock time beside a day narrows it and does not move it
    ("around 9:00 this morning", TUE, None, None, day("2023-09-19")),
    ("5 a.m. on Sunday", TUE, None, None, day("2023-09-17")),
    ("Sunday at 5 a.m.", TUE, None, None, day("2023-09-17")),
    ("at about 11 pm on 3 June", TUE, None, None, day("2023-06-03")),
    ("June 9 at 10.30 GMT", TUE, None, None, day("2023-06-09")),
]


@pytest.mark.parametrize("expression, anchor, previous, tense, expected", RESOLVE_CASES)
def test_dates_resolve_table(expression, anchor, previous, tense, expected):
    assert resolve(expression, anchor, previous, tense) == expected


@pytest.mark.parametrize("expression, day_first, expected", [
    ("12/09", True, day("2023-09-12")),
    ("12/09", False, day("2022-12-09")),
    ("09/12/2021", False, day("2021-09-12")),
    ("09/12/2021", True, day("2021-12-09")),
])
def test_dates_resolve_day_first_setting(expression, day_first, expected):
    assert resolve(expression, TUE, day_first=day_first) == expected


@pytest.mark.parametrize("expression", [
    "Niger", "France 24", "every day", "the year", "Resolution 2334", "M23", "the 3rd Battalion",
    "its second month", "", "   ", "the Sun", "9:00", "10 am",
])
def test_dates_resolve_not_a_date(expression):
    assert resolve(expression, TUE) is None


@given(st.text(max_size=60))
@settings(max_examples=200, deadline=None)
def test_dates_resolve_never_crashes(text):
    value = resolve(text, TUE, D("2023-09-01"))
    assert value is None or value.start <= value.end


def test_dates_vocab_has_no_conflicts():
    vocab = load_vocab()
    assert not set(vocab.months) & set(vocab.weekdays)
    assert set(vocab.month_parts) <= set(vocab.year_parts)
    assert all(1 <= m <= 12 for m in vocab.months.values())
    assert not set(vocab.anchor_days) & set(vocab.previous_days)
    assert not vocab.future_auxiliaries & vocab.future_verbs


# ---- with the spaCy model ---------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def nlp(loaded_nlp):
    """The pipeline as annotate runs it (our entity ruler included), loaded once (tests/conftest.py)."""
    return loaded_nlp


def _found(nlp, text):
    doc = nlp(text)
    return [doc.text[s:e] for s, e in find_expressions(doc)]


@pytest.mark.parametrize("text, expected", [
    ("On the 11th and on the 14th of September Timbuktu airport was targeted by mortar fire.",
     ["the 11th", "the 14th of September"]),
    ("On the same day (13/09) a Su-25 was shot down.", ["the same day", "13/09"]),
    ("Since the 13th of August JNIM has imposed a blockade on Timbuktu.", ["Since the 13th of August"]),
    ("Fighting raged in Moura from 27 to 31 March 2022, witnesses said.", ["from 27 to 31 March 2022"]),
    ("The report on the Events in Moura, March 27-31, 2022, was published in May 2023.",
     ["March 27-31, 2022", "May 2023"]),
    ("The council adopted Resolution 2334 in 2016.", ["2016"]),
    ("Protesters may march on the capital, the Sun reported.", []),
    ("The attack was carried out by the 3rd Battalion.", []),
    ("That same day, militants attacked a post in Bamba.", ["That same day"]),
    ("Since 2012, the army has fought insurgents in the north.", ["Since 2012"]),
    ("2022 was to be a year of elections in Mali.", ["2022"]),
    ("The post-2015 order and the 2015 peace deal collapsed.", ["2015", "2015"]),
    ("About 2000 soldiers and 1,500 police were deployed.", []),
    ("UPDATE, JUNE 2: new evidence emerged.", ["JUNE 2"]),
    # a weekday the recogniser runs on into a count of days that is an object, not a time
    ("The government announced on Sunday five days of national mourning after the massacre.", ["Sunday"]),
    ("They met on Friday 13 March.", ["Friday 13 March"]),
    # a part of a town, not of a year
    ("The men died in an attack on a market in the Gorou quarter of the village of Dosso.", []),
    ("Police raided homes in the Mbao quarter of the city.", []),
    ("Sales fell in the first quarter of 2023.", ["the first quarter of 2023"]),
    # a day counted from the one told before, which the recogniser may miss ...
    ("Another attack occurred the day before in the border region with Togo.", ["the day before"]),
    ("Gunmen returned the following day.", ["the following day"]),
    # ... but not when it counts from an event it names
    ("The army arrived the day after the attack.", []),
])
def test_dates_find_expressions(nlp, text, expected):
    assert _found(nlp, text) == expected


def test_dates_find_offsets_inside_text(nlp):
    doc = nlp("Last Tuesday, officials met. On 4 October 2022 a jet crashed; a day later another fell.")
    for start, end in find_expressions(doc):
        assert 0 <= start < end <= len(doc.text)
        assert doc.text[start:end].strip() == doc.text[start:end]


def _values(nlp, text, published):
    article = Article(doc_id="t", body=text, published=published)
    return [(m.text, m.value) for m in run(article, nlp(text))]


def test_dates_run_a_day_and_its_part_labelled_apart_are_one_expression(nlp):
    # the recogniser labels "Sunday" a date and "morning" a time here: one expression, not a day and a non-date
    text = "On Sunday morning, gunmen attacked the village of Bane."
    assert _values(nlp, text, date(2024, 3, 11)) == [("Sunday morning", day("2024-03-10"))]


def test_dates_run_previous_and_coordination(nlp):
    text = ("On Sept. 7, JNIM militants targeted a base. A day later, JNIM mounted a large attack. "
            "On the 11th and on the 14th of September the airport was shelled.")
    assert _values(nlp, text, date(2023, 9, 19)) == [
        ("Sept. 7", day("2023-09-07")), ("A day later", day("2023-09-08")),
        ("the 11th", day("2023-09-11")), ("the 14th of September", day("2023-09-14")),
    ]


@pytest.mark.parametrize("text, expected", [
    ("The withdrawal is planned to take place in six months.", tv("2024-03-01", "2024-03-31", "month", "future")),
    ("The handover must be completed by December 31.", day("2023-12-31", "deadline")),
    ("The ministers will meet on Friday.", day("2023-09-22", "future")),
    ("The ministers met on Friday.", day("2023-09-15")),
    ("The junta ruled for ten years.", tv("2023-09-19", "2033-09-18", "year", "duration")),
])
def test_dates_run_tense_and_cues(nlp, text, expected):
    values = _values(nlp, text, TUE)
    assert [v for _, v in values] == [expected]


def test_dates_run_without_publication_date(nlp):
    assert _values(nlp, "Yesterday the army attacked.", None) == [("Yesterday", None)]


def test_dates_run_sentence_index(nlp):
    text = "The army attacked. Rebels fled on Monday."
    article = Article(doc_id="t", body=text, published=TUE)
    (mention,) = run(article, nlp(text))
    assert mention.sentence == 1


@pytest.mark.parametrize("text, expected", [
    ("Africa Center for Strategic Studies\n\nJuly 10, 2023\n\nThe threat grew in 2023 (June 21, 2023).", D("2023-07-10")),
    ("BAMAKO, 3 March 2022 - Gunmen attacked a post.", D("2022-03-03")),
    ("On the 12th of September 2023 a statement was issued. On the 18th of September 2023 a base fell.",
     D("2023-09-18")),
    ("Nothing dated here, only 2021.", None),
])
def test_dates_infer_publication_date(text, expected):
    assert infer_publication_date(text) == expected


def test_dates_a_count_after_a_relative_time_is_no_part_of_it(loaded_nlp):
    from types import SimpleNamespace
    from pipeline import dates
    from pipeline.nlp import load_nlp
    text = "Last month 12 soldiers were killed in an attack."
    article = SimpleNamespace(doc_id="x", body=text, published=date(2025, 5, 7), title="")
    [mention] = dates.run(article, load_nlp()(text))
    assert mention.text == "Last month"
    assert (mention.value.start, mention.value.end) == (date(2025, 4, 1), date(2025, 4, 30))
