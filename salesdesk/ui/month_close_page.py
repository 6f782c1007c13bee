"""The month close page (`month_close`, 月结): pick a node (default: one's own) and a month (default:
last month); see whether it is closed (by whom, when) or preliminary and preview its figures (key
figures summed from the month's lists, attainment by node with the tier reached: what the workbook
holds, read and summed off the GUI thread); close it (who manages the node, after a confirmation);
export its monthly workbook with a progress bar and Cancel, off the GUI thread — the same bytes as
`salesdesk report monthly` in the same language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salesdesk import words
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.reports.monthly import ReportCancelled, Words, say, write_monthly
from salesdesk.reports.monthly_summary import metric_name
from salesdesk.services import funnel, month_close
from salesdesk.services.forecast import may_adjust
from salesdesk.services.month_close import KeyFigure, Month
from salesdesk.services.nodes import Node
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.forecast_tables import Cell, fill, money, new_table, percent
from salesdesk.ui.pages import AppContext, register_page
from salesdesk.ui.tasks import CancelToken
from salesdesk.ui.words import CANCEL, EXPORT_CANCELLED, WHOLE_COMPANY, word

translate = QCoreApplication.translate
MONTHS_BACK = 24
OVERDUE = QT_TRANSLATE_NOOP("Money", "Overdue")
SECTION_WORDS = {"contracts": Words.CONTRACTS, "payments": Words.PAYMENTS, "invoices": Words.INVOICES,
                 "receivables": Words.RECEIVABLES, "new_customers": Words.NEW_CUSTOMERS,
                 "leads_converted": Words.LEADS, "followups": Words.FOLLOWUPS, "expenses": Words.EXPENSES,
                 "pipeline": Words.PIPELINE}


def months(today: date, count: int = MONTHS_BACK) -> list[str]:
    """'YYYY-MM' of the last `count` months, last month first."""
    out, year, month = [], today.year, today.month
    for _ in range(count):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        out.append(f"{year}-{month:02d}")
    return out


Preview = tuple[Month, list[KeyFigure]]


def previewed(read: Callable[[Any, Node, str], Month], db: Any, node: Node, month: str) -> Preview:
    """On a worker: read (or close) the month and sum its key figures."""
    found = read(db, node, month)
    return found, month_close.key_figures(found)


def _count(value: Any) -> Cell:
    return ("" if value is None else f"{Decimal(str(value)).normalize():f}"), True


class MonthPreview(QWidget):
    """The month's figures, read-only: key figures (count and amount per section) beside the
    attainment of the node and its children per metric (target, actual, %, tier reached)."""

    def __init__(self) -> None:
        super().__init__()
        self.figures_title, self.attainment_title = QLabel(), QLabel()
        for title in (self.figures_title, self.attainment_title):
            title.setStyleSheet("font-weight: bold;")
        self.figures, self.attainment = new_table("monthFigures"), new_table("monthAttainment")
        self.shown: Preview | None = None
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.figures_title)
        left.addWidget(self.figures)
        left.addStretch(1)
        right.addWidget(self.attainment_title)
        right.addWidget(self.attainment)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 2)
        layout.addLayout(right, 5)

    def show_preview(self, preview: Preview) -> None:
        self.shown = preview
        self.retranslate()

    def retranslate(self) -> None:
        self.figures_title.setText(translate("MonthClosePage", "Key figures"))
        self.attainment_title.setText(say(Words.ATTAINMENT, translate))
        month, figures = self.shown if self.shown else (None, [])
        fill(self.figures, ["", say(Words.COUNT, translate), word(words.AMOUNT)],
             [[(translate("Money", OVERDUE) if f.section == "overdue"
                else say(SECTION_WORDS[f.section], translate), False),
               (str(f.count), True), money(f.amount)] for f in figures])
        self.figures.setFixedHeight(self.figures.horizontalHeader().sizeHint().height()  # no blank rows
                                    + self.figures.verticalHeader().length() + 2 * self.figures.frameWidth())
        rows = month.rows("attainment") if month else []
        fill(self.attainment, [say(h, translate) for h in (Words.METRIC, words.NAME, words.TARGET,
                                                           Words.ACTUAL, Words.ATTAINMENT, Words.TIER)],
             [self._attainment_row(r) for r in rows])

    def _attainment_row(self, r: dict[str, Any]) -> list[Cell]:
        amount = r.get("measure") == "amount"
        figure = (lambda v: money(month_close.money(v))) if amount else _count
        name = r.get("name") or word(WHOLE_COMPANY)
        tier, share = r.get("tier"), month_close.money(r.get("percent"))
        node = r["role"] == "node"  # the metric's first row; its children below, indented
        return [(metric_name(r, translate) if node else "", False), (name if node else "    " + name, False),
                figure(r.get("target")), figure(r.get("actual")), percent(share),
                (say(Words.TIERS[tier], translate) if tier else "", False)]


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread (a queued signal)."""

    moved = Signal(int, int)


