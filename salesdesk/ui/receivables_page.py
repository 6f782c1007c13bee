"""The receivables page (`receivables`, 应收账款): the ageing table grouped by customer, person or
unit (a switch), overdue amounts highlighted, a totals row (by customer and by person the largest
receivables first, the first rows of them (receivables.first_rows) and more as the table is
scrolled to its end, a line saying how many there are in all, and the totals row of all; by unit
the tree where the user stands, a row per unit below (Enter or a double-click opens it, Alt+Up
or "Up one level" goes back) and per person of the unit, the path above the table); the
contracts behind the selected row (a customer's or a person's; none behind the totals row); and
the selected contract's money (ContractMoneyPanel: plan, payments, invoices). Export… (Ctrl+E)
writes the ageing table, every row (by customer and person paged from the database as it writes),
totals row last, to XLSX or CSV (ui/list_export.py).

Everything comes from the database through the caller's scope (services/receivables.py); `today`
is the page's "as of" date (today by default). A change of a contract's money from the feed or
from this client reads the table again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.reports.list_export import ListView, LoadedRows
from salesdesk.services import receivables
from salesdesk.services.pagination import Page
from salesdesk.services.payments import ContractMoney
from salesdesk.services.receivables import Ageing, AgeingRow
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.columns import Column, RowsModel
from salesdesk.ui.contract_money import MONEY_KINDS, ContractMoneyPanel, money_table
from salesdesk.ui.formats import DATE_FORMAT
from salesdesk.ui.list_export import EXPORT_KEY, ListExporter, export_text
from salesdesk.ui.pages import AppContext, register_page
from salesdesk.ui.payment_models import GROUPS, AgeingModel, contract_money_columns, money_word

translate = QCoreApplication.translate
LIVE_DELAY_MS = 300


class ReceivablesPage(QWidget):
    """See the module docstring; `open("<group>")` shows another grouping."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, today: date | None = None) -> None:
        super().__init__()
        self.setObjectName("receivablesPage")
        self.ctx, self.db = ctx, ctx.session.database
        self._loaded = False
        self.ageing: Ageing | None = None
        self.unit_path: list[tuple[int, str]] = []  # by unit: the units opened, from where I stand
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("groupCombo")
        for key in GROUPS:
            self.group_combo.addItem("", key)
        self.group_label, self.date_label = QLabel(), QLabel()
        self.group_label.setBuddy(self.group_combo)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("asOfDate")
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        day = today or date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_label.setBuddy(self.date_edit)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(self.reload)
        self.up_button = QPushButton()
        self.up_button.setObjectName("upButton")
        self.up_button.clicked.connect(self.go_up)
        self.up_action = QAction(self)
        # (not Backspace: on Windows it is the window's Back, and a key bound twice does nothing)
        self.up_action.setShortcut(QKeySequence("Alt+Up"))
        self.up_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.up_action.triggered.connect(self.go_up)
        self.addAction(self.up_action)
        self.path_label = QLabel()
        self.path_label.setObjectName("unitPath")
        self.exporter = ListExporter(self)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.exporter.start)
        self.export_action = QAction(self)
        self.export_action.setShortcut(EXPORT_KEY)
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.triggered.connect(self.exporter.start)
        self.addAction(self.export_action)
        self.message = QLabel()
        self.message.setObjectName("receivablesMessage")
        self.message.setStyleSheet("color: #b3261e")
        self.message.setWordWrap(True)
        self.more_label = QLabel()
        self.more_label.setObjectName("ageingMore")
        self.more_label.setWordWrap(True)
        self.more_label.hide()
        self.model = AgeingModel(self)
        self.table = money_table(self.model, "ageingTable")
        self.contracts_title = QLabel()
        self.contracts_title.setStyleSheet("font-weight: bold;")
        self.contract_model: RowsModel[ContractMoney] = RowsModel(contract_money_columns(customer=True), self)
        self.contract_table = money_table(self.contract_model, "contractsTable")
        self.panel = ContractMoneyPanel(ctx, None, self, today=day)
        self.panel.loaded.connect(self._set_loaded)
        top = QHBoxLayout()
        for w in (self.group_label, self.group_combo, self.date_label, self.date_edit, self.refresh_button,
                  self.up_button, self.path_label):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.export_button)
        lower = QSplitter(Qt.Orientation.Horizontal)
        contracts_box = QWidget()
        box = QVBoxLayout(contracts_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.contracts_title)
        box.addWidget(self.contract_table, 1)
        lower.addWidget(contracts_box)
        lower.addWidget(self.panel)
        lower.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.more_label)
        layout.addWidget(split, 1)
        self.group_combo.currentIndexChanged.connect(lambda _i: self._regrouped())
        self.date_edit.dateChanged.connect(lambda _d: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._group_chosen())
        self.contract_table.selectionModel().selectionChanged.connect(lambda *_: self._contract_chosen())
        self.table.activated.connect(lambda i: self._activated(i.row()))
        self._reading_on: Ageing | None = None  # the ageing whose next rows are being read
        self.table.verticalScrollBar().valueChanged.connect(lambda _v: self._read_on())
        self._live_timer = QTimer(self, singleShot=True, interval=LIVE_DELAY_MS)
        self._live_timer.timeout.connect(self.reload)
        self.retranslate()
        self.reload()

    # -- the page protocol ---------------------------------------------------------------------
    def open(self, arg: str) -> None:
        n = self.group_combo.findData(arg)
        if n >= 0:
            self.group_combo.setCurrentIndex(n)

    def is_loaded(self) -> bool:
        return self._loaded

    def refresh(self) -> None:
        self.reload()

    def on_live_change(self, payload: dict) -> None:
        if payload.get("kind") in MONEY_KINDS or payload.get("root_kind") == "contract":
            self._live_timer.start()
        self.panel.on_live_change(payload)

    def on_reconnected(self) -> None:
        self.reload()

    def group(self) -> str:
        return str(self.group_combo.currentData())

    def today(self) -> date:
        return self.date_edit.date().toPython()

    def unit(self) -> int | None:
        """By unit: the unit whose tree is shown (None: where I stand)."""
        return self.unit_path[-1][0] if self.unit_path and self.group() == "unit" else None

    # -- by unit: open a unit below, go back up --------------------------------------------------
    def _activated(self, row: int) -> None:
        chosen = self.model.row_at(row)
        if self.group() == "unit" and chosen is not None and chosen.kind == "unit" and chosen.group_id:
            self.unit_path.append((chosen.group_id, chosen.group_name or ""))
            self.reload()
        else:
            self.contract_table.setFocus()

    def go_up(self) -> None:
        if self.group() == "unit" and self.unit_path:
            self.unit_path.pop()
            self.reload()

    def _regrouped(self) -> None:
        self.unit_path.clear()
        self.reload()

    def _show_path(self) -> None:
        by_unit = self.group() == "unit"
        self.up_button.setVisible(by_unit)
        self.up_button.setEnabled(bool(self.unit_path))
        self.up_action.setEnabled(by_unit and bool(self.unit_path))
        here = getattr(self.ctx.session.me, "unit_name", None) or translate("Money", "Where I stand")
        names = [here, *(name for _id, name in self.unit_path)]
        self.path_label.setText(" › ".join(names) if by_unit else "")
        self.path_label.setVisible(by_unit)

    # -- export (ui/list_export.py): the table as shown, the totals row last ---------------------
    def export_name(self) -> str:
        return f"receivables-{self.group()}"

    def _paged(self) -> Ageing | None:
        """The ageing shown, when there are more rows than it has read (by customer or person)."""
        ageing = self.ageing
        if ageing is not None and ageing.next_cursor is not None and ageing.group == self.model.group:
            return ageing
        return None

    def export_view(self) -> ListView:
        if (ageing := self._paged()) is not None:
            return ListView(PagedRows(self.db, ageing), None, "", False)
        return ListView(LoadedRows(tuple(self.model.rows())), None, "", False)

    def export_columns(self) -> list[Column[Any]]:
        return list(self.model.columns)

    def result_count(self) -> int:
        if (ageing := self._paged()) is not None:
            return ageing.count + 1
        return len(self.model.rows())

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.message.clear()
        group, today, unit = self.group(), self.today(), self.unit()
        self.panel.today = today
        self._show_path()
        self.ctx.tasks.run(receivables.ageing, self.db, group, today, unit, busy=False,
                           on_success=lambda r: self._show(group, today, unit, r), on_error=self._failed)

    def _show(self, group: str, today: date, unit: int | None, ageing: Ageing) -> None:
        if (group, today, unit) != (self.group(), self.today(), self.unit()):
            return  # the switch moved meanwhile: its own reload is on the way
        chosen = self._chosen_group()
        self.ageing = ageing
        self.model.group = group
        self.model.set_rows([*ageing.rows, ageing.total])
        self._show_more()
        ids = [r.group_id for r in ageing.rows]
        self.table.selectRow(ids.index(chosen) if chosen in ids else 0)
        if not ageing.rows:
            self._set_loaded()
        self._read_on()  # (when the rows do not fill the table, there is nothing to scroll)

    def _read_on(self) -> None:
        """The table scrolled to its end: the next rows from the database, before the totals row."""
        bar = self.table.verticalScrollBar()
        ageing = self._paged()
        if ageing is None or self._reading_on is ageing or bar.value() < bar.maximum():
            return
        self._reading_on = ageing
        self.ctx.tasks.run(receivables.page, self.db, ageing.group, ageing.today, ageing.next_cursor,
                           receivables.MORE_ROWS, busy=False,
                           on_success=lambda p: self._read(ageing, p), on_error=self._read_failed)

    def _read(self, was: Ageing, page: Page[AgeingRow]) -> None:
        if self._reading_on is was:
            self._reading_on = None
        if self.ageing is not was:
            return  # read again meanwhile (its own reading on is started or done)
        self.ageing = replace(was, rows=[*was.rows, *page.rows], next_cursor=page.next_cursor)
        self.model.insert_rows(len(was.rows), page.rows)
        self._show_more()
        self._read_on()

    def _read_failed(self, exc: BaseException) -> None:
        self._reading_on = None
        self._failed(exc)

    def _show_more(self) -> None:
        ageing = self.ageing
        shown = ageing is not None and ageing.next_cursor is not None
        if shown and ageing is not None:
            if ageing.group == "customer":
                text = translate("Money", "The {shown} customers with the largest receivables of {all} (more "
                                 "as you scroll down); the totals row counts them all, and Export… writes "
                                 "them all.")
            else:
                text = translate("Money", "The {shown} people with the largest receivables of {all} (more as "
                                 "you scroll down); the totals row counts them all, and Export… writes them "
                                 "all.")
            self.more_label.setText(text.format(shown=f"{len(ageing.rows):,}", all=f"{ageing.count:,}"))
        self.more_label.setVisible(shown)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(ui_errors.error_text(exc, "contract"))
        self._set_loaded()

    def _set_loaded(self) -> None:
        """Loaded: the table, the contracts of its first row and that contract's money are shown."""
        if not self._loaded:
            self._loaded = True
            self.loaded.emit()

    def _chosen_group(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return row.group_id if row is not None else None

    def _group_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            self.contract_model.set_rows([])
            return
        group, gid = self.group(), row.group_id
        self.contracts_title.setText(row.group_name or self.model.total_title())
        # the totals row lists nothing: everyone's contracts are a million for a director at full size
        # (the contracts page lists them a page at a time); a unit's tree is opened, not listed
        if self.model.is_total(rows[0].row()) or group == "unit" and row.kind != "owner":
            self.contract_model.set_rows([])
            if row.kind == "unit":
                opened = translate("Money", "{unit}: press Enter or double-click to open it")
                self.contracts_title.setText(opened.format(unit=row.group_name))
            else:
                hint = translate("Money", "{total}: choose a row above to list its contracts")
                self.contracts_title.setText(hint.format(total=self.model.total_title()))
            self._set_loaded()
            return
        if group == "unit":  # a person's contracts
            group = "owner"
        self.ctx.tasks.run(receivables.contracts, self.db, group, gid, busy=False,
                           on_success=lambda r: self._show_contracts(group, gid, r), on_error=self._failed)

    def _show_contracts(self, group: str, gid: int | None, rows: list[ContractMoney]) -> None:
        if group != self.group() and not (group == "owner" and self.group() == "unit") \
                or gid != self._chosen_group():
            return
        self.contract_model.set_rows(rows)
        if rows:
            self.contract_table.selectRow(0)
        else:
            self._set_loaded()

    def _contract_chosen(self) -> None:
        rows = self.contract_table.selectionModel().selectedRows()
        row = self.contract_model.row_at(rows[0].row()) if rows else None
        if row is not None and row.contract_id != self.panel.contract_id:
            self.panel.show_contract(row.contract_id)

    def retranslate(self) -> None:
        for n, key in enumerate(GROUPS):
            self.group_combo.setItemText(n, money_word(GROUPS[key]))
        self.group_label.setText(translate("Money", "Gro&up by"))
        self.date_label.setText(translate("Money", "&As of"))
        self.refresh_button.setText(translate("MainWindow", "&Refresh"))
        self.up_button.setText(translate("Money", "Up &one level"))
        self.up_button.setToolTip(translate("Money", "Back to the unit above (Alt+Up)"))
        self.export_button.setText(export_text())
        self.export_action.setText(export_text())
        self.model.retranslate()
        self.contract_model.retranslate()
        self.panel.retranslate()
        self._show_more()
        self._show_path()


class PagedRows:
    """Export…'s source for the ageing by customer or person: every row, paged from the database
    after the rows shown (their cursor), the totals row the page showed last."""

    def __init__(self, db: Any, ageing: Ageing) -> None:  # db: the session's Database
        self.db, self.ageing = db, ageing

    def list(self, query: Any, *, sort: str, descending: bool, after: str | None,
             limit: int) -> Page[AgeingRow]:
        if after is None:
            return Page(tuple(self.ageing.rows), self.ageing.next_cursor)
        page = receivables.page(self.db, self.ageing.group, self.ageing.today, after, limit)
        if page.next_cursor is None:
            return Page((*page.rows, self.ageing.total), None)
        return page


register_page("receivables", QT_TRANSLATE_NOOP("pages", "Receivables"), "products", ReceivablesPage, order=42)
