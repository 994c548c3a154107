"""The vocabularies of a dispute. Values are stored in the database: never rename one."""

from __future__ import annotations

from enum import StrEnum


class Platform(StrEnum):
    JD = "jd"
    TMALL = "tmall"  # Tmall and Taobao share one rulebook
    PINDUODUO = "pinduoduo"
    MEITUAN = "meituan"
    AMAZON = "amazon"
    OTHER = "other"


class CaseStatus(StrEnum):
    OPEN = "open"
    WAITING = "waiting"  # waiting on the consumer; promise clocks pause
    ESCALATED = "escalated"
    RESOLVED = "resolved"
    CLOSED = "closed"


class PartyRole(StrEnum):
    COMPLAINANT = "complainant"
    CUSTOMER_SERVICE = "customer_service"
    SUPERVISOR = "supervisor"
    INSTALLER = "installer"
    MERCHANT = "merchant"
    PLATFORM = "platform"
    COURIER = "courier"
    BRAND = "brand"
    REGULATOR = "regulator"
    OTHER = "other"


class EntryKind(StrEnum):
    ORDER = "order"
    PAYMENT = "payment"
    DELIVERY = "delivery"
    VISIT = "visit"  # installation or service visit
    CALL_IN = "call_in"
    CALL_OUT = "call_out"
    CALL_MISSED = "call_missed"
    CHAT = "chat"
    SMS = "sms"
    EMAIL = "email"
    COMPLAINT = "complaint"  # complaint filed
    REPLY = "reply"
    OFFER = "offer"
    REFUND = "refund"
    HARASSMENT = "harassment"
    NOTE = "note"


class Channel(StrEnum):
    PHONE = "phone"
    APP_CHAT = "app_chat"
    SMS = "sms"
    EMAIL = "email"
    IN_PERSON = "in_person"
    PLATFORM = "platform"  # the platform's own complaint or order pages
    WEB = "web"
    POST = "post"
    OTHER = "other"


class Direction(StrEnum):
    INBOUND = "in"  # the other side contacted the consumer
    OUTBOUND = "out"  # the consumer contacted them
    NONE = "none"


class Precision(StrEnum):
    EXACT = "exact"
    HOUR = "hour"
    DAY = "day"
    APPROXIMATE = "approximate"  # "that afternoon"


class Stance(StrEnum):
    """What an entry says about the other side's position; drives 'what next'."""

    NONE = "none"
    REPLY = "reply"  # an answer, not the last word
    FINAL_RESPONSE = "final_response"  # the firm's last word: starts the ombudsman's window
    FINAL_OFFER = "final_offer"  # an offer to take or leave: the consumer must answer
    REFUSAL = "refusal"
    ACCEPTANCE = "acceptance"  # the other side accepted the demands (or the consumer an offer)


# Spoken names accepted by the CLI ("offer" is the final offer the consumer must answer).
STANCE_ALIASES = {"offer": Stance.FINAL_OFFER, "final": Stance.FINAL_RESPONSE}


class PromiseWhat(StrEnum):
    REPLY = "reply"
    CALLBACK = "callback"
    REFUND = "refund"
    VISIT = "visit"
    REPLACEMENT = "replacement"
    OTHER = "other"


class ClockKind(StrEnum):
    HOURS = "hours"  # calendar hours
    WORKING_DAYS = "working_days"  # skips weekends and public holidays, counts make-up days
    MONTHS = "months"  # same day n months later in the case's zone ("refer within 6 months")


class PromiseStatus(StrEnum):
    """Derived, never stored."""

    PENDING = "pending"
    DUE = "due"
    OVERDUE = "overdue"
    KEPT = "kept"
    KEPT_LATE = "kept_late"
    BROKEN = "broken"
    SUPERSEDED = "superseded"
    PAUSED = "paused"


DEFAULT_DIRECTION: dict[EntryKind, Direction] = {
    EntryKind.CALL_IN: Direction.INBOUND,
    EntryKind.CALL_OUT: Direction.OUTBOUND,
    EntryKind.CALL_MISSED: Direction.INBOUND,
    EntryKind.COMPLAINT: Direction.OUTBOUND,
    EntryKind.REPLY: Direction.INBOUND,
    EntryKind.OFFER: Direction.INBOUND,
    EntryKind.HARASSMENT: Direction.INBOUND,
}

DEFAULT_CHANNEL: dict[EntryKind, Channel] = {
    EntryKind.CALL_IN: Channel.PHONE,
    EntryKind.CALL_OUT: Channel.PHONE,
    EntryKind.CALL_MISSED: Channel.PHONE,
    EntryKind.CHAT: Channel.APP_CHAT,
    EntryKind.SMS: Channel.SMS,
    EntryKind.EMAIL: Channel.EMAIL,
    EntryKind.ORDER: Channel.PLATFORM,
    EntryKind.PAYMENT: Channel.PLATFORM,
    EntryKind.COMPLAINT: Channel.PLATFORM,
    EntryKind.VISIT: Channel.IN_PERSON,
}
