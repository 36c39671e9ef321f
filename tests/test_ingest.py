"""Ingest: articles from text, JSON Lines and HTML; specific errors for broken files; no recursion."""

from datetime import date

import pytest

from pipeline.ingest import deduplicate, parse_file, read_corpus
from pipeline.records import Article

FRONT = b"---\ntitle: Attack\npublished: 2023-09-19\n---\nBody line one.\n"


def test_ingest_front_matter_and_body_offsets():
    [article], errors = parse_file("a.txt", FRONT)
    assert errors == []
    assert article.doc_id == "a"
    assert article.title == "Attack"
    assert article.published == date(2023, 9, 19)
    assert article.body == "Body line one.\n"


def test_ingest_without_front_matter_the_whole_file_is_the_body():
    [article], _ = parse_file("b.md", "Gunmen attacked Bourem.\n".encode())
    assert article.body == "Gunmen attacked Bourem.\n"
    assert article.published is None


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n", "empty"),
    ("binary.txt", b"\x89PNG\x00\x00\x01", "binary"),
    ("latin1.txt", "Léré".encode("latin-1"), "not valid UTF-8"),
    ("unclosed.txt", b"---\ntitle: x\nbody without closing line\n", "never closed"),
    ("badyaml.txt", b"---\ntitle: [unclosed\n---\nbody\n", "not valid YAML"),
    ("notmap.txt", b"---\n- a list\n---\nbody\n", "must be a mapping"),
    ("baddate.txt", b"---\npublished: next tuesday\n---\nbody\n", "not an ISO date"),
    ("nobody.txt", b"---\ntitle: x\n---\n\n", "no body"),
])
def test_ingest_broken_files_give_specific_reasons(name, data, reason):
    articles, errors = parse_file(name, data)
    assert articles == []
    assert len(errors) == 1 and reason in errors[0].reason


def test_ingest_jsonl_bad_line_does_not_stop_the_others():
    data = b'{"id": "x1", "text": "One.", "published": "2023-01-02"}\nnot json\n{"title": "no text"}\n{"text": "Two."}\n'
    articles, errors = parse_file("batch.jsonl", data)
    assert [a.doc_id for a in articles] == ["x1", "batch:4"]
    assert articles[0].published == date(2023, 1, 2)
    assert ["invalid JSON" in e.reason for e in errors] == [True, False]
    assert "'text' is missing" in errors[1].reason


def test_ingest_html_body_title_and_date():
    html = (b"<html><head><title>Raid on Gao</title><meta property='article:published_time' content='2023-09-08T10:00'>"
            b"</head><body><nav>menu</nav><p>Militants attacked Gao.</p><script>x()</script><p>Two died.</p></body></html>")
    [article], _ = parse_file("page.html", html)
    assert article.title == "Raid on Gao"
    assert article.published == date(2023, 9, 8)
    assert article.body == "Militants attacked Gao.\n\nTwo died."


def test_ingest_deduplicates_same_body_and_same_id():
    a = Article("a", "Same  body.")
    b = Article("b", "same body.")
    c = Article("a", "Other body.")
    kept, dropped = deduplicate([a, b, c])
    assert kept == [a]
    assert "duplicate of a" in dropped[0].reason
    assert "already has this doc_id" in dropped[1].reason


def test_ingest_reads_folder_without_recursion_and_reports_broken_file(tmp_path):
    (tmp_path / "good.txt").write_bytes(FRONT)
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "notes.csv").write_text("ignored")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "events.jsonl").write_text('{"text": "must not be read"}\n')
    corpus = read_corpus(tmp_path)
    assert [a.doc_id for a in corpus.articles] == ["good"]
    assert [(e.doc_id, "binary" in e.reason) for e in corpus.errors] == [("broken", True)]


def test_ingest_infers_missing_publication_date_and_flags_it(tmp_path):
    (tmp_path / "x.txt").write_text("Gunmen attacked a village.")
    corpus = read_corpus(tmp_path, infer_date=lambda text: date(2024, 1, 5))
    assert corpus.articles[0].published == date(2024, 1, 5)
    assert corpus.articles[0].published_inferred is True