def export_report(token: CancelToken, db: Any, node: Node, month: str, path: str,
                  progress: _Progress) -> str:
    """On a worker: read the month and write its workbook; stops when the token is cancelled."""
    figures = month_close.load_month(db, node, month)

    def report(done: int, total: int) -> bool:
        progress.moved.emit(done, total)
        return not token.cancelled

    write_monthly(figures, path, translate=translate, progress=report)
    return path


class MonthClosePage(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, today: date | None = None) -> None:
        super().__init__()
        self.setObjectName("monthClosePage")
        self.ctx, self.db = ctx, ctx.session.database
        self.today = today or date.today()
        self.month: Month | None = None
        self._loaded = False
        self._export_task: Any = None
        self.node_combo, self.month_combo = QComboBox(), QComboBox()
        self.node_combo.setObjectName("nodeCombo")
        self.month_combo.setObjectName("monthCombo")
        for m in months(self.today):
            self.month_combo.addItem(m, m)
        self.node_label, self.month_label = QLabel(), QLabel()
        self.node_label.setBuddy(self.node_combo)
        self.month_label.setBuddy(self.month_combo)
        self.status = QLabel()
        self.status.setObjectName("closeStatus")
        self.status.setStyleSheet("font-weight: bold;")
        self.close_button, self.export_button = QPushButton(), QPushButton()
        self.close_button.setObjectName("closeMonthButton")
        self.export_button.setObjectName("exportReportButton")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelExportButton")
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setObjectName("monthCloseMessage")
        self.message.setWordWrap(True)
        self.preview = MonthPreview()
        top = QHBoxLayout()
        for w in (self.node_label, self.node_combo, self.month_label, self.month_combo):
            top.addWidget(w)
        top.addStretch(1)
        actions = QHBoxLayout()
        for w in (self.close_button, self.export_button, self.progress, self.cancel_button):
            actions.addWidget(w)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        scroll = QScrollArea()  # the key figures keep their rows on a small screen: the preview scrolls
        scroll.setObjectName("monthPreviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.preview)
        layout.addWidget(scroll, 1)
        self.close_button.clicked.connect(self.close_month)
        self.export_button.clicked.connect(self.choose_export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.retranslate()
        self.ctx.tasks.run(funnel.nodes, self.db, on_success=self._show_nodes, on_error=self._failed,
                           busy=False)

    # -- loading -----------------------------------------------------------

    def _show_nodes(self, nodes: list[Node]) -> None:
        for n in nodes:
            name = n.name or (word(WHOLE_COMPANY) if n.kind == "company" else "")
            if n.kind == "person":
                name = self.ctx.session.me.name
            self.node_combo.addItem("  " * max(0, n.depth - 1) + name, n)
        self.node_combo.currentIndexChanged.connect(self.reload)
        self.month_combo.currentIndexChanged.connect(self.reload)
        self.reload()

    def node(self) -> Node | None:
        data = self.node_combo.currentData()
        return data if isinstance(data, Node) else None

    def reload(self) -> None:
        node = self.node()
        if node is None:
            return
        self.ctx.tasks.run(previewed, month_close.load_month, self.db, node, self.month_combo.currentData(),
                           on_success=self._show, on_error=self._failed, busy=False)

    def refresh(self) -> None:
        self.reload()

    def is_loaded(self) -> bool:
        return self._loaded

    def _show(self, preview: Preview) -> None:
        month = preview[0]
        node = self.node()
        if node is None or (month.node.kind, month.node.id, month.month) != \
                (node.kind, node.id, self.month_combo.currentData()):
            return  # an answer for a node or month no longer chosen: the newer one is on its way
        self.month = month
        self._show_status()
        self.preview.show_preview(preview)
        if not self._loaded:
            self._loaded = True
            self.loaded.emit()

    def _show_status(self) -> None:
        month, me = self.month, self.ctx.session.me
        if month is None:
            return
        if month.closed:
            when = month.closed_at.astimezone().strftime("%Y-%m-%d %H:%M") if month.closed_at else ""
            self.status.setText(translate("MonthClosePage", "Closed on {when} by {who}").format(
                when=when, who=month.closed_by or ""))
        else:
            self.status.setText(translate("MonthClosePage", "Preliminary: not closed"))
        ended = month.last_day < self.today
        self.close_button.setEnabled(not month.closed and ended
                                     and may_adjust(me.level, month.node, me.unit_id))

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(ui_errors.error_text(exc))

    # -- closing -----------------------------------------------------------

    def confirm_close(self, text: str) -> bool:
        """Asked before closing (tests answer it)."""
        return QMessageBox.question(self, translate("MonthClosePage", "Close month"), text) == \
            QMessageBox.StandardButton.Yes

    def close_month(self) -> None:
        node, month = self.node(), self.month_combo.currentData()
        if node is None or not self.confirm_close(translate(
                "MonthClosePage", "Close {month} for {node}? Its figures are frozen; later corrections "
                                  "appear as adjustments.").format(
                    month=month, node=self.node_combo.currentText().strip())):
            return
        self.message.clear()
        self.ctx.tasks.run(previewed, month_close.close_month, self.db, node, month, on_success=self._show,
                           on_error=self._failed)

    # -- exporting ---------------------------------------------------------

    def choose_export(self) -> None:
        month = self.month_combo.currentData()
        path, _ = QFileDialog.getSaveFileName(self, translate("MonthClosePage", "Export report"),
                                              f"{month}.xlsx", "Excel (*.xlsx)")
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        node = self.node()
        if node is None:
            return
        self.message.clear()
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.export_button.setEnabled(False)
        self._export_task = self.ctx.tasks.run(
            export_report, self.db, node, self.month_combo.currentData(), path, self._progress,
            cancellable=True, on_success=self._exported, on_error=self._export_failed, busy=False)

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def cancel_export(self) -> None:
        if self._export_task is not None:
            self._export_task.cancel()
        self._export_done()
        self.message.setText(word(EXPORT_CANCELLED))

    def _export_done(self) -> None:
        self._export_task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.export_button.setEnabled(True)

    def _exported(self, path: str) -> None:
        self._export_done()
        self.message.setText(translate("MonthClosePage", "Saved {path}").format(path=path))

    def _export_failed(self, exc: BaseException) -> None:
        self._export_done()
        if not isinstance(exc, ReportCancelled):
            self._failed(exc)

    def retranslate(self) -> None:
        self.node_label.setText(translate("MonthClosePage", "&Scope:"))
        self.month_label.setText(translate("MonthClosePage", "M&onth:"))
        self.close_button.setText(translate("MonthClosePage", "&Close month…"))
        self.export_button.setText(translate("MonthClosePage", "E&xport report…"))
        self.cancel_button.setText(word(CANCEL))
        self.preview.retranslate()
        self._show_status()


register_page("month_close", QT_TRANSLATE_NOOP("pages", "Month close"), "products", MonthClosePage,
              order=48)
