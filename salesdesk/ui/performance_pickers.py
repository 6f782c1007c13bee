"""The pickers the performance pages share: a metric, a fiscal year and one of its periods, and how
a metric's values read (money or a count, which deal credit can make fractional)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from salesdesk import words
from salesdesk.charts.data import Labels
from salesdesk.services import attainment
from salesdesk.services.attainment import Metric, Period
from salesdesk.ui.formats import fmt_money
from salesdesk.ui.i18n import current_language
from salesdesk.ui.words import word

translate = QCoreApplication.translate


def metric_value(measure: str) -> Callable[[Decimal | None], str]:
    """Money in full for an amount metric; a count with at most two decimals (0.6 of a contract)."""
    if measure == "amount":
        return fmt_money

    def count(value: Decimal | None) -> str:
        if value is None:
            return ""
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
        return text or "0"
    return count


class PerformancePickers(QWidget):
    """Metric, fiscal year and period; `changed` when any moves (after the metrics and periods are
    read, off the GUI thread)."""

    changed = Signal()
    failed = Signal(object)

    def __init__(self, ctx, parent: QWidget | None = None, *, with_metric: bool = True,  # noqa: ANN001
                 other_keys: bool = False) -> None:
        """`with_metric` False: a view of every metric (no metric picker, nor its Alt key);
        `other_keys`: the second pickers of one page (another tab) take other Alt keys."""
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.session.database
        self.with_metric, self.other_keys = with_metric, other_keys
        self.metrics: list[Metric] = []
        self.metric_label, self.year_label, self.period_label = QLabel(), QLabel(), QLabel()
        self.metric_combo = QComboBox()
        self.metric_combo.setObjectName("metricCombo")
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(date.today().year)
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodCombo")
        for combo in (self.metric_combo, self.period_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.metric_label.setBuddy(self.metric_combo)
        self.year_label.setBuddy(self.year_spin)
        self.period_label.setBuddy(self.period_combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.metric_label, self.metric_combo, self.year_label, self.year_spin, self.period_label,
                  self.period_combo):
            row.addWidget(w)
        self.metric_combo.currentIndexChanged.connect(lambda _i: self._emit())
        self.period_combo.currentIndexChanged.connect(lambda _i: self._emit())
        self.year_spin.valueChanged.connect(lambda _v: self._load_periods())
        self._quiet = True
        if not with_metric:
            self.metric_label.hide()
            self.metric_combo.hide()
        self.retranslate()
        ctx.tasks.run(attainment.metrics, self.db, busy=False, on_success=self._show_metrics,
                      on_error=self.failed.emit)

    def ready(self) -> bool:
        return bool(self.metrics) and self.period_combo.count() > 0

    def metric(self) -> Metric:
        return self.metrics[max(self.metric_combo.currentIndex(), 0)]

    def period(self) -> str:
        return str(self.period_combo.currentData())

    def chart_labels(self) -> Labels:
        """A chart's words for the chosen metric: money in 万, counts as they are."""
        amount = self.metric().measure == "amount"
        value = word(words.AMOUNT_WAN) if amount else translate("Performance", "Count")
        return Labels(title=self.metric_combo.currentText(), in_wan=amount, value=value)

    def format(self, value: Decimal | None) -> str:
        return metric_value(self.metric().measure)(value)

    def set_metric(self, code: str) -> None:
        codes = [m.code for m in self.metrics]
        if code in codes:
            self.metric_combo.setCurrentIndex(codes.index(code))

    def _show_metrics(self, metrics: list[Metric]) -> None:
        self.metrics = metrics
        self._quiet = True
        self.metric_combo.clear()
        for m in metrics:
            self.metric_combo.addItem(self._metric_name(m), m.code)
        self._load_periods()

    @staticmethod
    def _metric_name(m: Metric) -> str:
        return m.name if current_language().startswith("zh") else m.name_en

    def _load_periods(self) -> None:
        year = self.year_spin.value()
        self.ctx.tasks.run(attainment.periods, self.db, year, busy=False,
                           on_success=lambda p: self._show_periods(year, p), on_error=self.failed.emit)

    def _show_periods(self, year: int, periods: list[Period]) -> None:
        if year != self.year_spin.value():
            return
        keep = self.period_combo.currentData()
        self._quiet = True
        self.period_combo.clear()
        for p in periods:
            self.period_combo.addItem(self._period_text(p), p.period)
        n = self.period_combo.findData(keep)
        self.period_combo.setCurrentIndex(n if n >= 0 else 0)
        self._quiet = False
        self._emit()

    def _period_text(self, p: Period) -> str:
        if p.kind == "year":
            return translate("Performance", "Fiscal year {year}").format(year=p.period[2:])
        if p.kind == "quarter":
            return translate("Performance", "Quarter {n}").format(n=p.period[-1])
        return p.period

    def _emit(self) -> None:
        if not self._quiet and self.ready():
            self.changed.emit()

    def retranslate(self) -> None:
        self.metric_label.setText(word(words.METRIC_PICK) if self.with_metric else "")
        if self.other_keys:
            self.year_label.setText(translate("Performance", "Ye&ar:"))
            self.period_label.setText(translate("Performance", "Pe&riod:"))
        else:
            self.year_label.setText(translate("Performance", "&Year:"))
            self.period_label.setText(translate("Performance", "&Period:"))
        for i, m in enumerate(self.metrics):
            self.metric_combo.setItemText(i, self._metric_name(m))
