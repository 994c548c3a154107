"""Translated names for the stored vocabularies (domain.enums). Literal strings for lupdate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def platform_label(value: str) -> str:
    names = {
        "jd": _t("JD"),
        "tmall": _t("Tmall / Taobao"),
        "pinduoduo": _t("Pinduoduo"),
        "meituan": _t("Meituan"),
        "amazon": _t("Amazon"),
        "other": _t("Other platform"),
    }
    return names.get(value, value)


def status_label(value: str) -> str:
    names = {
        "open": _t("Open"),
        "waiting": _t("Waiting on me"),
        "escalated": _t("Escalated"),
        "resolved": _t("Resolved"),
        "closed": _t("Closed"),
    }
    return names.get(value, value)


def role_label(value: str) -> str:
    names = {
        "complainant": _t("Complainant"),
        "customer_service": _t("Customer service"),
        "supervisor": _t("Supervisor"),
        "installer": _t("Installer / technician"),
        "merchant": _t("Merchant"),
        "platform": _t("Platform"),
        "courier": _t("Courier"),
        "brand": _t("Brand"),
        "regulator": _t("Regulator"),
        "other": _t("Other"),
    }
    return names.get(value, value)


def kind_label(value: str) -> str:
    names = {
        "order": _t("Order placed"),
        "payment": _t("Payment"),
        "delivery": _t("Delivery"),
        "visit": _t("Installation / service visit"),
        "call_in": _t("Call from them"),
        "call_out": _t("Call to them"),
        "call_missed": _t("Missed call"),
        "chat": _t("Chat"),
        "sms": _t("Text message"),
        "email": _t("E-mail"),
        "complaint": _t("Complaint filed"),
        "reply": _t("Reply"),
        "offer": _t("Offer"),
        "refund": _t("Refund"),
        "harassment": _t("Harassment"),
        "note": _t("Note"),
    }
    return names.get(value, value)


def channel_label(value: str) -> str:
    names = {
        "phone": _t("Phone"),
        "app_chat": _t("App chat"),
        "sms": _t("SMS"),
        "email": _t("E-mail"),
        "in_person": _t("In person"),
        "platform": _t("Platform pages"),
        "web": _t("Web"),
        "post": _t("Post"),
        "other": _t("Other channel"),
    }
    return names.get(value, value)


def direction_label(value: str) -> str:
    names = {
        "in": _t("They contacted me"),
        "out": _t("I contacted them"),
        "none": _t("No direction"),
    }
    return names.get(value, value)


def promise_what_label(value: str) -> str:
    names = {
        "reply": _t("Reply"),
        "callback": _t("Call back"),
        "refund": _t("Refund"),
        "visit": _t("Visit"),
        "replacement": _t("Replacement"),
        "other": _t("Something else"),
    }
    return names.get(value, value)


def promise_status_label(value: str) -> str:
    names = {
        "pending": _t("pending"),
        "due": _t("due"),
        "overdue": _t("overdue"),
        "kept": _t("kept"),
        "kept_late": _t("kept late"),
        "broken": _t("broken"),
        "superseded": _t("superseded"),
        "paused": _t("paused"),
    }
    return names.get(value, value)


def duration_label(hours: float) -> str:
    """A short 'how late' figure: 5 h, 3 d."""
    if hours < 48:
        return _t("%n h").replace("%n", str(max(1, round(hours))))
    return _t("%n d").replace("%n", str(round(hours / 24)))
