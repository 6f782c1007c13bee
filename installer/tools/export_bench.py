"""Time Export… of a big list: `rows` customers (default 100,000) in a throwaway bundled PostgreSQL,
exported as a manager who sees them all, through the customer list's own service (keyset pages of
500, the RLS-checked API) and the streaming writer, with the list's default columns.

    .venv/bin/python installer/tools/export_bench.py [rows] [xlsx|csv|both]

Prints rows, seconds and this process's peak RSS (the server is another process) per format. The
company is the tests' small one (tests/factories.py) plus the generated customers; everything is
removed at the end.
"""

from __future__ import annotations

import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository, for tests.factories

from salesdesk.db import migrate  # noqa: E402
from salesdesk.db.local_server import LocalServer  # noqa: E402
from salesdesk.db.session import Database  # noqa: E402
from salesdesk.db.urls import with_database  # noqa: E402
from salesdesk.reports.list_export import ListView, Progress, export_list  # noqa: E402
from salesdesk.services import customers  # noqa: E402
from salesdesk.services.customer_types import CustomerQuery  # noqa: E402
from salesdesk.ui.customer_models import customer_columns  # noqa: E402
from salesdesk.ui.list_export import export_columns  # noqa: E402
from salesdesk.ui.record_model import ServiceSource  # noqa: E402
from tests.factories import build_small_company  # noqa: E402

GENERATE = """
insert into sales.customers (name, owner_id, level, credit_limit, last_contact_at, phone, region)
select '导出压测客户' || lpad(g::text, 6, '0') || '有限公司', (%s::bigint[])[1 + g %% 3],
       (array['A', 'B', 'C', null])[1 + g %% 4], (g %% 997) * 1000.5,
       case when g %% 3 = 0 then null else now() - (g %% 400) * interval '1 day' end,
       '0571-' || lpad(g::text, 8, '0'), (array['上海', '杭州', '南京'])[1 + g %% 3]
from generate_series(1, %s) g"""


class Never:
    cancelled = False


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(rows: int, formats: list[str]) -> None:
    root = Path(tempfile.mkdtemp(prefix="salesdesk-export-bench-"))
    server = LocalServer(root)
    try:
        admin = server.start()
        url = with_database(admin, "export_bench")
        migrate.init(url, "head")
        company = build_small_company(url)
        sellers = [company.people[k] for k in ("sp_e1a", "sp_e1b", "sup_e1")]
        started = time.perf_counter()
        with company.admin() as conn:
            conn.execute(GENERATE, (sellers, rows))
            conn.execute("analyze sales.customers")
            conn.commit()
        print(f"generated {rows} customers in {time.perf_counter() - started:.1f} s")
        db = Database.connect(company.url_for("mgr_e"))
        source = ServiceSource(db, customers.list_customers, customers.count, customers.get_customer)
        columns = export_columns([c for c in customer_columns() if not c.hidden])
        print(f"columns: {len(columns)}; before exporting, peak RSS {peak_mb():.0f} MB")
        for fmt in formats:
            path = root / f"customers.{fmt}"
            started = time.perf_counter()
            cpu = time.process_time()
            progress = Progress()
            written = export_list(Never(), ListView(source, CustomerQuery(), "name", False), columns, path,
                                  progress)
            took = time.perf_counter() - started
            print(f"{fmt}: {written} rows in {took:.2f} s (client CPU {time.process_time() - cpu:.2f} s), "
                  f"{path.stat().st_size / 1e6:.1f} MB, peak RSS {peak_mb():.0f} MB")
        db.close()
    finally:
        server.stop(discard=True)
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    chosen = sys.argv[2] if len(sys.argv) > 2 else "both"
    main(count, ["xlsx", "csv"] if chosen == "both" else [chosen])
