"""Exhibits with a redacted copy (services/image_redaction.py) in the dossier.

A redacted dossier prints the copy in place of the original picture, with both fingerprints
(the original's, which the record and any attached original match, and the copy's, which the
printed picture comes from), and drops the "may contain personal data" warning only when the
user confirmed the copy. An unredacted dossier prints the original, as the exhibit it is,
and lists the copy's fingerprint under it without printing the same picture twice.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from ecomplaint.domain.image_redaction import RedactionRecord
from ecomplaint.domain.records import EvidenceRecord
from ecomplaint.dossier import images
from ecomplaint.dossier.context import Ctx
from ecomplaint.dossier.flow import cell, p
from ecomplaint.dossier.labels import LABELS

LABELS.update(
    {
        "ex.sha_copy": ("遮蔽副本 SHA-256", "SHA-256 (redacted copy)"),
        "ex.copy_in_table": ("遮蔽副本：", "redacted copy: "),
        "ex.redacted": ("遮蔽", "Redaction"),
        "ex.redacted_how": (
            "涂黑 {n} 处（实心填充），{by}，{at}；{checked}",
            "{n} region(s) filled solid by {by}, {at}; {checked}",
        ),
        "ex.read_back": (
            "已用文字识别复核：副本中读不出被遮蔽的内容",
            "checked by reading the copy's text back: none of the hidden values can be read",
        ),
        "ex.not_read_back": ("未用文字识别复核", "not checked by reading its text back"),
        "ex.copy_shown": (
            "下图为遮蔽副本：个人信息已涂黑，并经人工确认；原件指纹见上。",
            "The picture below is the redacted copy: personal data blacked out and confirmed "
            "by a person; the original's fingerprint is above.",
        ),
        "ex.copy_unconfirmed": (
            "注意：下图为遮蔽副本，但遮蔽未经人工确认，可能仍含有个人信息。",
            "Note: the picture below is a redacted copy whose redaction was not confirmed by a "
            "person; it may still contain personal data.",
        ),
        "ex.copy_exists": (
            "此图片另有遮蔽副本（指纹见上），隐私保护版材料中以副本代替；此处印出原件。",
            "A redacted copy of this picture exists (fingerprint above) and is printed instead "
            "in the redacted dossier; the original is printed here.",
        ),
        "red.copies": (
            "{n} 张图片以遮蔽副本代替原件印出，原件与副本的指纹均已列出。",
            "{n} picture(s) are printed as their redacted copies; both fingerprints are listed.",
        ),
    }
)


def copy_of(ctx: Ctx, x: EvidenceRecord) -> EvidenceRecord | None:
    return ctx.copies.get(x.id)


def shown(ctx: Ctx, x: EvidenceRecord) -> EvidenceRecord:
    """The record whose picture this dossier prints for exhibit `x`."""
    copy = copy_of(ctx, x)
    return copy if copy is not None and ctx.options.redact else x


def unchecked(ctx: Ctx, x: EvidenceRecord) -> bool:
    """A picture a redacted dossier prints that nobody confirmed holds no personal data."""
    if not images.is_picture(x.mime):
        return False
    return not shown(ctx, x).privacy_checked


def table_lines(ctx: Ctx, x: EvidenceRecord, style: ParagraphStyle) -> list[Flowable]:
    copy = copy_of(ctx, x)
    if copy is None:
        return []
    return [cell(ctx.L("ex.copy_in_table") + copy.sha256, style)]


def rows(
    ctx: Ctx, x: EvidenceRecord, style: ParagraphStyle
) -> list[tuple[str, str | list[Flowable]]]:
    """The copy's fingerprint and how it was made, under the original's details."""
    copy = copy_of(ctx, x)
    if copy is None:
        return []
    out: list[tuple[str, str | list[Flowable]]] = [
        (ctx.L("ex.sha_copy"), [cell(copy.sha256, style), *_state(ctx, copy)])
    ]
    try:
        record = RedactionRecord.from_json(copy.redaction_json)
    except (ValueError, KeyError, TypeError, IndexError):
        record = None
    if record is not None:
        checked = ctx.L("ex.read_back" if record.verified else "ex.not_read_back")
        how = ctx.L(
            "ex.redacted_how",
            n=len(record.boxes),
            by=ctx.u(record.by) or "—",
            at=ctx.when(record.at),
            checked=checked,
        )
        out.append((ctx.L("ex.redacted"), how))
    return out


def _state(ctx: Ctx, copy: EvidenceRecord) -> list[Flowable]:
    state = ctx.exhibit_state(copy)
    if state == "ok":
        return []
    word = ctx.L("ex.altered" if state == "altered" else "ex.gone")
    return [cell(word, ctx.styles["alert"], bold=True)]


def notes(ctx: Ctx, x: EvidenceRecord) -> list[Flowable]:
    """What is said just above the printed picture."""
    s = ctx.styles
    copy = copy_of(ctx, x)
    if copy is None:
        if ctx.options.redact and not x.privacy_checked:
            return [p(ctx.L("ex.privacy"), s["alert"], bold=True)]
        return []
    if not ctx.options.redact:
        return [p(ctx.L("ex.copy_exists"), s["small"])]
    if copy.privacy_checked:
        return [p(ctx.L("ex.copy_shown"), s["small"])]
    return [p(ctx.L("ex.copy_unconfirmed"), s["alert"], bold=True)]


def printed_as_copies(ctx: Ctx) -> list[str]:
    """The cover's and the report's line on pictures printed as their redacted copies."""
    n = sum(1 for x in ctx.exhibits if copy_of(ctx, x) is not None)
    if not (ctx.options.redact and n and ctx.options.has("exhibits")):
        return []
    return [ctx.L("red.copies", n=n)]
