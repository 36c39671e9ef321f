"""Resolve one temporal expression to a calendar interval, against the publication date.

`resolve(expression, anchor, previous, tense)` returns a `TimeValue` or None. The rules are tried in order:
cue words around the expression (since, from-to, between, by, in N units), then relative days, counts with a
direction ("two days later"), rolling windows ("the last 12 months"), weeks, weekdays, month and year words, parts
of months and years, and last plain explicit dates, which dateparser reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser

from pipeline.dates import intervals as iv
from pipeline.dates.vocab import DatesVocab, load_vocab
from pipeline.records import TimeValue


@dataclass(frozen=True)
class Context:
    anchor: date
    previous: date | None
    tense: str | None
    day_first: bool
    vocab: DatesVocab

    @property
    def base(self) -> date:
        """The day a "later/earlier" count starts from: the previous event, else the anchor."""
        return self.previous or self.anchor

    @property
    def future(self) -> bool:
        return self.tense == "future"


_FILLERS = re.compile(r"\b(?:just|only|about|around|some|nearly|almost|roughly|approximately|"
                      r"less than|more than|over|under|at least|at most|barely|exactly)\s+")


def normalise(expression: str) -> str:
    """Lower case, plain dashes and spaces, no possessive or edge punctuation."""
    text = expression.lower().replace("\u00a0", " ")
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"['\u2019]s\b", "", text)
    text = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", text)
    text = re.sub(r"\s+", " ", text).strip(" ,.;:()\"'\u201c\u201d")
    return re.sub(r"\bsept\b\.?", "september", text)


def resolve(expression: str, anchor: date, previous: date | None = None, tense: str | None = None,
            *, day_first: bool = True) -> TimeValue | None:
    """One expression and its anchors -> its interval, precision and kind, or None when it is not a date."""
    context = Context(anchor, previous, tense, day_first, load_vocab())
    return resolve_text(normalise(expression), context)


def resolve_text(text: str, ctx: Context) -> TimeValue | None:
    """A normalised expression -> its value (the cue rules, then the core rules)."""
    text = _drop_time_of_day(text, ctx)
    for rule in (_since, _between, _until, _deadline, _future_in, _duration_for):
        value = rule(text, ctx)
        if value is not None:
            return value
    text = re.sub(r"^(?:on|at|in|over|during|of|as of|back in|throughout|after)\s+", "", text)
    text = _drop_time_of_day(text, ctx)
    value = _core(text, ctx)
    if value is not None and ctx.future and value.kind == "point" and value.start > ctx.anchor:
        return replace(value, kind="future")
    return value


_WEEKDAY_WORD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"


# A clock time: "9:00", "10.30 pm", "5 a.m.", "11 o'clock", with an optional zone ("GMT", "local time").
_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?|\d{1,2}\s*(?:[ap]\.?m\b\.?|o'clock))" \
         r"(?:\s*\(?(?:gmt|utc|local time)\)?)?"
_CLOCK_CUE = r"(?:(?:at|around|about|shortly after|shortly before|just after|just before|from|until)\s+)*"


def _drop_clock(text: str) -> str:
    """A clock time beside a day narrows it but does not move it: "around 9:00 this morning", "Sunday at 5 a.m."."""
    text = re.sub(rf"^{_CLOCK_CUE}{_CLOCK},?\s+(?:on\s+)?(?=[a-z0-9])", "", text)
    return re.sub(rf"(?<=[a-z0-9]),?\s+{_CLOCK_CUE}{_CLOCK}$", "", text)


def _drop_time_of_day(text: str, ctx: Context) -> str:
    """Words that narrow a day but do not move it: "the night of 3 June", "late on Friday", "Saturday 16 September"."""
    text = _drop_clock(text)
    text = re.sub(r"^(?:the )?(?:night|morning|evening|afternoon|early hours) of ", "", text)
    text = re.sub(rf"^(?:early|late|later|earlier|overnight)(?: on)? (?={_WEEKDAY_WORD})", "", text)
    return re.sub(rf"^{_WEEKDAY_WORD},? (?=(?:the )?\d|{_MONTH_WORD} \d)", "", text)


def _core(text: str, ctx: Context) -> TimeValue | None:
    for rule in _CORE_RULES:
        value = rule(text, ctx)
        if value is not None:
            return value
    return None


# ---- cue rules -------------------------------------------------------------------------------------------------

def _since(text: str, ctx: Context) -> TimeValue | None:
    match = re.match(r"(?:ever )?since (.+)$", text)
    if not match:
        return None
    start = _core(_strip_article_cue(match.group(1)), ctx)
    if start is None:
        return None
    return TimeValue(start.start, max(start.start, ctx.anchor), start.precision, "range")


def _strip_article_cue(text: str) -> str:
    return re.sub(r"^(?:on|in|at) ", "", text)


def _between(text: str, ctx: Context) -> TimeValue | None:
    """"from X to Y", "between X and Y", "X-Y", "X to Y": one range, each side borrowing what the other names."""
    match = (re.match(r"(?:from )(.+?) (?:to|until|till|through|and|-) (.+)$", text)
             or re.match(r"between (.+?) (?:and|-) (.+)$", text)
             or re.match(r"(.+?\d) ?(?:-|to) ?(\d.*)$", text)
             or re.match(r"(.+?) (?:to|until|till|through) (.+)$", text))
    if not match or _EXPLICIT.fullmatch(text):
        return None
    left, right = (_strip_article_cue(part.strip()) for part in match.groups())
    first, last = _core(_borrow(left, right), ctx), _core(_borrow(right, left), ctx)
    if first is None or last is None:
        return None
    if last.end < first.start:
        first = _shift_back(first, left, ctx)
    precision = first.precision if first.precision == last.precision else "day"
    return iv.span_value(first.start, last.end, precision, "range")


def _shift_back(first: TimeValue, left: str, ctx: Context) -> TimeValue:
    """The start of a range that came out after its end: a weekday a week earlier ("from Monday to Thursday"),
    a year-less date a year earlier ("from 28 December to 3 January")."""
    if any(word in ctx.vocab.weekdays for word in left.split()):
        return replace(first, start=first.start - timedelta(days=7), end=first.end - timedelta(days=7))
    if re.search(r"\b\d{4}\b", left) is None:
        return replace(first, start=iv.add_months(first.start, -12), end=iv.add_months(first.end, -12))
    return first


_MONTH_WORD = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|" \
              r"jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.?"


def _borrow(side: str, other: str) -> str:
    """Complete one side of a range with the month and year the other side names ("11" + "14 september 2023")."""
    if re.fullmatch(r"\d{4}", side):
        return side
    has_month = re.search(_MONTH_WORD, side) is not None
    has_year = re.search(r"\b\d{4}\b", side) is not None
    day_only = re.fullmatch(r"((?:the )?\d{1,2})(,? \d{4})?", side)
    month = re.search(_MONTH_WORD, other)
    if day_only and month:
        side = f"{day_only.group(1)} {month.group(0)}{day_only.group(2) or ''}"
        has_month = True
    if has_month and not has_year:
        year = re.search(r"\b\d{4}\b", other)
        if year:
            side = f"{side} {year.group(0)}"
    return side


def _until(text: str, ctx: Context) -> TimeValue | None:
    match = re.match(r"(?:until|till|up to|through) (.+)$", text)
    if not match:
        return None
    end = _core(_strip_article_cue(match.group(1)), ctx)
    if end is None:
        return None
    kind = "deadline" if end.end > ctx.anchor else "range"
    return replace(end, kind=kind)


def _deadline(text: str, ctx: Context) -> TimeValue | None:
    match = re.match(r"(?:by|before|no later than|not later than) (.+)$", text)
    if not match:
        return None
    # a deadline looks ahead unless the clause is known to be past ("had fallen by 12 May")
    ahead = ctx if ctx.tense == "past" else replace(ctx, tense="future")
    value = _core(_strip_article_cue(match.group(1)), ahead)
    if value is None:
        return None
    if value.end < ctx.anchor:
        return replace(value, kind="point")
    return replace(value, kind="deadline")


def _future_in(text: str, ctx: Context) -> TimeValue | None:
    """"in six months", "within two weeks", "in the next/coming weeks": a plan ahead of the anchor."""
    match = re.match(r"(?:in|within|over) (?:the )?(?:next|coming) (.+)$", text)
    if match:
        count, unit = _count_unit(match.group(1), ctx.vocab)
        if unit is None:
            return None
        count = count or (4 if unit["precision"] == "week" else 7 if unit["precision"] == "day" else 3)
        end = iv.shift(ctx.anchor, count, unit)
        return TimeValue(ctx.anchor + timedelta(days=1), end, unit["precision"], "future")
    match = re.match(r"(in|within) (.+)$", text)
    if not match:
        return None
    count, unit = _count_unit(match.group(2), ctx.vocab)
    if unit is None or count is None:
        return None
    if ctx.tense == "past":
        return None  # "in two days" of a past event is a length ("took Moura in two days")
    target = iv.shift(ctx.anchor, count, unit)
    if match.group(1) == "within":
        return TimeValue(ctx.anchor + timedelta(days=1), target, unit["precision"], "deadline")
    return iv.enclosing(target, unit["precision"], "future")


def _duration_for(text: str, ctx: Context) -> TimeValue | None:
    match = re.match(r"(?:for|over|during|after|in) (.+)$", text)
    if not match:
        return None
    return _duration(match.group(1), ctx)


# ---- counts and units ------------------------------------------------------------------------------------------

def _unit(word: str, vocab: DatesVocab) -> dict | None:
    word = word.rstrip("s") if word not in vocab.units else word
    return vocab.units.get(word)


def _number(words: str, vocab: DatesVocab) -> int | None:
    """ "12", "six", "a", "a couple of", "twenty five" -> the number; None when it is not one."""
    words = words.strip()
    if re.fullmatch(r"\d+", words):
        return int(words)
    if words in vocab.number_words:
        return vocab.number_words[words]
    parts = words.replace("-", " ").split()
    if parts and all(p in vocab.number_words for p in parts):
        return sum(vocab.number_words[p] for p in parts)
    return None


def _count_unit(text: str, vocab: DatesVocab) -> tuple[int | None, dict | None]:
    """"six months", "two-days", "a few hours", "weeks" -> (count or None when vague, unit) or (None, None)."""
    text = _FILLERS.sub("", text.strip())
    match = re.fullmatch(r"(?:(.+?)[ -])?(hours?|days?|weeks?|fortnights?|months?|years?|decades?)", text)
    if not match:
        return None, None
    unit = _unit(match.group(2), vocab)
    count_words = (match.group(1) or "").strip()
    if count_words.startswith("another "):
        count_words = count_words[len("another "):]
    if not count_words:
        return None, unit
    count = _number(count_words, vocab)
    if count is None and count_words not in vocab.vague_counts:
        return None, None
    return count, unit


def _duration(text: str, ctx: Context) -> TimeValue | None:
    """A length of time: counted forward from the anchor, kind duration (never an event date)."""
    count, unit = _count_unit(re.sub(r"^(?:the|a|an|its|their) (?=\w+ \w)", "", text), ctx.vocab)
    if unit is None:
        return None
    end = iv.shift(ctx.anchor, count or 1, unit)
    return TimeValue(ctx.anchor, max(ctx.anchor, end - timedelta(days=1)), unit["precision"], "duration")


_VAGUE_SPAN = 3  # "weeks later", "a few weeks later": one to three weeks (a few is two or three)


def _relative_count(text: str, ctx: Context) -> TimeValue | None:
    """"a day later", "eleven days later", "two days earlier", "three weeks ago", "a month later"."""
    match = re.fullmatch(r"(.+) (later|after|afterwards|earlier|before|prior|ago)", _FILLERS.sub("", text))
    if not match:
        return None
    count, unit = _count_unit(match.group(1), ctx.vocab)
    if unit is None:
        return None
    direction = ctx.vocab.relative_directions[match.group(2)]
    start = ctx.base if direction["from"] == "previous" else ctx.anchor
    target = iv.shift(start, direction["sign"] * (count or 1), unit)
    if count is None:
        # "a few days later", "weeks earlier": a window of one to a few units from the start, no single day
        near, far = iv.shift(start, direction["sign"], unit), iv.shift(start, direction["sign"] * _VAGUE_SPAN, unit)
        if unit["precision"] == "day":
            far = start + timedelta(days=direction["sign"] * 7)
        precision = "week" if unit["precision"] in ("day", "week") else unit["precision"]
        return iv.span_value(near, far, precision, "point")
    return iv.enclosing(target, unit["precision"])


def _rolling(text: str, ctx: Context) -> TimeValue | None:
    """"the last 12 months", "the past year", "this past week", "the last decade": the window ending at the anchor."""
    match = re.fullmatch(r"(?:the|this|over the|in the) (?:last|past|previous) (.+)", text)
    if not match:
        return None
    count, unit = _count_unit(match.group(1), ctx.vocab)
    if unit is None:
        return None
    # "this past week" is a stretch of the calendar; "the last 12 months", "the past month" measure a length
    # (TimeML DURATION), so they never date an event
    kind = "range" if text.startswith("this ") else "duration"
    if unit["precision"] == "day" and not unit.get("days"):
        # "the past 24 hours": the anchor and the days the hours reach back into
        return TimeValue(ctx.anchor - timedelta(days=-(-(count or 1) // 24)), ctx.anchor, "day", kind)
    start = iv.shift(ctx.anchor, -(count or 1), unit)
    return TimeValue(start, ctx.anchor - timedelta(days=1), unit["precision"], kind)


def _recent(text: str, ctx: Context) -> TimeValue | None:
    """"recent days" (7 days before the anchor), "recent weeks" (28), "recent months" (90); "the coming weeks"."""
    match = re.fullmatch(r"(?:in )?(?:the )?(recent|coming|next few|past few|last few) (days|weeks|months)", text)
    if not match:
        return None
    length = {"days": 7, "weeks": 28, "months": 90}[match.group(2)]
    precision = "week" if match.group(2) != "months" else "month"
    if match.group(1) in ("coming", "next few"):
        return TimeValue(ctx.anchor + timedelta(days=1), ctx.anchor + timedelta(days=length), precision, "future")
    return TimeValue(ctx.anchor - timedelta(days=length), ctx.anchor - timedelta(days=1), precision, "range")


# ---- days and weeks --------------------------------------------------------------------------------------------

def _named_day(text: str, ctx: Context) -> TimeValue | None:
    """ "yesterday", "today" (from the anchor); "the next day", "that same date" (from the previous event)."""
    if text in ctx.vocab.anchor_days:
        return iv.day_value(ctx.anchor + timedelta(days=ctx.vocab.anchor_days[text]))
    if text in ctx.vocab.previous_days:
        return iv.day_value(ctx.base + timedelta(days=ctx.vocab.previous_days[text]))
    return None


def _weeks(text: str, ctx: Context) -> TimeValue | None:
    anchor, monday = ctx.anchor, iv.week_start(ctx.anchor)
    if text in ("last week", "the previous week", "the week before"):
        return TimeValue(monday - timedelta(days=7), monday - timedelta(days=1), "week", "point")
    if text == "this week":
        return TimeValue(monday, anchor, "week", "point")
    if text == "earlier this week":
        return TimeValue(monday, max(monday, anchor - timedelta(days=1)), "week", "point")
    if text in ("next week", "later this week", "the coming week"):
        start = monday + timedelta(days=7) if text != "later this week" else anchor + timedelta(days=1)
        end = start + timedelta(days=6) if text != "later this week" else monday + timedelta(days=6)
        return TimeValue(start, max(start, end), "week", "future")
    # "a weekend airstrike" in a report: the weekend around the anchor, like "the weekend"
    if text in ("this weekend", "the weekend", "last weekend", "over the weekend", "next weekend", "a weekend",
                "weekend"):
        return _weekend(text, ctx)
    if text in ("the end of the week", "the end of this week", "the end of last week", "late last week"):
        return _end_of_week(text, ctx)
    return None


def _weekend(text: str, ctx: Context) -> TimeValue:
    """The Saturday-Sunday on or before the anchor ("this weekend"), the one before it ("last"), or after ("next")."""
    saturday = ctx.anchor - timedelta(days=(ctx.anchor.weekday() - 5) % 7)
    if text == "last weekend" and ctx.anchor.weekday() >= 5:
        saturday -= timedelta(days=7)
    if text == "next weekend" or (ctx.future and text != "last weekend"):
        saturday = ctx.anchor + timedelta(days=(5 - ctx.anchor.weekday()) % 7 or 7)
        return TimeValue(saturday, saturday + timedelta(days=1), "week", "future")
    return TimeValue(saturday, saturday + timedelta(days=1), "week", "point")


def _end_of_week(text: str, ctx: Context) -> TimeValue:
    """Friday-Sunday of the anchor's week, or of the week before when that lies after the anchor in a past clause."""
    friday = iv.week_start(ctx.anchor) + timedelta(days=4)
    if "last" in text or (friday > ctx.anchor and not ctx.future):
        friday -= timedelta(days=7)
    kind = "future" if friday > ctx.anchor else "point"
    return TimeValue(friday, friday + timedelta(days=2), "week", kind)


