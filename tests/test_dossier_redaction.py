"""Redaction a privacy-minded reader can rely on, and a summary one wrong date cannot skew.

Each test here failed on the code before it: 18-digit order numbers masked as ID numbers,
address fragments, landlines, full-width digits, e-mail and spaced names left readable, a
one-character name masking that character everywhere, redacted exports silently carrying
the unredacted originals, no redaction report, "as of 2100", and a 500-digit order number
printed across the footer."""

from __future__ import annotations

import dataclasses
import re
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from ecomplaint.cli.main import main
from ecomplaint.domain.records import CaseDetail
from ecomplaint.dossier.builder import UnredactedOriginals, build_dossier
from ecomplaint.dossier.bundle import build_bundle
from ecomplaint.dossier.options import DossierOptions
from ecomplaint.dossier.redact import Redactor, valid_id_number
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from tests.dossier_support import add_evidence, jpeg_bytes, make_detail, need, run

ID_NO = "11010519491231002X"  # GB 11643 example: check digit X
ADDRESS = "浙江省杭州市西湖区建设路 18 号 3 幢 502 室"


def _case(**fields: str) -> CaseDetail:
    detail = make_detail(complainant="陈静", phone="13912345678", language="zh")
    values = {"complainant_address": ADDRESS, "complainant_id_no": "", **fields}
    case = dataclasses.replace(detail.case, **values)  # type: ignore[arg-type]
    return dataclasses.replace(detail, case=case)


def _redactor(lang: str = "zh", also: tuple[str, ...] = (), **fields: str) -> Redactor:
    case = _case(**fields).case
    if also:
        return Redactor.for_case(case, lang, True, also)  # type: ignore[arg-type]
    return Redactor.for_case(case, lang, True)  # type: ignore[arg-type]


def test_id_numbers_are_checked_so_order_numbers_survive() -> None:
    assert valid_id_number(ID_NO) and valid_id_number("110105 19491231 002x")
    assert not valid_id_number("110105194912310021")  # wrong check digit
    assert not valid_id_number("110105194902300027")  # 30 February
    r = _redactor()
    out = r(f"订单号 201811021234567890；身份证 {ID_NO}；又写作 110105 1949 1231 002X")
    assert "201811021234567890" in out
    assert "1949" not in out and "002X" not in out


def test_every_fragment_of_a_known_address_is_masked_province_and_city_stay() -> None:
    r = _redactor()
    out = r("师傅到建设路18号3幢502室上门；快递员说3幢502室没人；西湖区那边")
    for gone in ("建设路", "18号", "502室", "西湖区"):
        assert gone not in out
    assert "杭州市" in r("杭州市的天气")
    assert r("11月18号下午3点") == "11月18号下午3点"  # a date, not an address


def test_street_addresses_are_masked_without_an_address_field() -> None:
    r = _redactor(complainant_address="")
    assert "世纪大道" not in r("寄到上海市浦东新区世纪大道100号5栋301室")
    assert "Baker" not in r("Flat 3, 221B Baker Street, London NW1 6XE")
    assert "NW1 6XE" not in r("postcode NW1 6XE")


def test_a_district_and_road_read_from_an_order_page_is_masked() -> None:
    """The consignee's address as a platform prints it (the house number starred) and the
    OCR reads it: the picture's redaction blacks it out, so its quote must not print it."""
    r = _redactor(complainant_address="Room 1203, 88 Wensan Road, Xihu District, Hangzhou")
    out = r("收货人陈** 139****5678\n浙江省杭州市西湖区文三路 ******")
    assert "文三路" not in out and "西湖区" not in out and "******" not in out
    assert "浙江省杭州市" in out  # province and city stay, as for a known address
    assert r("朝阳区人民法院立案庭") == "朝阳区人民法院立案庭"  # no road: not an address


@pytest.mark.parametrize(
    "written",
    [
        "010-6552 9988",
        "(0571) 8765 4321",
        "+86 10 6552 9988",
        "0086 138 0013 8000",
        "138-0013-8000",
        "１３８００１３８０００",
        "１３９ １２３４ ５６７８",
    ],
)
def test_phone_numbers_in_their_many_forms_are_masked(written: str) -> None:
    out = _redactor()(f"电话 {written} 联系")
    assert len(re.sub(r"\D", "", out.replace("+86 ", ""))) <= 7, out  # 3 + 4 digits remain


def test_uk_numbers_in_an_english_case() -> None:
    r = _redactor("en", language="en")
    for written in ("020 7946 0958", "+44 20 7946 0958", "07911 123456"):
        out = r(f"They rang from {written} twice")
        assert written not in out and "****" in out


def test_dates_amounts_and_order_numbers_are_not_taken_for_phones() -> None:
    r = _redactor("en", language="en")
    text = "2026-11-02 12:10, paid ¥1,299.00 (£75.50), order 4417-2026-1102, 3 x 43-inch TV"
    assert r(text) == text


def test_email_and_name_variants_are_masked_short_names_only_as_whole_fields() -> None:
    r = _redactor(also=("Chen Jing",))
    out = r("陈 静 的邮箱 chen.jing@example.com，拼音 chen  jing")
    assert "静" not in out and "example.com" not in out and "jing" not in out.lower()
    short = Redactor.for_case(_case(complainant_name="静").case, "zh", True)
    assert short("安静的夜晚") == "安静的夜晚"  # the character elsewhere is left alone
    assert short("静") != "静"


