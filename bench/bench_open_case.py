"""The workspace window on a big store: opening a 2,000-entry case, search keystrokes, memory.

    python -m bench.bench_open_case [STORE_DIR]   (default: builds 10k cases / 200k entries)

Offscreen, in one process. "Open" is timed from the request to the painted timeline: the
worker reads the case and builds the rows, the model is reset, the view lays out its first
batch and the viewport is grabbed (a real paint). "Search" is timed from the debounced query to
the updated case list (the 150 ms debounce itself is not counted). RSS is VmRSS from
/proc/self/status with the 10k store open and the big case shown.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.generate import generate  # noqa: E402
from ecomplaint.domain.clock import FixedClock  # noqa: E402
from ecomplaint.store.engine import open_store  # noqa: E402
from ecomplaint.ui.fonts import install_fonts  # noqa: E402
from ecomplaint.ui.main_window import MainWindow  # noqa: E402
from ecomplaint.ui.settings import Settings  # noqa: E402

NOW = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)
FMT = "%Y-%m-%d %H:%M:%S.000000"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def add_big_case(db: Path, entries: int = 2000) -> int:
    """One case with `entries` entries (a third with quotes), 4 parties and 200 promises."""
    conn = sqlite3.connect(db)
    cid = conn.execute("SELECT max(id) FROM cases").fetchone()[0] + 1
    pid0 = conn.execute("SELECT max(id) FROM parties").fetchone()[0] + 1
    eid0 = conn.execute("SELECT max(id) FROM entries").fetchone()[0] + 1
    start = NOW - timedelta(days=300)
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO cases (id, uid, title, platform, merchant, order_no, product, currency,"
        " amount, services, complainant_name, complainant_phone, complainant_address,"
        " complainant_id_no, demands, status, tags, language, assignee, notes, created_at,"
        " updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)",
        (cid, str(uuid.uuid4()), "两千条记录的安装纠纷", "jd", "某东家电自营店", "BIG-2000",
         "43 英寸电视", "CNY", "1799.00", "底座安装服务 50 元", "王丽", "", "", "",
         "恢复底座安装\n赔偿墙纸", "escalated", "|安装|", "zh", "", "",
         start.strftime(FMT), NOW.strftime(FMT)),
    )  # fmt: skip
    roles = ["complainant", "customer_service", "installer", "supervisor"]
    conn.executemany(
        "INSERT INTO parties (id, uid, case_id, role, name, organisation, contact, notes,"
        " created_at, version) VALUES (?,?,?,?,?,'','','',?,1)",
        [(pid0 + i, str(uuid.uuid4()), cid, r, f"{r} 7731", start.strftime(FMT))
         for i, r in enumerate(roles)],
    )  # fmt: skip
    rows = []
    for k in range(entries):
        when = start + timedelta(hours=3 * k)
        rows.append(
            (eid0 + k, str(uuid.uuid4()), cid, pid0 + k % 4,
             ["call_in", "call_out", "chat", "note", "reply"][k % 5], when.strftime(FMT),
             when.strftime(FMT),
             f"第 {k} 条：客服承诺 24 到 48 小时内回复，安装师傅上门后擅自改变安装方式。",
             "我们先去了解一下情况，24 到 48 小时内给您回复。" if k % 3 == 0 else "")
        )  # fmt: skip
    conn.executemany(
        "INSERT INTO entries (id, uid, case_id, party_id, kind, channel, direction, stance,"
        " occurred_at, occurred_tz, precision, logged_at, summary, quote, logged_by, version)"
        " VALUES (?,?,?,?,?,'phone','in','none',?,'Asia/Shanghai','exact',?,?,?,'',1)",
        rows,
    )
    pmax = conn.execute("SELECT max(id) FROM promises").fetchone()[0] or 0
    promises = []
    for k in range(0, entries, 10):
        made = start + timedelta(hours=3 * k)
        promises.append(
            (pmax + 1 + k // 10, str(uuid.uuid4()), cid, eid0 + k, made.strftime(FMT),
             made.strftime(FMT), (made + timedelta(hours=24)).strftime(FMT),
             (made + timedelta(hours=48)).strftime(FMT))
        )  # fmt: skip
    conn.executemany(
        "INSERT INTO promises (id, uid, case_id, entry_id, what, description, made_at, clock,"
        " window_min, window_max, tz, due_from, due_by, kept_at, version)"
        " VALUES (?,?,?,?,'reply','',?,'hours',24,48,'Asia/Shanghai',?,?,?,1)",
        promises,
    )
    conn.commit()
    conn.close()
    return int(cid)


def settle(app: QApplication, w: MainWindow, until: object = None) -> None:
    deadline = time.perf_counter() + 30
    while time.perf_counter() < deadline:
        app.processEvents()
        if w.worker.is_idle() and (until is None or until()):  # type: ignore[operator]
            return
        time.sleep(0.0005)
    raise TimeoutError


def idle(app: QApplication, seconds: float, until_stable: MainWindow | None = None) -> float:
    """Process events for `seconds` (or until the timeline's scroll range stops growing)."""
    end = time.perf_counter() + seconds
    last, since = -1, time.perf_counter()
    while time.perf_counter() < end:
        app.processEvents()
        if until_stable is not None:
            top = until_stable.timeline.verticalScrollBar().maximum()
            if top != last:
                last, since = top, time.perf_counter()
            elif time.perf_counter() - since > 0.2:
                return since
        time.sleep(0.001)
    return time.perf_counter()


def main() -> None:
    if len(sys.argv) > 1:
        folder = Path(sys.argv[1])
    else:
        folder = Path(tempfile.mkdtemp()) / "store"
        figures = generate(folder, cases=10_000, entries=200_000, promises=20_000)
        print(f"generated 10k/200k/20k store in {figures['total_s']:.1f} s")
    probe = open_store(folder, clock=FixedClock(NOW))
    db = probe.path
    probe.close()
    big = add_big_case(db)

    app = QApplication(sys.argv[:1])
    install_fonts(app)
    ini = Path(tempfile.mkdtemp()) / "bench.ini"
    store = open_store(folder, clock=FixedClock(NOW))
    w = MainWindow(store, settings=Settings(QSettings(str(ini), QSettings.Format.IniFormat)))
    w.resize(1400, 860)
    w.show()
    settle(app, w, lambda: w.case_model.rowCount() > 0)
    print(f"RSS with the 10k store open: {rss_mb():.0f} MB")

    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and w.current_case_id == big and not painted:
                painted.append(time.perf_counter())
            return False

    watch = PaintWatch()
    w.timeline.viewport().installEventFilter(watch)
    small = w.case_model.row_at(0).id if w.case_model.row_at(0).id != big else 1
    opens, reads, full = [], [], []
    for _ in range(9):
        w.open_case(small)
        settle(app, w, lambda: w.current_case_id == small)
        idle(app, 0.5)  # the previous case's background layout is done
        painted.clear()
        t0 = time.perf_counter()
        w.open_case(big)
        settle(app, w, lambda: w.current_case_id == big)
        t1 = time.perf_counter()
        while not painted and time.perf_counter() - t0 < 10:
            app.processEvents()
        if not painted:  # no paint event on this platform: paint it ourselves
            w.timeline.viewport().grab()
            painted.append(time.perf_counter())
        reads.append(t1 - t0)
        opens.append(painted[0] - t0)
        full.append(idle(app, 3.0, until_stable=w) - t0)
    rows = w.timeline.timeline_model.rowCount()
    print(
        f"open a case with 2,000 entries ({rows} timeline rows) to painted timeline: "
        f"median {statistics.median(opens) * 1000:.0f} ms "
        f"(read + rows + model {statistics.median(reads) * 1000:.0f} ms), "
        f"max {max(opens) * 1000:.0f} ms; the rest of the rows are laid out in batches "
        f"in the background: all done after {statistics.median(full) * 1000:.0f} ms"
    )
    print(f"RSS with the 10k store open and the big case shown: {rss_mb():.0f} MB")

    searches = []
    for word in ["安装", "客服", "refund", "退款", "wool", "主管", "12315", "kettle"] * 3:
        w.filters.search.setText(word)
        w.filters.timer.stop()  # time the query, not the debounce
        t0 = time.perf_counter()
        w.refresh_cases()
        settle(app, w)
        searches.append(time.perf_counter() - t0)
    print(
        f"search keystroke to updated case list (after the 150 ms debounce): "
        f"median {statistics.median(searches) * 1000:.0f} ms, "
        f"max {max(searches) * 1000:.0f} ms ({len(searches)} searches)"
    )
    scroll = []
    w.filters.search.clear()
    w.filters.timer.stop()
    w.refresh_cases()
    settle(app, w)
    for _ in range(5):
        t0 = time.perf_counter()
        w.case_model.fetchMore(w.case_model.index(-1, -1))
        settle(app, w)
        scroll.append(time.perf_counter() - t0)
    print(
        f"next page of the case list (200 rows): median {statistics.median(scroll) * 1000:.0f} ms"
    )
    w.stop()
    store.close()


if __name__ == "__main__":
    main()
