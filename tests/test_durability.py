"""A writer killed with SIGKILL again and again mid-write loses no committed entry."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

WRITER = Path(__file__).parent / "helpers" / "killable_writer.py"


@pytest.mark.slow
def test_sigkill_during_writes_loses_no_committed_entry(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    rng = random.Random(20261122)
    committed: set[int] = set()
    for _ in range(6):
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(folder)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).parent.parent,
        )
        assert proc.stdout is not None
        deadline = time.monotonic() + 30
        target = rng.randint(20, 120)
        seen = 0
        while seen < target and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            if line.startswith("committed "):
                committed.add(int(line.split()[1]))
                seen += 1
        time.sleep(rng.random() * 0.05)  # land the kill at an arbitrary point of a write
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        # Lines already written before the kill are commits too.
        for line in proc.stdout.read().splitlines():
            if line.startswith("committed "):
                committed.add(int(line.split()[1]))
        assert seen > 0, "the writer never committed anything"

    conn = sqlite3.connect(folder / "ecomplaint.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        present = {row[0] for row in conn.execute("SELECT id FROM entries")}
    finally:
        conn.close()
    assert committed <= present
    assert len(committed) >= 6 * 20
