"""Shared fixtures: a store in a temporary folder with an injected, frozen clock."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

# Widget tests run without a screen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ECOMPLAINT_LANG", "en")
# Per-install settings (user name, database URL) never come from the developer's own files.
os.environ["ECOMPLAINT_CONFIG_DIR"] = tempfile.mkdtemp(prefix="ecomplaint-test-config-")

from ecomplaint.domain.clock import FixedClock  # noqa: E402
from ecomplaint.services.demo import load_demo  # noqa: E402
from ecomplaint.store.engine import Store, open_store  # noqa: E402
from tests.pg_server import pg_admin_url, pg_url  # noqa: E402, F401  (fixtures)

# A Friday afternoon after both demo stories; never "today".
FROZEN = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(FROZEN)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A module that sets BOTH_DATABASES = True runs its `store` tests on SQLite and PostgreSQL."""
    if "db_kind" in metafunc.fixturenames and getattr(metafunc.module, "BOTH_DATABASES", False):
        metafunc.parametrize("db_kind", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def db_kind(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def store(
    data_dir: Path, clock: FixedClock, db_kind: str, request: pytest.FixtureRequest
) -> Iterator[Store]:
    url = request.getfixturevalue("pg_url") if db_kind == "postgresql" else None
    s = open_store(data_dir, clock=clock, database_url=url, user="tester")
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


@pytest.fixture
def store_args(store: Store) -> list[str]:
    """CLI arguments that open the same store as the `store` fixture (SQLite or PostgreSQL)."""
    args = ["--data-dir", str(store.folder)]
    if store.dialect != "sqlite":
        args += ["--database", store.engine.url.render_as_string(hide_password=False)]
    return args
