"""Expense categories kept by whoever maintains the picklists (services/expense_categories.py over
sql/0030): add, rename and deactivate each do what they say, with their field problems; a
salesperson without maintain_picklists is refused by every route (the service, the API function,
the table itself) and nothing changes."""

from __future__ import annotations

import psycopg
import pytest

from salesdesk.services import expense_categories, expenses
from salesdesk.services.errors import PermissionDeniedError, ValidationError
from tests.factories import Company, build_small_company


@pytest.fixture
def co(db_factory) -> Company:
    return build_small_company(db_factory())


def stored(co: Company) -> list[tuple]:
    with co.admin() as conn:
        return conn.execute("select code, name, name_en, sort_order, active from sales.expense_categories "
                            "order by code").fetchall()


def test_add_a_category_with_both_names_last_in_the_order(co: Company, as_user) -> None:
    admin = as_user("admin")
    made = expense_categories.add_category(admin, " training ", " 培训费 ", "Training")
    assert (made.code, made.name, made.name_en, made.active) == ("training", "培训费", "Training", True)
    got = expenses.categories(as_user("sp_e1a"))
    assert got[-1].code == "training" and got[-1].sort_order > max(c.sort_order for c in got[:-1])
    with pytest.raises(ValidationError) as refused:
        expense_categories.add_category(admin, "Training!", "", "x" * 51)
    assert set(refused.value.fields) == {"code", "name", "name_en"}
    with pytest.raises(ValidationError) as taken:
        expense_categories.add_category(admin, "training", "培训", "Training")
    assert set(taken.value.fields) == {"code"}
    with pytest.raises(ValidationError) as same_name:
        expense_categories.add_category(admin, "courses", "培训费", "Courses")
    assert set(same_name.value.fields) == {"name"}


def test_rename_changes_both_names_and_keeps_the_rest(co: Company, as_user) -> None:
    before = {r[0]: r for r in stored(co)}
    expense_categories.rename_category(as_user("admin"), "gifts", "礼品及赠品", "Gifts and presents")
    after = {r[0]: r for r in stored(co)}
    assert after["gifts"] == ("gifts", "礼品及赠品", "Gifts and presents", before["gifts"][3], True)
    del after["gifts"], before["gifts"]
    assert after == before
    with pytest.raises(ValidationError) as taken:
        expense_categories.rename_category(as_user("admin"), "gifts", "差旅费", "Travel")
    assert set(taken.value.fields) == {"name"}


def test_deactivate_and_activate_again(co: Company, as_user) -> None:
    admin = as_user("admin")
    expense_categories.set_category_active(admin, "samples", False)
    assert [r[4] for r in stored(co) if r[0] == "samples"] == [False]
    assert [c.active for c in expenses.categories(as_user("sp_e1a")) if c.code == "samples"] == [False]
    expense_categories.set_category_active(admin, "samples", True)
    assert [r[4] for r in stored(co) if r[0] == "samples"] == [True]


def test_without_maintain_picklists_every_route_is_refused(co: Company, as_user) -> None:
    before = stored(co)
    db = as_user("director")   # sees everything, may not keep the picklists
    with pytest.raises(PermissionDeniedError):
        expense_categories.add_category(db, "bribes", "好处费", "Bribes")
    with pytest.raises(PermissionDeniedError):
        expense_categories.rename_category(db, "travel", "旅游", "Tourism")
    with pytest.raises(PermissionDeniedError):
        expense_categories.set_category_active(db, "travel", False)
    for key in ("sp_e1a", "director"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            co.call(key, "select api.expense_category_save('travel', '旅游', 'Tourism', 0, false)")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            co.call(key, "update sales.expense_categories set active = false")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            co.call(key, "insert into sales.expense_categories (code, name, name_en) "
                         "values ('x_y', 'x', 'x')")
    assert stored(co) == before