def test_attachment_names_are_redacted_too(demo_store: Store, tmp_path: Path) -> None:
    case_id = queries.find_case_id(demo_store, "TM-2026-0127-8830")
    add_evidence(
        demo_store,
        case_id,
        jpeg_bytes(),
        "截图 １３９１２３４５６７８ chen.jing@example.com.jpg",
        "image/jpeg",
    )
    detail = queries.case_detail(demo_store, case_id)
    out = tmp_path / "b.zip"
    options = DossierOptions(lang="zh", redact=True, include_unredacted_originals=True)
    build_bundle(detail, store_folder=demo_store.folder, out=out, options=options)
    names = " ".join(zipfile.ZipFile(out).namelist())
    assert "１３９１２３４５６７８" not in names and "example.com" not in names


def _text(pdf: Path) -> str:
    need("pdftotext")
    return run("pdftotext", "-enc", "UTF-8", str(pdf), "-")


def test_redaction_report_counts_kinds_and_shows_no_masked_value(
    demo_store: Store, tmp_path: Path
) -> None:
    case_id = queries.find_case_id(demo_store, "TM-2026-0127-8830")
    detail = queries.case_detail(demo_store, case_id)
    out = tmp_path / "r.pdf"
    build_dossier(
        detail,
        store_folder=demo_store.folder,
        out=out,
        options=DossierOptions(lang="en", redact=True),
    )
    text = _text(out)
    report = text[text.rindex("Redaction report") :]
    assert re.search(r"Phone numbers\s+\d+", report)
    assert re.search(r"Complainant's name\s+\d+", report)
    case = detail.case
    for secret in (case.complainant_name, case.complainant_phone, "Wensan"):
        assert secret and secret not in text
    assert "****" not in report  # counts only, not even the masked forms


def test_redacted_exports_refuse_unredacted_originals_unless_accepted(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id = queries.find_case_id(demo_store, "TM-2026-0127-8830")
    add_evidence(demo_store, case_id, jpeg_bytes(), "sms 13912345678.jpg", "image/jpeg")
    base = ["--data-dir", str(demo_store.folder)]
    pdf = tmp_path / "x.pdf"
    code = main(
        [*base, "export", "TM-2026-0127-8830", "-o", str(pdf), "--redact", "--attach-originals"]
    )
    err = capsys.readouterr().err
    assert code != 0 and not pdf.exists()
    assert "--include-unredacted-originals" in err and "Traceback" not in err
    code = main([*base, "bundle", "TM-2026-0127-8830", "-o", str(tmp_path / "b.zip"), "--redact"])
    assert code != 0 and not (tmp_path / "b.zip").exists()
    assert "--include-unredacted-originals" in capsys.readouterr().err
    code = main(
        [
            *base,
            "export",
            "TM-2026-0127-8830",
            "-o",
            str(pdf),
            "--redact",
            "--attach-originals",
            "--include-unredacted-originals",
        ]
    )
    assert code == 0
    text = " ".join(_text(pdf).split())
    assert re.search(r"Not redacted: the \d+ original file\(s\) attached inside this PDF", text)
    assert "not marked as checked for privacy" in text  # the images' own note stays
    detail = queries.case_detail(demo_store, case_id)
    with pytest.raises(UnredactedOriginals):
        build_dossier(
            detail,
            store_folder=demo_store.folder,
            out=tmp_path / "y.pdf",
            options=DossierOptions(redact=True, attach_originals=True),
        )
    assert not (tmp_path / "y.pdf").exists()


def test_one_entry_in_2100_cannot_move_the_dossier_past_the_export_time(tmp_path: Path) -> None:
    detail = make_detail()
    far = dataclasses.replace(
        detail.entries[0], id=2, uid="e2", occurred_at=datetime(2100, 12, 31, tzinfo=UTC)
    )
    detail = dataclasses.replace(detail, entries=[*detail.entries, far])
    now = detail.case.created_at + timedelta(days=3)
    out = tmp_path / "f.pdf"
    options = DossierOptions(lang="en", exported_at=now)
    build_dossier(detail, store_folder=tmp_path, out=out, options=options)
    text = " ".join(_text(out).split())
    assert "Generated (record as of) 2026-11-05" in text
    assert "2100-12-31 08:00" not in text.split("Period")[1].split("Content fingerprint")[0]
    assert "3 days since first contact" in text


def test_long_values_stay_inside_the_margins(tmp_path: Path) -> None:
    detail = make_detail(title="T" * 400, party_name="商" * 300, description="9" * 500)
    case = dataclasses.replace(
        detail.case, order_no="1" * 500, merchant="M" * 300, product="长" * 300
    )
    detail = dataclasses.replace(detail, case=case)
    out = tmp_path / "long.pdf"
    for lang in ("zh", "en"):
        build_dossier(detail, store_folder=tmp_path, out=out, options=DossierOptions(lang=lang))  # type: ignore[arg-type]
        need("pdftotext")
        run("pdftotext", "-bbox", str(out), str(tmp_path / "bbox.html"))
        boxes = re.findall(
            r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', (tmp_path / "bbox.html").read_text()
        )
        width = float(PdfReader(str(out)).pages[0].mediabox.width)
        assert boxes
        assert all(float(x0) >= 49 and float(x1) <= width - 49 for x0, x1 in boxes)
        assert "…" in _text(out)  # the footer's order number is cut, with an ellipsis
