"""salesdesk.services.products and .permissions on a real database: Decimal round trips, rounding
to the fen, validation of every field at once, and the database's refusals as domain errors."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from salesdesk.db.session import Database
from salesdesk.services import permissions, products
from salesdesk.services.errors import ConflictError, PermissionDeniedError, ValidationError
from tests.factories import Company


@pytest.fixture
def dbs(fresh_company: Company) -> Iterator[dict[str, Database]]:
    opened = {key: Database.connect(fresh_company.url_for(key)) for key in ("admin", "mgr_e", "sp_e1a")}
    yield opened
    for db in opened.values():
        db.close()


@pytest.mark.parametrize(("typed", "expected"), [
    (Decimal("1.005"), Decimal("1.01")), ("2.675", Decimal("2.68")), (Decimal("1.004"), Decimal("1.00")),
    (3, Decimal("3.00")), ("", None), (None, None),
])
def test_money_rounds_to_the_fen_half_up(typed: object, expected: Decimal | None) -> None:
    assert products.money(typed) == expected  # type: ignore[arg-type]


def test_decimal_round_trip_and_rounding(dbs: dict[str, Database]) -> None:
    p = products.save_product(dbs["admin"], None, None, {
        "code": " SW-24 ", "name": " 24口千兆交换机 ", "unit": "台", "list_price": Decimal("1299.005"),
        "cost_price": Decimal("856.5"), "tax_rate": Decimal("0.13")})
    assert (p.code, p.name, p.list_price, p.cost_price, p.tax_rate) == (
        "SW-24", "24口千兆交换机", Decimal("1299.01"), Decimal("856.50"), Decimal("0.1300"))
    assert p.margin == Decimal("442.51") and isinstance(p.list_price, Decimal)
    seen = products.get_product(dbs["mgr_e"], p.id)
    assert (seen.list_price, seen.cost_price, seen.margin) == (Decimal("1299.01"), None, None)
    page = products.list_products(dbs["sp_e1a"], products.ProductQuery(search="jhj"))
    assert [r.code for r in page.rows] == ["SW-24"] and page.rows[0].cost_price is None
    assert products.count_products(dbs["sp_e1a"]) == 1


def test_every_bad_field_at_once(dbs: dict[str, Database]) -> None:
    with pytest.raises(ValidationError) as err:
        products.save_product(dbs["admin"], None, None, {
            "code": "有 空格", "name": " ", "list_price": "-1", "cost_price": "abc", "tax_rate": "1.5"})
    assert set(err.value.fields) == {"code", "name", "list_price", "cost_price", "tax_rate"}


def test_refusals_become_domain_errors(dbs: dict[str, Database]) -> None:
    p = products.save_product(dbs["admin"], None, None, {"code": "A", "name": "甲"})
    with pytest.raises(PermissionDeniedError):
        products.save_product(dbs["sp_e1a"], p.id, p.version, {"name": "乙"})
    with pytest.raises(PermissionDeniedError):
        products.save_product(dbs["mgr_e"], None, None, {"code": "B", "name": "乙"})
    with pytest.raises(ValidationError) as err:
        products.save_product(dbs["admin"], None, None, {"code": "A", "name": "重复"})
    assert err.value.fields["code"].message == products.CODE_TAKEN
    products.save_product(dbs["admin"], p.id, p.version, {"name": "甲二"})
    with pytest.raises(ConflictError):
        products.save_product(dbs["admin"], p.id, p.version, {"name": "甲三"})


def test_permissions_service(dbs: dict[str, Database]) -> None:
    assert permissions.mine(dbs["sp_e1a"]) == frozenset()
    assert permissions.SEE_COST in permissions.mine(dbs["admin"])
    assert [p.code for p in permissions.documented(dbs["sp_e1a"])][0] == permissions.MAINTAIN_PRODUCTS
    manager = next(g.position_id for g in permissions.grants(dbs["admin"]) if g.position_code == "manager")
    with pytest.raises(PermissionDeniedError):
        permissions.grant(dbs["mgr_e"], manager, permissions.SEE_COST)
    permissions.grant(dbs["admin"], manager, permissions.SEE_COST)
    assert permissions.SEE_COST in permissions.mine(dbs["mgr_e"])
    permissions.revoke(dbs["admin"], manager, permissions.SEE_COST)
    assert permissions.SEE_COST not in permissions.mine(dbs["mgr_e"])


def test_categories(dbs: dict[str, Database]) -> None:
    cid = products.save_category(dbs["admin"], None, None, {"code": "NET", "name": "网络设备"})
    p = products.save_product(dbs["admin"], None, None, {"code": "X", "name": "路由器", "category_id": cid})
    assert p.category_name == "网络设备"
    assert [c.code for c in products.categories(dbs["sp_e1a"])] == ["NET"]
    with pytest.raises(PermissionDeniedError):
        products.save_category(dbs["sp_e1a"], cid, None, {"name": "改"})
