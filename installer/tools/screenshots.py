"""Regenerate docs/screenshots/: every page, in zh_CN and en, as a salesperson and a manager.

    .venv/bin/python installer/tools/screenshots.py [--out docs/screenshots] [--size 1280x800]
    .venv/bin/python installer/tools/screenshots.py --scale 1.5 --size 1366x768 --out /tmp/shots

--scale runs the client at that display scaling (QT_SCALE_FACTOR); --size is then the screen's
size in physical pixels, and the file names end in @125, @150…

Starts a throwaway bundled PostgreSQL, creates the schema and the demo company, then runs the
client's own screenshot mode (`salesdesk --screenshot …`) once per page, language and login,
offscreen (or on $DISPLAY when there is one, e.g. under `xvfb-run -a`). Look at every PNG before
publishing it. Exit code: the number of screenshots that failed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg

from salesdesk.admin.demo_data import PASSWORD
from salesdesk.db import migrate
from salesdesk.db.local_server import LocalServer
from salesdesk.db.urls import libpq_url, with_database, with_login

REPO = Path(__file__).resolve().parents[2]
LOGINS = ("sales_sh1", "mgr_east")
LANGUAGES = ("zh_CN", "en")
PAGES = ("customers", "customer", "pool", "products", "org", "archived", "settings", "about",
         "change_password")
PAGES += ("leads", "lead_pool")  # issue 12: the lead screens
PAGES += ("pipeline",)  # issue 12: the board
PAGES += ("opportunities", "opportunity")  # issue 12: the deals, and a deal with lines and a team
PAGES += ("followups", "customer360")  # issue 12: follow-ups and the customer overview
PAGES += ("approvals",)  # issue 13: the approvals inbox
PAGES += ("contracts", "contract")  # issue 13: the contracts, and an amended contract (helper contracts)

PAGES += ("quotes",)  # issue 13: quotes (helper quotes)
PAGES += ("expenses",)  # issue 13 §5: the expenses (helper expenses)
PAGES += ("receivables",)  # issue 13: receivables with ageing (helper payments)
PAGES += ("payments", "invoices")  # issue 13 §3/§4: the lists across contracts (helper money, s21)
PAGES += ("forecast",)  # issue 14 §4: funnel and forecast (helper forecast)

PAGES += ("dashboard",)  # issue 14 §6: the first page after sign-in (helper dashboard)
DIRECTOR_PAGES = ("dashboard",)  # issue 14 §6: also as the director (helper dashboard)

PAGES += ("attainment", "rankings", "performance")  # issue 14 §2/§3 (helper attainment)

PAGES += ("targets",)  # issue 14 §1: the target grid (helper targets)
PAGES += ("analysis",)  # issue 15 §4: customer analysis (helper analysis)
PAGES += ("month_close",)  # issue 15 §1/§2: month-end close and the monthly report (helper monthly)
ADMIN_PAGES = ("settings", "picklists")  # what only the admin position sees


def _first_own_customer(url: str, login: str) -> int:
    with psycopg.connect(with_login(url, login, PASSWORD)) as conn:
        row = conn.execute("select id from api.customer_list('{\"scope\": \"mine\"}', 'name', false, "
                           "null, 1)").fetchone()
    return int(row[0]) if row else 1


# -- leads: the demo may have none yet; a few made through the service so the pages show something --
DEMO_LEADS = (("沪江精密机械", "周经理", "13912340001", "展会"), ("申城物流", "吴总", "13912340002", "官网"),
              ("浦东新能源科技", "郑工", "13912340003", "转介绍"))
POOL_LEADS = (("东方包装材料", "孙经理", "13912340004", "官网"),
              ("嘉定汽配", "钱主任", "13912340005", "展会"))


def _seed_leads(url: str) -> None:
    """A few leads for the salesperson and in the manager's pool, only when there are none."""
    from salesdesk.db.session import Database
    from salesdesk.services import leads, org

    def make(login: str, rows: tuple, pool: bool) -> None:
        db = Database.connect(with_login(url, login, PASSWORD))
        try:
            if leads.count_leads(db, {"scope": "pool" if pool else "mine"}).n:
                return
            pool_id = next((p.id for p in org.pools(db) if p.manages), None) if pool else None
            for company, contact, mobile, source in rows:
                leads.create_lead(db, {"company_name": company, "contact_name": contact, "mobile": mobile,
                                       "source": source}, pool_id=pool_id)
        finally:
            db.close()

    make(LOGINS[0], DEMO_LEADS, pool=False)
    make(LOGINS[1], POOL_LEADS, pool=True)
