"""Shared fixtures: the spaCy pipeline (with our entity ruler) and the place resolver are loaded once per test session."""

import pytest


@pytest.fixture(scope="session")
def loaded_nlp():
    from pipeline.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def resolver(tmp_path_factory):
    """The resolver over the built gazetteer (built into a temporary file when `make` has not built it)."""
    from pipeline.gazetteer import DEFAULT_DB, Gazetteer, build
    from pipeline.places import Resolver

    db = DEFAULT_DB if DEFAULT_DB.is_file() else build(db=tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite")
    return Resolver(Gazetteer(db))
