"""Turn the finished dossier into PDF/A-3b with pikepdf, after reportlab wrote the content.

reportlab draws the pages (every font already embedded, see fonts.py); this step adds what an
archive needs: the sRGB output intent (the ICC profile pikepdf ships), XMP identification
(pdfaid part 3, conformance B) and, for each original attached, /AFRelationship /Source and a
place in the catalogue's /AF. pikepdf's validator checks the result in the tests (and here on
request, `validate=True`): at export time it would cost more than the whole PDF/A step.

Same record, same bytes: the document ID is derived from the content and every date in the XMP
packet (including the metadata date pikepdf stamps with the clock) is the record's "as of".
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
from pikepdf import Name

FLAVOUR = "3b"
_METADATA_DATE = re.compile(rb"(<xmp:MetadataDate>)[^<]*(</xmp:MetadataDate>)")


class NotConforming(Exception):
    """The written file did not pass the PDF/A-3b checks (a bug: say so, keep nothing)."""


def _mark_sources(pdf: pikepdf.Pdf) -> int:
    """The attached originals are the sources of the exhibits printed in the dossier."""
    names = pdf.Root.get(Name.Names)
    tree = names.get(Name.EmbeddedFiles) if names is not None else None
    if tree is None:
        return 0
    specs = [spec for _, spec in pikepdf.NameTree(tree).items()]
    for spec in specs:
        spec[Name.AFRelationship] = Name.Source
        if Name.UF not in spec and Name.F in spec:  # PDF/A-3 wants both names
            spec[Name.UF] = spec[Name.F]
    pdf.Root[Name.AF] = pikepdf.Array(specs)
    return len(specs)


def _fix_metadata_date(pdf: pikepdf.Pdf, when: datetime) -> None:
    stamp = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00").encode()
    meta = pdf.Root.Metadata
    data = meta.read_bytes()
    fixed = _METADATA_DATE.sub(rb"\g<1>" + stamp + rb"\g<2>", data)
    meta.write(fixed)


def _add_data(pdf: pikepdf.Pdf, name: str, data: bytes, when: datetime) -> None:
    """A file the dossier itself is built from (its manifest): an associated file, /Data."""
    stamp = _pdf_date(when)  # never the clock: same record, same bytes
    spec = pikepdf.AttachedFileSpec(
        pdf,
        data,
        filename=name,
        mime_type="application/json",
        creation_date=stamp,
        mod_date=stamp,
        relationship=Name.Data,
    )
    pdf.attachments[name] = spec  # with a relationship, pikepdf also lists it in /AF


def _pdf_date(when: datetime) -> str:
    return when.astimezone(UTC).strftime("D:%Y%m%d%H%M%SZ")


def convert(
    path: Path, when: datetime, data: dict[str, bytes] | None = None, validate: bool = False
) -> int:
    """Rewrite `path` in place as validated PDF/A-3b, with `data` (name → bytes) attached as
    associated files; returns how many attached originals are marked as sources."""
    from pikepdf import pdfa

    out = path.with_name(path.name + ".pdfa")
    try:
        with pikepdf.open(path) as pdf:
            sources = _mark_sources(pdf)
            for name, content in (data or {}).items():
                _add_data(pdf, name, content, when)
            for page in pdf.pages:
                # reportlab writes an empty page transition; the validator does not check it
                if Name.Trans in page.obj and len(page.obj.Trans.keys()) == 0:
                    del page.obj[Name.Trans]
            pdfa.prepare(pdf, FLAVOUR)
            _fix_metadata_date(pdf, when)
            if validate:
                try:
                    pdfa.save(pdf, out, FLAVOUR, repair=False, deterministic_id=True)
                except pdfa.PdfaError as e:
                    raise NotConforming(str(e.report)) from e
            else:
                # The settings PDF/A needs, without re-reading the file: validating costs ~15 %
                # of a 200-entry build; tests/test_dossier_pdfa.py validates what we write.
                pdf.save(out, **pdfa.resolve_save_kwargs(FLAVOUR, deterministic_id=True))
        os.replace(out, path)
    finally:
        if out.exists():
            out.unlink()
    return sources
