"""Phones as Chinese users type them (issue 11, finding 15): the IME's full-width brackets,
digits, hyphens and spaces are accepted wherever a phone is checked (the form and the
database), and a mobile must be a mainland mobile (11 digits from 13-19, optionally after
+86/0086) — `12345` was accepted as one."""

from __future__ import annotations

import pytest

from salesdesk.db import migrate
from salesdesk.services.customer_rules import clean_contact, clean_customer
from salesdesk.services.errors import ValidationError
from tests.factories import Company, build_small_company
from tests.rls_support import as_json, outcome

FULL_WIDTH_PHONES = ["（021）6000 1234", "（０２１）６０００－１２３４", "021－6000　1234",
                     "(0755) 8888-0000 转 801"]
GOOD_MOBILES = ["13800138000", "+86 138 0013 8000", "0086-138-0013-8000", "１３８ ００１３ ８０００",
                "199-0000-1111"]
VALIDATED = "select convalidated from pg_constraint where conname = 'contacts_mobile_check'"
BAD_MOBILES = ["12345", "12800138000", "1380013800", "021-60001234", "138001380001", "13800138000 转 8"]


@pytest.mark.parametrize("typed", FULL_WIDTH_PHONES)
def test_the_form_accepts_full_width_phone_numbers(typed: str) -> None:
    cleaned = clean_customer({"phone": typed}, partial=True)["phone"]
    assert cleaned.isascii() or "转" in cleaned
    assert clean_contact({"name": "张三", "phone": typed})["phone"] == cleaned


@pytest.mark.parametrize("typed", GOOD_MOBILES)
def test_the_form_accepts_mainland_mobiles(typed: str) -> None:
    assert clean_contact({"name": "张三", "mobile": typed})["mobile"]


@pytest.mark.parametrize("typed", BAD_MOBILES)
def test_the_form_refuses_what_is_no_mobile_at_the_field(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_contact({"name": "张三", "mobile": typed})
    assert set(caught.value.fields) == {"mobile"}
    assert "11 digits" in caught.value.fields["mobile"].text()


def contact_values(customer_id: int, **values: str) -> str:
    return as_json({"customer_id": customer_id, "name": "张三", **values})


@pytest.mark.parametrize("typed", FULL_WIDTH_PHONES)
def test_the_database_accepts_full_width_phone_numbers(company: Company, typed: str) -> None:
    mine = company.customers["sp_e1a客户1"]
    with company.connect("sp_e1a") as conn:
        values = contact_values(mine, phone=typed)
        assert outcome(conn, "select api.record_create('contact', %s)", (values,)).ok
        assert outcome(conn, "select api.record_update('customer', %s, null, %s)",
                       (mine, as_json({"phone": typed}))).ok


@pytest.mark.parametrize(("typed", "ok"),
                         [(m, True) for m in GOOD_MOBILES] + [(m, False) for m in BAD_MOBILES])
def test_the_database_enforces_mainland_mobiles(company: Company, typed: str, ok: bool) -> None:
    mine = company.customers["sp_e1a客户1"]
    with company.connect("sp_e1a") as conn:
        values = contact_values(mine, mobile=typed)
        got = outcome(conn, "select api.record_create('contact', %s)", (values,))
    assert (got.ok, got.sqlstate) == ((True, None) if ok else (False, "23514")), got.message


def test_the_mobile_rule_is_validated_on_a_clean_database(company: Company) -> None:
    with company.admin() as conn:
        row = conn.execute(VALIDATED).fetchone()
    assert row == (True,)


def test_an_older_database_keeps_its_odd_mobiles_and_refuses_new_ones(db_factory) -> None:  # noqa: ANN001
    c = build_small_company(db_factory("0010"))
    mine = c.customers["sp_e1a客户1"]
    with c.admin() as conn:
        odd = conn.execute("insert into sales.contacts (customer_id, name, mobile) "
                           "values (%s, '老联系人', '12345') returning id", (mine,)).fetchone()[0]  # type: ignore[index]
        conn.commit()
    migrate.upgrade(c.admin_url, "head")
    with c.admin() as conn:
        row = conn.execute(VALIDATED).fetchone()
        kept = conn.execute("select mobile from sales.contacts where id = %s", (odd,)).fetchone()
    assert row == (False,) and kept == ("12345",)  # NOT VALID: kept, readable, listed by the README's query
    with c.connect("sp_e1a") as conn:
        new = contact_values(mine, mobile="54321")
        bad = outcome(conn, "select api.record_create('contact', %s)", (new,))
        fixed = outcome(conn, "select api.record_update('contact', %s, null, %s)",
                        (odd, as_json({"mobile": "13800138000"})))
    assert bad.sqlstate == "23514" and fixed.ok


def test_the_demo_data_satisfies_the_phone_rules() -> None:
    import random

    from faker import Faker

    from salesdesk.admin.demo_data import _contacts
    from salesdesk.services.validation import normalize_phone_input, valid_mobile, valid_phone

    fake, rng = Faker("zh_CN"), random.Random(7)
    for _ in range(300):
        for contact in _contacts(fake, rng, "021", None):
            assert valid_mobile(normalize_phone_input(contact.mobile) or ""), contact.mobile
            assert contact.phone is None or valid_phone(contact.phone), contact.phone
