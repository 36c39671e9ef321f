"""The one place that reads and writes pipeline layers: numbered folders of JSON Lines, written atomically.

A layer is built in a temporary sibling folder and renamed into place only when every file in it is complete,
with a `_manifest.json` written last; a reader trusts a layer only when its manifest is there. An interrupted
run therefore leaves either the previous complete layer or none, never a half-written one.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import types
import typing
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields, is_dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

from .errors import StageInputMissing

T = TypeVar("T")

LAYERS = {
    "articles": "01_articles",
    "docs": "02_docs",
    "mentions": "03_mentions",
    "dates": "04_dates",
    "places": "05_places",
    "events": "06_events",
    "tables": "07_tables",
    "metrics": "08_metrics",
}
MANIFEST = "_manifest.json"


def layer_dir(out: Path, layer: str) -> Path:
    return Path(out) / LAYERS[layer]


@contextmanager
def writing_layer(out: Path, layer: str, stage_info: dict | None = None) -> Iterator[Path]:
    """Yield a temporary folder to fill; on success it replaces the layer, on error it is removed."""
    final = layer_dir(out, layer)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.", dir=final.parent))
    try:
        yield tmp
        manifest = {
            "layer": final.name,
            "files": sorted(p.name for p in tmp.iterdir()),
            "written": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            **(stage_info or {}),
        }
        write_text(tmp / MANIFEST, json.dumps(manifest, indent=1))
        swap_into_place(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def swap_into_place(tmp: Path, final: Path) -> None:
    """Rename a finished temporary folder over the layer; the old layer is removed only afterwards."""
    old = None
    if final.exists():
        old = final.with_name(f".{final.name}.old-{os.getpid()}")
        os.replace(final, old)
    os.replace(tmp, final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def require_layer(out: Path, layer: str, command: str) -> Path:
    """The layer's folder, or a StageInputMissing that names the command producing it."""
    folder = layer_dir(out, layer)
    if not (folder / MANIFEST).is_file():
        raise StageInputMissing(
            f"{folder} is missing or incomplete; run `newsevents {command} --out {out}` first"
        )
    return folder


def write_text(path: Path, text: str) -> None:
    """Write a file atomically (temporary file in the same folder, then rename)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_jsonl(path: Path, records: Iterable[Any]) -> int:
    lines = [json.dumps(to_jsonable(r), ensure_ascii=False) for r in records]
    write_text(path, "".join(line + "\n" for line in lines))
    return len(lines)


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read_records(path: Path, cls: type[T]) -> list[T]:
    return [from_jsonable(cls, row) for row in read_jsonl(path)]


def to_jsonable(value: Any) -> Any:
    """Dataclasses, dates and tuples to plain JSON values."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value


def from_jsonable(cls: type[T], row: dict) -> T:
    """Rebuild a (possibly nested) record dataclass from its JSON form, using its type hints."""
    hints = typing.get_type_hints(cls)
    kwargs = {f.name: convert(hints[f.name], row[f.name]) for f in fields(cls) if f.name in row}
    return cls(**kwargs)


def convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return convert(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        (item, *_rest) = typing.get_args(hint)
        return tuple(convert(item, v) for v in value)
    if hint is date:
        return date.fromisoformat(value)
    if is_dataclass(hint):
        return from_jsonable(hint, value)
    return value
