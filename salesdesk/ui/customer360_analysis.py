"""The Analysis tab of the customer's 360° page (issue 15 §4): the customer's figures, each with a
"?" whose tooltip gives its formula, and the last 12 months (approved, received, invoiced, the
receivable's change). Filled from services/customer_analysis.customer, read off the GUI thread as
the page's "analysis" part."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import customer_analysis
from salesdesk.services.customer_analysis import CustomerAnalysis, Month
from salesdesk.ui import errors as ui_errors
from salesdesk.ui import words
from salesdesk.ui.analysis_words import FIGURES, tr
from salesdesk.ui.columns import Column, RowsModel, fmt_money
from salesdesk.ui.contract_money import money_table
from salesdesk.ui.words import word

translate = QCoreApplication.translate


MONTH_FIGURES = ("contract_amount", "received", "invoiced")
RECEIVABLE_CHANGE = QT_TRANSLATE_NOOP("CustomerAnalysis", "Receivable change")


def analysis_today(db: Any, customer_id: int) -> CustomerAnalysis:
    """On a worker thread: the customer's analysis as of today."""
    return customer_analysis.customer(db, customer_id, date.today())


def month_columns() -> list[Column[Month]]:
    def money_column(key: str, title: Callable[[], str]) -> Column[Month]:
        return Column(key, title, lambda m: fmt_money(getattr(m, key)), right=True, kind="money",
                      value=lambda m: getattr(m, key))

    return [Column("month", lambda: word(words.MONTH), lambda m: m.month.strftime("%Y-%m"), kind="date",
                   value=lambda m: m.month),
            *(money_column(f.key, f.heading) for f in FIGURES if f.key in MONTH_FIGURES),
            money_column("receivable_change", lambda: tr(RECEIVABLE_CHANGE))]


class CustomerAnalysisTab(QWidget):
    """The figures in two columns of (title, value, ?) and the months' table below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerAnalysisTab")
        self.analysis: CustomerAnalysis | None = None
        self.message = QLabel()
        self.message.setObjectName("analysisMessage")
        self.message.setWordWrap(True)
        grid = QGridLayout()
        self.titles: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.helps: dict[str, QToolButton] = {}
        half = (len(FIGURES) + 1) // 2
        for n, figure in enumerate(FIGURES):
            row, col = n % half, (n // half) * 3
            title, value, help_button = QLabel(), QLabel("—"), QToolButton()
            value.setObjectName(f"figure_{figure.key}")
            help_button.setObjectName(f"help_{figure.key}")
            help_button.setText("?")
            help_button.setAutoRaise(True)
            self.titles[figure.key], self.values[figure.key] = title, value
            self.helps[figure.key] = help_button
            line = QHBoxLayout()
            line.addWidget(title)
            line.addWidget(help_button)
            line.addStretch(1)
            grid.addLayout(line, row, col)
            grid.addWidget(value, row, col + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(4, 1)
        self.months_title = QLabel()
        self.months_title.setStyleSheet("font-weight: bold;")
        self.month_model: RowsModel[Month] = RowsModel(month_columns(), self)
        self.months = money_table(self.month_model, "analysisMonthsTable")
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        layout.addWidget(self.months_title)
        layout.addWidget(self.months, 1)
        self.retranslate()

    def show_analysis(self, result: CustomerAnalysis | BaseException | None) -> None:
        if isinstance(result, BaseException):
            self.analysis = None
            self.message.setText(ui_errors.error_text(result, "customer"))
            self.message.setVisible(True)
        else:
            self.analysis = result
            self.message.setVisible(False)
        self.month_model.set_rows(self.analysis.months if self.analysis else [])
        self._fill()

    def _fill(self) -> None:
        figures = self.analysis.figures if self.analysis else None
        for figure in FIGURES:
            self.values[figure.key].setText(figure.text(figures) if figures else "—")

    def retranslate(self) -> None:
        for figure in FIGURES:
            self.titles[figure.key].setText(figure.heading())
            self.helps[figure.key].setToolTip(tr(figure.formula))
            self.helps[figure.key].setWhatsThis(tr(figure.formula))
            self.helps[figure.key].setAccessibleName(figure.heading())
        self.months_title.setText(translate("CustomerAnalysis", "Last 12 months"))
        self.month_model.retranslate()
        self._fill()

    def title(self) -> str:
        return translate("CustomerAnalysis", "Analysis")
