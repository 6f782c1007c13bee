"""Contract (合同订单) use cases: the list, one contract with its lines, flow and versions, create
and save (fields and product lines in one transaction), the status flow (submit, withdraw, mark in
effect, fulfil, cancel), amendments, and a contract drafted from a deal.

The database keeps the totals, checks every transition and the caller's right, raises the
approval, gives the number and applies amendments (sql/0028_quotes_contracts.sql); this module
checks the typed fields first and turns the answers into dataclasses. jsonb content (versions,
amendments) is read as text and parsed with Decimal, so no amount passes through a float.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from salesdesk.db.session import Database
from salesdesk.services import opportunities, records
from salesdesk.services.contract_rules import CONTRACT_LINE_SPEC, CONTRACT_SPEC, EDITABLE, SORT_KEYS, STATUSES
from salesdesk.services.contract_types import (
    Contract,
    ContractFlow,
    ContractLine,
    ContractRow,
    ContractVersion,
)
from salesdesk.services.errors import NotFoundError
from salesdesk.services.kind_service import KindService
from salesdesk.services.product_lines import LineOp, clean_lines, save_lines
from salesdesk.services.records import build
from salesdesk.services.tx import transaction
from salesdesk.services.validation import clean

KIND = "contract"
CONTRACTS: KindService[ContractRow, Contract] = KindService(
    KIND, line=ContractRow, record=Contract, spec=CONTRACT_SPEC, sorts=SORT_KEYS, sort="updated_at",
    descending=True, choices={"status": STATUSES}, pick=("title", ("number", "customer_name")))
list_contracts = CONTRACTS.list        # (db, query, *, sort, descending, after, limit): one keyset page
count_contracts = CONTRACTS.count
get_contract_line = CONTRACTS.get_line
archive_contracts = CONTRACTS.archive
search_contracts = CONTRACTS.search

_JSON = ("fields", "lines", "amendment_fields", "amendment_lines")


def _decoded(row: Mapping[str, Any]) -> dict[str, Any]:
    """jsonb columns read as text, parsed with Decimal numbers."""
    return {k: json.loads(v, parse_float=Decimal) if k in _JSON and isinstance(v, str) else v
            for k, v in row.items()}


def _flow(session: Session, contract_id: int) -> ContractFlow:
    found = records.rows(session, "select f.*, f.amendment_fields::text as amendment_fields, "
                                  "f.amendment_lines::text as amendment_lines from api.contract_flow(:id) f",
                         {"id": contract_id})
    if not found:
        raise NotFoundError()
    return build(ContractFlow, _decoded(found[0]))


def _versions(session: Session, contract_id: int) -> tuple[ContractVersion, ...]:
    return tuple(build(ContractVersion, _decoded(r)) for r in records.rows(
        session, "select v.*, v.fields::text as fields, v.lines::text as lines "
                 "from api.contract_versions(:id) v", {"id": contract_id}))


def _read(session: Session, contract_id: int) -> Contract:
    found = records.rows(session, "select * from api.contract_get(:id)", {"id": contract_id})
    if not found:
        raise NotFoundError()
    lines = tuple(build(ContractLine, r) for r in records.rows(
        session, "select * from api.contract_line_rows(:id)", {"id": contract_id}))
    return build(Contract, {**found[0], "lines": lines, "flow": _flow(session, contract_id),
                            "versions": _versions(session, contract_id)})


def get_contract(db: Database, contract_id: int) -> Contract:
    """One contract with its lines, flow and versions; NotFoundError when hidden or missing."""
    with transaction(db, KIND) as session:
        return _read(session, contract_id)


def create_contract(db: Database, customer_id: int, values: Mapping[str, Any], *,
                    opportunity_id: int | None = None, lines: Sequence[LineOp] = ()) -> Contract:
    """A draft contract of mine on a customer I see (and a deal I see), with its first lines."""
    fields = clean(values, CONTRACT_SPEC)
    cleaned = clean_lines(lines, CONTRACT_LINE_SPEC)
    with transaction(db, KIND) as session:
        refs = {"customer_id": customer_id, **({"opportunity_id": opportunity_id} if opportunity_id else {})}
        contract_id = records.create(session, KIND, {**fields, **refs})
        save_lines(session, "contract_line", "contract_id", contract_id, cleaned)
        return _read(session, contract_id)


def save_contract(db: Database, contract_id: int, version: int, changes: Mapping[str, Any], *,
                  line_ops: Sequence[LineOp] = ()) -> Contract:
    """Save a draft's changed fields (of `version`) and line edits, all or nothing; the database
    refuses them once the contract is submitted (ContractStateError)."""
    refs = {k: changes[k] for k in ("customer_id", "opportunity_id") if k in changes}
    fields = clean({k: v for k, v in changes.items() if k not in refs}, CONTRACT_SPEC, partial=True)
    cleaned = clean_lines(line_ops, CONTRACT_LINE_SPEC)
    with transaction(db, KIND) as session:
        if fields or refs:
            records.update(session, KIND, contract_id, version, {**fields, **refs})
        else:
            records.rights(session, KIND, contract_id)
        save_lines(session, "contract_line", "contract_id", contract_id, cleaned)
        return _read(session, contract_id)


def _call(db: Database, sql: str, params: Mapping[str, Any]) -> Any:
    with transaction(db, KIND) as session:
        session.info["wrote"] = True
        return records.scalar(session, sql, params)


def submit(db: Database, contract_id: int, version: int | None = None) -> str:
    """Submit a draft or rejected contract: 'submitted' (waiting for approval) or 'approved'."""
    return _call(db, "select api.contract_submit(:id, :v)", {"id": contract_id, "v": version})


def withdraw(db: Database, contract_id: int, comment: str | None = None) -> None:
    """Take my submitted contract back to draft."""
    _call(db, "select api.contract_withdraw(:id, :c)", {"id": contract_id, "c": comment})


def move(db: Database, contract_id: int, action: str, version: int | None = None) -> None:
    """'mark_in_effect', 'fulfil' or 'cancel'."""
    if action not in ("mark_in_effect", "fulfil", "cancel"):
        raise ValueError(action)
    _call(db, f"select api.contract_{action}(:id, :v)", {"id": contract_id, "v": version})


def amend(db: Database, contract_id: int) -> int:
    """Open an amendment of an approved or in-effect contract (a copy of its fields and lines)."""
    return int(_call(db, "select api.contract_amend(:id)", {"id": contract_id}))


def save_amendment(db: Database, contract_id: int, version: int | None, fields: Mapping[str, Any],
                   lines: Sequence[Mapping[str, Any]]) -> int:
    """Replace the open amendment's content: contract fields (CONTRACT_SPEC + customer/deal) and
    whole lines (product_id + CONTRACT_LINE_SPEC); answers its new version."""
    refs = {k: fields[k] for k in ("customer_id", "opportunity_id") if k in fields}
    checked = {**clean({k: v for k, v in fields.items() if k not in refs}, CONTRACT_SPEC), **refs}
    ops = clean_lines([LineOp("insert", values=line) for line in lines], CONTRACT_LINE_SPEC)
    body = [line for _, line in ops]
    return int(_call(db, "select api.contract_amendment_save(:id, :v, cast(:f as jsonb), cast(:l as jsonb))",
                     {"id": contract_id, "v": version, "f": records.to_json(checked),
                      "l": "[" + ",".join(records.to_json(line) for line in body) + "]"}))


def submit_amendment(db: Database, contract_id: int) -> str:
    return _call(db, "select api.contract_amendment_submit(:id)", {"id": contract_id})


def withdraw_amendment(db: Database, contract_id: int, discard: bool = False) -> None:
    """Take a submitted amendment back to draft, or (`discard`) drop a draft or rejected one."""
    _call(db, "select api.contract_amendment_withdraw(:id, :d)", {"id": contract_id, "d": discard})


def lines_from_deal(db: Database, deal_id: int) -> list[LineOp]:
    """A deal's product lines as a new contract's first lines (the default tax rate)."""
    deal = opportunities.get_opportunity(db, deal_id)
    return [LineOp("insert", values={"product_id": line.product_id, "quantity": line.quantity,
                                     "unit_price": line.unit_price, "discount": line.discount,
                                     "notes": line.notes})
            for line in deal.lines]


def amendment_view(contract: Contract) -> Contract:
    """The contract as its open amendment (draft or rejected) would make it, for the editor to edit:
    the amendment's fields and lines (numbered 1…n, amounts as the database computed them) and
    totals; the contract itself when no amendment is being edited."""
    flow = contract.flow
    if flow is None or flow.amendment_status not in EDITABLE or not flow.amendment_fields:
        return contract
    f = flow.amendment_fields
    day = lambda key: date.fromisoformat(f[key]) if f.get(key) else None  # noqa: E731
    lines = tuple(ContractLine(
        id=n, product_id=int(x["product_id"]), product_code=x.get("product_code") or "",
        product_name=x.get("product_name") or "", unit=x.get("unit"), quantity=Decimal(x["quantity"]),
        unit_price=Decimal(x["unit_price"]), discount=Decimal(x.get("discount") or 0),
        tax_rate=Decimal(x.get("tax_rate") or 0), amount=Decimal(x.get("amount") or 0),
        tax_amount=Decimal(x.get("tax_amount") or 0), notes=x.get("notes"),
        version=int(flow.amendment_version or 0))
        for n, x in enumerate(flow.amendment_lines or (), start=1))
    return replace(contract, customer_id=int(f["customer_id"]), customer_name=f.get("customer_name"),
                   opportunity_id=f.get("opportunity_id"), title=f.get("title") or contract.title,
                   signed_on=day("signed_on"), starts_on=day("starts_on"), ends_on=day("ends_on"),
                   notes=f.get("notes"), amount=flow.amendment_amount or Decimal(0),
                   tax_amount=flow.amendment_tax_amount or Decimal(0),
                   total_amount=flow.amendment_total_amount or Decimal(0), lines=lines,
                   version=int(flow.amendment_version or 0), can_edit=flow.can_edit)
