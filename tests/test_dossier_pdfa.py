"""The dossier is PDF/A-3b: validated by pikepdf's checks, originals attached as sources, fonts
all embedded, and the same record still gives the same bytes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pikepdf
import pytest
from pikepdf import Name, pdfa

from ecomplaint.dossier import images
from ecomplaint.dossier.builder import build_dossier
from ecomplaint.dossier.options import DossierOptions
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from tests.dossier_support import add_evidence, jpeg_bytes, need, run

TV_ORDER = "JD-2026-1102-4417"
WREATH_ORDER = "TM-2026-0127-8830"


def _build(store: Store, order: str, out: Path, **opts: object) -> Path:
    d = queries.case_detail(store, queries.find_case_id(store, order))
    build_dossier(d, store_folder=store.folder, out=out, options=DossierOptions(**opts))  # type: ignore[arg-type]
    return out


def _with_files(store: Store) -> None:
    case_id = queries.find_case_id(store, WREATH_ORDER)
    add_evidence(store, case_id, jpeg_bytes(500, 400), "photo.jpg", "image/jpeg")
    add_evidence(store, case_id, b"chat <b>log</b>\n", "chat.txt", "text/plain")


@pytest.mark.parametrize(("order", "lang"), [(TV_ORDER, "en"), (WREATH_ORDER, "zh")])
def test_dossier_validates_as_pdfa_3b(
    demo_store: Store, tmp_path: Path, order: str, lang: str
) -> None:
    _with_files(demo_store)
    pdf = _build(demo_store, order, tmp_path / "d.pdf", lang=lang, attach_originals=True)
    report = pdfa.validate_written(pdf, "3b")
    assert report.verdict == "pass", report.findings
    with pikepdf.open(pdf) as doc:
        meta = doc.Root.Metadata.read_bytes()
        assert b"<pdfaid:part>3</pdfaid:part>" in meta
        assert b"<pdfaid:conformance>B</pdfaid:conformance>" in meta
        (intent,) = doc.Root.OutputIntents
        assert intent.S == Name.GTS_PDFA1 and intent.OutputConditionIdentifier == "sRGB"
        assert len(intent.DestOutputProfile.read_bytes()) > 1000  # the ICC profile itself


def test_attached_originals_are_associated_files_with_relationship_source(
    demo_store: Store, tmp_path: Path
) -> None:
    _with_files(demo_store)
    pdf = _build(demo_store, WREATH_ORDER, tmp_path / "d.pdf", lang="en", attach_originals=True)
    with pikepdf.open(pdf) as doc:
        specs = list(doc.Root.AF)
        files = dict(pikepdf.NameTree(doc.Root.Names.EmbeddedFiles).items())
        assert len(specs) == len(files) == 5  # two demo pictures, two added here, the manifest
        assert {s.objgen for s in specs} == {s.objgen for s in files.values()}
        for name, spec in files.items():
            want = Name.Data if name == "dossier-manifest.json" else Name.Source
            assert spec.AFRelationship == want, name
            assert Name.Subtype in spec.EF.F  # the MIME type PDF/A-3 asks for
        chat = next(s for n, s in files.items() if n.endswith("chat.txt"))
        assert chat.EF.F.read_bytes() == b"chat <b>log</b>\n"


def test_no_font_left_unembedded(demo_store: Store, tmp_path: Path) -> None:
    need("pdffonts")
    pdf = _build(demo_store, TV_ORDER, tmp_path / "d.pdf", lang="zh")
    rows = run("pdffonts", str(pdf)).splitlines()[2:]
    assert rows and all(r.split()[-5] == "yes" for r in rows), rows


def test_same_record_same_pdfa_bytes(demo_store: Store, tmp_path: Path) -> None:
    _with_files(demo_store)
    images.clear_cache()
    a = _build(demo_store, WREATH_ORDER, tmp_path / "a.pdf", lang="zh", attach_originals=True)
    b = _build(demo_store, WREATH_ORDER, tmp_path / "b.pdf", lang="zh", attach_originals=True)
    assert a.read_bytes() == b.read_bytes()
    with pikepdf.open(a) as doc:
        assert b"<xmp:MetadataDate>2026-11-20T06:00:00+00:00" in doc.Root.Metadata.read_bytes()


def test_verapdf_when_installed(demo_store: Store, tmp_path: Path) -> None:
    if shutil.which("verapdf") is None:
        pytest.skip("veraPDF is not installed here; pikepdf's checks above are the gate")
    pdf = _build(demo_store, TV_ORDER, tmp_path / "d.pdf", lang="en")
    out = run("verapdf", "--flavour", "3b", str(pdf))
    assert 'isCompliant="true"' in out
