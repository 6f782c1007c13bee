"""Products and their categories: the company's catalog (sql/0016_permissions_products.sql).

Every employee reads the catalog; positions with maintain_products write it. The cost price is
field-level secured by the database: it is None on every row for a position without see_cost,
and only a position with both permissions sets it. Money is Decimal end to end, rounded to the
fen half away from zero (ROUND_HALF_UP, as PostgreSQL rounds numeric(14,2)); a tax rate is a
fraction with four places (0.1300 is 13 %).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from sqlalchemy import text

from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import records
from salesdesk.services.errors import REQUIRED, FieldError, NotFoundError, ValidationError
from salesdesk.services.pagination import Page
from salesdesk.services.tx import transaction
from salesdesk.services.validation import AMOUNT_TOO_BIG, MAX_CREDIT, NEGATIVE_AMOUNT, TOO_LONG_N

CENT = Decimal("0.01")
RATE_PLACES = Decimal("0.0001")
SORT_KEYS = ("code", "name", "list_price")
FIELDS = ("code", "name", "specification", "unit", "list_price", "cost_price", "tax_rate", "active",
          "category_id")
_LIMITS = {"code": 40, "name": 200, "specification": 500, "unit": 20}

BAD_RATE = QT_TRANSLATE_NOOP("errors", "Enter a tax rate between 0 % and 100 %.")
BAD_CODE = QT_TRANSLATE_NOOP("errors", "A code has letters, digits and - _ . / only, and no spaces.")
BAD_NUMBER = QT_TRANSLATE_NOOP("errors", "Enter a number.")
CODE_TAKEN = QT_TRANSLATE_NOOP("errors", "Another product already has this code.")


@dataclass(frozen=True)
class Product:
    """A product as the API shows it to the caller: cost_price and margin are None without see_cost."""

    id: int
    code: str
    name: str
    specification: str | None
    unit: str | None
    list_price: Decimal
    cost_price: Decimal | None
    margin: Decimal | None
    tax_rate: Decimal
    active: bool
    category_id: int | None
    category_name: str | None
    updated_at: datetime
    version: int
    can_edit: bool


@dataclass(frozen=True)
class Category:
    id: int
    code: str
    name: str
    parent_id: int | None
    active: bool
    version: int


@dataclass(frozen=True)
class ProductQuery:
    """The list's filters: search (code, name, pinyin or its initials), active, category."""

    search: str = ""
    active: bool | None = None
    category_id: int | None = None

    def api_query(self) -> dict[str, Any]:
        q: dict[str, Any] = {}
        if self.search.strip():
            q["search"] = self.search.strip()
        if self.active is not None:
            q["active"] = self.active
        if self.category_id is not None:
            q["category_id"] = self.category_id
        return q


_PRODUCT_FIELDS = {f.name for f in fields(Product)}


def _product(r: Mapping[str, Any]) -> Product:
    return Product(**{k: v for k, v in r.items() if k in _PRODUCT_FIELDS})


def money(value: Decimal | str | int | None) -> Decimal | None:
    """An amount rounded to the fen, half away from zero (1.005 -> 1.01); None stays None."""
    if value is None or value == "":
        return None
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def rate(value: Decimal | str | int | None) -> Decimal | None:
    """A tax rate as a fraction with four places (0.13 -> 0.1300)."""
    if value is None or value == "":
        return None
    return Decimal(value).quantize(RATE_PLACES, rounding=ROUND_HALF_UP)


