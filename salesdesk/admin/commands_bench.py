"""`salesdesk-admin bench`: the scale benchmark of the scope machinery."""

from __future__ import annotations

import argparse
from pathlib import Path

from salesdesk.admin.errors import AdminError


def register(sub: argparse._SubParsersAction) -> None:
    bench = sub.add_parser(
        "bench", help="generate a large company and measure list speed under row-level security",
        description="Generate N employees (each a login), M customers, opportunities (a third with "
                    "a team), follow-ups and leads, then measure for a salesperson, supervisor, "
                    "manager and the director the first and a deep page of every kind's list by "
                    "every declared sort, a search, the count, the manager's kanban totals and a "
                    "customer's 360° page, compare with a BYPASSRLS role, and time moving a big "
                    "manager in the org chart. Without --dsn a bundled server is started in a "
                    "temporary folder. With --dsn (a superuser URL) a separate database is created "
                    "and dropped afterwards, together with the roles the bench created.")
    bench.add_argument("--employees", type=int, default=10_000, help="employees (default 10000)")
    bench.add_argument("--customers", type=int, default=1_000_000, help="customers (default 1000000)")
    bench.add_argument("--opportunities", type=int, default=1_000_000,
                       help="opportunities, a third with a team of 2-4 (default 1000000)")
    bench.add_argument("--followups", type=int, default=5_000_000, help="follow-ups (default 5000000)")
    bench.add_argument("--leads", type=int, default=200_000, help="leads (default 200000)")
    where = bench.add_mutually_exclusive_group()
    where.add_argument("--dsn", help="superuser URL of an existing server (default: a bundled server)")
    where.add_argument("--data", type=Path, help="folder for the bundled server (kept afterwards)")
    bench.add_argument("--runs", type=int, default=50, help="timed runs per query (default 50)")
    bench.add_argument("--keep", action="store_true", help="keep the server folder, database and roles")
    bench.add_argument("--reuse", action="store_true",
                       help="measure again the company kept by an earlier --keep run (in --data or "
                            "--dsn's --database): upgrade its schema, skip generating")
    bench.add_argument("--verbose", action="store_true", help="also print the query plans")
    bench.add_argument("--dashboard", action="store_true",
                       help="instead of the lists: also generate approved contracts (with the deals' "
                            "teams sharing credit, payments on part of them) and measure the dashboard's "
                            "data for the director, a manager and a salesperson")
    bench.add_argument("--money", action="store_true",
                       help="instead of the lists: also generate approved contracts with lines, instalments, "
                            "payments, invoices and expenses, and measure per level the contracts, payments, "
                            "invoices and expenses lists by every declared sort (with the bypass "
                            "comparison), the receivables, the approvals inbox and a customer's money tabs")
    bench.add_argument("--contracts", type=int, default=1_000_000,
                       help="approved contracts for --dashboard or --money (default 1000000)")
    bench.add_argument("--scale", type=float, default=1.0,
                       help="multiply every size (employees, customers, opportunities, follow-ups, "
                            "leads, contracts) by this, e.g. 0.01 (default 1)")
    bench.add_argument("--database", default="salesdesk_bench",
                       help="name of the database the bench creates (default salesdesk_bench)")
    bench.add_argument("--prefix", default="bench_",
                       help="prefix of the login roles the bench creates (default bench_)")
    bench.set_defaults(func=_bench)


def _bench(args: argparse.Namespace) -> int:
    from salesdesk.admin import bench

    if not 0 < args.scale <= 1:
        raise AdminError("--scale: a fraction above 0, at most 1")
    for name in ("employees", "customers", "opportunities", "followups", "leads", "contracts"):
        setattr(args, name, round(getattr(args, name) * args.scale))
    if args.employees < 100 or args.customers < 1000 or args.runs < 1:
        raise AdminError("use at least 100 employees, 1000 customers and 1 run")
    if min(args.opportunities, args.followups, args.leads) < 1000:
        raise AdminError("use at least 1000 opportunities, follow-ups and leads")
    if args.dashboard and args.money:
        raise AdminError("--dashboard and --money: one at a time")
    if (args.dashboard or args.money) and args.contracts < 1000:
        raise AdminError("use at least 1000 contracts")
    if not args.prefix.replace("_", "").isalnum() or not args.prefix[0].isalpha() \
            or args.prefix != args.prefix.lower():
        raise AdminError("--prefix: lower-case letters, digits and '_', starting with a letter")
    if args.reuse and not (args.data or args.dsn):
        raise AdminError("--reuse needs the --data folder (or --dsn) of an earlier --keep run")
    opts = bench.Options(employees=args.employees, customers=args.customers, runs=args.runs,
                         dsn=args.dsn, data=args.data, keep=args.keep, verbose=args.verbose,
                         database=args.database, prefix=args.prefix, reuse=args.reuse,
                         opportunities=args.opportunities, followups=args.followups, leads=args.leads,
                         dashboard=args.dashboard, contracts=args.contracts, money=args.money)
    try:
        return 0 if bench.run(opts) else 3
    except ValueError as exc:
        raise AdminError(str(exc)) from exc
