"""The demo company's approval rules (sql/0023), as data, so that the kinds that submit for
approval (quotes, contracts, expenses, transfers) find rules when they arrive. No requests: no
kind of the demo submits yet."""

from __future__ import annotations

from decimal import Decimal

import psycopg

# (type, name, priority, min_amount, min_discount, steps)
RULES: tuple[tuple[str, str, int, Decimal | None, Decimal | None, list[dict]], ...] = (
    ("discount", "大幅折扣：主管、经理依次审批", 10, None, Decimal(20),
     [{"approver": "superior", "levels": 1}, {"approver": "superior", "levels": 2}]),
    ("discount", "折扣 10% 以上：直属上级审批", 20, None, Decimal(10),
     [{"approver": "superior", "levels": 1}]),
    # contracts (sql/0028): every one to the supervisor; above ¥200,000 or with a line discount
    # above 15 % also to the manager two levels up (the first matching rule applies)
    ("contract", "合同 20 万元以上：主管、经理依次审批", 10, Decimal("200000.01"), None,
     [{"approver": "superior", "levels": 1}, {"approver": "superior", "levels": 2}]),
    ("contract", "合同折扣超过 15%：主管、经理依次审批", 20, None, Decimal("15.01"),
     [{"approver": "superior", "levels": 1}, {"approver": "superior", "levels": 2}]),
    ("contract", "合同：直属上级审批", 30, None, None, [{"approver": "superior", "levels": 1}]),
    ("expense", "费用 5000 元以上：直属上级、再上一级依次审批", 10, Decimal("5000.01"), None,
     [{"approver": "superior", "levels": 1}, {"approver": "superior", "levels": 2}]),
    ("expense", "费用：直属上级审批", 20, None, None, [{"approver": "superior", "levels": 1}]),
    ("transfer", "跨区转移客户：大区经理审批", 10, None, None, [{"approver": "superior", "levels": 2}]),
)


def load_approval_rules(conn: psycopg.Connection, types: tuple[str, ...] | None = None) -> int:
    """Insert the demo's rules (of `types`, default all) and their steps; how many rules."""
    rules = [r for r in RULES if types is None or r[0] in types]
    for type_, name, priority, min_amount, min_discount, steps in rules:
        row = conn.execute(
            "insert into sales.approval_rules (type, name, priority, min_amount, min_discount) "
            "values (%s, %s, %s, %s, %s) returning id",
            (type_, name, priority, min_amount, min_discount)).fetchone()
        assert row is not None
        for n, step in enumerate(steps, start=1):
            conn.execute(
                "insert into sales.approval_rule_steps (rule_id, step_no, approver, levels, position_id, "
                "mode) values (%s, %s, %s, %s, (select id from sales.positions where code = %s), %s)",
                (row[0], n, step["approver"], step.get("levels"), step.get("position"),
                 step.get("mode", "any")))
    return len(rules)



