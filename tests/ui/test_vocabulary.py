"""One vocabulary: the window, the CLI and the dossier say the same word for every stored value
and every duration, in both languages; the shipped .mo files are compiled from the .po files."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from ecomplaint import vocabulary
from ecomplaint.cli.main import main
from ecomplaint.domain import enums
from ecomplaint.dossier.context import Ctx
from ecomplaint.i18n import Lang, set_language
from ecomplaint.services import cases
from ecomplaint.store.engine import Store
from ecomplaint.ui import labels
from ecomplaint.ui.today.model import TodayModel

WINDOW = {
    "platform": (enums.Platform, labels.platform_label),
    "status": (enums.CaseStatus, labels.status_label),
    "role": (enums.PartyRole, labels.role_label),
    "kind": (enums.EntryKind, labels.kind_label),
    "channel": (enums.Channel, labels.channel_label),
    "what": (enums.PromiseWhat, labels.promise_what_label),
    "pstatus": (enums.PromiseStatus, labels.promise_status_label),
}
LANGS: list[Lang] = ["zh", "en"]


def dossier_word(kind: str, value: str, lang: Lang) -> str:
    return Ctx.V(SimpleNamespace(lang=lang), kind, value)  # type: ignore[arg-type]


def dossier_duration(delta: timedelta, lang: Lang) -> str:
    return Ctx.duration(SimpleNamespace(lang=lang), delta)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", LANGS)
def test_window_and_dossier_say_the_same_word_for_every_value(lang: Lang) -> None:
    set_language(lang)
    try:
        for kind, (enum, window_label) in WINDOW.items():
            for member in enum:
                shown = window_label(member.value)
                assert shown == dossier_word(kind, member.value, lang), (kind, member.value)
                assert shown != member.value or kind == "channel", (kind, member.value)
    finally:
        set_language("en")


def test_the_chinese_words_the_issue_names() -> None:
    assert vocabulary.word("status", "waiting", "zh") == "等待本人"
    assert vocabulary.word("pstatus", "kept", "zh") == "按时兑现"
    assert vocabulary.word("pstatus", "broken", "zh") == "违背"


@pytest.mark.parametrize("lang", LANGS)
def test_the_cli_prints_the_same_words(
    lang: Lang, store: Store, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    for status in enums.CaseStatus:
        for platform in enums.Platform:
            cases.create_case(store, title=f"{status}-{platform}", status=status, platform=platform)
    assert main(["--data-dir", str(store.folder), "--lang", lang, "cases"]) == 0
    lines = capsys.readouterr().out.splitlines()
    set_language(lang)
    try:
        for status in enums.CaseStatus:
            for platform in enums.Platform:
                line = next(x for x in lines if x.endswith(f" {status}-{platform}"))
                assert labels.status_label(status) in line
                assert labels.platform_label(platform) in line
    finally:
        set_language("en")


@pytest.mark.parametrize("lang", LANGS)
def test_one_way_to_write_a_duration(lang: Lang, qapp: object) -> None:
    set_language(lang)
    try:
        model = TodayModel()
        for minutes in (0, 30, 60, 95, 24 * 60, 62 * 60 + 5):
            delta = timedelta(minutes=minutes)
            assert model.duration_text(delta) == dossier_duration(delta, lang)
            assert model.duration_text(delta) == vocabulary.duration(delta, lang)  # CLI `due`
        assert vocabulary.duration(timedelta(minutes=30), "en") == "30 min"  # not "0 h"
        assert vocabulary.duration(timedelta(minutes=30), "zh") == "30 分钟"
    finally:
        set_language("en")


def test_every_catalogue_translates_every_word_and_its_mo_is_current() -> None:
    pos = sorted(vocabulary.locale_dir().glob("*/LC_MESSAGES/ecomplaint.po"))
    assert pos, "no catalogue"
    for po in pos:
        with po.open("rb") as f:
            catalog = read_po(f)
        translated = {(m.context, m.id) for m in catalog if m.id and m.string}
        assert set(vocabulary.messages()) <= translated, po
        fresh = io.BytesIO()
        write_mo(fresh, catalog)
        assert Path(po.with_suffix(".mo")).read_bytes() == fresh.getvalue(), (
            f"{po}: run python -m ecomplaint.vocabulary --compile"
        )
