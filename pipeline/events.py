"""Events: triggers in the dependency parse become typed events with actors, a date, a place and evidence.

The path from a doc to events:
  triggers  — verbs and nouns of models/event_types.yml, unless negated, modal, conditional or future;
  arguments — actor1/actor2 from the trigger's subject/object (active, passive, nominal, light-verb forms);
  anchoring — the date and place that govern the trigger's clause (dates and places stages' mentions);
  merging   — triggers of one sentence sharing date and place are one event; events of one document sharing
              day, place, actor pair and type are one event with all their sentences as evidence.
A trigger without a usable date becomes an UndatedMention, never an event dated by publication.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from . import claims, fatalities
from . import dates as dates_stage
from .components import DASHES, dateline_end
from .lexicon import Lexicon, default_lexicon
from .vocab import TOWN_TARGET, Actor, EventWord
from .records import Article, DateMention, Event, Place, PlaceMention, TimeValue, UndatedMention

log = logging.getLogger(__name__)

UNIDENTIFIED = "Unidentified Armed Group"
ALL_TOLD = 1_000  # a claim of "the attacks", with no number: every one told before it
GOVERNMENT = "Government of "  # a state's actors by ANNOTATION.md: "Government of Mali", "Military Forces of Mali"
FORCES = "Military Forces of "
CIVILIANS_INTER = 7  # ACLED's inter code of civilians
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
CIVILIANS = "Civilians"  # ACLED's name for the unnamed civilians of a country: "Civilians (Mali)"
CROWD_INTERS = (5, 6)  # rioters and protesters
DESTRUCTION = "Looting/property destruction"
AIR_STRIKE = "Air/drone strike"
ABDUCTION = "Abduction/forced disappearance"
TRANSFER = "Non-violent transfer of territory"
CONTACT_PREPOSITIONS = frozenset({"over", "on", "onto", "into"})  # "drove over a mine", "stepped on a landmine"
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
STATE_INTER, EXTERNAL_INTER = 1, 8  # a country's own forces, and foreign or international forces
NAMED_GROUP_INTERS = (2, 3)  # rebels and political militias: who unknown attackers turn out to be
ARMED_INTERS = (1, 2, 3, 4, 8)  # state forces, rebels, political and identity militias, external forces
SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
OBJECTS = {"dobj", "obj", "attr", "oprd"}
# adverbial, relative and clausal complements carry circumstances of the event that governs them
SUBORDINATE = {"advcl", "relcl", "acl", "xcomp", "ccomp", "pcomp"}
PLACE_PREPOSITIONS = {"in", "at", "near", "around", "outside", "inside", "across", "along", "on", "into", "from", "of", "to",
                      "between"}  # "a bomb between Bandiagara and Goundaka"
# verbs whose object is where something happens ("visited Bamako", "entered Kidal")
PLACE_VERBS = {"visit", "enter", "reach", "tour", "storm", "attack", "besiege", "capture", "seize", "overrun"}
MOTION_PREPOSITIONS = {"to", "into", "from"}
BORDER_NOUNS = {"border", "frontier"}
# "1,000 km northeast of the capital", "20 miles from Gao": a place that only measures where another lies
REFERENCE_HEADS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
                   "north-west", "south-east", "south-west", "km", "kilometres", "kilometers", "miles", "kms"}
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "around", "outside", "inside", "across", "along"})
PLACE_ENTITIES = {"PLACE", "GPE", "LOC", "FAC"}
PARTY_ENTITIES = {"ACTOR", "PERSON", "ORG", "NORP"}  # who acts or speaks, not what happened
FIRST_PERSON = {"we", "us", "our"}
THIRD_PERSON = {"it", "they"}  # a pronoun under a verb of saying stands for the one who said it
INSTRUMENT_VERBS = {"use", "utilize", "employ"}
QUANTITY_NOUNS = {"hundred", "thousand", "dozen", "score", "group", "crowd", "band", "number", "handful"}
SEQUENCE_PREPOSITIONS = {"before", "after", "following", "since"}
HELPING_VERBS = {"help", "assist"}
PROJECTILE_VERBS = {"fire", "shoot", "lob", "launch", "throw", "hurl"}
NEAR_WORDS = {"near", "around", "outside", "area", "outskirts", "vicinity", "region", "areas"}


@dataclass(frozen=True)
class Candidate:
    """A trigger with its arguments, before date/place anchoring and merging."""

    trigger: Token
    trigger_text: str
    word: EventWord
    actor1: str
    actor2: str
    assoc1: tuple[str, ...]
    assoc2: tuple[str, ...]
    target_text: str
    instrument_text: str
    explicit_actor1: bool
    object_text: str = ""  # the target heads alone ("town" in "took the town of X"), what `needs_target` asks of


@dataclass(frozen=True)
class Anchored:
    candidate: Candidate
    sentence: Span
    date_mention: DateMention | None
    date_source: str
    place: Place | None
    near: bool
    place_explicit: bool
    shares: int = 1  # the number of towns a sentence's toll is shared between
    toll_text: str | None = None  # the phrase that counts this event's dead, when the sentence lists several
    own_toll_only: bool = False  # the phrase's dead or none: a deed told in its own clause takes no other's toll


@dataclass(frozen=True)
class Untimed:
    """A mention that named its actors but no date, kept in case a dated one tells of it again."""

    candidate: Candidate
    means: str  # the triggers and instruments of its sentence ("air attack")
    place: Place | None  # the place its own clause names
    heading: bool = False  # told in a headline


def coordinated_towns(place: Place | None, sentence: Span, mentions: Sequence[PlaceMention],
                      words: Lexicon) -> list[Place | None]:
    """The town the event is placed at and the towns coordinated with it ("in Boni and Hombori"), in text order;
    never the name of an area ("in eastern Kompienga province")."""
    if place is None or place.feature not in ("town", "other"):
        return [place]
    doc = sentence.doc
    here = [m for m in within(sentence, mentions) if m.place and not names_area(doc, m, words)]
    roots = {m.start_char: mention_root(doc, m.start_char, m.end_char) for m in here}
    own = next((m for m in here if m.place == place and roots[m.start_char] is not None), None)
    if own is None:
        return [place]
    root = roots[own.start_char]
    if (root.head.lower_ not in LOCATIVE_PREPOSITIONS | {"of"} or root.head.head.lower_ in NEAR_WORDS) \
            and not is_listed_town(root):
        # "tensions between Paris and Bamako" place nothing; "in the areas of Ber and Almoustarat" is one stretch
        return [place]
    linked = {t.i for t in root.conjuncts}
    if any(second_end(m, doc) for m in here if roots[m.start_char] is not None and roots[m.start_char].i in linked):
        return [place]  # "between the localities of Nampala and Diabali": one stretch of road, placed at its start
    clause = clause_head(root)
    towns = [(m.start_char, m.place) for m in here
             if m.place.feature in ("town", "other") and roots[m.start_char] is not None
             and (roots[m.start_char].i in linked or m is own
                  or (is_listed_town(roots[m.start_char]) and clause_head(roots[m.start_char]) == clause))
             and m.place.country == place.country]
    # "the villages of Fiego, Ngarwa-Lawandi and Ngarwa-Koura": a listed village the gazetteer lacks is an event
    # of its own, placed near the listed one it knows
    for m in within(sentence, mentions):
        listed = mention_root(doc, m.start_char, m.end_char) if m.place is None else None
        if listed is not None and listed.i in linked and listed.pos_ == "PROPN":
            towns.append((m.start_char, Place(m.text, "town", place.admin1, place.country, place.latitude,
                                              place.longitude, None, 2)))
    return list(dict.fromkeys(town for _, town in sorted(towns, key=lambda t: t[0]))) or [place]


def dated_towns(when: list[DateMention], sentence: Span, mentions: Sequence[PlaceMention]
                ) -> list[tuple[DateMention, Place | None, str | None]] | None:
    """Each day of a sentence with the town whose phrase holds it or that its phrase holds ("at Chinegodar, where
    89 were killed on January 8, Inates (71 dead on December 10)", "on 2 March in Boni and on 4 March in
    Hombori"), and the town's own phrase when it holds the day ("Inates (71 dead on December 10)"); a listed name
    the gazetteer lacks holds its day too, placing it nowhere nearer. None when no day is held so ("attacks in
    Boni and Hombori on 2 March" were in both towns that day)."""
    doc = sentence.doc
    towns = {}  # token index -> the town it names, or None for a name listed with them that no entry matched
    for m in within(sentence, mentions):
        root = mention_root(doc, m.start_char, m.end_char)
        if root is not None and m.place is not None and m.place.feature in ("town", "other"):
            towns[root.i] = m.place
            towns.update({t.i: None for t in root.conjuncts if t.pos_ == "PROPN" and t.i not in towns})
    pairs, found = [], set()
    for mention in when:
        day = mention_root(doc, mention.start_char, mention.end_char)
        if day is None:
            return None
        above = [a.i for a in day.ancestors if a.i in towns]  # nearest first
        below = sorted((t for t in towns if day in doc[t].ancestors), key=lambda t: depth(doc[t]))
        holder = (above or below or [None])[0]
        if holder is not None:
            found.add(holder)
        phrase = own_words(doc[holder]) if above else None
        pairs.append((mention, towns.get(holder) if holder is not None else None, phrase))
    return pairs if found else None


def own_words(head: Token) -> str:
    """The words of a token's phrase without those of the names listed after it: "Inates (71 dead on December
    10)" of "Inates (71 dead on December 10) and Sanam (14 dead on December 24)"."""
    return words_of(own_phrase_tokens(head))


def words_of(tokens: Sequence[Token]) -> str:
    """The text of some tokens of one sentence, in order, with their own spacing."""
    return "".join(t.text_with_ws for t in tokens).strip()


def own_phrase_tokens(head: Token) -> list[Token]:
    """The tokens of a token's phrase without the conjuncts listed after it and their conjunction."""
    listed = {t.i for c in head.conjuncts if c.i > head.i for t in c.subtree}
    return [t for t in head.subtree if t.i not in listed and not (t.dep_ == "cc" and t.head.i == head.i)]


def names_area(doc: Doc, mention: PlaceMention, words: Lexicon) -> bool:
    """True for a name that an area noun follows or governs ("Kompienga province", "Barsalogho department", "the
    rural commune of Sangha")."""
    root = mention_root(doc, mention.start_char, mention.end_char)
    if root is None:
        return False
    areas = words.cues.area_nouns
    return root.lemma_.lower() in areas or (root.dep_ == "compound" and root.head.lemma_.lower() in areas) or (
        root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in areas)


def is_listed_town(root: Token) -> bool:
    """True for a town named where the events happened in a list that the parser cut apart ("targeted Diboli
    ..., and the nearby towns of Kayes and Sandere", "attacks in Nioro du Sahel and Gogoui ... and in Molodo and
    Niono"): the object of the verb, of "in"/"at", of "towns of", or a name conjoined with one; never a
    reference point ("near the border with", "the capital Bamako")."""
    current = root
    while current.dep_ in ("conj", "nmod", "compound") and current.head.i != current.i:
        current = current.head
    if current.dep_ == "dobj":
        return True
    preposition = current.head
    if current.dep_ != "pobj":
        return False
    if preposition.lower_ == "of":  # "the towns of Kayes and Sandere", not "near the town of Niono"
        noun = preposition.head
        return noun.lemma_.lower() in ("town", "village", "locality", "commune") \
            and not (noun.dep_ == "pobj" and noun.head.lower_ in NEAR_WORDS)
    return preposition.lower_ in ("in", "at") and preposition.head.lower_ not in NEAR_WORDS


def run(article: Article, doc: Doc, date_mentions: Sequence[DateMention],
        place_mentions: Sequence[PlaceMention], words: Lexicon | None = None) -> tuple[list[Event], list[UndatedMention]]:
    """The events and undated event mentions of one annotated article."""
    words = words or default_lexicon()
    place_mentions = [m for m in place_mentions if not is_stance(article.body, m, words)]
    focus = focus_country(place_mentions, doc, words)
    anchored: list[Anchored] = []
    followups: list[Anchored] = []
    undated: list[UndatedMention] = []
    memory = ActorMemory(countries_by_token(doc, place_mentions), focus, place_tokens(doc, place_mentions))
    # "BAMAKO/DAKAR (Reuters) -": bureaus that shared the filing, none of them where anything happened
    filing = [m for m in place_mentions if not is_bureau(m, place_mentions, doc)]
    opening_town = lead_town(doc, article.body, filing)
    prose_town = lead_town(doc, article.body, place_mentions, datelines=False)
    only_town = sole_town(filing, focus, words, doc)
    only_prose_town = sole_town([m for m in place_mentions if not in_dateline(m, doc)], focus, words, doc)
    # "during an offensive": a word that reports an event only when begun is no trigger otherwise
    triggers = grouped_by_sentence([(token, text, word) for token, text, word in words.triggers(doc)
                                    if not word.needs_launch or is_launched(token, words)])
    previous: list[Anchored] = []  # the events of the last sentence that reported one, in this paragraph
    before: list[Anchored] = []  # those of the paragraph before, for "The ambush ..." opening the next one
    placed_elsewhere: list[tuple[Candidate, Place]] = []  # undated mentions that name a place
    tolls: list[tuple[Anchored, Span]] = []  # sentences that only count the dead of the event before them
    opened: list[tuple[Anchored, Span]] = []  # the opening's count of the dead of the first dated event
    claimants: list[tuple[int, str, int]] = []  # (where, claimant, how many attacks): "claimed by MUJAO"
    untimed: list[Untimed] = []  # mentions with named actors and no date, with the means and the place their
    # sentence names: "The army has killed ten people in a drone attack"
    told_first: list[Untimed] = []  # undated mentions in the headline or the first paragraph that count the dead
    first_paragraph: int | None = None
    for sentence in doc.sents:
        if previous and paragraph_start(article.body, previous[0].sentence) != paragraph_start(article.body, sentence):
            previous, before = [], previous
        here: list[Anchored] = []
        candidates = find_candidates(sentence, triggers.get(sentence.start, []), words, memory, focus)
        if candidates and is_heading(sentence, article.body):
            # a headline sums up what the body tells, in the present tense and with the report's date
            undated.extend(undated_mention(article.doc_id, c, sentence, "a headline: the body tells the event")
                           for c in candidates)
            told_here = [Untimed(c, means_of(candidates), named_place(c, sentence, place_mentions, article.body, words),
                                 heading=True) for c in candidates]
            untimed.extend(u for u in told_here if u.candidate.explicit_actor1)
            if fatalities.death_figures(sentence.text):
                told_first.extend(told_here)
            memory.remember(sentence, words, focus)
            continue
        if candidates and first_paragraph is None:
            first_paragraph = paragraph_start(article.body, sentence)
        claim = claimed_attack(sentence, words, memory, focus)
        if claim is not None:
            claimants.append((sentence.start_char, *claim))
        told_at = occurrence_place(sentence, place_mentions, article.body, words) if not candidates else None
        last = followed(previous or before)
        if told_at is not None and last is not None and last.place is not None and lies_within(told_at, last.place):
            # "... killed on Friday after a bomb exploded in central Mali." / "He said the incident took place near
            # the town of Douentza": where the event just told happened
            group = previous or before
            sharper = [replace(a, place=told_at, place_explicit=True) for a in group]
            anchored = [sharper[group.index(a)] if a in group else a for a in anchored]
            previous, before = (sharper, before) if previous else (previous, sharper)
        toll_of = followed(previous) or (followed(before) if not previous and "toll" in sentence.text.lower() else None)
        if not candidates and toll_of is not None and is_toll(sentence, date_mentions):
            tolls.append((toll_of, sentence))  # "The toll is two dead on the army's side and five ..."
        for candidate in candidates:
            if counts_told(candidate.trigger) and told_before(candidate, anchored + here, words) is not None:
                undated.append(undated_mention(article.doc_id, candidate, sentence,
                                               "a definite count of the events told before"))
                continue
            when, source = governing_dates(candidate.trigger, sentence, date_mentions, article.body, words,
                                           article.published)
            referent = told_before(candidate, anchored + here, words) if when else None
            if referent is not None and retells(referent, when, source):
                # "..., the governor said on Tuesday." / "The attack happened on Sunday at Ngalewa": the day and
                # place of the event told before, not a new event
                own_place = named_place(candidate, sentence, place_mentions, article.body, words)
                fixes = {id(a): corrected(a, when[0], source, own_place) for a in anchored + here
                         if a.sentence.start == referent.sentence.start and a.date_mention == referent.date_mention}
                anchored, here, previous, before = ([fixes.get(id(a), a) for a in group]
                                                    for group in (anchored, here, previous, before))
                followups.append(follow_up(fixes[id(referent)], candidate, sentence, focus, words, memory))
                continue
            # "the attack", "their attack" dated only by its paragraph or by the day it was told: the one already
            # reported, not a new one
            # (but "comes days after the attack on Kati" counts back to an earlier one, which "a day after the
            # attack" alone does not)
            counted_other = source == COUNTED_BACK and any(c.dep_ == "prep" for c in candidate.trigger.children)
            if referent is not None and source != "clause" and not counted_other and not source.startswith(LAPSED):
                own_place = named_place(candidate, sentence, place_mentions, article.body, words)
                if own_place is not None and referent.place is not None and lies_within(own_place, referent.place):
                    # "Semafo said on Wednesday that the attack took place ... 40 kilometres from Boungou"
                    fixes = {id(a): replace(a, place=own_place, place_explicit=True) for a in anchored + here
                             if a.sentence.start == referent.sentence.start and a.place == referent.place}
                    anchored, here, previous, before = ([fixes.get(id(a), a) for a in group]
                                                        for group in (anchored, here, previous, before))
                    referent = fixes.get(id(referent), referent)
                followups.append(follow_up(referent, candidate, sentence, focus, words, memory))
                continue
            if not when:
                if not previous and before and (is_definite_event(candidate.trigger, sentence)
                                                or is_bare_toll(candidate, words)
                                                or retells_victims(candidate.trigger)
                                                or retells_target(candidate.trigger, before[-1].sentence)):
                    previous = before
                lead = followed(previous)
                own_place = named_place(candidate, sentence, place_mentions, article.body, words)
                if own_place is not None and not source.startswith(OTHER_TIME) \
                        and not placed_by_part(candidate, own_place, sentence, place_mentions, words):
                    # an undated mention may sharpen the place of the event it tells of; one whose clause has a time
                    # of its own ("the first assault since March 2016") tells of other events
                    placed_elsewhere.append((candidate, own_place))
                if lead is not None and own_place is not None and own_place != lead.place:
                    guessed = only_guessed(lead, candidate, sentence, article.body, place_mentions)
                    if lead.place is not None and (lies_within(own_place, lead.place) or guessed):
                        # "... killed in northeast Burkina Faso." / "The ambush targeted soldiers near Dounkou":
                        # the follow-up says where the event happened
                        sharper = [replace(a, place=own_place, place_explicit=True) for a in previous]
                        anchored = [sharper[previous.index(a)] if a in previous else a for a in anchored]
                        previous, lead = sharper, sharper[0]
                    else:
                        lead = None  # another event, whose date the text does not give
                if lead is None and own_place is None:
                    lead = told_before(candidate, anchored + here, words)
                if lead is None:
                    undated.append(undated_mention(article.doc_id, candidate, sentence, source))
                    if candidate.explicit_actor1 and not source.startswith(OTHER_TIME):
                        untimed.append(Untimed(candidate, means_of(candidates), own_place))
                    opens = paragraph_start(article.body, sentence) == first_paragraph
                    if opens and not source.startswith(OTHER_TIME) and fatalities.death_figures(sentence.text):
                        told_first.append(Untimed(candidate, means_of(candidates), own_place))
                else:  # it may say more about the event just reported: kept only if it turns out to be the same
                    followups.append(follow_up(lead, candidate, sentence, focus, words, memory))
                continue
            place, near, explicit = governing_place(candidate.trigger, sentence, place_mentions, article.body, focus,
                                                    words, when[0], date_mentions)
            told = told_untimed(candidate, sentence, untimed, words)
            if told is not None and told.place is not None and place is not None \
                    and told.place.country != place.country:
                told = None  # "rebels who had returned from fighting in Libya": an event elsewhere
            if told is not None:
                # "The Nigerian military has killed children in an air attack ... The attack took place on Friday":
                # the dated mention is the event told before without a date, and that one names who did it
                candidate = retold(candidate, told)
            if told is not None and told.place is not None and told.place.feature in ("town", "other") \
                    and (place is None or lies_within(told.place, place)):
                place, near, explicit = told.place, False, True  # "the town was retaken Monday": Diabaly, told before
            if is_kind(candidate, words.cues.regime_changes):
                place = coup_place(candidate.trigger, sentence, place_mentions, place, focus)
                near, explicit = False, True
            elif candidate.word.needs_launch:
                place = launched_place(candidate.trigger, sentence, place_mentions, place, focus, words)
                near, explicit = False, True
            if is_series(candidate.trigger, sentence, words) \
                    and not (explicit and place and place.feature in ("town", "other")):
                undated.append(undated_mention(article.doc_id, candidate, sentence,
                                               "a series of events with no one town: an aggregate"))
                continue
            if place is not None and explicit and place.country != focus:
                # "an attack on a military post in Inates (Niger)" in a report on Mali: Niger's soldiers
                candidate = arguments(candidate.trigger, candidate.trigger_text, candidate.word, words, memory,
                                      place.country)
            candidate = settled(candidate, place.country if place else focus, words, memory)
            # "Attackers stormed the hotel", "Police arrested him": where the report opened; "an attack on a
            # village in central Mali": where its prose opened, not where it was filed
            placed = any(not in_dateline(m, doc) for m in within(sentence, place_mentions))
            opening, only = (prose_town, only_prose_town) if placed else (opening_town, only_town)
            if not explicit and place is not None and place.feature == "country" and opening is not None \
                    and opening.country == place.country and not tells_of_elsewhere(sentence, words):
                place = opening
            if place is not None and place.feature == "country" and only is not None \
                    and not is_against_state(candidate) and not candidate.word.needs_launch \
                    and only.country == place.country and not tells_of_elsewhere(sentence, words):
                place = only  # "Police raided the headquarters", in a report that names one town: that town
            towns = coordinated_towns(place, sentence, place_mentions, words) if explicit else [place]
            paired = dated_towns(when, sentence, place_mentions) if len(towns) > 1 else None
            if paired is not None:  # "at Chinegodar, where 89 were killed on January 8, Inates (71 dead on
                # December 10)": each day with its own town, and a day with none in the country
                made = [Anchored(candidate, sentence, m, source, town or country_place(place.country, place_mentions),
                                 near, explicit, shares=len(paired), toll_text=phrase) for m, town, phrase in paired]
            else:  # "attacks on army posts in Boni and Hombori": one event per town, a toll shared evenly
                made = [Anchored(candidate, sentence, m, source, town, near, explicit, shares=len(towns))
                        for m in when for town in towns]
            if told is not None:  # the undated report's sentence is evidence of the event, and its toll counts
                tolls.extend((a, told.candidate.trigger.sent) for a in made)
            elif not anchored:  # the report's first dated event: the toll its opening gave, if none of its own
                counts = opening_tolls(candidate, place, source, told_first, words)
                opened.extend((a, sent) for a in made for sent in counts)
            here.extend(made)
        anchored.extend(here)
        previous = here or previous
        memory.remember(sentence, words, focus)
    # a follow-up in a sentence that also counts back to an earlier event counts only its own clause's dead
    tolled = with_own_tolls(anchored + followups, words)
    anchored, followups = tolled[:len(anchored)], tolled[len(anchored):]
    anchored = sharpened(anchored, placed_elsewhere, words)
    merged = merge_in_sentences(anchored, words)
    others = {(text_start(a.sentence), a.candidate.trigger_text, a.date_source, event_time(a.date_mention)[0])
              for a in merged if any(told_as_another(o.candidate.trigger, words) for o in anchored if same_group(o, a))}
    def names_group(actor: str) -> bool:  # who an unknown attacker may turn out to be
        return words.inter(actor) in NAMED_GROUP_INTERS

    events = merge_in_document([to_event(article, a, words) for a in merged], others, names=names_group)
    for a in merge_in_sentences(followups, words):
        extra = to_event(article, a, words)
        # an event the text calls another is the last a follow-up tells more of
        ranked = sorted(events, key=lambda e: mention_key(e) in others)
        twin = next((e for e in ranked if same_occurrence(e, extra)), None) or \
            next((e for e in ranked if same_violence(e, extra, words.cues.armed_types)), None)
        if twin is None:
            undated.append(undated_mention(article.doc_id, a.candidate, a.sentence,
                                           "no date of its own, and not the event of the sentence before"))
        else:  # the event reported first leads, unless the follow-up tells how a battle ended (a base overrun)
            upgrade = extra.event_type == twin.event_type == "Battles" and twin.sub_event_type == "Armed clash" \
                and extra.sub_event_type != "Armed clash"
            events[events.index(twin)] = merged_pair(twin, extra, lead=extra if upgrade else twin,
                                                     names=names_group)
    events = with_tolls(events, tolls)
    events = with_opening_tolls(events, opened)
    events = with_claimants(events, claimants, words, article.body)
    events = with_known_targets(events, undated, words)
    events = [with_local_civilians(e, words) for e in events]
    names = written_names(doc, words)
    return [replace(as_written(e, names), event_id=f"{article.doc_id}#{i}")
            for i, e in enumerate(events, start=1)], undated


def occurrence_place(sentence: Span, mentions: Sequence[PlaceMention], body: str, words: Lexicon) -> Place | None:
    """The place a sentence gives an event told before, when all it says is where "the incident" or "the attack"
    happened ("the incident took place near the town of Douentza") or where the attackers came ("The assailants
    arrived in the town of Hombori on two pick-up trucks"); None for any other sentence."""
    for verb in sentence:
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        arrived = verb.pos_ == "VERB" and verb.lemma_.lower() in words.cues.arrival_verbs and any(
            s.ent_type_ == "ACTOR" and any(c.dep_ == "det" and c.lower_ == "the" for c in s.children)
            for s in subjects)
        if arrived or subjects and is_occurrence_verb(verb, words) and tells_occurrence(subjects[0], words):
            place, _, explicit = governing_place(verb, sentence, mentions, body, None, words)
            return place if explicit else None
    return None


def is_occurrence_verb(verb: Token, words: Lexicon) -> bool:
    """True for a verb that only says something happened: "happened", "occurred", "took place"."""
    if verb.pos_ != "VERB":
        return False
    phrase = " ".join([verb.lemma_.lower()] + [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"])
    return phrase in words.cues.occurrence_verbs


def tells_occurrence(noun: Token, words: Lexicon) -> bool:
    """True for "the attack" or "the incident" as the subject of a verb that only says it happened ("sources said
    the attack happened Monday"): the event told before, now given a time or a place."""
    return noun.lemma_.lower() in words.cues.generic_violence and noun.dep_ in SUBJECTS \
        and is_occurrence_verb(noun.head, words) \
        and any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in noun.children)


def is_stance(body: str, mention: PlaceMention, words: Lexicon) -> bool:
    """A place named after "pro-" or "anti-" ("a pro-Bamako militia") or before "-backed" ("the Russia-backed
    Wagner Group"): a side taken, not where anything happened."""
    before = re.search(r"([A-Za-z]+)-\s*$", body[max(0, mention.start_char - 6):mention.start_char])
    after = re.match(r"-([A-Za-z]+)", body[mention.end_char:mention.end_char + 14])
    return (before is not None and before.group(1).lower() in words.cues.stance_prefixes) \
        or (after is not None and after.group(1).lower() in words.cues.stance_suffixes)


def written_names(doc: Doc, words: Lexicon) -> dict[str, str]:
    """Canonical name -> the fullest form the article writes, for the actors spec/actors.md does not list (they are
    named "as the article names it, in its fullest form"): "MUJAO (the Unity Movement for Jihad in West Africa)"."""
    names: dict[str, str] = {}
    for ent in doc.ents:
        actor = actor_of_entity(ent, words, None)
        if actor is None or not actor.named_as_written:
            continue
        written = words.actors.written_name(ent.text, actor)
        if written and len(written) > len(names.get(actor.name, "")):
            names[actor.name] = written
    return names


def as_written(event: Event, names: dict[str, str]) -> Event:
    if not names:
        return event
    def renamed(field: str) -> str:
        return "; ".join(names.get(n, n) for n in field.split("; ")) if field else field
    return replace(event, actor1=renamed(event.actor1), assoc_actor_1=renamed(event.assoc_actor_1),
                   actor2=renamed(event.actor2), assoc_actor_2=renamed(event.assoc_actor_2))


def claimed_attack(sentence: Span, words: Lexicon, memory: "ActorMemory", focus: str | None) -> tuple[str, int] | None:
    """(claimant, how many attacks: `claimed_count`) when the sentence says a named party claimed the attack(s)
    already told, or that others lay them at its door: "Both attacks were claimed by MUJAO", "JNIM claimed
    responsibility for the attack", "local sources attribute the attack to JNIM", "an attack carried out by
    jihadists from JNIM", "a rocket attack on a U.N. base claimed by Ansar Dine", "killed in an attack, the
    government said, blaming an Islamic State affiliate"; None otherwise."""
    for verb in sentence:
        lemma = verb.lemma_.lower()
        doer = lemma in words.cues.doer_verbs and (lemma != "carry" or any(c.lower_ == "out" for c in verb.children))
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children) or \
                (lemma != "claim" and lemma not in words.cues.attribution_verbs and not doer):
            continue
        told = [c for c in verb.children if c.dep_ in OBJECTS | PASSIVE_SUBJECTS]
        told += [p for o in told if o.lemma_.lower() == "responsibility"
                 for prep in o.children if prep.lower_ == "for" for p in prep.children if p.dep_ == "pobj"]
        if doer and any(c.dep_ == "advmod" and c.lower_ in words.cues.hedge_words for c in verb.children):
            continue  # "The attack was very probably carried out by Boko Haram": a guess, not the doer
        if (lemma == "claim" or doer) and verb.dep_ in ("acl", "advcl") and verb.tag_ in ("VBN", "VBD") and not told \
                and not any(c.dep_ in SUBJECTS for c in verb.children):
            # "an attack carried out by ...", "killed in a rocket attack on a base in Mali, claimed by ..."
            told = [verb.head] if verb.head.pos_ == "NOUN" and is_event_word(verb.head, words) \
                else told_earlier(verb, sentence, words)
        if lemma == "claim" or doer:
            # the agent of a deed ("carried out by JNIM"); its active subject is already the trigger's actor
            parties = [c for c in verb.children if c.dep_ in SUBJECTS] if lemma == "claim" else []
            parties += [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        else:  # "sources attribute the attack to JNIM", "the army blamed the attack on JNIM" or "blamed JNIM for it"
            phrases = {prep.lower_: [p for p in prep.children if p.dep_ == "pobj"]
                       for head in [verb] + told for prep in head.children if prep.dep_ in ("prep", "dative")}
            parties = phrases.get("to", []) + phrases.get("on", [])
            if not parties and phrases.get("for"):
                parties, told = told, phrases["for"]
            elif not parties and verb.dep_ in ("advcl", "xcomp", "conj"):
                # "..., the government said, blaming an Islamic State affiliate": the attack its sentence told
                parties, told = told, told_earlier(verb, sentence, words)
        attacks = [t for t in told if is_event_word(t, words)]
        names = [n for p in parties for n in [actor_of_phrase(p, words, memory, focus)]
                 if n and n != words.cues.unidentified_actor and not n.startswith(CIVILIANS)]
        if attacks and names:
            return names[0], claimed_count(attacks)
    return None


def is_event_word(token: Token, words: Lexicon) -> bool:
    """True for a word of event_types.yml ("attack", "ambush")."""
    return words.words.word(token.lemma_.lower()) is not None


def told_earlier(verb: Token, sentence: Span, words: Lexicon) -> list[Token]:
    """The last event noun of the sentence before the verb ("a rocket attack on a base in Mali claimed by ...",
    where the parse hangs the participle on the place), or nothing."""
    nouns = [t for t in sentence if t.i < verb.i and t.pos_ == "NOUN" and is_event_word(t, words)]
    return nouns[-1:]


def claimed_count(attacks: list[Token]) -> int:
    """How many attacks told before a claim takes: the number it gives ("all three attacks": 3, "both": 2), one
    for a singular noun, every one for a plural without a number (ALL_TOLD); none for an attack the claim itself
    tells of ("claimed responsibility for an attack in Niger's borderlands that killed four", "executions
    during operations carried out by a coalition of armed groups")."""
    if all(any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
           or not any(c.dep_ in ("det", "predet", "poss", "nummod") for c in t.children) for t in attacks):
        return 0  # "an attack", or a bare plural ("operations carried out by a coalition"): news, not a retelling
    for attack in attacks:
        for child in attack.children:
            if child.lower_ == "both":
                return 2
            count = fatalities.number_value(child.text) if child.dep_ == "nummod" else None
            if count:
                return count
    return ALL_TOLD if any(t.tag_ == "NNS" for t in attacks) else 1


def with_claimants(events: list[Event], claims: list[tuple[int, str, int]], words: Lexicon,
                    body: str = "") -> list[Event]:
    """Attacks by nobody named take the party that claimed them: as many told before the claim as it counts
    ("claimed all three attacks": the last three; "the attacks": all; "the attack": the last one told, by the
    last of its sentences before the claim, not an older one recalled in between); a claim of several attacks told
    before any of them ("JNIM claimed responsibility for coordinated attacks ... The attacks targeted Diboli")
    takes those after it."""
    out = list(events)
    for where, claimant, count in claims:
        unnamed = [i for i, e in enumerate(out) if e.event_type in words.cues.armed_types
                   and e.actor1 in ("", words.cues.unidentified_actor)]
        before = sorted((i for i in unnamed if out[i].char_start < where),
                        key=lambda i: last_told(out[i], body, where))
        if count == 0:  # "claimed responsibility for an attack that killed four": the attack its sentence tells
            before, count = [i for i in unnamed if out[i].char_start == where], ALL_TOLD
        if count > 1 and not before and not any(e.char_start < where for e in out
                                                if e.event_type in words.cues.armed_types):
            before = [i for i in unnamed if out[i].char_start > where]
        chosen = before[-count:]
        # "The attack was claimed by JNIM" after "the attack on the army positions in Boulkessi and Mondoro": the
        # events one mention of an attack was split into by its towns are that attack
        chosen += [i for i in unnamed if i not in chosen and any(
            (out[i].char_start, out[i].event_date) == (out[j].char_start, out[j].event_date) for j in chosen)]
        for i in chosen:
            out[i] = replace(out[i], actor1=claimant)
    return out


def last_told(event: Event, body: str, before: int) -> int:
    """Where the last of the event's evidence sentences that come before `before` starts in the text."""
    starts = [body.find(sentence) for sentence in event.evidence]
    return max([s for s in starts if 0 <= s < before], default=event.char_start)


def with_known_targets(events: list[Event], undated: list[UndatedMention], words: Lexicon) -> list[Event]:
    """An act of violence whose target its own sentence leaves out takes the one an earlier undated mention by
    the same word gave ("a series of coordinated attacks on military posts" ... "The attacks on Tuesday
    targeted Diboli"): the report named the target once, then the days and towns."""
    out = []
    for event in events:
        told = [u for u in undated if u.char_start < event.char_start and u.actor2 and u.actor2 != event.actor1
                and u.event_type == event.event_type
                and any(same_word(u.trigger, w) for w in re.findall(r"[\w-]+", event.sentence))]
        if not event.actor2 and event.event_type in words.cues.armed_types and told:
            event = replace(event, actor2=told[-1].actor2)
            if words.inter(event.actor2) == CIVILIANS_INTER and event.sub_event_type == "Armed clash":
                # a fight with civilians is violence against them (the "civilian targets" refinement)
                event = replace(event, event_type=VIOLENCE_AGAINST_CIVILIANS, sub_event_type="Attack")
        out.append(event)
    return out


def same_word(first: str, second: str) -> bool:
    """Whether two words are one, singular or plural ("attacks", "attack")."""
    a, b = first.lower(), second.lower()
    return a == b or a.rstrip("s") == b.rstrip("s")


def is_toll(sentence: Span, date_mentions: Sequence[DateMention]) -> bool:
    """True for an undated sentence that gives death figures."""
    return not within(sentence, date_mentions) and bool(fatalities.death_figures(sentence.text))


def with_tolls(events: list[Event], tolls: list[tuple[Anchored, Span]]) -> list[Event]:
    """Each event with the toll sentences that follow it as evidence, and its deaths combined with theirs."""
    out = list(events)
    for lead, sentence in tolls:
        text = sentence.text.strip()
        index = told_by(out, lead)
        if index is not None:
            e = out[index]
            toll = fatalities.combined_toll(e.fatalities, e.sentence, fatalities.parse_fatalities(text), text)
            out[index] = replace(e, fatalities=toll, evidence=e.evidence + (text,))
    return out


def told_by(events: list[Event], mention: Anchored) -> int | None:
    """The index of the event whose evidence holds the mention's sentence, or None."""
    text = mention.sentence.text.strip()
    return next((i for i, e in enumerate(events) if text in e.evidence), None)


def with_opening_tolls(events: list[Event], opened: list[tuple[Anchored, Span]]) -> list[Event]:
    """The first dated event, when no sentence that tells it counts its dead (it may say that some died: "killing
    soldiers"), with the toll the report opened with (the first such sentence of the body, else the headline's) and
    that sentence as evidence."""
    out = list(events)
    for lead, sentence in opened:
        text = sentence.text.strip()
        index = told_by(out, lead)
        toll = fatalities.parse_fatalities(text)
        if index is None or toll is None or any(fatalities.parse_fatalities(t) is not None
                                                for t in out[index].evidence):
            continue
        out[index] = replace(out[index], fatalities=toll, evidence=out[index].evidence + (text,))
    return out


# --- triggers and arguments ---------------------------------------------------------------------------

def grouped_by_sentence(triggers: list[tuple[Token, str, EventWord]]) -> dict[int, list[tuple[Token, str, EventWord]]]:
    groups: dict[int, list] = {}
    for trigger in triggers:
        groups.setdefault(trigger[0].sent.start, []).append(trigger)
    return groups


def find_candidates(sentence: Span, triggers: list[tuple[Token, str, EventWord]], words: Lexicon,
                    memory: "ActorMemory", focus: str | None) -> list[Candidate]:
    found = []
    for token, text, word in triggers:
        if token.pos_ == "VERB" and any(c.dep_ == "agent" and any(
                g.dep_ == "pobj" and is_act_of_violence(g, words) for g in c.children) for c in token.children) \
                and all(c.ent_type_ in PLACE_ENTITIES for c in token.children if c.dep_ in PASSIVE_SUBJECTS):
            continue  # "Timbuktu has been hit by a prolonged battle": the battle is the event, in Timbuktu
        if not is_asserted(token, words) or not reports_occurrence(token, words) \
                or agreement_verb(token, word, words) == "neither":
            continue  # "accused the government of abandonment of the peace deal": a deal named, none made
        candidate = arguments(token, text, word, words, memory, focus)
        if word.needs_launch and words.inter(candidate.actor1) not in (STATE_INTER, EXTERNAL_INTER):
            continue  # "the jihadists launched their offensive": an armed group's fighting, told as such if at all
        if words.words.has_target(word, candidate.object_text) and not is_diplomatic(candidate, words):
            found.append(candidate)
    return found


def starters(trigger: Token, words: Lexicon) -> list[Token]:
    """The words of starting that begin an operation: its verb ("launched an offensive", "operations have been
    launched"), its participle ("an operation launched in January") or its noun ("the launch of the offensive")."""
    launch_words, head = words.cues.launch_words, trigger.head
    found = [c for c in trigger.children if c.dep_ == "acl" and c.lemma_.lower() in launch_words]
    if trigger.dep_ in OBJECTS | PASSIVE_SUBJECTS and head.lemma_.lower() in launch_words:
        found.append(head)
    elif trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in launch_words:
        found.append(head.head)
    if not found and expels_when_dated(trigger, words):
        found.append(head.head)
    return found


def expels_when_dated(trigger: Token, words: Lexicon) -> bool:
    """True for an operation told as the agent that drove a side out, with its own month or day ("were largely
    ousted by a French-led military operation in January 2013"): its start, told in passing. Without a date
    ("forced out by a French-led intervention") it is background."""
    head, verb = trigger.head, trigger.head.head
    if not (trigger.dep_ == "pobj" and head.lower_ in ("by", "in")
            and verb.lemma_.lower() in words.cues.expulsion_verbs):
        return False
    dated = list(trigger.subtree) + [t for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree]
    return any(t.ent_type_ == "DATE" for t in dated)


def is_launched(trigger: Token, words: Lexicon) -> bool:
    """True for an operation that a word of starting governs ("launched a major offensive against the rebels",
    "an operation launched in January 2013", "the launch of the French military offensive"), unless a modifier
    makes it tactical ("clean-up operations have been launched") or its own words or its purpose tell the fighting
    ("an operation in which dozens of terrorists were neutralised", "launched an offensive to seize several towns"),
    which is then the event."""
    cues = words.cues
    begun_by = starters(trigger, words)
    if not begun_by:
        return False
    modifiers = trigger.doc[trigger.left_edge.i:trigger.i]
    if any(t.lower_ in cues.tactical_words for t in modifiers):
        return False
    scope = [t for t in trigger.subtree if t.i != trigger.i]
    scope += [t for s in begun_by for c in s.children if c.dep_ in ("advcl", "xcomp") for t in c.subtree]
    return not any(tells_fighting(t, words) for t in scope)


def tells_fighting(token: Token, words: Lexicon) -> bool:
    """True for a word of armed violence ("attack", "seize"), of harm ("killed") or of an outcome in a fight
    ("neutralised", "reconquer")."""
    word = words.words.word(token.lemma_.lower())
    lemma = token.lemma_.lower()
    return (word is not None and word.event_type in words.cues.armed_types) \
        or lemma in words.cues.harm_verbs or lemma in words.cues.outcome_verbs


def launching_nation(trigger: Token, words: Lexicon, focus: str | None) -> str:
    """The armed forces of the nation an operation is told as, by an adjective or a possessor ("a French-led military
    operation", "France's military intervention"), or ""."""
    nations = [t for t in trigger.subtree if t.i < trigger.i and t.ent_type_ in ("NORP", "GPE", "LANGUAGE")]
    found = [words.actors.lookup(f"{t.text} forces", focus) for t in nations]
    return next((forces_of(actor.name, words) for actor in found if actor is not None), "")


def reports_occurrence(trigger: Token, words: Lexicon) -> bool:
    """False for a trigger that names a kind of thing rather than reports an event: a modifier ("battle tank",
    "combat helicopters", "attack aircraft") or a noun hanging from a non-event noun ("amnesty for its coup")."""
    if trigger.dep_ in ("compound", "amod", "nmod") and trigger.head.pos_ in ("NOUN", "PROPN"):
        return False
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj":
        preposition = trigger.head
        owner = preposition.head
        nominal = owner.pos_ in ("NOUN", "PROPN") or owner.dep_ in OBJECTS | SUBJECTS | PASSIVE_SUBJECTS
        manner = preposition.lower_ == "in" and trigger.lemma_.lower() in words.cues.manner_nouns \
            and not any(c.dep_ in ("det", "poss") for c in trigger.children)  # "gathered ... in protest"
        loss = owner.lemma_.lower() in words.cues.death_nouns  # "the deaths of 29 soldiers in an attack"
        if nominal and not manner and not loss and not words.words.word(owner.lemma_.lower()) \
                and preposition.lower_ != "of":
            return False
    head = trigger.head
    if trigger.dep_ == "acl" and any(a.lemma_.lower() in words.cues.toll_nouns and a.pos_ == "NOUN"
                                     for a in trigger.ancestors):
        return False  # "giving a provisional toll of 32 soldiers killed": a figure, told of an event reported
    if trigger.dep_ in ("acl", "amod") and lasts(trigger, words):
        return False  # "Djibo, a town besieged for months by jihadists": what the town has long been through
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in SUBJECTS \
            and head.lemma_.lower() in words.cues.reporting_verbs and not is_act_of_violence(trigger, words):
        return False  # "the rebel alliance announced": a party that speaks, not an event
    if trigger.dep_ in SUBJECTS and head.pos_ == "VERB" and trigger.lemma_.lower() in words.cues.party_nouns:
        return False  # "the rebel alliance signed a deal": the alliance is a party
    if trigger.dep_ in SUBJECTS | PASSIVE_SUBJECTS and head.tag_ in ("VBZ", "VBP") \
            and head.lemma_.lower() in words.cues.linking_verbs:
        return False  # "the peace deal looks more fragile": a state
    if aided_campaign(trigger, words):
        return False  # "foreign troops assisting its fight against extremist rebels": the campaign, not a deed
    if any(a.lemma_.lower() in words.cues.continuing_heads for a in [head] + list(head.ancestors)[:1]) \
            and head.i != trigger.i:
        return False  # "airstrikes have continued": ongoing activity, not one occurrence
    if is_running_total(trigger):
        return False  # "they had killed about 50 jihadists so far this month": a tally of many deeds
    if is_recent_plural(trigger, words):
        return False  # "reported attacks on villages in recent weeks": many deeds, told together
    sentence = trigger.sent.text.lower()
    if any(phrase in sentence for phrase in words.cues.contradiction_phrases):
        return False
    if sentence.lstrip().startswith(words.cues.reference_openers):
        return False  # "(see Menastream: Burkina Faso: Airstrike hit village ...)": another report's headline
    return not any(phrase in sentence for phrase in words.cues.aggregate_phrases)


def is_running_total(trigger: Token) -> bool:
    """True for a deed counted up to a time: a verb "so far", "thus far" or "to date" ("had killed about 50
    jihadists so far this month"), or a bare plural in a sentence that counts "as of" a day ("as of August 31 there
    had been 72 fatalities due to mines and IEDs")."""
    if trigger.pos_ == "VERB":
        return any(c.lower_ == "far" and any(g.lower_ in ("so", "thus") for g in c.children)
                   or c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "date" for g in c.children)
                   for c in trigger.children)
    bare = trigger.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in trigger.children)
    return bare and any(t.lower_ == "as" and t.nbor().lower_ == "of" and t.nbor(2).ent_type_ == "DATE"
                        for t in trigger.sent[:-2])


def is_recent_plural(trigger: Token, words: Lexicon) -> bool:
    """True for a bare plural event noun in a sentence timed by a vague span of the recent past ("attacks on
    southern Mauritanian villages by Malian troops in recent weeks")."""
    if trigger.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in trigger.children):
        return False
    sentence = trigger.sent
    own = clause_head(trigger) if trigger.pos_ == "NOUN" else trigger
    for span in words.cues.recent_spans:
        for found in re.finditer(rf"\b{re.escape(span)}\b", sentence.text.lower()):
            last = sentence.char_span(found.start(), found.end(), alignment_mode="expand")[-1]
            if clause_head(last).i == own.i:  # not "in eastern Burkina Faso, where armed groups have been
                return True  # gaining ground in recent months": that clause's time
    return False


