"""The attainment page (`attainment`, 业绩达成): a node's result against its target with deal credit,
its children as a table and a target-vs-actual chart; click a bar or double-click a row to drill
into a child (company → units → people), Up to go back. `open("unit:<id>")` / `open("person:<id>")`
starts at that node; the default is the company for the director, else the caller's unit."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from salesdesk import words
from salesdesk.charts.attainment import build_target_vs_actual
from salesdesk.charts.data import TargetRow, TargetVsActual
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import attainment
from salesdesk.services.attainment import Attainment, AttainmentRow
from salesdesk.services.nodes import Node
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.chart_canvas import ChartCanvas
from salesdesk.ui.columns import Column, RowsModel
from salesdesk.ui.contract_money import money_table
from salesdesk.ui.pages import AppContext, register_page
from salesdesk.ui.performance_pickers import PerformancePickers
from salesdesk.ui.rankings_page import percent_text
from salesdesk.ui.words import word

translate = QCoreApplication.translate
ZERO = Decimal(0)


def no_target() -> str:
    return translate("Performance", "no target")


def result_text(row: AttainmentRow, fmt: Callable[[Decimal | None], str]) -> str:
    """'¥6,000.00 of ¥10,000.00 (60.0%)', or '¥6,000.00 (no target)'."""
    if row.target is None:
        return translate("Performance", "{actual} (no target)").format(actual=fmt(row.actual))
    return translate("Performance", "{actual} of {target} ({percent})").format(
        actual=fmt(row.actual), target=fmt(row.target), percent=percent_text(row.percent) or "–")


def start_node(ctx: AppContext) -> Node:
    me = ctx.session.me
    if me.data_scope == "all":
        return Node("company", None)
    if me.data_scope == "self":
        return Node("person", me.employee_id)
    return Node("unit", me.unit_id)


def parse_node(arg: str) -> Node | None:
    kind, _, ident = arg.partition(":")
    if kind == "company":
        return Node("company", None)
    if kind in ("unit", "person") and ident.isdigit():
        return Node(kind, int(ident))
    return None


class AttainmentPage(QWidget):
    """See the module docstring."""

    loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("attainmentPage")
        self.ctx, self.db = ctx, ctx.session.database
        self._loaded = False
        self.trail: list[Node] = [start_node(ctx)]
        self.shown: Attainment | None = None
        self.pickers = PerformancePickers(ctx, self)
        self.up_button = QPushButton()
        self.up_button.setObjectName("upButton")
        self.up_button.clicked.connect(self.up)
        self.node_label = QLabel()
        self.node_label.setObjectName("nodeSummary")
        self.node_label.setStyleSheet("font-weight: bold;")
        self.message = QLabel()
        self.message.setObjectName("attainmentMessage")
        self.message.setStyleSheet("color: #b3261e")
        self.model: RowsModel[AttainmentRow] = RowsModel(self._columns(), self)
        self.table = money_table(self.model, "attainmentTable")
        self.table.doubleClicked.connect(lambda i: self._drill_row(i.row()))
        self.canvas = ChartCanvas(self, "attainment.png")
        self.canvas.setObjectName("attainmentChart")
        self.canvas.barClicked.connect(self._drill_key)
        top = QHBoxLayout()
        top.addWidget(self.pickers)
        top.addWidget(self.up_button)
        top.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.canvas)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([520, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.node_label)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self.pickers.changed.connect(self.reload)
        self.pickers.failed.connect(self._failed)
        self.retranslate()

    def _columns(self) -> list[Column[AttainmentRow]]:
        fmt = self.pickers.format
        return [
            Column("name", lambda: word(words.NAME), lambda r: r.name or "", width=150),
            Column("actual", lambda: translate("Performance", "Actual"), lambda r: fmt(r.actual), right=True,
                   width=130),
            Column("overlay", lambda: translate("Performance", "Overlay"), lambda r: fmt(r.overlay_credit),
                   right=True, width=110),
            Column("target", lambda: word(words.TARGET),
                   lambda r: fmt(r.target) if r.target is not None else no_target(),
                   right=True, width=130),
            Column("percent", lambda: translate("Performance", "Attained"), lambda r: percent_text(r.percent),
                   right=True, width=80),
        ]

    # -- the page protocol ---------------------------------------------------------------------
    def open(self, arg: str) -> None:
        node = parse_node(arg)
        if node is not None:
            self.trail = [node]
            self.reload()

    def is_loaded(self) -> bool:
        return self._loaded

    def refresh(self) -> None:
        self.reload()

    def on_live_change(self, payload: dict) -> None:
        if payload.get("kind") in ("contract", "payment", "customer", "followup", "lead"):
            self.reload()

    def on_reconnected(self) -> None:
        self.reload()

    # -- drilling ------------------------------------------------------------------------------
    def node(self) -> Node:
        return self.trail[-1]

    def drill(self, node: Node) -> None:
        self.trail.append(node)
        self.reload()

    def up(self) -> None:
        if len(self.trail) > 1:
            self.trail.pop()
            self.reload()

    def _drill_row(self, row: int) -> None:
        child = self.model.row_at(row)
        if child is not None and child.role == "child":
            self.drill(child.node)

    def _drill_key(self, key: str) -> None:
        node = parse_node(key)
        if node is not None:
            self.drill(node)

    # -- loading -------------------------------------------------------------------------------
    def _query(self) -> tuple[str, Node, str]:
        return self.pickers.metric().code, self.node(), self.pickers.period()

    def reload(self) -> None:
        if not self.pickers.ready():
            return
        self.message.clear()
        self.up_button.setEnabled(len(self.trail) > 1)
        query = self._query()
        self.ctx.tasks.run(attainment.attainment, self.db, *query, busy=False,
                           on_success=lambda r: self._show(query, r), on_error=self._failed)

    def _show(self, query: tuple[str, Node, str], result: Attainment) -> None:
        if query != self._query():
            return
        self.shown = result
        node = result.node
        name = node.name or word(words.WHOLE_COMPANY)
        self.node_label.setText(translate("Performance", "{name}: {result}").format(
            name=name, result=result_text(node, self.pickers.format)))
        rows = result.children or [node]
        self.model.set_rows(rows)
        bars = [TargetRow(f"{r.node_kind}:{r.node_id}", r.name or name, r.actual, r.target or ZERO)
                for r in rows]
        chart = TargetVsActual(bars, actual_label=translate("Performance", "Actual"),
                               target_label=word(words.TARGET),
                               labels=self.pickers.chart_labels())
        self.canvas.set_figure(build_target_vs_actual(chart))
        self._set_loaded()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(ui_errors.error_text(exc, None))
        self._set_loaded()

    def _set_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.loaded.emit()

    def retranslate(self) -> None:
        self.up_button.setText(translate("Performance", "&Up"))
        self.pickers.retranslate()
        self.model.retranslate()


register_page("attainment", QT_TRANSLATE_NOOP("pages", "Attainment"), "pipeline", AttainmentPage, order=71)
