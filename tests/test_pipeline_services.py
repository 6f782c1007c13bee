"""salesdesk.services.leads and .followups on a real database: the use cases the client calls,
with the database's refusals as domain errors naming the kind."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from salesdesk.db.session import Database
from salesdesk.services import followups, leads
from salesdesk.services.errors import DuplicateError, NotFoundError, ReadOnlyError, ValidationError
from tests.factories import Company


@pytest.fixture
def dbs(fresh_company: Company) -> Iterator[dict[str, Database]]:
    opened = {key: Database.connect(fresh_company.url_for(key)) for key in ("sp_e1a", "sp_e2a", "sup_e1")}
    yield opened
    for db in opened.values():
        db.close()


def test_a_lead_is_created_saved_released_claimed_and_found(
    fresh_company: Company, dbs: dict[str, Database]
) -> None:
    me, colleague = dbs["sp_e1a"], dbs["sp_e2a"]
    lead = leads.create_lead(
        me, {"company_name": " 星河电子 ", "contact_name": "林", "mobile": "13900001234"}
    )
    assert (lead.company_name, lead.mobile, lead.status, lead.owner_name) == (
        "星河电子",
        "13900001234",
        "new",
        "赵一",
    )
    lead = leads.save_lead(me, lead.id, lead.version, {"status": "contacted"})
    assert lead.status == "contacted"
    assert [p.text for p in leads.search_leads(me, "星河")] == ["星河电子"]
    leads.release_leads(me, [lead.id], "交给同事")
    assert leads.get_lead(me, lead.id).pool_id == fresh_company.pools["EAST"]
    leads.claim_leads(colleague, [lead.id])
    assert leads.get_lead(colleague, lead.id).owner_name == "吴三"
    with pytest.raises(NotFoundError) as err:
        leads.get_lead(me, lead.id)
    assert "lead" in str(err.value)
    assert leads.count_leads(colleague, {"scope": "mine"}).n == 1
    assert [r.company_name for r in leads.list_leads(colleague, {"scope": "mine"}).rows] == ["星河电子"]


def test_bad_lead_input_is_refused_field_by_field(dbs: dict[str, Database]) -> None:
    with pytest.raises(ValidationError) as err:
        leads.create_lead(dbs["sp_e1a"], {"company_name": "", "email": "x", "status": "converted"})
    assert set(err.value.fields) == {"company_name", "email", "status"}
    with pytest.raises(ValidationError):
        leads.list_leads(dbs["sp_e1a"], sort="owner_id")


def test_conversion_with_the_duplicate_step(fresh_company: Company, dbs: dict[str, Database]) -> None:
    me = dbs["sp_e1a"]
    lead = leads.create_lead(me, {"company_name": "sp_e1a客户1", "contact_name": "钟"})
    with pytest.raises(DuplicateError) as err:
        leads.convert_lead(me, lead)
    assert [(m.customer_id, m.visible) for m in err.value.matches] == [
        (fresh_company.customers["sp_e1a客户1"], True)
    ]
    done = leads.convert_lead(me, lead, customer_id=fresh_company.customers["sp_e1a客户1"])
    assert done.customer_id == fresh_company.customers["sp_e1a客户1"] and done.contact_id
    converted = leads.get_lead(me, lead.id)
    assert converted.read_only and converted.converted_customer_name == "sp_e1a客户1"
    with pytest.raises(ReadOnlyError):
        leads.save_lead(me, lead.id, converted.version, {"notes": "改"})

    hidden = leads.create_lead(me, {"company_name": "sp_n1a客户2"})
    with pytest.raises(DuplicateError) as err:
        leads.convert_lead(me, hidden)
    assert [(m.customer_id, m.name, m.owner_name) for m in err.value.matches] == [(None, None, "陈四")]
    done = leads.convert_lead(me, hidden, customer={"name": "陈氏新公司"})
    assert done.contact_id is None


def test_followups_are_logged_listed_and_on_the_timeline(
    fresh_company: Company, dbs: dict[str, Database]
) -> None:
    customer = fresh_company.customers["sp_e1a客户1"]
    when = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
    row = followups.log_followup(
        dbs["sp_e1a"],
        customer,
        "上门演示",
        kind="visit",
        happened_at=when,
        next_followup_on="2026-12-10",
        satisfaction="4",
    )
    assert (row.kind, row.satisfaction, str(row.next_followup_on), row.customer_name) == (
        "visit",
        4,
        "2026-12-10",
        "sp_e1a客户1",
    )
    assert [r.id for r in followups.list_followups(dbs["sup_e1"]).rows] == [row.id]
    assert followups.count_followups(dbs["sp_e2a"]).n == 0
    line = followups.timeline(dbs["sup_e1"], customer)[0]
    assert (line.entry, line.summary, line.actor_name) == ("followup", "上门演示", "赵一")
    with pytest.raises(NotFoundError):
        followups.timeline(dbs["sp_e2a"], customer)
    saved = followups.save_followup(dbs["sp_e1a"], row.id, row.version, {"outcome": "有意向"})
    assert saved.outcome == "有意向"


def test_bad_followups_are_refused(fresh_company: Company, dbs: dict[str, Database]) -> None:
    with pytest.raises(ValidationError) as err:
        followups.log_followup(
            dbs["sp_e1a"], fresh_company.customers["sp_e1a客户1"], "", kind="fax", satisfaction=9
        )
    assert set(err.value.fields) == {"summary", "kind", "satisfaction"}
    with pytest.raises(NotFoundError):
        followups.log_followup(dbs["sp_e1a"], fresh_company.customers["sp_e2a客户1"], "看不见的客户")
    with fresh_company.admin() as conn:
        other = conn.execute(
            "select id from sales.contacts where customer_id = %s", (fresh_company.customers["sp_e1a客户2"],)
        ).fetchone()[0]
    with pytest.raises(ValidationError):
        followups.log_followup(dbs["sp_e1a"], fresh_company.customers["sp_e1a客户1"], "x", contact_id=other)
