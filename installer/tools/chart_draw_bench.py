"""How long drawing each chart takes the GUI thread:

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/tools/chart_draw_bench.py [--runs N]

Prints the machine's load, then per chart (Chinese labels, 800 × 450 like the dashboard) the CPU
time of the first draw (which lays the chart out) and the median and worst of the redraws at the
same size. The CPU time is the GUI thread's own, so the
other processes count only through the cores they share; run it on an idle machine.

A benchmark, not a test: the figures depend on the machine (the test run checks what keeps them
low, that a redraw keeps the layout: tests/test_ui_chart_canvas.py)."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository, for tests.chart_samples

from PySide6.QtWidgets import QApplication  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="redraws per chart (default 20)")
    runs = max(1, parser.parse_args().runs)
    app = QApplication.instance() or QApplication([])
    from salesdesk.charts.fonts import use_cjk_font
    from salesdesk.ui.chart_canvas import ChartCanvas
    from tests import chart_samples as samples
    from tests.test_charts import BUILDERS

    use_cjk_font()
    one, five, fifteen = os.getloadavg()
    print(f"load average {one:.2f} {five:.2f} {fifteen:.2f}, {os.cpu_count() or 0} cores")
    print(f"{'chart':<18} {'first ms':>9} {'redraw median':>14} {'redraw max':>11}")
    for name, build in BUILDERS.items():
        view = ChartCanvas()
        view.resize(800, 450)
        view.show()
        app.processEvents()
        view.set_figure(build(samples.BUILDS[name]("zh_CN")))
        app.processEvents()
        view.draw()
        first = view.last_draw_cpu_ms
        again = []
        for _ in range(runs):
            view.draw()
            again.append(view.last_draw_cpu_ms)
        print(f"{name:<18} {first:>9.1f} {statistics.median(again):>14.1f} {max(again):>11.1f}")
        view.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
