"""The status text stays one line (elided, whole in the tooltip); read-only fields look read-only."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from salesdesk.services.org import Me
from salesdesk.ui.resources import stylesheet
from salesdesk.ui.status_bar import StatusArea

pytestmark = pytest.mark.gui
LONG = "客户 上海某某国际贸易有限公司 已转给您，请尽快联系；" * 12


def me() -> Me:
    return Me(employee_id=1, login="sp_e1a", name="赵一", unit_id=1, unit_name="华东一组",
              position_name="销售代表", level="salesperson", data_scope="self")


def test_a_long_notification_elides_on_one_line(qtbot) -> None:
    status = StatusArea(me())
    qtbot.addWidget(status)
    status.resize(700, status.sizeHint().height())
    status.show()
    one_line = status.sizeHint().height()
    status.notify(LONG + "\n第二行")
    qtbot.waitUntil(lambda: status.notice.width() > 0, timeout=2000)
    shown = QLabel.text(status.notice)  # what is painted
    assert shown.endswith("…") and "\n" not in shown and len(shown) < len(LONG)
    assert status.notice.fontMetrics().horizontalAdvance(shown) <= status.notice.width()
    assert status.notice.text().startswith(LONG) and status.notice.toolTip().startswith(LONG)
    assert status.sizeHint().height() == one_line and status.minimumSizeHint().width() < 700
    status.notice.clear()
    assert status.notice.text() == "" and QLabel.text(status.notice) == ""


def test_read_only_line_edits_have_their_own_background(qtbot) -> None:
    box = QWidget()
    box.setStyleSheet(stylesheet())
    layout = QVBoxLayout(box)
    editable, read_only = QLineEdit("可以改"), QLineEdit("只读")
    read_only.setReadOnly(True)
    layout.addWidget(editable)
    layout.addWidget(read_only)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)

    def background(edit: QLineEdit):  # noqa: ANN202 - a QColor
        return edit.grab().toImage().pixelColor(edit.width() - 6, edit.height() // 2)

    assert background(editable) != background(read_only)
    read_only.setReadOnly(False)  # the look follows the state
    read_only.update()
    qtbot.waitUntil(lambda: background(read_only) == background(editable), timeout=2000)