def _weekday(text: str, ctx: Context) -> TimeValue | None:
    """"Monday", "on Tuesday", "this Wednesday evening", "last Friday", "next Saturday", "the previous Saturday"."""
    match = re.fullmatch(r"(?:(last|this|this past|past|next|this coming|coming|(?:the )?previous|"
                         r"(?:the )?preceding) )?([a-z]+)\.?(?: (?:morning|afternoon|evening|night))?", text)
    if not match or match.group(2) not in ctx.vocab.weekdays:
        return None
    if match.group(2) in ctx.vocab.ambiguous_names and match.group(1) is None:
        return None  # "sun", "sat" alone are words, not days
    target, which = ctx.vocab.weekdays[match.group(2)], match.group(1)
    if which is not None and which.endswith(("previous", "preceding")):
        # "On the previous Saturday", after a Sunday's attack: the one before the day last told
        return iv.day_value(ctx.base - timedelta(days=(ctx.base.weekday() - target) % 7 or 7))
    back = (ctx.anchor.weekday() - target) % 7
    if which in ("next", "coming", "this coming") or (ctx.future and which in (None, "this")):
        ahead = (target - ctx.anchor.weekday()) % 7 or 7
        return iv.day_value(ctx.anchor + timedelta(days=ahead), "future")
    if which in ("last", "past", "this past") and back == 0:
        back = 7  # "last Tuesday" said on a Tuesday is a week ago
    return iv.day_value(ctx.anchor - timedelta(days=back))


