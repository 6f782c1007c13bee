"""The bench's bypass side of each kind's page reads what the API returns (sql/0021 session): the
list statement the API printed, joined to the select of api.<kind>_rows, run by a role that
bypasses row-level security, gives the API's own rows, display columns and all."""

from __future__ import annotations

from salesdesk.admin import bench, bench_kinds
from tests.factories import build_small_company, seed_pipeline


def test_the_bypass_page_returns_the_api_page_column_for_column(db_factory) -> None:
    company = seed_pipeline(build_small_company(db_factory(), deals=True))
    with company.admin() as admin, company.connect("sup_e1", autocommit=True) as conn:
        kinds = bench_kinds.listed_kinds(admin)
        assert {k.kind for k in kinds} >= {"opportunity", "followup", "lead"}
        for kind in kinds:
            query = bench_kinds.LIST.format(kind.kind)
            params = {"q": "{}", "sort": next(iter(kind.sorts)), "after": None}
            cur = conn.execute(query, params)
            api_rows, api_columns = cur.fetchall(), [d.name for d in cur.description or ()]
            stmt = bench._statement(admin, conn, query, params,
                                    f"api.{kind.kind}_list(jsonb,text,boolean,text,integer)")
            decorated = bench_kinds.decorated(admin, kind.kind, stmt)
            assert decorated != stmt, kind.kind
            cur = admin.execute(decorated)
            assert [d.name for d in cur.description or ()] == api_columns, kind.kind
            assert cur.fetchall() == api_rows and api_rows, kind.kind
            admin.commit()


def test_the_bypass_of_a_page_read_again_runs_both_reads_and_returns_the_api_page(db_factory) -> None:
    """A supervisor's deal page whose first 40 names are one owner's stops that owner's walk inside
    the page (sql/0073): the page has two statements, and the bypass runs both, the second giving the
    API's rows with their display columns."""
    company = build_small_company(db_factory(), deals=True)
    with company.admin() as admin:
        admin.execute("insert into sales.opportunities (owner_id, customer_id, title, amount, stage_id, "
                      "probability) select %s, customer_id, '0000' || lpad(g::text, 3, '0'), amount, "
                      "stage_id, probability from generate_series(1, 40) g, "
                      "(select * from sales.opportunities order by id limit 1) o",
                      (company.people["sp_e1a"],))
        admin.commit()
    query = bench_kinds.LIST.format("opportunity")
    params = {"q": "{}", "sort": "name", "after": None}
    with company.admin() as admin, company.connect("sup_e1", autocommit=True) as conn:
        cur = conn.execute(query, params)
        api_rows = cur.fetchall()
        stmts = bench_kinds.decorate_last(
            bench._statements(admin, conn, query, params,
                              "api.opportunity_list(jsonb,text,boolean,text,integer)"),
            lambda s: bench_kinds.decorated(admin, "opportunity", s))
        assert len(stmts) == 2 and "o (walk_owner, cut_sort, cut_id, take)" in stmts[1], stmts
        admin.autocommit = True
        assert bench_kinds.run_all_as_planned(admin, stmts) == api_rows
        assert [r[1] for r in api_rows[:40]] == [f"0000{g:03d}" for g in range(1, 41)]
