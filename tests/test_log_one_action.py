"""Logging an entry with a new party and the promise made in it is one transaction."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from ecomplaint.cli.main import main
from ecomplaint.i18n import UserError
from ecomplaint.services import cases, entries
from ecomplaint.services.entries import NewParty, NewPromise
from ecomplaint.store import queries
from ecomplaint.store.engine import Store


def _case(store: Store) -> int:
    changes = cases.create_case(store, title="TV")
    assert changes.created_id is not None
    return changes.created_id


def test_entry_new_party_and_promise_are_created_together(store: Store) -> None:
    case_id = _case(store)
    at = datetime(2026, 11, 3, 2, 0, tzinfo=UTC)
    changes = entries.log_entry(
        store,
        case_id=case_id,
        kind="call_in",
        summary="客服来电",
        occurred_at=at,
        new_party=NewParty(role="customer_service", name="工号 3021"),
        promise=NewPromise(what="reply", window_min=24, window_max=48),
    )
    assert set(changes.created) == {"entry", "party", "promise"}
    d = queries.case_detail(store, case_id)
    (party,) = d.parties
    (entry,) = d.entries
    (promise,) = d.promises
    assert entry.party_id == party.id == promise.party_id
    assert promise.entry_id == entry.id and promise.made_at == at
    assert (promise.due_from, promise.due_by) == (
        datetime(2026, 11, 4, 2, 0, tzinfo=UTC),
        datetime(2026, 11, 5, 2, 0, tzinfo=UTC),
    )


def test_a_bad_promise_leaves_no_party_and_no_entry_behind(store: Store) -> None:
    case_id = _case(store)
    with pytest.raises(UserError):
        entries.log_entry(
            store,
            case_id=case_id,
            kind="call_in",
            summary="x",
            new_party=NewParty(role="installer", name="王师傅"),
            promise=NewPromise(what="reply", window_min=48, window_max=24),
        )
    d = queries.case_detail(store, case_id, include_trashed=True)
    assert d.parties == [] and d.entries == [] and d.promises == []


def test_cli_log_with_new_party_and_promise_prints_ids_and_uids(
    store: Store, store_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    case_id = _case(store)
    argv = [*store_args, "log", str(case_id), "--kind", "call_in", "--summary", "call"]
    argv += ["--at", "2026-11-03T10:00+08:00", "--new-party", "customer_service:工号 3021"]
    argv += ["--promise", "reply", "--within", "24-48h", "--json"]
    assert main(argv) == 0
    doc = json.loads(capsys.readouterr().out)
    d = queries.case_detail(store, case_id)
    assert doc["id"] == d.entries[0].id and doc["uid"] == d.entries[0].uid
    assert doc["party"]["uid"] == d.parties[0].uid
    assert doc["promise"]["id"] == d.promises[0].id
    assert (d.promises[0].window_min, d.promises[0].window_max) == (24, 48)


def test_cli_log_rejects_a_window_it_cannot_read(
    store: Store, store_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    case_id = _case(store)
    argv = [*store_args, "log", str(case_id), "--kind", "note", "--summary", "x"]
    assert main([*argv, "--promise", "reply", "--within", "soon"]) == 2
    assert "not a promise window" in capsys.readouterr().err
    assert queries.case_detail(store, case_id).entries == []