# ---- months, years, their parts --------------------------------------------------------------------------------

def _relative_month_year(text: str, ctx: Context) -> TimeValue | None:
    """"last month", "this year", "earlier this year", "the end of the year", "next month"."""
    anchor = ctx.anchor
    last_month = iv.add_months(anchor, -1)
    table = {
        "last month": iv.month_value(last_month.year, last_month.month),
        "the previous month": iv.month_value(last_month.year, last_month.month),
        "this month": iv.month_value(anchor.year, anchor.month),
        "earlier this month": TimeValue(anchor.replace(day=1), anchor, "month", "range"),
        "last year": iv.year_value(anchor.year - 1),
        "the previous year": iv.year_value(anchor.year - 1),
        "this year": iv.year_value(anchor.year),
        "earlier this year": TimeValue(date(anchor.year, 1, 1), anchor, "year", "range"),
        "later this year": TimeValue(anchor + timedelta(days=1), date(anchor.year, 12, 31), "year", "future"),
        "the year before last": iv.year_value(anchor.year - 2),
    }
    if text in table:
        return table[text]
    if text in ("next month", "later this month"):
        nxt = iv.add_months(anchor, 1)
        return iv.month_value(nxt.year, nxt.month, "future")
    if text == "next year":
        return iv.year_value(anchor.year + 1, "future")
    match = re.fullmatch(r"(?:the )?(\w+) of (?:the|this|last|next) (month|year)", text)
    if match and match.group(1) in ctx.vocab.month_parts:
        which = text.split()[-2]
        if match.group(2) == "month":
            day = {"last": iv.add_months(anchor, -1), "next": iv.add_months(anchor, 1)}.get(which, anchor)
            return _month_part(match.group(1), day.year, day.month, ctx)
        year = anchor.year + {"last": -1, "next": 1}.get(which, 0)
        return _year_part(match.group(1), year, ctx)
    return None