def aided_campaign(trigger: Token, words: Lexicon) -> bool:
    """True for a campaign noun that a verb of help governs, as its object ("support the fight against
    jihadists") or through "in" ("help Niger in its fight against terrorism")."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in words.cues.campaign_nouns:
        return False
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "in":
        head = head.head
    elif trigger.dep_ not in OBJECTS:
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in words.cues.aid_verbs


def lasts(trigger: Token, words: Lexicon) -> bool:
    """True when a "for ..." phrase gives the trigger a span of time ("besieged for months", "for two years")."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in words.cues.duration_nouns for g in c.children)
        for c in trigger.children)


def agreement_verb(trigger: Token, word: EventWord, words: Lexicon) -> str:
    """For an agreement noun ("peace deal", "accord"): "made" when a verb signs or reaches it ("signed a peace
    deal", "the accord, signed in 2015"), "ended" when a verb ends it ("ended the peace deal"), "neither"
    otherwise; "" for any other trigger."""
    if trigger.pos_ != "NOUN" or word.sub_event_type != "Agreement":
        return ""
    if trigger.lemma_.lower() in words.cues.agreement_makers:
        return "made"  # "the signing of the charter": the noun is the act
    verbs = [c for c in trigger.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    if trigger.dep_ in OBJECTS | PASSIVE_SUBJECTS | SUBJECTS or (trigger.dep_ == "pobj" and trigger.head.dep_ == "prep"
                                                                  and trigger.head.head.pos_ == "VERB"):
        verbs.append(trigger.head if trigger.dep_ != "pobj" else trigger.head.head)
    lemmas = {v.lemma_.lower() for v in verbs} | {c.lemma_.lower() for v in verbs for c in v.children
                                                   if c.dep_ == "prt"}
    if lemmas & words.cues.agreement_enders:
        return "ended"
    if lemmas & words.cues.agreement_makers:
        return "made"
    return "neither"


def is_series(trigger: Token, sentence: Span, words: Lexicon) -> bool:
    """True when the sentence tells of a series ("a series of attacks", "killed 20 people in a wave of raids"), not
    when the series is only what its event is one of ("explosions killed 15 soldiers, the latest in a series of such
    attacks", "part of a wave of violence"). So is a plural event noun counted vaguely ("Several attacks in northern
    Mali have targeted the UN mission")."""
    subjects = [c for c in trigger.children if c.dep_ in SUBJECTS] if trigger.pos_ == "VERB" else []
    if any(t.tag_ == "NNS" and words.words.word(t.lemma_.lower()) is not None
           and any(c.dep_ in ("amod", "det") and c.lower_ in words.cues.vague_quantifiers for c in t.children)
           for t in [trigger, *subjects]):
        return True
    text = sentence.text.lower()
    for phrase in words.cues.series_phrases:
        start = text.find(phrase)
        if start < 0:
            continue
        noun = sentence.char_span(start, start + len(phrase), alignment_mode="expand")[-2]  # "series", "wave"
        member = noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of") \
            and noun.head.head.lower_ in words.cues.series_members and not noun.head.head.is_ancestor(trigger)
        if not member:
            return True
    return False


def is_diplomatic(candidate: Candidate, words: Lexicon) -> bool:
    """A withdrawal or expulsion of representatives is diplomacy, not a change to armed activity."""
    target = candidate.target_text.lower().split()
    return (candidate.word.event_type == "Strategic developments"
            and any(w in words.cues.diplomatic_objects for w in target))


def is_asserted(trigger: Token, words: Lexicon) -> bool:
    """False for negated, modal, conditional, future or hypothetical triggers (ANNOTATION: not events)."""
    cues = words.cues
    if is_purpose(trigger, words) or begun_by_the_deed(trigger, words):
        return False
    below = None  # the word of the chain just under `token`
    asked = False  # the chain so far is a question's clause: "who was responsible for the attack"
    for token in clause_chain(trigger):
        if token.i != trigger.i and token.dep_ in ("prep", "mark") and token.lower_ in cues.presupposing_words:
            break  # "it would resume operations after suspending them following a coup in May": the coup happened
        for child in token.children:
            if child.dep_ == "neg" and not (asked and token.lemma_.lower() in cues.reporting_verbs):
                return False  # (but "it did not say who was responsible for the attack" tells the attack)
            if child.dep_ in ("aux", "auxpass") and child.lower_ in cues.modal_words:
                return False
            if child.dep_ == "mark" and child.lower_ in cues.conditional_words:
                return False
            if child.dep_ == "advmod" and child.lower_ in cues.habitual_words:
                return False
        if is_generic_rule(token, words):
            return False
        # "was indicted in March and placed under house arrest in May": a verb joined to the other is a second
        # deed, not what governs it
        joined = below is not None and below.dep_ == "conj" and below.pos_ == "VERB" and token.pos_ == "VERB"
        if token.lemma_.lower() in cues.hypothetical_heads and token.i != trigger.i and not joined:
            return False
        if token.dep_ == "ROOT" or is_own_clause(token):
            break
        asked = asked or any(c.tag_ in ("WP", "WRB") and c.i < token.i for c in token.children)
        below = token
    root = trigger.sent.root
    if root.i != trigger.i and any(c.dep_ in SUBJECTS and c.lemma_.lower() in cues.rumour_nouns
                                   for c in root.children):
        return False  # "Rumors circulated on social media of an attempted coup": what is only rumoured
    window = trigger.sent.text.lower()
    return not any(cue in window for cue in cues.hypothetical_phrases)


def begun_by_the_deed(trigger: Token, words: Lexicon) -> bool:
    """True for what a told deed begins, in a participle after it: "France handed control of two bases to Senegal,
    beginning the process of withdrawing its military": the handover is the event, the withdrawal under way."""
    for token in clause_chain(trigger)[1:]:
        if token.dep_ == "advcl" and token.tag_ == "VBG" and token.lemma_.lower() in words.cues.launch_words:
            return words.words.word(token.head.lemma_.lower()) is not None or any(
                words.words.word(f"{token.head.lemma_.lower()} {c.lemma_.lower()}") is not None
                for c in token.head.children if c.dep_ in ("prt", "dobj"))
        if token.pos_ in ("VERB", "AUX") and token.i != trigger.i:
            return False
    return False


def is_generic_rule(verb: Token, words: Lexicon) -> bool:
    """A present-tense relative clause on "those", "anyone" tells a rule about whoever does it, not a deed:
    "sanctions against those who launch attacks", "anyone who attacks civilians"."""
    return verb.dep_ == "relcl" and verb.tag_ in ("VBP", "VBZ") and verb.head.lower_ in words.cues.generic_people


def clause_chain(trigger: Token, steps: int = 4) -> list[Token]:
    """The trigger and its governing words up to `steps` syntactic steps above it; a step along a list ("murder,
    torture and kidnapping") does not count, so the last item of a long list reaches the word that governs it."""
    chain, token, taken = [trigger], trigger, 0
    while token.head.i != token.i and taken < steps:
        taken += token.dep_ != "conj"
        token = token.head
        chain.append(token)
    return chain


def is_purpose(trigger: Token, words: Lexicon) -> bool:
    """True for an infinitive of purpose or aim, which says what was meant, not what happened: "sent troops to
    retake Kidal", "the objective is to retake Kidal"."""
    if trigger.pos_ == "NOUN" and trigger.dep_ in OBJECTS and trigger.head.pos_ == "VERB":
        trigger = trigger.head  # "a staging ground to launch raids": the raids are what the verb is for
    if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in HELPING_VERBS \
            and not any(c.tag_ == "TO" for c in trigger.children):
        trigger = trigger.head  # "volunteers to help fight jihadists": the bare infinitive says what help is for
    if trigger.pos_ != "VERB" or not any(c.tag_ == "TO" and c.dep_ == "aux" for c in trigger.children):
        return False
    # "used Liberia as a staging ground to launch raids", but not "the first group to attack Kidal"
    for_a_thing = trigger.dep_ == "acl" and not any(c.dep_ == "amod" and c.lower_ in ("first", "last", "only")
                                                    for c in trigger.head.children)
    # "were using Liberia as a staging ground to launch raids": what something serves for (but "used drones to
    # target militants" tells how it was done)
    head = trigger.head
    used_for = trigger.dep_ == "xcomp" and (head.lemma_.lower() in words.cues.purpose_heads or (
        head.lemma_.lower() in ("use", "employ") and any(c.dep_ == "prep" and c.lower_ == "as" for c in head.children)))
    return trigger.dep_ == "advcl" or for_a_thing or used_for or (trigger.dep_ in ("xcomp", "ccomp", "attr")
                                                                   and trigger.head.lemma_ == "be")


def is_own_clause(token: Token) -> bool:
    """True for a conjoined verb with its own subject ("the army has not commented, but it announced ..."): what
    negates or qualifies the first clause does not reach it."""
    return token.dep_ == "conj" and any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in token.children)


