import statistics
import time

from tests.factories import build_small_company


def _p(conn, q, n=30):
    ts = []
    for _ in range(n):
        t = time.perf_counter()
        conn.execute(q).fetchall()
        ts.append((time.perf_counter() - t) * 1000)
    ts.sort()
    return round(statistics.median(ts), 2), round(ts[int(n * 0.95) - 1], 2)


def test_measure(db_factory):
    c = build_small_company(db_factory())
    with c.admin() as a:
        a.execute("alter table sales.opportunities disable trigger user")
        a.execute("""insert into sales.customers (name, owner_id, level, region)
                     select '客户' || g, e.id, 'B', '上海' from generate_series(1, 100000) g
                     join lateral (select id from sales.employees where id = 1 + g % 12) e on true""")
        st = a.execute("select min(id) from sales.opportunity_stages").fetchone()[0]
        a.execute(f"""insert into sales.opportunities (owner_id, customer_id, title, stage_id, probability,
                         forecast_category, name_sort)
                     select c.owner_id, c.id, '商机' || c.id, {st}, 10, 'pipeline', 'x' || c.id
                     from sales.customers c cross join generate_series(1, 3)""")
        a.execute("""insert into sales.opportunity_members (opportunity_id, employee_id, access)
                     select o.id, 1 + (o.id * 7) % 12, 'read' from sales.opportunities o
                     where o.id % 3 = 0 and 1 + (o.id * 7) % 12 <> o.owner_id
                     on conflict do nothing""")
        a.execute("alter table sales.opportunities enable trigger user")
        a.execute("analyze")
        a.commit()
        print(a.execute("select count(*) from sales.opportunities").fetchone(),
              a.execute("select count(*) from sales.opportunity_members").fetchone())
    out = {}
    for label in ("with reach", "without reach"):
        for key in ("sp_e1a", "mgr_e"):
            with c.connect(key) as conn:
                out[(label, key, "customer page")] = _p(conn, "select * from api.customer_list('{}', 'name', false, null, 50)")
                out[(label, key, "customer count")] = _p(conn, "select * from api.record_count('customer', '{}')", 5)
                out[(label, key, "deal page")] = _p(conn, "select * from api.opportunity_list('{}', 'name', false, null, 50)")
        with c.admin() as a:
            a.execute("delete from private.kind_reach")
            a.commit()
    for k, v in out.items():
        print(k, v)
    assert False
