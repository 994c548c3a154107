"""What a recording command prints: the new record's id and uid (--json) or one line."""

from __future__ import annotations

from typing import Any

from ecomplaint.cli.jsonout import dump
from ecomplaint.i18n import current_language
from ecomplaint.services.changes import Changes
from ecomplaint.store import queries
from ecomplaint.store.engine import Store

NOUNS_ZH = {
    "case": "案件",
    "party": "当事方",
    "entry": "记录",
    "promise": "承诺",
    "escalation": "升级",
    "pause": "暂停",
}


def report(store: Store, result: Any, noun: str, *, as_json: bool, ident: int | None = None) -> int:
    """`noun` is what the command made (or `ident`, the record it changed); the result's
    `created` may name more rows (log's new party and promise). Read with getattr: a
    service returns its Changes, or a result carrying them with the created ids."""
    changes: Changes = getattr(result, "changes", result)
    made = dict(getattr(result, "created", None) or {})
    created_id = getattr(result, "created_id", None)
    if ident is not None:
        made = {noun: ident}
    elif noun not in made and created_id is not None:
        made[noun] = created_id
    if as_json:
        doc: dict[str, Any] = {"format": "ecomplaint.created/1"}
        main = made.get(noun)
        if main is not None:
            doc.update(id=main, uid=_uid(store, noun, main), kind=noun)
        if changes.case_id is not None:
            doc["case_id"] = changes.case_id
        for other, ident in made.items():
            if other != noun:
                doc[other] = {"id": ident, "uid": _uid(store, other, ident)}
        dump(doc)
        return 0
    zh = current_language() == "zh"
    parts = [
        (f"已记录{NOUNS_ZH.get(k, k)}，编号 {i}" if zh else f"Recorded {k} {i}")
        for k, i in sorted(made.items(), key=lambda kv: kv[0] != noun)
    ]
    print(("；" if zh else "; ").join(parts) if parts else ("已保存。" if zh else "Saved."))
    return 0


def _uid(store: Store, noun: str, ident: int) -> str | None:
    try:
        return queries.uid_of(store, noun, ident)
    except KeyError:  # pauses have no uid
        return None
