"""Time and peak memory of writing a monthly workbook with N list rows (issue 15 §2: 100k rows in
≤ 5 s and ≤ 300 MB peak). The figures are generated here (no database), the file goes to a temp
folder and is removed.

    .venv/bin/python installer/tools/monthly_report_bench.py --rows 100000
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from salesdesk.reports.monthly import write_monthly  # noqa: E402
from salesdesk.services.funnel import Node  # noqa: E402
from salesdesk.services.month_close import Month  # noqa: E402


def figures(rows: int) -> dict:
    contracts = [{"id": i, "number": f"HT-2026-{i:08d}", "title": f"第{i}号销售合同",
                  "customer": f"上海某某科技有限公司{i % 997}",
                  "owner": f"销售{i % 300}", "approved_on": f"2026-03-{1 + i % 28:02d}",
                  "amount": f"{i % 100000}.50",
                  "tax_amount": "130.00", "total_amount": f"{i % 100000 + 130}.50"} for i in range(rows)]
    return {"month": "2026-03", "first_day": "2026-03-01", "last_day": "2026-03-31",
            "node": {"kind": "company", "id": None, "name": "演示公司"}, "attainment": [],
            "contracts": contracts}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    month = Month(Node("company"), "2026-03", "preliminary", None, None, figures(args.rows))
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "report.xlsx"
        started = time.perf_counter()
        write_monthly(month, out)
        took = time.perf_counter() - started
        size = out.stat().st_size
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{args.rows} rows: {took:.2f} s, {size / 1e6:.1f} MB file, peak RSS {peak / 1024:.0f} MB "
          f"(figures in memory before writing: {base / 1024:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
