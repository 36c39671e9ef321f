"""Calendar arithmetic on `datetime.date`: month ends, month shifts, weeks, and TimeValue builders."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from pipeline.records import Precision, TimeKind, TimeValue


def month_end(year: int, month: int) -> date:
    """Last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    """Shift a date by whole months, clamping the day to the target month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def week_start(day: date) -> date:
    """Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


def day_value(day: date, kind: TimeKind = "point") -> TimeValue:
    return TimeValue(day, day, "day", kind)


def month_value(year: int, month: int, kind: TimeKind = "point") -> TimeValue:
    return TimeValue(date(year, month, 1), month_end(year, month), "month", kind)


def year_value(year: int, kind: TimeKind = "point") -> TimeValue:
    return TimeValue(date(year, 1, 1), date(year, 12, 31), "year", kind)


def months_value(year: int, first: int, last: int, precision: Precision, kind: TimeKind = "point") -> TimeValue:
    """Months `first`..`last` of a year; a `last` before `first` runs into the next year (winter)."""
    end_year = year + 1 if last < first else year
    return TimeValue(date(year, first, 1), month_end(end_year, last), precision, kind)


def span_value(start: date, end: date, precision: Precision, kind: TimeKind) -> TimeValue:
    """An interval, its ends put in order."""
    return TimeValue(min(start, end), max(start, end), precision, kind)


def enclosing(day: date, precision: Precision, kind: TimeKind = "point") -> TimeValue:
    """The calendar day, week, month or year that holds `day`."""
    if precision == "week":
        monday = week_start(day)
        return TimeValue(monday, monday + timedelta(days=6), "week", kind)
    if precision == "month":
        return month_value(day.year, day.month, kind)
    if precision == "year":
        return year_value(day.year, kind)
    return day_value(day, kind)


def shift(day: date, count: int, unit: dict) -> date:
    """`day` moved by `count` units (a unit of models/dates.yml: days and/or months)."""
    months = unit.get("months", 0)
    if months:
        return add_months(day, count * months)
    return day + timedelta(days=count * max(unit.get("days", 0), 0))
