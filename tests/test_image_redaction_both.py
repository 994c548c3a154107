"""Redacting a picture on SQLite and on a team's PostgreSQL server with a shared evidence
folder; a volunteer whose evidence folder is not shared is refused, as for attaching."""

from __future__ import annotations

from pathlib import Path

import pytest

from ecomplaint.domain.clock import FixedClock
from ecomplaint.domain.image_redaction import Box
from ecomplaint.i18n import UserError
from ecomplaint.services import evidence as ev
from ecomplaint.services import image_redaction as ir
from ecomplaint.services.cases import create_case
from ecomplaint.store.engine import Store, open_store
from tests.conftest import FROZEN
from tests.helpers.drawn_text import png_bytes, screenshot

BOTH_DATABASES = True


def test_redact_and_undo(store: Store, tmp_path: Path, db_kind: str) -> None:
    url = None
    if db_kind == "postgresql":
        store.close()
        url = store.engine.url.render_as_string(hide_password=False)
        store = open_store(
            store.folder,
            database_url=url,
            evidence_dir=tmp_path / "shared",
            clock=FixedClock(FROZEN),
        )
    try:
        cid = create_case(store, title="wreath", complainant_phone="13912345678").created_id
        assert cid is not None
        img, _ = screenshot(["手机 13912345678"], width=600)
        f = tmp_path / "sms.png"
        f.write_bytes(png_bytes(img))
        (r,) = ev.attach_files(store, case_id=cid, paths=[f]).results
        assert r.evidence_id is not None
        uid = ev.get_evidence(store, r.evidence_id).uid
        done = ir.redact_image(store, evidence_uid=uid, boxes=[Box(0, 0, 50, 50)], by="me")
        rows = {x.id: x for x in ev.list_evidence(store, case_id=cid)}
        assert rows[done.evidence_id].derived_from_uid == uid
        ir.undo_redaction(store, evidence_id=done.evidence_id)
        assert [x.id for x in ev.list_evidence(store, case_id=cid)] == [r.evidence_id]
    finally:
        store.close()
    if url is not None:  # the same server, but evidence kept on this volunteer's disk only
        local = open_store(store.folder, database_url=url, clock=FixedClock(FROZEN))
        try:
            with pytest.raises(UserError) as err:
                ir.redact_image(local, evidence_uid=uid, boxes=[Box(0, 0, 9, 9)], by="me")
            assert err.value.key == "evidence.team_needs_shared_folder"
        finally:
            local.close()
