"""Approval rules kept as data (sql/0023): read by everyone, saved with the permission
`maintain_approval_rules` (a rule and its steps in one call, one transaction)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import records
from salesdesk.services.approval_types import ApprovalRule, RuleStep
from salesdesk.services.errors import REQUIRED, FieldError, ValidationError
from salesdesk.services.tx import transaction

NEEDS_A_STEP = QT_TRANSLATE_NOOP("errors", "A rule needs at least one step.")
EXPENSES_ONLY = QT_TRANSLATE_NOOP("errors", "Only a rule for expenses names expense categories.")
PERMISSION = "maintain_approval_rules"


def _step(values: dict[str, Any]) -> RuleStep:
    ids = values.get("employee_ids")
    return RuleStep(approver=values["approver"], mode=values.get("mode", "any"), levels=values.get("levels"),
                    position_id=values.get("position_id"), unit_id=values.get("unit_id"),
                    employee_ids=tuple(ids) if ids else None)


def list_rules(db: Database) -> list[ApprovalRule]:
    """Every rule with its steps, by type and priority."""
    with transaction(db) as session:
        found = records.rows(session, "select * from api.approval_rules()")
    return [ApprovalRule(type=r["type"], name=r["name"], steps=tuple(_step(s) for s in r["steps"]),
                         priority=r["priority"], active=r["active"], min_amount=r["min_amount"],
                         min_discount=r["min_discount"], unit_id=r["unit_id"], category_id=r["category_id"],
                         expense_categories=tuple(r["expense_categories"] or ()) or None,
                         id=r["id"], version=r["version"]) for r in found]


def save_rule(db: Database, rule: ApprovalRule) -> int:
    """Add (`rule.id` None) or change a rule and replace its steps; its id."""
    if not rule.name.strip():
        raise ValidationError({"name": REQUIRED})
    if not rule.steps:
        raise ValidationError({"steps": NEEDS_A_STEP}, NEEDS_A_STEP)
    if rule.expense_categories and rule.type != "expense":
        raise ValidationError({"expense_categories": EXPENSES_ONLY}, EXPENSES_ONLY)
    categories = list(rule.expense_categories or ()) or None
    body = {"type": rule.type, "name": rule.name.strip(), "priority": rule.priority, "active": rule.active,
            "min_amount": rule.min_amount, "min_discount": rule.min_discount, "unit_id": rule.unit_id,
            "category_id": rule.category_id, "expense_categories": categories,
            "steps": [s.as_json() for s in rule.steps]}
    payload = json.dumps(body, default=lambda v: str(v) if isinstance(v, Decimal) else v, ensure_ascii=False)
    with transaction(db) as session:
        return int(records.scalar(session,
                                  "select api.approval_rule_save(:id, :version, cast(:rule as jsonb))",
                                  {"id": rule.id, "version": rule.version, "rule": payload}))


UNKNOWN_PERSON = QT_TRANSLATE_NOOP("errors", "No active employee has the login “{login}”.")


@dataclass(frozen=True)
class Position:
    id: int
    name: str
    name_en: str | None


def positions(db: Database) -> list[Position]:
    """The positions a rule's step may name, by level and name."""
    with transaction(db) as session:
        found = records.rows(session, "select id, name, name_en from api.positions order by level, name, id")
    return [Position(r["id"], r["name"], r["name_en"]) for r in found]


def logins(db: Database, ids: Sequence[int]) -> dict[int, str]:
    """The logins of the people a rule's steps name (to show and edit them as typed)."""
    with transaction(db) as session:
        found = records.rows(session, "select id, login from api.employees "
                                      "where id = any (cast(:ids as bigint[]))", {"ids": list(ids)})
    return {r["id"]: r["login"] for r in found}


def people_by_login(db: Database, names: Sequence[str]) -> dict[str, int]:
    """Active employees by login; a login that is no one's is a field problem of the steps."""
    with transaction(db) as session:
        found = records.rows(session, "select id, login from api.employees "
                                      "where login = any (cast(:l as text[]))", {"l": list(names)})
    got = {r["login"]: r["id"] for r in found}
    missing = [n for n in names if n not in got]
    if missing:
        problem = FieldError(UNKNOWN_PERSON, {"login": missing[0]})
        raise ValidationError({"steps": problem}, UNKNOWN_PERSON, login=missing[0])
    return got
