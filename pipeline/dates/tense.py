"""The tense of the clause that governs a date expression: future for "will", "planned to", "must ... by"."""

from __future__ import annotations

from pipeline.dates.vocab import load_vocab

_PAST_TAGS = ("VBD", "VBN")


def clause_tense(doc, start: int, end: int) -> str | None:
    """A parsed doc and a char span -> "future", "past" or None, read from the verb that governs the span."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = _governing_verb(span.root)
    if verb is None:
        return None
    vocab = load_vocab()
    chain = _verb_chain(verb)
    if any(_has_aux(token, vocab.future_auxiliaries) for token in chain):
        return "future"
    if any(token.lemma_.lower() in vocab.future_verbs for token in chain[1:]):
        return "future"  # the date's verb is the complement of "planned", "expected"
    if verb.lemma_.lower() in vocab.future_verbs and any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return "future"  # "is scheduled for", "are due on"
    if verb.tag_ in _PAST_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children):
        return "past"
    return None


def _governing_verb(token):
    """The nearest verb at or above a token in the dependency tree."""
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _verb_chain(verb):
    """The verb and the verbs it is the open complement of ("planned" in "is planned to take place")."""
    chain = [verb]
    while verb.dep_ in ("xcomp", "ccomp") and verb.head is not verb and len(chain) < 3:
        verb = verb.head
        chain.append(verb)
    return chain


def _has_aux(token, words: frozenset[str]) -> bool:
    return any(child.dep_ in ("aux", "auxpass") and child.lower_ in words for child in token.children)
