"""The open case's header: order, product, amount, services, demands, status, tags."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QSizePolicy, QWidget

from ecomplaint.i18n import current_language
from ecomplaint.money import format_money
from ecomplaint.ui.labels import platform_label, status_label
from ecomplaint.ui.plain import isolate, plain_label
from ecomplaint.ui.zone import case_zone, offset_text

if TYPE_CHECKING:
    from ecomplaint.domain.records import CaseRecord


class CaseHeader(QFrame):
    FIELDS = (
        "order",
        "product",
        "amount",
        "services",
        "demands",
        "status",
        "tags",
        "jurisdiction",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.case: CaseRecord | None = None
        # The window sets its store's clock here: the offset shown is the one in force now.
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.title = plain_label(parent=self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.title)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for name in self.FIELDS:
            caption, value = QLabel(self), plain_label(parent=self)
            value.setWordWrap(True)
            # A 200-digit order number cannot wrap: let it be cut at the pane's edge (it stays
            # selectable) rather than widen the whole window past the screen.
            value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.captions[name], self.values[name] = caption, value
            self.form.addRow(caption, value)
        self.retranslate()
        self.show_case(None)

    def retranslate(self) -> None:
        captions = {
            "order": self.tr("Order"),
            "product": self.tr("Product"),
            "amount": self.tr("Amount paid"),
            "services": self.tr("Services bought"),
            "demands": self.tr("Demands"),
            "status": self.tr("Status"),
            "tags": self.tr("Tags"),
            "jurisdiction": self.tr("Jurisdiction"),
        }
        for name, text in captions.items():
            self.captions[name].setText(text + ":")
            self.values[name].setAccessibleName(text)
        self.title.setAccessibleName(self.tr("Case title"))
        self.setAccessibleName(self.tr("Case details"))
        self.show_case(self.case)

    def show_case(self, case: CaseRecord | None) -> None:
        self.case = case
        if case is None:
            self.title.setText(self.tr("No case open. Press Ctrl+N to start one."))
            for value in self.values.values():
                value.setText("")
            return
        self.title.setText(case.title)
        order = " · ".join(
            x
            for x in (
                platform_label(case.platform),
                isolate(case.merchant),
                isolate(case.order_no),
                case.order_date.isoformat() if case.order_date else "",
            )
            if x
        )
        amount = (
            format_money(case.amount, case.currency, current_language())
            if case.amount is not None
            else ""
        )
        texts = {
            "order": order,
            "product": case.product,
            "amount": amount,
            "services": "; ".join(case.service_list),
            "demands": "\n".join(f"{i}. {d}" for i, d in enumerate(case.demand_list, 1)),
            "status": status_label(case.status),
            "tags": ", ".join(case.tag_list),
            "jurisdiction": self.jurisdiction_text(case),
        }
        for name, text in texts.items():
            self.values[name].setText(text)

    def jurisdiction_text(self, case: CaseRecord) -> str:
        """'GB · Europe/London (UTC+00) · GBP': where the case's clocks and money live."""
        here = self.clock().astimezone(case_zone(case.tz))
        zone = f"{case.tz} (UTC{offset_text(here)})"
        return " · ".join(x for x in (case.country, zone, case.currency) if x)