def clean(changes: Mapping[str, Any], *, new: bool) -> dict[str, Any]:
    """The fields as the API takes them, every problem at once (ValidationError per field)."""
    errors: dict[str, FieldError | str] = {}
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in FIELDS:
            raise ValueError(f"unknown product field {key!r}")
        if key in _LIMITS:
            value = (value or "").strip() or None
            if value is not None and len(value) > _LIMITS[key]:
                errors[key] = FieldError(TOO_LONG_N, {"max": _LIMITS[key]})
            elif key == "code" and value is not None and (
                    not value.isascii() or any(not (c.isalnum() or c in "-_./") for c in value)):
                errors[key] = BAD_CODE
        elif key in ("list_price", "cost_price"):
            try:
                value = money(value)
            except (InvalidOperation, TypeError, ValueError):
                errors[key] = BAD_NUMBER
                continue
            if value is None and key == "list_price":
                value = Decimal("0.00")
            if value is not None and value < 0:
                errors[key] = NEGATIVE_AMOUNT
            elif value is not None and value > MAX_CREDIT:
                errors[key] = AMOUNT_TOO_BIG
        elif key == "tax_rate":
            try:
                value = rate(value)
            except (InvalidOperation, TypeError, ValueError):
                errors[key] = BAD_RATE
                continue
            if value is None or not Decimal(0) <= value <= Decimal(1):
                errors[key] = BAD_RATE
        out[key] = value
    for key in ("code", "name"):
        if (new or key in out) and not out.get(key) and key not in errors:
            errors[key] = REQUIRED
    if errors:
        raise ValidationError(errors)
    return out


def list_products(db: Database, query: ProductQuery | None = None, *, sort: str = "code",
                  descending: bool = False, after: str | None = None, limit: int = 50) -> Page[Product]:
    """One keyset page of the catalog; pass `page.next_cursor` back as `after` for the next."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort {sort!r}")
    with transaction(db) as session:
        return records.list_page(session, "api.product_list", (query or ProductQuery()).api_query(), _product,
                                 sort=sort, descending=descending, after=after, limit=limit)


def count_products(db: Database, query: ProductQuery | None = None) -> int:
    with transaction(db) as session:
        return int(records.scalar(session, "select api.product_count(cast(:q as jsonb))",
                                  {"q": records.to_json((query or ProductQuery()).api_query())}))


def get_product(db: Database, product_id: int) -> Product:
    """A product; NotFoundError when there is none."""
    with transaction(db) as session:
        found = records.rows(session, "select * from api.product_get(:id)", {"id": product_id})
    if not found:
        raise NotFoundError()
    return _product(found[0])


def get_products(db: Database, product_ids: list[int]) -> dict[int, Product]:
    """Several products by id in one read (those that exist), e.g. the specification and tax rate
    of a document's lines."""
    with transaction(db) as session:
        found = records.rows(session, "select * from api.product_rows(cast(:ids as bigint[]))",
                             {"ids": sorted(set(product_ids))})
    return {r["id"]: _product(r) for r in found}


def save_product(db: Database, product_id: int | None, expected_version: int | None,
                 changes: Mapping[str, Any]) -> Product:
    """Creates (product_id None) or changes a product; the product as saved.

    ConflictError when someone saved version `expected_version` meanwhile; PermissionDeniedError
    without maintain_products (or, for cost_price, without see_cost); ValidationError per field.
    """
    values = clean(changes, new=product_id is None)
    try:
        with transaction(db) as session:
            saved = records.scalar(session, "select api.product_save(:id, :v, cast(:values as jsonb))",
                                   {"id": product_id, "v": expected_version,
                                    "values": records.to_json(values)})
            session.info["wrote"] = True
    except ValidationError as err:
        if getattr(getattr(err.__cause__, "orig", None), "sqlstate", None) == "23505":
            raise ValidationError({"code": CODE_TAKEN}) from err
        raise
    return get_product(db, int(saved))


def categories(db: Database) -> list[Category]:
    """Every category (deactivated ones too), in code order."""
    with transaction(db) as session:
        found = session.execute(text("select * from api.product_categories")).mappings()
        return [Category(**r) for r in found]


def save_category(db: Database, category_id: int | None, expected_version: int | None,
                  changes: Mapping[str, Any]) -> int:
    """Creates (category_id None) or changes a category; its id."""
    with transaction(db) as session:
        saved = records.scalar(session, "select api.product_category_save(:id, :v, cast(:values as jsonb))",
                               {"id": category_id, "v": expected_version, "values": records.to_json(changes)})
        session.info["wrote"] = True
    return int(saved)