def arguments(trigger: Token, text: str, word: EventWord, words: Lexicon,
              memory: "ActorMemory", focus: str | None) -> Candidate:
    """actor1 (initiator) and actor2 (target) of a trigger from its syntactic neighbours."""
    symmetric = word.phrase in words.cues.symmetric_triggers or word.sub_event_type == "Agreement"
    transfer = word.sub_event_type == "Non-violent transfer of territory"
    agent_tokens, target_tokens = argument_tokens(trigger, words, symmetric, transfer, word.phrase)
    actor1, assoc1 = actors_of(agent_tokens, words, memory, focus)
    actor2, assoc2 = actors_of(target_tokens, words, memory, focus)
    if not actor1 and trigger.pos_ == "VERB" and not any(a.pos_ in ("NOUN", "PROPN") for a in agent_tokens) \
            and not any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in trigger.children) \
            and not any(t.dep_ in SUBJECTS and t.head.i == trigger.i for t in target_tokens) \
            and not done_by_attack(trigger, words):
        nearest = nearest_actor_before(trigger, target_tokens)
        # the parse missed the subject ("That was a loss as militants ... shot down"); a subject that names no actor
        # ("an improvised explosive device killed one soldier") is no miss, and a passive verb's missed subject is
        # what suffered ("the army post ..., located some 40 kilometers from Ouallam, was attacked")
        if nearest is not None:
            agent_tokens = [nearest]
            actor1, assoc1 = actors_of(agent_tokens, words, memory, focus)
    if not actor1:
        fought = opponents_while_acting(trigger, words)
        if fought:  # "the jet was shot down while conducting attacks against the CMA": the CMA brought it down
            actor1, assoc1 = actors_of(fought, words, memory, focus)
    if word.phrase in words.cues.victim_subject_verbs and trigger.pos_ == "VERB" and words.words.mentions(
            words.cues.hidden_explosives, " ".join(t.text for h in target_tokens for t in own_phrase(h))):
        # "one of their vehicles hit an improvised explosive": the vehicle's side is the victim, the explosive
        # the means, and whoever laid it is not named
        actor1, actor2, assoc1, assoc2 = "", actor1, (), assoc1
        agent_tokens, target_tokens = target_tokens, agent_tokens
    if word.phrase in words.cues.defence_verbs:
        # "the army repelled an attack by Boko Haram": the side driven back began the fight (actor1)
        actor1, actor2, assoc1, assoc2 = actor2, actor1, assoc2, assoc1
        agent_tokens, target_tokens = target_tokens, agent_tokens
    if not actor1 and is_claimed_deed(trigger, words):
        claimant = words.resolve_reference("it", memory.salient(trigger, words))
        actor1 = claimant.name if claimant else ""
    if symmetric and not actor2 and len(assoc1) >= 1:
        # "clashes between the CMA and the army", "Mali, Niger and Burkina Faso signed": the first two parties
        # face each other, the rest join the second (ANNOTATION.md)
        actor2, assoc2, assoc1 = assoc1[0], assoc1[1:] + assoc2, ()
    if symmetric and not actor1 and len(assoc2) >= 1:  # "an alliance was signed between Mali, Niger and Chad"
        actor1, actor2, assoc2 = actor2, assoc2[0], assoc2[1:]
    if word.event_type in words.cues.armed_types and actor2.startswith(GOVERNMENT) and assoc2:
        actor2, assoc2 = assoc2[0], assoc2[1:]  # "soldiers killed in Burkina Faso": the forces, not the state
    armed = [a for a in assoc2 if words.inter(a) not in (None, CIVILIANS_INTER, *CROWD_INTERS)]
    if word.event_type in words.cues.armed_types and words.inter(actor2) == CIVILIANS_INTER and armed:
        # "Four civilians and a police officer were killed": the forces among the targets make it their fight,
        # the civilians with them (ANNOTATION.md)
        actor2, assoc2 = armed[0], (actor2,) + tuple(a for a in assoc2 if a != armed[0])
    if words.inter(actor1) == CIVILIANS_INTER and word.event_type not in words.cues.crowd_actors:
        actor1 = ""  # "attacked by a band of men", "the men destroyed equipment": unnamed attackers, not civilians
    if word.needs_launch:  # "the start of France's military intervention", "a French-led operation": its forces
        actor1 = forces_of(actor1, words) or launching_nation(trigger, words, focus)
    if actor1 and actor1 == actor2:
        actor2 = ""
    # what was targeted, without where it was ("a patrol near the village of X" is no civilian target)
    target_text = " ".join(t.text for head in target_tokens for t in own_phrase(head) if not in_locative(t, head))
    # what the verb was done to, as written: "drove back the assailants" needs "assailants", not the swapped sides
    objects = agent_tokens if word.phrase in words.cues.defence_verbs else target_tokens
    # "hundreds of demonstrators", "groups of young people": what a quantity counts
    object_text = " ".join(t.text for h in objects for t in [h, *counted_by(h)])
    if any(h.ent_type_ in PLACE_ENTITIES and h.i not in memory.countries for h in target_tokens):
        target_text, object_text = f"{target_text} {TOWN_TARGET}", f"{object_text} {TOWN_TARGET}"  # "retook Gao"
    return Candidate(trigger, text, word, actor1, actor2, assoc1, assoc2, target_text,
                     instrument_text(trigger, agent_tokens, words),
                     explicit_actor1=any(t.ent_type_ == "ACTOR" or t.i in memory.countries
                                         for a in agent_tokens for t in a.subtree),
                     object_text=object_text)


def settled(c: Candidate, country: str | None, words: Lexicon, memory: "ActorMemory") -> Candidate:
    """Actors that follow from what kind of event it is, once its country is known (ANNOTATION.md):
    a coup is the country's military against its government; a country moving forces moves its military
    (but leaves an organisation as a government); an organisation acts on the ground through its mission there;
    a force that a party arranged to bring in is that party's Agreement with it."""
    if c.word.event_type in words.cues.armed_types:
        # "drone strikes by Mali's military regime": a state fights through its armed forces
        c = replace(c, actor1=forces_of(c.actor1, words))
    if c.word.sub_event_type == TRANSFER:
        # "France handed control of two military facilities to Senegal": a state hands over and takes over ground
        # through its forces
        c = replace(c, actor1=forces_of(c.actor1, words), actor2=forces_of(c.actor2, words))
    if c.word.event_type in words.cues.armed_types and words.inter(c.actor2) in CROWD_INTERS \
            and words.inter(c.actor1) not in CROWD_INTERS and is_kind(c, words.cues.symmetric_triggers):
        c = replace(c, actor1=c.actor2, actor2=c.actor1)  # "clashes between police and protesters": the crowd's
    if c.word.event_type in words.cues.armed_types and country and (
            words.inter(c.actor1) in CROWD_INTERS or done_by_crowd(c.trigger, words) or amid_unrest(c, country, words)
            or police_facing_crowd(c, words)) \
            or c.word.sub_event_type == DESTRUCTION and country and words.inter(c.actor1) in CROWD_INTERS:
        # "protesters ransacked the party's headquarters": a crowd that destroys riots (ACLED)
        riot = as_riot(c, country, words)
        if riot is not None:
            return riot
    communal = as_communal_clash(c, country, words)
    if communal is not None:
        return communal
    crowd_arrests = arrests_of_crowd(c, country, words, memory.places)
    if crowd_arrests is not None:
        return crowd_arrests
    if seizes_the_government(c, country, words):
        return as_coup(c, country)  # "the military detained President Bazoum" in a report of the coup
    if c.word.sub_event_type == "Arrests" and country and words.actor(police_of(country, words)) \
            and words.inter(c.actor1) in (None, CIVILIANS_INTER, *CROWD_INTERS):
        # "two leaders were arrested": by the police, ACLED's usual arresting actor
        c = replace(c, actor1=police_of(country, words))
    if agreement_verb(c.trigger, c.word, words) == "ended":
        # "the military rulers of Mali have ended a major peace deal with the rebels": the subject changes course
        verb = c.trigger.head
        party, _ = actors_of([s for s in verb.children if s.dep_ in SUBJECTS] or inherited_subject(verb), words,
                             memory, country)
        change = EventWord(c.word.phrase, "Strategic developments", "Change to group/activity")
        return replace(c, word=change, actor1=party or c.actor1, actor2=c.actor2 if c.actor2 != party else "",
                       explicit_actor1=bool(party) or c.explicit_actor1)
    if is_kind(c, words.cues.regime_changes) and country and (
            not c.explicit_actor1 or words.inter(c.actor1) not in NAMED_GROUP_INTERS):
        # the soldiers of the country, not whoever the sentence's subject is ("ECOWAS leaders met to discuss the
        # turmoil in Mali, which this week witnessed its second coup") nor a group named near an agentless coup
        # ("the junta installed after the coups of August 2020 and May 2021 and the CSP")
        return replace(c, actor1=FORCES + country, actor2=GOVERNMENT + country, assoc1=(), assoc2=())
    if done_in_coup(c.trigger, words) and country:  # "the junta that took over Niger in a coup"
        return as_coup(c, country)
    arranged = arranging_party(c, words, memory, country)
    if arranged is not None:
        return arranged
    if is_kind(c, words.cues.force_movements):
        c = moving_force(c, words)
    crowd = words.cues.crowd_actors.get(c.word.event_type)
    if crowd and country and words.inter(c.actor1) in (None, CIVILIANS_INTER, *CROWD_INTERS) \
            and words.actor(f"{crowd} ({country})"):
        c = replace(c, actor1=f"{crowd} ({country})")  # "200 people took to the streets": protesters; "demonstrators
        # stoned the police station": rioters
    mission = words.cues.field_missions.get(c.actor1, {}).get(country or "")
    operates = c.word.event_type in words.cues.armed_types or c.word.sub_event_type in words.cues.field_operations
    if mission and operates:
        c = replace(c, actor1=mission)
    mission = words.cues.field_missions.get(c.actor2, {}).get(country or "")
    if mission and c.word.event_type in words.cues.armed_types:
        c = replace(c, actor2=mission)  # "a United Nations peacekeeper was killed" in Mali: the mission's
    return c


def forces_of(actor: str, words: Lexicon) -> str:
    """A government's armed forces when the actor dictionary has them ("Government of Mali" -> "Military Forces of
    Mali"), else the actor itself."""
    forces = FORCES + actor.removeprefix(GOVERNMENT)
    return forces if actor.startswith(GOVERNMENT) and words.actor(forces) else actor


def rioters_of(country: str, words: Lexicon) -> str:
    """ACLED's name for a country's rioters: "Rioters (Guinea)"."""
    return f"{words.cues.crowd_actors.get('Riots', 'Rioters')} ({country})"


def as_riot(c: Candidate, country: str, words: Lexicon) -> Candidate | None:
    """Violence done by a crowd ("demonstrators attacked the parliament", "the protest ... stormed the state
    broadcaster", a death at a protest by no one named) is a riot of that country's rioters; None when the actor
    dictionary has no rioters for the country."""
    rioters = rioters_of(country, words)
    if words.actor(rioters) is None:
        return None
    riot = EventWord(c.word.phrase, "Riots", "Violent demonstration")
    actor2 = "" if words.inter(c.actor2) == CIVILIANS_INTER else crowd_control(c.actor2, c.trigger.sent, country, words)
    if not actor2:  # "police fired tear gas in clashes with supporters": the police the sentence names
        police = [a for ent in c.trigger.sent.ents for a in [actor_of_entity(ent, words, country)]
                  if a is not None and a.kind == "police"]
        actor2 = police[0].name if police else ""
    return replace(c, word=riot, actor1=rioters, actor2=actor2, explicit_actor1=True)


def as_communal_clash(c: Candidate, country: str | None, words: Lexicon) -> Candidate | None:
    """Clashes between communities with no armed party named ("Inter-ethnic clashes erupted in Macenta",
    "intercommunal fighting") are mob violence between the country's rioters (ACLED); None for any other event."""
    if not country or not is_kind(c, words.cues.symmetric_triggers) \
            or c.actor1 not in ("", UNIDENTIFIED) or words.inter(c.actor2) not in (None, CIVILIANS_INTER):
        return None
    before = c.trigger.doc[c.trigger.left_edge.i:c.trigger.i]
    rioters = rioters_of(country, words)
    if not any(t.lower_ in words.cues.communal_words for t in before) or words.actor(rioters) is None:
        return None
    mob = EventWord(c.word.phrase, "Riots", "Mob violence")
    return replace(c, word=mob, actor1=rioters, actor2=rioters, explicit_actor1=True)


def as_coup(c: Candidate, country: str) -> Candidate:
    """The candidate as a coup (ANNOTATION.md, Strategic developments / Other): the country's military against its
    government."""
    coup = EventWord(c.word.phrase, "Strategic developments", "Other")
    return replace(c, word=coup, actor1=FORCES + country, actor2=GOVERNMENT + country, assoc1=(), assoc2=(),
                   explicit_actor1=True)


def police_of(country: str, words: Lexicon) -> str:
    """The country's police, ACLED's usual actor for arrests and crowd control ("Police Forces of Mali")."""
    return f"{words.cues.crowd_control} {country}"


def crowd_control(actor: str, sentence: Span, country: str, words: Lexicon) -> str:
    """The state's side facing a crowd: unnamed "security forces" are the police (ACLED's usual), unless the
    sentence names soldiers or the army."""
    known = words.actor(actor)
    police = police_of(country, words)
    text = sentence.text.lower()
    if known is None or known.kind != "military" or words.actor(police) is None \
            or not any(p in text for p in words.cues.crowd_control_phrases) \
            or any(t.lemma_.lower() in words.cues.soldier_words for t in sentence):
        return actor
    return police


def amid_unrest(c: Candidate, country: str, words: Lexicon) -> bool:
    """Violence by no one named, among no armed party, in a sentence of protests, an election, a verdict or the
    opposition ("two people were killed in clashes during the presidential election", "Nine people have died in
    clashes across Senegal ... after a court sentenced the opposition leader")."""
    sentence = c.trigger.sent
    if c.explicit_actor1 or c.actor1 not in ("", words.cues.unidentified_actor) or refined(c, words)[0] not in (
            "Battles", VIOLENCE_AGAINST_CIVILIANS) or names_armed_party(sentence, country, words):
        return False
    return any(t.lemma_.lower() in words.cues.unrest_words for t in sentence)


def police_facing_crowd(c: Candidate, words: Lexicon) -> bool:
    """A fight of the police with no one armed, in a sentence of unrest ("riot police clashed with supporters of
    the opposition"): the crowd's riot, whoever the parse made the agent."""
    sides = [words.actor(a) for a in (c.actor1, c.actor2) if a]
    police = [a for a in sides if a is not None and a.kind == "police"]
    others = [a for a in sides if a is None or (a.kind != "police" and a.inter not in CROWD_INTERS)]
    return bool(police) and not others and is_kind(c, words.cues.symmetric_triggers) \
        and any(t.lemma_.lower() in words.cues.unrest_words for t in c.trigger.sent)


def names_armed_party(sentence: Span, country: str, words: Lexicon) -> bool:
    """True when the sentence names an armed actor, a state's forces or an armed group ("Three soldiers were
    killed in clashes"), on either side. The police are no such party: they are who faces a crowd ("police fired
    tear gas in clashes with supporters of the opposition leader")."""
    armed = (actor_of_entity(ent, words, country) for ent in sentence.ents)
    if any(a is not None and a.inter not in (CIVILIANS_INTER, *CROWD_INTERS) and a.kind not in ("police", "government")
           for a in armed):
        return True
    # "some jihadi groups", "gunmen": a party named by what it is
    return any(t.pos_ == "NOUN" and words.actors.unnamed(t.text, [m.text for m in t.lefts]) is not None
               for t in sentence)


def arrests_of_crowd(c: Candidate, country: str | None, words: Lexicon,
                     places: frozenset[int] = frozenset()) -> Candidate | None:
    """Arrests of unnamed people in a sentence of riots or protests ("Three people have died after being arrested
    during riots", "protests turned into violent clashes ... and dozens of arrests"): the police's part in the riot
    or protest, so the riot (or a protest with intervention) is the event. None for other arrests, and for the
    arrest of a named person or group ("two leaders of FNDC were arrested")."""
    if c.word.sub_event_type != "Arrests" or not country or words.inter(c.actor2) not in (
            None, CIVILIANS_INTER, *CROWD_INTERS) or names_someone(arrested_phrase(c.trigger), country, words, places):
        return None
    crowd_words = words.cues.riot_words | words.cues.protest_words
    sentence = c.trigger.sent
    lemmas = crowd_lemmas(sentence, c.word.phrase, crowd_words)
    if not lemmas & crowd_words and not any(t.ent_type_ in ("DATE", "TIME") for t in sentence):
        # "40 people were arrested at a demonstration in Nouakchott." / "A further two people were arrested in
        # Bababe": the next arrests of the paragraph, with no day of their own, are the same crowd's
        before = sentence_before_in_paragraph(sentence)
        lemmas = crowd_lemmas(before, c.word.phrase, crowd_words) if before is not None else set()
    if lemmas & words.cues.riot_words:
        kind, crowd = EventWord(c.word.phrase, "Riots", "Violent demonstration"), "Riots"
    elif lemmas & words.cues.protest_words:
        kind, crowd = EventWord(c.word.phrase, "Protests", "Protest with intervention"), "Protests"
    else:
        return None
    crowd_actor = f"{words.cues.crowd_actors.get(crowd, crowd)} ({country})"
    known = words.actor(c.actor1)
    police = c.actor1 if known is not None and known.kind == "police" else police_of(country, words)
    if words.actor(crowd_actor) is None or words.actor(police) is None:
        return None
    return replace(c, word=kind, actor1=crowd_actor, actor2=police, assoc1=(), assoc2=(), explicit_actor1=True)


def done_in_coup(trigger: Token, words: Lexicon) -> bool:
    """True when a "coup" phrase says how the deed was done ("took over Niger in a coup", "seized power in a
    putsch"): the deed is the coup."""
    return any(child.dep_ == "prep" and child.lower_ in ("in", "through", "by", "via") and any(
        g.lemma_.lower() in words.cues.regime_changes for g in child.children) for child in trigger.children)


def seizes_the_government(c: Candidate, country: str | None, words: Lexicon) -> bool:
    """True for the arrest of a country's government (its president or prime minister) by its own soldiers, or by
    no one named in a report that speaks of a coup: a coup, not an arrest. A former president's arrest is one."""
    if c.word.sub_event_type != "Arrests" or not country or c.actor2 != GOVERNMENT + country:
        return False
    soldiers = words.actor(c.actor1)
    if soldiers is not None and soldiers.kind == "military" and soldiers.country == country:
        return True
    doc = c.trigger.doc
    return not c.actor1 and any(t.lemma_.lower() in words.cues.regime_changes for t in doc)


def crowd_lemmas(sentence: Span, arrest: str, crowd_words: frozenset[str]) -> set[str]:
    """The lemmas of a sentence that may tell of a crowd, those of the crowd an arrest was made at when it says
    so ("arrested ... at a demonstration by relatives of victims of the unrest": the demonstration)."""
    at_crowd = {t.lemma_.lower() for a in sentence if a.lemma_.lower() == arrest for p in a.children
                if p.dep_ == "prep" for t in p.children if t.dep_ == "pobj"} & crowd_words
    if at_crowd:
        return at_crowd
    # else the crowd word nearest the arrest ("have arrested 42 people ..., after a protest demanding justice for
    # victims of civil unrest": the protest)
    arrests = [a.i for a in sentence if a.lemma_.lower() == arrest]
    told = [t for t in sentence if t.lemma_.lower() in crowd_words]
    if not arrests or not told:
        return {t.lemma_.lower() for t in sentence}
    return {min(told, key=lambda t: min(abs(t.i - i) for i in arrests)).lemma_.lower()}


def arrested_phrase(trigger: Token) -> Span:
    """The words that say who was arrested: the subtree of the passive subject or object of "arrested", of
    the "of" phrase of "the arrest of"; the whole sentence when the trigger has neither ("237 arrests")."""
    heads = [c for c in trigger.children if c.dep_ in PASSIVE_SUBJECTS | OBJECTS] + [
        g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if trigger.pos_ == "VERB" and not heads:
        heads = [c for c in trigger.children if c.dep_ in SUBJECTS]
    if not heads:
        return trigger.sent
    doc = trigger.doc
    return doc[min(h.left_edge.i for h in heads):max(h.right_edge.i for h in heads) + 1]


def sentence_before_in_paragraph(sentence: Span) -> Span | None:
    """The sentence before this one when both are of one paragraph, else None."""
    if sentence.start == 0:
        return None
    before = sentence.doc[sentence.start - 1].sent
    text = sentence.doc.text
    return before if paragraph_of(text, before.start_char) == paragraph_of(text, sentence.start_char) else None


def names_someone(sentence: Span, country: str, words: Lexicon, places: frozenset[int] = frozenset()) -> bool:
    """True when the sentence names a person ("two leaders of FNDC, Oumar Sylla and Ibrahima Diallo") or an actor
    other than a state's forces, civilians or a crowd; not a place the recogniser took for a person."""
    for ent in sentence.ents:
        if ent.start in places:
            continue
        actor = actor_of_entity(ent, words, country)
        if ent.label_ == "PERSON" or (actor is not None and actor.inter not in (1, CIVILIANS_INTER, *CROWD_INTERS)):
            return True
    return False


def done_by_crowd(trigger: Token, words: Lexicon) -> bool:
    """True when the subject of a violent verb is a protest ("Friday's protest ... attacked the parliament")."""
    subjects = [c for c in trigger.children if c.dep_ in SUBJECTS] or inherited_subject(trigger)
    return any(s.pos_ == "NOUN" and (w := words.words.word(s.lemma_.lower())) is not None
               and w.event_type in words.cues.crowd_actors for s in subjects)


def is_kind(c: Candidate, kind: frozenset[str]) -> bool:
    """True when the trigger's lemma, its phrase or its words as written are in a cue list ("coup", "seize power",
    "coup d'état")."""
    return c.trigger.lemma_.lower() in kind or c.word.phrase in kind or c.trigger_text.lower() in kind


# kinds of actor that move as a force: one moved without a sender named is the event's actor1
MOVING_KINDS = frozenset({"military", "police", "customs", "mercenary", "international"})


def moving_force(c: Candidate, words: Lexicon) -> Candidate:
    """"the French withdrawal", "France withdrew its troops" → Military Forces of France, unless the movement
    leaves an organisation ("Mali's withdrawal from the G5 Sahel": the government's act, the organisation is actor2)."""
    if c.actor2.startswith(GOVERNMENT):  # "withdrawal from Mali": the country left is a place, not a party
        c = replace(c, actor2="")
    if not c.actor1 and c.trigger.lemma_.lower() in words.cues.place_left_verbs:
        c = replace(c, actor1=c.actor2, actor2="", assoc1=c.assoc2, assoc2=())  # "the UN camp was vacated"
    moved = words.actor(c.actor2)
    passive = any(child.dep_ == "nsubjpass" for child in c.trigger.children)
    if not c.actor1 and passive and moved is not None and moved.kind in MOVING_KINDS:
        # "Army troops have been deployed to the region", "French troops were withdrawn": no sender named, the
        # force moved itself
        return replace(c, actor1=c.actor2, actor2="", assoc1=c.assoc2, assoc2=(), explicit_actor1=True)
    leaves_organisation = bool(c.actor2) and words.inter(c.actor2) == 8
    if leaves_organisation:
        return c
    actor1 = c.actor1
    if not actor1:
        modifiers = [t.text for t in c.trigger.lefts if t.dep_ in ("amod", "poss", "compound")]
        forces = [found for m in modifiers for found in [words.describe([m, "forces"], None)] if found]
        actor1 = forces[0].name if forces else ""
    actor1 = forces_of(actor1, words)
    actor2 = "" if moved is not None and moved.kind == "military" else c.actor2  # "sent in troops": what moved
    return replace(c, actor1=actor1, actor2=actor2, explicit_actor1=c.explicit_actor1 or bool(actor1))


def arranging_party(c: Candidate, words: Lexicon, memory: "ActorMemory", focus: str | None) -> Candidate | None:
    """"the junta negotiated to have Wagner forces deploy": an Agreement between the arranging party and the force,
    with the force's movement folded into it (ANNOTATION.md); None when the trigger is not so arranged."""
    if not is_kind(c, words.cues.force_movements) or not c.actor1:
        return None
    verb = next((a for a in list(c.trigger.ancestors)[:3] if a.lemma_.lower() in words.cues.arrangement_verbs), None)
    if verb is None:
        return None
    agreement = EventWord(verb.lemma_.lower(), "Strategic developments", "Agreement")
    parties, _ = actors_of([s for s in verb.children if s.dep_ in SUBJECTS], words, memory, focus)
    if not parties or parties == c.actor1:
        return None
    return replace(c, word=agreement, actor1=parties, actor2=c.actor1, assoc1=(), assoc2=c.assoc1,
                   trigger_text=verb.text, explicit_actor1=True)


def instrument_text(trigger: Token, agents: list[Token], words: Lexicon) -> str:
    """The words that can say how an event was done: the trigger with its modifiers ("suicide assault"),
    its agent phrase ("by mortar fire") and its "with/using" phrases ("with two suicide car bombs")."""
    parts = [" ".join(t.text for t in trigger.lefts if t.dep_ in ("compound", "amod")) + " " + trigger.text]
    parts += [subtree_text(a) for a in agents]
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "using", "by"):
            parts.append(" ".join(t.text for t in child.subtree))
        elif child.dep_ == "prep" and child.lower_ == "during" \
                and any(o.dep_ == "pobj" and o.pos_ == "NOUN" for o in child.children):
            # "killed during the air counter-offensive": the operation the deed was part of
            parts.append(" ".join(t.text for t in child.subtree if t.ent_type_ not in PLACE_ENTITIES))
        elif child.dep_ == "advcl" and child.lemma_.lower() in INSTRUMENT_VERBS:
            parts.append(" ".join(t.text for t in child.subtree))
        elif child.dep_ == "prt":
            parts.append(child.text)
        elif child.dep_ == "dobj" and trigger.lemma_.lower() in PROJECTILE_VERBS \
                and any(c.dep_ == "prep" and c.lower_ in ("at", "on", "into")
                        and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree) for c in trigger.children):
            parts.append(subtree_text(child))  # "fired tear gas at the protesters": what was fired
    head = trigger.head
    if trigger.dep_ == "acl" and head.pos_ == "NOUN" and is_event_word(head, words):
        # "a mine attack ... targeting Chadian troops": the event noun the participle tells more of says how
        parts.append(" ".join(t.text for t in head.lefts if t.dep_ in ("compound", "amod")) + " " + head.text)
    if trigger.dep_ in ("xcomp", "advcl") and head.lemma_.lower() in INSTRUMENT_VERBS:
        # "used drones to target positions": what was used
        parts.extend(subtree_text(c) for c in head.children if c.dep_ in OBJECTS)
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and words.words.word(head.lemma_.lower()) is None:
        # "A bus drove over a mine, killing 14 students": what the deed before the killing ran into (not when that
        # deed is an event of its own: "stormed into a gold mine, killing ten miners"); "A bus was blown by a mine,
        # killing four": what did that deed
        parts.extend(subtree_text(c) for c in head.children
                     if c.dep_ == "prep" and c.lower_ in CONTACT_PREPOSITIONS or c.dep_ == "agent")
    return " ".join(parts)