def _month_part(part: str, year: int, month: int, ctx: Context) -> TimeValue:
    first, last = ctx.vocab.month_parts[part]
    end = iv.month_end(year, month) if last == "end" else date(year, month, int(last))
    return TimeValue(date(year, month, first), end, "month", "point")


def _year_part(part: str, year: int, ctx: Context) -> TimeValue:
    first, last = ctx.vocab.year_parts[part]
    return iv.months_value(year, first, last, "year" if last - first >= 3 else "month")


def _month_year(text: str, ctx: Context) -> tuple[int, int | None] | None:
    """"september", "september 2023", "sept. 2023", "march of this year", "may last year" -> (month, year or None)."""
    match = re.fullmatch(r"([a-z]+)\.?,?(?: (?:of )?(\d{4}|(?:this|last|next) year))?", text)
    if not match or match.group(1) not in ctx.vocab.months:
        return None
    return ctx.vocab.months[match.group(1)], _year_of(match.group(2), ctx) if match.group(2) else None


def _month_year_for(month: int, ctx: Context) -> int:
    """The year of a year-less month: this year, or last year when it is still to come (unless the verb is future)."""
    if ctx.future:
        return ctx.anchor.year if month >= ctx.anchor.month else ctx.anchor.year + 1
    return ctx.anchor.year if month <= ctx.anchor.month else ctx.anchor.year - 1


