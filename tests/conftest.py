"""Shared fixtures: a store in a temporary folder with an injected, frozen clock."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
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


class Templates:
    """Stores migrated (and, for the demo, loaded) once per session, copied per test: a folder
    copy for SQLite, CREATE DATABASE ... TEMPLATE plus a folder copy for PostgreSQL (Anki's
    pylib/tests/shared.py copies one empty collection the same way)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.built: dict[tuple[str, bool], tuple[Path, str | None]] = {}

    def get(self, kind: str, demo: bool, admin_url: str | None) -> tuple[Path, str | None]:
        key = (kind, demo)
        if key not in self.built:
            folder = self.root / f"{kind}-{'demo' if demo else 'empty'}" / "data"
            db = None
            url = None
            if admin_url is not None:
                db = f"tmpl_{'demo' if demo else 'empty'}_{uuid.uuid4().hex[:8]}"
                _pg_admin(admin_url, f'CREATE DATABASE "{db}"')
                url = admin_url.rsplit("/", 1)[0] + "/" + db
            s = open_store(folder, clock=FixedClock(FROZEN), database_url=url, user="tester")
            if demo:
                load_demo(s)
            s.close()  # no connection may stay open on a template database
            self.built[key] = (folder, db)
        return self.built[key]


def _pg_admin(admin_url: str, sql: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(sql))
    finally:
        admin.dispose()


@pytest.fixture(scope="session")
def store_templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return Templates(tmp_path_factory.mktemp("templates"))


HAS_DEMO = pytest.StashKey[bool]()


@pytest.fixture
def store(
    data_dir: Path,
    clock: FixedClock,
    db_kind: str,
    request: pytest.FixtureRequest,
    store_templates: Templates,
) -> Iterator[Store]:
    """A migrated store copied from the session's template (the demo cases already in it when
    the test asks for demo_store)."""
    demo = "demo_store" in request.fixturenames
    admin = request.getfixturevalue("pg_admin_url") if db_kind == "postgresql" else None
    folder, template_db = store_templates.get(db_kind, demo, admin)
    shutil.copytree(folder, data_dir)
    url = None
    if admin is not None and template_db is not None:
        name = "t_" + uuid.uuid4().hex[:12]
        _pg_admin(admin, f'CREATE DATABASE "{name}" TEMPLATE "{template_db}"')
        url = admin.rsplit("/", 1)[0] + "/" + name
    s = open_store(data_dir, clock=clock, database_url=url, user="tester")
    request.node.stash[HAS_DEMO] = demo
    yield s
    s.close()
    if admin is not None and url is not None:
        _pg_admin(admin, f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


@pytest.fixture
def demo_store(store: Store, request: pytest.FixtureRequest) -> Store:
    if not request.node.stash.get(HAS_DEMO, False):  # asked for late (getfixturevalue)
        load_demo(store)
        request.node.stash[HAS_DEMO] = True
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
