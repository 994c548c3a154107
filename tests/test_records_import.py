"""Importing phone backups, e-mail and chat exports: preview, duplicates, one commit, undo."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import col, select

from ecomplaint.records_import.model import ImportFailed
from ecomplaint.records_import.sources import ReadOptions
from ecomplaint.resources_path import resource_path
from ecomplaint.services import cases, entries, parties
from ecomplaint.services import records_import as ri
from ecomplaint.store import queries
from ecomplaint.store import tables as tb
from ecomplaint.store.engine import Store
from tests import records_fixtures as fx

SH = ZoneInfo("Asia/Shanghai")
INSTALLER = "+86 139-0000-2222"
CS = "950618"


def _case(store: Store, title: str = "TV") -> int:
    cid = cases.create_case(store, title=title, platform="jd").created_id
    assert cid is not None
    return cid


def _import(store: Store, case_id: int, path: Path, **kw: object) -> ri.ImportOutcome | None:
    with ri.preview_import(store, case_id=case_id, path=path, **kw) as p:  # type: ignore[arg-type]
        return ri.commit_import(store, preview=p) if p.new_rows else None


def _live_entries(store: Store, case_id: int) -> list[tb.Entry]:
    with store.read() as s:
        return list(
            s.exec(
                select(tb.Entry)
                .where(tb.Entry.case_id == case_id, col(tb.Entry.trashed_at).is_(None))
                .order_by(col(tb.Entry.occurred_at))
            ).all()
        )


def _live_evidence(store: Store, case_id: int) -> list[tb.Evidence]:
    with store.read() as s:
        return list(
            s.exec(
                select(tb.Evidence).where(
                    tb.Evidence.case_id == case_id, col(tb.Evidence.trashed_at).is_(None)
                )
            ).all()
        )


def _counts(store: Store) -> tuple[int, int, int, int]:
    with store.read() as s:
        return (
            len(s.exec(select(tb.Entry.id)).all()),
            len(s.exec(select(tb.Evidence.id)).all()),
            len(s.exec(select(tb.Party.id)).all()),
            len(s.exec(select(tb.SourceContact.id)).all()),
        )


def _blobs(store: Store) -> set[Path]:
    return {p for p in store.folder.rglob("*") if p.is_file() and "evidence" in p.parts}


# --- SMS Backup & Restore -------------------------------------------------------------------


def test_sms_mms_and_calls_become_entries_that_point_at_their_source(store, tmp_path) -> None:
    cid = _case(store)
    t0 = datetime(2026, 11, 4, 16, 10, tzinfo=SH)
    path = fx.sms_xml(
        tmp_path / "sms-20261120.xml",
        [
            fx.sms(INSTALLER, t0, "装错了可以改回去 <b>&amp;</b> 😀", name="刘师傅"),
            fx.sms(INSTALLER, t0 + timedelta(minutes=5), "我马上到", type_=2, name="刘师傅"),
            fx.sms(INSTALLER, t0 + timedelta(minutes=6), "draft never sent", type_=3),
            fx.mms(INSTALLER, t0 + timedelta(hours=1), "看看这个", name="刘师傅"),
        ],
    )
    outcome = _import(store, cid, path)
    assert outcome is not None and len(outcome.entry_ids) == 3  # the draft is not an entry
    rows = _live_entries(store, cid)
    assert [(e.kind, e.direction) for e in rows] == [("sms", "in"), ("sms", "out"), ("sms", "in")]
    assert rows[0].quote == "装错了可以改回去 <b>&amp;</b> 😀"
    assert rows[0].occurred_at == t0
    sha = ri.sha256_of(path)
    assert {e.source_sha256 for e in rows} == {sha}
    assert rows[0].source_locator == "line 5 <sms> #1"
    assert rows[2].source_locator.startswith("line 8 <mms> #1")
    assert {e.import_batch for e in rows} == {outcome.batch}
    # One party for the number, remembered for the case.
    assert len({e.party_id for e in rows}) == 1
    evidence = _live_evidence(store, cid)
    source = [x for x in evidence if x.entry_id is None]
    assert [x.sha256 for x in source] == [sha] and source[0].original_name == path.name
    picture = [x for x in evidence if x.entry_id == rows[2].id]
    assert picture[0].mime == "image/png" and picture[0].original_name == "wreath.png"


def test_reimporting_the_same_file_adds_nothing(store, tmp_path) -> None:
    cid = _case(store)
    t0 = datetime(2026, 11, 4, 16, 10, tzinfo=SH)
    path = fx.calls_xml(tmp_path / "calls.xml", [fx.call(CS, t0, 1, 95), fx.call(CS, t0, 3)])
    assert _import(store, cid, path) is not None
    before = _counts(store)
    with ri.preview_import(store, case_id=cid, path=path) as p:
        assert [r.duplicate for r in p.rows] == [ri.DUP_SOURCE, ri.DUP_SOURCE]
        assert p.new_rows == []
    assert _import(store, cid, path) is None
    assert _counts(store) == before


def test_the_tv_demo_calls_can_be_re_entered_from_a_call_log(store, tmp_path) -> None:
    demo = json.loads(resource_path("demo", "tv_installation.json").read_text("utf-8"))
    numbers = {"cs": CS, "installer": INSTALLER, "boss": "4006065500"}
    types = {"call_in": 1, "call_out": 2, "call_missed": 3}
    calls = [e for e in demo["entries"] if e["kind"] in types]
    assert len(calls) >= 4
    lines = [
        fx.call(numbers[e["party"]], datetime.fromisoformat(e["at"]), types[e["kind"]], 120)
        for e in calls
    ]
    path = fx.calls_xml(tmp_path / "calls-20261120.xml", lines)
    cid = _case(store, "TV again")
    ids = {
        key: parties.add_party(store, case_id=cid, role=role, name=key).created_id
        for key, role in (
            ("cs", "customer_service"),
            ("installer", "installer"),
            ("boss", "supervisor"),
        )
    }
    party_map = {numbers[k]: v for k, v in ids.items() if v is not None}
    outcome = _import(store, cid, path, party_map=party_map)
    assert outcome is not None
    got = [(e.kind, e.occurred_at, e.party_id, e.duration_s) for e in _live_entries(store, cid)]
    want = [
        (e["kind"], datetime.fromisoformat(e["at"]), ids[e["party"]], 120)
        for e in sorted(calls, key=lambda e: e["at"])
    ]
    assert got == want
    assert all(e.summary.startswith(("来电", "去电")) for e in _live_entries(store, cid))


def test_calls_already_logged_by_hand_are_duplicates_by_time_and_party(demo_store, tmp_path):
    store = demo_store
    case_id = queries.find_case_id(store, "JD-2026-1102-4417")
    d = queries.case_detail(store, case_id)
    installer = next(p.id for p in d.parties if p.role == "installer")
    logged = next(e for e in d.entries if e.kind == "call_in" and e.party_id == installer)
    path = fx.calls_xml(
        tmp_path / "c.xml",
        [
            fx.call(INSTALLER, logged.occurred_at + timedelta(seconds=20), 1, 300),
            fx.call(INSTALLER, logged.occurred_at + timedelta(hours=3), 3),
        ],
    )
    with ri.preview_import(
        store, case_id=case_id, path=path, party_map={INSTALLER: installer}
    ) as p:
        assert [(r.duplicate, r.duplicate_of) for r in p.rows] == [
            (ri.DUP_CONTENT, logged.id),
            ("", None),
        ]


def test_messages_logged_by_hand_and_repeats_in_the_file_are_duplicates(store, tmp_path):
    cid = _case(store)
    pid = parties.add_party(store, case_id=cid, role="merchant", name="店", contact=INSTALLER)
    t0 = datetime(2026, 11, 5, 9, 0, 30, tzinfo=SH)
    entries.log_entry(
        store,
        case_id=cid,
        kind="sms",
        occurred_at=t0,
        party_id=pid.created_id,
        summary="威胁",
        quote="再不签收就报警",
    )
    path = fx.sms_xml(
        tmp_path / "s.xml",
        [
            fx.sms(INSTALLER, t0, "再不签收就报警"),
            fx.sms(INSTALLER, t0 + timedelta(minutes=2), "hello"),
            fx.sms(INSTALLER, t0 + timedelta(minutes=2), "hello"),  # the backup app's doubles
        ],
    )
    with ri.preview_import(store, case_id=cid, path=path) as p:
        # The party is found by the contact number it already has.
        assert {r.party_id for r in p.rows} == {pid.created_id}
        assert [r.duplicate for r in p.rows] == [ri.DUP_CONTENT, "", ri.DUP_REPEAT]
        out = ri.commit_import(store, preview=p)
    assert len(out.entry_ids) == 1


def test_filters_by_number_contact_and_dates(store, tmp_path) -> None:
    cid = _case(store)
    t0 = datetime(2026, 11, 4, 9, 0, tzinfo=SH)
    path = fx.sms_xml(
        tmp_path / "s.xml",
        [
            fx.sms("+86 139 0000 2222", t0, "a", name="刘师傅"),
            fx.sms("13900002222", t0 + timedelta(days=1), "b", name="刘师傅"),
            fx.sms("10086", t0, "c", name="运营商"),
            fx.sms("13700001111", t0 + timedelta(days=3), "d", name="妈妈"),
        ],
    )

    def texts(f: ri.ImportFilters) -> list[str]:
        with ri.preview_import(store, case_id=cid, path=path, filters=f) as p:
            return [r.quote for r in p.rows]

    assert texts(ri.ImportFilters(numbers=("+8613900002222",))) == ["a", "b"]
    assert texts(ri.ImportFilters(contact="运营")) == ["c"]
    start = datetime(2026, 11, 5, tzinfo=SH)
    assert texts(ri.ImportFilters(date_from=start, date_to=start + timedelta(days=1))) == ["b"]


def test_a_number_mapped_once_is_remembered_for_the_case(store, tmp_path) -> None:
    cid = _case(store)
    boss = parties.add_party(store, case_id=cid, role="supervisor", name="主管").created_id
    t0 = datetime(2026, 11, 12, 11, 0, tzinfo=SH)
    first = fx.calls_xml(tmp_path / "a.xml", [fx.call("021-5555 1234", t0, 1, 60)])
    _import(store, cid, first, party_map={"02155551234": boss})
    second = fx.sms_xml(tmp_path / "b.xml", [fx.sms("02155551234", t0, "书面说明")])
    with ri.preview_import(store, case_id=cid, path=second) as p:
        assert p.rows[0].party_id == boss and p.new_parties == {}
    other = _case(store, "another case")
    with ri.preview_import(store, case_id=other, path=second) as p:
        assert p.rows[0].party_id is None  # per case, not global


def test_undo_removes_the_whole_import_as_one_step_and_redo_brings_it_back(store, tmp_path):
    cid = _case(store)
    t0 = datetime(2026, 11, 4, 16, 10, tzinfo=SH)
    path = fx.sms_xml(
        tmp_path / "s.xml", [fx.sms(INSTALLER, t0, "x"), fx.mms(INSTALLER, t0, "pic")]
    )
    out = _import(store, cid, path)
    assert out is not None
    ri.undo_import(store, case_id=cid, batch=out.batch)
    assert _live_entries(store, cid) == [] and _live_evidence(store, cid) == []
    with store.read() as s:
        assert s.get(tb.Party, out.new_party_ids[0]).trashed_at is not None  # type: ignore[union-attr]
    ri.redo_import(store, case_id=cid, batch=out.batch)
    assert len(_live_entries(store, cid)) == 2 and len(_live_evidence(store, cid)) == 2
    with pytest.raises(ImportFailed):
        ri.undo_import(store, case_id=cid, batch="no-such-import")


def test_a_failing_commit_stores_nothing(store, tmp_path, monkeypatch) -> None:
    cid = _case(store)
    path = fx.sms_xml(
        tmp_path / "s.xml",
        [fx.mms(INSTALLER, datetime(2026, 11, 4, tzinfo=UTC), "pic", image=fx.PNG + b"x")],
    )
    before, blobs = _counts(store), _blobs(store)

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(ri, "touch_case", boom)
    with ri.preview_import(store, case_id=cid, path=path) as p, pytest.raises(RuntimeError):
        ri.commit_import(store, preview=p)
    assert _counts(store) == before
    assert _blobs(store) == blobs  # the copied source and picture were removed again


def test_surrogate_pair_references_from_old_backups_become_one_emoji(store, tmp_path) -> None:
    cid = _case(store)
    path = tmp_path / "old.xml"
    path.write_text(
        fx.HEADER.format(xsl="sms.xsl")
        + '<smses count="1"><sms address="1" date="1762243200000" type="1" '
        'body="ok &#55357;&#56832; &#55357; end&#27;[0m&#x7;&#10;&#65;" /></smses>',
        encoding="utf-8",
    )
    with ri.preview_import(store, case_id=cid, path=path) as p:
        assert p.rows[0].quote == "ok 😀 \ufffd end\ufffd[0m\ufffd\nA"


# --- failures: a clear message with the place, nothing committed -----------------------------


BOMB = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
    ' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n]>\n'
    '<smses><sms address="1" date="1" type="1" body="&lol3;" /></smses>\n'
)
GOOD_LINE = fx.sms("1", datetime(2026, 11, 4, tzinfo=UTC), "ok")


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.xml", b"", "is empty"),
        ("bomb.xml", BOMB.encode(), "declares XML entities or a document type (line 2"),
        (
            "external.xml",
            b'<?xml version="1.0"?><!DOCTYPE s SYSTEM "file:///etc/passwd"><smses/>',
            "declares XML entities",
        ),
        (
            "truncated.xml",
            (fx.HEADER.format(xsl="s") + "<smses>\n" + GOOD_LINE * 3).encode()[:-25],
            "ends too early, at line 7",
        ),
        (
            "malformed.xml",
            (fx.HEADER.format(xsl="s") + "<smses>\n" + GOOD_LINE + '<sms date="1" <x/>\n').encode(),
            "damaged at line 6, column 14",
        ),
        (
            "encoding.xml",
            b'<?xml version="1.0" encoding="x-martian"?><smses/>',
            "encoding the import cannot read (unknown encoding: x-martian)",
        ),
        (
            "baddate.xml",
            (
                fx.HEADER.format(xsl="s") + '<calls>\n<call number="1" date="yesterday" type="1"/>'
                "\n</calls>"
            ).encode(),
            "line 5, <call>: the value date=yesterday",
        ),
        ("notbackup.xml", b"<html><body/></html>", "starts with <html>"),
        ("a.msg", b"\xd0\xcf\x11\xe0 outlook", "Outlook .msg files are not read"),
        ("note.bin", b"\x00\x01\x02", "not a file the import knows"),
    ],
)
def test_bad_files_are_refused_with_the_place_and_nothing_is_stored(
    store, tmp_path, name, content, words
) -> None:
    cid = _case(store)
    path = tmp_path / name
    path.write_bytes(content)
    before = _counts(store)
    with pytest.raises(ImportFailed) as err:
        ri.preview_import(store, case_id=cid, path=path)
    assert words in err.value.message("en")
    assert "未导入任何内容" in err.value.message("zh") or "不读取" in err.value.message("zh")
    assert _counts(store) == before


def test_a_2_gb_file_is_refused_before_a_byte_is_parsed(store, tmp_path) -> None:
    path = tmp_path / "huge.xml"
    with open(path, "wb") as f:  # sparse: takes no disk space
        f.truncate(2 * 1024**3)
    with pytest.raises(ImportFailed) as err:
        ri.preview_import(store, case_id=_case(store), path=path)
    assert "is 2048 MB" in err.value.message("en") and "1024 MB" in err.value.message("en")


# --- e-mail ----------------------------------------------------------------------------------


def test_an_eml_keeps_decoded_headers_trimmed_body_attachment_and_itself(store, tmp_path):
    cid = _case(store)
    raw = fx.email(
        "=?utf-8?b?5a6i5pyN5bCP546L?= <service@shop.example>",
        "Wang Li <wangli@example.org>",
        "=?utf-8?q?Re=3A_=E9=80=80=E6=AC=BE?=",
        "Wed, 04 Nov 2026 15:05:00 +0800",
        "We will reply within 24-48 hours.\n\nOn Tue, 3 Nov 2026, Wang Li wrote:\n> Refund?\n",
        attachment=("收据.pdf", b"%PDF-1.4\n%receipt\n"),
    )
    path = tmp_path / "reply.eml"
    path.write_bytes(raw)
    out = _import(store, cid, path)
    assert out is not None
    (e,) = _live_entries(store, cid)
    assert (e.kind, e.channel, e.direction) == ("email", "email", "in")
    assert e.summary == "Re: 退款"
    assert e.quote == "We will reply within 24-48 hours."
    assert e.occurred_at == datetime(2026, 11, 4, 7, 5, tzinfo=UTC)
    assert e.source_locator == "message 1 <m1@shop.example>"
    with store.read() as s:
        party = s.get(tb.Party, e.party_id)
    assert party is not None and party.name == "客服小王 (service@shop.example)"
    names = {x.original_name: x for x in _live_evidence(store, cid)}
    assert names["reply.eml"].entry_id is None and names["reply.eml"].mime == "message/rfc822"
    assert names["收据.pdf"].entry_id == e.id


def test_an_mbox_gives_one_entry_per_message_and_mine_are_outgoing(store, tmp_path) -> None:
    cid = _case(store)
    msgs = [
        fx.email(
            "Shop <s@shop.example>",
            "me@example.org",
            f"n{i}",
            f"Thu, 05 Nov 2026 1{i}:00:00 +0000",
            f"body {i}\nFrom here on",
            message_id=f"<{i}@x>",
        )
        for i in range(3)
    ] + [
        fx.email(
            "Me <me@example.org>",
            "Shop <s@shop.example>",
            "mine",
            "Thu, 05 Nov 2026 18:00:00 +0000",
            "my answer",
            message_id="<me@x>",
        )
    ]
    path = fx.mbox(tmp_path / "Shop.mbox", msgs)
    with ri.preview_import(
        store, case_id=cid, path=path, options=ReadOptions(me=frozenset({"me@example.org"}))
    ) as p:
        assert [r.item.direction for r in p.rows] == ["in", "in", "in", "out"]
        assert [r.item.locator for r in p.rows][1] == "message 2 <1@x>"
        assert p.rows[0].quote == "body 0\nFrom here on"
        assert {r.party_key for r in p.rows} == {"s@shop.example"}


def test_a_cut_off_email_is_refused(store, tmp_path) -> None:
    raw = fx.email(
        "a@b.c",
        "d@e.f",
        "s",
        "Thu, 05 Nov 2026 10:00:00 +0000",
        "x",
        attachment=("a.pdf", b"%PDF-1.4 " * 50),
    )
    path = tmp_path / "cut.eml"
    path.write_bytes(raw[: len(raw) - 40])
    with pytest.raises(ImportFailed) as err:
        ri.preview_import(store, case_id=_case(store), path=path)
    assert "message 1: the message stops before its end" in err.value.message("en")


# --- WhatsApp, CSV ---------------------------------------------------------------------------


ANDROID_12H = (
    "11/12/26, 9:41\u202fPM - Messages and calls are end-to-end encrypted.\n"
    "11/12/26, 9:41\u202fPM - Store Agent: We will call the police\n"
    "if you do not return the coat\n"
    "11/12/26, 11:02\u202fPM - Wang Li: <Media omitted>\n"
)
IOS_24H = (
    "\u200e[13/11/2026, 21:41:05] Store Agent: sent you a gift\n"
    "[13/11/2026, 21:42:00] Store Agent: \u200e<attached: 00000012-PHOTO-2026-11-13.jpg>\n"
)


def test_whatsapp_android_12h_asks_for_the_date_order_instead_of_guessing(store, tmp_path):
    cid = _case(store)
    path = tmp_path / "WhatsApp Chat with Store Agent.txt"
    path.write_text(ANDROID_12H, encoding="utf-8")
    with pytest.raises(ImportFailed) as err:
        ri.preview_import(store, case_id=cid, path=path)
    assert "--day-first or --month-first" in err.value.message("en")
    options = ReadOptions(zone="Europe/London", day_first=False, me=frozenset({"Wang Li"}))
    with ri.preview_import(store, case_id=cid, path=path, options=options) as p:
        assert [r.item.occurred_at for r in p.rows] == [
            datetime(2026, 11, 12, 21, 41, tzinfo=ZoneInfo("Europe/London")),
            datetime(2026, 11, 12, 23, 2, tzinfo=ZoneInfo("Europe/London")),
        ]
        assert p.rows[0].quote == "We will call the police\nif you do not return the coat"
        assert [r.item.direction for r in p.rows] == ["in", "out"]
        assert p.rows[0].item.locator == "line 2"
        assert any("Europe/London" in a for a in p.assumptions)
        out = ri.commit_import(store, preview=p)
    source = next(x for x in _live_evidence(store, cid) if x.entry_id is None)
    assert "Europe/London" in source.description and "month first" in source.description
    assert len(out.entry_ids) == 2


def test_whatsapp_ios_24h_decides_day_first_from_the_file_and_attaches_media(store, tmp_path):
    cid = _case(store)
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "00000012-PHOTO-2026-11-13.jpg").write_bytes(b"\xff\xd8\xff\xe0jpeg")
    path = folder / "_chat.txt"
    path.write_text(IOS_24H, encoding="utf-8")
    with ri.preview_import(
        store, case_id=cid, path=path, options=ReadOptions(zone="Asia/Shanghai")
    ) as p:
        assert p.rows[0].item.occurred_at == datetime(2026, 11, 13, 21, 41, 5, tzinfo=SH)
        assert p.rows[1].item.attachments[0].name == "00000012-PHOTO-2026-11-13.jpg"
        ri.commit_import(store, preview=p)
    assert any(x.original_name.endswith("13.jpg") for x in _live_evidence(store, cid))
    with pytest.raises(ImportFailed) as err:  # the user's order contradicts line 1
        ri.preview_import(store, case_id=cid, path=path, options=ReadOptions(day_first=False))
    assert "line 1" in err.value.message("en")


def test_a_text_file_in_an_unknown_encoding_names_its_line(store, tmp_path) -> None:
    path = tmp_path / "_chat.txt"
    path.write_bytes("[13/11/2026, 21:41:05] 店家: 你好\n".encode() + "第二行".encode("gb18030"))
    with pytest.raises(ImportFailed) as err:
        ri.preview_import(store, case_id=_case(store), path=path)
    assert "line 2: the text is not utf-8" in err.value.message("en")


def test_csv_with_a_column_mapping_saved_and_reused(store, tmp_path, monkeypatch) -> None:
    from ecomplaint.records_import import chat_log

    monkeypatch.setenv("ECOMPLAINT_CONFIG_DIR", str(tmp_path / "config"))
    cid = _case(store)
    path = tmp_path / "wechat.csv"
    path.write_text(
        "时间,发送者,内容,类型\n"
        '2026-11-05 09:00:01,店家客服,"您好，\n请提供订单号",文本\n'
        "2026/11/05 09:03,王丽,JD-2026-1102-4417,文本\n",
        encoding="utf-8-sig",
    )
    with pytest.raises(ImportFailed) as err:
        ri.preview_import(store, case_id=cid, path=path)
    assert "时间, 发送者, 内容, 类型" in err.value.message("en")
    mapping = chat_log.ColumnMapping.parse("time=时间,sender=发送者,text=内容")
    chat_log.save_mapping("wechat-helper", mapping)
    assert json.loads((tmp_path / "config" / "import_mappings.json").read_text("utf-8"))
    options = ReadOptions(mapping=chat_log.get_mapping("wechat-helper"), me=frozenset({"王丽"}))
    with ri.preview_import(store, case_id=cid, path=path, options=options) as p:
        assert [(r.item.direction, r.item.locator) for r in p.rows] == [
            ("in", "line 3"),
            ("out", "line 4"),
        ]
        assert p.rows[0].quote == "您好，\n请提供订单号"
        assert p.rows[1].item.occurred_at == datetime(2026, 11, 5, 9, 3, tzinfo=SH)
    bad = ReadOptions(mapping=chat_log.ColumnMapping.parse("time=日期,sender=发送者,text=内容"))
    with pytest.raises(ImportFailed) as err:
        ri.preview_import(store, case_id=cid, path=path, options=bad)
    assert "no column 日期" in err.value.message("en")


def test_a_plain_text_chat_log_with_a_pattern(store, tmp_path) -> None:
    from ecomplaint.records_import import chat_log

    path = tmp_path / "qq.txt"
    path.write_text(
        "2026-11-05 09:00:01 店家客服\n您好\n2026-11-05 09:01:00 王丽\n订单号见截图\n",
        encoding="utf-8",
    )
    mapping = chat_log.ColumnMapping.parse(
        r"pattern=^(?P<time>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (?P<sender>.+)$(?P<text>)"
    )
    with ri.preview_import(
        store, case_id=_case(store), path=path, options=ReadOptions(mapping=mapping)
    ) as p:
        assert [(r.item.contact, r.quote) for r in p.rows] == [
            ("店家客服", "您好"),
            ("王丽", "订单号见截图"),
        ]


def test_html_only_mail_and_an_unknown_charset_are_read_and_the_guess_is_said(store, tmp_path):
    raw = (
        b"From: =?gb2312?b?v827pw==?= <kf@shop.example>\nTo: me@example.org\n"
        b"Subject: =?utf-8?b?5Zue5aSN?=\nDate: Thu, 05 Nov 2026 10:00:00 -0000\n"
        b"Message-ID: <h@x>\nMIME-Version: 1.0\nContent-Type: multipart/alternative; b=1;"
        b' boundary="B"\n\n--B\nContent-Type: text/html; charset=x-unknown-8\n\n'
        b"<p>Hello&nbsp;<b>there</b></p><script>evil()</script><p>caf\xc3\xa9</p>\n--B--\n"
    )
    path = tmp_path / "html.eml"
    path.write_bytes(raw)
    with ri.preview_import(store, case_id=_case(store), path=path) as p:
        (row,) = p.rows
        assert row.item.contact == "客户" and row.summary == "回复"
        assert row.quote == "Hello\xa0there\ncafé"
        assert row.item.occurred_at == datetime(2026, 11, 5, 10, 0, tzinfo=SH)  # -0000: zone
        assert any("x-unknown-8" in a for a in p.assumptions)


def test_two_writers_importing_the_same_file_add_it_once(store, tmp_path) -> None:
    cid = _case(store)
    t0 = datetime(2026, 11, 4, 16, 10, tzinfo=SH)
    path = fx.sms_xml(tmp_path / "s.xml", [fx.sms(INSTALLER, t0, "a"), fx.sms(CS, t0, "b")])
    with (
        ri.preview_import(store, case_id=cid, path=path) as first,
        ri.preview_import(store, case_id=cid, path=path) as second,
    ):
        assert len(ri.commit_import(store, preview=first).entry_ids) == 2
        late = ri.commit_import(store, preview=second)  # its preview predates the first commit
    assert late.entry_ids == [] and late.new_party_ids == []
    blobs = _blobs(store)
    other = fx.sms_xml(tmp_path / "other.xml", [fx.mms(CS, t0, "never chosen")])
    with ri.preview_import(store, case_id=_case(store, "other"), path=other) as p:
        assert ri.commit_import(store, preview=p, rows=[]).entry_ids == []
    assert _blobs(store) == blobs  # nothing chosen: no copied file left behind
    assert len(_live_entries(store, cid)) == 2
    assert len([x for x in _live_evidence(store, cid) if x.entry_id is None]) == 1
    with store.read() as s:
        assert len(s.exec(select(tb.Party).where(tb.Party.case_id == cid)).all()) == 2


def test_control_characters_in_imported_text_become_visible_marks_not_a_failure(store, tmp_path):
    cid = _case(store)
    path = tmp_path / "_chat.txt"
    path.write_text(
        "[13/11/2026, 21:41:05] Bad\x07Bot: clear \x1b[2J screen\x7f\n", encoding="utf-8"
    )
    out = _import(store, cid, path)
    assert out is not None
    (e,) = _live_entries(store, cid)
    assert e.quote == "clear \ufffd[2J screen\ufffd"
    with store.read() as s:
        assert s.get(tb.Party, e.party_id).name == "Bad\ufffdBot"  # type: ignore[union-attr]


def test_a_bad_time_in_a_csv_and_a_file_that_is_no_mbox_name_the_place(store, tmp_path) -> None:
    from ecomplaint.records_import import chat_log

    cid = _case(store)
    path = tmp_path / "log.csv"
    path.write_text("t,who,text\n2026-11-05 09:00,a,x\nyesterday,b,y\n", encoding="utf-8")
    options = ReadOptions(mapping=chat_log.ColumnMapping.parse("time=t,sender=who,text=text"))
    before = _counts(store)
    with pytest.raises(ImportFailed) as err:
        ri.preview_import(store, case_id=cid, path=path, options=options)
    assert "line 3: the time yesterday cannot be read" in err.value.message("en")
    box = tmp_path / "inbox.mbox"
    box.write_bytes(b"Subject: not an mbox\n\nhello\n")
    with pytest.raises(ImportFailed) as err:
        ri.preview_import(store, case_id=cid, path=box)
    assert "is not an mbox mailbox" in err.value.message("en")
    assert _counts(store) == before


def test_the_service_reads_bare_times_in_the_cases_zone_by_default(store, tmp_path) -> None:
    cid = cases.create_case(store, title="Kettle", platform="amazon", tz="Europe/London").created_id
    assert cid is not None
    path = tmp_path / "_chat.txt"
    path.write_text(IOS_24H, encoding="utf-8")
    with ri.preview_import(store, case_id=cid, path=path) as p:
        assert p.zone == "Europe/London"
        assert p.rows[0].item.occurred_at == datetime(
            2026, 11, 13, 21, 41, 5, tzinfo=ZoneInfo("Europe/London")
        )
