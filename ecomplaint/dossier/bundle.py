"""`ecomplaint bundle`: the dossier, the original files and a manifest of SHA-256 fingerprints,
in one zip for portals that take files. Reproducible: fixed entry times from the record."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ecomplaint.domain.records import CaseDetail, EvidenceRecord
from ecomplaint.dossier import timestamp
from ecomplaint.dossier.attachments import safe_name
from ecomplaint.dossier.builder import (
    MANIFEST_NAME,
    BuildResult,
    Progress,
    build_dossier,
    exhibit_order,
    redacted_copies,
)
from ecomplaint.dossier.exhibit_check import ExhibitChanged, ExhibitsNotIntact, read_checked
from ecomplaint.dossier.options import DossierOptions, effective_as_of
from ecomplaint.dossier.redact import Redactor
from ecomplaint.output_files import require_folder
from ecomplaint.store.blobs import blob_path

MANIFEST_FORMAT = "ecomplaint.bundle/1"


@dataclass(frozen=True)
class BundleResult:
    path: Path
    dossier: BuildResult
    files: int
    missing: list[str]  # exhibits whose original is not in the store
    altered: list[str] = field(default_factory=list)  # exported anyway, marked ALTERED


def build_bundle(
    detail: CaseDetail,
    *,
    store_folder: Path,
    out: Path,
    options: DossierOptions,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    cache_dir: Path | None = None,
    allow_altered: bool = False,
) -> BundleResult:
    """Every original is hashed as it is read into the zip; an altered or missing one stops
    the bundle (ExhibitsNotIntact, nothing written) unless `allow_altered`."""
    out = Path(out)
    if options.redact and not options.include_unredacted_originals:
        from ecomplaint.dossier.builder import UnredactedOriginals

        raise UnredactedOriginals()  # a bundle always carries the originals, unredacted
    require_folder(out)
    # The originals travel beside the PDF, so the PDF need not carry them too.
    options = replace(options, attach_originals=False)
    stamp = effective_as_of(detail, options).timetuple()[:6]
    redactor = Redactor.for_case(detail.case, options.lang, options.redact, options.also_mask)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    pdf_tmp = tmp.with_name(tmp.name + ".pdf")
    try:
        result = build_dossier(
            detail,
            store_folder=store_folder,
            out=pdf_tmp,
            options=options,
            progress=(lambda f, s: progress(f * 0.8, s)) if progress else None,
            cancelled=cancelled,
            cache_dir=cache_dir,
            allow_altered=allow_altered,
            originals_in_bundle=True,
        )
        files: list[dict[str, object]] = []
        altered: list[str] = []
        missing: list[str] = []
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            pdf_bytes = pdf_tmp.read_bytes()
            _add(zf, "dossier.pdf", pdf_bytes, stamp)
            exhibits = exhibit_order(detail)
            copies = redacted_copies(detail)
            for n, x in enumerate(exhibits, start=1):
                if cancelled is not None and cancelled():
                    from ecomplaint.dossier.builder import Cancelled

                    raise Cancelled()
                if progress is not None:
                    progress(0.8 + 0.2 * n / max(len(exhibits), 1), "bundle")
                name = f"originals/E{n}_{safe_name(redactor(x.original_name) or x.sha256[:12])}"
                # Hashed as read: the zip holds exactly the bytes the manifest describes.
                data, actual = read_checked(blob_path(store_folder, x.sha256))
                printed = result.checks.get(x.sha256.lower())
                if printed is not None and actual != printed.actual:
                    raise ExhibitChanged(f"E{n}")
                if data is None or actual is None:
                    missing.append(f"E{n}")
                    continue
                if actual != x.sha256.lower():
                    altered.append(f"E{n}")
                _add(zf, name, data, stamp)
                files.append(
                    {
                        "exhibit": f"E{n}",
                        "path": name,
                        "sha256": actual,
                        "recorded_sha256": x.sha256,
                        "intact": actual == x.sha256.lower(),
                        "size": len(data),
                        "mime": x.mime,
                        "description": redactor(x.description),
                    }
                )
                copy = copies.get(x.id)
                if copy is not None:  # the redacted copy the dossier lists (and prints)
                    entry = _add_copy(zf, f"E{n}", copy, store_folder, result, redactor, stamp)
                    if entry is None:
                        missing.append(f"E{n}")
                    else:
                        files.append(entry)
                        if not entry["intact"]:
                            altered.append(f"E{n}")
            if (altered or missing) and not allow_altered:
                raise ExhibitsNotIntact(altered, missing)
            manifest = {
                "format": MANIFEST_FORMAT,
                "case": redactor(detail.case.title),
                "order_no": redactor(detail.case.order_no),
                "content_fingerprint": result.fingerprint,
                "dossier": {
                    "path": "dossier.pdf",
                    "sha256": hashlib.sha256(pdf_bytes).hexdigest(),
                    "size": len(pdf_bytes),
                },
                "files": files,
                "missing": missing,
                "altered": altered,
            }
            text = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
            _add(zf, "manifest.json", text.encode("utf-8"), stamp)
            _add_timestamp_request(zf, detail, result, store_folder, stamp)
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    finally:
        with contextlib.suppress(OSError):
            pdf_tmp.unlink()
    return BundleResult(
        path=out,
        dossier=replace(result, path=out),
        files=len(files),
        missing=missing,
        altered=altered,
    )


def _add_copy(
    zf: zipfile.ZipFile,
    no: str,
    copy: EvidenceRecord,
    store_folder: Path,
    result: BuildResult,
    redactor: Redactor,
    stamp: tuple[int, ...],
) -> dict[str, object] | None:
    """redacted/E3_name-redacted.png, hashed as read like an original; None if unreadable."""
    data, actual = read_checked(blob_path(store_folder, copy.sha256))
    printed = result.checks.get(copy.sha256.lower())
    if printed is not None and actual != printed.actual:
        raise ExhibitChanged(no)
    if data is None or actual is None:
        return None
    name = f"redacted/{no}_{safe_name(redactor(copy.original_name) or copy.sha256[:12])}"
    _add(zf, name, data, stamp)
    return {
        "exhibit": no,
        "path": name,
        "sha256": actual,
        "recorded_sha256": copy.sha256,
        "intact": actual == copy.sha256.lower(),
        "size": len(data),
        "mime": copy.mime,
        "description": redactor(copy.description),
        "redacted_copy_of": no,
    }


def _add_timestamp_request(
    zf: zipfile.ZipFile,
    detail: CaseDetail,
    result: BuildResult,
    store_folder: Path,
    stamp: tuple[int, ...],
) -> None:
    """The manifest embedded in the dossier, an RFC 3161 request over it (dossier/timestamp.py)
    and one line on sending it; the store remembers the request for `ecomplaint timestamp`."""
    exhibits = exhibit_order(detail)
    copies = {k: c for k, c in redacted_copies(detail).items() if any(x.id == k for x in exhibits)}
    manifest = timestamp.manifest_bytes(detail.case.uid, result.fingerprint, exhibits, copies)
    tsq = timestamp.keep_request(store_folder, detail.case.uid, manifest)
    _add(zf, MANIFEST_NAME, manifest, stamp)
    _add(zf, "dossier-manifest.tsq", tsq, stamp)
    how = timestamp.HOW_TO.replace("CASE", detail.case.uid)
    _add(zf, "TIMESTAMP.txt", (how + "\n").encode("ascii"), stamp)


def _add(zf: zipfile.ZipFile, name: str, data: bytes, stamp: tuple[int, ...]) -> None:
    info = zipfile.ZipInfo(name, date_time=stamp)  # type: ignore[arg-type]
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    zf.writestr(info, data)
