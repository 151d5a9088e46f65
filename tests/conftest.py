"""Shared pytest fixtures: paths to the project, its seeds and the development corpora."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: ../shared beside the checkout, or wherever CLEANWIRE_SHARED points.
SHARED = Path(os.environ.get("CLEANWIRE_SHARED", ROOT.parent / "shared"))


def _corpus(name: str) -> Path:
    path = SHARED / "corpus" / name
    if not (path / "truth.jsonl").is_file():
        pytest.skip(f"development corpus {path} is absent (set CLEANWIRE_SHARED to its parent)")
    return path


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    """``../shared/corpus/dev``; tests using it skip when it is absent."""
    return _corpus("dev")


@pytest.fixture(scope="session")
def meta_corpus() -> Path:
    """``../shared/corpus/meta-dev``; tests using it skip when it is absent."""
    return _corpus("meta-dev")


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    """The seed dump (Korea JoongAng Daily) as bytes."""
    return (ROOT / "seeds" / "000_4b9b4adb1b39e837.txt").read_bytes()
