"""Money on a contract (sql/0029): its payment plan (回款计划), payments received (回款), invoices
(开票) and the sums side by side; a customer's money and its money events for the 360° page.

The database keeps every rule (money only on an approved contract, a plan summing to the total,
no overpayment, no invoicing beyond the total; a payment approved by the company's rules); this
module types the input, calls the API, and returns plain dataclasses with Decimal amounts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from salesdesk.db.session import Database
from salesdesk.services import records
from salesdesk.services.errors import ValidationError
from salesdesk.services.payment_rules import INSTALMENT_SPEC, INVOICE_SPEC, PAYMENT_SPEC
from salesdesk.services.tx import transaction
from salesdesk.services.validation import check, clean

ZERO = Decimal("0.00")
LIST_PAGE = 1000  # rows a money list call reads at once (the API's largest page)


@dataclass(frozen=True)
class Instalment:
    id: int | None
    due_on: date
    amount: Decimal
    note: str | None = None
    paid: Decimal = ZERO          # after the approved payments, allocated oldest due first
    unpaid: Decimal = ZERO
    days_overdue: int = 0
    bucket: str = "not_due"


@dataclass(frozen=True)
class Plan:
    contract_id: int
    version: int                  # 0: no plan yet; the version a save must name
    instalments: list[Instalment]


@dataclass(frozen=True)
class Payment:
    id: int
    contract_id: int
    contract_number: str | None
    contract_title: str
    customer_id: int
    customer_name: str | None
    received_on: date
    amount: Decimal
    method: str
    reference: str | None
    status: str                   # pending | approved | rejected | withdrawn
    note: str | None
    created_by: int | None
    created_by_name: str | None
    updated_at: datetime
    version: int


@dataclass(frozen=True)
class Invoice:
    id: int
    contract_id: int
    contract_number: str | None
    contract_title: str
    customer_id: int
    customer_name: str | None
    number: str
    issued_on: date
    invoice_type: str             # ordinary (普通发票) | vat_special (增值税专用发票)
    amount: Decimal
    tax_amount: Decimal
    total_amount: Decimal
    note: str | None
    updated_at: datetime
    version: int


@dataclass(frozen=True)
class ContractMoney:
    """A counting contract's money side by side."""

    contract_id: int
    contract_number: str | None
    contract_title: str
    status: str
    customer_id: int
    customer_name: str | None
    owner_id: int
    owner_name: str | None
    total_amount: Decimal
    planned: Decimal
    received: Decimal             # approved payments
    pending: Decimal              # payments waiting for approval
    invoiced: Decimal             # amount + tax
    uninvoiced: Decimal
    receivable: Decimal           # total − received

    @property
    def plan_gap(self) -> Decimal | None:
        """The total less what the plan schedules, when there is a plan and it no longer adds up to
        the total (an approved amendment changed the total): positive is left to plan, negative is
        planned too much. None when there is no plan or it adds up."""
        if self.planned and self.planned != self.total_amount:
            return self.total_amount - self.planned
        return None


@dataclass(frozen=True)
class CustomerMoney:
    customer_id: int
    customer_name: str | None
    contracts: int
    total_amount: Decimal
    received: Decimal
    pending: Decimal
    invoiced: Decimal
    uninvoiced: Decimal
    receivable: Decimal


@dataclass(frozen=True)
class MoneyEvent:
    """A payment received or an invoice issued, for the customer's timeline."""

    at: date
    entry: str                    # "payment" | "invoice"
    record_id: int
    contract_id: int
    contract_number: str
    amount: Decimal
    detail: str | None            # the payment's method, the invoice's number
    status: str | None            # the payment's state, the invoice's type


def plan(db: Database, contract_id: int, today: date | None = None) -> Plan:
    """The contract's instalments (oldest due first) with what is paid of each on `today`."""
    with transaction(db, "contract") as session:
        lines = _by_contract(session, "instalment", [contract_id], "due_on", False)
        ageing = {r["instalment_id"]: r for r in records.rows(
            session, "select * from api.receivable_instalments(:today, null, :id)",
            {"id": contract_id, "today": today or date.today()})}
    version = max((r["plan_version"] for r in lines), default=0)
    return Plan(contract_id, version, [Instalment(
        r["id"], r["due_on"], r["amount"], r["note"],
        **{k: ageing[r["id"]][k] for k in ("paid", "unpaid", "days_overdue", "bucket") if r["id"] in ageing})
        for r in lines])


def _by_contract(session: Any, kind: str, contract_ids: Sequence[int], sort: str,
                 descending: bool) -> list[dict[str, Any]]:
    """The rows of a money kind under these contracts, in the list's order, page by page
    (index-backed: the contract filter takes a list of contracts, sql/0071)."""
    if not contract_ids:
        return []
    query = records.to_json({"parent_id": list(contract_ids)})
    call = f"select * from api.{kind}_list(cast(:q as jsonb), :sort, :desc, :after, {LIST_PAGE})"
    found: list[dict[str, Any]] = []
    after = None
    while True:
        page = records.rows(session, call, {"q": query, "sort": sort, "desc": descending, "after": after})
        found += page
        if len(page) < LIST_PAGE:
            return found
        after = page[-1]["cursor"]


def save_plan(db: Database, contract_id: int, version: int, lines: Sequence[Mapping[str, Any]]) -> int:
    """Replace the contract's plan (all lines at once); the new plan version. Each line is
    checked (errors keyed `<row>.<field>`), the sum and the rest by the database."""
    cleaned: list[dict[str, Any]] = []
    problems = {}
    for n, line in enumerate(lines):
        out, errors = check(line, INSTALMENT_SPEC, prefix=f"{n}.")
        cleaned.append(out)
        problems.update(errors)
    if problems:
        raise ValidationError(problems)
    with transaction(db, "instalment") as session:
        return records.scalar(session, "select api.payment_plan_save(:id, :version, cast(:lines as jsonb))",
                              {"id": contract_id, "version": version,
                               "lines": "[" + ", ".join(records.to_json(c) for c in cleaned) + "]"})