def _month(text: str, ctx: Context) -> TimeValue | None:
    """"July", "August 2022", "last July"."""
    last = text.startswith("last ")
    parsed = _month_year(text[5:] if last else text, ctx)
    if parsed is None:
        return None
    month, year = parsed
    if year is None:
        year = _month_year_for(month, ctx)
        if last and month == ctx.anchor.month:
            year -= 1
    return iv.month_value(year, month)


def _part_of_month_or_year(text: str, ctx: Context) -> TimeValue | None:
    """"early January", "mid-August", "late 2021", "the end of September 2023", "the first half of 2023"."""
    match = re.fullmatch(r"(?:the )?(?:very )?(early|mid|middle|late|end|start|beginning|first half|second half|"
                         r"(?:first|second|third|fourth|last) quarter)(?: of |-| )(?:the )?(.+)", text)
    if not match:
        return None
    part, rest = match.groups()
    year = _year_of(rest, ctx)
    if year is not None:
        return _year_part(part, year, ctx) if part in ctx.vocab.year_parts else None
    if rest in ("this month", "last month", "next month") and part in ctx.vocab.month_parts:
        month_day = iv.add_months(ctx.anchor, {"last month": -1, "next month": 1}.get(rest, 0))
        return _month_part(part, month_day.year, month_day.month, ctx)
    parsed = _month_year(rest, ctx)
    if parsed is None or part not in ctx.vocab.month_parts:
        return None
    month, year = parsed
    return _month_part(part, year if year is not None else _month_year_for(month, ctx), month, ctx)


