"""The rows the contract API gives (sql/0027, sql/0028), as typed dataclasses: every amount a Decimal."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from salesdesk.services.contract_rules import COUNTING, EDITABLE


@dataclass(frozen=True)
class ContractRow:
    """One line of the contract list, with the caller's rights on it."""

    id: int
    number: str | None
    title: str
    status: str
    customer_id: int
    customer_name: str | None
    signed_on: date | None
    total_amount: Decimal
    owner_id: int
    owner_name: str | None
    updated_at: datetime
    archived_at: datetime | None
    version: int
    can_edit: bool = False
    can_manage: bool = False
    access: str | None = None


@dataclass(frozen=True)
class ContractLine:
    """One product line; amount and tax are the database's (0027's rule)."""

    id: int
    product_id: int
    product_code: str
    product_name: str
    unit: str | None
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal
    tax_rate: Decimal
    amount: Decimal
    tax_amount: Decimal
    notes: str | None
    version: int


@dataclass(frozen=True)
class ContractFlow:
    """Where the contract stands: status, number, amendment, its approval request (sql/0028)."""

    status: str
    number: str | None
    amendment_no: int
    approved_at: datetime | None
    request_id: int | None
    request_state: str | None
    amendment_status: str | None
    amendment_no_open: int | None
    amendment_version: int | None
    amendment_fields: dict[str, Any] | None
    amendment_lines: list[dict[str, Any]] | None
    amendment_amount: Decimal | None
    amendment_tax_amount: Decimal | None
    amendment_total_amount: Decimal | None
    can_edit: bool


@dataclass(frozen=True)
class ContractVersion:
    """One approved version: the fields and lines as approved, who approved it and when."""

    amendment_no: int
    fields: dict[str, Any]
    lines: list[dict[str, Any]]
    amount: Decimal
    tax_amount: Decimal
    total_amount: Decimal
    request_id: int | None
    approved_by: int | None
    approved_by_name: str | None
    approved_at: datetime


@dataclass(frozen=True)
class Contract:
    """One contract with its lines and where it stands."""

    id: int
    number: str | None
    title: str
    status: str
    customer_id: int
    customer_name: str | None
    opportunity_id: int | None
    opportunity_title: str | None
    signed_on: date | None
    starts_on: date | None
    ends_on: date | None
    amount: Decimal
    tax_amount: Decimal
    total_amount: Decimal
    notes: str | None
    approved_at: datetime | None
    owner_id: int
    owner_name: str | None
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None
    version: int
    can_edit: bool = False
    can_manage: bool = False
    access: str | None = None
    lines: tuple[ContractLine, ...] = ()
    flow: ContractFlow | None = None
    versions: tuple[ContractVersion, ...] = field(default=())

    @property
    def editable(self) -> bool:
        """Its fields and lines change (a draft or rejected contract the caller may write)."""
        return self.can_edit and self.status in EDITABLE

    @property
    def counts(self) -> bool:
        return self.status in COUNTING
