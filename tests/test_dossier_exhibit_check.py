"""The dossier vouches only for exhibits it has just re-hashed (issue #12 §3).

A stored file replaced behind the record's back stops `export`, `bundle` and the export
dialog with the list of exhibits concerned; exporting anyway prints them as ALTERED, says so
in the declaration, and embeds exactly the bytes that were hashed.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from ecomplaint.cli.main import main
from ecomplaint.dossier.builder import build_dossier
from ecomplaint.dossier.bundle import build_bundle
from ecomplaint.dossier.exhibit_check import ExhibitChanged, ExhibitsNotIntact
from ecomplaint.dossier.options import DossierOptions
from ecomplaint.store import queries
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from tests.dossier_support import add_evidence, jpeg_bytes, need, run

WREATH_ORDER = "TM-2026-0127-8830"
SUBSTITUTE = jpeg_bytes(640, 480, colour=55)


def _case_with_pictures(store: Store) -> tuple[int, str, str]:
    """The wreath case with two screenshots; returns (case id, sha of E1, sha of E2)."""
    case_id = queries.find_case_id(store, WREATH_ORDER)
    wreath = next(e for e in queries.case_detail(store, case_id).entries if e.kind == "harassment")
    first = add_evidence(
        store, case_id, jpeg_bytes(800, 600), "order.jpg", "image/jpeg", entry_id=wreath.id
    )
    second = add_evidence(
        store, case_id, jpeg_bytes(600, 900, colour=7), "sms.jpg", "image/jpeg", entry_id=wreath.id
    )
    return case_id, first, second


def _exhibit_no(store: Store, case_id: int, sha: str) -> str:
    from ecomplaint.dossier.builder import exhibit_order

    order = exhibit_order(queries.case_detail(store, case_id))
    return f"E{[x.sha256 for x in order].index(sha) + 1}"


def _substitute(store: Store, sha: str) -> None:
    path = blob_path(store.folder, sha)
    path.chmod(0o600)
    path.write_bytes(SUBSTITUTE)


def _outputs(folder: Path) -> list[Path]:
    """What an export left beside the store's own data folder."""
    return [p for p in folder.iterdir() if p.name != "data"]


def _text(pdf: Path) -> str:
    need("pdftotext")
    return run("pdftotext", "-enc", "UTF-8", str(pdf), "-")


def test_substituted_file_stops_the_dossier(demo_store: Store, tmp_path: Path) -> None:
    case_id, _first, second = _case_with_pictures(demo_store)
    _substitute(demo_store, second)
    out = tmp_path / "d.pdf"
    with pytest.raises(ExhibitsNotIntact) as caught:
        build_dossier(
            queries.case_detail(demo_store, case_id),
            store_folder=demo_store.folder,
            out=out,
            options=DossierOptions(lang="en", attach_originals=True),
        )
    no = _exhibit_no(demo_store, case_id, second)
    assert caught.value.altered == [no] and caught.value.missing == []
    assert no in caught.value.message("en") and no in caught.value.message("zh")
    assert not out.exists() and _outputs(tmp_path) == []


