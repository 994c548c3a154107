"""One line of the case list: the only record the window's first paint needs.

Also exported by domain/records.py with the other records (the same class).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list."""

    id: int
    uid: str
    title: str
    platform: str
    merchant: str
    order_no: str
    status: str
    tags: str
    updated_at: datetime
    next_due: datetime | None  # earliest deadline of an open promise
    overdue: bool
    tz: str = "Asia/Shanghai"  # the case's zone: its deadline is shown there
