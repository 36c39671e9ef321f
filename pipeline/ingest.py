"""Ingest: a corpus folder becomes articles, and every file that cannot become one becomes an error row.

Reading files is this module's edge (`read_corpus`); parsing one file's bytes into articles is pure
(`parse_file`), so it can be tested on bytes alone. A corpus is read without recursion.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from .errors import ArticleUnreadable
from .records import Article, ArticleError, Corpus

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md"}
JSONL_SUFFIXES = {".jsonl"}
HTML_SUFFIXES = {".html", ".htm"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
METADATA_KEYS = ("title", "source", "url", "published")
# HTML meta tags that carry a publication date, most specific first
HTML_DATE_META = ("article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date")

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def read_corpus(folder: Path, infer_date: Callable[[str], date | None] | None = None) -> Corpus:
    """Read every article file directly inside `folder` (no recursion) and de-duplicate them.

    Files with other suffixes are ignored with a log line; hidden files are skipped.
    `infer_date` fills `published` for articles without one (flagged `published_inferred`).
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ArticleUnreadable(f"corpus folder {folder} does not exist or is not a folder")
    articles: list[Article] = []
    errors: list[ArticleError] = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or not path.is_file():
            continue
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            log.info("skipping %s: not an article file (%s)", path, ", ".join(sorted(ARTICLE_SUFFIXES)))
            continue
        parsed, failed = parse_file(path.name, path.read_bytes())
        articles.extend(replace(a, path=str(path)) for a in parsed)
        errors.extend(replace(e, path=str(path)) for e in failed)
    kept, duplicates = deduplicate(articles)
    if infer_date is not None:
        kept = [with_inferred_date(a, infer_date) for a in kept]
    return Corpus(articles=tuple(kept), errors=tuple(errors) + tuple(duplicates))


def parse_file(name: str, data: bytes) -> tuple[list[Article], list[ArticleError]]:
    """Parse one file's bytes by its suffix into articles, or errors that say what is wrong."""
    suffix = Path(name).suffix.lower()
    doc_id = Path(name).stem
    try:
        text = decode(name, data)
        if suffix in JSONL_SUFFIXES:
            return parse_jsonl(name, text)
        if suffix in HTML_SUFFIXES:
            return [parse_html(doc_id, text)], []
        return [parse_text(doc_id, text)], []
    except ArticleUnreadable as err:
        return [], [ArticleError(path=name, doc_id=doc_id, stage="ingest", reason=str(err))]


