"""Smoke test of the scope machinery on the small company (details live in test_rls_*)."""

import pytest

from tests.factories import Company


@pytest.fixture
def company(counted_company: Company) -> Company:
    """This module counts the customers a salesperson sees: a company of its own with the pinned seeds."""
    return counted_company


def visible_customers(company: Company, key: str) -> set[str]:
    names = {v: k for k, v in company.customers.items()}
    with company.connect(key) as conn:
        return {names[r[0]] for r in conn.execute("select id from api.customers")}


def test_salesperson_sees_own_pools_and_shares(company: Company) -> None:
    seen = visible_customers(company, "sp_e1a")
    assert seen == {"sp_e1a客户1", "sp_e1a客户2", "sp_e1a客户3", "sp_n1a客户1",
                    "华东公海客户1", "华东公海客户2", "总部公海客户1"}


def test_director_sees_everything(company: Company) -> None:
    assert visible_customers(company, "director") == set(company.customers)


def test_only_the_api_is_open(company: Company) -> None:
    import psycopg
    import pytest

    with company.connect("sp_e1a") as conn:
        contacts = {r[0] for r in conn.execute("select customer_id from api.contacts")}
        assert contacts == {r[0] for r in conn.execute("select id from api.customers")}
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("select id from sales.customers")


def test_wrong_password_is_refused(company: Company) -> None:
    import psycopg
    import pytest

    from salesdesk.db.urls import with_login

    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(with_login(company.admin_url, company.login("sp_e1a"), "wrong-password"))
