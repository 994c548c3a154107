"""Build a realistic synthetic store: N cases with parties, entries and promises (zh and en).

    python -m bench.generate DIR [--cases 10000] [--entries 200000] [--promises 20000]

Rows go straight in with executemany on a store that open_store() created (so the schema is
the real, migrated one); one transaction; deterministic for a given --seed.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ecomplaint.domain.clock import FixedClock
from ecomplaint.store.engine import open_store

PLATFORMS = ["jd", "tmall", "pinduoduo", "meituan", "amazon", "other"]
STATUSES = ["open", "open", "open", "waiting", "escalated", "resolved", "closed"]
KINDS = ["call_in", "call_out", "chat", "sms", "email", "note", "reply", "offer", "visit"]
ROLES = ["customer_service", "supervisor", "installer", "merchant", "platform"]
PRODUCTS_ZH = [
    "43 英寸电视",
    "洗衣机",
    "空调安装",
    "羊毛大衣",
    "扫地机器人",
    "冰箱",
    "手机",
    "床垫",
]
PRODUCTS_EN = ["kettle", "wool coat", "robot vacuum", "laptop", "sofa", "headphones", "blender"]
MERCHANTS = [
    "某东家电自营店",
    "优品旗舰店",
    "Lumen Apparel",
    "HomeCo Store",
    "小米之家",
    "北辰数码",
]
ZH_PHRASES = [
    "客服承诺 24 到 48 小时内回复",
    "安装师傅上门后擅自改变安装方式",
    "要求退还安装费",
    "主管来电致歉但没有解决方案",
    "平台介入处理中",
    "商家拒绝补发",
    "快递显示已签收但未收到",
    "多次致电无人接听",
    "申请仅退款被驳回",
    "要求书面说明处理流程",
    "已向 12315 投诉",
]
EN_PHRASES = [
    "agent promised a reply within 48 hours",
    "refund request rejected without reason",
    "parcel marked delivered but never arrived",
    "store manager called back with an offer",
    "asked for the complaint reference number",
    "installer left without finishing",
    "platform intervention requested",
    "replacement promised within 3 working days",
]


def generate(
    folder: Path, *, cases: int, entries: int, promises: int, seed: int = 7
) -> dict[str, float]:
    started = time.perf_counter()
    base = datetime(2026, 1, 1, tzinfo=UTC)
    store = open_store(folder, clock=FixedClock(base))
    db = store.path
    store.close()
    rng = random.Random(seed)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA synchronous=OFF")  # a bulk load of synthetic data, not user data
    fmt = "%Y-%m-%d %H:%M:%S.000000"

    def ts(dt: datetime) -> str:
        return dt.strftime(fmt)

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    case_rows, party_rows = [], []
    for cid in range(1, cases + 1):
        zh = rng.random() < 0.6
        product = rng.choice(PRODUCTS_ZH if zh else PRODUCTS_EN)
        title = (
            (f"{product}：" + rng.choice(ZH_PHRASES))
            if zh
            else (f"{product}: " + rng.choice(EN_PHRASES))
        )
        opened = base + timedelta(minutes=rng.randrange(0, 60 * 24 * 300))
        case_rows.append(
            (
                cid,
                uid(),
                title,
                rng.choice(PLATFORMS),
                rng.choice(MERCHANTS),
                f"ORD-{rng.randrange(10**9):09d}",
                product,
                "CNY",
                f"{rng.randrange(50, 9000)}.00",
                "",
                "",
                "",
                "",
                "",
                "",
                rng.choice(STATUSES),
                "",
                "zh" if zh else "en",
                "",
                "",
                ts(opened),
                ts(opened + timedelta(days=rng.randrange(0, 30))),
                1,
            )
        )
        for r, role in enumerate(rng.sample(ROLES, 2)):
            party_rows.append((cid * 2 - 1 + r, uid(), cid, role, f"{role} {cid}", ts(opened)))
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO cases (id, uid, title, platform, merchant, order_no, product, currency,"
        " amount, services, complainant_name, complainant_phone, complainant_address,"
        " complainant_id_no, demands, status, tags, language, assignee, notes, created_at,"
        " updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        case_rows,
    )
    conn.executemany(
        "INSERT INTO parties (id, uid, case_id, role, name, organisation, contact, notes,"
        " created_at, version) VALUES (?,?,?,?,?,'','','',?,1)",
        party_rows,
    )
    entry_rows = []
    per_case = max(1, entries // cases)
    eid = 0
    for cid in range(1, cases + 1):
        t0 = datetime.strptime(case_rows[cid - 1][20], fmt).replace(tzinfo=UTC)
        zh = case_rows[cid - 1][17] == "zh"
        for k in range(per_case):
            eid += 1
            when = t0 + timedelta(hours=6 * k + rng.randrange(0, 5))
            summary = (
                "；".join(rng.sample(ZH_PHRASES, 2)) if zh else "; ".join(rng.sample(EN_PHRASES, 2))
            )
            entry_rows.append(
                (
                    eid,
                    uid(),
                    cid,
                    cid * 2 - 1 + (k % 2),
                    rng.choice(KINDS),
                    "phone",
                    "in",
                    ts(when),
                    ts(when),
                    summary,
                    rng.choice(ZH_PHRASES if zh else EN_PHRASES) if k % 3 == 0 else "",
                )
            )
    conn.executemany(
        "INSERT INTO entries (id, uid, case_id, party_id, kind, channel, direction, stance,"
        " occurred_at, occurred_tz, precision, logged_at, summary, quote, logged_by, version)"
        " VALUES (?,?,?,?,?,?,?,'none',?,'Asia/Shanghai','exact',?,?,?,'',1)",
        entry_rows,
    )
    promise_rows = []
    for pid in range(1, promises + 1):
        cid = rng.randrange(1, cases + 1)
        eid_for = (cid - 1) * per_case + 1
        made = datetime.strptime(entry_rows[eid_for - 1][7], fmt).replace(tzinfo=UTC)
        lo, hi = rng.choice([(24, 48), (0, 24), (0, 48), (0, 72)])
        kept = made + timedelta(hours=rng.randrange(1, 96)) if rng.random() < 0.4 else None
        promise_rows.append(
            (
                pid,
                uid(),
                cid,
                eid_for,
                rng.choice(["reply", "callback", "refund"]),
                ts(made),
                lo,
                hi,
                ts(made + timedelta(hours=lo)),
                ts(made + timedelta(hours=hi)),
                ts(kept) if kept else None,
            )
        )
    conn.executemany(
        "INSERT INTO promises (id, uid, case_id, entry_id, what, description, made_at, clock,"
        " window_min, window_max, tz, due_from, due_by, kept_at, version)"
        " VALUES (?,?,?,?,?,'',?,'hours',?,?,'Asia/Shanghai',?,?,?,1)",
        promise_rows,
    )
    conn.commit()
    conn.close()
    loaded = time.perf_counter()
    store = open_store(folder, clock=FixedClock(base))
    try:  # the workspace's full-text index, when present, is rebuilt for the bulk rows
        from ecomplaint.store import search  # type: ignore[attr-defined]

        search.rebuild_index(store)
    except (ImportError, AttributeError):
        pass
    store.close()
    return {"insert_s": loaded - started, "total_s": time.perf_counter() - started}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--entries", type=int, default=200_000)
    parser.add_argument("--promises", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if (args.folder / "ecomplaint.sqlite3").exists():
        raise SystemExit(f"{args.folder} already holds a store; choose an empty folder")
    figures = generate(
        args.folder, cases=args.cases, entries=args.entries, promises=args.promises, seed=args.seed
    )
    print(
        f"{args.cases} cases, {args.entries} entries, {args.promises} promises: "
        f"insert {figures['insert_s']:.1f} s, total {figures['total_s']:.1f} s"
    )


if __name__ == "__main__":
    main()
