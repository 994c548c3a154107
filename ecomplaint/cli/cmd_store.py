"""`ecomplaint demo` and `ecomplaint info`: the store itself."""

from __future__ import annotations

import argparse
from typing import Any

from ecomplaint import __version__
from ecomplaint.cli.jsonout import dump
from ecomplaint.domain.visible import visible
from ecomplaint.i18n import current_language
from ecomplaint.services.demo import load_demo
from ecomplaint.store import queries
from ecomplaint.store.engine import Store


def run_demo(store: Store, args: argparse.Namespace) -> int:
    result = load_demo(store)
    zh = current_language() == "zh"
    if result.created:
        print(
            ("已载入示例案件：" if zh else "Loaded demo cases: ")
            + ", ".join(map(str, result.created))
        )
    if result.existing:
        print(
            ("示例案件已存在：" if zh else "Demo cases already present: ")
            + ", ".join(map(str, result.existing))
        )
    return 0


def run_info(store: Store, args: argparse.Namespace) -> int:
    counts = queries.counts(store)
    info: dict[str, Any] = {
        "format": "ecomplaint.info/1",
        "version": __version__,
        "data_dir": str(store.folder),
        "database": str(store.path),
        "schema": queries.schema_revision(store),
        "counts": counts,
    }
    if args.json:
        dump(info)
        return 0
    print(f"eComplaint {info['version']}")
    print(f"data folder : {visible(info['data_dir'])}")
    print(f"database    : {visible(info['database'])}")
    print(f"schema      : {info['schema']}")
    for key, value in counts.items():
        if not key.endswith("_in_trash"):
            print(f"{key:<12}: {value} (+{counts[key + '_in_trash']} in trash)")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="load the two demo cases / 载入示例案件")
    p.set_defaults(func=run_demo)
    p = sub.add_parser("info", help="version, data folder, schema, counts / 版本与数据信息")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_info)
