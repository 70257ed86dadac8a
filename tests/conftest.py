"""Shared fixtures: the real seed corpus, loaded once per test session."""
from pathlib import Path

import pytest

import helpers

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_b4574a547f6afe6f.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed():
    return helpers.load_corpus()
