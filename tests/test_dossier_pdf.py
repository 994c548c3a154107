"""The dossier PDF end to end: text round trip, fonts, validity, privacy, bytes, cancel."""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from ecomplaint.cli.main import main
from ecomplaint.dossier import images
from ecomplaint.dossier.builder import Cancelled, build_dossier
from ecomplaint.dossier.bundle import build_bundle
from ecomplaint.dossier.exhibit_check import ExhibitsNotIntact
from ecomplaint.dossier.options import DossierOptions
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from tests.dossier_support import add_evidence, jpeg_bytes, need, run

TV_ORDER = "JD-2026-1102-4417"
WREATH_ORDER = "TM-2026-0127-8830"


def _case(store: Store, order: str) -> int:
    return queries.find_case_id(store, order)


def _with_evidence(store: Store) -> int:
    """The wreath case with two screenshots (one rotated by EXIF) and a chat export."""
    case_id = _case(store, WREATH_ORDER)
    d = queries.case_detail(store, case_id)
    wreath = next(e for e in d.entries if e.kind == "harassment")
    add_evidence(
        store,
        case_id,
        jpeg_bytes(800, 600, orientation=6),
        "wreath order 13912345678.jpg",
        "image/jpeg",
        entry_id=wreath.id,
        description="Screenshot of the wreath order",
    )
    add_evidence(
        store,
        case_id,
        jpeg_bytes(600, 900, colour=7),
        "sms.jpg",
        "image/jpeg",
        entry_id=wreath.id,
        description="Text: 'Wishing you good health'",
        privacy_checked=True,
    )
    add_evidence(
        store, case_id, b"chat <b>log</b>\n", "chat.txt", "text/plain", description="Chat export"
    )
    return case_id


def _build(store: Store, case_id: int, out: Path, **opts: object) -> Path:
    d = queries.case_detail(store, case_id)
    build_dossier(d, store_folder=store.folder, out=out, options=DossierOptions(**opts))  # type: ignore[arg-type]
    return out


def _text(pdf: Path) -> str:
    need("pdftotext")
    return run("pdftotext", "-enc", "UTF-8", str(pdf), "-")


def test_chinese_round_trip_through_pdftotext(demo_store: Store, tmp_path: Path) -> None:
    pdf = _build(demo_store, _case(demo_store, TV_ORDER), tmp_path / "tv.pdf", lang="zh")
    txt = re.sub(r"\s+", "", _text(pdf))
    for expected in (
        "承诺台账",
        "升级记录",
        "底座安装服务50元",
        "24到48小时内给您回复",
        "逾期兑现",
        "已超时",
        "第1页，共",
    ):
        assert expected in txt, expected


def test_english_round_trip_and_page_footer(demo_store: Store, tmp_path: Path) -> None:
    pdf = _build(demo_store, _case(demo_store, WREATH_ORDER), tmp_path / "w.pdf", lang="en")
    txt = _text(pdf)
    assert "Promise ledger" in txt and "Wishing you good health." in txt
    pages = len(PdfReader(str(pdf)).pages)
    assert f"Page {pages} of {pages}" in txt and WREATH_ORDER in txt


