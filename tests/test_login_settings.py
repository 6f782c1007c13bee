"""An employee's session compiles nothing just in time (migrate.LOGIN_SETTINGS): the API's pages
run in milliseconds under generic plans whose estimated costs pass jit_above_cost, and on a server
with JIT (Debian's PostgreSQL) the compilation took 20-150 ms a page."""

from __future__ import annotations

import json

from tests.factories import Company

COSTLY = "explain (analyze, format json) select sum(g * 2) from generate_series(1, 20000) g where g % 3 = 0"


def _compiled(conn) -> bool:  # noqa: ANN001
    plan = conn.execute(COSTLY).fetchone()[0]
    return "JIT" in (plan if isinstance(plan, list) else json.loads(plan))[0]


def test_an_employee_statement_past_the_jit_threshold_is_not_compiled(company: Company) -> None:
    with company.connect("sp_e1a") as conn:
        conn.execute("set jit_above_cost = 0")  # every statement past the threshold
        assert not _compiled(conn)
        if conn.execute("select pg_jit_available()").fetchone()[0]:
            # the same statement is compiled on this server once the session turns JIT back on
            conn.execute("set jit = on")
            assert _compiled(conn)

