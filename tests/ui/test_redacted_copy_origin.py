"""A redacted copy says which original it was made from: in the viewer's caption (by exhibit
number and the original's fingerprint, in both languages) and in the strip's tooltip."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image
from pytestqt.qtbot import QtBot

from ecomplaint.domain.exhibits import Origin, origin_of
from ecomplaint.domain.image_redaction import Box
from ecomplaint.domain.records import EvidenceRecord
from ecomplaint.services import evidence as ev
from ecomplaint.services import image_redaction as ir
from ecomplaint.services.cases import create_case
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.ui.main_window import MainWindow
from ecomplaint.ui.translator import Translations
from tests.ui.conftest import wait_idle


def _case_with_a_copy(store: Store, tmp_path: Path) -> tuple[int, EvidenceRecord, EvidenceRecord]:
    """Two pictures (E1, E2) and a redacted copy of E2."""
    case_id = create_case(store, title="wreath").created_id or 0
    paths = []
    for name, colour in (("first.png", "red"), ("短信 <b>.png", "blue")):
        Image.new("RGB", (64, 48), colour).save(tmp_path / name)
        paths.append(tmp_path / name)
    ev.attach_files(store, case_id=case_id, paths=paths)
    second = next(x for x in ev.list_evidence(store, case_id=case_id) if "短信" in x.original_name)
    plan = ir.plan_redaction(store, evidence_uid=second.uid, boxes=[Box(0, 0, 20, 20, "phone")])
    done = ir.store_copy(store, ir.make_copy(plan, check_text=False), by="me")
    return case_id, second, ev.get_evidence(store, done.evidence_id)


def test_origin_is_the_originals_exhibit_number_and_fingerprint(
    store: Store, tmp_path: Path
) -> None:
    case_id, original, copy = _case_with_a_copy(store, tmp_path)
    detail = queries.case_detail(store, case_id)
    assert origin_of(original, detail) is None
    assert origin_of(copy, detail) == Origin(2, original.original_name, original.sha256)
    ev.trash_evidence(store, evidence_id=original.id)
    gone = origin_of(copy, queries.case_detail(store, case_id))
    assert gone is not None and gone.number == 0  # no exhibit number to cite any more


def test_the_viewer_and_the_strip_name_the_original(
    qtbot: QtBot, store: Store, make_window: Any, translations: Translations, tmp_path: Path
) -> None:
    case_id, original, copy = _case_with_a_copy(store, tmp_path)
    w: MainWindow = make_window(store)
    w.show()
    qtbot.waitExposed(w)
    wait_idle(qtbot, w)
    w.refresh_cases()
    w.open_case(case_id)
    wait_idle(qtbot, w)

    viewer = w.evidence.open_record(copy)
    assert viewer is not None
    qtbot.addWidget(viewer)
    first, rest = viewer.caption.text().split("\n")
    assert first == f"Redacted copy of E2 (original fingerprint {original.sha256[:12]}…)"
    assert rest.startswith(copy.original_name)
    plain = w.evidence.open_record(original)
    assert plain is not None
    qtbot.addWidget(plain)
    assert "\n" not in plain.caption.text() and "Redacted" not in plain.caption.text()

    model = w.evidence.strip.strip_model
    tips = [str(model.index(i).data(3)) for i in range(model.rowCount())]  # ToolTipRole
    assert sum("Redacted copy of E2" in t for t in tips) == 1

    assert translations.apply("zh")
    zh = w.evidence.open_record(copy)
    assert zh is not None
    qtbot.addWidget(zh)
    assert zh.caption.text().split("\n")[0] == f"E2 的遮蔽副本（原件指纹 {original.sha256[:12]}…）"
    zh.grab().save(str(tmp_path / "viewer_zh.png"))
    viewer.grab().save(str(tmp_path / "viewer_en.png"))
