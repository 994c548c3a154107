"""Build the dossier PDF for one case: progress, cancel, and no partial file ever left behind.

    build_dossier(detail, store_folder=store.folder, out=Path("dossier.pdf"),
                  options=DossierOptions(lang="en", redact=True),
                  progress=lambda fraction, stage: ..., cancelled=event.is_set)

The output is written to a temporary file beside `out` and moved over it only when complete.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ecomplaint import vocabulary
from ecomplaint.domain.exhibits import exhibit_order, redacted_copies
from ecomplaint.domain.records import CaseDetail
from ecomplaint.dossier import attachments, images, pdfa, sections, text, timestamp, verification
from ecomplaint.dossier.citations import case_topics, escalation_citations, load_citations
from ecomplaint.dossier.context import Ctx
from ecomplaint.dossier.exhibit_check import ExhibitsNotIntact, FileCheck, check_all, not_intact
from ecomplaint.dossier.facts import compute
from ecomplaint.dossier.flow import Heading, canvas_class, define_page_form, short, styles
from ecomplaint.dossier.labels import label
from ecomplaint.dossier.legal_basis import legal_basis
from ecomplaint.dossier.options import DossierOptions, effective_as_of, fingerprint
from ecomplaint.dossier.redact import Redactor
from ecomplaint.i18n import UserError
from ecomplaint.output_files import require_folder
from ecomplaint.progress import Cancelled
from ecomplaint.services.remedies import remedy_report

Progress = Callable[[float, str], None]
MANIFEST_NAME = "dossier-manifest.json"
MARGIN = 18 * mm
FOOTER_SPACE = 8 * mm


def print_cache_dir(store_folder: Path) -> Path:
    """Print-size copies of exhibit pictures, reused by later exports."""
    return Path(store_folder) / "cache" / "print"


class UnredactedOriginals(ValueError):
    """A redacted export asked to carry the original files, which are not redacted, and the
    user did not accept that (DossierOptions.include_unredacted_originals)."""


@dataclass(frozen=True)
class BuildResult:
    path: Path
    pages: int
    size: int
    fingerprint: str
    exhibits: int
    attached: int
    altered: tuple[str, ...] = ()  # exhibits printed as ALTERED (exported anyway)
    missing: tuple[str, ...] = ()  # exhibits printed as MISSING (exported anyway)
    # recorded fingerprint → the file as read for this dossier (bundle re-checks against it)
    checks: dict[str, FileCheck] = field(default_factory=dict)


class _Doc(BaseDocTemplate):
    def __init__(
        self,
        filename: str,
        ctx: Ctx,
        check: Callable[[], None],
        on_flowable: Callable[[], None],
        **kw: Any,
    ) -> None:
        super().__init__(filename, **kw)
        self.ctx = ctx
        self.check = check
        self.on_flowable = on_flowable
        self.seen_keys: set[str] = set()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        self.check()
        self.on_flowable()
        if isinstance(flowable, Heading):
            canv = self.canv
            key = flowable.key
            canv.bookmarkPage(key)
            canv.addOutlineEntry(flowable.title_text, key, level=flowable.level, closed=True)
            if flowable.toc_level >= 0 and key not in self.seen_keys:
                self.seen_keys.add(key)
                size = self.ctx.styles["toc0" if flowable.toc_level == 0 else "toc1"].fontSize
                define_page_form(canv, key, self.page, size)


SECTION_BUILDERS: dict[str, Callable[[Ctx], list[Flowable]]] = {
    "summary": sections.summary,
    "demands": sections.demands,
    "legal_basis": legal_basis,
    "parties": sections.parties,
    "chronology": sections.chronology,
    "promises": sections.promise_ledger,
    "escalations": sections.escalations,
    "rules": sections.rules,
    "exhibits": sections.exhibits,
    "declaration": sections.declaration,
}


def make_story(ctx: Ctx) -> list[Flowable]:
    """Cover, contents, the chosen sections in order, and (redacted) the redaction report,
    built last so that it counts everything masked before it."""
    cover = sections.cover(ctx)
    body: list[Flowable] = []
    for key, build in SECTION_BUILDERS.items():
        if ctx.options.has(key):
            body += build(ctx)
    body += verification.section(ctx)  # always: how to check this file (dossier/verification.py)
    if ctx.options.redact:
        body += sections.redaction_report(ctx)
    return cover + sections.contents(ctx, sections.toc_rows(body)) + body


def build_dossier(
    detail: CaseDetail,
    *,
    store_folder: Path,
    out: Path,
    options: DossierOptions,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    rules_folder: Path | None = None,
    cache_dir: Path | None = None,
    allow_altered: bool = False,
    originals_in_bundle: bool = False,
) -> BuildResult:
    """`cache_dir`: where print-size pictures are kept between exports (the CLI and the
    dialog pass the store's cache/print folder); None keeps them in memory only.
    `originals_in_bundle`: the unredacted originals travel beside this PDF (bundle), which
    the cover of a redacted dossier says.

    Every exhibit's file is re-hashed first: one that is missing or no longer matches its
    fingerprint raises ExhibitsNotIntact (nothing written) unless `allow_altered`, the user's
    explicit choice, in which case it is printed as ALTERED/MISSING and the declaration says so."""
    out = Path(out)
    if options.originals_refused:
        raise UnredactedOriginals()

    def report(fraction: float, stage: str) -> None:
        if progress is not None:
            progress(min(max(fraction, 0.0), 1.0), stage)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()

    check()
    lang = options.lang
    case = detail.case
    as_of = effective_as_of(detail, options)
    citations = (
        escalation_citations(detail, lang, rules_folder)
        + load_citations(
            case.platform,
            lang,
            rules_folder,
            topics=case_topics(detail),
            on=as_of.date().isoformat(),  # the rules in force when the record was made
        )
        if options.has("rules")
        else []
    )
    remedies = None
    if options.has("legal_basis"):
        try:
            remedies = remedy_report(detail, store_folder=store_folder, now=as_of)
        except UserError:  # unreadable saved answers: the section says what is unanswered
            remedies = remedy_report(detail, store_folder=store_folder, now=as_of, answers={})
    extra: list[Any] = [c.__dict__ for c in citations]
    if remedies is not None and remedies.answers:  # the answers change the section
        extra.append({"remedy_answers": remedies.answers})
    fp = fingerprint(detail, options, extra=extra)
    raw_detail, detail = detail, text.clean_record(detail)
    pagesize = A4 if options.paper == "a4" else LETTER
    frame_w = pagesize[0] - 2 * MARGIN
    frame_h = pagesize[1] - 2 * MARGIN - FOOTER_SPACE
    exhibits = exhibit_order(detail)
    # Redacted copies of pictures: printed in their originals' place when redacting, else
    # listed by fingerprint (dossier/redacted_exhibits.py); hashed either way.
    copies = {k: c for k, c in redacted_copies(detail).items() if any(x.id == k for x in exhibits)}
    printed = {
        (copies[x.id] if options.redact and x.id in copies else x).sha256.lower() for x in exhibits
    }

    # 1. every exhibit's file hashed, pictures scaled from the hashed bytes (0–50 %)
    checks: dict[str, FileCheck] = {}
    pictures: dict[str, images.Prepared | None] = {}
    if options.has("exhibits") or options.has("declaration") or options.attach_originals:
        px_w = int(frame_w / 72 * images.PRINT_DPI)
        px_h = int(frame_h / 72 * images.PRINT_DPI)
        checks, pictures = check_all(
            exhibits + list(copies.values()),
            store_folder,
            picture_size=(px_w, px_h) if options.has("exhibits") else None,
            on_done=lambda n, total: report(0.5 * n / total, "images"),
            cancelled=cancelled,
            cache_dir=cache_dir,
            pictures_of=printed,
        )
        check()
    altered, missing = not_intact(exhibits, checks, copies)
    if (altered or missing) and not allow_altered:
        raise ExhibitsNotIntact(altered, missing)
    if altered or missing:
        # What the dossier says about these exhibits is part of its content.
        fp = fingerprint(
            raw_detail,
            options,
            extra=[[c.__dict__ for c in citations], sorted(map(_plain_check, checks.values()))],
        )
    report(0.5, "layout")

    redactor = Redactor.for_case(case, lang, options.redact, options.also_mask)
    ctx = Ctx(
        detail=detail,
        options=options,
        as_of=as_of,
        facts=compute(detail, as_of),
        redact=redactor,
        styles=styles(),
        citations=citations,
        exhibits=exhibits,
        pictures=pictures,
        frame_w=frame_w,
        frame_h=frame_h,
        fingerprint=fp,
        checks=checks,
        originals_where=(
            "pdf" if options.attach_originals else "zip" if originals_in_bundle else None
        ),
        remedies=remedies,
        copies=copies,
    )
    if options.attach_originals:
        ctx.attached_names = attachments.names(ctx)
    ctx.manifest = timestamp.manifest_bytes(case.uid, fp, exhibits, copies)
    ctx.stamp = timestamp.stamp_for(store_folder, case.uid, ctx.manifest)

    story = make_story(ctx)

    platform = vocabulary.word("platform", case.platform, lang)
    metadata = {
        "title": short(redactor(case.title)),
        "author": short(redactor(case.complainant_name)) or "eComplaint",
        "subject": short(
            label("meta.subject", lang, platform=platform, order=redactor(case.order_no))
        ),
        "keywords": f"sha256:{fp}",
    }

    def footer(page: int, total: int) -> tuple[str, str]:
        return ctx.case_ref, label("foot.page", lang, x=page, y=total)

    require_folder(out)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        steps = max(len(story), 1)
        done = [0]

        def on_flowable() -> None:
            done[0] += 1
            report(0.5 + 0.45 * min(done[0] / steps, 1.0), "layout")

        doc = _Doc(
            str(tmp),
            ctx,
            check,
            on_flowable,
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + FOOTER_SPACE,
            title=metadata["title"],
            author=metadata["author"],
            subject=metadata["subject"],
            creator="eComplaint",
            keywords=metadata["keywords"],
            invariant=1,
        )
        frame = Frame(
            MARGIN,
            MARGIN + FOOTER_SPACE,
            frame_w,
            frame_h,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        canvasmaker = canvas_class(as_of, footer, metadata)
        doc.build(story, canvasmaker=canvasmaker)
        check()
        attached = 0
        if options.attach_originals:
            report(0.95, "attach")
            attached = attachments.embed(tmp, ctx, store_folder, check)
        report(0.97, "archive")
        pdfa.convert(tmp, as_of, {MANIFEST_NAME: ctx.manifest})  # PDF/A-3b (dossier/pdfa.py)
        pages = _count_pages(tmp)
        check()
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    report(1.0, "done")
    return BuildResult(
        path=out,
        pages=pages,
        size=out.stat().st_size,
        fingerprint=fp,
        exhibits=len(exhibits),
        attached=attached,
        altered=tuple(altered),
        missing=tuple(missing),
        checks=checks,
    )


def _plain_check(c: FileCheck) -> tuple[str, str]:
    return (c.recorded.lower(), c.actual or "")


def _count_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)