# -- approvals: no kind of the demo submits yet; a few customer-transfer requests of the salesperson
# as sql/0023's submit leaves them (one waiting on the manager, one approved, one rejected)
SEED_REQUEST = """
insert into sales.approval_requests (type, record_kind, record_id, requester_id, unit_id, summary, state,
                                     step_no, steps, decided_at)
select 'transfer', 'customer', c.id, e.id, e.unit_id, c.name || ' 转至华北大区', %(state)s,
       case when %(state)s = 'pending' then 1 end, 1, case when %(state)s <> 'pending' then now() end
from sales.customers c join sales.employees e on e.id = c.owner_id where c.id = %(customer)s returning id"""
SEED_TRAIL = ("""
insert into sales.approval_approvers (request_id, round, step_no, mode, employee_id, waiting, reached_at,
                                      decision, decided_at)
values (%(request)s, 1, 1, 'any', %(boss)s, %(state)s = 'pending', now(), nullif(%(state)s, 'pending'),
        case when %(state)s <> 'pending' then now() end)""", """
insert into sales.approval_events (request_id, round, actor_id, action, comment)
values (%(request)s, 1, %(me)s, 'submitted', '客户总部迁至北京')""", """
insert into sales.approval_events (request_id, round, step_no, actor_id, action, comment)
select %(request)s, 1, 1, %(boss)s, %(state)s, %(comment)s where %(state)s <> 'pending'""")


def _seed_approvals(url: str) -> None:
    with psycopg.connect(url) as conn:
        if conn.execute("select exists (select from sales.approval_requests)").fetchone() != (False,):
            return
        ids = dict(conn.execute("select login, id from sales.employees where login = any (%s)",
                                (list(LOGINS),)).fetchall())
        me, boss = ids[LOGINS[0]], ids[LOGINS[1]]
        customers = [r[0] for r in conn.execute(
            "select id from sales.customers where owner_id = %s order by id limit 3", (me,))]
        comments = {"pending": None, "approved": "同意", "rejected": "先与华北大区确认"}
        for customer, state in zip(customers, comments, strict=False):
            row = conn.execute(SEED_REQUEST, {"state": state, "customer": customer}).fetchone()
            assert row
            for statement in SEED_TRAIL:
                conn.execute(statement, {"request": row[0], "boss": boss, "me": me, "state": state,
                                         "comment": comments[state]})


def _first_deal(url: str, login: str) -> str:
    """The first deal with product lines and a team that `login` sees ("new" when there is none)."""
    with psycopg.connect(with_login(url, login, PASSWORD)) as conn:
        row = conn.execute("select o.id from api.opportunity_list('{}', 'name', false, null, 500) o "
                           "where exists (select 1 from api.opportunity_line_rows(o.id)) "
                           "and exists (select 1 from api.opportunity_team(o.id)) limit 1").fetchone()
    return str(row[0]) if row else "new"


def _first_contract(url: str, login: str) -> str:
    """An amended contract `login` sees (else any approved one; "new" when there is none)."""
    with psycopg.connect(with_login(url, login, PASSWORD)) as conn:
        row = conn.execute("select c.id from api.contract_list('{}', 'updated_at', true, null, 500) c "
                           "order by (select count(*) from api.contract_versions(c.id)) desc, "
                           "c.number nulls last limit 1").fetchone()
    return str(row[0]) if row else "new"