def object_taken_as_speaker(trigger: Token, words: Lexicon) -> list[Token]:
    """The object of a participle that the parser made a subject of the verb of saying after it ("killing at least
    four people, police and administrative officials told AFP"), or nothing."""
    following = [t for t in trigger.doc[trigger.i + 1:trigger.sent.end]
                 if t.dep_ not in ("advmod", "nummod", "quantmod", "amod", "det", "compound")]
    if not following:
        return []
    noun = following[0]
    speaks = noun.dep_ in SUBJECTS and noun.head.i > noun.i and noun.head.lemma_.lower() in words.cues.reporting_verbs
    return [noun] if noun.pos_ == "NOUN" and speaks and any(c.dep_ == "conj" for c in noun.children) else []


def nearest_actor_before(trigger: Token, targets: list[Token]) -> Token | None:
    """The root of the last named actor before an active verb trigger in its sentence, outside its targets."""
    excluded = {t.i for target in targets for t in target.subtree}
    before = [ent for ent in trigger.sent.ents if ent.label_ == "ACTOR" and ent.end <= trigger.i
              and ent.root.i not in excluded]
    return before[-1].root if before else None


def misplaced_agent(verb: Token) -> list[Token]:
    """The actor of a passive verb's "by" phrase that the parser hung on a noun of the verb's own place phrase
    ("were arrested on 9 July at their home in Conakry by armed men"); [] when there is none."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ != "by"]
    for phrase in phrases:
        for token in phrase.subtree:
            if token.dep_ == "prep" and token.lower_ == "by" and token.head.pos_ in ("NOUN", "PROPN") \
                    and not any(t.pos_ in ("VERB", "AUX") for t in token.ancestors if t.i != verb.i
                                and verb.is_ancestor(t)):
                return [c for c in token.children if c.dep_ == "pobj" and c.ent_type_ == "ACTOR"]
    return []


def argument_tokens(trigger: Token, words: Lexicon, symmetric: bool = False,
                    transfer: bool = False, phrase: str = "") -> tuple[list[Token], list[Token]]:
    """Agent-side and target-side argument heads of a verbal or nominal trigger."""
    own_words = set(phrase.split()[1:])  # "took control of the camps": "control" is the trigger, the camps its target
    agents, targets = [], []
    partners = words.cues.partner_prepositions if symmetric else frozenset()
    if transfer:
        partners = partners | {"to"}  # "handed over the camp to the army": the receiving side
    if trigger.lemma_.lower() in words.cues.force_movements | words.cues.taken_from:
        # "withdrawal from the G5 Sahel": what is left is the other party; "seized Gao from the MNLA": the loser
        partners = partners | {"from"}
    # "were attacked, with 6 Malian soldiers killed": the subject of a bare participle after "with" suffered it
    suffered = trigger.tag_ == "VBN" and trigger.dep_ in ("pcomp", "pobj") and trigger.head.lower_ in ("with", "without")
    if trigger.pos_ in ("VERB", "AUX"):
        for child in trigger.children:
            if child.dep_ in SUBJECTS and suffered:
                targets.append(child)
            elif child.dep_ in SUBJECTS:
                agents.append(child)
            elif child.dep_ in OBJECTS and child.lemma_.lower() in own_words:
                targets.extend(c for p in child.children if p.dep_ == "prep" and p.lower_ in ("of", "over")
                               for c in p.children if c.dep_ == "pobj")
            elif child.dep_ in OBJECTS and child.i > trigger.i + 1 and is_act_of_violence(child, words) \
                    and any(t.dep_ in OBJECTS for t in trigger.children if t.i < child.i):
                continue  # "attacked a market in Boni, the first such attack since ...": an apposition, misparsed
            elif child.dep_ in PASSIVE_SUBJECTS or child.dep_ in OBJECTS:
                targets.append(child)
            elif child.dep_ == "agent":
                agents.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ in ("prep", "prt", "dative") and (child.lower_ in words.cues.target_prepositions
                                                               or child.lower_ in partners or child.dep_ != "prep") \
                    and not any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
                # "attacked the camp", "fought with the army", "handed over the base to the army" — never a time
                # phrase ("on 3 March 2024"), whatever the parser has put in it
                targets.extend(c for c in child.children if c.dep_ in ("pobj", "dobj"))
        if not agents:
            agents.extend(misplaced_agent(trigger) or inherited_subject(trigger) or subject_of_belief(trigger, words))
        if trigger.dep_ == "relcl":  # "the camp that was vacated", "fighters who attacked": the noun it describes
            antecedent = attack_holding(trigger.head, words)
            if antecedent.ent_type_ in ("DATE", "TIME") and any(c.lower_ == "who" for c in trigger.children):
                # "overwhelmed by JNIM fighters on Sunday, who targeted ...": the people, not the day
                antecedent = nearest_actor_before(antecedent, []) or antecedent
            agents = [antecedent if is_relative_pronoun(a) else a for a in agents]
            targets = [antecedent if is_relative_pronoun(t) else t for t in targets]
        # "An attack by jihadis on a gendarme post killed 19 officers": the attack's own agent, not its target
        # and a second subject beside it is a misparsed apposition ("an attack on the UN mission MINUSMA claimed")
        attacks = [a for a in agents if is_act_of_violence(a, words)]
        if trigger.dep_ == "acl" and is_act_of_violence(trigger.head, words):
            attacks = [trigger.head]  # "terrorist attacks targeting positions in Sokolo": the attackers target
        agents = [agent for a in attacks for agent in argument_tokens(a, words)[0]] if attacks else agents
        if not targets and trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.pos_ == "NOUN":
            targets.append(trigger.head)  # "136 civilians, including 50 women, killed on April 20 in Karma"
        if not targets and trigger.dep_ in ("xcomp", "oprd") and trigger.tag_ == "VBN" \
                and trigger.head.lemma_.lower() in words.cues.reporting_verbs:
            # "44 civilians were reported killed by armed groups": the reported are those the deed was done to
            targets.extend(c for c in trigger.head.children if c.dep_ in PASSIVE_SUBJECTS)
        if not targets and any(c.dep_ == "auxpass" for c in trigger.children):
            targets.extend(subject_of_governing_verb(trigger))  # "X suffered losses after being targeted by Y"
        if not targets and trigger.tag_ == "VBG":
            targets.extend(object_taken_as_speaker(trigger, words))
    else:
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                agents.extend(c for c in child.children if c.dep_ == "pobj")
                # "an attack by jihadists on a gendarme post": the parser often hangs the target on the attackers
                targets.extend(c for a in child.children if a.dep_ == "pobj" for p in a.children
                               if p.dep_ == "prep" and p.lower_ in words.cues.target_prepositions
                               for c in p.children if c.dep_ == "pobj")
            elif child.dep_ == "prep" and child.lower_ == "of" and trigger.lemma_.lower() in words.cues.of_is_agent:
                # not a time, nor what the parser listed with it ("the coups of August 2020 and May 2021 and the CSP")
                agents.extend(c for c in child.children if c.dep_ == "pobj" and c.ent_type_ != "DATE")
            elif child.dep_ == "prep" and child.lower_ in ("on", "to") and trigger.dep_ in OBJECTS \
                    and trigger.head.lemma_.lower() in words.cues.attribution_verbs:
                # "blamed the attack on a group of Peuhls", "attributed the attack to JNIM": who did it
                agents.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "prep" and (child.lower_ in words.cues.target_prepositions or child.lower_ == "of"
                                           or child.lower_ in partners):
                targets.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS \
                    and trigger.lemma_.lower() in words.cues.patient_nouns:
                targets.append(child)  # "after their abduction", "his arrest": what was done to them
            elif child.dep_ in ("poss", "compound", "amod") and not words.words.word(child.lemma_.lower()):
                agents.append(child)  # "JNIM's attack", "military coups", "Malian airstrikes"
        position = trigger
        if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" \
                and trigger.head.head.lemma_.lower() in words.cues.collective_nouns:
            position = trigger.head.head  # "carried out a series of airstrikes": the series stands where the event does
        elif trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.pos_ == "NOUN" \
                and trigger.head.head.lemma_.lower() in words.cues.launch_words:
            position = trigger.head.head  # "announced the launch of an operation": so does its launch
        head = position.head
        if position.dep_ in OBJECTS and head.lemma_.lower() in words.cues.victim_verbs:
            # "the convoy suffered IED attacks"
            targets.extend([c for c in head.children if c.dep_ in SUBJECTS] or inherited_subject(head))
        elif position.dep_ == "pobj" and head.lower_ in ("in", "during", "following", "after") \
                and is_death_verb(head.head, words):
            # "50 civilians died in attacks by suspected jihadists", "three soldiers lost their lives following
            # mine explosions": the dead are the attacks' targets
            targets.extend(c for c in head.head.children if c.dep_ in SUBJECTS)
        elif position.dep_ == "pobj" and head.lower_ in ("in", "during") \
                and head.head.lemma_.lower() in words.cues.death_nouns and not targets:
            # "the deaths of 29 soldiers in a terrorist attack": so are those the noun of loss names
            targets.extend(c for p in head.head.children if p.dep_ == "prep" and p.lower_ == "of"
                           for c in p.children if c.dep_ == "pobj")
        elif position.dep_ == "pobj" and head.lower_ in ("in", "during") and is_act_of_violence(position, words) \
                and is_event_word(head.head, words) and not targets:
            # "eight civilians have been killed in twin attacks": so are those the passive verb names, when the
            # attacks name no target of their own ("killed in attacks on the embassy")
            targets.extend(c for c in head.head.children if c.dep_ in PASSIVE_SUBJECTS)
        elif position.dep_ in OBJECTS and head.lemma_.lower() in words.cues.light_verbs:
            # the light verb's subject comes before a modifier of the noun ("launched a bloody attack"); but one
            # who announces a deed of violence only tells of it ("the authorities announced the abduction of")
            word = words.words.word(trigger.lemma_.lower())
            tells = head.lemma_.lower() in words.cues.reporting_verbs - {"claim"} \
                and word is not None and word.event_type in words.cues.armed_types
            subjects = [c for c in head.children if c.dep_ in SUBJECTS]
            agents[:0] = [] if tells else subjects or inherited_subject(head) or subject_of_belief(head, words)
            # "mounted an assault on the base": the light verb carries the target phrase
            targets.extend(c for p in head.children if p.dep_ == "prep"
                           and (p.lower_ in words.cues.target_prepositions or p.lower_ in partners)
                           for c in p.children if c.dep_ == "pobj")
        elif position.dep_ in PASSIVE_SUBJECTS | SUBJECTS and head.pos_ in ("VERB", "AUX"):
            targets.extend(c for c in head.children if c.dep_ in OBJECTS)
            # "clashes broke out between the CMA and the army"
            targets.extend(c for p in head.children if p.dep_ == "prep" and p.lower_ in partners
                           for c in p.children if c.dep_ == "pobj")
        elif trigger.dep_ == "pobj" and head.head.lemma_.lower() in words.cues.linking_verbs and not agents:
            # "they are in a state of war with the junta": the subject of the state is its party
            agents.extend(c for c in head.head.children if c.dep_ in SUBJECTS)
    return [a for a in agents if not is_pronoun_of_place(a)], targets


def is_death_verb(verb: Token, words: Lexicon) -> bool:
    """True for a verb of dying, alone ("died", "perished") or with its object ("lost their lives")."""
    phrase = " ".join([verb.lemma_.lower()] + [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"])
    return verb.lemma_.lower() in words.cues.death_verbs or phrase in words.cues.death_verbs


def done_by_attack(verb: Token, words: Lexicon) -> bool:
    """True when the verb's subject is an act of violence ("the mortar attack ... that killed"): its attackers are
    those of the attack, and no actor nearby stands in for them."""
    if verb.dep_ == "relcl" and any(is_relative_pronoun(c) and c.dep_ in SUBJECTS for c in verb.children):
        return is_act_of_violence(attack_holding(verb.head, words), words)
    if verb.dep_ == "acl":  # "attacks targeting army positions"
        return is_act_of_violence(verb.head, words)
    return any(c.dep_ in SUBJECTS and is_act_of_violence(c, words) for c in verb.children)


def attack_holding(noun: Token, words: Lexicon) -> Token:
    """The noun a relative clause describes, or the act of violence whose target phrase holds it: in "the mortar
    attack against the MINUSMA camp that killed 2 peacekeepers" the attack killed, not the camp."""
    if noun.dep_ == "pobj" and noun.head.lower_ in words.cues.target_prepositions \
            and is_act_of_violence(noun.head.head, words):
        return noun.head.head
    return noun


def is_act_of_violence(token: Token, words: Lexicon) -> bool:
    """True for a noun that names an armed event ("attack", "ambush"), not a party ("the rebel alliance")."""
    word = words.words.word(token.lemma_.lower()) if token.pos_ == "NOUN" else None
    return word is not None and word.event_type in words.cues.armed_types \
        and token.lemma_.lower() not in words.cues.party_nouns


def opponents_while_acting(trigger: Token, words: Lexicon) -> list[Token]:
    """For a passive trigger without an agent, the targets of what its subject was doing at the time ("was shot
    down while conducting attacks against the CMA"): the side it was fighting is the one that struck it."""
    if not any(c.dep_ in PASSIVE_SUBJECTS for c in trigger.children):
        return []
    for clause in trigger.children:
        if clause.dep_ == "advcl" and any(m.lower_ in words.cues.simultaneity_markers for m in clause.children):
            return [c for t in clause.subtree if t.dep_ == "prep" and t.lower_ in words.cues.target_prepositions
                    for c in t.children if c.dep_ == "pobj"]
    return []


def is_claimed_deed(trigger: Token, words: Lexicon) -> bool:
    """True for a deed named inside a claim noun without a claimant ("a previous claim of downing aircraft"):
    its doer is the claimant the text has been speaking of."""
    head = trigger.head
    return (trigger.dep_ in ("pcomp", "pobj") and head.lower_ == "of"
            and head.head.lemma_.lower() in words.cues.claim_nouns
            and not any(c.dep_ == "poss" for c in head.head.children))


def subject_of_governing_verb(verb: Token) -> list[Token]:
    """The subject of the verb a subordinate passive hangs from ("after being targeted", "while being escorted")."""
    current = verb
    for _ in range(3):
        if current.dep_ not in ("pcomp", "prep", "advcl") or current.head.i == current.i:
            return []
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return [c for c in current.children if c.dep_ in SUBJECTS]
    return []


def inherited_subject(verb: Token) -> list[Token]:
    """The subject a conjoined or controlled verb shares with its head ("JNIM attacked X and killed Y"); none for
    a verb with a passive subject of its own ("sent troops after civilians were killed": not by the senders)."""
    if any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children):
        return []
    head = verb
    while head.dep_ in ("conj", "xcomp", "advcl") and head.head.i != head.i:
        head = head.head
        subjects = [c for c in head.children if c.dep_ in SUBJECTS]
        if subjects:
            return subjects
    return []


def subject_of_belief(verb: Token, words: Lexicon) -> list[Token]:
    """The subject the parser gave to a verb of belief instead of to the verb after it ("Terrorists believed to be
    affiliated with Boko Haram launched an attack": "launched" hangs from "believed" with no subject of its own)."""
    belief = verb.head
    if verb.dep_ != "ccomp" or belief.i == verb.i or belief.lemma_.lower() not in words.cues.belief_verbs \
            or not any(c.dep_ == "xcomp" for c in belief.children):
        return []
    return [c for c in belief.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]


def is_relative_pronoun(token: Token) -> bool:
    return token.tag_ in ("WDT", "WP") or (token.lower_ == "that" and token.dep_ in SUBJECTS | PASSIVE_SUBJECTS)


def is_pronoun_of_place(token: Token) -> bool:
    return token.lower_ in ("there", "here")


def actors_of(heads: list[Token], words: Lexicon, memory: "ActorMemory",
              focus: str | None) -> tuple[str, tuple[str, ...]]:
    """The first actor named or described in the argument phrases, and any further conjoined ones."""
    names: list[str] = []
    for head in heads:
        group = memory.country_group(head, words) or represented_countries(head, words, memory)
        if group:  # "the three Sahel countries": the governments of the countries listed earlier
            names.extend(GOVERNMENT + c for c in group if GOVERNMENT + c not in names)
            continue
        conjuncts = list(head.conjuncts)
        if head.dep_ in SUBJECTS and head.head.i > head.i and head.head.lemma_.lower() in words.cues.reporting_verbs:
            conjuncts = []  # "killing at least four people, police and officials told AFP": the rest are speakers
        speakers = next((i for i, c in enumerate(conjuncts) if is_misparsed_speaker(c, words)), len(conjuncts))
        for phrase in [head] + conjuncts[:speakers]:
            found = shared_head_actors(phrase, words, focus) or [actor_of_phrase(phrase, words, memory, focus)]
            if conjuncts and found == [""] and phrase.ent_type_ == "ACTOR":
                found = [UNIDENTIFIED]  # "between Islamist rebels and Malian and French forces": a side unnamed
            for name in found:
                if name and name not in names:
                    names.append(name)
    return (names[0], tuple(names[1:])) if names else ("", ())


def shared_head_actors(head: Token, words: Lexicon, focus: str | None) -> list[str]:
    """The actors of a head noun shared by coordinated modifiers ("the Malian and French armies": the Malian army
    and the French army); none for any other phrase."""
    first = next((c for c in head.children if c.dep_ == "amod" and c.conjuncts), None)
    if first is None:
        return []
    # as written first ("French and Malian troops": "French troops"), else by the head's lemma ("French army")
    found = [words.actors.lookup(f"{modifier.text} {head.text}", focus, as_written=True)
             or words.describe([modifier.text, head.lemma_], focus) for modifier in [first, *first.conjuncts]]
    if not all(found):
        return []
    # the host country's forces first, as ACLED codes a joint operation ("French and Malian troops" in Mali)
    return [actor.name for actor in sorted(found, key=lambda actor: actor.country != focus)]


def is_misparsed_speaker(conjunct: Token, words: Lexicon) -> bool:
    """True for a conjunct after a comma that is really the subject of the verb of saying right after it, which
    the parser left without one ("a battle between extremists and the Malian army, residents and a spokesman
    said Sunday")."""
    doc = conjunct.doc
    after = conjunct.right_edge.i + 1
    if conjunct.left_edge.i == 0 or doc[conjunct.left_edge.i - 1].text != "," or after >= len(doc):
        return False
    verb = doc[after]
    return verb.lemma_.lower() in words.cues.reporting_verbs and not any(c.dep_ in SUBJECTS for c in verb.children)


def represented_countries(head: Token, words: Lexicon, memory: "ActorMemory") -> tuple[str, ...]:
    """The countries whose people act ("the military leaders of Niger, Burkina Faso and Mali"): their governments."""
    if head.lower_ not in words.cues.representative_nouns:
        return ()
    found: list[str] = []
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
            for obj in prep.children:
                for country in [obj] + list(obj.conjuncts):
                    if country.i in memory.countries and memory.countries[country.i] not in found:
                        found.append(memory.countries[country.i])
    return tuple(found)


def actor_of_phrase(head: Token, words: Lexicon, memory: "ActorMemory", focus: str | None) -> str:
    """A named actor inside the phrase, else a described one ("Malian soldiers"), else a resolved reference."""
    if head.ent_type_ in PLACE_ENTITIES and head.i not in memory.countries:
        # a town is a place, not a party, whatever its apposition says ("Timbuktu, a city of 50,000 inhabitants");
        # only a metonym such as "Bamako" (the government) names an actor
        found = words.actors.lookup(span_of(head).text, focus)
        return found.name if found else ""
    if head.lower_ in words.cues.representative_nouns \
            and any(c.dep_ == "amod" and c.lower_ in words.cues.former_words for c in head.children):
        return ""  # "Mali's former prime minister": a person, no longer the state
    named_country = [memory.countries[t.i] for t in head.subtree if t.i < head.i and t.i in memory.countries
                     and t.dep_ in ("compound", "amod", "nmod", "poss")]
    # "49 soldiers from Ivory Coast", "troops of Niger": the country named after the head
    # (by position: the parser often hangs the phrase on the verb)
    after = head.doc[head.i + 1:head.i + 3]
    if len(after) == 2 and after[0].lower_ in ("from", "of") and after[1].i in memory.countries:
        named_country.append(memory.countries[after[1].i])
    if named_country:  # "16 Niger soldiers", "Burkina Faso troops", "Mali's military": that country's forces,
        # whatever the focus
        own = " ".join(t.text for t in head.subtree if t.i <= head.i and t.i not in memory.countries
                       and t.dep_ not in ("det", "poss", "case", "punct", "nummod"))
        for form in dict.fromkeys((head.text, own, f"the {own}")):
            forces = words.actors.lookup(form, named_country[0])
            if forces is not None and forces.country == named_country[0]:
                return forces.name
    believed = [(token, name) for token in believed_identity(head, words) if token.ent_type_ == "ACTOR"
                and token.ent_iob_ == "B" for name in [entity_actor(span_of(token), words, focus)]
                if name and name != UNIDENTIFIED]
    if believed:  # "terrorists believed to be affiliated with Boko Haram": the group they are thought to be
        return UNIDENTIFIED if names_a_family(believed, words) else believed[0][1]
    named_tokens = [(token, name) for token in own_phrase(head) if token.ent_type_ == "ACTOR" and token.ent_iob_ == "B"
                    and not in_locative(token, head, LOCATIVE_PREPOSITIONS | words.cues.target_prepositions)
                    for name in [entity_actor(span_of(token), words, focus)] if name]
    if names_a_family(named_tokens, words):
        return UNIDENTIFIED  # "jihadists linked to al Qaeda and Islamic State": either, so neither named
    if len(named_tokens) > 1 and named_tokens[0][0].i == head.i and words.actors.is_generic_head(head.text) \
            and any(r.head.dep_ == "prep" and r.head.lower_ in ("from", "of") and r.head.head.i == head.i
                    for t, _ in named_tokens[1:] for r in [span_of(t).root]):
        named_tokens = named_tokens[1:]  # "Troops from Operation Barkhane": the force they belong to
    named = [name for _, name in named_tokens]
    armed = [name for token, name in named_tokens if in_subset(token, head, words)
             and words.inter(name) not in (None, CIVILIANS_INTER, *CROWD_INTERS)]
    if named and words.inter(named[0]) == CIVILIANS_INTER and armed:
        return armed[0]  # "thirteen people, including 10 gendarmes": the forces among the dead make it their fight
    if named and all(n == UNIDENTIFIED for n in named) and not is_indefinite(head) \
            and words.is_reference(phrase_text(head)):
        # "the jihadists", after "the jihadists of Jnim": the group spoken of, not unknown attackers
        found = words.resolve_reference(phrase_text(head), memory.salient(head, words))
        if found is not None:
            return found.name
    if named:  # "militants belonging to JNIM": the named group, not the generic word
        return next((n for n in named if n != UNIDENTIFIED), named[0])
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    if owner is not None and words.actors.is_generic_head(head.text):
        # "the French government said its forces had killed": the forces of the party the pronoun stands for
        found = words.resolve_reference(owner.lower_, memory.salient(head, words))
        if found is not None:
            return forces_of(found.name, words)
    if head.lower_ in FIRST_PERSON:  # "'We attacked', a spokesman for the CMA said": the speaker's side
        speaker = quoted_speaker(head, words)
        return actor_of_phrase(speaker, words, memory, focus) if speaker is not None else ""
    if head.lower_ in THIRD_PERSON and head.dep_ in SUBJECTS:
        # "Mali's military said it had carried out airstrikes", "JNIM said they killed": the one who said so
        speaker = quoted_speaker(head, words)
        if speaker is not None and speaker.lower_ not in THIRD_PERSON:
            said = actor_of_phrase(speaker, words, memory, focus)
            if said or is_indefinite(speaker):
                return said  # "an al-Qaeda-linked group said they have executed": a group not named before
    antecedent = clause_antecedent(head)
    if antecedent is not None:  # "the reporters had been killed after their abduction": the reporters'
        return actor_of_phrase(antecedent, words, memory, focus)
    if head.lower_ in PERSONAL_PRONOUNS:
        # "President Keita resigned, hours after he was arrested": the person named before in the sentence
        person = next((e for e in reversed(head.sent.ents) if e.label_ == "PERSON" and e.end <= head.i), None)
        return actor_of_phrase(person.root, words, memory, focus) if person is not None else ""
    if head.i in memory.countries:  # a country acting as such is its government (ANNOTATION.md)
        return GOVERNMENT + memory.countries[head.i]
    if not is_indefinite(head) and (words.is_reference(phrase_text(head)) or words.is_reference(head.text)):
        # "the group" is one spoken of before; "an al-Qaeda-linked group" is a new one
        found = words.resolve_reference(phrase_text(head) if words.is_reference(phrase_text(head)) else head.text,
                                        memory.salient(head, words))
        return found.name if found else ""
    if head.lemma_.lower() in words.cues.settlement_nouns or head.lemma_.lower() in BORDER_NOUNS:
        return ""  # "the northern Mali town of Boni", "clashes on the Mali border": a place, whoever's it is
    modifiers = [t.text for t in head.subtree if t.i < head.i and t.dep_ not in ("det", "punct", "poss", "case")]
    described = words.describe(modifiers + [head.text], focus) or words.actors.unnamed(head.text, modifiers)
    return described.name if described else ""


