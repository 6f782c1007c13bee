"""Customer analysis (issue 15 §4, sql/0040) on the real database: every figure of every customer
each level sees is recomputed here from the raw rows (read as the superuser) with the formulas of
README "Customer analysis", over the records tests/oracle.py says the caller may see; the cost and
the profit are null without see_cost; a salesperson sees only theirs, a supervisor nothing of the
sibling team's; bad arguments answer SD005 / P0002."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

import psycopg
import pytest

from salesdesk.services import customer_analysis
from salesdesk.services.errors import NotFoundError, ValidationError
from tests.factories import SALESPEOPLE, Company, build_small_company
from tests.oracle import Oracle, load_snapshot
from tests.rls_support import outcome

TODAY = date(2026, 6, 30)
D = Decimal
FEN, RATIO = D("0.01"), D("0.0001")
LEVELS = ("director", "mgr_e", "sup_e1", "sup_e2", "sp_e1a", "sp_n1a")
FIGURES = "select * from api.customer_analysis(%s, 'revenue', 5000)"


def fen(x: Decimal) -> Decimal:
    return x.quantize(FEN, ROUND_HALF_UP)


def ratio(x: Decimal) -> Decimal:
    return x.quantize(RATIO, ROUND_HALF_UP)


def noon(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, 12, tzinfo=UTC)


def seed(co: Company, conn: psycopg.Connection) -> None:
    """Contracts with lines (products with and without a cost price), plans, payments on time and
    late, pending ones, invoices, approved and draft expenses, follow-ups, over 20 months."""
    rnd = random.Random(15)
    products = []
    for n, cost in enumerate((D("3000.00"), D("123.45"), None)):
        pid = conn.execute("insert into sales.products (code, name, unit, list_price) "
                           "values (%s, %s, '套', 5000) returning id",
                           (f"AN-{n}", f"分析产品{n}")).fetchone()[0]
        if cost is not None:
            conn.execute("insert into sales.product_costs (product_id, cost_price) values (%s, %s)",
                         (pid, cost))
        products.append(pid)
    owned = [(name, key) for key in (*SALESPEOPLE, "sup_e1", "sup_n1") for name in co.customers
             if name.startswith(key + "客户")]
    for name, key in owned:
        cid = co.customers[name]
        for n in range(rnd.randint(0, 3)):
            contract = co.add_record(conn, "contract", owner=key, title=f"{name}分析{n}", customer_id=cid)
            for _ in range(rnd.randint(1, 2)):
                co.add_record(conn, "contract_line", parent=contract, product_id=rnd.choice(products),
                              quantity=D(rnd.randint(1, 30)) / 2, unit_price=D(rnd.randint(100, 90000)) / 7,
                              discount=D(rnd.choice((0, 5, 12.5))))
            approved = TODAY - timedelta(days=rnd.randint(-20, 600))
            status = rnd.choice(("approved", "in_effect", "fulfilled", "approved", "cancelled", "draft"))
            conn.execute("update sales.contracts set status = %s, approved_at = %s where id = %s",
                         (status, noon(approved), contract))
            total = conn.execute("select total_amount from sales.contracts where id = %s",
                                 (contract,)).fetchone()[0]
            if status not in ("approved", "in_effect", "fulfilled") or total <= 0:
                continue
            first = fen(total * D(rnd.randint(20, 80)) / 100)
            dues = [approved + timedelta(days=rnd.randint(10, 120)),
                    approved + timedelta(days=rnd.randint(121, 300))]
            for due, amount in zip(dues, (first, total - first), strict=True):
                co.add_record(conn, "instalment", parent=contract, due_on=due, amount=amount)
            left = total
            for _ in range(rnd.randint(0, 3)):
                amount = fen(left * D(rnd.randint(10, 60)) / 100)
                if amount <= 0:
                    break
                left -= amount
                pay = co.add_record(conn, "payment", parent=contract, amount=amount, method="cash",
                                    received_on=approved + timedelta(days=rnd.randint(0, 330)))
                conn.execute("update sales.payments set status = %s where id = %s",
                             (rnd.choice(("approved", "approved", "pending", "rejected")), pay))
            if rnd.random() < 0.7:
                co.add_record(conn, "invoice", parent=contract, number=f"F{contract}", amount=fen(total / 3),
                              tax_amount=D("1.30"), issued_on=approved + timedelta(days=rnd.randint(0, 200)))
        for n in range(rnd.randint(0, 3)):
            x = co.add_record(conn, "expense", owner=key, category="travel", customer_id=cid,
                              amount=D(rnd.randint(100, 99999)) / 100,
                              spent_on=TODAY - timedelta(days=n * 40))
            conn.execute("update sales.expenses set status = %s where id = %s",
                         (rnd.choice(("approved", "approved", "draft", "rejected")), x))
        for n in range(rnd.randint(0, 8)):
            co.add_record(conn, "followup", owner=key, customer_id=cid, summary=f"回访{n}",
                          happened_at=noon(TODAY - timedelta(days=rnd.randint(-5, 500))))


@pytest.fixture(scope="module")
def co(db_factory) -> Company:
    company = build_small_company(db_factory())
    with company.admin() as conn:
        seed(company, conn)
        conn.commit()
    return company


# --- the oracle: the formulas over raw rows ------------------------------------------------------

@dataclass
class Raw:
    customers: dict[int, tuple] = field(default_factory=dict)      # id -> (name, credit_limit, archived)
    contracts: dict[int, tuple] = field(default_factory=dict)      # id -> (customer, status, net, total, day)
    lines: list[tuple] = field(default_factory=list)               # (contract, quantity, cost or None)
    instalments: list[tuple] = field(default_factory=list)         # (id, contract, due_on, amount)
    payments: list[tuple] = field(default_factory=list)            # (contract, status, received_on, amount)
    invoices: list[tuple] = field(default_factory=list)            # (contract, issued_on, total)
    expenses: list[tuple] = field(default_factory=list)            # (id, customer, status, archived, amount)
    followups: list[tuple] = field(default_factory=list)           # (id, customer, archived, on)


def day(column: str) -> str:
    return f"({column} at time zone current_setting('TimeZone'))::date"


def raw(co: Company) -> Raw:
    r = Raw()
    with co.admin() as c:
        r.customers = {i: (n, lim, a is not None) for i, n, lim, a in c.execute(
            "select id, name, credit_limit, archived_at from sales.customers")}
        r.contracts = {i: rest for i, *rest in c.execute(
            f"select id, customer_id, status, amount, total_amount, {day('approved_at')} "
            "from sales.contracts")}
        r.lines = c.execute("select l.contract_id, l.quantity, pc.cost_price from sales.contract_lines l "
                            "left join sales.product_costs pc on pc.product_id = l.product_id").fetchall()
        r.instalments = c.execute("select id, contract_id, due_on, amount from sales.instalments").fetchall()
        r.payments = c.execute("select contract_id, status, received_on, amount "
                               "from sales.payments").fetchall()
        r.invoices = c.execute("select contract_id, issued_on, total_amount from sales.invoices").fetchall()
        r.expenses = c.execute("select id, customer_id, status, archived_at is not null, amount "
                               "from sales.expenses").fetchall()
        r.followups = c.execute("select id, customer_id, archived_at is not null, "
                                f"{day('happened_at')} from sales.followups").fetchall()
    return r


def months_back(d: date, n: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 - n, 12)
    day = min(d.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m])
    return date(y, m + 1, day)


def expected(r: Raw, seen: dict[str, set[int]], see_cost: bool) -> dict[int, dict[str, object]]:
    """Each visible customer's figures, by the README's formulas."""
    year_ago = months_back(TODAY, 12)
    counting = {k: v for k, v in r.contracts.items() if k in seen["contract"]
                and v[1] in ("approved", "in_effect", "fulfilled")}
    out: dict[int, dict[str, object]] = {}
    for cid, (_name, limit, archived) in r.customers.items():
        if archived or cid not in seen["customer"]:
            continue
        ks = {k: v for k, v in counting.items() if v[0] == cid}
        received = sum((a for k, s, _, a in r.payments if k in ks and s == "approved"), D(0))
        amount = sum((v[3] for v in ks.values()), D(0))
        revenue = sum((v[2] for v in ks.values()), D(0))
        cost = fen(sum((q * (c or 0) for k, q, c in r.lines if k in ks), D(0)))
        spent = sum((a for i, c, s, arch, a in r.expenses if c == cid and s == "approved" and not arch
                     and i in seen["expense"]), D(0))
        touches = [on for i, c, arch, on in r.followups if c == cid and not arch and on <= TODAY
                   and i in seen["followup"]]
        n12 = sum(1 for on in touches if on > year_ago)
        recency = (TODAY - max(touches)).days if touches else None
        orders = [v[4] for v in ks.values() if v[4] <= TODAY]
        orders_12 = [v for v in ks.values() if year_ago < v[4] <= TODAY]
        power = sum((v[3] for v in orders_12), D(0))
        due_amount = on_time = D(0)
        due_n = late_n = 0
        for k in ks:
            plan = sorted((i for i in r.instalments if i[1] == k), key=lambda i: (i[2], i[0]))
            before = D(0)
            for _id, _k, due, a in plan:
                paid = sum((p[3] for p in r.payments if p[0] == k and p[1] == "approved" and p[2] <= due),
                           D(0))
                if due <= TODAY:
                    due_amount += a
                    on_time += max(D(0), min(a, paid - before))
                    due_n += 1
                    late_n += paid - before < a
                before += a
        p = on_time / due_amount if due_amount else D(1)
        late = D(late_n) / due_n if due_n else D(0)
        receivable = amount - received
        use = receivable / limit if limit > 0 else D(1 if receivable > 0 else 0)
        credit = fen(100 * (D("0.5") * p + D("0.3") * (1 - late) + D("0.2") * (1 - min(D(1), use))))
        relation = fen(40 * min(D(1), D(n12) / 12)
                       + 30 * (max(D(0), 1 - D(recency) / 180) if recency is not None else 0)
                       + 30 * min(D(1), D(len(ks)) / 3))
        days = (TODAY - max(orders)).days if orders else None
        rr = None if days is None else 3 if days <= 90 else 2 if days <= 180 else 1
        f = 3 if len(orders_12) >= 3 else 2 if orders_12 else 1
        m = 3 if power >= 1000000 else 2 if power >= 100000 else 1 if power > 0 else 0
        segment = ("prospect" if rr is None else "champion" if rr == 3 and f + m >= 5
                   else "loyal" if rr >= 2 and f + m >= 4 else "at_risk" if rr == 1 and f + m >= 3
                   else "new" if rr >= 2 else "lost")
        out[cid] = {
            "contracts": len(ks), "contract_amount": amount, "revenue": revenue, "received": received,
            "receivable": receivable,
            "invoiced": sum((t for k, _, t in r.invoices if k in ks), D(0)), "expenses": spent,
            "product_cost": cost if see_cost else None,
            "profit": revenue - cost - spent if see_cost else None,
            "followups_12m": n12, "contact_frequency": fen(D(n12) / 12),
            "last_contact_on": max(touches) if touches else None, "recency_days": recency,
            "last_order_on": max(orders) if orders else None, "orders_12m": len(orders_12),
            "purchasing_power": power, "punctuality": ratio(p), "overdue_share": ratio(late),
            "credit_use": ratio(use), "credit_score": credit,
            "credit_rating": "A" if credit >= 85 else "B" if credit >= 70 else "C" if credit >= 50 else "D",
            "relationship_score": relation,
            "relationship_level": ("strategic" if relation >= 75 else "close" if relation >= 50
                                   else "ordinary" if relation >= 25 else "distant"),
            "rfm_segment": segment,
        }
    total = sum((v["revenue"] for v in out.values()), D(0))  # type: ignore[misc]
    before = D(0)
    for cid in sorted(out, key=lambda c: (-out[c]["revenue"], c)):  # type: ignore[operator]
        rev = out[cid]["revenue"]
        out[cid]["revenue_share"] = ratio(rev / total) if total else D(0)  # type: ignore[operator]
        out[cid]["abc_class"] = ("C" if rev <= 0 else "A" if before < D("0.8") * total  # type: ignore[operator]
                                 else "B" if before < D("0.95") * total else "C")
        before += rev  # type: ignore[operator]
    return out


def visible(co: Company, key: str) -> dict[str, set[int]]:
    with co.admin() as conn:
        oracle = Oracle(load_snapshot(conn))
    emp = co.people[key]
    return {k: oracle.visible(k, emp) for k in ("customer", "contract", "expense", "followup")}


def got_rows(co: Company, key: str) -> dict[int, dict[str, object]]:
    with co.connect(key) as conn:
        cur = conn.execute(FIGURES, (TODAY,))
        names = [d.name for d in cur.description or ()]
        return {row[0]: dict(zip(names, row, strict=True)) for row in cur.fetchall()}


# --- the tests -----------------------------------------------------------------------------------

def test_the_seed_covers_every_case(co: Company) -> None:
    figures = expected(raw(co), visible(co, "director"), True)
    values = list(figures.values())
    assert {v["credit_rating"] for v in values} >= {"A", "D"}
    assert len({v["rfm_segment"] for v in values}) >= 3
    assert {v["abc_class"] for v in values} == {"A", "B", "C"}
    assert any(v["profit"] is not None and v["profit"] < 0 for v in values)  # type: ignore[operator]
    assert any(D(0) < v["punctuality"] < D(1) for v in values)  # type: ignore[operator]


@pytest.mark.parametrize("key", LEVELS)
def test_every_figure_matches_the_oracle(co: Company, key: str) -> None:
    see_cost = key == "director"  # sql/0016: the director and the admin hold see_cost
    want = expected(raw(co), visible(co, key), see_cost)
    got = got_rows(co, key)
    assert set(got) == set(want)
    for cid, figures in want.items():
        for name, value in figures.items():
            assert got[cid][name] == value, (key, cid, name)


def test_one_customer_and_its_months(co: Company) -> None:
    everyone = got_rows(co, "director")
    cid = max(everyone, key=lambda c: (everyone[c]["purchasing_power"], c))
    with co.connect("director") as conn:
        one = conn.execute("select contract_amount, profit, credit_score, rfm_segment "
                           "from api.customer_figures(%s, %s)", (cid, TODAY)).fetchall()
        months = conn.execute("select month, contract_amount, received, invoiced, receivable_change "
                              "from api.customer_analysis_months(%s, %s)", (TODAY, cid)).fetchall()
    e = everyone[cid]
    assert one == [(e["contract_amount"], e["profit"], e["credit_score"], e["rfm_segment"])]
    r = raw(co)
    ks = {k for k, v in r.contracts.items() if v[0] == cid and v[1] in ("approved", "in_effect", "fulfilled")}
    first = months_back(TODAY.replace(day=1), 11)
    want: dict[date, list[Decimal]] = {months_back(TODAY.replace(day=1), n): [D(0)] * 3 for n in range(12)}
    for k in ks:
        on = r.contracts[k][4]
        if first <= on <= TODAY:
            want[on.replace(day=1)][0] += r.contracts[k][3]
    for k, s, on, a in r.payments:
        if k in ks and s == "approved" and first <= on <= TODAY:
            want[on.replace(day=1)][1] += a
    for k, on, t in r.invoices:
        if k in ks and first <= on <= TODAY:
            want[on.replace(day=1)][2] += t
    assert months == [(m, c, p, i, c - p) for m, (c, p, i) in sorted(want.items())]
    assert sum(m[1] for m in months) > 0


def test_the_rollups_sum_the_customers(co: Company) -> None:
    for key in ("director", "mgr_e"):
        rows = got_rows(co, key)
        for by, group in (("owner", "owner_id"), ("unit", "unit_id"), ("company", None)):
            want: dict[object, Decimal] = defaultdict(Decimal)
            for r in rows.values():
                want[r[group] if group else None] += r["revenue"]  # type: ignore[operator]
            got = dict(pg_rows(co, key, "select group_id, revenue from api.customer_analysis_rollup(%s, %s)",
                               (TODAY, by)))
            assert got == dict(want), (key, by)
        figures = expected(raw(co), visible(co, key), key == "director")
        for by, code in (("segment", "rfm_segment"), ("abc", "abc_class")):
            counted: dict[object, int] = defaultdict(int)
            for f in figures.values():
                counted[f[code]] += 1
            got_counts = dict(pg_rows(co, key, "select group_name, customers "
                                               "from api.customer_analysis_rollup(%s, %s)", (TODAY, by)))
            assert got_counts == dict(counted), (key, by)


def pg_rows(co: Company, key: str, query: str, params: tuple) -> list[tuple]:
    with co.connect(key) as conn:
        return conn.execute(query, params).fetchall()


def test_cost_is_hidden_without_see_cost(co: Company) -> None:
    for key in ("mgr_e", "sp_e1a"):
        rows = got_rows(co, key)
        assert rows and all(r["product_cost"] is None and r["profit"] is None for r in rows.values())
        rolled = pg_rows(co, key, "select product_cost, profit "
                                  "from api.customer_analysis_rollup(%s, 'company')", (TODAY,))
        assert rolled == [(None, None)]
    director = got_rows(co, "director")
    assert any(r["product_cost"] for r in director.values())


def test_scope_salesperson_and_sibling_supervisor(co: Company) -> None:
    owners = {key: co.people[key] for key in ("sp_e1a", "sp_e1b", "sp_e2a")}
    mine = got_rows(co, "sp_e1a")
    shared = co.customers["sp_n1a客户1"]  # shared with sp_e1a (read): seen, but not its money
    assert {r["owner_id"] for c, r in mine.items() if c != shared} == {owners["sp_e1a"], None}  # + the pool
    assert mine[shared]["contract_amount"] == 0  # the share shows the customer, not sp_n1a's contracts
    sibling = got_rows(co, "sup_e2")
    assert owners["sp_e1a"] not in {r["owner_id"] for r in sibling.values()}
    assert owners["sp_e1b"] not in {r["owner_id"] for r in sibling.values()}
    units = {r[0] for r in pg_rows(co, "sup_e2", "select group_id "
                                   "from api.customer_analysis_rollup(%s, 'owner')", (TODAY,))}
    assert owners["sp_e1a"] not in units
    months = pg_rows(co, "sup_e2", "select sum(contract_amount) from api.customer_analysis_months(%s)",
                     (TODAY,))
    want = sum((r["contract_amount"] for r in sibling.values()), D(0))  # type: ignore[misc]
    assert months[0][0] <= want


def test_hidden_customer_answers_like_missing(co: Company) -> None:
    hidden = co.customers["sp_e2a客户2"]
    with co.connect("sp_e1a", autocommit=True) as conn:
        for query in ("select * from api.customer_figures(%s, %s)",
                      "select * from api.customer_analysis_months(%s, %s)"):
            args = (hidden, TODAY) if "figures" in query else (TODAY, hidden)
            missing = (2**62, TODAY) if "figures" in query else (TODAY, 2**62)
            a, b = outcome(conn, query, args), outcome(conn, query, missing)
            assert (a.ok, a.sqlstate) == (b.ok, b.sqlstate) == (False, "P0002")


@pytest.mark.parametrize("query, params", [
    ("select * from api.customer_analysis(%s, %s, %s)", (TODAY, "name; drop", 10)),
    ("select * from api.customer_analysis(%s, %s, %s)", (TODAY, "revenue", 0)),
    ("select * from api.customer_analysis(%s, %s, %s)", (TODAY, "revenue", 5001)),
    ("select * from api.customer_analysis(%s, %s, %s)", ("infinity", "revenue", 10)),
    ("select * from api.customer_analysis(%s, %s, %s)", (None, "revenue", 10)),
    ("select * from api.customer_analysis_rollup(%s, %s)", (TODAY, "region")),
    ("select * from api.customer_analysis_rollup(%s, %s)", (TODAY, None)),
    ("select * from api.customer_analysis_months(%s)", ("-infinity",)),
])
def test_bad_input_is_refused(co: Company, query: str, params: tuple) -> None:
    with co.connect("sp_e1a", autocommit=True) as conn:
        got = outcome(conn, query, params)
    assert (got.ok, got.sqlstate) == (False, "SD005")


def test_sorted_largest_first_and_limited(co: Company) -> None:
    for sort in ("receivable", "credit_score", "profit"):
        rows = pg_rows(co, "director", f"select customer_id, {sort} from api.customer_analysis(%s, %s, 5)",
                       (TODAY, sort))
        values = [v for _, v in rows]
        assert len(rows) == 5
        assert values == sorted(values, reverse=True)


def test_an_archived_customer_leaves_the_lists_but_keeps_its_figures(co: Company) -> None:
    before = got_rows(co, "director")
    cid = max(before, key=lambda c: (before[c]["purchasing_power"], c))  # type: ignore[arg-type, return-value]
    one = "select contract_amount from api.customer_figures(%s, %s)"
    months = "select month, contract_amount from api.customer_analysis_months(%s, %s)"
    months_before = pg_rows(co, "director", months, (TODAY, cid))
    assert any(m[1] for m in months_before)
    with co.admin() as conn:
        conn.execute("update sales.customers set archived_at = now() where id = %s", (cid,))
        conn.commit()
    try:
        assert cid not in got_rows(co, "director")
        assert pg_rows(co, "director", one, (cid, TODAY)) == [(before[cid]["contract_amount"],)]
        assert pg_rows(co, "director", months, (TODAY, cid)) == months_before
    finally:
        with co.admin() as conn:
            conn.execute("update sales.customers set archived_at = null where id = %s", (cid,))
            conn.commit()


def test_the_service_reads_and_refuses(co: Company, as_user) -> None:  # noqa: ANN001
    db = as_user("sp_e1a")
    mine = got_rows(co, "sp_e1a")
    cid = next(iter(mine))
    one = customer_analysis.customer(db, cid, TODAY)
    assert one.figures.credit_score == mine[cid]["credit_score"] and len(one.months) == 12
    with pytest.raises(NotFoundError):
        customer_analysis.customer(db, co.customers["sp_e2a客户2"], TODAY)
    with pytest.raises(ValidationError):
        customer_analysis.customers(db, TODAY, sort="name; drop")
    with pytest.raises(ValidationError):
        customer_analysis.rollup(db, TODAY, "region")
    page = customer_analysis.page(db, TODAY)
    assert {r.customer_id for r in page.rows} == set(mine) and page.customers == len(mine)
