"""History entries the database writes are stored as codes and ids and said in the user's language
(issue 12 §3, "conversion kept in history"): a lead's conversion, the customer and deal it made,
a claim from the pool; entries written before the codes keep working (the migration codes them)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from salesdesk.db import migrate
from salesdesk.db.session import Database
from salesdesk.services import customer360, ownership
from salesdesk.services.customer_types import HistoryEvent
from salesdesk.ui.history_models import reason_text
from salesdesk.ui.i18n import install_language
from tests.factories import Company, build_small_company


def convert(company: Company, key: str, lead: int) -> tuple[int, int]:
    """The lead converted by `key` with a deal: (customer, deal)."""
    with company.connect(key) as conn:
        version = conn.execute("select version from api.lead_rows(%s)", ([lead],)).fetchone()[0]
        row = conn.execute("select customer_id, opportunity_id "
                           "from api.lead_convert(%s, %s, '{}', '{}', null, %s)",
                           (lead, version, json.dumps({"title": "首单"}))).fetchone()
    assert row
    return row[0], row[1]


@pytest.fixture
def zh(qapp) -> Iterator[None]:  # noqa: ANN001 - the translators need the application
    install_language("zh_CN")
    yield
    install_language("en")


def test_a_conversion_is_stored_as_codes_and_said_in_either_language(fresh_company: Company,
                                                                     zh: None) -> None:
    co = fresh_company
    with co.admin() as conn:
        lead = co.add_lead(conn, "新客户科技", owner="sp_e1a", contact_name="马工")
        pooled = co.add_lead(conn, "公海来的线索", pool="EAST")
        conn.commit()
    customer, deal = convert(co, "sp_e1a", lead)
    db = Database.connect(co.url_for("sp_e1a"))
    try:
        (done,) = ownership.ownership_history(db, "lead", lead)
        assert done.event == HistoryEvent("converted_to", None, None, customer, "新客户科技", deal, "首单")
        assert reason_text(done.reason, done.event) == "转为客户 新客户科技 和商机 首单"
        for kind, record in (("customer", customer), ("opportunity", deal)):
            (made,) = ownership.ownership_history(db, kind, record)
            assert made.event == HistoryEvent("converted_from", lead, "新客户科技")
            assert reason_text(made.reason, made.event) == "由线索 新客户科技 转化"
        (line,) = [e for e in customer360.timeline(db, customer).entries if e.entry == "ownership"]
        assert line.event == HistoryEvent("converted_from", lead, "新客户科技")
        ownership.claim(db, "lead", [pooled])
        (claimed,) = ownership.ownership_history(db, "lead", pooled)
        assert reason_text(claimed.reason, claimed.event) == "从公海领取"
        ownership.release(db, "lead", [pooled], "客户没兴趣")  # a person's reason: as typed
        typed = ownership.ownership_history(db, "lead", pooled)[0]
        assert (typed.event, reason_text(typed.reason, typed.event)) == (None, "客户没兴趣")
    finally:
        db.close()
    install_language("en")
    assert reason_text(done.reason, done.event) == "Converted to customer 新客户科技 and deal 首单"


def test_a_reader_who_cannot_see_the_customer_gets_no_name(fresh_company: Company) -> None:
    co = fresh_company
    with co.admin() as conn:
        lead = co.add_lead(conn, "转手公司", owner="sp_e1a")
        conn.commit()
    customer, _ = convert(co, "sp_e1a", lead)
    with co.connect("sup_e1") as conn:  # the supervisor hands the customer to another region
        conn.execute("select api.record_transfer('customer', %s, %s, '调整')",
                     (customer, co.people["sp_n1a"]))
        conn.execute("select api.record_transfer('lead', %s, %s, '调整')", (lead, co.people["sp_e1b"]))
    with co.connect("sp_e1b") as conn:
        ids = [r[0] for r in conn.execute("select id from api.record_history('lead', %s)", (lead,))]
        got = conn.execute("select event, customer_id, customer_name from api.history_events(%s)",
                           (ids,)).fetchall()
    assert got == [("converted_to", customer, None)]
    with co.connect("sp_e2a") as conn:  # the lead out of sight: its history entries are not read
        assert conn.execute("select count(*) from api.history_events(%s)", (ids,)).fetchone() == (0,)


def test_entries_written_before_the_codes_are_coded_by_the_upgrade(db_factory) -> None:
    url = db_factory("0023")
    co = build_small_company(url)
    with co.admin() as conn:
        lead = co.add_lead(conn, "老线索公司", owner="sp_e1a")
        pooled = co.add_lead(conn, "老公海线索", pool="EAST")
        conn.commit()
    customer, deal = convert(co, "sp_e1a", lead)
    with co.connect("sp_e1a") as conn:
        conn.execute("select api.record_claim('lead', %s)", (pooled,))
    migrate.upgrade(url)
    with co.connect("sp_e1a") as conn:
        ids = [r[0] for k, i in (("lead", lead), ("customer", customer), ("opportunity", deal),
                                  ("lead", pooled))
               for r in conn.execute("select id from api.record_history(%s, %s)", (k, i))]
        got = set(conn.execute("select event, lead_id, customer_id, opportunity_id "
                               "from api.history_events(%s)", (ids,)).fetchall())
    assert got == {("converted_to", None, customer, deal), ("converted_from", lead, None, None),
                   ("claimed", None, None, None)}