def record_payment(db: Database, contract_id: int, values: Mapping[str, Any]) -> Payment:
    """A payment received on the contract: approved at once, or pending when a rule asks."""
    return _create(db, "payment", Payment, {**clean(values, PAYMENT_SPEC), "contract_id": contract_id})


def record_invoice(db: Database, contract_id: int, values: Mapping[str, Any]) -> Invoice:
    cleaned = clean(values, INVOICE_SPEC)
    cleaned["tax_amount"] = cleaned.get("tax_amount") or ZERO
    return _create(db, "invoice", Invoice, {**cleaned, "contract_id": contract_id})


def _create(db: Database, kind: str, make: Any, values: dict[str, Any]) -> Any:
    with transaction(db, kind) as session:
        new_id = records.create(session, kind, {k: v for k, v in values.items() if v is not None})
        found = records.rows(session, f"select * from api.{kind}_rows(array[cast(:id as bigint)])",
                             {"id": new_id})
    return records.build(make, found[0])


def payments(db: Database, contract_id: int) -> list[Payment]:
    """The contract's payments, newest first."""
    with transaction(db, "payment") as session:
        found = _by_contract(session, "payment", [contract_id], "received_on", True)
    return [records.build(Payment, r) for r in found]


def invoices(db: Database, contract_id: int) -> list[Invoice]:
    """The contract's invoices, newest first."""
    with transaction(db, "invoice") as session:
        found = _by_contract(session, "invoice", [contract_id], "issued_on", True)
    return [records.build(Invoice, r) for r in found]


def contract_money(db: Database, contract_id: int) -> ContractMoney | None:
    """The contract's money; None when it does not count (yet), is hidden or missing."""
    with transaction(db, "contract") as session:
        found = records.rows(session, "select * from api.contract_money(null, :id)", {"id": contract_id})
    return records.build(ContractMoney, found[0]) if found else None


def customer_contracts(db: Database, customer_id: int) -> list[ContractMoney]:
    """The customer's counting contracts I see, each with its money."""
    with transaction(db, "customer") as session:
        return [records.build(ContractMoney, r) for r in records.rows(
            session, "select * from api.contract_money(:id)", {"id": customer_id})]


def customer_money(db: Database, customer_id: int) -> CustomerMoney | None:
    with transaction(db, "customer") as session:
        found = records.rows(session, "select * from api.customer_money(:id)", {"id": customer_id})
    return records.build(CustomerMoney, found[0]) if found else None


def customer_payments(db: Database, customer_id: int) -> list[Payment]:
    """The payments on the customer's contracts I see, newest first."""
    return _of_customer(db, customer_id, "payment", "received_on", Payment)


def customer_invoices(db: Database, customer_id: int) -> list[Invoice]:
    return _of_customer(db, customer_id, "invoice", "issued_on", Invoice)


def _of_customer(db: Database, customer_id: int, kind: str, sort: str, make: Any) -> list[Any]:
    with transaction(db, "customer") as session:
        return _customer_rows(session, customer_id, kind, sort, make)


def _customer_rows(session: Any, customer_id: int, kind: str, sort: str, make: Any,
                   contract_ids: list[int] | None = None) -> list[Any]:
    """The kind's rows under the customer's counting contracts I see, newest first: one list for
    all of them (a list call per contract was 23 calls for a customer with ten contracts)."""
    if contract_ids is None:
        contract_ids = [c["contract_id"] for c in records.rows(
            session, "select contract_id from api.contract_money(:id)", {"id": customer_id})]
    return [records.build(make, r) for r in _by_contract(session, kind, contract_ids, sort, True)]


def money_timeline(db: Database, customer_id: int, limit: int = 50) -> list[MoneyEvent]:
    """Payments and invoices of the customer, newest first; NotFoundError when it is hidden."""
    with transaction(db, "customer") as session:
        return [records.build(MoneyEvent, r) for r in records.rows(
            session, "select * from api.customer_money_timeline(:id, :limit)",
            {"id": customer_id, "limit": limit})]


@dataclass(frozen=True)
class CustomerMoneyView:
    """Everything of a customer's money its 360° page shows, read in one transaction."""

    money: CustomerMoney | None
    contracts: list[ContractMoney]
    payments: list[Payment]
    invoices: list[Invoice]
    events: list[MoneyEvent]


def customer_overview(db: Database, customer_id: int) -> CustomerMoneyView:
    """The customer's counting contracts, payments, invoices, totals and money events;
    NotFoundError when the customer is hidden or missing."""
    with transaction(db, "customer") as session:
        events = [records.build(MoneyEvent, r) for r in records.rows(
            session, "select * from api.customer_money_timeline(:id, 50)", {"id": customer_id})]
        contracts = [records.build(ContractMoney, r) for r in records.rows(
            session, "select * from api.contract_money(:id)", {"id": customer_id})]
        ids = [c.contract_id for c in contracts]
        found = records.rows(session, "select * from api.customer_money(:id)", {"id": customer_id})
        paid = _customer_rows(session, customer_id, "payment", "received_on", Payment, ids)
        billed = _customer_rows(session, customer_id, "invoice", "issued_on", Invoice, ids)
    return CustomerMoneyView(
        records.build(CustomerMoney, found[0]) if found else None, contracts, paid, billed, events)
