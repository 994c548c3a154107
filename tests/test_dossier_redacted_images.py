"""The dossier and redacted copies of pictures: a redacted dossier prints the copy in the
original's place with both fingerprints, and drops the personal-data warning only for a copy
the user confirmed; an unredacted dossier prints the original once and lists the copy."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from ecomplaint.domain.exhibits import exhibit_order
from ecomplaint.domain.image_redaction import Box
from ecomplaint.dossier.builder import build_dossier
from ecomplaint.dossier.exhibit_check import ExhibitsNotIntact
from ecomplaint.dossier.options import DossierOptions
from ecomplaint.services import evidence as ev
from ecomplaint.services import image_redaction as ir
from ecomplaint.store import queries
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from tests.helpers.drawn_text import png_bytes

WARNING = "may contain personal data"
CASE = "TM-2026-0127-8830"


def _picture(colour: tuple[int, int, int]) -> bytes:
    img = Image.new("RGB", (600, 400), colour)
    img.paste((250, 250, 250), (50, 50, 550, 350))  # a light card where the "number" is
    return png_bytes(img)


@pytest.fixture
def wreath(demo_store: Store, tmp_path: Path) -> tuple[int, list[str]]:
    """The wreath case with two more pictures; the first gets a confirmed redacted copy,
    the second an unconfirmed one; the demo's own two screenshots stay unredacted."""
    case_id = queries.find_case_id(demo_store, CASE)
    uids = []
    for n, colour in enumerate(((200, 40, 40), (40, 160, 40))):
        f = tmp_path / f"shot{n}.png"
        f.write_bytes(_picture(colour))
        (r,) = ev.attach_files(demo_store, case_id=case_id, paths=[f]).results
        assert r.evidence_id is not None
        uids.append(ev.get_evidence(demo_store, r.evidence_id).uid)
    copies = []
    for uid, confirmed in zip(uids, (True, False), strict=True):
        done = ir.redact_image(
            demo_store,
            evidence_uid=uid,
            boxes=[Box(50, 50, 500, 300, "phone")],
            by="志愿者 A",
            confirmed=confirmed,
            check_text=False,
        )
        copies.append(done.sha256)
    return case_id, uids + copies


def _build(store: Store, case_id: int, out: Path, **options: object) -> str:
    detail = queries.case_detail(store, case_id)
    build_dossier(
        detail, store_folder=store.folder, out=out, options=DossierOptions(lang="en", **options)
    )
    return " ".join(" ".join(pg.extract_text() for pg in PdfReader(str(out)).pages).split())


def _images(pdf: Path) -> list[Image.Image]:
    out = []
    for page in PdfReader(str(pdf)).pages:
        for im in page.images:
            out.append(Image.open(io.BytesIO(im.data)).convert("RGB"))
    return out


