"""Translated names for the stored vocabularies (domain.enums). Literal strings for lupdate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def platform_label(value: str) -> str:
    names = {
        "jd": QCoreApplication.translate("Labels", "JD"),
        "tmall": QCoreApplication.translate("Labels", "Tmall / Taobao"),
        "pinduoduo": QCoreApplication.translate("Labels", "Pinduoduo"),
        "meituan": QCoreApplication.translate("Labels", "Meituan"),
        "amazon": QCoreApplication.translate("Labels", "Amazon"),
        "other": QCoreApplication.translate("Labels", "Other platform"),
    }
    return names.get(value, value)


def status_label(value: str) -> str:
    names = {
        "open": QCoreApplication.translate("Labels", "Open"),
        "waiting": QCoreApplication.translate("Labels", "Waiting on me"),
        "escalated": QCoreApplication.translate("Labels", "Escalated"),
        "resolved": QCoreApplication.translate("Labels", "Resolved"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
    }
    return names.get(value, value)


def role_label(value: str) -> str:
    names = {
        "complainant": QCoreApplication.translate("Labels", "Complainant"),
        "customer_service": QCoreApplication.translate("Labels", "Customer service"),
        "supervisor": QCoreApplication.translate("Labels", "Supervisor"),
        "installer": QCoreApplication.translate("Labels", "Installer / technician"),
        "merchant": QCoreApplication.translate("Labels", "Merchant"),
        "platform": QCoreApplication.translate("Labels", "Platform"),
        "courier": QCoreApplication.translate("Labels", "Courier"),
        "brand": QCoreApplication.translate("Labels", "Brand"),
        "regulator": QCoreApplication.translate("Labels", "Regulator"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }
    return names.get(value, value)


def kind_label(value: str) -> str:
    names = {
        "order": QCoreApplication.translate("Labels", "Order placed"),
        "payment": QCoreApplication.translate("Labels", "Payment"),
        "delivery": QCoreApplication.translate("Labels", "Delivery"),
        "visit": QCoreApplication.translate("Labels", "Installation / service visit"),
        "call_in": QCoreApplication.translate("Labels", "Call from them"),
        "call_out": QCoreApplication.translate("Labels", "Call to them"),
        "call_missed": QCoreApplication.translate("Labels", "Missed call"),
        "chat": QCoreApplication.translate("Labels", "Chat"),
        "sms": QCoreApplication.translate("Labels", "Text message"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "complaint": QCoreApplication.translate("Labels", "Complaint filed"),
        "reply": QCoreApplication.translate("Labels", "Reply"),
        "offer": QCoreApplication.translate("Labels", "Offer"),
        "refund": QCoreApplication.translate("Labels", "Refund"),
        "harassment": QCoreApplication.translate("Labels", "Harassment"),
        "note": QCoreApplication.translate("Labels", "Note"),
    }
    return names.get(value, value)


def channel_label(value: str) -> str:
    names = {
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "app_chat": QCoreApplication.translate("Labels", "App chat"),
        "sms": QCoreApplication.translate("Labels", "SMS"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "in_person": QCoreApplication.translate("Labels", "In person"),
        "platform": QCoreApplication.translate("Labels", "Platform pages"),
        "web": QCoreApplication.translate("Labels", "Web"),
        "post": QCoreApplication.translate("Labels", "Post"),
        "other": QCoreApplication.translate("Labels", "Other channel"),
    }
    return names.get(value, value)


def direction_label(value: str) -> str:
    names = {
        "in": QCoreApplication.translate("Labels", "They contacted me"),
        "out": QCoreApplication.translate("Labels", "I contacted them"),
        "none": QCoreApplication.translate("Labels", "No direction"),
    }
    return names.get(value, value)


def promise_what_label(value: str) -> str:
    names = {
        "reply": QCoreApplication.translate("Labels", "Reply"),
        "callback": QCoreApplication.translate("Labels", "Call back"),
        "refund": QCoreApplication.translate("Labels", "Refund"),
        "visit": QCoreApplication.translate("Labels", "Visit"),
        "replacement": QCoreApplication.translate("Labels", "Replacement"),
        "other": QCoreApplication.translate("Labels", "Something else"),
    }
    return names.get(value, value)


def promise_status_label(value: str) -> str:
    names = {
        "pending": QCoreApplication.translate("Labels", "pending"),
        "due": QCoreApplication.translate("Labels", "due"),
        "overdue": QCoreApplication.translate("Labels", "overdue"),
        "kept": QCoreApplication.translate("Labels", "kept"),
        "kept_late": QCoreApplication.translate("Labels", "kept late"),
        "broken": QCoreApplication.translate("Labels", "broken"),
        "superseded": QCoreApplication.translate("Labels", "superseded"),
        "paused": QCoreApplication.translate("Labels", "paused"),
    }
    return names.get(value, value)