def _year_of(text: str, ctx: Context) -> int | None:
    """"2022", "this year", "last year", "the year" -> the year it names."""
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    return {"year": ctx.anchor.year, "this year": ctx.anchor.year, "last year": ctx.anchor.year - 1,
            "next year": ctx.anchor.year + 1}.get(text)


def _first_months(text: str, ctx: Context) -> TimeValue | None:
    """"the first 6 months of 2023", "the last three months of 2022"."""
    match = re.fullmatch(r"(?:the )?(first|last) (\w+) months of (.+)", text)
    if not match:
        return None
    count, year = _number(match.group(2), ctx.vocab), _year_of(match.group(3), ctx)
    if count is None or year is None or not 1 <= count <= 12:
        return None
    first, last = (1, count) if match.group(1) == "first" else (13 - count, 12)
    return iv.months_value(year, first, last, "month" if count < 4 else "year")


def _week_of_month(text: str, ctx: Context) -> TimeValue | None:
    """"the first week of September", "the last week of August 2023": seven days of the month."""
    match = re.fullmatch(r"(?:the )?(\w+) week of (.+)", text)
    if not match:
        return None
    parsed = _month_year(match.group(2), ctx)
    which = match.group(1)
    if parsed is None or (which not in ctx.vocab.ordinal_words and which != "last"):
        return None
    month, year = parsed
    year = year if year is not None else _month_year_for(month, ctx)
    if which == "last":
        end = iv.month_end(year, month)
        return TimeValue(end - timedelta(days=6), end, "week", "point")
    first = date(year, month, 1) + timedelta(days=7 * (ctx.vocab.ordinal_words[which] - 1))
    if first.month != month:
        return None
    return TimeValue(first, min(first + timedelta(days=6), iv.month_end(year, month)), "week", "point")


