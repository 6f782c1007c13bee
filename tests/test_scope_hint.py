"""The list's scope hint is a planner aid only: rows never depend on it."""

from __future__ import annotations

import pytest
from sqlalchemy import BigInteger, bindparam, func, select
from sqlalchemy.dialects.postgresql import ARRAY

from salesdesk.db.models import Customer
from salesdesk.db.session import Database
from salesdesk.services.customer_list import list_statement
from salesdesk.services.customer_types import CustomerQuery
from salesdesk.services.scope import ScopeHint, read_scope, scope_hint
from tests.factories import PEOPLE, Company


@pytest.mark.parametrize("key", sorted(PEOPLE))
def test_hint_selects_exactly_the_policy_rows(company: Company, key: str) -> None:
    db = Database.connect(company.url_for(key))
    try:
        with db.session() as session:
            plain = session.execute(list_statement(CustomerQuery(), limit=500)).all()
            hint = scope_hint(session, Customer.__table__, "customer")
            hinted = session.execute(list_statement(CustomerQuery(), limit=500, hint=hint)).all()
            assert [r.id for r in hinted] == [r.id for r in plain]
            assert (hint.condition is None) == read_scope(session, "customer").sees_all
            # the narrow-scope plan (fenced subquery) returns the same rows too
            forced = ScopeHint(hint.condition, narrow=hint.condition is not None)
            rows = session.execute(list_statement(CustomerQuery(), limit=500, hint=forced)).all()
            assert [r.id for r in rows] == [r.id for r in plain]
    finally:
        db.close()


def test_a_forged_hint_cannot_widen_the_scope(company: Company) -> None:
    """A client that sends every id as its 'scope' still gets only its own rows."""
    everything = list(company.customers.values())
    owners = list(company.people.values())
    db = Database.connect(company.url_for("sp_e1a"))
    try:
        with db.session() as session:
            forged = (Customer.owner_id == func.any(bindparam("o", owners, type_=ARRAY(BigInteger)))) | (
                Customer.id == func.any(bindparam("c", everything, type_=ARRAY(BigInteger))))
            seen = set(session.scalars(select(Customer.id).where(forged)))
            honest = set(session.scalars(select(Customer.id)))
    finally:
        db.close()
    assert seen == honest
    assert len(seen) < len(everything)
