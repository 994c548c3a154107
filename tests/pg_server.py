"""A throw-away PostgreSQL server for the two-database tests, started from Debian's binaries.

Set ECOMPLAINT_TEST_PG=postgresql+psycopg://user@host:port/db to use a running server instead;
set ECOMPLAINT_REQUIRE_PG=1 (CI does) to fail rather than skip when no server can be had.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text


def _bin_dir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run(cmd: list[str], as_postgres: bool) -> None:
    if as_postgres:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    subprocess.run(cmd, check=True, capture_output=True, text=True)


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    given = os.environ.get("ECOMPLAINT_TEST_PG")
    if given:
        yield given
        return
    bin_dir = _bin_dir()
    if bin_dir is None:
        if os.environ.get("ECOMPLAINT_REQUIRE_PG"):
            pytest.fail("PostgreSQL is required (ECOMPLAINT_REQUIRE_PG) but not installed")
        pytest.skip("PostgreSQL is not installed (Debian package postgresql)")
    # initdb refuses to run as root: run the server as the postgres user the package created.
    as_postgres = os.geteuid() == 0
    base = Path(tempfile.mkdtemp(prefix="ecomplaint-pg-"))
    if as_postgres:
        shutil.chown(base, user="postgres")
    data, port = base / "data", _free_port()
    _run(
        [
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        ],
        as_postgres,
    )
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
    _run(
        [
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(base / "log"),
            "-w",
            "start",
        ],
        as_postgres,
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], as_postgres)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A fresh, empty database on the test server; dropped afterwards."""
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield pg_admin_url.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
