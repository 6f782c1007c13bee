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