def in_subset(token: Token, head: Token, words: Lexicon) -> bool:
    """True when the token names part of the head's people ("people, including 10 gendarmes")."""
    current = token
    while current.i != head.i and current.head.i != current.i:
        if current.dep_ == "prep" and current.lower_ in words.cues.subset_words and current.head.i == head.i:
            return True
        current = current.head
    return False


def placed_by_part(candidate: Candidate, place: Place, sentence: Span, mentions: Sequence[PlaceMention],
                   words: Lexicon) -> bool:
    """True when the sentence names the place only for part of the trigger's dead ("20 people have been killed,
    including 10 at Lada"): where some of them were, not where the event was."""
    doc = sentence.doc
    roots = [mention_root(doc, m.start_char, m.end_char) for m in within(sentence, mentions) if m.place == place]
    return bool(roots) and all(r is not None and in_subset(r, candidate.trigger, words) for r in roots)


def names_a_family(named: list[tuple[Token, str]], words: Lexicon) -> bool:
    """True when a phrase ties its people to two groups listed together ("linked to al Qaeda and Islamic State",
    "affiliated with al Qaeda or the Islamic State"): the movements they belong to, not the group that acted.
    "Militants from JNIM and ISSP" still names both."""
    for token, name in named:
        first = span_of(token).root
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        if name != UNIDENTIFIED and any(c.pos_ == "PROPN" for c in first.conjuncts) and first.head.dep_ == "prep" \
                and first.head.head.lemma_.lower() in words.cues.affiliation_words:
            return True
    return False


def believed_identity(head: Token, words: Lexicon) -> list[Token]:
    """The words that say who the people of the phrase are thought to be: the clause of a verb of belief on the
    head ("gunmen believed to be members of the MFDC", "men suspected of belonging to Boko Haram"), or the
    complement of the verb of belief the parser made the head the subject of ("Terrorists believed to be affiliated
    with Boko Haram launched": "believed" taken for the main verb)."""
    clauses = [c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in words.cues.belief_verbs]
    taken_for_verb = words.cues.belief_verbs | words.cues.affiliation_words
    if not clauses and head.dep_ in SUBJECTS | PASSIVE_SUBJECTS and (
            head.head.lemma_.lower() in taken_for_verb or head.head.lower_ in taken_for_verb):
        # "Fighters linked to AQIM attacked the city": "linked" taken for the main verb
        return [t for c in head.head.children if c.dep_ in ("xcomp", "prep") for t in c.subtree]
    return [t for c in clauses for t in c.subtree]


def clause_antecedent(pronoun: Token) -> Token | None:
    """The noun a pronoun that suffered the deed stands for: the subject of the clause it hangs from, when that
    subject is a noun ("the reporters had been killed after their abduction", "the workers were on their way when
    they were kidnapped"); None for any other pronoun."""
    if pronoun.lower_ in POSSESSIVE_PRONOUNS and pronoun.dep_ == "poss":
        token = pronoun.head
        while token.dep_ in ("pobj", "prep") and token.head.i != token.i:
            token = token.head
    elif pronoun.lower_ in RETOLD_PRONOUNS and pronoun.dep_ in PASSIVE_SUBJECTS and pronoun.head.dep_ == "advcl":
        token = pronoun.head.head
    else:
        return None
    if token.i == pronoun.head.i or token.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in token.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS and c.pos_ in ("NOUN", "PROPN")]
    return subjects[0] if subjects else None


def is_indefinite(head: Token) -> bool:
    """True for a noun phrase that brings in someone not spoken of before: "a group", "another group"."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in head.children)


def quoted_speaker(token: Token, words: Lexicon) -> Token | None:
    """The subject of the verb of saying that a quoted clause hangs from, or None."""
    for verb in token.ancestors:
        if verb.lemma_.lower() in words.cues.reporting_verbs:
            subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.lower_ not in FIRST_PERSON]
            return subjects[0] if subjects else None
    return None


def in_locative(token: Token, head: Token, prepositions: frozenset[str] = LOCATIVE_PREPOSITIONS) -> bool:
    """True when a token sits in a place phrase of `head` ("its base in Ber in the Timbuktu Region, the CMA"): what
    the parser hangs there is not part of the argument. With the target prepositions also a target the parser hung on
    an attacker ("an attack by jihadists on a gendarme post")."""
    current = token
    while current.i != head.i and current.head.i != current.i:
        if current.dep_ == "prep" and current.lower_ in prepositions:
            return True
        current = current.head
    return False


def entity_actor(ent: Span, words: Lexicon, focus: str | None) -> str:
    if ent.ent_id_:
        return ent.ent_id_
    found = words.actors.lookup(ent.text, focus)
    return found.name if found else ""


def phrase_text(head: Token) -> str:
    """The head with its determiner and left modifiers ("the rebel coalition")."""
    left = [t for t in head.lefts if t.dep_ in ("det", "amod", "compound", "poss")]
    return " ".join(t.text for t in left + [head])


def counted_by(head: Token) -> list[Token]:
    """The nouns a quantity counts ("hundreds of demonstrators": demonstrators), else nothing."""
    if not (head.pos_ == "NUM" or head.lemma_.lower() in QUANTITY_NOUNS):
        return []
    return [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def own_phrase(head: Token) -> list[Token]:
    """The head's subtree without its conjuncts (they are separate actors) and without the clauses that describe
    it ("the militants who attacked ... after gunbattles that killed some soldiers" are no soldiers)."""
    skip: set[int] = set()
    for conj in head.conjuncts:
        if conj.head.i == head.i or conj.head.i in {c.i for c in head.conjuncts}:
            skip.update(t.i for t in conj.subtree)
    for clause in head.children:
        if clause.dep_ == "relcl":
            skip.update(t.i for t in clause.subtree)
    return [t for t in head.subtree if t.i not in skip and not (t.dep_ == "cc" and t.head.i == head.i)]


def span_of(token: Token) -> Span:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return token.doc[token.i:token.i + 1]


def subtree_text(token: Token) -> str:
    return " ".join(t.text for t in own_phrase(token))


def countries_by_token(doc: Doc, mentions: Sequence[PlaceMention]) -> dict[int, str]:
    """Token index → country name, for every token of a place mention that resolved to a country."""
    countries = {}
    for m in mentions:
        if m.place and m.place.feature == "country":
            span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
            for token in span or ():
                countries[token.i] = m.place.country
    return countries


def place_tokens(doc: Doc, mentions: Sequence[PlaceMention]) -> frozenset[int]:
    """Token indices of every place mention that resolved ("in the capital Nouakchott", which the recogniser may
    take for a person)."""
    spans = (doc.char_span(m.start_char, m.end_char, alignment_mode="expand") for m in mentions if m.place)
    return frozenset(token.i for span in spans for token in span or ())


def is_subject(ent: Span) -> bool:
    """True when the entity is, or sits in, the subject phrase of its clause ("a spokesman for the CMA said")."""
    for token in [ent.root] + list(ent.root.ancestors):
        if token.dep_ in SUBJECTS:
            return True
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "acl":  # a clause boundary; "known as" is not one
            return False
    return False


def counts_events(ent: Span, words: Lexicon) -> bool:
    """True for the subject of a verb of counting events ("The United Nations has registered around 50 attacks"):
    one who watches them, not one a later pronoun for the attackers may stand for."""
    verb = ent.root.head
    return ent.root.dep_ in SUBJECTS and verb.lemma_.lower() in words.cues.recording_verbs


class ActorMemory:
    """The named actors of the document so far, for references like "the group" or "it"."""

    def __init__(self, countries: dict[int, str] | None = None, focus: str | None = None,
                 places: frozenset[int] = frozenset()) -> None:
        self.mentions: list[tuple[int, Actor, bool]] = []  # (token index, actor, was a subject)
        self.countries = countries or {}
        self.places = places  # token indices of the place mentions, whatever the recogniser labelled them
        self.focus = focus  # the document's country, in whose context descriptors are read
        self.groups: list[tuple[str, ...]] = []  # lists of countries named together, in text order

    def remember(self, sentence: Span, words: Lexicon, focus: str | None) -> None:
        for ent in sentence.ents:
            actor = actor_of_entity(ent, words, focus)
            if actor is not None and not counts_events(ent, words):
                self.mentions.append((ent.start, actor, is_subject(ent)))
        for token in sentence:
            if token.i in self.countries and (token.dep_ != "conj" or token.head.i not in self.countries):
                group = [self.countries[token.i]]
                group += [self.countries[c.i] for c in token.conjuncts if c.i in self.countries]
                group = list(dict.fromkeys(group))
                if len(group) >= 2:
                    self.groups.append(tuple(group))

    def country_group(self, head: Token, words: Lexicon) -> tuple[str, ...]:
        """The countries a definite plural like "the three Sahel countries" stands for: the last list of that many
        countries named before it (any list of two or more when no number is given); () when there is none."""
        if head.lower_ not in words.cues.state_nouns or not any(c.lower_ in ("the", "these", "those")
                                                                  for c in head.children):
            return ()
        numbers = [c for c in head.children if c.dep_ == "nummod"]
        size = fatalities.number_value(numbers[0].text) if numbers else None
        fitting = [g for g in self.groups if size is None or len(g) == size]
        return fitting[-1] if fitting else ()

    def salient(self, reference: Token, words: Lexicon) -> list[Actor]:
        """Antecedents for a reference, least salient first (the resolver takes the last that fits): earlier
        mentions, then this sentence's mentions before it, with subjects after non-subjects so that they win."""
        here = [(ent.start, actor, is_subject(ent)) for ent in reference.sent.ents if ent.end <= reference.i
                for actor in [actor_of_entity(ent, words, self.focus)] if actor is not None]
        ordered = self.mentions + here
        return [a for _, a, s in ordered if not s] + [a for _, a, s in ordered if s]


def actor_of_entity(ent: Span, words: Lexicon, focus: str | None) -> Actor | None:
    if ent.label_ != "ACTOR":
        return None
    return words.actor(ent.ent_id_ or words.canonical(ent.text, focus))


# --- date and place anchoring -------------------------------------------------------------------------

def governing_dates(trigger: Token, sentence: Span, mentions: Sequence[DateMention],
                    body: str, words: Lexicon, published: date | None = None) -> tuple[list[DateMention], str]:
    """The dates of the trigger's clause (several for coordinated days: one event each), else the nearest
    earlier date of the sentence or paragraph when the trigger reports a past occurrence; with how it was found."""
    in_sentence = within(sentence, mentions)
    offset = counted_back(trigger, mentions, published, words)
    if offset is not None:
        return [offset], COUNTED_BACK
    named = time_named_by_when(trigger, in_sentence)
    if named is not None:
        return [named], "clause (the time a 'when' clause describes)"
    since = counted_since(trigger)
    if since is not None:  # "more than 100 peacekeepers have been killed since MINUSMA deployed in July 2013"
        return [], f"{OTHER_TIME} (a count since {since.text})"
    governing = [m for m in in_sentence
                 if governs(m, trigger, words) and not dates_other_event(m, trigger, words)]
    # "gunmen killed 16 people on Friday, the mayor told Reuters on Saturday": the day of the telling dates the
    # event only when the event's own clause gives no time
    own = [m for m in governing if not dates_the_report(m, trigger, words)]
    telling = bool(governing) and not own
    governing = own or governing
    # "the first such attack since a military government seized power in 2020", in a sentence dated Monday: a
    # time of the trigger's own clause that is no event date is its time, not the day of the clause above it
    inner = [m for m in governing if m.value is not None and m.value.kind in ("point", "range")
             and in_own_clause(m, trigger)]
    if inner and not any(is_event_date(m) for m in inner):
        governing = inner
    usable = [m for m in governing if is_event_date(m)]
    if usable and telling:  # "Boko Haram fighters have killed nine people, the governor said on Tuesday"
        nearest = min(usable, key=lambda m: abs(m.start_char - trigger.idx))
        if is_past_perfect(trigger) and nearest.value.precision == "day":
            # "sources telling AFP on Tuesday that another attack had left dozens dead": before the telling
            return [shortly_before(nearest)], f"{TELLING}, before it"
        return [nearest], TELLING
    if usable:
        days = distinct_days(usable)
        if len(days) > 1 and all(coordinated(a, b, body) for a, b in zip(days, days[1:])):
            return ([both_days(*days)] if successive(days, body) else days), "clause"
        nearest = min(usable, key=lambda m: abs(m.start_char - trigger.idx))
        lapse = lapse_before(nearest, trigger, words)
        if lapse:
            return [earlier_by(nearest, lapse)], f"{LAPSED} ({lapse} days before)"
        if had_already_happened(nearest, trigger):
            return [], f"the clause had already happened before its sentence's date ({nearest.text})"
        if had_happened_by(nearest, trigger):
            return [shortly_before(nearest)], HAD_HAPPENED
        if told_as_before(nearest, trigger, words):
            return [shortly_before(nearest)], SHORTLY_BEFORE
        return [nearest], "clause"
    if governing:
        if governing[0].value is None:  # "in the early hours": a time of day the calendar cannot place
            return [], f"the clause's time is no calendar date ({governing[0].text})"
        return [], f"{OTHER_TIME} ({governing[0].text})"
    in_paragraph = sorted((m for m in mentions if paragraph_start(body, sentence) <= m.start_char < trigger.idx),
                          key=lambda m: m.start_char)
    filed = [m for m in in_paragraph[-1:] if in_dateline(m, trigger.doc) and is_event_date(m)]
    if filed and (is_past(trigger) or is_present_perfect(trigger)):
        # "BAMAKO, Feb 15 (NNN-AGENCIES) — Four police were wounded in an attack, a security source said", "BAMAKO,
        # Oct 17: At least seven people have been killed in clashes": news on the day the report was filed, so
        # dated by the day of its telling, which a day the text gives later replaces
        return [filed[-1]], TELLING
    if not is_past(trigger):
        return [], "no date in the clause, and the clause is not in the past tense"
    if SAME_DAY.search(sentence.text):  # "Later that evening, gunmen attacked a checkpoint": the day told before
        told = [m for m in mentions if m.start_char < sentence.start_char and is_event_date(m)
                and m.value is not None and m.value.precision == "day"]
        if told:
            return [told[-1]], "the day told before ('that evening')"
    shift = [t for t in sentence if t.i < trigger.i and t.lower_ in words.cues.time_shift_words]
    if shift:
        return [], f"'{shift[0].text}' moves the time away from the last date mentioned"
    earlier = [m for m in in_paragraph if not describes_someone(m, trigger.doc, words)]
    if earlier:
        nearest = max(earlier, key=lambda m: m.start_char)
        if is_event_date(nearest):
            return [nearest], "sentence" if nearest.start_char >= sentence.start_char else "paragraph"
        return [], f"the nearest earlier time is not an event date ({nearest.text})"
    return [], "no date in the sentence or paragraph"


def counted_since(trigger: Token) -> Token | None:
    """The verb of a "since" clause that a trigger in the perfect counts from ("have been killed since MINUSMA
    deployed"): a tally of many deeds, whose date is the start of the count; else None."""
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in trigger.children)
    return next((c for c in trigger.children if perfect and c.dep_ == "advcl"
                 and any(g.dep_ == "mark" and g.lower_ == "since" for g in c.children)), None)


def time_named_by_when(trigger: Token, mentions: Sequence[DateMention]) -> DateMention | None:
    """"... since March 2016, when a raid on Grand-Bassam left 19 people dead": the trigger's clause describes the
    time it hangs from, so that time (March 2016, not the range since then) dates it. None otherwise."""
    verb = clause_head(trigger)
    when = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
    if verb.dep_ not in ("relcl", "advcl", "acl") or when is None:
        return None
    text = verb.doc.text
    for m in mentions:
        # the time the clause hangs from, or the one just before its "when" ("ramped up since March when 10
        # civilians were killed", which the parser hangs from the verb)
        before_when = text[m.end_char:when.idx].strip(" ,") == "" and m.end_char <= when.idx
        if (m.start_char <= verb.head.idx < m.end_char or before_when) and m.value is not None:
            inner = replace(m, value=inner_value(m))
            return inner if is_event_date(inner) else None
    return None


def counted_back(trigger: Token, mentions: Sequence[DateMention], published: date | None,
                 words: Lexicon) -> DateMention | None:
    """"The raid took place a week after the rebels signed a deal", "The incident comes three weeks after a coup":
    the trigger in the "after" phrase happened that long before the time the sentence is about: the clause's own
    date, else the day of publication for a clause in the present ("comes"), else the last day the document named
    before it. A bare "days after" counts as many units as the cues say. None when the trigger is in no such
    phrase."""
    measured = lapse_after(trigger, words)
    if measured is None:
        return None
    after, count = measured
    main = after.head  # the verb the "after" phrase or clause hangs from
    if main.i == trigger.i:
        return None
    span = trigger.doc[min(t.i for t in count.subtree):max(t.i for t in count.subtree) + 1]
    phrase = {t.i for c in after.children if c.dep_ == "pobj" for t in c.subtree}
    roots = [mention_root(trigger.doc, m.start_char, m.end_char) for m in mentions]
    if any(m.value is not None and m.value.precision == "day" and root is not None and root.i in phrase
           and not span.start_char <= m.start_char < span.end_char for m, root in zip(mentions, roots)):
        return None  # "a month after the January 11 launch of the offensive": the phrase names its day
    bare = len(span) == 1 and count.tag_ == "NNS" and count.lemma_.lower() in words.cues.lapse_days
    own = [m for m in mentions if governs(m, main, words) and m.value is not None and m.value.precision == "day"
           and not (span.start_char <= m.start_char < span.end_char)]
    earlier = [m for m in mentions if m.end_char <= span.start_char and m.value is not None
               and m.value.precision == "day" and m.value.kind == "point"]
    if own:
        day = own[0].value.start
    elif main.tag_ in ("VBZ", "VBP") and published is not None:
        day = published
    elif earlier:
        day = earlier[-1].value.start
    else:
        return None
    # "days after": a few days
    lapse = f"{words.cues.lapse_count.get(count.lemma_.lower(), 1)} {span.text}" if bare else span.text
    value = dates_stage.resolve(f"{lapse} earlier", day, day)
    if value is None or value.kind != "point":
        return None
    if bare:  # a few days: known to the week at best
        value = replace(value, precision="week")
    if value.precision == "week" and (value.end - value.start).days == 6:
        # "a week after": about seven days before, not the calendar week before
        counted = value.start + timedelta(days=(day.weekday() - value.start.weekday()) % 7)
        value = TimeValue(counted - timedelta(days=3), counted + timedelta(days=3), "week", "point")
    sentence = next(i for i, s in enumerate(trigger.doc.sents) if s.start <= trigger.i < s.end)
    doc_id = mentions[0].doc_id if mentions else ""
    return DateMention(doc_id, span.text, span.start_char, span.end_char, sentence, value)


def lapse_after(token: Token, words: Lexicon, reach: int | None = 4) -> tuple[Token, Token] | None:
    """The "after" phrase or clause within `reach` steps above the token and the count of the lapse it measures
    ("comes days after the attack on Kati", "retaken Monday, a week after fighters seized it": the count may hang
    from the clause or from the verb above it); None when the token is in no measured "after" phrase."""
    after = next((t for t in [token] + list(token.ancestors)[:reach] if t.lower_ == "after"
                  or any(c.dep_ == "mark" and c.lower_ == "after" for c in t.children)), None)
    if after is None:
        return None
    counts = [c for c in list(after.children) + list(after.head.children) if c.dep_ == "npadvmod"
              and (c.ent_type_ == "DATE" or words.cues.lapse_days.get(c.lemma_.lower(), 0) > 0)]
    return (after, counts[0]) if counts else None


def told_as_before(mention: DateMention, trigger: Token, words: Lexicon) -> bool:
    """True when the trigger sits in an "after ..." clause below the verb the date belongs to ("spoke this
    Wednesday evening after the army announced that it had carried out airstrikes"): it happened before that day.
    Not when that verb tells the harm the trigger did ("were killed on Friday after a bomb exploded"): that day."""
    root = mention_root(trigger.doc, mention.start_char, mention.end_char)
    if root is None or mention.value is None or mention.value.precision != "day":
        return False
    anchor = clause_head(root)
    if anchor.lemma_.lower() in words.cues.harm_verbs:
        return False
    current = trigger
    while current.i != anchor.i and current.head.i != current.i:
        if any(c.dep_ == "mark" and c.lower_ == "after" for c in current.children):
            return anchor.is_ancestor(current)
        current = current.head
    return False


def lapse_before(mention: DateMention, trigger: Token, words: Lexicon) -> int | None:
    """The days by which the trigger's "days after ..." clause comes before the date of the verb above it ("Last
    week, gunmen killed four Catholics ..., days after a priest and five others were murdered at mass"); None when
    the trigger's clause measures no lapse, or the date is its own. The clause may hold the trigger deeper down
    ("the day after three soldiers were killed when a bomb blast hit their convoy": the blast too)."""
    root = mention_root(trigger.doc, mention.start_char, mention.end_char)
    if root is None:
        return None
    anchor = clause_head(root)
    if anchor.i == trigger.i or not anchor.is_ancestor(trigger):
        return None
    clause = trigger
    while clause.i != anchor.i:
        lapse = measured_lapse(clause, words)
        if lapse is not None:
            return lapse
        clause = clause.head
    return None


def measured_lapse(clause: Token, words: Lexicon) -> int | None:
    """The days a "days after" before the clause's head measures, or None."""
    doc = clause.doc
    for token in clause.subtree:
        if token.lower_ != "after" or token.i >= clause.i or token.i == 0:
            continue
        unit = doc[token.i - 1]
        per_unit = words.cues.lapse_days.get(unit.lemma_.lower())
        if per_unit is None:
            continue
        count = fatalities.number_value(doc[token.i - 2].text) if token.i >= 2 else None
        if count is None:
            count = 1 if doc[token.i - 2].lower_ in ("a", "an") or unit.tag_ != "NNS" \
                else words.cues.lapse_count.get(unit.lemma_.lower(), 1)
        return count * per_unit
    return None


def with_own_tolls(anchored: list[Anchored], words: Lexicon) -> list[Anchored]:
    """Each event of a sentence that also tells an earlier or another one in a clause of its own counts its own
    dead: the clause's for that event, the rest of the sentence's for the others ("gunmen killed four Catholics
    ..., days after a priest and five others were murdered": 4 and 6, not 10 each; "31 soldiers ... were killed
    ..., with security sources telling AFP that another separate attack had left dozens dead": 31 and dozens)."""
    clauses: dict[int, set[int]] = {}
    for a in anchored:
        trigger = a.candidate.trigger
        if a.date_source.startswith(LAPSED):
            clauses.setdefault(id(a), {t.i for t in trigger.subtree})
        elif told_as_another(trigger, words) or a.date_source == COUNTED_BACK:
            # ("one day after similar attack claimed five lives": the verb the attack is subject of)
            clause = trigger.head if trigger.dep_ in SUBJECTS | PASSIVE_SUBJECTS else trigger
            clauses.setdefault(id(a), {t.i for t in clause.subtree})
    told_apart: dict[int, set[int]] = {}
    for a in anchored:
        if id(a) in clauses:
            told_apart.setdefault(a.sentence.start, set()).update(clauses[id(a)])
    for start, sentence in {a.sentence.start: a.sentence for a in anchored}.items():
        triggers = [a.candidate.trigger for a in anchored if a.sentence.start == start]
        for clause in unreported_deaths(sentence, triggers, words):
            told_apart.setdefault(start, set()).update(t.i for t in clause.subtree)
    out = []
    for a in anchored:
        apart = told_apart.get(a.sentence.start)
        if apart is None or a.toll_text is not None:
            out.append(a)
            continue
        own = clauses.get(id(a))
        if own is None:  # "another attack had taken place in Gayeri, killing four": the killing is that attack's
            own = next((c for c in clauses.values() if a.candidate.trigger.i in c), None)
        kept = [t for t in a.sentence if t.i in own] if own is not None else [t for t in a.sentence if t.i not in apart]
        # the rest of the sentence is the other events' only: "The attacks come days after the attack on Kati, in
        # which one person was killed" gives the attacks no dead
        out.append(replace(a, toll_text=words_of(kept), own_toll_only=own is None or a.own_toll_only))
    return out