# -- targets: this year's contract amounts published by the director, split evenly down the tree,
# and a draft revision the manager is editing
def _seed_targets(url: str) -> None:
    from datetime import date
    from decimal import Decimal

    from salesdesk.db.session import Database
    from salesdesk.services import targets

    year = date.today().year
    db = Database.connect(with_login(url, "director", PASSWORD))
    try:
        if targets.versions(db, year, "contract_amount"):
            return
        vid = targets.draft(db, year, "contract_amount")
        grid = targets.load_grid(db, year, "contract_amount", vid)
        targets.save_cells(db, vid, {("company", None, m, "target"): Decimal("3000000") for m in grid.months})
        todo: list[tuple[str, int | None]] = [("company", None)]
        kids = {n.key: [k.key for k in grid.nodes if k.parent == n.key] for n in grid.nodes}
        while todo:
            node = todo.pop()
            if kids.get(node):
                targets.split(db, vid, node[0], node[1], "headcount")
                todo += [k for k in kids[node] if k[0] == "unit"]
        targets.publish(db, vid, "年度目标")
    finally:
        db.close()
    manager = Database.connect(with_login(url, LOGINS[1], PASSWORD))
    try:
        targets.draft(manager, year, "contract_amount")
    finally:
        manager.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--size", default="1280x800", help="window size in physical pixels")
    parser.add_argument("--scale", type=float, default=1.0, help="display scaling, e.g. 1.25 or 1.5")
    parser.add_argument("--pages", default=",".join(PAGES), help="comma-separated (default: all)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="salesdesk-shots-"))
    server = LocalServer(root)
    failed = 0
    try:
        url = with_database(server.start(), "salesdesk")
        migrate.init(url)
        subprocess.run([sys.executable, "-m", "salesdesk.admin.cli", "demo", "--dsn", url], check=True,
                       stdout=subprocess.DEVNULL)
        if {"leads", "lead_pool"} & set(args.pages.split(",")):
            _seed_leads(url)
        if "approvals" in args.pages.split(","):
            _seed_approvals(url)
        if "targets" in args.pages.split(","):
            _seed_targets(url)
        env = dict(os.environ, SALESDESK_PASSWORD=PASSWORD,
                   SALESDESK_CONFIG_DIR=str(root / "config"))
        if not env.get("DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        suffix, size = "", args.size
        if args.scale != 1.0:
            env["QT_SCALE_FACTOR"] = f"{args.scale:g}"
            width, _, height = args.size.partition("x")
            size = f"{round(int(width) / args.scale)}x{round(int(height) / args.scale)}"  # logical pixels
            suffix = f"@{round(args.scale * 100)}"
        wanted = args.pages.split(",")
        plan = [(login, wanted) for login in LOGINS]
        admin_pages = [p for p in ADMIN_PAGES if p in wanted or args.pages == ",".join(PAGES)]
        if admin_pages:
            plan.append(("admin", admin_pages))
        director_pages = [p for p in DIRECTOR_PAGES if p in wanted]  # issue 14 §6 (helper dashboard)
        if director_pages:
            plan.append(("director", director_pages))
        for login, pages in plan:
            customer = _first_own_customer(url, login)
            deal = _first_deal(url, login) if "opportunity" in pages else "new"
            contract = _first_contract(url, login) if "contract" in pages else "new"
            for lang in LANGUAGES:
                for page in pages:
                    spec = f"{page}:{customer}" if page in ("customer", "customer360") else page
                    spec = f"opportunity:{deal}" if page == "opportunity" else spec
                    spec = f"contract:{contract}" if page == "contract" else spec
                    target = args.out / f"{page}_{login}_{lang}{suffix}.png"
                    result = subprocess.run(
                        [sys.executable, "-m", "salesdesk.ui.app", "--screenshot", str(target),
                         "--page", spec, "--login", login, "--lang", lang, "--server", libpq_url(url),
                         "--size", size], env=env, capture_output=True, text=True, timeout=180)
                    status = "ok" if result.returncode == 0 else f"FAILED ({result.returncode})"
                    shown = target.relative_to(REPO) if target.is_relative_to(REPO) else target
                    print(f"{status:12} {shown}")
                    if result.returncode:
                        failed += 1
                        print(result.stderr.strip()[-2000:], file=sys.stderr)
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    return failed


if __name__ == "__main__":
    sys.exit(main())
