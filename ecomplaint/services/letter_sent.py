"""Mark a letter as sent: one change logs the entry, stores the letter as its exhibit and,
when the letter goes up a rung the case has not reached, records the escalation so that
rung's rule clock starts (a suggested chase point stays nobody's promise, as elsewhere)."""

from __future__ import annotations

import contextlib
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from ecomplaint.domain import validation as v
from ecomplaint.domain.enums import Channel, Direction, EntryKind
from ecomplaint.domain.ladder import RuleBook, load_rule_book
from ecomplaint.domain.next_step import highest_rung, ladder_for_case
from ecomplaint.i18n import UserError
from ecomplaint.letters.kinds import LetterKind
from ecomplaint.paths import evidence_is_shared
from ecomplaint.services.changes import Changes
from ecomplaint.services.common import get_row, new_uid, touch_case
from ecomplaint.services.escalations import add_escalation
from ecomplaint.services.evidence import DEFAULT_SIZE_LIMIT, _discard_new_blobs
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.store.evidence_files import store_file
from ecomplaint.store.tables import Case, Entry, Evidence

# Where each kind is sent: the entry's channel.
CHANNELS = {
    "platform_intervention": Channel.PLATFORM,
    "platform_complaint": Channel.PLATFORM,
    "regulator_12315": Channel.WEB,
}


@dataclass(frozen=True)
class SentLetter:
    changes: Changes
    entry_id: int
    evidence_id: int
    escalation_id: int | None
    sha256: str


def mark_letter_sent(
    store: Store,
    *,
    case_id: int,
    kind: LetterKind,
    text: str,
    lang: str,
    sent_at: datetime | None = None,
    channel: str | None = None,
    rules: RuleBook | None = None,
) -> SentLetter:
    """`text` is the letter as sent (after the user's edits), stored byte for byte."""
    if not text.strip():
        raise UserError("field.required", field="@:f.summary")
    if store.dialect != "sqlite" and not evidence_is_shared(store.folder):
        raise UserError("evidence.team_needs_shared_folder")
    when = v.aware(sent_at or store.clock.now(), "occurred_at")
    book = rules if rules is not None else load_rule_book(store.folder)
    detail = queries.case_detail(store, case_id)
    ladder = ladder_for_case(detail, book)
    rung = None
    if ladder is not None:
        rung = next((ladder.rung(r) for r in kind.rungs if ladder.rung(r) is not None), None)
        if rung is not None and ladder.index(rung.id) <= highest_rung(detail, ladder):
            rung = None  # already there: the letter is logged, the ladder does not move
    title = kind.title.get("zh" if lang == "zh" else "en")  # type: ignore[arg-type]
    zone = ZoneInfo(ladder.tz if ladder else "Asia/Shanghai")
    name = f"letter-{kind.id}-{when.astimezone(zone).strftime('%Y%m%d-%H%M')}.txt"
    with tempfile.TemporaryDirectory(prefix="ecomplaint-letter-") as tmp:
        source = Path(tmp) / name
        source.write_text(text, encoding="utf-8")
        blob = store_file(store.folder, source, limit=DEFAULT_SIZE_LIMIT)
    now = store.clock.now()
    try:
        with store.write() as s:
            case = get_row(s, Case, case_id)
            entry = Entry(
                uid=new_uid(),
                case_id=case_id,
                kind=EntryKind.COMPLAINT,
                channel=channel or CHANNELS.get(kind.id, Channel.OTHER),
                direction=Direction.OUTBOUND,
                occurred_at=when,
                occurred_tz=ladder.tz if ladder else "Asia/Shanghai",
                logged_at=now,
                logged_by=store.user,
                summary=("已发送：" if lang == "zh" else "Sent: ") + title,
            )
            s.add(entry)
            s.flush()
            assert entry.id is not None
            exhibit = Evidence(
                uid=new_uid(),
                case_id=case_id,
                entry_id=entry.id,
                sha256=blob.sha256,
                original_name=name,
                size=blob.size,
                mime="text/plain",
                captured_at=when,
                added_at=now,
                description=title,
            )
            s.add(exhibit)
            s.flush()
            assert exhibit.id is not None
            escalation_id = None
            if ladder is not None and rung is not None:
                escalation_id = add_escalation(
                    s,
                    book,
                    case_id=case_id,
                    ladder=ladder.id,
                    rung=rung.id,
                    escalated_at=when,
                    entry_id=entry.id,
                    rung_label=rung.label.get("en" if case.language == "en" else "zh"),
                )
            touch_case(s, case_id, now)
            ids = (entry.id, exhibit.id, escalation_id)
    except BaseException:
        with contextlib.suppress(Exception):
            _discard_new_blobs(store, [blob])
        raise
    return SentLetter(
        Changes(
            cases=True,
            timeline=True,
            evidence=True,
            escalations=escalation_id is not None,
            promises=escalation_id is not None,
            case_id=case_id,
        ),
        ids[0],
        ids[1],
        ids[2],
        blob.sha256,
    )
