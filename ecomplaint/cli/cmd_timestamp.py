"""`ecomplaint timestamp CASE --reply FILE.tsr`: keep a timestamp authority's reply to a
request that `bundle` made, after checking it (dossier/timestamp.py). No network involved."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ecomplaint.domain.visible import visible
from ecomplaint.dossier import timestamp
from ecomplaint.i18n import UserError, current_language
from ecomplaint.store import queries
from ecomplaint.store.engine import Store

MAX_REPLY = 1024 * 1024  # replies are a few KB; anything larger is not one


def run_timestamp(store: Store, args: argparse.Namespace) -> int:
    detail = queries.case_detail(store, queries.find_case_id(store, args.case))
    path = Path(args.reply)
    try:
        if path.stat().st_size > MAX_REPLY:
            raise UserError("timestamp.unreadable", detail=visible(str(path)))
        reply = path.read_bytes()
    except OSError as exc:
        raise UserError(
            "timestamp.cannot_read", path=visible(str(path)), detail=exc.strerror or str(exc)
        ) from exc
    try:
        stamp = timestamp.store_reply(store.folder, detail.case.uid, reply)
    except timestamp.TimestampError as exc:
        raise UserError(exc.key, detail=visible(exc.detail)) from exc
    zh = current_language() == "zh"
    at = stamp.at.isoformat()
    print(
        f"时间戳已核验并保存：{visible(stamp.authority)} 于 {at}（根证书：{visible(stamp.root)}，"
        "是否信任该根证书由审阅者决定）。下次导出时将印在封面和核验页上。"
        if zh
        else f"Timestamp verified and kept: {visible(stamp.authority)} at {at} (root: "
        f"{visible(stamp.root)}; whether to trust that root is the reader's call). The next "
        "export prints it on the cover and the verification page.",
        file=sys.stderr,
    )
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser(
        "timestamp", help="keep a timestamp authority's reply (.tsr) / 保存时间戳机构的回复"
    )
    p.add_argument("case", help="case id, uid or order number")
    p.add_argument("--reply", required=True, metavar="FILE.tsr")
    p.set_defaults(func=run_timestamp)