def test_cli_export_refuses_then_exports_anyway_marked_altered(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id, _first, second = _case_with_pictures(demo_store)
    no = _exhibit_no(demo_store, case_id, second)
    _substitute(demo_store, second)
    folder = str(demo_store.folder)
    demo_store.close()
    out = tmp_path / "cli.pdf"
    args = ["--data-dir", folder, "export", WREATH_ORDER, "-o", str(out), "--lang", "en"]
    assert main([*args, "--attach-originals"]) != 0
    err = capsys.readouterr().err
    assert no in err and "--allow-altered" in err and "Traceback" not in err
    assert not out.exists()

    assert main([*args, "--attach-originals", "--allow-altered"]) == 0
    assert no in capsys.readouterr().err
    txt = _text(out)
    flat = " ".join(txt.split())
    assert "ALTERED — fingerprint does not match the record" in flat
    assert f"Except exhibits {no}" in flat
    import hashlib

    assert hashlib.sha256(SUBSTITUTE).hexdigest() in txt.replace("\n", "")
    # The embedded original is the substitute, the very bytes whose fingerprint is printed.
    attached = PdfReader(str(out)).attachments
    substituted = [name for name in attached if name.startswith(f"{no}_")]
    assert substituted and attached[substituted[0]] == [SUBSTITUTE]


def test_zh_dossier_marks_altered_exhibit(demo_store: Store, tmp_path: Path) -> None:
    case_id, first, _second = _case_with_pictures(demo_store)
    blob_path(demo_store.folder, first).unlink()
    out = tmp_path / "zh.pdf"
    result = build_dossier(
        queries.case_detail(demo_store, case_id),
        store_folder=demo_store.folder,
        out=out,
        options=DossierOptions(lang="zh"),
        allow_altered=True,
    )
    no = _exhibit_no(demo_store, case_id, first)
    assert result.missing == (no,) and result.altered == ()
    flat = "".join(_text(out).split())
    assert "缺失—数据存储中没有此文件" in flat and f"但以下证据除外：{no}" in flat


def test_file_swapped_during_export_is_not_embedded(demo_store: Store, tmp_path: Path) -> None:
    """No gap between check and use: a file replaced after it was hashed stops the export."""
    case_id, _first, second = _case_with_pictures(demo_store)
    swapped: list[bool] = []

    def progress(fraction: float, stage: str) -> None:
        if stage == "layout" and not swapped:
            swapped.append(True)
            _substitute(demo_store, second)

    out = tmp_path / "race.pdf"
    with pytest.raises(ExhibitChanged):
        build_dossier(
            queries.case_detail(demo_store, case_id),
            store_folder=demo_store.folder,
            out=out,
            options=DossierOptions(lang="en", attach_originals=True),
            progress=progress,
        )
    assert swapped and not out.exists() and _outputs(tmp_path) == []


def test_bundle_refuses_altered_then_records_it_when_asked(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id, _first, second = _case_with_pictures(demo_store)
    no = _exhibit_no(demo_store, case_id, second)
    _substitute(demo_store, second)
    detail = queries.case_detail(demo_store, case_id)
    with pytest.raises(ExhibitsNotIntact):
        build_bundle(
            detail,
            store_folder=demo_store.folder,
            out=tmp_path / "b.zip",
            options=DossierOptions(lang="en", sections=("summary",)),
        )
    assert _outputs(tmp_path) == []
    folder = str(demo_store.folder)
    demo_store.close()
    out = tmp_path / "cli.zip"
    assert main(["--data-dir", folder, "bundle", WREATH_ORDER, "-o", str(out)]) != 0
    assert no in capsys.readouterr().err and not out.exists()
    assert (
        main(["--data-dir", folder, "bundle", WREATH_ORDER, "-o", str(out), "--allow-altered"]) == 0
    )
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        entry = next(f for f in manifest["files"] if f["exhibit"] == no)
        assert zf.read(entry["path"]) == SUBSTITUTE
    assert entry["intact"] is False and manifest["altered"] == [no]
    dossier = zipfile.ZipFile(out).read("dossier.pdf")
    pdf = tmp_path / "inner.pdf"
    pdf.write_bytes(dossier)
    assert "ALTERED" in _text(pdf)


def test_messages_read_in_both_languages() -> None:
    err = ExhibitsNotIntact(["E2"], ["E5"])
    assert "E2" in err.message("zh") and "已被改动" in err.message("zh")
    assert "E5" in err.message("en") and "altered" in err.message("en")


def test_a_link_planted_in_the_store_is_not_followed(demo_store: Store, tmp_path: Path) -> None:
    """Exported anyway, a stored file replaced by a link prints as missing: the dossier never
    reads (nor embeds) the link's target."""
    case_id, first, _second = _case_with_pictures(demo_store)
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(SUBSTITUTE)
    path = blob_path(demo_store.folder, first)
    path.unlink()
    path.symlink_to(secret)
    no = _exhibit_no(demo_store, case_id, first)
    out = tmp_path / "out" / "l.pdf"
    out.parent.mkdir()
    result = build_dossier(
        queries.case_detail(demo_store, case_id),
        store_folder=demo_store.folder,
        out=out,
        options=DossierOptions(lang="en", attach_originals=True),
        allow_altered=True,
    )
    assert result.missing == (no,)
    assert not any(name.startswith(f"{no}_") for name in PdfReader(str(out)).attachments)
