"""Shared fixtures: the spaCy pipeline (with our entity ruler) is loaded once per test session."""

import pytest


@pytest.fixture(scope="session")
def loaded_nlp():
    from pipeline.nlp import load_nlp

    return load_nlp()
