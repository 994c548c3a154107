"""Draft a letter for a case, and save it as text or PDF (reads only; writes only the file)."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

from ecomplaint import settings
from ecomplaint.domain.ladder import load_rule_book
from ecomplaint.i18n import Lang, UserError
from ecomplaint.letters.kinds import LetterKind, load_kinds
from ecomplaint.letters.render import Letter, render_letter
from ecomplaint.output_files import require_folder
from ecomplaint.services.remedies import remedy_report
from ecomplaint.store import queries
from ecomplaint.store.engine import Store


def letter_kinds() -> dict[str, LetterKind]:
    return load_kinds(settings.config_dir())


def draft_letter(
    store: Store,
    *,
    case_id: int,
    kind: str,
    lang: Lang | None = None,
    now: datetime | None = None,
    config_folder: Path | None = None,
) -> Letter:
    folder = config_folder if config_folder is not None else settings.config_dir()
    kinds = load_kinds(folder)
    if kind not in kinds:
        raise UserError("letter.unknown_kind", kind=kind[:40], choices=", ".join(kinds))
    detail = queries.case_detail(store, case_id)
    at = now or store.clock.now()
    book = load_rule_book(store.folder)
    report = remedy_report(detail, store_folder=store.folder, now=at, book=book)
    use: Lang = lang or ("en" if detail.case.language == "en" else "zh")
    return render_letter(
        detail,
        kind=kinds[kind],
        lang=use,
        book=book,
        remedies=report,
        now=at,
        config_folder=folder,
    )


def save_letter(letter: Letter, out: Path) -> Path:
    """FILE.pdf becomes a PDF, anything else UTF-8 text; written whole or not at all."""
    require_folder(out)
    if out.suffix.lower() == ".pdf":
        from ecomplaint.letters.pdf import write_letter_pdf  # reportlab only when asked

        return write_letter_pdf(letter.text, out, title=letter.title)
    fd, tmp = tempfile.mkstemp(prefix=".letter-", suffix=".txt", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(letter.text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out
