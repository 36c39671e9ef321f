"""Find the temporal expressions of a parsed document: spaCy DATE/TIME entities, cleaned, plus our own patterns.

`find_expressions(doc)` returns sorted, non-overlapping char spans (start, end) into `doc.text`. Coordinated days
("the 11th and on the 14th of September") come out one span per day; ranges ("September 11-14", "from 27 to 31
March 2022") one span; "since"/"until" are taken into the span because they change what it means.
"""

from __future__ import annotations

import re

from pipeline.dates.vocab import DatesVocab, load_vocab

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_MONTH_UPPER = r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:the )?\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:,? \d{4})?"
_DASH = r" ?[-\u2013\u2014] ?"
_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_AFTER_PREPOSITION = "(?:" + "|".join(rf"(?<=\b{word} )" for word in (
    "in", "In", "since", "Since", "during", "During", "until", "Until", "of", "early", "late", "mid"))
_AFTER_PREPOSITION += r"|(?<=\bmid-))"

# Our patterns, tried on the raw text with IGNORECASE off for month names (a capital M tells the month from "may").
_PATTERNS = [
    rf"\b(?:[Ff]rom|[Bb]etween) {_DAY}(?: (?:of )?{_MONTH}{_YEAR})? (?:to|until|and|till) {_DAY} (?:of )?{_MONTH}{_YEAR}",
    rf"\b(?:[Ff]rom|[Bb]etween) {_MONTH} \d{{1,2}}(?:st|nd|rd|th)?{_YEAR} (?:to|until|and|till) (?:{_MONTH} )?\d{{1,2}}"
    rf"(?:st|nd|rd|th)?{_YEAR}",
    rf"\b(?:[Ff]rom|[Bb]etween) {_WEEKDAY} (?:to|until|and|till) {_WEEKDAY}",
    rf"\b{_MONTH} \d{{1,2}}{_DASH}\d{{1,2}}{_YEAR}",
    rf"\b\d{{1,2}}{_DASH}\d{{1,2}} {_MONTH}{_YEAR}",
    r"\b\d{4}-\d{2}-\d{2}\b",
    r"(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{2}(?:\d{2})?)?(?![\d/])",
    rf"\b{_DAY} (?:of )?{_MONTH}{_YEAR}",
    rf"\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b{_YEAR}",
    rf"\b{_MONTH_UPPER} \d{{1,2}}\b",  # datelines: "UPDATE, JUNE 2"
    r"\b[Tt]h(?:at|e) same (?:day|date|week|month)\b",
    # a day counted from the event told before, which the recogniser may miss ("Another attack occurred the day
    # before in the border region"); not "the day after the attack" or "the day after three soldiers were killed",
    # which count from an event they name
    r"\b[Tt]he (?:previous|preceding|following|next) day\b",
    r"\b[Tt]he day (?:before|after)(?=[,.;:)]|$| (?:in|at|on|near|outside|around|and|but|when|while)\b)",
    # a month named alone after a preposition ("attacks in May"): the capital tells it from the verb "may"
    rf"{_AFTER_PREPOSITION}{_MONTH_FULL}(?: \d{{4}})?\b(?!'s)",
    # a bare year, unless it counts something ("2000 soldiers") or sits in a name
    r"(?<![\d.,/])\b(?:19|20)\d{2}\b(?![\d.,/]\d)(?! (?!was\b|has\b|is\b|does\b)[a-z]+s\b)",
]
_COORDINATED = re.compile(
    r"\b((?:the )?\d{1,2}(?:st|nd|rd|th)?)((?:,| and| or)(?: on)? )(?=(?:the )?\d{1,2}(?:st|nd|rd|th)?\b)")
_LEAD_CUES = re.compile(r"(?:\b(?:[Ss]ince|[Uu]ntil|[Tt]ill|[Ee]ver since) )$")
_SPURIOUS_BEFORE = re.compile(r"(?:[A-Z][\w.-]*|[Rr]esolution|[Aa]rticle|[Cc]hapter|[Nn]o\.|[Nn]umber) $")


def find_expressions(doc) -> list[tuple[int, int]]:
    """A spaCy Doc -> the (start, end) char spans of its temporal expressions, in text order."""
    vocab = load_vocab()
    text = doc.text
    patterns = _PATTERNS + [_relative_count(vocab)]
    spans = [(m.start(), m.end()) for pattern in patterns for m in re.finditer(pattern, text)]
    spans += [_before_count(_before_infinitive(e), e, vocab) for e in doc.ents
              if e.label_ in ("DATE", "TIME") and _is_temporal(e, vocab)]
    spans += _coordinated_days(text)
    spans = [_trim(text, s, e) for s, e in spans]
    merged = _with_time_of_day(text, _merge([s for s in spans if s[1] > s[0]]))
    return [_with_lead_cue(text, s, e) for s, e in _split_coordinated(text, merged)]


def _relative_count(vocab: DatesVocab) -> str:
    """A count of time before or after another event ("Days earlier", "two weeks later"), which the entity recogniser
    often misses at the start of a sentence; the counts are the number and vague words of models/dates.yml."""
    counts = sorted(set(vocab.number_words) | set(vocab.vague_counts), key=len, reverse=True)
    count = "|".join(re.escape(c) for c in counts) + r"|\d+"
    return rf"(?i:\b(?:(?:just |only )?(?:{count}) )?(?:hours?|days?|weeks?|months?) (?:earlier|later|afterwards|ago)\b)"


