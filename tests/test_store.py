"""Store: layers are written atomically and read back into the same records."""

from datetime import date

import pytest

from pipeline.errors import StageInputMissing
from pipeline.records import DateMention, PlaceMention, Place, TimeValue
from pipeline.store import from_jsonable, layer_dir, require_layer, to_jsonable, write_jsonl, writing_layer


def test_store_records_round_trip_through_json():
    mention = DateMention("d", "13/09", 3, 8, 0, TimeValue(date(2023, 9, 13), date(2023, 9, 13), "day", "point"))
    place = PlaceMention("d", "Gao", 0, 3, 1, Place("Gao", "town", "Gao", "Mali", 16.27, -0.04, 2457163, 1))
    assert from_jsonable(DateMention, to_jsonable(mention)) == mention
    assert from_jsonable(PlaceMention, to_jsonable(place)) == place


def test_store_interrupted_layer_leaves_previous_layer_intact(tmp_path):
    with writing_layer(tmp_path, "dates") as folder:
        write_jsonl(folder / "dates.jsonl", [{"n": 1}])
    with pytest.raises(KeyboardInterrupt):
        with writing_layer(tmp_path, "dates") as folder:
            write_jsonl(folder / "dates.jsonl", [{"n": 2}])
            raise KeyboardInterrupt
    final = require_layer(tmp_path, "dates", "dates")
    assert (final / "dates.jsonl").read_text() == '{"n": 1}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["04_dates"]  # no temporary folder left behind


def test_store_missing_layer_names_the_command(tmp_path):
    with pytest.raises(StageInputMissing, match="newsevents events"):
        require_layer(tmp_path, "events", "events")
    layer_dir(tmp_path, "events").mkdir()  # a folder without its manifest is not trusted
    with pytest.raises(StageInputMissing):
        require_layer(tmp_path, "events", "events")
