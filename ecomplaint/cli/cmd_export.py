"""`ecomplaint export CASE -o dossier.pdf` and `ecomplaint bundle CASE -o bundle.zip`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from ecomplaint.domain.visible import visible
from ecomplaint.dossier.builder import build_dossier, print_cache_dir
from ecomplaint.dossier.bundle import build_bundle
from ecomplaint.dossier.labels import Lang
from ecomplaint.dossier.options import SECTIONS, DossierOptions
from ecomplaint.i18n import UserError, current_language
from ecomplaint.store import queries
from ecomplaint.store.engine import Store


def _options(args: argparse.Namespace, case_language: str, now: datetime) -> DossierOptions:
    lang: Lang = "en" if (args.doc_lang or case_language) == "en" else "zh"
    sections = SECTIONS
    if args.sections:
        sections = tuple(s.strip() for s in args.sections.split(",") if s.strip())
        unknown = [s for s in sections if s not in SECTIONS]
        if unknown:
            raise UserError(
                "dossier.bad_sections", names=", ".join(unknown), choices=", ".join(SECTIONS)
            )
    return DossierOptions(
        lang=lang,
        redact=args.redact,
        sections=sections,
        attach_originals=getattr(args, "attach_originals", False),
        paper=args.paper,
        exported_at=now,
        also_mask=tuple(args.mask or ()),
        include_unredacted_originals=args.include_unredacted_originals,
    )


def _write_error(exc: OSError, out: Path) -> UserError:
    return UserError("dossier.cannot_write", path=str(out), detail=exc.strerror or str(exc))


def _build(store: Store, args: argparse.Namespace, builder: Any) -> Any:
    """The case named on the command line through `builder` (build_dossier or build_bundle)."""
    detail = queries.case_detail(store, queries.find_case_id(store, args.case))
    out = Path(args.output)
    options = _options(args, detail.case.language, store.clock.now())
    # Refused before anything is written: a redacted export never carries the unredacted
    # originals without the user saying so.
    if options.originals_refused:
        raise UserError("dossier.unredacted_originals")
    if builder is build_bundle and options.redact and not options.include_unredacted_originals:
        raise UserError("dossier.bundle_unredacted")
    try:
        return builder(
            detail,
            store_folder=store.folder,
            out=out,
            options=options,
            cache_dir=print_cache_dir(store.folder),
            allow_altered=args.allow_altered,
        )
    except OSError as exc:
        if exc.filename and Path(exc.filename).resolve().parent != out.resolve().parent:
            raise  # not the output: a missing resource is not "choose another folder"
        raise _write_error(exc, out) from exc


def _warn_not_intact(altered: Sequence[str], missing: Sequence[str]) -> None:
    """Exported anyway: say again which exhibits the dossier marks."""
    if not (altered or missing):
        return
    zh = current_language() == "zh"
    parts = []
    if altered:
        parts.append(("已被改动：" if zh else "ALTERED: ") + ", ".join(altered))
    if missing:
        parts.append(("缺失：" if zh else "MISSING: ") + ", ".join(missing))
    lead = "注意，以下证据在材料中已如实标注——" if zh else "Exported anyway; marked as such: "
    print(lead + ("；" if zh else "; ").join(parts), file=sys.stderr)


def run_export(store: Store, args: argparse.Namespace) -> int:
    result = _build(store, args, build_dossier)
    _warn_not_intact(result.altered, result.missing)
    zh = current_language() == "zh"
    msg = (
        f"已导出 {visible(result.path)}：{result.pages} 页，{result.size // 1024} KB，"
        f"证据 {result.exhibits} 件，内容指纹 {result.fingerprint[:16]}…"
        if zh
        else f"Exported {visible(result.path)}: {result.pages} pages, {result.size // 1024} KB, "
        f"{result.exhibits} exhibits, content fingerprint {result.fingerprint[:16]}…"
    )
    print(msg, file=sys.stderr)
    return 0


def run_bundle(store: Store, args: argparse.Namespace) -> int:
    result = _build(store, args, build_bundle)
    _warn_not_intact(result.altered, result.missing)
    zh = current_language() == "zh"
    print(
        f"已生成材料包 {visible(result.path)}：原文件 {result.files} 个"
        + (f"，缺失 {', '.join(map(visible, result.missing))}" if result.missing else "")
        if zh
        else f"Wrote {visible(result.path)}: {result.files} originals"
        + (f", missing {', '.join(map(visible, result.missing))}" if result.missing else ""),
        file=sys.stderr,
    )
    return 0


def _common(p: Any) -> None:
    p.add_argument("case", help="case id, uid or order number")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    # --lang is taken by the program's message language; the dossier's is its own option.
    p.add_argument(
        "--lang",
        "--doc-lang",
        dest="doc_lang",
        choices=["zh", "en"],
        help="language of the dossier (default: the case's)",
    )
    p.add_argument(
        "--redact",
        action="store_true",
        help="mask the complainant's name, phone numbers, ID numbers and address",
    )
    p.add_argument(
        "--mask",
        action="append",
        metavar="TEXT",
        help="with --redact: also mask TEXT (another way of writing the name, e.g. pinyin); "
        "repeat for more",
    )
    p.add_argument(
        "--include-unredacted-originals",
        action="store_true",
        help="with --redact: accept that the original files go along unredacted",
    )
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")
    p.add_argument(
        "--allow-altered",
        action="store_true",
        help="export even when an exhibit's file is altered or missing; it is printed as "
        "ALTERED / 证据文件被改动或缺失时仍导出，并在材料中如实标注",
    )
    p.add_argument(
        "--sections",
        metavar="LIST",
        help="comma-separated sections to include: " + ",".join(SECTIONS),
    )


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="export the PDF dossier / 导出 PDF 投诉材料")
    _common(p)
    p.add_argument(
        "--attach-originals",
        action="store_true",
        help="embed the original evidence files in the PDF",
    )
    p.set_defaults(func=run_export)

    p = sub.add_parser("bundle", help="dossier + originals + manifest in a zip / 打包材料与原文件")
    _common(p)
    p.set_defaults(func=run_bundle)