def decode(name: str, data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM); refuse empty, binary and undecodable input."""
    if not data.strip():
        raise ArticleUnreadable(f"{name}: the file is empty")
    if b"\x00" in data[:4096]:
        raise ArticleUnreadable(f"{name}: binary content (NUL bytes), not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleUnreadable(
            f"{name}: not valid UTF-8 at byte {err.start} ({err.reason}); re-save the file as UTF-8"
        ) from None


def parse_text(doc_id: str, text: str) -> Article:
    """A text article: optional YAML front matter between two `---` lines, then the body."""
    meta: dict = {}
    body = text
    match = FRONT_MATTER.match(text)
    if match:
        meta = load_front_matter(doc_id, match.group(1))
        body = text[match.end():]
    elif text.startswith("---"):
        raise ArticleUnreadable(f"{doc_id}: front matter opened with '---' is never closed by a '---' line")
    return make_article(doc_id, body, meta, "text")


def load_front_matter(doc_id: str, block: str) -> dict:
    try:
        meta = yaml.safe_load(block)
    except yaml.YAMLError as err:
        where = getattr(err, "problem_mark", None)
        line = f" at line {where.line + 2}" if where else ""
        raise ArticleUnreadable(f"{doc_id}: front matter is not valid YAML{line}: {getattr(err, 'problem', err)}") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise ArticleUnreadable(f"{doc_id}: front matter must be a mapping of keys to values, got {type(meta).__name__}")
    return meta


def parse_jsonl(name: str, text: str) -> tuple[list[Article], list[ArticleError]]:
    """One article per JSON line; a bad line is an error of its own and the other lines go on."""
    articles, errors = [], []
    stem = Path(name).stem
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        fallback_id = f"{stem}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ArticleUnreadable(f"{name} line {number}: expected a JSON object, got {type(record).__name__}")
            if not isinstance(record.get("text"), str):
                raise ArticleUnreadable(f"{name} line {number}: the required string field 'text' is missing")
            doc_id = str(record.get("id") or fallback_id)
            articles.append(make_article(doc_id, record["text"], record, "jsonl"))
        except json.JSONDecodeError as err:
            errors.append(ArticleError(name, fallback_id, "ingest", f"{name} line {number}: invalid JSON ({err.msg})"))
        except ArticleUnreadable as err:
            errors.append(ArticleError(name, fallback_id, "ingest", str(err)))
    return articles, errors


def parse_html(doc_id: str, text: str) -> Article:
    """The readable body of an HTML page (paragraphs and headings), its <title> and publication meta tags."""
    soup = BeautifulSoup(text, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form"]):
        tag.decompose()
    meta: dict = {}
    if soup.title and soup.title.string:
        meta["title"] = soup.title.string.strip()
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        if key in HTML_DATE_META and "published" not in meta and tag.get("content"):
            meta["published"] = tag["content"].strip()[:10]
        if key == "og:site_name" and tag.get("content"):
            meta["source"] = tag["content"].strip()
        if key == "og:url" and tag.get("content"):
            meta["url"] = tag["content"].strip()
    blocks = soup.find_all(["h1", "h2", "h3", "p", "li", "blockquote"])
    body = "\n\n".join(b.get_text(" ", strip=True) for b in blocks if b.get_text(strip=True))
    if not body:
        body = soup.get_text("\n", strip=True)
    return make_article(doc_id, body, meta, "html")


def make_article(doc_id: str, body: str, meta: dict, input_format: str) -> Article:
    if not body.strip():
        raise ArticleUnreadable(f"{doc_id}: the article has no body text")
    return Article(
        doc_id=doc_id,
        body=body,
        title=optional_text(meta.get("title")),
        source=optional_text(meta.get("source")),
        url=optional_text(meta.get("url")),
        published=parse_published(doc_id, meta.get("published")),
        input_format=input_format,
    )


def parse_published(doc_id: str, value) -> date | None:
    """`published` as a date: a YAML date, an ISO date or an ISO timestamp; anything else is an error."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ArticleUnreadable(
            f"{doc_id}: published date {value!r} is not an ISO date (write it as YYYY-MM-DD)"
        ) from None


def optional_text(value) -> str | None:
    return None if value is None or str(value).strip() == "" else str(value).strip()


def deduplicate(articles: Iterable[Article]) -> tuple[list[Article], list[ArticleError]]:
    """Keep the first article of each body (white space folded) and of each doc_id; report the others."""
    seen_body: dict[str, str] = {}
    seen_id: set[str] = set()
    kept, dropped = [], []
    for article in articles:
        key = hashlib.sha1(" ".join(article.body.split()).casefold().encode()).hexdigest()
        if article.doc_id in seen_id:
            reason = f"{article.doc_id}: another article already has this doc_id; rename one of the files"
        elif key in seen_body:
            reason = f"{article.doc_id}: duplicate of {seen_body[key]} (same body text)"
        else:
            seen_id.add(article.doc_id)
            seen_body[key] = article.doc_id
            kept.append(article)
            continue
        dropped.append(ArticleError(article.path, article.doc_id, "ingest", reason))
    return kept, dropped


def with_inferred_date(article: Article, infer_date: Callable[[str], date | None]) -> Article:
    if article.published is not None:
        return article
    inferred = infer_date(article.body)
    return replace(article, published=inferred, published_inferred=inferred is not None)
