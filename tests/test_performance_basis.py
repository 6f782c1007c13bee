"""What targets and attainment stand on (sql/0033): the metrics every employee reads, fiscal periods
that follow the configured first month, and the unit each employee belonged to on each day — kept
by the database on every move, unreadable by employees."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest

from tests.factories import Company


def test_every_employee_reads_the_metrics_with_their_rules(company: Company) -> None:
    rows = company.call("sp_e1a", "select code, measure, source, date_field from api.metrics")
    assert [r[0] for r in rows] == ["contract_amount", "payments", "new_customers", "new_contracts",
                                    "followups", "leads_converted"]
    assert ("payments", "amount", "payments", "received_on") in rows


def test_periods_follow_the_fiscal_year_start(fresh_company: Company) -> None:
    def periods(year: int) -> list[tuple]:
        return fresh_company.call(
            "sp_e1a", "select period, kind, first_day, after_day from api.fiscal_periods(%s)", (year,))

    calendar = periods(2026)
    assert calendar[0] == ("FY2026", "year", date(2026, 1, 1), date(2027, 1, 1))
    assert calendar[1] == ("FY2026-Q1", "quarter", date(2026, 1, 1), date(2026, 4, 1))
    assert [p[0] for p in calendar[2:5]] == ["2026-01", "2026-02", "2026-03"]
    assert len(calendar) == 17 and [p[1] for p in calendar].count("month") == 12

    with fresh_company.admin() as conn:
        conn.execute("update sales.performance_settings set fiscal_year_start = 4")
    april = periods(2026)
    assert april[0] == ("FY2026", "year", date(2026, 4, 1), date(2027, 4, 1))
    assert april[-4:-3][0][:2] == ("FY2026-Q4", "quarter")
    assert april[-1] == ("2027-03", "month", date(2027, 3, 1), date(2027, 4, 1))
    with fresh_company.admin() as conn:
        assert conn.execute("select private.fiscal_year_of('2027-03-31'), "
                            "private.fiscal_year_of('2027-04-01')").fetchone() == (2026, 2027)


@pytest.mark.parametrize("bad", ["2026-13", "FY2026-Q5", "2026", "FY26", "", "FY2026-Q1 "])
def test_a_malformed_period_is_refused(company: Company, bad: str) -> None:
    with company.admin() as conn, pytest.raises(psycopg.Error) as refused:
        conn.execute("select * from private.period_range(%s)", (bad,))
    assert refused.value.sqlstate == "SD005"


def test_a_move_is_kept_day_by_day(fresh_company: Company) -> None:
    co = fresh_company
    sp = co.people["sp_e1a"]
    with co.admin() as conn:
        assert conn.execute("select unit_id, valid_from = '-infinity', valid_to from private.employee_units "
                            "where employee_id = %s", (sp,)).fetchall() == [(co.units["EAST_T1"], True, None)]
        # two moves today leave one row for today
        conn.execute("update sales.employees set unit_id = %s where id = %s", (co.units["EAST_T2"], sp))
        conn.execute("update sales.employees set unit_id = %s where id = %s", (co.units["NORTH_T1"], sp))
        conn.execute("update sales.employees set name = name where id = %s", (sp,))  # no move, no row
        rows = conn.execute("select unit_id, valid_to is null from private.employee_units "
                            "where employee_id = %s order by valid_from", (sp,)).fetchall()
        assert rows == [(co.units["EAST_T1"], False), (co.units["NORTH_T1"], True)]
        today = conn.execute("select current_date").fetchone()[0]
        assert conn.execute("select private.unit_on(%s, %s - 1), private.unit_on(%s, %s)",
                            (sp, today, sp, today)).fetchone() == (co.units["EAST_T1"], co.units["NORTH_T1"])
        old = conn.execute("select private.unit_on(%s, '2000-01-01')", (sp,)).fetchone()
        assert old == (co.units["EAST_T1"],)


def test_a_new_employee_has_a_unit_from_the_start(fresh_company: Company) -> None:
    co = fresh_company
    with co.admin() as conn:
        new_id = co.add_person(conn, "sp_new", "salesperson", "EAST_T2", "sup_e2", "新人")
        first = conn.execute("select private.unit_on(%s, '1999-12-31')", (new_id,)).fetchone()
        assert first == (co.units["EAST_T2"],)


@pytest.mark.parametrize("query", [
    "select * from private.employee_units",
    "select private.unit_on(1, current_date)",
    "update sales.performance_settings set fiscal_year_start = 7",
    "insert into sales.metrics (code, name, name_en, source, date_field, measure, counts, counts_en) "
    "values ('x_y', 'x', 'x', 'leads', 'created_at', 'count', 'x', 'x')",
])
def test_employees_cannot_read_the_history_nor_change_the_rules(company: Company, query: str) -> None:
    with company.connect("director") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(query)


def test_results_count_for_the_unit_of_the_day_they_happened(fresh_company: Company) -> None:
    """A follow-up logged before a move stays with the old unit; one after counts for the new."""
    co = fresh_company
    sp = co.people["sp_e1a"]
    with co.admin() as conn:
        cust = co.customers[next(n for n, o in co.customer_owner.items() if o == "sp_e1a")]
        conn.execute("insert into sales.followups (owner_id, customer_id, happened_at, summary) values "
                     "(%s, %s, now() - interval '3 days', '上门'), "
                     "(%s, %s, now() - interval '2 days', '电话')", (sp, cust, sp, cust))
        conn.execute("update sales.employees set unit_id = %s where id = %s", (co.units["EAST_T2"], sp))
        conn.execute("insert into sales.followups (owner_id, customer_id, happened_at, summary) values "
                     "(%s, %s, now(), '回访')", (sp, cust))
        rows = conn.execute("select unit_id, credited from private.metric_results('followups', "
                            "current_date - 30, current_date + 1) where employee_id = %s", (sp,)).fetchall()
        before = conn.execute("select count(*) from sales.followups where owner_id = %s "
                              "and happened_at >= current_date - 30 and happened_at < current_date",
                              (sp,)).fetchone()[0]
        assert dict(rows) == {co.units["EAST_T1"]: before, co.units["EAST_T2"]: 1}
        with pytest.raises(psycopg.Error) as refused:
            conn.execute("select * from private.metric_results('no_such', current_date, current_date + 1)")
        assert refused.value.sqlstate == "SD005"
