"""`ecomplaint ocr CASE [EXHIBIT]`: read the text of a case's screenshots and print it.

Pictures not read yet are read first (all of the case's, or the one named), with progress on
stderr when it is a terminal; then every line is printed with its number (as entries cite
them: "E3, lines 4–6") and its box in the picture's pixels. `--json` gives the whole read.
Text read from a picture is user data: escaped for the terminal like every other field.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

import ecomplaint.ocr_messages  # noqa: F401 - registers the ocr.* messages
from ecomplaint.cli.jsonout import dump
from ecomplaint.domain.exhibits import exhibit_order
from ecomplaint.domain.ocr_text import OcrResult
from ecomplaint.domain.records import EvidenceRecord
from ecomplaint.domain.visible import visible
from ecomplaint.i18n import UserError, t
from ecomplaint.services import ocr
from ecomplaint.services.evidence_meta import is_renderable
from ecomplaint.store import queries
from ecomplaint.store.engine import Store


def _labelled(store: Store, case_id: int) -> list[tuple[str, EvidenceRecord]]:
    detail = queries.case_detail(store, case_id)
    return [(f"E{n}", x) for n, x in enumerate(exhibit_order(detail), 1)]


def _pick(
    exhibits: list[tuple[str, EvidenceRecord]], ref: str | None
) -> list[tuple[str, EvidenceRecord]]:
    if ref is None:
        return [(label, x) for label, x in exhibits if is_renderable(x.mime)]
    r = ref.strip()
    for label, x in exhibits:
        if (
            r.upper() == label
            or r.lstrip("#") == str(x.id)
            or r == x.uid
            or (len(r) >= 8 and x.uid.startswith(r))
        ):
            if not is_renderable(x.mime):
                raise UserError("ocr.not_image", label=label, name=x.original_name)
            return [(label, x)]
    raise UserError("ocr.no_exhibit", ref=ref)


def _progress(label: str, name: str) -> Any:
    if not sys.stderr.isatty():
        return None
    head = t("ocr.reading", label=label, name=visible(name))

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        print(f"\r{head}  {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show


def _line_json(n: int, line: Any) -> dict[str, Any]:
    return {
        "n": n,
        "text": line.text,
        "box": [[x, y] for x, y in line.box],
        "rect": list(line.rect()),
        "score": round(line.score, 4),
    }


def _exhibit_json(label: str, x: EvidenceRecord, r: OcrResult | None, when: Any) -> dict[str, Any]:
    return {
        "label": label,
        "evidence_id": x.id,
        "uid": x.uid,
        "sha256": x.sha256,
        "name": x.original_name,
        "mime": x.mime,
        "read": r is not None,
        "engine": r.engine if r else None,
        "read_at": when,
        "width": r.width if r else None,
        "height": r.height if r else None,
        "error": (r.error or None) if r else None,
        "error_message": t(r.error) if r and r.error else None,
        "text": r.text if r else None,
        "lines": [_line_json(n, ln) for n, ln in enumerate(r.lines, 1)] if r else [],
    }


def _print_exhibit(label: str, x: EvidenceRecord, r: OcrResult | None, when: Any) -> None:
    print(f"{label}  #{x.id}  {visible(x.original_name)}")
    if r is None:
        return
    if r.error:
        print("    " + visible(t(r.error), multiline=True).replace("\n", "\n    "))
        return
    stamp = when.isoformat(timespec="seconds") if when else "?"
    print(f"    {r.width}×{r.height}, " + t("ocr.engine_line", engine=r.engine, when=stamp))
    if not r.lines:
        print("    " + t("ocr.no_text"))
    width = len(str(len(r.lines)))
    for n, line in enumerate(r.lines, 1):
        x0, y0, w, h = line.rect()
        box = f"[{x0},{y0} {w}×{h}]"
        print(f"  {n:>{width}}  {box:<22} {visible(line.text)}")


def run_ocr(store: Store, args: argparse.Namespace) -> int:
    case_id = queries.find_case_id(store, args.case)
    chosen = _pick(_labelled(store, case_id), args.exhibit)
    if not chosen:
        if args.json:
            dump({"format": "ecomplaint.ocr/1", "case_id": case_id, "exhibits": []})
        else:
            print(t("ocr.no_images"))
        return 0
    results: dict[str, OcrResult | None] = {}
    try:
        for label, x in chosen:
            stored = None if args.again else ocr.exhibit_text(store, evidence_uid=x.uid)
            if stored is None:
                stored = ocr.read_exhibit(
                    store, evidence_uid=x.uid, progress=_progress(label, x.original_name)
                )
            results[x.uid] = stored
    except KeyboardInterrupt:
        print("\n" + t("ocr.cancelled"), file=sys.stderr)
        return 130
    times = ocr.read_times(store, [x.sha256 for _label, x in chosen])
    if args.json:
        exhibits = [
            _exhibit_json(label, x, results[x.uid], times.get(x.sha256.lower()))
            for label, x in chosen
        ]
        dump({"format": "ecomplaint.ocr/1", "case_id": case_id, "exhibits": exhibits})
    else:
        for i, (label, x) in enumerate(chosen):
            if i:
                print()
            _print_exhibit(label, x, results[x.uid], times.get(x.sha256.lower()))
    failed = any(r is not None and r.error for r in results.values())
    return 1 if failed else 0


def register(sub: Any) -> None:
    p = sub.add_parser("ocr", help="read the text of a case's screenshots (OCR) / 识别截图中的文字")
    p.add_argument("case", help="case id, uid or order number")
    p.add_argument("exhibit", nargs="?", help="one exhibit: E3, #12 or its uid (default: all)")
    p.add_argument("--again", action="store_true", help="read again even if read before")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_ocr)
