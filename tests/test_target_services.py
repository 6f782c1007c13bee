"""The targets services (salesdesk/services/targets.py, target_rules.py) on the real database: the
local reconciliation the grid shows while typing agrees with the database's, the split rule to the
fen agrees with sql/0034's, typed values are checked with clear messages, and the database's refusals
reach the user as translated errors."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from salesdesk.services import targets
from salesdesk.services.errors import PermissionDeniedError, ValidationError
from salesdesk.services.target_rules import NOT_WHOLE, parse_value, split_amount
from salesdesk.services.validation import BadValue
from tests.factories import Company, build_small_company

YEAR = 2031


@pytest.fixture
def co(db_factory) -> Company:
    return build_small_company(db_factory())


@pytest.mark.parametrize(("amount", "weights", "step"), [
    (Decimal("100.00"), [1, 1, 1], Decimal("0.01")),
    (Decimal("1000000.01"), [3, 0, 7, 7], Decimal("0.01")),
    (Decimal("0.05"), [1, 1, 1, 1, 1, 1, 1], Decimal("0.01")),
    (Decimal("17"), [2, 5, 5], Decimal("1")),
    (Decimal("99.99"), [0, 0], Decimal("0.01")),
    (Decimal("12345.67"), [Decimal("1234.5"), Decimal("0.01"), Decimal("98765.43")], Decimal("0.01")),
])
def test_the_split_rule_is_the_databases_and_adds_up(co: Company, amount, weights, step) -> None:
    local = split_amount(amount, [Decimal(w) for w in weights], step)
    with co.admin() as conn:
        remote = conn.execute("select private.target_split_amount(%s, %s::numeric[], %s)",
                              (amount, [Decimal(w) for w in weights], step)).fetchone()[0]
    assert local == remote
    assert sum(local) == amount and all(p % step == 0 for p in local)
    # the oracle: every part is its floor share, but one, which takes what is left
    total = sum(Decimal(w) for w in weights) or len(weights)
    floors = [(amount * (Decimal(w) if sum(weights) else 1) / total // step) * step for w in weights]
    assert sum(1 for p, f in zip(local, floors, strict=True) if p != f) <= 1


def test_typed_values_are_checked() -> None:
    assert parse_value("6.5万", "amount") == Decimal("65000")
    assert parse_value("¥60,000.50", "amount") == Decimal("60000.50")
    assert parse_value("", "amount") is None
    assert parse_value("１２", "count") == 12
    with pytest.raises(BadValue) as bad:
        parse_value("10.5", "count")
    assert bad.value.message == NOT_WHOLE
    for wrong in ("-1", "abc", "1.001"):
        with pytest.raises(BadValue):
            parse_value(wrong, "amount")


def test_the_live_reconciliation_agrees_with_the_database(co: Company, as_user) -> None:
    db = as_user("director")
    v = targets.draft(db, YEAR, "contract_amount")
    grid = targets.load_grid(db, YEAR, "contract_amount", v)
    m0, m1 = grid.months[0], grid.months[1]
    typed = {("company", None, m0, "target"): "100万", ("unit", co.units["EAST"], m0, "target"): "60万",
             ("unit", co.units["NORTH"], m0, "target"): "40万",
             ("unit", co.units["EAST_B1"], m1, "target"): "7",
             ("unit", co.units["EAST_T1"], m0, "target"): "1.5万"}
    assert targets.save_cells(db, v, targets.parse_cells(grid, typed)) == 5
    targets.split(db, v, "unit", co.units["NORTH"], "even")
    grid = targets.load_grid(db, YEAR, "contract_amount", v)
    local = {key: b.difference for key, b in grid.balances().items()}
    with co.admin() as conn:
        remote = {((r[0], r[1]), r[2]): r[3] for r in conn.execute(
            "select node_kind, node_id, month, difference from private.target_reconcile(%s) "
            "where tier = 'target'", (v,))}
    assert local == remote
    assert grid.unreconciled() == sum(1 for d in remote.values() if d != 0) > 0
    with pytest.raises(ValidationError) as refused:
        targets.publish(db, v)
    assert str(grid.unreconciled()) in refused.value.text()


def test_bad_cells_are_named_and_nothing_is_saved(co: Company, as_user) -> None:
    db = as_user("director")
    v = targets.draft(db, YEAR, "new_customers")
    grid = targets.load_grid(db, YEAR, "new_customers", v)
    east = ("unit", co.units["EAST"], grid.months[0], "target")
    with pytest.raises(ValidationError) as bad:
        targets.parse_cells(grid, {east: "2.5", ("unit", co.units["NORTH"], grid.months[0], "target"): "x"})
    north = f"unit:{co.units['NORTH']}:{grid.months[0]}:target"
    assert set(bad.value.fields) == {targets.cell_key(east), north}


def test_the_grid_shows_rights_and_the_database_refuses_the_rest(co: Company, as_user) -> None:
    director = as_user("director")
    v = targets.draft(director, YEAR, "contract_amount")
    db = as_user("sup_e1")
    grid = targets.load_grid(db, YEAR, "contract_amount", v)
    own = ("person", co.people["sup_e1"])
    assert not grid.writable(*own) and grid.writable("person", co.people["sp_e1a"])
    with pytest.raises(PermissionDeniedError):
        targets.save_cells(db, v, {(*own, date(YEAR, 1, 1), "target"): Decimal(1)})
    with pytest.raises(ValidationError):
        targets.submit(db, v, "  ")


def test_history_keeps_who_when_why(co: Company, as_user) -> None:
    db = as_user("director")
    v = targets.draft(db, YEAR, "followups")
    targets.publish(db, v, "首版")
    mgr = as_user("mgr_e")
    v2 = targets.draft(mgr, YEAR, "followups")
    assert targets.submit(mgr, v2, "二季度调整") == "published"
    got = targets.versions(mgr, YEAR, "followups")
    assert [(x.number, x.status, x.reason, x.owner_name) for x in got] == [
        (2, "published", "二季度调整", "李华东"), (1, "superseded", "首版", "王总监")]
    assert got[0].based_on == v and got[1].superseded_at is not None and got[0].published_at is not None


def test_the_page_opens_the_draft_only_for_those_who_write_in_it(co: Company, as_user) -> None:
    director = as_user("director")
    v1 = targets.draft(director, YEAR, "followups")
    targets.publish(director, v1, "首版")
    v2 = targets.draft(director, YEAR, "followups")
    assert targets.open_set(director, YEAR, "followups").grid.version.id == v2
    assert targets.open_set(as_user("sup_e1"), YEAR, "followups").grid.version.id == v2
    seller = targets.open_set(as_user("sp_e1a"), YEAR, "followups")
    assert seller.grid.version.id == v1 and not any(n.writable for n in seller.grid.nodes)
    assert [v.id for v in seller.versions] == [v2, v1]


def test_a_node_with_hidden_children_is_not_shown_as_unreconciled(co: Company, as_user) -> None:
    director = as_user("director")
    v = targets.draft(director, YEAR, "contract_amount")
    t1 = co.units["EAST_T1"]
    grid = targets.load_grid(director, YEAR, "contract_amount", v)
    m0 = grid.months[0]
    targets.save_cells(director, v, {("company", None, m0, "target"): Decimal("400.00"),
                                     ("unit", co.units["EAST"], m0, "target"): Decimal("400.00"),
                                     ("unit", co.units["EAST_B1"], m0, "target"): Decimal("400.00"),
                                     ("unit", t1, m0, "target"): Decimal("400.00")})
    targets.split(director, v, "unit", t1, "even")
    assert targets.load_grid(director, YEAR, "contract_amount", v).unreconciled() == 0
    with co.admin() as conn:  # published as it is (the rest of the tree is not reconciled)
        conn.execute("update sales.target_versions set status = 'published' where id = %s", (v,))
    seller = targets.load_grid(as_user("sp_e1a"), YEAR, "contract_amount", v)
    assert {n.key for n in seller.nodes} == {("unit", t1), ("person", co.people["sp_e1a"])}
    assert seller.unreconciled() == 0 and seller.balances() == {}  # the team's others are hidden
    boss = targets.load_grid(as_user("sup_e1"), YEAR, "contract_amount", v)
    assert set(boss.balances()) == {(("unit", t1), grid.months[0])} and boss.unreconciled() == 0
    with co.connect("sp_e1a") as conn:
        assert conn.execute("select count(*) from api.target_reconciliation(%s)", (v,)).fetchone() == (0,)
    with co.connect("sup_e1") as conn:
        assert conn.execute("select node_kind, node_id, difference from api.target_reconciliation(%s)",
                            (v,)).fetchall() == [("unit", t1, Decimal("0.00"))]