def _centre_dark(im: Image.Image) -> bool:
    r, g, b = im.getpixel((im.width // 2, im.height // 2))  # type: ignore[misc]
    return r + g + b < 60


def _joined(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_a_redacted_dossier_prints_the_copy_with_both_fingerprints(
    demo_store: Store, wreath: tuple[int, list[str]], tmp_path: Path
) -> None:
    case_id, (uid1, uid2, copy1, copy2) = wreath
    detail = queries.case_detail(demo_store, case_id)
    shas = {x.uid: x.sha256 for x in detail.evidence}
    assert len(exhibit_order(detail)) == 4  # the copies are not exhibits of their own
    pdf = tmp_path / "redacted.pdf"
    text = _build(demo_store, case_id, pdf, redact=True)
    flat = _joined(text)
    for sha in (shas[uid1], shas[uid2], copy1, copy2):
        assert sha in flat  # both fingerprints of each exhibit
    # who redacted it (a volunteer, not the complainant: printed as typed), how many
    # regions, and whether the copy's text was read back
    assert "SHA-256 (redacted copy)" in text and "filled solid by 志愿者 A" in text
    assert "1 region(s) filled solid" in text and "not checked by reading its text back" in text
    # the warning: gone for the confirmed copy, kept for the unconfirmed copy and for the
    # demo's two unredacted screenshots
    assert text.count(WARNING) == 2 and "not confirmed by a person" in text
    assert "2 picture(s) are printed as their redacted copies" in text
    assert "3 picture(s) not marked as checked for privacy" in text  # 2 demo + unconfirmed
    pictures = _images(pdf)
    assert len(pictures) == 4  # one per picture exhibit: never the original and the copy
    assert sum(_centre_dark(im) for im in pictures) == 2  # both copies, blacked out


def test_an_unredacted_dossier_prints_each_original_once_and_lists_the_copy(
    demo_store: Store, wreath: tuple[int, list[str]], tmp_path: Path
) -> None:
    case_id, (_, _, copy1, copy2) = wreath
    pdf = tmp_path / "plain.pdf"
    text = _build(demo_store, case_id, pdf)
    assert copy1 in _joined(text) and copy2 in _joined(text)
    assert text.count("A redacted copy of this picture exists") == 2
    pictures = _images(pdf)
    assert len(pictures) == 4 and not any(_centre_dark(im) for im in pictures)
    assert WARNING not in text


def test_a_damaged_copy_stops_the_export_like_a_damaged_original(
    demo_store: Store, wreath: tuple[int, list[str]], tmp_path: Path
) -> None:
    case_id, (_, _, copy1, _) = wreath
    path = blob_path(demo_store.folder, copy1)
    path.chmod(0o600)
    path.unlink()
    with pytest.raises(ExhibitsNotIntact) as err:
        _build(demo_store, case_id, tmp_path / "x.pdf", redact=True)
    assert err.value.missing and not (tmp_path / "x.pdf").exists()


def test_a_trashed_original_leaves_its_copy_as_an_exhibit_and_undo_restores_the_original(
    demo_store: Store, wreath: tuple[int, list[str]], tmp_path: Path
) -> None:
    case_id, (uid1, _, copy1, _) = wreath
    detail = queries.case_detail(demo_store, case_id)
    first = next(x for x in detail.evidence if x.uid == uid1)
    copy = next(x for x in detail.evidence if x.sha256 == copy1)
    ev.trash_evidence(demo_store, evidence_id=first.id)
    detail = queries.case_detail(demo_store, case_id)
    assert copy.id in [x.id for x in exhibit_order(detail)]
    ev.restore_evidence(demo_store, evidence_id=first.id)
    ir.undo_redaction(demo_store, evidence_id=copy.id)
    pdf = tmp_path / "after-undo.pdf"
    text = _build(demo_store, case_id, pdf, redact=True)
    assert copy1 not in _joined(text)
    assert text.count(WARNING) == 3  # the first picture is back to its unredacted self


def test_a_bundle_carries_each_redacted_copy_beside_the_originals(
    demo_store: Store, wreath: tuple[int, list[str]], tmp_path: Path
) -> None:
    import hashlib
    import json
    import zipfile

    from ecomplaint.dossier.bundle import build_bundle

    case_id, (_, _, copy1, copy2) = wreath
    out = tmp_path / "b.zip"
    build_bundle(
        queries.case_detail(demo_store, case_id),
        store_folder=demo_store.folder,
        out=out,
        options=DossierOptions(lang="en", redact=True, include_unredacted_originals=True),
    )
    with zipfile.ZipFile(out) as z:
        manifest = json.loads(z.read("manifest.json"))
        copies = [f for f in manifest["files"] if f["path"].startswith("redacted/")]
        assert sorted(f["sha256"] for f in copies) == sorted([copy1, copy2])
        for f in copies:
            assert hashlib.sha256(z.read(f["path"])).hexdigest() == f["sha256"]
            assert f["path"].endswith("-redacted.png") and f["redacted_copy_of"] == f["exhibit"]
        embedded = json.loads(z.read("dossier-manifest.json"))
    assert sorted(x["redacted_sha256"] for x in embedded["exhibits"] if "redacted_sha256" in x) == (
        sorted([copy1, copy2])
    )


def test_a_later_unconfirmed_copy_does_not_displace_the_confirmed_one(
    demo_store: Store, wreath: tuple[int, list[str]], tmp_path: Path
) -> None:
    from ecomplaint.domain.exhibits import redacted_copies

    case_id, (uid1, _, copy1, _) = wreath
    later = ir.redact_image(
        demo_store, evidence_uid=uid1, boxes=[Box(0, 0, 5, 5)], by="me", confirmed=False,
        check_text=False,
    )  # fmt: skip
    detail = queries.case_detail(demo_store, case_id)
    first = next(x for x in detail.evidence if x.uid == uid1)
    assert redacted_copies(detail)[first.id].sha256 == copy1
    ir.confirm_redaction(demo_store, evidence_id=later.evidence_id)
    detail = queries.case_detail(demo_store, case_id)
    assert redacted_copies(detail)[first.id].sha256 == later.sha256  # newest confirmed
    ir.undo_redaction(demo_store, evidence_id=later.evidence_id)
    detail = queries.case_detail(demo_store, case_id)
    assert redacted_copies(detail)[first.id].sha256 == copy1  # back to the one before


def test_attached_originals_come_with_their_redacted_copies(
    demo_store: Store, wreath: tuple[int, list[str]], tmp_path: Path
) -> None:
    import hashlib

    case_id, (_, _, copy1, copy2) = wreath
    pdf = tmp_path / "att.pdf"
    _build(
        demo_store, case_id, pdf, redact=True, attach_originals=True,
        include_unredacted_originals=True,
    )  # fmt: skip
    files = PdfReader(str(pdf)).attachments
    copies = {n: hashlib.sha256(d[0]).hexdigest() for n, d in files.items() if "redacted" in n}
    assert sorted(copies.values()) == sorted([copy1, copy2])
    assert all(re.match(r"E\d+_shot\d-redacted\.png$", n) for n in copies)
    assert len(set(files) - {"dossier-manifest.json"}) == 6  # four originals, two copies
