"""Consolidate: the same event reported by several documents is linked (`same_as`) and given one `event_uid`.

Two events of different documents are the same occurrence when they have the same type, dates that agree within
their precision, places that agree (same name, or within 25 km, or one only knows the country the other is in, unless
one date is known to the month and the other more closely) and actors that agree (same initiator, or a shared actor
with one initiator unknown). Linking is transitive: the groups are connected components, and every document
contributes at most one event to a group.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from geopy.distance import great_circle

from .records import Event

UNKNOWN_ACTORS = {"", "Unidentified Armed Group"}
WINDOW_DAYS = {1: 0, 2: 3, 3: 15}


@dataclass(frozen=True)
class Consolidated:
    """One occurrence across documents: a stable id, its documents and the event ids that report it."""

    event_uid: str
    doc_ids: tuple[str, ...]
    event_ids: tuple[str, ...]
    event_date: date | None
    event_type: str
    actor1: str
    actor2: str
    location: str
    fatalities: int | None


def link(events: Sequence[Event]) -> tuple[list[Event], list[Consolidated]]:
    """Events with `same_as` filled, and one consolidated row per occurrence (in order of first report)."""
    group_of = list(range(len(events)))  # event index -> group id
    members: dict[int, list[int]] = {i: [i] for i in range(len(events))}
    for i, a in enumerate(events):
        for j in range(i + 1, len(events)):
            gi, gj = group_of[i], group_of[j]
            if gi == gj or a.doc_id == events[j].doc_id or not same_occurrence(a, events[j]):
                continue
            if {events[k].doc_id for k in members[gi]} & {events[k].doc_id for k in members[gj]}:
                continue  # one document never reports the same occurrence twice (events merges those)
            for k in members.pop(gj):
                group_of[k] = gi
                members[gi].append(k)
    linked = [replace(e, same_as=";".join(events[k].event_id for k in sorted(members[group_of[i]]) if k != i))
              for i, e in enumerate(events)]
    return linked, [consolidated([events[k] for k in sorted(group)]) for group in members.values()]


def same_occurrence(a: Event, b: Event) -> bool:
    """Same type, dates, places and actors; but a place known only by its country never joins a date known only
    to the month to one known to the day ("a police vehicle was attacked in December" is not the police attack of
    December 28 somewhere in Burkina Faso; two reports of "the August 2020 coup" are one)."""
    if not (a.event_type == b.event_type and dates_agree(a, b) and places_agree(a, b) and actors_agree(a, b)):
        return False
    loose_place = a.location != b.location and None in (a.latitude, b.latitude)
    precisions = {a.time_precision or 1, b.time_precision or 1}
    loose_date = len(precisions) > 1 and max(precisions) >= 3
    return not (loose_place and loose_date)


def dates_agree(a: Event, b: Event) -> bool:
    if a.event_date is None or b.event_date is None:
        return False
    window = max(WINDOW_DAYS.get(a.time_precision or 1, 0), WINDOW_DAYS.get(b.time_precision or 1, 0))
    return abs((a.event_date - b.event_date).days) <= window


def places_agree(a: Event, b: Event) -> bool:
    if a.location == b.location:
        return True
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        return great_circle((a.latitude, a.longitude), (b.latitude, b.longitude)).km <= 25
    return a.country == b.country and (a.latitude is None or b.latitude is None)


def actors_agree(a: Event, b: Event) -> bool:
    """Same initiator, the same pair in either role, or an initiator one report does not know."""
    if a.actor1 in UNKNOWN_ACTORS or b.actor1 in UNKNOWN_ACTORS:
        return True
    return a.actor1 == b.actor1 or (a.actor1 == b.actor2 and a.actor2 == b.actor1)


def consolidated(members: list[Event]) -> Consolidated:
    """The group's row: the best-argued member's fields, the largest known toll, a uid from its first report."""
    first = members[0]
    lead = max(members, key=lambda e: (e.actor1 not in UNKNOWN_ACTORS, bool(e.actor2), e.latitude is not None))
    tolls = [e.fatalities for e in members if e.fatalities is not None]
    uid = hashlib.sha1(f"{first.doc_id}|{first.event_id}|{first.event_date}|{first.event_type}".encode()).hexdigest()
    return Consolidated(
        event_uid=uid[:16], doc_ids=tuple(dict.fromkeys(e.doc_id for e in members)),
        event_ids=tuple(e.event_id for e in members), event_date=lead.event_date, event_type=lead.event_type,
        actor1=lead.actor1, actor2=lead.actor2, location=lead.location, fatalities=max(tolls) if tolls else None,
    )