def test_every_font_embedded_and_pdf_valid(demo_store: Store, tmp_path: Path) -> None:
    need("pdffonts")
    qpdf = need("qpdf")
    case_id = _with_evidence(demo_store)
    pdf = _build(demo_store, case_id, tmp_path / "w.pdf", lang="zh", attach_originals=True)
    rows = run("pdffonts", str(pdf)).splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        cols = row.split()
        assert cols[-5] == "yes", row  # the "emb" column
    assert not any(row.startswith(("Helvetica", "Times", "Courier")) for row in rows)
    check = subprocess.run([qpdf, "--check", str(pdf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_bookmarks_metadata_and_attachments(demo_store: Store, tmp_path: Path) -> None:
    case_id = _with_evidence(demo_store)
    pdf = _build(demo_store, case_id, tmp_path / "w.pdf", lang="en", attach_originals=True)
    reader = PdfReader(str(pdf))
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert "Promise ledger" in titles and "Exhibits" in titles
    nested = [o.title for sub in reader.outline if isinstance(sub, list) for o in sub]
    assert any(t.startswith("E1 ·") for t in nested) and any(t.startswith("E5 ·") for t in nested)
    meta = reader.metadata
    assert meta is not None and meta.title and "Tmall" in (meta.subject or "")
    assert (meta.get("/Keywords") or "").startswith("sha256:")  # the content fingerprint
    n = len(queries.case_detail(demo_store, case_id).evidence)
    names = sorted(reader.attachments)
    assert "dossier-manifest.json" in names  # the manifest (issue #17) rides along
    names.remove("dossier-manifest.json")
    assert len(names) == n and names[-1] == f"E{n}_chat.txt"  # unlinked evidence comes last
    assert "E1_wreath order 13912345678.jpg" in names  # linked to the earliest entry with any
    assert reader.attachments[f"E{n}_chat.txt"][0] == b"chat <b>log</b>\n"


def test_redacted_dossier_leaks_no_phone_anywhere(demo_store: Store, tmp_path: Path) -> None:
    qpdf = need("qpdf")
    case_id = _with_evidence(demo_store)
    pdf = _build(
        demo_store,
        case_id,
        tmp_path / "r.pdf",
        lang="en",
        redact=True,
        attach_originals=True,
        include_unredacted_originals=True,
    )
    phone = "13912345678"
    txt = _text(pdf)
    assert re.search(r"Not redacted: the \d+ original file\(s\) attached inside this PDF", txt)
    assert phone not in re.sub(r"\D", "", txt.replace("139****5678", ""))
    assert "139****5678" in txt and "Chen Jing" not in txt and "Wensan" not in txt
    assert "may contain personal data" in txt
    reader = PdfReader(str(pdf))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert phone not in meta and "Chen Jing" not in meta
    assert all(phone not in name for name in reader.attachments)
    assert all("Chen Jing" not in o.title for o in reader.outline if not isinstance(o, list))
    raw = tmp_path / "raw.pdf"
    subprocess.run(
        [qpdf, "--qdf", "--object-streams=disable", "--decode-level=all", str(pdf), str(raw)],
        check=False,
    )
    data = raw.read_bytes()
    # Outside the embedded originals (which are the user's own files), no phone number.
    assert data.count(phone.encode()) == 0
    assert data.count(phone.encode("utf-16-be")) == 0


def test_same_input_same_bytes(demo_store: Store, tmp_path: Path) -> None:
    case_id = _with_evidence(demo_store)
    images.clear_cache()
    a = _build(demo_store, case_id, tmp_path / "a.pdf", lang="zh", attach_originals=True)
    b = _build(demo_store, case_id, tmp_path / "b.pdf", lang="zh", attach_originals=True)
    assert a.read_bytes() == b.read_bytes()
    c = _build(demo_store, case_id, tmp_path / "c.pdf", lang="en")
    assert c.read_bytes() != a.read_bytes()
    created = PdfReader(str(a)).metadata["/CreationDate"]  # type: ignore[index]
    assert created.startswith("D:2026")  # from the data, not 2000 nor the wall clock


def test_letter_paper(demo_store: Store, tmp_path: Path) -> None:
    pdf = _build(demo_store, _case(demo_store, TV_ORDER), tmp_path / "l.pdf", paper="letter")
    box = PdfReader(str(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_cancel_leaves_no_file(demo_store: Store, tmp_path: Path) -> None:
    case_id = _with_evidence(demo_store)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "x.pdf"
    out.write_bytes(b"previous export")
    calls = [0]

    def cancelled() -> bool:
        calls[0] += 1
        return calls[0] > 5

    d = queries.case_detail(demo_store, case_id)
    with pytest.raises(Cancelled):
        build_dossier(
            d,
            store_folder=demo_store.folder,
            out=out,
            options=DossierOptions(lang="en"),
            cancelled=cancelled,
        )
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in out.parent.iterdir()) == ["x.pdf"]


def test_progress_reaches_one(demo_store: Store, tmp_path: Path) -> None:
    seen: list[tuple[float, str]] = []
    d = queries.case_detail(demo_store, _with_evidence(demo_store))
    build_dossier(
        d,
        store_folder=demo_store.folder,
        out=tmp_path / "p.pdf",
        options=DossierOptions(),
        progress=lambda f, s: seen.append((f, s)),
    )
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert {"images", "layout", "done"} <= {s for _, s in seen}


def test_exif_orientation_applied_and_downscaled(tmp_path: Path) -> None:
    src = tmp_path / "p.jpg"
    src.write_bytes(jpeg_bytes(800, 400, orientation=6))  # stored landscape, shown portrait
    out = images.prepare(src, 300, 300)
    assert out is not None and (out.width, out.height) == (150, 300)
    src.write_bytes(b"not a picture")
    assert images.prepare(src, 300, 300) is None


def test_missing_blob_and_non_image_export_only_when_asked(
    demo_store: Store, tmp_path: Path
) -> None:
    case_id = _with_evidence(demo_store)
    d = queries.case_detail(demo_store, case_id)
    for x in d.evidence:
        if x.original_name == "sms.jpg":
            from ecomplaint.store.blobs import blob_path

            blob_path(demo_store.folder, x.sha256).unlink()
    with pytest.raises(ExhibitsNotIntact):
        _build(demo_store, case_id, tmp_path / "m.pdf", lang="en")
    assert not (tmp_path / "m.pdf").exists()
    pdf = tmp_path / "m.pdf"
    build_dossier(
        d,
        store_folder=demo_store.folder,
        out=pdf,
        options=DossierOptions(lang="en"),
        allow_altered=True,
    )
    txt = _text(pdf)
    assert "missing from the store" in txt and "not a picture" in txt
    assert "MISSING" in txt


def test_bundle_holds_dossier_originals_and_manifest(demo_store: Store, tmp_path: Path) -> None:
    case_id = _with_evidence(demo_store)
    d = queries.case_detail(demo_store, case_id)
    out = tmp_path / "b.zip"
    result = build_bundle(
        d,
        store_folder=demo_store.folder,
        out=out,
        options=DossierOptions(lang="en", redact=True, include_unredacted_originals=True),
    )
    assert result.files == len(d.evidence) and result.missing == []
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
    assert names[0] == "dossier.pdf" and f"originals/E{len(d.evidence)}_chat.txt" in names
    assert all("13912345678" not in n for n in names)
    assert {f["sha256"] for f in manifest["files"]} == {x.sha256 for x in d.evidence}
    assert all(f["intact"] for f in manifest["files"])
    again = tmp_path / "b2.zip"
    build_bundle(
        d,
        store_folder=demo_store.folder,
        out=again,
        options=DossierOptions(lang="en", redact=True, include_unredacted_originals=True),
    )
    assert again.read_bytes() == out.read_bytes()


def test_cli_export_and_bundle(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(demo_store.folder)
    demo_store.close()
    out = tmp_path / "cli.pdf"
    assert (
        main(
            [
                "--data-dir",
                folder,
                "export",
                TV_ORDER,
                "-o",
                str(out),
                "--lang",
                "en",
                "--redact",
                "--paper",
                "letter",
            ]
        )
        == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["--data-dir", folder, "bundle", TV_ORDER, "-o", str(tmp_path / "b.zip")]) == 0
    assert (
        main(
            ["--data-dir", folder, "export", TV_ORDER, "-o", str(out), "--sections", "summary,nope"]
        )
        == 2
    )
    assert "nope" in capsys.readouterr().err


def test_disk_cache_of_print_pictures_gives_same_bytes(demo_store: Store, tmp_path: Path) -> None:
    case_id = _with_evidence(demo_store)
    d = queries.case_detail(demo_store, case_id)
    cache = tmp_path / "cache"
    opts = DossierOptions(lang="en")
    images.clear_cache()
    build_dossier(
        d, store_folder=demo_store.folder, out=tmp_path / "a.pdf", options=opts, cache_dir=cache
    )
    pictures = {x.sha256 for x in d.evidence if images.is_picture(x.mime)}
    assert len(pictures) >= 2 and len(list(cache.glob("*.jpg"))) == len(pictures)
    images.clear_cache()
    build_dossier(
        d, store_folder=demo_store.folder, out=tmp_path / "b.pdf", options=opts, cache_dir=cache
    )
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
