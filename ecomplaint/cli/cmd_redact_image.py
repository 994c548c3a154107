"""`ecomplaint redact-image`: black out personal data in a picture exhibit, as a new exhibit.

    ecomplaint redact-image 12 --auto                    # boxes proposed from the picture's text
    ecomplaint redact-image 12 --box 120,340,400,60 --box 0,0,1080,90 --confirm --json

The original is never changed; the redacted copy is listed by `ecomplaint evidence CASE` as an
exhibit of its own with the original it derives from. Undo: `ecomplaint redact-image COPY
--undo` puts the copy in the trash.
"""

from __future__ import annotations

import argparse
from typing import Any

from ecomplaint import (
    redact_image_messages,  # noqa: F401  (registers redact_image.*)
    settings,
)
from ecomplaint.cli.jsonout import dump
from ecomplaint.domain.image_redaction import Box
from ecomplaint.i18n import UserError, current_language
from ecomplaint.services import evidence as ev
from ecomplaint.services import image_redaction as ir
from ecomplaint.store.engine import Store


def parse_box(value: str) -> Box:
    parts = value.replace("，", ",").split(",")
    try:
        x, y, w, h = (int(p.strip()) for p in parts)
    except ValueError:
        raise UserError("redact_image.bad_box", value=value) from None
    if w <= 0 or h <= 0:
        raise UserError("redact_image.bad_box", value=value)
    return Box(x, y, w, h, "manual")


def box_json(b: Box) -> dict[str, Any]:
    return {"x": b.x, "y": b.y, "w": b.w, "h": b.h, "reason": b.reason}


def run_redact_image(store: Store, args: argparse.Namespace) -> int:
    boxes = [parse_box(v) for v in args.box or []]
    evidence_id = ir.find_exhibit(store, args.exhibit)
    if args.undo:
        ir.undo_redaction(store, evidence_id=evidence_id)
        if args.json:
            dump({"format": "ecomplaint.redact-image/1", "undone": evidence_id})
        else:
            print(
                f"#{evidence_id} 已移入回收站。"
                if current_language() == "zh"
                else f"#{evidence_id} moved to the trash."
            )
        return 0
    uid = ev.get_evidence(store, evidence_id).uid
    if args.confirm and not boxes and not args.auto:  # confirm a copy already made
        ir.confirm_redaction(store, evidence_id=evidence_id)
        if args.json:
            dump({"format": "ecomplaint.redact-image/1", "confirmed": evidence_id})
        else:
            print(
                f"#{evidence_id} 已标记为已核查隐私。"
                if current_language() == "zh"
                else f"#{evidence_id} is marked as checked for privacy."
            )
        return 0
    if args.auto:
        boxes = ir.propose_boxes(store, evidence_uid=uid, read=True) + boxes
    if not boxes:
        raise UserError("redact_image.no_boxes")
    by = args.by or str(settings.get("user_name") or "")
    done = ir.redact_image(store, evidence_uid=uid, boxes=boxes, by=by, confirmed=args.confirm)
    if args.json:
        dump(
            {
                "format": "ecomplaint.redact-image/1",
                "evidence_id": done.evidence_id,
                "uid": done.uid,
                "sha256": done.sha256,
                "derived_from": {"id": done.original_id, "uid": done.original_uid},
                "boxes": [box_json(b) for b in done.boxes],
                "privacy_checked": args.confirm,
                "verified": done.verified,
                "text_checked": done.text_checked,
                "stored_before": done.stored_before,
            }
        )
        return 0
    zh = current_language() == "zh"
    reasons = ", ".join(b.reason for b in done.boxes)
    if zh:
        print(
            f"#{done.evidence_id}  {done.sha256}  证据 #{done.original_id} 的遮蔽副本，"
            f"涂黑 {len(done.boxes)} 处（{reasons}）"
        )
        print(
            "核对：文字识别在副本中未读出任何被遮蔽的内容。"
            if done.text_checked
            else "注意：此处无法进行文字识别，未用文字识别核对副本。请打开副本亲自查看。"
        )
        if not args.confirm:
            print(
                f"副本尚未标记为已核查隐私；查看无误后请运行：ecomplaint redact-image "
                f"{done.evidence_id} --confirm"
            )
    else:
        print(
            f"#{done.evidence_id}  {done.sha256}  redacted copy of exhibit #{done.original_id}, "
            f"{len(done.boxes)} box(es) blacked out ({reasons})"
        )
        print(
            "Checked: the text reader finds none of the hidden values in the copy."
            if done.text_checked
            else "Note: text reading is unavailable here, so the copy was not checked by "
            "reading it back. Open it and look."
        )
        if not args.confirm:
            print(
                "The copy is not marked as checked for privacy; once you have looked at it, "
                f"run: ecomplaint redact-image {done.evidence_id} --confirm"
            )
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser(
        "redact-image",
        help="black out personal data in a picture, as a new exhibit / 遮蔽图片中的个人信息",
    )
    p.add_argument("exhibit", help="exhibit id (as listed by `ecomplaint evidence`) or uid")
    p.add_argument(
        "--auto",
        action="store_true",
        help="black out the personal data found in the picture's text (read first if needed)",
    )
    p.add_argument(
        "--box",
        action="append",
        metavar="X,Y,W,H",
        help="a region to black out, in the picture's pixels (repeatable)",
    )
    p.add_argument(
        "--confirm",
        action="store_true",
        help="you have checked that the boxes hide what they must: the copy is marked as "
        "checked for privacy and a redacted dossier prints it without the warning (alone, "
        "on a redacted copy: confirm that copy)",
    )
    p.add_argument(
        "--undo",
        action="store_true",
        help="EXHIBIT is a redacted copy: put it in the trash (the original never changed)",
    )
    p.add_argument("--by", default="", help="who redacted it (default: the user_name setting)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_redact_image)
