"""Create, edit, trash and restore cases."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from ecomplaint.domain import validation as v
from ecomplaint.domain.enums import CaseStatus, Platform
from ecomplaint.domain.ladder import RuleBook, load_rule_book
from ecomplaint.i18n import UserError
from ecomplaint.services import jurisdiction
from ecomplaint.services.changes import Changes, Written
from ecomplaint.services.common import apply_edit, get_row, new_uid
from ecomplaint.store.engine import Store
from ecomplaint.store.tables import Case

EDITABLE = (
    "title",
    "platform",
    "merchant",
    "order_no",
    "product",
    "order_date",
    "amount",
    "currency",
    "services",
    "complainant_name",
    "complainant_phone",
    "complainant_address",
    "complainant_id_no",
    "demands",
    "status",
    "tags",
    "language",
    "assignee",
    "notes",
    "country",
    "ladder",
    "tz",
    "calendar",
)


def clean_case_fields(
    values: Mapping[str, Any], rules: RuleBook | None = None, *, today: date | None = None
) -> dict[str, Any]:
    """Validate and normalise case fields; raise UserError naming the first bad one.
    With `today`, an order date more than a day later is refused (an order that happened)."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in EDITABLE:
            raise UserError("field.bad_choice", field=key, value=key, choices=", ".join(EDITABLE))
        if key == "tz":
            out[key] = jurisdiction.check_tz(value)
        elif key == "calendar":
            out[key] = jurisdiction.check_calendar(value)
        elif key == "country":
            out[key] = jurisdiction.check_country(value)
        elif key == "ladder":
            book = rules if rules is not None else load_rule_book()
            out[key] = jurisdiction.check_ladder(value, book).id
        elif key == "title":
            out[key] = v.text(value, "title", required=True)
        elif key == "platform":
            out[key] = v.choice(value, Platform, "platform")
        elif key == "status":
            out[key] = v.choice(value, CaseStatus, "status")
        elif key == "amount":
            out[key] = v.amount(value)
        elif key == "currency":
            out[key] = v.currency(value)
        elif key == "order_date":
            out[key] = v.a_date(value, "order_date", today=today)
        elif key == "tags":
            out[key] = v.tags(value)
        elif key == "language":
            out[key] = "en" if str(value).lower().startswith("en") else "zh"
        elif key in ("services", "demands", "notes", "complainant_address"):
            out[key] = v.text(value, key, limit=v.MAX_LONG)
        else:
            out[key] = v.text(value, key)
    return out


def create_case(
    store: Store,
    *,
    title: str,
    platform: str = Platform.OTHER,
    merchant: str = "",
    order_no: str = "",
    product: str = "",
    order_date: date | str | None = None,
    amount: Decimal | str | None = None,
    currency: str | None = None,
    services: str = "",
    complainant_name: str = "",
    complainant_phone: str = "",
    complainant_address: str = "",
    complainant_id_no: str = "",
    demands: str = "",
    status: str = CaseStatus.OPEN,
    tags: str | Iterable[str] = "",
    language: str | None = None,
    assignee: str = "",
    notes: str = "",
    country: str | None = None,
    ladder: str | None = None,
    tz: str | None = None,
    calendar: str | None = None,
    uid: str | None = None,
    rules: RuleBook | None = None,
) -> Written:
    """A new case. Its jurisdiction comes from `ladder` (or the platform's or the currency's
    ladder); `country`, `tz`, `calendar` and `currency` override what the ladder says."""
    book = rules if rules is not None else load_rule_book(store.folder)
    juris = jurisdiction.resolve(
        book,
        platform=v.choice(platform, Platform, "platform"),
        currency=v.currency(currency) if currency else None,
        given=dict(country=country, ladder=ladder, tz=tz, calendar=calendar),
    )
    fields_ = clean_case_fields(
        dict(
            title=title,
            platform=platform,
            merchant=merchant,
            order_no=order_no,
            product=product,
            order_date=order_date,
            amount=amount,
            currency=juris["currency"],
            services=services,
            complainant_name=complainant_name,
            complainant_phone=complainant_phone,
            complainant_address=complainant_address,
            complainant_id_no=complainant_id_no,
            demands=demands,
            status=status,
            tags=tags,
            language=language or juris["language"],
            assignee=assignee,
            notes=notes,
        ),
        today=store.clock.now().date(),
    )
    fields_.update({k: juris[k] for k in jurisdiction.FIELDS})
    now = store.clock.now()
    with store.write() as s:
        case = Case(uid=uid or new_uid(), created_at=now, updated_at=now, **fields_)
        s.add(case)
        s.flush()
        assert case.id is not None
        return Written(Changes(cases=True, case_id=case.id), created_id=case.id)


def edit_case(
    store: Store, *, case_id: int, values: Mapping[str, Any], expected_version: int | None = None
) -> Written:
    """Change case fields. A new zone or calendar applies to promises logged from now on:
    those already made keep the zone and calendar they were counted on (each records its)."""
    book = load_rule_book(store.folder) if "ladder" in values else None
    now = store.clock.now()
    clean = clean_case_fields(values, book, today=now.date())
    with store.write() as s:
        case = get_row(s, Case, case_id, expected_version=expected_version)
        before = apply_edit(case, clean, now)
        s.add(case)
        return Written(Changes(cases=True, timeline=False, case_id=case_id), before=before)


def trash_case(store: Store, *, case_id: int) -> Changes:
    now = store.clock.now()
    with store.write() as s:
        case = get_row(s, Case, case_id)
        case.trashed_at = now
        case.version += 1
        s.add(case)
        return Changes(cases=True, case_id=case_id)


def restore_case(store: Store, *, case_id: int) -> Changes:
    with store.write() as s:
        case = get_row(s, Case, case_id, live=False)
        case.trashed_at = None
        case.version += 1
        s.add(case)
        return Changes(cases=True, case_id=case_id)
