"""Screenshot mode takes the page at rest: a page whose data is in can still be drawing its charts
(matplotlib loads off the GUI thread the first time and a new canvas grows its section), and a
picture taken then shows them cropped or missing."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from salesdesk.ui import screenshot

pytestmark = pytest.mark.gui


def test_the_picture_waits_until_the_page_stops_changing(qtbot) -> None:
    label = QLabel("数据已到")
    qtbot.addWidget(label)
    label.resize(300, 80)
    label.show()
    QTimer.singleShot(200, lambda: label.setText("图表加载中…"))
    QTimer.singleShot(700, lambda: label.setText("图表已画好"))  # later than a plain settle waits
    shot = screenshot._steady(label.grab)
    assert label.text() == "图表已画好"
    assert shot.toImage() == label.grab().toImage()


def test_a_page_that_never_rests_is_taken_when_the_time_is_up(qtbot) -> None:
    label = QLabel("0")
    qtbot.addWidget(label)
    label.show()
    ticks = QTimer()
    ticks.timeout.connect(lambda: label.setText(str(int(label.text()) + 1)))
    ticks.start(50)
    began = time.monotonic()
    shot = screenshot._steady(label.grab, timeout=1.0)
    ticks.stop()
    assert 1.0 <= time.monotonic() - began < 3.0
    assert not shot.isNull()
