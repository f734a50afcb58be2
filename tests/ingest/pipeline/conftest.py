"""Fixtures for the pure ingest pipeline tests: no Django, no database, no cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ingest.pipeline.outlets import OutletProfile, load_default_profiles

REPO_ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def _empty_cache():
    """Override the suite-wide cache fixture: these tests never touch Django's cache."""


@pytest.fixture(scope="session")
def profiles() -> tuple[OutletProfile, ...]:
    return load_default_profiles()


def corpus_dir() -> Path:
    """The seed corpus: $CORPUS, else ../shared/seeds beside the repository."""
    configured = os.environ.get("CORPUS")
    folder = Path(configured) if configured else REPO_ROOT.parent / "shared" / "seeds"
    if not folder.is_absolute():
        folder = (REPO_ROOT / folder).resolve()
    return folder