def unreported_deaths(sentence: Span, triggers: list[Token], words: Lexicon) -> list[Token]:
    """Clauses of the sentence that count dead of no event it reports: a clause of its own that neither holds nor
    lies inside an event's trigger ("Yalgo is near Soum, where nearly 70 people were killed in two attacks in
    November, and not far from Mali, where more than 100 civilians have been killed in recent months")."""
    out = []
    for token in sentence:
        if token.pos_ != "VERB" or token.dep_ not in ("relcl", "conj", "advcl", "ccomp") \
                or not (is_death_verb(token, words) or token.lemma_.lower() in words.cues.harm_verbs):
            continue
        # "while in Niger 100 civilians were killed", "where 200 civilians have been killed in recent months":
        # set against the event, or a tally in the present perfect beside a deed in the past
        apart = any(c.dep_ == "mark" and c.lower_ in ("while", "whereas", "whilst") for c in token.children) \
            or (is_present_perfect(token) and not any(is_present_perfect(t) for t in triggers))
        if any(token.is_ancestor(t) or t.i == token.i or (t.is_ancestor(token) and not apart) for t in triggers):
            continue  # (but "gunmen attacked the village, killing 12" tells the attack's dead)
        out.append(token)
    return out


def earlier_by(mention: DateMention, days: int) -> DateMention:
    """The mention's time moved `days` back, known to the week at best."""
    value = mention.value
    precision = "week" if value.precision == "day" else value.precision
    lapse = timedelta(days=days)
    return replace(mention, value=TimeValue(value.start - lapse, value.end - lapse, precision, value.kind))


def had_happened_by(mention: DateMention, trigger: Token) -> bool:
    """True when the trigger's clause, in the past perfect, hangs below the verb a day dates ("an airstrike on
    January 30 ... while retaliating against militants who had overrun an army camp"): it happened before."""
    return mention.value is not None and mention.value.precision == "day" and before_dated_verb(mention, trigger)


def had_already_happened(mention: DateMention, trigger: Token) -> bool:
    """True when the past-perfect clause below the dated verb says "already" ("sent troops in January after the
    jihadists, who had already taken over the north, pushed south"): it happened some unknown time before."""
    verb = clause_head(trigger)
    already = any(c.dep_ == "advmod" and c.lower_ == "already" for c in verb.children)
    return already and before_dated_verb(mention, trigger)


def before_dated_verb(mention: DateMention, trigger: Token) -> bool:
    """True when the trigger's clause, in the past perfect and active, hangs below the verb the mention dates."""
    root = mention_root(trigger.doc, mention.start_char, mention.end_char)
    if root is None or not is_past_perfect(trigger):
        return False
    anchor = clause_head(root)
    verb = clause_head(trigger)
    # "the UN bases which had been attacked": what the target had suffered is the event told, not an earlier one
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return anchor.i != verb.i and anchor.is_ancestor(verb) and not passive


def shortly_before(mention: DateMention) -> DateMention:
    """The three days ending on the mention's day (ANNOTATION.md: the middle day, precision 2)."""
    day = mention.value.end
    return replace(mention, value=TimeValue(day - timedelta(days=2), day, "week", "point"))


def dates_the_report(mention: DateMention, trigger: Token, words: Lexicon) -> bool:
    """True when the date attaches to a verb of saying above the trigger ("the mayor said on Saturday")."""
    root = mention_root(trigger.doc, mention.start_char, mention.end_char)
    if root is None or modifies(root, trigger):
        return False  # "confirmed the toll from the Wednesday blast": the blast's own day
    head = clause_head(root)
    if head.i == trigger.i:
        return False
    if head.lemma_.lower() not in words.cues.reporting_verbs:
        return counts_the_event(head, trigger, words)
    return head.is_ancestor(trigger) or trails_as_attribution(head, trigger)


def counts_the_event(verb: Token, trigger: Token, words: Lexicon) -> bool:
    """True when the verb gives a count that the trigger only names ("On Sunday, the EU placed the death toll from
    the village massacre at nearly 100"): its day is the count's, not the event's."""
    path = []
    current = trigger
    while current.head.i != current.i and current.head.i != verb.i:
        current = current.head
        path.append(current)
    if current.head.i != verb.i or any(t.pos_ in ("VERB", "AUX") for t in path):
        return False
    counts = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")] + path
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in words.cues.toll_nouns for t in counts)


def trails_as_attribution(verb: Token, trigger: Token) -> bool:
    """True when the verb of saying opens a closing ", a local source told AFP" after the trigger's clause, whatever
    the parser hung it from: after its comma come only the speaker's words, no other verb."""
    sentence = trigger.sent
    commas = [t.i for t in sentence if trigger.i < t.i < verb.i and t.text == ","]
    if not commas:
        return False
    speaker = trigger.doc[commas[-1] + 1:verb.i]
    return not any(t.pos_ in ("VERB", "AUX") for t in speaker)


def modifies(token: Token, noun: Token) -> bool:
    """True when the token lies in the noun's own phrase, with no verb between them ("the Wednesday blast")."""
    current = token
    while current.i != noun.i and current.head.i != current.i:
        if current.pos_ in ("VERB", "AUX"):
            return False
        current = current.head
    return current.i == noun.i and noun.pos_ in ("NOUN", "PROPN")


def coordinated(first: DateMention, second: DateMention, body: str) -> bool:
    """True when two dates are joined as one list ("on the 11th and on the 14th", "August 2020 and May 2021")."""
    between = body[first.end_char:second.start_char].strip().lower()
    return re.fullmatch(r"(,|and|or|, and|as well as|then)?\s*(on|in)?\s*(the)?", between) is not None


def within(sentence: Span, mentions: Sequence) -> list:
    """The date or place mentions that start inside the sentence."""
    return [m for m in mentions if sentence.start_char <= m.start_char < sentence.end_char]


def paragraph_start(body: str, sentence: Span) -> int:
    return paragraph_of(body, sentence.start_char)


def paragraph_of(body: str, offset: int) -> int:
    """Where the paragraph holding the character at `offset` starts."""
    return body.rfind("\n", 0, offset) + 1


HEADING_WORDS = 12  # a line this short with no closing punctuation is a heading wherever it stands


def is_heading(sentence: Span, body: str) -> bool:
    """True for a line that is a headline or a section heading, not a sentence of the report: a paragraph of its
    own with no closing punctuation, the body's first one or a short one ("Mali: Two Soldiers Killed in Attack",
    "Niger – Attack on military post (ECHO Daily Flash of 04 July 2019)")."""
    start = paragraph_start(body, sentence)
    end = body.find("\n", sentence.start_char)
    line = body[start:end if end >= 0 else len(body)].strip()
    text = sentence.text.strip()
    lead = line[:-len(text)].strip() if text and line.endswith(text) else None
    if lead is None or (lead and lead[-1] not in DASHES) or not line or line[-1] in ".!?:;\"”’'…":
        return False  # a dateline may open the line: "Niger – Attack on military post"
    return not body[:start].strip() or len(line.split()) <= HEADING_WORDS


def successive(days: list[DateMention], body: str) -> bool:
    """True for two days in a row joined by "and" ("on Friday and Saturday at least 25 civilians were killed"):
    one episode told as a whole, not two events as "on the 11th and on the 14th" are."""
    if len(days) != 2 or any(d.value.precision != "day" for d in days):
        return False
    first, second = days
    return (second.value.start - first.value.end).days == 1 \
        and "and" in body[first.end_char:second.start_char].lower().split()


def both_days(first: DateMention, second: DateMention) -> DateMention:
    """One mention spanning two days in a row."""
    return replace(first, text=f"{first.text} and {second.text}", end_char=second.end_char,
                   value=replace(first.value, end=second.value.end, kind="range"))


def distinct_days(mentions: list[DateMention]) -> list[DateMention]:
    """One mention per day or per whole month, when the clause names several ("on the 11th and the 14th",
    "the coups of August 2020 and May 2021"): each is its own event."""
    days: dict = {}
    for m in sorted(mentions, key=lambda m: m.start_char):
        value = m.value
        if value is None:
            continue
        one_day = value.precision == "day" and value.start == value.end
        one_month = value.precision == "month" and value.kind == "point" and (value.end - value.start).days >= 27
        if one_day or one_month:
            days.setdefault((value.start, value.end), m)
    return list(days.values())


def is_past_perfect(trigger: Token) -> bool:
    """True when the trigger's clause is in the past perfect ("had left dozens dead", "had been killed")."""
    verb = clause_head(trigger)
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def is_present_perfect(trigger: Token) -> bool:
    """True when the trigger's clause is in the present perfect ("have been killed", "has seized")."""
    verb = clause_head(trigger)
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def is_past(trigger: Token) -> bool:
    """True when the trigger's clause is in the simple past (or passive past), the tense of a reported event;
    present and present-perfect clauses describe states and habits."""
    verb = clause_head(trigger)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("has", "have", "is", "are", "am") for a in auxiliaries):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries)


def mention_root(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens covering a character span, or None when no token covers it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def governs(mention: DateMention, trigger: Token, words: Lexicon) -> bool:
    """True when the date's phrase attaches to the trigger or to a verb above it in the same clause chain."""
    root = mention_root(trigger.doc, mention.start_char, mention.end_char)
    if root is None:
        return False
    head = clause_head(root)
    if trigger.is_ancestor(head) and describes_argument(head, trigger, words):
        return False  # "killed our colleague, who only arrived on Wednesday": the colleague's day
    return head.i == trigger.i or head.is_ancestor(trigger) or trigger.is_ancestor(head)


def tells_violence(token: Token, words: Lexicon) -> bool:
    """True for a word that tells violence by itself: a verb of armed violence that needs no particular object
    ("stormed", not "take up his position"), of harm ("killed") or of death ("left a dozen troops dead")."""
    word = words.words.word(token.lemma_.lower())
    lemma = token.lemma_.lower()
    return (token.pos_ == "VERB" and word is not None and word.event_type in words.cues.armed_types
            and not word.needs_target) or lemma in words.cues.harm_verbs | words.cues.death_nouns \
        or token.lower_ == "dead"


def describes_someone(mention: DateMention, doc: Doc, words: Lexicon) -> bool:
    """True for a date inside a relative clause about a person or thing, not about an event ("our colleague Mody
    Ndiaye, who only arrived on Wednesday")."""
    root = mention_root(doc, mention.start_char, mention.end_char)
    clause = clause_head(root) if root is not None else None
    while clause is not None:
        if clause.dep_ == "relcl":
            return not is_event_word(clause.head, words)
        if clause.head.i == clause.i:
            return False
        clause = clause_head(clause.head)
    return False


def describes_argument(token: Token, trigger: Token, words: Lexicon) -> bool:
    """True when `token` lies in a relative clause about one of the trigger's arguments rather than about the
    trigger itself ("the attack, which took place on Monday" is about the attack), and that clause tells no
    violence of its own ("an incursion by armed militias which left a dozen troops dead on Monday" may be
    the parser's misplaced clause about the incursion), nor says that something took place."""
    current = token
    while current.i != trigger.i:
        if current.dep_ == "relcl" and current.head.i != trigger.i:
            # "the attack on a gendarmerie post which took place on Thursday night": only an event takes place
            return not (is_occurrence_verb(current, words) or any(tells_violence(t, words) for t in current.subtree))
        current = current.head
    return False


def in_own_clause(mention: DateMention, trigger: Token) -> bool:
    """True when the date's phrase is an adverbial of the trigger's own clause ("seized power in 2020"), not of a
    clause above it, nor part of a noun phrase ("roads out of Bouake, the epicentre of January's uprising")."""
    root = mention_root(trigger.doc, mention.start_char, mention.end_char)
    head = clause_head(root) if root is not None else None
    if head is None or not (head.i == trigger.i or trigger.is_ancestor(head)):
        return False
    current = root.head
    while current.i != trigger.i:
        if current.pos_ in ("NOUN", "PROPN", "PRON"):
            return False
        current = current.head
    return True


def dates_other_event(mention: DateMention, trigger: Token, words: Lexicon) -> bool:
    """True when the date follows another event noun of the sentence, outside the trigger's phrase, in a clause
    whose verb is no event ("this abduction rekindles memories of the kidnapping of Jeffery Woodke in October
    2016": the date is the kidnapping's, whatever verb the parser hung it from), or dates an event that the
    trigger's event is counted from ("the deadliest attack since the August 18 putsch")."""
    root = mention_root(trigger.doc, mention.start_char, mention.end_char)
    if root is None or root.i < trigger.i:
        return False
    # "the deadliest attack in Mali since the August 18 putsch": the day of the event it is counted from
    above = [a for a in root.ancestors if a.i != trigger.i and trigger.is_ancestor(a)]
    if any(a.dep_ == "prep" and a.lower_ == "since" for a in above) \
            and any(a.pos_ == "NOUN" and words.words.word(a.lemma_.lower()) for a in above):
        return True
    if words.words.word(clause_head(root).lemma_.lower()):
        return False
    return any(t.pos_ == "NOUN" and words.words.word(t.lemma_.lower()) and not t.is_ancestor(trigger)
               and not trigger.is_ancestor(t) for t in trigger.doc[trigger.i + 1:root.i])


def clause_head(token: Token) -> Token:
    """The nearest verb (or nominal trigger's head verb) above a token."""
    current = token
    while current.head.i != current.i and current.pos_ not in ("VERB", "AUX"):
        current = current.head
    return current


def is_event_date(mention: DateMention) -> bool:
    value = mention.value
    return (value is not None and value.kind in ("point", "range") and value.precision in ("day", "week", "month")
            and (value.end - value.start).days <= 62)


def governing_place(trigger: Token, sentence: Span, mentions: Sequence[PlaceMention], body: str,
                    focus: str | None, words: Lexicon, when: DateMention | None = None,
                    date_mentions: Sequence[DateMention] = ()) -> tuple[Place | None, bool, bool]:
    """The most specific place in the trigger's clause, else the paragraph's last town, else a town of a nearby
    sentence about the same days ("On the 16th ... visited Bamako." / "On that same date ... signed"), else the
    focus country."""
    in_sentence = [m for m in within(sentence, mentions) if m.place]
    candidates = [m for m in in_sentence if is_location_phrase(m, trigger, words)
                  and not in_other_deed(m, trigger, words)]
    # "a post in Inates (Tillabery, West Niger)": the bracketed names say where Inates is
    candidates = [m for m in candidates if not qualifies(m, in_sentence, body)] or candidates
    # "in Agadez, 1,000 km northeast of the capital": the event is in Agadez
    candidates = [m for m in candidates if not is_reference_point(m, trigger.doc, words)] or candidates
    # "east of the town of Koure, which is an hour's drive from the capital Niamey": Niamey only says where Koure is
    candidates = [m for m in candidates if not describes_place(m, in_sentence, trigger.doc)] or candidates
    # "killed two civilians near Tessalit, the day after three soldiers were killed near Hombori": the earlier deed's
    # own clause places it
    measured = lapse_after(trigger, words, reach=None)
    if measured is not None:
        inside = {t.i for t in measured[0].subtree}
        candidates = [m for m in candidates if mention_root(trigger.doc, m.start_char, m.end_char).i in inside] \
            or candidates
    # "attacked the villages of Fiego and Lada near the town of Diffa": the towns attacked, not the one they lie near
    # (but "near the town of Douentza, on the road to Timbuktu" is in Douentza)
    towns = [m for m in candidates if m.place.feature in ("town", "other")]
    nearby = [m for m in towns if lies_near(m, trigger.doc, words)]
    if nearby and any(is_listed_town(mention_root(trigger.doc, m.start_char, m.end_char))
                      for m in towns if m not in nearby):
        candidates = [m for m in candidates if m not in nearby]
    # "a bomb between Bandiagara and Goundaka": the first of the two ends, as a coder would place it, and neither
    # when the gazetteer does not know the first
    candidates = [m for m in candidates if not second_end(m, trigger.doc)]
    # "the village of Yirgou in Barsalogo district": the district says where the village is
    areas = [m for m in candidates if names_area(trigger.doc, m, words)]
    if any(m not in areas and m.place.feature in ("town", "other") for m in candidates):
        candidates = [m for m in candidates if m not in areas]
    if candidates:
        best = max(candidates, key=lambda m: (specificity(m.place), -abs(m.start_char - trigger.idx)))
        return best.place, is_near(best, body), not in_unnamed_town(best, trigger.doc, words)
    earlier = [m for m in mentions if paragraph_start(body, sentence) <= m.start_char < sentence.start_char
               and m.place and m.place.feature in ("town", "other")]
    filed = [m for m in earlier if in_dateline(m, trigger.doc)]
    earlier = [m for m in earlier if m not in filed]
    filed = [m for m in filed if not is_bureau(m, mentions, trigger.doc)]
    if earlier:  # the place the paragraph has been speaking of, not one that only measured where it lies
        nearest = max([m for m in earlier if not is_reference_point(m, trigger.doc, words)] or earlier,
                      key=lambda m: m.start_char)
        return nearest.place, is_near(nearest, body), False
    if names_known_town(trigger, words) and not any(m.place.feature in ("town", "other") for m in in_sentence):
        # "... a base in Nampala." / "A similar attack on the garrison town" (a sentence that names no other town)
        told = [m for m in mentions if m.start_char < sentence.start_char and m.place
                and m.place.feature in ("town", "other") and not in_dateline(m, trigger.doc)]
        if told:
            return told[-1].place, False, True
    same_days = co_dated_town(sentence, when, mentions, date_mentions, words)
    if same_days is not None:
        return same_days.place, is_near(same_days, body), False
    if filed:  # where the report was filed ("Tehini/Cote d'Ivoire —"), when the text names no town nearer the deed
        return filed[-1].place, False, False
    if focus:
        return country_place(focus, mentions), False, False
    return None, False, False


def names_known_town(trigger: Token, words: Lexicon) -> bool:
    """True when the trigger's phrase or clause names its place as a town already spoken of ("an attack on the
    garrison town", "the village was attacked")."""
    return any(t.lemma_.lower() in words.cues.town_nouns and t.pos_ == "NOUN"
               and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)
               and (t.head.i == trigger.i or t.head.head.i == trigger.i and t.head.dep_ == "prep")
               for t in trigger.subtree if t.i != trigger.i)


def coup_place(trigger: Token, sentence: Span, mentions: Sequence[PlaceMention], place: Place | None,
               focus: str | None) -> Place | None:
    """Where a seizure of state power happened: the country it happened to, which the coup's own phrase names ("the
    coup in Niger"), else the subject of a verb it hangs from ("Niger ... on July 26 underwent a military coup"),
    else the place last named before it, else the report's country, and not the places the sentence names for
    other deeds ("Goita, who led the coup last August, is attending the talks in Accra", "as France prepares to
    withdraw at the request of its new military leaders, who seized power in a coup"). A town only when the coup's
    own phrase names one ("the coup in Bamako"); the place found before when no country is known."""
    roots = {m: mention_root(trigger.doc, m.start_char, m.end_char) for m in within(sentence, mentions) if m.place}
    own = [m for m, root in roots.items() if root is not None and trigger.is_ancestor(root)]
    chain = []  # the verbs above it in its own clause chain, up to the first noun
    for ancestor in trigger.ancestors:
        if ancestor.pos_ in ("NOUN", "PROPN", "PRON"):
            break
        chain.append(ancestor)
    subjects = next(([c.i for c in a.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS] for a in chain
                     if any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in a.children)), [])  # the nearest clause's
    undergoes = [m for m, root in roots.items() if root is not None and root.i in subjects]
    # "the general context in Niger where the junta which overthrew President Bazoum": the place last named
    # before it, unless as a party ("France prepares to withdraw ...")
    before = [m for m, root in roots.items() if root is not None and m.end_char <= trigger.idx
              and root.dep_ not in SUBJECTS | PASSIVE_SUBJECTS]
    chosen = (own or undergoes or before[-1:] or [None])[0]
    country = chosen.place.country if chosen else focus
    if country is None:
        return place
    if own and own[0].place.feature in ("town", "other"):
        return own[0].place
    return country_place(country, mentions)


def launched_place(trigger: Token, sentence: Span, mentions: Sequence[PlaceMention], place: Place | None,
                   focus: str | None, words: Lexicon) -> Place | None:
    """Where an operation was begun: the place its own phrase or the clause that begins it names ("launched an
    operation in the Gourma region"), else the region the report is about when the sentence names no place, else
    the report's country, not the places the sentence names for other deeds ("a month after the launch of the
    offensive, the cities of Gao and Kidal are under French control") nor a town named before."""
    holders = {trigger.i} | {t.i for t in starters(trigger, words)}
    own = []
    for m in within(sentence, mentions):
        root = mention_root(trigger.doc, m.start_char, m.end_char)
        if m.place is None or root is None or root.dep_ == "poss":
            continue  # "France's military intervention": the party, not the place
        holder = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX") or a.i in holders), None)
        if holder is not None and holder.i in holders:
            own.append(m.place)
    if own:
        return own[0]
    if place is not None and place.feature in ("region", "district") and not within(sentence, mentions):
        return place  # an operation in the region the report is about ("the Senegalese army launched an offensive")
    return country_place(focus, mentions) if focus else place


def in_other_deed(mention: PlaceMention, trigger: Token, words: Lexicon) -> bool:
    """True for a place inside a relative clause that tells an earlier deed than the trigger's ("an airstrike
    against the village of Zanta while retaliating against militants who had overrun an army camp in
    Kompienbiga"), or inside an "after" phrase that counts back to one ("came days after ... near Koutougou")."""
    root = mention_root(trigger.doc, mention.start_char, mention.end_char)
    if root is None:
        return False
    measured = lapse_after(root, words, reach=None)
    if measured is not None and trigger.i not in {t.i for t in measured[0].subtree}:
        return True  # "The attack came days after 17 soldiers were killed ... near the town of Koutougou"
    clause = next((a for a in root.ancestors if a.dep_ == "relcl"), None)
    return clause is not None and is_event_word(clause, words) \
        and is_past_perfect(clause) and trigger.i not in {t.i for t in clause.subtree}


def in_unnamed_town(mention: PlaceMention, doc: Doc, words: Lexicon) -> bool:
    """True for a country that only contains the settlement where the event was: "an attack on a village in central
    Mali", "in a town in Mali's desert north". The text names the town no nearer, so it has not placed the event."""
    if mention.place is None or mention.place.feature != "country":
        return False
    token = mention_root(doc, mention.start_char, mention.end_char)
    while token is not None and token.dep_ in ("poss", "compound", "amod", "nmod") and token.head is not token:
        token = token.head  # "Mali's desert north": the phrase the country's name modifies
    if token is None or token.dep_ != "pobj" or token.head.lower_ != "in":
        return False
    holder = token.head.head
    return holder.lemma_.lower() in words.cues.town_nouns and holder.pos_ == "NOUN" \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in holder.children)


def co_dated_town(sentence: Span, when: DateMention | None, mentions: Sequence[PlaceMention],
                  date_mentions: Sequence[DateMention], words: Lexicon, reach: int = 5) -> PlaceMention | None:
    """The town named in a location phrase of a sentence near `sentence` (up to `reach` sentences either side,
    nearest first) whose own date falls on the same few days as `when`; None when there is no such sentence."""
    if when is None or not is_short(when):
        return None
    doc = sentence.doc
    for neighbour in neighbours(sentence, reach):
        dated = [d for d in date_mentions if neighbour.start_char <= d.start_char < neighbour.end_char
                 and is_short(d) and d.value.start <= when.value.end and when.value.start <= d.value.end]
        if not dated:
            continue
        towns = [m for m in mentions if neighbour.start_char <= m.start_char < neighbour.end_char and m.place
                 and m.place.feature in ("town", "other") and is_location_phrase(m, doc[neighbour.start], words)]
        if towns:
            return towns[0]
    return None


def is_short(mention: DateMention) -> bool:
    """A date of a week or less: specific enough to tie two sentences to the same occasion."""
    return mention.value is not None and is_event_date(mention) and (mention.value.end - mention.value.start).days <= 7


def neighbours(sentence: Span, reach: int) -> list[Span]:
    """The sentences around `sentence`, nearest first, the previous one before the next at each distance."""
    found: list[Span] = []
    before, after = sentence, sentence
    for _ in range(reach):
        if before.start > 0:
            before = sentence.doc[before.start - 1].sent
            found.append(before)
        if after.end < len(sentence.doc):
            after = sentence.doc[after.end].sent
            found.append(after)
    return [s for s in found if s.text.strip()]


def is_location_phrase(mention: PlaceMention, trigger: Token, words: Lexicon) -> bool:
    """A place inside a locative phrase of the trigger's sentence (not an actor such as "Bamako requested", nor the
    owner of a force: "the commander of France's counter-terrorism force")."""
    root = mention_root(trigger.doc, mention.start_char, mention.end_char)
    if root is not None and root.dep_ == "poss" and (root.head.ent_type_ in PARTY_ENTITIES
                                                     or root.head.lower_ in words.cues.possessed_parties):
        return False  # but "in Mali's north", "at Bamako's airport"
    if root is not None and root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN" \
            and not (mention.place is not None and mention.place.feature == "country"):
        # "attacked the Niafunke post": the phrase of the noun it names (but "targeted Mali army positions": whose)
        root = root.head
    if root is not None and root.dep_ in PASSIVE_SUBJECTS and (root.head.i == trigger.i or any(
            a.dep_ == "agent" and trigger.head.i == a.i for a in root.head.children)):
        return True  # "Menaka was attacked", "Timbuktu has been hit by a prolonged battle": the place it was done to
    if root is None or root.dep_ in SUBJECTS | PASSIVE_SUBJECTS:
        return False
    if root.dep_ in OBJECTS and (root.head.i == trigger.i or root.head.lemma_.lower() in PLACE_VERBS):
        return True  # "JNIM attacked Boni", "the ministers visited Bamako"
    if in_telling(root, trigger):
        return False
    listed = root
    while listed.dep_ == "conj" and listed.head.i != listed.i:
        listed = listed.head  # "the border region with Togo and Ghana"
    bordering = listed.head.head  # "near the border with Burkina Faso", "in the border region with Togo"
    if listed.head.lower_ == "with" and (bordering.lemma_.lower() in BORDER_NOUNS or any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in BORDER_NOUNS for c in bordering.children)):
        return False  # where in the country the place lies, not a place
    if root.dep_ == "compound" and root.head.lemma_.lower() in BORDER_NOUNS:
        return False  # "in two villages near the Niger border": so is "the Niger border"
    preposition = next((t for t in [root] + list(root.ancestors)[:4]  # "sent troops to Gao": a dative
                        if t.dep_ in ("prep", "dative") and t.lower_ in PLACE_PREPOSITIONS), None)
    if preposition is None:
        return False
    origin = preposition.head
    participant = origin.dep_ in SUBJECTS | PASSIVE_SUBJECTS | OBJECTS  # not "on the road from Bourzanga"
    if preposition.lower_ == "from" and (origin.ent_type_ == "ACTOR" or origin.pos_ in ("NOUN", "PROPN")
                                         and participant and origin.i != trigger.i):
        # "six truck drivers from Senegal were kidnapped in Mali", "a peacekeeper from Egypt was killed": where
        # the people come from
        return False
    holder = preposition.head
    if holder.dep_ in SUBJECTS and holder.ent_type_ in PARTY_ENTITIES and holder.head.i != trigger.i \
            and not holder.is_ancestor(trigger):
        return False  # "The government in Bamako condemned the attack": where the one who spoke is
    # "the wounded were evacuated to Niamey", "fled from Gao": where someone went, not where the event was
    moved = preposition.lower_ in MOTION_PREPOSITIONS and preposition.head.pos_ == "VERB" \
        and preposition.head.i != trigger.i
    # "took place about 40 kilometres from Boungou": a distance from a place says where, not whence
    distance = any(c.dep_ == "npadvmod" for c in preposition.children)
    return not moved or distance


