"""Throughput and memory of the pipeline on the corpus: prints figures, asserts nothing.

    .venv/bin/python benchmarks/throughput.py [CORPUS] [--repeat N]

Times each stage over the corpus (model loading reported apart) and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from pipeline import runner
from pipeline.nlp import load_nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", default="corpus/articles", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    load_nlp()
    print(f"model load: {time.perf_counter() - started:.2f} s")
    stages = (("ingest", lambda out: runner.run_ingest(args.corpus, out)), ("annotate", runner.run_annotate),
              ("dates", runner.run_dates), ("places", runner.run_places), ("events", runner.run_events),
              ("tables", runner.run_tables))
    totals = {name: 0.0 for name, _ in stages}
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as out:
            for name, stage in stages:
                t0 = time.perf_counter()
                stage(Path(out))
                totals[name] += time.perf_counter() - t0
    articles = runner.load_articles_from_corpus(args.corpus)
    words = sum(len(a.body.split()) for a in articles)
    total = sum(totals.values()) / args.repeat
    for name, seconds in totals.items():
        print(f"{name:>9}: {seconds / args.repeat:.3f} s")
    print(f"    total: {total:.3f} s for {len(articles)} articles, {words} words "
          f"({len(articles) / total:.1f} articles/s, {words / total:.0f} words/s)")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