def _season(text: str, ctx: Context) -> TimeValue | None:
    """"summer 2022", "the summer of 2022", "last winter", "this spring"."""
    match = re.fullmatch(r"(?:the )?(?:(last|this|next|past) )?([a-z]+)(?: of)?(?: (\d{4}))?", text)
    if not match or match.group(2) not in ctx.vocab.seasons:
        return None
    first, last = ctx.vocab.seasons[match.group(2)]
    if match.group(3):
        return iv.months_value(int(match.group(3)), first, last, "month")
    year = ctx.anchor.year if first <= ctx.anchor.month or last < first else ctx.anchor.year - 1
    if match.group(1) in ("last", "past") or date(year, first, 1) > ctx.anchor:
        year -= 1
    if match.group(1) == "next":
        year += 1
    return iv.months_value(year, first, last, "month", "future" if match.group(1) == "next" else "point")


def _holiday(text: str, ctx: Context) -> TimeValue | None:
    """"Christmas Eve", "last Christmas", "New Year's Day 2020": a holiday on a fixed day, the latest one on or
    before the anchor when no year is given."""
    match = re.fullmatch(r"(?:(last|this) )?(.+?)(?:,? (\d{4}))?", text)
    holidays = {normalise(name): day for name, day in ctx.vocab.holidays.items()}  # "new year eve", as the text
    holiday = holidays.get(match.group(2)) if match else None
    if holiday is None:
        return None
    month, day = holiday
    if match.group(3):
        return iv.day_value(_safe_date(int(match.group(3)), month, day))
    return iv.day_value(_year_less(month, day, ctx, strictly_before=match.group(1) == "last"))


def _year(text: str, ctx: Context) -> TimeValue | None:
    """"2023", "the year 2023", "2010s" (a decade)."""
    match = re.fullmatch(r"(?:the )?(?:year )?(\d{4})", text)
    if match and 1900 <= int(match.group(1)) <= 2100:
        return iv.year_value(int(match.group(1)))
    match = re.fullmatch(r"(?:the )?(\d{3})0s", text)
    if match:
        decade = int(match.group(1)) * 10
        return TimeValue(date(decade, 1, 1), date(decade + 9, 12, 31), "year", "point")
    return None


