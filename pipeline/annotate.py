"""Annotate: articles through spaCy (with our entity ruler), giving docs, sentences and entity mentions."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .records import Article, Mention, Sentence

# spaCy labels kept as mentions besides our own ACTOR and PLACE
KEPT_LABELS = {"ACTOR", "PLACE", "GPE", "LOC", "FAC", "ORG", "NORP", "PERSON", "DATE", "CARDINAL"}


def run(articles: Iterable[Article], nlp: Language, batch_size: int = 4) -> Iterator[tuple[Article, Doc]]:
    """Each article with its parsed doc, in input order."""
    articles = list(articles)
    docs = nlp.pipe((a.body for a in articles), batch_size=batch_size)
    yield from zip(articles, docs)


def sentences_of(doc_id: str, doc: Doc) -> list[Sentence]:
    return [
        Sentence(doc_id, i, s.start_char, s.end_char, s.text) for i, s in enumerate(doc.sents)
    ]


def mentions_of(doc_id: str, doc: Doc) -> list[Mention]:
    """Entities of the doc as mentions; `source` says whether our ruler or the statistical model found them."""
    starts = [s.start for s in doc.sents]
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in KEPT_LABELS:
            continue
        sentence = sentence_index(starts, ent.start)
        ruler = ent.label_ in ("ACTOR", "PLACE")
        mentions.append(Mention(doc_id, ent.text, ent.start_char, ent.end_char, ent.label_, sentence,
                                kb_id=ent.ent_id_ if ruler else "", source="ruler" if ruler else "ner"))
    return mentions


def sentence_index(sentence_starts: list[int], token_index: int) -> int:
    """Index of the sentence holding a token, from the sorted token starts of the sentences."""
    return bisect_right(sentence_starts, token_index) - 1
