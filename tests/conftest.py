"""Shared fixtures: a store in a temporary folder with an injected, frozen clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

# Widget tests run without a screen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ECOMPLAINT_LANG", "en")

from ecomplaint.domain.clock import FixedClock  # noqa: E402
from ecomplaint.services.demo import load_demo  # noqa: E402
from ecomplaint.store.engine import Store, open_store  # noqa: E402

# A Friday afternoon after both demo stories; never "today".
FROZEN = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(FROZEN)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path, clock: FixedClock) -> Iterator[Store]:
    s = open_store(data_dir, clock=clock)
    yield s
    s.close()


@pytest.fixture
def demo_store(store: Store) -> Store:
    load_demo(store)
    return store


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    """Core messages default to English in tests; a test that switches language is undone."""
    from ecomplaint import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")