def _is_temporal(ent, vocab: DatesVocab) -> bool:
    """Whether a spaCy DATE/TIME entity is a date: it names a month, weekday, year, unit or relative word,
    and is not a verb ("may", "march"), a name ("the Sun", "France 24") or a number in a name ("Resolution 2334")."""
    words = re.findall(r"[a-z]+", ent.text.lower())
    if any(tok.pos_ in ("VERB", "AUX") and tok.lower_ in vocab.months for tok in ent):
        return False
    if ent.text.strip().lower() in ("may", "march") and ent.text.strip()[0].islower():
        return False
    if re.fullmatch(r"\d{1,4}", ent.text.strip()):
        year = int(ent.text.strip())
        before = ent.doc.text[max(0, ent.start_char - 20):ent.start_char]
        return 1900 <= year <= 2100 and not _SPURIOUS_BEFORE.search(before)
    if words and words[0] == "every":
        return False
    last = ent[-1]
    if last.dep_ in ("compound", "amod", "nmod") and last.head.pos_ == "NOUN" and last.head.i >= ent.end \
            and not any(w in vocab.months or w in vocab.weekdays for w in words) and not re.search(r"\d", ent.text):
        return False  # "the popular weekend retreat", "a night shift": a kind of thing, not a time
    named = [w for w in words if w in vocab.months or w in vocab.weekdays or w in vocab.temporal_words]
    if named and all(w in ("quarter", "half") for w in named) and any(t.pos_ == "PROPN" for t in ent):
        return False  # "the Fambita quarter" of a town
    if not named:
        return bool(re.search(r"\b(?:19|20)\d\d\b|\d{1,2}/\d{1,2}", ent.text))
    if [w for w in words if w not in ("the", "a")] in (["year"], ["day"], ["week"], ["month"], ["months"],
                                                        ["weeks"], ["days"], ["years"]):
        return False  # "the year before", "after weeks of": no place in the calendar
    return not all(w in vocab.ambiguous_names and w not in vocab.temporal_words for w in named) or bool(
        re.search(r"\d", ent.text))


def _before_infinitive(ent) -> tuple[int, int]:
    """An entity's span, cut before a "to" that opens an infinitive the recogniser ran on into ("on Saturday to
    end years of unrest" is "Saturday")."""
    for token in ent[1:-1]:
        if token.lower_ == "to" and token.nbor().pos_ in ("VERB", "AUX"):
            return ent.start_char, token.idx
    return ent.start_char, ent.end_char


def _before_count(span: tuple[int, int], ent, vocab: DatesVocab) -> tuple[int, int]:
    """An entity's span, cut before a count of time that follows a weekday: "announced on Friday three days of
    mourning" is "Friday" (a date in the month, "Friday 13 March", is no count); and before a count of the things
    the sentence tells of ("Last month 12 soldiers were killed")."""
    for token in ent[1:-1]:
        weekday, unit = token.nbor(-1), token.nbor().lower_.rstrip("s")
        if weekday.lower_ in vocab.weekdays and token.like_num and unit in vocab.units and token.idx < span[1]:
            return span[0], weekday.idx + len(weekday)
    last = ent[-1]
    if len(ent) > 1 and last.like_num and last.dep_ == "nummod" and last.head.i >= ent.end \
            and ent[-2].lower_ not in vocab.months and last.idx < span[1]:
        return span[0], ent[-2].idx + len(ent[-2])  # "Last month 12 soldiers were killed": the count of soldiers
    return span


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop edge spaces, newlines and punctuation that spaCy sometimes keeps ("July 10, 2023\\n\\n")."""
    while end > start and text[end - 1] in " \n\t,.;:\u00a0":
        end -= 1
    while start < end and text[start] in " \n\t,.;:\u00a0":
        start += 1
    return start, end


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans become their union, so a range pattern absorbs the entities inside it."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(set(spans)):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


_TIME_OF_DAY = {"morning", "afternoon", "evening", "night"}


def _with_time_of_day(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A day and the part of it the recogniser labelled apart are one expression: "Early Sunday" + "morning"."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and text[out[-1][1]:start] == " " and text[start:end].lower() in _TIME_OF_DAY:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _coordinated_days(text: str) -> list[tuple[int, int]]:
    """Bare days coordinated with a following dated day: "the 11th" in "the 11th and on the 14th of September"."""
    out = []
    for match in _COORDINATED.finditer(text):
        tail = text[match.end():match.end() + 40]
        if re.match(rf"(?:the )?\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_MONTH}|(?:the )?\d{{1,2}}(?:st|nd|rd|th)?"
                    rf"(?:,| and| or)", tail):
            out.append((match.start(1), match.end(1)))
    return out


def _split_coordinated(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A merged span holding "X and (on) Y" of days is cut into one span per day."""
    out = []
    for start, end in spans:
        piece = text[start:end]
        cuts = [m for m in _COORDINATED.finditer(piece)]
        if not cuts or re.match(r"(?:[Bb]etween|[Ff]rom) ", piece):
            out.append((start, end))
            continue
        cursor = start
        for match in cuts:
            out.append((start + match.start(1), start + match.end(1)))
            cursor = start + match.end()
        out.append((cursor, end))
    return out


def _with_lead_cue(text: str, start: int, end: int) -> tuple[int, int]:
    """Take a preceding "since"/"until" into the span: it makes the expression a range."""
    match = _LEAD_CUES.search(text[max(0, start - 12):start])
    return (start - len(match.group(0)), end) if match else (start, end)
