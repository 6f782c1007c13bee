"""The chart canvas: a click on a bar says the bar's key, Ctrl+C puts the chart on the clipboard as an
image, Ctrl+S's file is a PNG, a redraw keeps the layout, and a resize lays it out again."""

from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.layout_engine import ConstrainedLayoutEngine
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest

from salesdesk.charts import build_ageing, build_target_vs_actual
from salesdesk.ui.chart_canvas import ChartCanvas
from tests import chart_samples as samples
from tests.test_charts import BUILDERS

pytestmark = pytest.mark.gui


def shown(qtbot, figure) -> ChartCanvas:  # noqa: ANN001
    view = ChartCanvas()
    qtbot.addWidget(view)
    view.set_figure(figure)
    view.resize(800, 450)
    view.show()
    qtbot.waitExposed(view)
    view.draw()
    return view


def centre(view: ChartCanvas, index: int) -> QPoint:
    """Where bar `index` is on the widget (matplotlib counts pixels from the bottom)."""
    bar = [p for p in view.figure.axes[0].patches if p.get_gid()][index]
    box = bar.get_window_extent()
    x, y = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    ratio = view.canvas.device_pixel_ratio
    return QPoint(int(x / ratio), int((view.figure.bbox.height - y) / ratio))


def test_a_click_on_a_bar_says_its_key(qtbot) -> None:  # noqa: ANN001
    view = shown(qtbot, build_ageing(samples.ageing()))
    with qtbot.waitSignal(view.barClicked, timeout=2000) as clicked:
        QTest.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=centre(view, 2))
    assert clicked.args == ["31_60"]
    with qtbot.assertNotEmitted(view.barClicked):  # beside the bars: nothing to drill into
        QTest.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=QPoint(790, 10))


def test_ctrl_c_copies_the_chart_as_an_image(qtbot) -> None:  # noqa: ANN001
    view = shown(qtbot, build_target_vs_actual(samples.target_vs_actual("zh_CN")))
    QGuiApplication.clipboard().clear()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    image = QGuiApplication.clipboard().image()
    assert not image.isNull()
    assert (image.width(), image.height()) == (1200, 675)  # 8 × 4.5 inches at the export's 150 dpi


def test_save_writes_a_png_and_a_bad_path_says_why(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    view = shown(qtbot, build_ageing(samples.ageing("zh_CN")))
    with qtbot.waitSignal(view.saved):
        view.save(str(tmp_path / "ageing.png"))
    assert not QImage(str(tmp_path / "ageing.png")).isNull()
    with qtbot.waitSignal(view.failed) as failed:
        view.save(str(tmp_path / "no such folder" / "ageing.png"))
    assert "could not be saved" in failed.args[0]
    assert [a.text() for a in view.actions()] == ["Save as PNG…", "Copy chart"]  # the context menu


@pytest.mark.parametrize("name", list(BUILDERS))
def test_a_redraw_at_the_same_size_does_not_lay_the_chart_out_again(qtbot, name: str, monkeypatch) -> None:  # noqa: ANN001
    """Half of a chart's drawing is its constrained layout (every label measured, twice): it runs for
    the first draw at a size and not for an expose or a repaint. (The time itself is a benchmark:
    installer/tools/chart_draw_bench.py, see README.)"""
    laid_out: list[tuple[float, float]] = []
    real = ConstrainedLayoutEngine.execute

    def counted(engine, fig):  # noqa: ANN001, ANN202
        laid_out.append(tuple(fig.bbox.size))
        return real(engine, fig)

    monkeypatch.setattr(ConstrainedLayoutEngine, "execute", counted)
    view = shown(qtbot, BUILDERS[name](samples.BUILDS[name]("zh_CN")))
    assert len(laid_out) == 1  # the first draw at this size
    for _ in range(3):
        view.draw()
        view.canvas.repaint()
    assert len(laid_out) == 1


def test_a_resize_lays_the_chart_out_again(qtbot) -> None:  # noqa: ANN001
    """A redraw at the same size keeps the last layout (half the drawing time); a new size gets
    its own, so nothing is clipped or left wide when the window changes."""
    view = shown(qtbot, build_ageing(samples.ageing("zh_CN")))
    axes = view.figure.axes[0]
    wide = axes.get_position().bounds
    view.draw()
    assert axes.get_position().bounds == wide
    view.resize(420, 300)
    qtbot.waitUntil(lambda: view.canvas is not None and view.canvas.width() == 420)
    view.draw()
    narrow = axes.get_position().bounds
    assert narrow != wide
    assert narrow[0] > wide[0]  # the labels' inches are a larger part of a narrower figure
    view.resize(800, 450)
    qtbot.waitUntil(lambda: view.canvas is not None and view.canvas.width() == 800)
    view.draw()
    assert axes.get_position().bounds == pytest.approx(wide)


def test_ctrl_s_asks_where_and_writes_a_png_there(qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QFileDialog
    asked: list[str] = []

    def answer(_parent, _title, name, _filter):  # noqa: ANN001, ANN202
        asked.append(name)
        return str(tmp_path / "funnel"), "PNG image (*.png)"  # typed without the extension

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    view = shown(qtbot, build_ageing(samples.ageing("zh_CN")))
    view.file_name = "ageing.png"
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    with qtbot.waitSignal(view.saved) as saved:
        QTest.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["ageing.png"] and saved.args == [str(tmp_path / "funnel.png")]
    assert QImage(saved.args[0]).width() == 1200