def in_telling(token: Token, trigger: Token) -> bool:
    """True when `token` belongs to the clause that tells of the trigger's clause, not to the event: "killing 20
    soldiers, the minister said at a press conference in Niamey"."""
    for ancestor in [token] + list(token.ancestors):
        if ancestor.i == trigger.i:
            return False
        for clause in ancestor.children:
            told = clause.dep_ in ("ccomp", "parataxis") and clause.left_edge.i <= trigger.i <= clause.right_edge.i
            if told and not clause.left_edge.i <= token.i <= clause.right_edge.i:
                return True
    return False


def qualifies(mention: PlaceMention, others: Sequence[PlaceMention], body: str) -> bool:
    """True for a place in brackets right after another place, which it locates ("Inates (Tillabery, Niger)")."""
    opening = body.rfind("(", 0, mention.start_char)
    if opening < 0 or ")" in body[opening:mention.start_char]:
        return False
    before = body[:opening].rstrip()
    return any(m.end_char == len(before) for m in others if m is not mention)


def town_phrase_root(mention: PlaceMention, doc: Doc, words: Lexicon) -> Token | None:
    """The head of the phrase that names the place: its town noun in "the city of Timbuktu", else its name."""
    root = mention_root(doc, mention.start_char, mention.end_char)
    if root is not None and root.dep_ == "pobj" and root.head.lower_ == "of" \
            and root.head.head.lemma_.lower() in words.cues.town_nouns:
        return root.head.head
    return root


def is_reference_point(mention: PlaceMention, doc: Doc, words: Lexicon) -> bool:
    """True for a place that only measures where another lies: "(1,000 km) northeast of the capital", "20 miles
    from Gao", "120 kilometres from the ancient city of Timbuktu"."""
    root = town_phrase_root(mention, doc, words)
    if root is None or root.dep_ != "pobj" or root.head.lower_ not in ("of", "from"):
        return False
    return root.head.head.lower_ in REFERENCE_HEADS or any(c.dep_ == "npadvmod" for c in root.head.children)


def lies_near(mention: PlaceMention, doc: Doc, words: Lexicon) -> bool:
    """True for a town named as what another place lies near: "near Diffa", "outside the town of Diffa"."""
    root = town_phrase_root(mention, doc, words)
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in ("near", "around", "outside")


def second_end(mention: PlaceMention, doc: Doc) -> bool:
    """True for the second place of a "between" pair ("between Bandiagara and Goundaka", "between the localities of
    Nampala and Diabali")."""
    root = mention_root(doc, mention.start_char, mention.end_char)
    if root is None or root.dep_ != "conj":
        return False
    first = root.head
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.dep_ == "pobj":
        first = first.head.head  # "the localities of": the pair's noun
    return first.dep_ == "pobj" and first.head.lower_ == "between"


def describes_place(mention: PlaceMention, mentions: Sequence[PlaceMention], doc: Doc) -> bool:
    """True for a place named inside a relative clause about another place ("Koure, which is an hour's drive from
    the capital Niamey")."""
    root = mention_root(doc, mention.start_char, mention.end_char)
    others = {r.i for o in mentions if o is not mention
              for r in [mention_root(doc, o.start_char, o.end_char)] if r is not None}
    return root is not None and any(a.dep_ == "relcl" and a.head.i in others for a in root.ancestors)


def specificity(place: Place) -> int:
    return {"town": 3, "other": 3, "region": 2, "river": 1, "country": 0}.get(place.feature, 0)


def is_near(mention: PlaceMention, body: str) -> bool:
    before = body[max(0, mention.start_char - 25):mention.start_char].lower().split()
    after = body[mention.end_char:mention.end_char + 12].lower().split()
    return bool(set(before[-2:]) & {"near", "around", "outside"}) or (after[:1] == ["area"])


def focus_country(mentions: Sequence[PlaceMention], doc: Doc | None = None, words: Lexicon | None = None) -> str | None:
    """The country most of the article's places are in; between countries as often named, the one whose state or
    people the text names most as actors ("The Senegal government" over "told reporters in New York")."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m.place and m.place.country:
            counts[m.place.country] = counts.get(m.place.country, 0) + 1
    if not counts:
        return None
    tied = [country for country, n in counts.items() if n == max(counts.values())]
    if len(tied) > 1 and doc is not None and words is not None:
        votes = Counter(actor.country for ent in doc.ents if ent.label_ == "ACTOR"
                        for actor in [words.actors.lookup(ent.text)] if actor is not None and actor.country)
        tied.sort(key=lambda country: -votes[country])
    return tied[0]


def lead_town(doc: Doc, body: str, mentions: Sequence[PlaceMention], datelines: bool = True) -> Place | None:
    """The first town of the report's opening: its headline and first paragraph of prose. A violent event that
    the text places no nearer than the country happened there, as far as the report says. Without `datelines`,
    not the town a dateline names ("BAMAKO (Reuters) -"): where the report was filed is no village of the country."""
    prose = None  # where the first paragraph of prose starts
    for sentence in doc.sents:
        paragraph = paragraph_start(body, sentence)
        if prose is not None and paragraph != prose:
            return None  # the first paragraph of prose has ended without a town
        towns = [m.place for m in within(sentence, mentions) if m.place and m.place.feature in ("town", "other")
                 and (datelines or not in_dateline(m, doc))]
        if towns:
            return towns[0]
        if prose is None and not is_heading(sentence, body):
            prose = paragraph
    return None


def is_bureau(mention: PlaceMention, mentions: Sequence[PlaceMention], doc: Doc) -> bool:
    """True for a town of a dateline that names more than one ("BAMAKO/DAKAR (Reuters) -"): the report was
    written in several bureaus, and the dateline says nothing of where its events happened."""
    if not in_dateline(mention, doc):
        return False
    sentence = mention_root(doc, mention.start_char, mention.end_char).sent
    return sum(1 for m in within(sentence, mentions)
               if m.place and m.place.feature in ("town", "other") and in_dateline(m, doc)) > 1


def in_dateline(mention: PlaceMention | DateMention, doc: Doc) -> bool:
    """True for a place or day named in the dateline that opens its paragraph ("BAMAKO (Reuters) -", "BAMAKO, Feb
    15 (NNN-AGENCIES) —")."""
    token = mention_root(doc, mention.start_char, mention.end_char)
    if token is None:
        return False
    end = dateline_end(doc, token.sent.start)
    return end is not None and token.i < end


def sole_town(mentions: Sequence[PlaceMention], focus: str | None, words: Lexicon, doc: Doc) -> Place | None:
    """The one town of the focus country the whole report names, if it names only one ("the two buildings, in the
    capital Nouakchott"): where its events placed no nearer than the country happened, as far as it says. An
    area ("Gnagna Province") is no town, nor is a town that only measures where another town lies ("Natiaboani is
    sixty kilometers south of Fada Ngorma"); one that measures where the event was still counts ("45 kilometres
    west of Menaka"), nor a town named only to say where another lies ("Koure, which is an hour's drive from the
    capital Niamey")."""
    described = [m for m in mentions if m.place and describes_place(m, mentions, doc)]
    towns = {(m.place.name, m.place.country): m.place for m in mentions
             if m.place and m.place.feature in ("town", "other") and m.place.country == focus
             and not set(m.place.name.lower().split()) & words.cues.area_nouns and not names_area(doc, m, words)
             and m not in described
             and not (is_reference_point(m, doc, words) and any(
                 o.sentence == m.sentence and o is not m and o.place and o.place.feature == "town"
                 and o not in described for o in mentions))}
    if any(m.place is None and names_settlement(m, doc, words) for m in mentions):
        return None  # "at Maitaougou village": a town the gazetteer does not know is still another town
    return next(iter(towns.values())) if len(towns) == 1 else None


def names_settlement(mention: PlaceMention, doc: Doc, words: Lexicon) -> bool:
    """True when the text calls the named place a village or town ("Maitaougou village", "the village of Maitaougou",
    "Maitaougou, a village near ...")."""
    if set(mention.text.lower().split()) & words.cues.town_nouns:
        return True
    root = mention_root(doc, mention.start_char, mention.end_char)
    if root is None:
        return False
    holder = root.head.head if root.head.dep_ == "prep" and root.head.lower_ == "of" else root.head
    return holder.i != root.i and holder.lemma_.lower() in words.cues.town_nouns \
        or any(c.dep_ == "appos" and c.lemma_.lower() in words.cues.town_nouns for c in root.children)


def is_against_state(c: Candidate) -> bool:
    """A development against a state's government ("the military junta took power"): it happens to the country,
    not in the one town the report names."""
    return c.word.event_type == "Strategic developments" and c.actor2.startswith(GOVERNMENT)


def tells_of_elsewhere(sentence: Span, words: Lexicon) -> bool:
    """True when the sentence says its event is another than those told ("In a separate attack", "elsewhere", "A
    similar attack last month")."""
    return any(t.lower_ in words.cues.elsewhere_words or t.lower_ in words.cues.earlier_kind_words for t in sentence)


def country_place(country: str, mentions: Sequence[PlaceMention]) -> Place:
    for m in mentions:
        if m.place and m.place.feature == "country" and m.place.country == country:
            return m.place
    return Place(country, "country", None, country, None, None, None, 3)


# --- events and merging -------------------------------------------------------------------------------

def merge_in_sentences(anchored: list[Anchored], words: Lexicon) -> list[Anchored]:
    """Triggers of one sentence with the same date and place are one event, the governing trigger leading; but an
    act of violence in a clause with its own subject stays apart from a lead that is no violence ("sent in troops
    after civilians were killed": a deployment and a killing)."""
    groups: dict[tuple, list[Anchored]] = {}
    first_of_day: dict[tuple, int] = {}  # "Tuesday's blast on 5 March": two mentions of one day are one date
    for a in anchored:
        when = a.date_mention.value if a.date_mention else None
        at = a.date_mention.start_char if a.date_mention else None
        if when is not None:
            at = first_of_day.setdefault((a.sentence.start, when.start, when.end), at)
        # "days after ...", "militants who had overrun a camp": the same words date an earlier day
        day = (when.start, when.end) if when is not None and a.date_source.startswith(EARLIER_SOURCES) else None
        key = (a.sentence.start, at, day, a.place.geonameid if a.place else None, a.place.name if a.place else None)
        groups.setdefault(key, []).append(a)
    merged = []
    armed = words.cues.armed_types
    for group in groups.values():
        lead = leading(group, words)
        apart = [a for a in group if a.candidate.word.event_type in armed and has_own_subject(a.candidate.trigger)]
        if lead.candidate.word.event_type not in armed and apart:
            merged.append(fill_from(leading(apart, words), apart, words))
            group = [a for a in group if a not in apart]
        told_apart: set[int] = set()
        for deed in [a for a in group if is_further_deed(a.candidate, lead.candidate)]:
            if deed.toll_text is None:  # "12 soldiers were killed and five citizens kidnapped": each its own dead
                clause = own_phrase_tokens(deed.candidate.trigger)
                told_apart |= {t.i for t in clause}
                deed = replace(deed, toll_text=words_of(clause), own_toll_only=True)
            merged.append(fill_from(deed, [deed], words))
            group = [a for a in group if a.candidate is not deed.candidate]
        if told_apart and lead.toll_text is None:
            rest = [t for t in lead.sentence if t.i not in told_apart]
            lead = replace(lead, toll_text=words_of(rest), own_toll_only=True)
        merged.append(fill_from(lead, group, words))
    return sorted(merged, key=lambda a: a.candidate.trigger.idx)


def is_further_deed(c: Candidate, lead: Candidate) -> bool:
    """True for a verb conjoined with the lead's verb that does a strategic kind of thing where the lead does
    violence, or the other way round ("set fire to the mayor's office and kidnapped one person": a destruction
    and an abduction, two events by ACLED's unit); or that does another kind of violence to other victims."""
    one, other = c.trigger, lead.trigger
    conjoined = one.pos_ == other.pos_ == "VERB" and (
        (one.dep_ == "conj" and one.head.i == other.i) or (other.dep_ == "conj" and other.head.i == one.i))
    if not conjoined or c.word.event_type == lead.word.event_type:
        return False
    # "12 soldiers were killed and five Indian citizens kidnapped": a fight with the soldiers and an abduction of
    # civilians, each clause with a subject of its own (a blast that killed is the one event, whatever the parse)
    types = {c.word.event_type, lead.word.event_type}
    return "Strategic developments" in types or (types == {"Battles", VIOLENCE_AGAINST_CIVILIANS}
                                                 and has_own_subject(one) and has_own_subject(other))


def leading(group: list[Anchored], words: Lexicon) -> Anchored:
    """The trigger that types a sentence's event: one with a named initiator and a target first, the highest in
    the parse after that; an act of violence before a deed done with it by the same hands ("set fire to the
    mayor's office and kidnapped one person": an abduction). A side that drove back an attack did not begin the
    fight, whatever it did in doing so ("the army repelled an attack, killing 20 assailants": the attackers')."""
    armed = words.cues.armed_types

    def key(a: Anchored) -> tuple:
        c = a.candidate
        violent = c.word.event_type in armed or c.word.event_type == "Riots"
        return not c.explicit_actor1, not c.actor2, not violent, depth(c.trigger)
    lead = min(group, key=key)
    defended = [a for a in group if a.candidate.word.phrase in words.cues.defence_verbs
                and a.candidate.actor2 and a.candidate.actor2 == lead.candidate.actor1]
    return defended[0] if defended else lead


def has_own_subject(trigger: Token) -> bool:
    return trigger.pos_ == "VERB" and any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in trigger.children)


def depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def fill_from(lead: Anchored, group: list[Anchored], words: Lexicon) -> Anchored:
    """The lead trigger's event, with actors the other triggers of its group know and it does not. Civilians
    killed in an attack that another trigger shows was on an armed side add to that battle (ANNOTATION.md): "an
    attack on a gendarme post killed 19 officers and one civilian" is the gendarmes'."""
    c = lead.candidate
    actor1, actor2 = c.actor1, c.actor2
    if c.word.event_type == "Riots" and not actor2:  # "... stormed the broadcaster while police fired tear gas"
        country = lead.place.country if lead.place else None
        forces = [name for ent in lead.sentence.ents if ent.label_ == "ACTOR"
                  for name in [words.canonical(ent.text, country)] if words.inter(name) == 1]
        actor2 = forces[0] if forces else actor2
    if words.inter(actor2) == CIVILIANS_INTER and c.word.event_type in words.cues.armed_types:
        fought = [o.candidate for o in group if o.candidate.actor2 and o.candidate.actor2 != actor1
                  and words.inter(o.candidate.actor2) in ARMED_INTERS]
        if fought:  # and the battle's target types it: "killed 35 civilians in an attack on a military base"
            actor2 = fought[0].actor2
            c = replace(c, target_text=fought[0].target_text)
    for other in group:
        o = other.candidate
        if not actor1 and o.actor1 and o.actor1 != actor2:
            actor1 = o.actor1
        if not actor2 and o.actor2 and o.actor2 != actor1:
            actor2 = o.actor2
    # "a bus struck a landmine near Boni, killing 14 passengers": the means any trigger names is the event's
    means = " ".join(dict.fromkeys([c.instrument_text] + [o.candidate.instrument_text for o in group]
                                   + [o.candidate.trigger_text for o in group if o is not lead]))
    c = replace(c, actor1=actor1, actor2=actor2, instrument_text=means)
    clash = ("Battles", "Armed clash")
    taken = [o.candidate for o in group if o is not lead
             for kind in [refined(o.candidate, words)] if kind[0] == "Battles" and kind != clash]
    if taken and refined(c, words) == clash:
        # "The base was overwhelmed by JNIM fighters, who targeted a police station": a fight that took a place is
        # that place's taking (ACLED)
        c = replace(c, word=taken[0].word, target_text=taken[0].target_text, trigger_text=taken[0].trigger_text)
    violence = [o.candidate for o in group if o is not lead and o.candidate.word.event_type in words.cues.armed_types]
    if violence and refined(c, words)[1] == DESTRUCTION:
        # "the offices were razed by a truck-bomb explosion": a destruction done by violence is that violence
        c = replace(c, word=violence[0].word, trigger_text=violence[0].trigger_text)
    actor = words.actor(actor1)
    if c.word.event_type in words.cues.armed_types and actor is not None and actor.inter in CROWD_INTERS:
        c = as_riot(c, actor.country, words) or c  # "a protest which saw one person killed"
    return replace(lead, candidate=c)


def refined(c: Candidate, words: Lexicon) -> tuple[str, str]:
    """The event type and sub-type a candidate's arguments give its word."""
    # "French and Malian troops retook Gao": a joint deed of the country's own forces is theirs to type
    doer = next((a for a in c.assoc1 if words.inter(a) == STATE_INTER), c.actor1) \
        if words.inter(c.actor1) == EXTERNAL_INTER else c.actor1
    return words.refine(c.word, c.target_text, c.instrument_text, doer, c.actor2)


def to_event(article: Article, a: Anchored, words: Lexicon) -> Event:
    c = a.candidate
    event_type, sub_event_type = refined(c, words)
    event_date, date_end, precision = event_time(a.date_mention)
    place = a.place
    geo_precision = None
    if place is not None:
        geo_precision = 3 if place.feature in ("region", "country") else (2 if a.near else place.geo_precision)
    unnamed_doer = event_type in words.cues.armed_types or sub_event_type == DESTRUCTION
    actor1 = c.actor1 or (words.cues.unidentified_actor if unnamed_doer else "")
    if event_type in words.cues.armed_types and actor1.startswith(GOVERNMENT):
        # "the Malian authorities ... neutralized three presumed assailants": a state fights with its forces
        actor1 = FORCES + actor1[len(GOVERNMENT):]
    civilians = f"{CIVILIANS} ({place.country})" if place is not None else ""
    victims = c.actor2 or (civilians if event_type == VIOLENCE_AGAINST_CIVILIANS and words.actor(civilians) else "")
    # "Gunmen attacked a refugee camp": whom the violence struck is civilians by its very type
    if event_type == "Protests" and place is not None:
        actor1, victims = protest_sides(actor1, victims, sub_event_type, a.sentence, place.country, words)
    text = a.sentence.text.strip()
    start = text_start(a.sentence)
    return Event(
        event_id="", doc_id=article.doc_id,
        event_date=event_date, date_end=date_end, time_precision=precision,
        event_type=event_type, sub_event_type=sub_event_type,
        actor1=actor1, assoc_actor_1="; ".join(c.assoc1), actor2=victims, assoc_actor_2="; ".join(c.assoc2),
        location=place.name if place else "", admin1=(place.admin1 or "") if place else "",
        country=place.country if place else "",
        latitude=round(place.latitude, 4) if place and place.latitude is not None else None,
        longitude=round(place.longitude, 4) if place and place.longitude is not None else None,
        geo_precision=geo_precision,
        fatalities=kept_toll(event_type, own_toll(text, a.toll_text, a.shares, a.own_toll_only), words),
        claim=claims.is_claim(claim_scope(c.trigger, a.sentence), c.actor1 or None),
        evidence=(text,), same_as="", notes=note(c, event_type, place, event_date),
        sentence=text, char_start=start, char_end=start + len(text),
        trigger=c.trigger_text, date_source=a.date_source,
        confidence=confidence(c, a),
    )


def protest_sides(actor1: str, actor2: str, sub_event_type: str, sentence: Span, country: str,
                  words: Lexicon) -> tuple[str, str]:
    """The sides of a protest as ACLED names them, the crowd first and the force that met it second: "police
    dispersed the demonstrators" and "troops fired on protesters" are the protesters' events against the police
    (or the army); a protest with intervention by no one named was met by the country's police."""
    crowd = f"{words.cues.crowd_actors['Protests']} ({country})"
    crowd_like = (None, CIVILIANS_INTER, *CROWD_INTERS)
    if words.actor(crowd) is None:
        return actor1, actor2
    if words.inter(actor1) == STATE_INTER and words.inter(actor2) in crowd_like:
        return crowd, crowd_control(actor1, sentence, country, words)
    if sub_event_type == "Protest with intervention" and words.inter(actor1) in CROWD_INTERS \
            and words.inter(actor2) in crowd_like and words.actor(police_of(country, words)) is not None:
        return actor1, police_of(country, words)
    return actor1, actor2


def claim_scope(trigger: Token, sentence: Span) -> str:
    """The sentence without the clauses that tell what came before or after the trigger's deed: "were arrested at
    home by armed men, before allegedly being taken by special forces to the islands" reports the arrest as fact;
    only the transfer is alleged."""
    apart = [t for t in sentence if t.pos_ in ("VERB", "AUX") and t.i != trigger.i and not t.is_ancestor(trigger)
             and (t.dep_ == "advcl" or (t.dep_ == "pcomp" and t.head.lower_ in SEQUENCE_PREPOSITIONS))]
    dropped = {d.i for t in apart for d in t.subtree} | {t.head.i for t in apart if t.dep_ == "pcomp"}
    return "".join(t.text_with_ws for t in sentence if t.i not in dropped).strip()


def text_start(sentence: Span) -> int:
    """Where the sentence's text starts, past any leading white space: an event's `char_start`."""
    return sentence.start_char + (len(sentence.text) - len(sentence.text.lstrip()))


def told_as_another(trigger: Token, words: Lexicon) -> bool:
    """True when the text calls the trigger's event another than those told ("another, smaller-scale attack", "a
    separate attack")."""
    noun = trigger if trigger.pos_ in ("NOUN", "PROPN") else next(
        (c for c in trigger.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS and c.pos_ == "NOUN"), None)
    if noun is None:
        return False
    before = [c for c in noun.children if c.dep_ in ("det", "amod")]
    for token in reversed(noun.doc[max(noun.sent.start, noun.i - 3):noun.i]):
        if token.pos_ in ("VERB", "AUX", "ADP", "SCONJ"):
            break
        before.append(token)  # "another, smaller attack", which the parser may cut from its noun
    return any(t.lower_ in words.cues.elsewhere_words for t in before)


def same_group(one: Anchored, other: Anchored) -> bool:
    """True when two anchored mentions are of one sentence, day and place: merged as one event."""
    return one.sentence.start == other.sentence.start and one.date_mention == other.date_mention \
        and one.place == other.place


def with_local_civilians(event: Event, words: Lexicon) -> Event:
    """Victims are the civilians of the country where the event happened, whatever their nationality (ACLED's
    rule): "a Romanian guard" kidnapped in Burkina Faso, "truck drivers from Senegal" kidnapped in Mali."""
    local = f"{CIVILIANS} ({event.country})"
    if not event.country or not words.actor(local):
        return event

    def localized(actor: str) -> str:
        return local if words.inter(actor) == CIVILIANS_INTER and actor.startswith(f"{CIVILIANS} (") else actor
    assoc = "; ".join(localized(a) for a in event.assoc_actor_2.split("; ")) if event.assoc_actor_2 else ""
    return replace(event, actor2=localized(event.actor2), assoc_actor_2=assoc)


def own_toll(text: str, phrase: str | None, shares: int, only: bool = False) -> int | None:
    """The dead the event's own phrase counts, when it counts any (or always, when `only`); else the sentence's
    toll shared evenly."""
    if only and phrase is not None:
        return shared(fatalities.estimate_fatalities(phrase), shares)
    toll = fatalities.estimate_fatalities(phrase) if phrase and fatalities.death_figures(phrase) else None
    return toll if toll is not None else shared(fatalities.estimate_fatalities(text), shares)


def kept_toll(event_type: str, toll: int | None, words: Lexicon) -> int | None:
    """The toll an event of this type keeps: none from its sentence for a type without deaths of its own."""
    return toll if event_type not in words.cues.toll_free_types or toll == 0 else None


def shared(toll: int | None, shares: int) -> int | None:
    """A toll given for several events without a split: divided evenly, rounding down (ANNOTATION.md)."""
    return toll if toll is None or shares <= 1 else toll // shares