# ---- explicit dates --------------------------------------------------------------------------------------------

@lru_cache(maxsize=2)
def _parser(day_first: bool) -> DateDataParser:
    # a fixed leap-year base: the year of a year-less date is chosen by our rules, not dateparser's
    settings = {"DATE_ORDER": "DMY" if day_first else "MDY", "RELATIVE_BASE": datetime(2000, 1, 1),
                "PREFER_DATES_FROM": "current_period", "PREFER_DAY_OF_MONTH": "first"}
    return DateDataParser(languages=["en"], settings=settings)


_EXPLICIT = re.compile(rf"(?:the )?\d{{1,2}}(?: of)? {_MONTH_WORD}(?:,? \d{{4}})?|{_MONTH_WORD} (?:the )?\d{{1,2}}"
                       rf"(?:,? \d{{4}})?|\d{{1,2}}[/.]\d{{1,2}}(?:[/.]\d{{2}}(?:\d{{2}})?)?|\d{{4}}-\d{{2}}-\d{{2}}")


def _explicit(text: str, ctx: Context) -> TimeValue | None:
    """A plain calendar date ("the 12th of September 2023", "Sept. 7", "13/09", "March 2 this year") read by
    dateparser."""
    last = text.startswith("last ")
    body = text[5:] if last else text
    named_year = re.search(r",? (?:of )?((?:this|last|next) year)$", body)
    if named_year:
        body = f"{body[:named_year.start()]} {_year_of(named_year.group(1), ctx)}"
    if not _EXPLICIT.fullmatch(body):
        return None
    cleaned = re.sub(r"\b(?:the|of)\b ?", "", body).strip()
    data = _parser(ctx.day_first).get_date_data(cleaned)
    if data.date_obj is None or data.period != "day":
        return None
    day = data.date_obj.date()
    if re.search(r"\d{4}|\d[/.]\d{1,2}[/.]\d{2}$", body):
        return iv.day_value(day)
    return iv.day_value(_year_less(day.month, day.day, ctx, strictly_before=last))


def _year_less(month: int, day: int, ctx: Context, strictly_before: bool = False) -> date:
    """The year of a year-less date: the latest on or before the anchor, or the next one for a future verb."""
    year = ctx.anchor.year
    candidate = _safe_date(year, month, day)
    if ctx.future and not strictly_before:
        return candidate if candidate >= ctx.anchor else _safe_date(year + 1, month, day)
    if candidate > ctx.anchor or (strictly_before and candidate == ctx.anchor):
        return _safe_date(year - 1, month, day)
    return candidate


def _safe_date(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, iv.month_end(year, month).day))


def _ordinal_day(text: str, ctx: Context) -> TimeValue | None:
    """"the 11th", "the 3rd" alone: a day of the previous event's month, else of the anchor's, never after it."""
    match = re.fullmatch(r"(?:the )?(\d{1,2})", text)
    if not match or not 1 <= int(match.group(1)) <= 31:
        return None
    day, base = int(match.group(1)), ctx.base
    candidate = _safe_date(base.year, base.month, day)
    if candidate > ctx.anchor and not ctx.future:
        earlier = iv.add_months(base, -1)
        candidate = _safe_date(earlier.year, earlier.month, day)
    return iv.day_value(candidate)


def _bare_duration(text: str, ctx: Context) -> TimeValue | None:
    """"six months", "ten years", "a few hours", "18-month", "its second month": a length, not a date."""
    if re.fullmatch(r"(?:its|the|their) \w+ (?:day|week|month|year)", text):
        return None  # "its second month" counts nothing we can place
    return _duration(text, ctx)


_CORE_RULES = (_named_day, _weeks, _recent, _relative_count, _rolling, _relative_month_year, _first_months,
               _part_of_month_or_year, _week_of_month, _weekday, _explicit, _month, _season, _holiday, _year, _ordinal_day,
               _bare_duration)