def event_time(mention: DateMention | None) -> tuple[date | None, date | None, int | None]:
    """event_date, date_end and time_precision (1 day, 2 week or few days, 3 month) per ANNOTATION.md."""
    if mention is None or mention.value is None:
        return None, None, None
    value = inner_value(mention)
    span = (value.end - value.start).days
    if value.precision == "day" and span == 0:
        return value.start, None, 1
    if value.precision == "day" and value.kind == "range" and span > 14:
        return value.start, None, 1  # "since the 13th of August": the day it began
    if value.precision == "month" and span >= 27:
        return value.start.replace(day=15), None, 3
    if value.precision == "month":  # "early", "mid", "late" a month: the 5th, 15th or 25th (ANNOTATION.md)
        return value.start + timedelta(days=4), None, 2
    if value.kind == "range" and value.precision == "day":
        return value.start, value.end, 2
    middle = value.start + timedelta(days=span // 2)
    return middle, None, 2


def inner_value(mention: DateMention):
    """For "since X" and "from X" ranges, the value of X itself (when the event began)."""
    text = mention.text.strip()
    first, _, rest = text.partition(" ")
    if first.lower() in ("since", "from") and rest and mention.value and mention.value.kind == "range":
        anchor = mention.value.end
        inner = dates_stage.resolve(rest, anchor)
        if inner is not None:
            return inner
    return mention.value


def note(c: Candidate, event_type: str, place: Place | None, when: date | None) -> str:
    who = c.actor1 or "An unidentified group"
    whom = f" against {c.actor2}" if c.actor2 else ""
    where = f" in {place.name}" if place else ""
    day = f" on {when.isoformat()}" if when else ""
    return f"{who}: {c.trigger_text}{whom}{where}{day} ({event_type})."


def confidence(c: Candidate, a: Anchored) -> float:
    """Higher when trigger, actors, date and place are all explicit in the sentence."""
    score = 0.2
    score += 0.2 if c.explicit_actor1 else (0.1 if c.actor1 else 0)
    score += 0.1 if c.actor2 else 0
    score += 0.25 if a.date_source == "clause" else 0.15 if a.date_source == "sentence" else 0.05
    score += 0.2 if a.place_explicit else 0
    score += 0.05 if c.trigger.pos_ == "VERB" else 0
    return round(min(score, 1.0), 2)


RETELLING_REACH = 2  # how many sentences after an event's may retell its violence in other words


def sharpened(anchored: list[Anchored], placed_elsewhere: list[tuple[Candidate, Place]],
              words: Lexicon) -> list[Anchored]:
    """An event placed only in a country or region takes the one town that undated mentions of the same kind of
    event place inside it ("... killed in western Mali on Saturday." / "The gunmen attacked a camp in Nara"), when
    it is the document's only such event of that kind. An act of violence told by mentions of no such kind takes
    the one town that mentions of any violence in the next sentences place there ("Gunmen kidnapped a guard from a
    mine in northern Burkina Faso" / "The man was seized when armed men attacked the mine in Tambao")."""
    out = list(anchored)
    for a in anchored:
        coarse = [i for i, b in enumerate(out) if same_kind(a.candidate, b.candidate) and b.place is not None
                  and b.place.feature in ("country", "region")]
        occurrences = {(out[i].sentence.start, out[i].date_mention.start_char if out[i].date_mention else None)
                       for i in coarse}
        if len(occurrences) != 1:
            continue
        outer = out[coarse[0]].place
        inside = [(c, place) for c, place in placed_elsewhere
                  if place.feature in ("town", "other") and lies_within(place, outer)]
        towns = {place for c, place in inside if same_kind(a.candidate, c)}
        if not towns and a.candidate.word.event_type in words.cues.armed_types:
            told_next = {sent.start for sent in next_sentences(out[coarse[0]].sentence, RETELLING_REACH)}
            towns = {place for c, place in inside if c.word.event_type in words.cues.armed_types
                     and c.trigger.sent.start in told_next}
        if len(towns) == 1:
            town = towns.pop()
            for i in coarse:
                out[i] = replace(out[i], place=town, place_explicit=True)
    return out


def next_sentences(sentence: Span, count: int) -> list[Span]:
    """The `count` sentences after `sentence`, fewer at the end of the document."""
    out: list[Span] = []
    while len(out) < count and sentence.end < len(sentence.doc):
        sentence = sentence.doc[sentence.end].sent
        out.append(sentence)
    return out


def same_kind(a: Candidate, b: Candidate) -> bool:
    """Whether two mentions may tell of the same event: the same default type or the same word ("a suicide attack",
    "the attack"), or both a crowd's (a rally and the riot it turned into)."""
    crowd = {"Protests", "Riots"}
    return a.word.event_type == b.word.event_type or a.trigger.lemma_.lower() == b.trigger.lemma_.lower() \
        or {a.word.event_type, b.word.event_type} <= crowd


def named_place(candidate: Candidate, sentence: Span, mentions: Sequence[PlaceMention], body: str,
                words: Lexicon) -> Place | None:
    """The place the trigger's own clause names, or None."""
    place, _, explicit = governing_place(candidate.trigger, sentence, mentions, body, None, words)
    return place if explicit else None


def lies_within(inner: Place, outer: Place) -> bool:
    """True when `inner` is a more specific place inside `outer` (a town in a country or in a region)."""
    if inner.country != outer.country or specificity(inner) <= specificity(outer):
        return False
    return outer.feature == "country" or (outer.feature == "region" and inner.admin1 == outer.admin1)


def is_definite_event(trigger: Token, sentence: Span) -> bool:
    """True for an event noun that opens its sentence as a known one ("The ambush targeted ...")."""
    return (trigger.pos_ == "NOUN" and trigger.i - sentence.start <= 2
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trigger.children))


def retells_target(trigger: Token, told: Span) -> bool:
    """True for a verb whose object is a definite noun that the sentence of the event told before introduced ("an
    explosion ... claimed the lives of eleven passengers on a bus." / "a bomb between Bandiagara and Goundaka hit
    the bus"): the same deed, told again."""
    nouns = {t.lemma_.lower() for t in told if t.pos_ == "NOUN"}
    return trigger.pos_ == "VERB" and any(
        c.dep_ in OBJECTS | PASSIVE_SUBJECTS and c.lemma_.lower() in nouns
        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in trigger.children)


def counts_told(trigger: Token) -> bool:
    """True for a plural event noun that counts events already told ("The two attacks coincide with ...", "both
    attacks")."""
    children = list(trigger.children)
    definite = any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in children)
    return trigger.tag_ == "NNS" and (any(c.lower_ == "both" for c in children)
                                      or definite and any(c.dep_ == "nummod" for c in children))


def retells_victims(trigger: Token) -> bool:
    """True for a passive verb whose subject is a pronoun for those just spoken of ("when they were executed in
    Diabaly"): the event told before, in the next paragraph."""
    return trigger.pos_ == "VERB" and any(c.dep_ in PASSIVE_SUBJECTS and c.lower_ in RETOLD_PRONOUNS
                                          for c in trigger.children)


def is_bare_toll(candidate: Candidate, words: Lexicon) -> bool:
    """True for a passive verb of harm that someone reports and that names no one who did it ("a resident told
    the AP at least a dozen people had been killed"): the dead of the event told just before, when nothing dates
    or places it apart."""
    trigger = candidate.trigger
    return (trigger.pos_ == "VERB" and trigger.lemma_.lower() in words.cues.harm_verbs
            and any(c.dep_ == "auxpass" for c in trigger.children)
            and trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in words.cues.reporting_verbs
            and not any(c.dep_ == "agent" for t in [trigger, *trigger.conjuncts] for c in t.children)
            and not candidate.explicit_actor1)


def means_of(candidates: Sequence[Candidate]) -> str:
    """The words of a sentence's triggers and instruments, which say by what means its events were done."""
    return " ".join(f"{c.trigger_text} {c.instrument_text}".strip() for c in candidates)


def told_untimed(candidate: Candidate, sentence: Span, untimed: Sequence[Untimed], words: Lexicon) -> Untimed | None:
    """The last mention that named its actors but no date, of which a dated mention naming no actor tells again;
    else None. The dated one is an event noun that opens its sentence as a known one ("The attack took place on
    Friday") or is said only to have happened ("sources said the attack happened Monday"), the mention being of the
    same kind; or the same verb ("French and Malian troops have retaken the
    town of Diabaly ... the town was retaken Monday")."""
    if candidate.explicit_actor1:
        return None
    if is_definite_event(candidate.trigger, sentence) or tells_occurrence(candidate.trigger, words):
        told = [u for u in untimed if same_kind(u.candidate, candidate)
                or candidate.trigger.lower_ in u.means.lower().split()]
        if not told:
            return None
        # "have attacked a Malian army camp and killed an unknown number of people ... the attack took place
        # Sunday": of the last sentence that told one, the mention with the same word, else the last
        lemma = candidate.trigger.lemma_.lower()
        last = [u for u in told if u.candidate.trigger.sent.start == told[-1].candidate.trigger.sent.start]
        return ([u for u in last if u.candidate.trigger.lemma_.lower() == lemma] or last)[-1]
    if candidate.trigger.pos_ == "VERB" and has_known_target(candidate.trigger):
        lemma = candidate.trigger.lemma_.lower()
        return next((u for u in reversed(untimed) if u.candidate.trigger.lemma_.lower() == lemma), None)
    return None


def opening_tolls(candidate: Candidate, place: Place | None, source: str, opening: Sequence[Untimed],
                  words: Lexicon) -> list[Span]:
    """The sentences of the headline and the first paragraph that count the dead of the first dated event, which
    they told without a day: a report opens with the toll of the event it then dates ("An ambush on a military
    patrol killed 16 soldiers, the government said." / "The patrol was attacked by men on motorcycles on Saturday
    evening"). A mention of the same kind and of one event ("an attack", not "attacks"), with no other place."""
    if source.startswith(EARLIER_SOURCES) or source == COUNTED_BACK:
        return []
    def same_place(told: Place | None) -> bool:
        if told is None or place is None or told == place:
            return True
        return lies_within(place, told) or lies_within(told, place)
    sentences: list[Span] = []
    for u in sorted(opening, key=lambda u: u.heading):
        trigger = u.candidate.trigger
        if same_kind(u.candidate, candidate) and not of_several(trigger, words) and same_place(u.place) \
                and not is_series(trigger, trigger.sent, words) and trigger.sent not in sentences:
            sentences.append(trigger.sent)
    return sentences


def of_several(trigger: Token, words: Lexicon) -> bool:
    """True when the mention tells of several events: "attacks", "Attacks on villages have killed 30", "killed 30
    in raids"."""
    told = [trigger, *(c for c in trigger.children if c.dep_ in SUBJECTS),
            *(g for c in trigger.children if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj")]
    return any(t.tag_ in ("NNS", "NNPS") and (t is trigger or is_event_word(t, words)) for t in told)


def has_known_target(verb: Token) -> bool:
    """True when the verb's target is one already spoken of, with no count of its own: "the town was retaken",
    "the man was seized" (not "three peacekeepers were killed")."""
    return any(c.dep_ in PASSIVE_SUBJECTS | OBJECTS and not any(g.dep_ == "nummod" for g in c.children)
               and any(g.dep_ == "det" and g.lower_ in ("the", "this", "that") for g in c.children)
               for c in verb.children)


def retold(candidate: Candidate, told: Untimed) -> Candidate:
    """A dated mention with the actors of the undated one it retells and the means that one's sentence named
    ("the attack" after "has killed ... in an air attack")."""
    lead, means = told.candidate, told.means
    return replace(candidate, actor1=lead.actor1, assoc1=lead.assoc1, actor2=candidate.actor2 or lead.actor2,
                   assoc2=candidate.assoc2 or lead.assoc2, explicit_actor1=True,
                   instrument_text=" ".join(filter(None, (candidate.instrument_text, means))),
                   target_text=candidate.target_text or lead.target_text)


def follow_up(lead: Anchored, candidate: Candidate, sentence: Span, focus: str | None, words: Lexicon,
              memory: "ActorMemory") -> Anchored:
    """A mention that may say more about an event already reported: its date and place, this sentence's words."""
    candidate = settled(candidate, lead.place.country if lead.place else focus, words, memory)
    follow = replace(lead, candidate=candidate, sentence=sentence, date_source=FOLLOWUP, place_explicit=False)
    others = {t.i for t in other_deeds(candidate.trigger, sentence, words)}
    if others:  # "The attack happened in the region where 71 soldiers were killed in a December attack": not its dead
        follow = replace(follow, toll_text=words_of([t for t in sentence if t.i not in others]), own_toll_only=True)
    return follow


def other_deeds(trigger: Token, sentence: Span, words: Lexicon) -> list[Token]:
    """The tokens of relative clauses that tell violence of their own about something other than the trigger."""
    return [t for clause in sentence if clause.dep_ == "relcl" and clause.head.i != trigger.i
            and not clause.is_ancestor(trigger) and any(tells_violence(w, words) for w in clause.subtree)
            for t in clause.subtree]


FOLLOWUP = "followup"  # a mention dated and placed by the event it follows
ANAPHORIC_DETERMINERS = ("the", "this", "that", "these", "those", "its", "their", "his")
RETELLING_DAYS = 7  # how long before its telling an event told as news may be
RETOLD_PRONOUNS = ("they", "he", "she")  # the passive subject of a verb that retells what was done to them
SHORTLY_BEFORE = "clause (shortly before)"
HAD_HAPPENED = "clause (shortly before: it had happened by then)"  # "militants who had overrun a camp": another deed
COUNTED_BACK = "counted back from the event it precedes"  # "comes days after the attack on Kati"
LAPSED = "clause, a lapse"  # "days after ...": an earlier event, dated back from the verb above it
TELLING = "clause (the day of the telling)"  # how an event dated only by the verb of saying is dated
EARLIER_SOURCES = (LAPSED, HAD_HAPPENED)  # another event, dated before the day its sentence names
OTHER_TIME = "the clause's time is not an event date"  # why a mention dated to another time has no event date
# "later that evening", "earlier the same day": the day the report told last
SAME_DAY = re.compile(r"\b(?:[Ll]ater|[Ee]arlier) (?:that|the same) (?:day|evening|night|morning|afternoon)\b")


def told_before(candidate: Candidate, earlier: list[Anchored], words: Lexicon) -> Anchored | None:
    """The act of violence an event noun with a definite or possessive determiner refers back to ("the attack",
    "their attack", "this massacre", "Tuesday's attack"): the last event of the same kind reported before it, or None. Not for
    strategic developments: "the French withdrawal" in a later paragraph is as often a new one as the old."""
    trigger = candidate.trigger
    if candidate.word.event_type not in words.cues.armed_types:
        return None
    if retells_victims(trigger):
        # "They were kidnapped on Friday by men believed to be MFDC members": the victims just spoken of, and so
        # the event just told
        return next((a for a in reversed(earlier) if a.sentence.start < trigger.sent.start
                     and same_kind(a.candidate, candidate)), None)
    if trigger.pos_ != "NOUN" or not any(c.dep_ in ("det", "poss") and c.lower_ in ANAPHORIC_DETERMINERS
                                         or c.dep_ == "poss" and c.ent_type_ == "DATE" for c in trigger.children):
        return None  # "the attack", "their attack", "Tuesday's attack"
    generic = trigger.lemma_.lower() in words.cues.generic_violence  # "the attack" retells a massacre or an ambush
    return next((a for a in reversed(earlier) if a.sentence.start < trigger.sent.start
                 and (same_kind(a.candidate, candidate)
                      or refined(a.candidate, words)[0] == candidate.word.event_type  # "hit a mine" / "the blast"
                      or (generic and a.candidate.word.event_type in words.cues.armed_types))), None)


def retells(referent: Anchored, when: list[DateMention], source: str) -> bool:
    """True when a definite mention with a day of its own is the event told before: "the attack happened on
    Sunday" gives an earlier day to an event only the day of its telling dated, or repeats the day it has."""
    if len(when) != 1 or not source.startswith("clause") or source.startswith(TELLING) \
            or referent.date_mention is None:
        return False
    told, own = referent.date_mention.value, when[0].value
    if told is None or own is None:
        return False
    if referent.date_source.startswith(TELLING):
        # a few days before its telling, not "the kidnapping ... in October 2016"
        return own.end <= told.end and (told.end - own.end).days <= RETELLING_DAYS
    return told.start <= own.start and own.end <= told.end


def corrected(a: Anchored, when: DateMention, source: str, place: Place | None) -> Anchored:
    """An event with the day (and place, when given) that a later mention of it tells, unless it had its own."""
    told, own = (a.date_mention.value if a.date_mention else None), when.value
    finer = told is not None and own is not None and told.start <= own.start and own.end <= told.end \
        and (own.end - own.start) < (told.end - told.start)
    if a.date_source.startswith(TELLING) or finer:  # "killed this weekend" / "The first attack ... on Saturday"
        a = replace(a, date_mention=when, date_source=source)
    sharper = place is not None and a.place is not None and place.feature in ("town", "other") \
        and a.place.feature in ("region", "country", "river") and place.country == a.place.country
    if place is not None and (not a.place_explicit or a.place is None or lies_within(place, a.place) or sharper):
        a = replace(a, place=place, place_explicit=True)  # "in Casamance" ... "in the village of Bignona"
    return a


def only_guessed(lead: Anchored, candidate: Candidate, sentence: Span, body: str,
                 mentions: Sequence[PlaceMention]) -> bool:
    """True when the place of the event just told was only guessed from its context, and the definite mention that
    follows may give it ("On Thursday, soldiers were killed in an ambush." / "The attack took place near the Menaka
    region"); not for one of several ("The second attack took place in Kolobougou"), nor when the event's own
    paragraph names its place ("This attack, on the road between Bandiagara and Bankass")."""
    opened_at = paragraph_start(body, lead.sentence)
    return not lead.place_explicit and is_definite_event(candidate.trigger, sentence) \
        and not any(m.place == lead.place and paragraph_of(body, m.start_char) == opened_at for m in mentions) \
        and not any(c.ent_type_ == "ORDINAL" or c.lower_ in ("other", "another", "same")
                    for c in candidate.trigger.children)


def followed(previous: list[Anchored]) -> Anchored | None:
    """The event an undated sentence right after it may elaborate ("The militants overran the base, ..."):
    the previous sentence's only event date, else None."""
    dates = {a.date_mention.start_char for a in previous if a.date_mention}
    return previous[0] if len(dates) == 1 else None


def merge_in_document(events: list[Event], others: frozenset | set = frozenset(),
                      names: Callable[[str], bool] = lambda actor: False) -> list[Event]:
    """Events sharing day, place, actor pair and type are one event; their sentences all become evidence. An
    event its text calls another ("another, smaller-scale attack had taken place on Monday in Gayeri") is none
    told before it; `others` holds such events' `mention_key`. An unknown attacker becomes the group another
    mention names, when `names` accepts it ("Islamic extremists" / "Fighters linked to AQIM attacked the city")."""
    kept: list[Event] = []
    pending = list(events)

    def another(later: Event, earlier: Event) -> bool:
        # and an event counted back from another ("came days after 17 soldiers were killed") is not that one
        counted = (later.date_source == COUNTED_BACK) != (earlier.date_source == COUNTED_BACK)
        return counted or (mention_key(later) in others and later.char_start >= earlier.char_start)

    while pending:  # a merged event may now be the twin of one kept before it: it goes round again
        event = pending.pop(0)
        twin = next((k for k in kept if same_occurrence(k, event)
                     and not another(event, k) and not another(k, event)), None)
        if twin is None:
            kept.append(event)
        else:
            lead = twin if absorbs(twin, event) else event if absorbs(event, twin) else None
            kept.remove(twin)
            pending.insert(0, merged_pair(twin, event, lead=lead, names=names))
    return sorted(kept, key=lambda e: e.char_start)  # in the order of first mention


def absorbs(attack: Event, part: Event) -> bool:
    """True when `part` tells a piece of the attack on civilians `attack` ("Armed men stormed the town" / "Houses
    were burned" / "At least three civilians were killed in the village"): a fight with no other side named, or
    the destruction and looting done in it, the same day and place by the same or unknown attackers (ACLED codes
    them as the one attack). The day and place may also be those one of them tells more exactly ("Nineteen
    civilians were killed when armed men raided a village, an official said on Sunday" / "an attack by armed men
    in the village of Gaigorou on Saturday evening")."""
    if attack.event_type != VIOLENCE_AGAINST_CIVILIANS or attack.sub_event_type != "Attack":
        return False
    retold = attack.event_date != part.event_date and (sharpens(attack, part) or sharpens(part, attack))
    if (attack.event_date, attack.location) != (part.event_date, part.location) and not retold:
        return False
    unknown = {"", UNIDENTIFIED}
    if not (part.actor1 in unknown or attack.actor1 in unknown or part.actor1 == attack.actor1):
        return False
    one_sided_fight = part.event_type == "Battles" and part.sub_event_type == "Armed clash" and not part.actor2
    return one_sided_fight or part.sub_event_type == DESTRUCTION


def merged_pair(twin: Event, event: Event, lead: Event | None = None,
                names: Callable[[str], bool] = lambda actor: False) -> Event:
    """One event from two mentions of it: the better-ranked (or the given) leads, the other adds evidence, actors
    and deaths. Where the lead's initiator is unknown, one that `names` accepts from the other mention is taken
    ("gunmen abducted 12 deminers" / "they were kidnapped by men believed to be members of the MFDC")."""
    lead = lead or (twin if rank(twin) >= rank(event) else event)
    other = event if lead is twin else twin
    first = min((twin, event), key=lambda e: e.char_start)
    if sharpens(other, lead):  # the exact place and day of the two
        # (a follow-up's day is only that of the event it followed: "those killed in the attacks", after Sunday's)
        dated = other if other.date_source != FOLLOWUP else lead
        lead = replace(lead, event_date=dated.event_date, date_end=dated.date_end,
                       time_precision=dated.time_precision, date_source=dated.date_source,
                       location=other.location, admin1=other.admin1,
                       country=other.country, latitude=other.latitude, longitude=other.longitude,
                       geo_precision=other.geo_precision)
    actor1 = lead.actor1 if lead.actor1 not in ("", UNIDENTIFIED) else next(
        (a for a in (twin.actor1, event.actor1) if a not in ("", UNIDENTIFIED, lead.actor2) and names(a)),
        twin.actor1 or event.actor1)
    # "a clash between a militia group and a separatist organization" / "... between GATIA and the CMA": the side
    # one mention names, over the one it leaves unidentified
    actor2 = next((a for a in (lead.actor2, twin.actor2, event.actor2) if a not in ("", UNIDENTIFIED, actor1)),
                  lead.actor2 or twin.actor2 or event.actor2)
    return replace(
        lead,
        actor1=actor1,
        evidence=twin.evidence + tuple(s for s in event.evidence if s not in twin.evidence),
        fatalities=twin.fatalities if event.sentence in twin.evidence and twin.fatalities is not None
        else fatalities.combined_toll(twin.fatalities, twin.sentence, event.fatalities, event.sentence),  # once
        actor2=actor2,
        claim=twin.claim and event.claim,
        confidence=max(twin.confidence, event.confidence),
        # where the event is first told, whichever of the two was kept first
        char_start=first.char_start, char_end=first.char_end, sentence=first.sentence,
    )


def same_occurrence(a: Event, b: Event) -> bool:
    """Same day and place, compatible actors, and the same type — or an air strike inside a battle there
    (ANNOTATION.md: it belongs to the battle). A report that first places or dates an event loosely and then
    exactly ("in Ivory Coast on Thursday" / "Thursday's attack at Kafolo") tells of one event. A sentence's event
    and the earlier one its "days after ..." clause tells are two."""
    if a.char_start == b.char_start and is_lapsed(a) != is_lapsed(b):
        return False
    if absorbs(a, b) or absorbs(b, a):
        return True
    if not (a.event_date == b.event_date and a.location == b.location) and not (
            (sharpens(a, b) or sharpens(b, a))
            and (a.sub_event_type == b.sub_event_type or unplaced_fight(a, b) or unplaced_fight(b, a))):
        return False
    types = {a.event_type, b.event_type}
    if a.event_type != b.event_type and types != {"Battles", "Explosions/Remote violence"}:
        return False
    if {a.sub_event_type, b.sub_event_type} == {"Attack", ABDUCTION}:
        return False  # "they kidnapped two Chinese nationals ... then attacked a gold-panning site": two deeds
    unknown = {"", UNIDENTIFIED}
    if a.actor1 in unknown or b.actor1 in unknown:
        return True
    pair_a, pair_b = {a.actor1, a.actor2} - {""}, {b.actor1, b.actor2} - {""}
    return bool(pair_a & pair_b) and (a.event_type == b.event_type or a.actor1 == b.actor1 or a.actor1 == b.actor2)


def unplaced_fight(coarse: Event, fine: Event) -> bool:
    """True when `coarse` is fighting with no other side named, told only in the country or region where `fine`, a
    battle of the same day, is placed in a town ("seized the town of Menaka after fierce fighting" / "confirmed that
    fighting broke out on Monday morning")."""
    return coarse.event_type == fine.event_type == "Battles" and coarse.sub_event_type == "Armed clash" \
        and not coarse.actor2 and sharpens(fine, coarse)


def mention_key(event: Event) -> tuple:
    """What tells apart the events one sentence gave before any merging: where, by which word, dated how."""
    return event.char_start, event.trigger, event.date_source, event.event_date


def is_lapsed(event: Event) -> bool:
    return (event.date_source or "").startswith(LAPSED)


def sharpens(fine: Event, coarse: Event) -> bool:
    """True when `fine` says more exactly when or where `coarse` happened, and nowhere contradicts it: its place is
    the same or a town inside the country `coarse` names (or inside its region, when `coarse` gives no more than a
    week or month: a region may see two fights in a day), its day the same or inside the week or month `coarse`
    gives, or in the week before the day `coarse` was told, when only its telling dated it."""
    same_place = fine.location == coarse.location
    # (or a mention dated only by the sentences before it: "The attack took place in ... Segou Region on Tuesday.
    # Armed assailants stormed the village of Farabougou")
    loose_date = (coarse.time_precision or 1) > (fine.time_precision or 1) \
        or fine.date_source in (FOLLOWUP, "paragraph")
    inside = coarse.geo_precision == 3 and fine.geo_precision in (1, 2) and fine.country == coarse.country \
        and (coarse.location == coarse.country or (fine.admin1 == coarse.admin1 and loose_date))
    if not (same_place or inside) or fine.event_date is None or coarse.event_date is None:
        return False
    if fine.event_date == coarse.event_date:
        return not same_place
    if coarse.date_source == TELLING and not fine.date_source.startswith(TELLING):
        # "Thirteen people died when jihadists attacked a village, officials said on Wednesday" / "Gunmen attacked
        # the village of Yirgou on Tuesday": the day of the telling stood in for the day the body gives. Not for a
        # party's claims, each dated by its making ("JNIM claimed on 8 March ... an earlier claim of 1 March")
        return not (coarse.claim or fine.claim) and 0 < (coarse.event_date - fine.event_date).days <= RETELLING_DAYS
    reach = {2: 3, 3: 16}.get(coarse.time_precision or 1)
    # two days named ("on Friday and Saturday") say more than a week's middle day ("late last week")
    named_days = fine.time_precision == coarse.time_precision == 2 and fine.date_end is not None \
        and coarse.date_end is None
    return reach is not None and ((fine.time_precision or 1) < (coarse.time_precision or 1) or named_days) \
        and abs((fine.event_date - coarse.event_date).days) <= reach


def same_violence(a: Event, b: Event, armed: frozenset[str]) -> bool:
    """Acts of violence of the same day and place, whatever their types: what a follow-up may join."""
    return a.event_date == b.event_date and a.location == b.location and {a.event_type, b.event_type} <= armed


def rank(event: Event) -> tuple:
    """Which of two mentions of one event leads: a battle over its air strikes, then the better-argued one."""
    specific_means = event.event_type == "Explosions/Remote violence" and event.sub_event_type != AIR_STRIKE
    territory = event.event_type == "Battles" and event.sub_event_type != "Armed clash"  # a base overrun
    # a battle absorbs the strikes inside it, but a bare "a strike hit" with no parties is not a battle
    battle = event.event_type == "Battles" and (event.actor1 not in ("", UNIDENTIFIED) or bool(event.actor2))
    return (specific_means, territory, battle, event.actor1 not in ("", UNIDENTIFIED), bool(event.actor2),
            -event.char_start)




def undated_mention(doc_id: str, c: Candidate, sentence: Span, reason: str) -> UndatedMention:
    return UndatedMention(doc_id, c.word.event_type, c.word.sub_event_type, c.actor1, c.actor2, c.trigger_text,
                          sentence.text.strip(), sentence.start_char, sentence.end_char, reason)
