"""The targets' rules in plain Python (sql/0034 keeps the same ones): the tree of nodes, the
reconciliation of a node with its children, the split to the fen and what a typed value may be.

The grid reconciles while the user types with these; the database checks again on publish, so the
two must agree (tests/test_target_services.py compares them on the same version)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_FLOOR, Decimal

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.validation import BadValue, Money

Node = tuple[str, int | None]            # ('company', None), ('unit', id), ('person', id)
Cell = tuple[str, int | None, date, str]  # node kind, node id, month, tier
TIERS = ("target", "sprint", "challenge")
METHODS = ("even", "last_year", "headcount")
CENT = Decimal("0.01")
NOT_WHOLE = QT_TRANSLATE_NOOP("errors", "A count target is a whole number, such as 12.")


@dataclass(frozen=True)
class TargetNode:
    """One node of the grid's tree, as the database shows it to the caller."""

    node_kind: str
    node_id: int | None
    parent_kind: str | None
    parent_id: int | None
    name: str
    writable: bool
    children: int = 0  # in the whole tree: reconciled on screen only when all of them are shown

    @property
    def key(self) -> Node:
        return (self.node_kind, self.node_id)

    @property
    def parent(self) -> Node | None:
        return None if self.parent_kind is None else (self.parent_kind, self.parent_id)


@dataclass(frozen=True)
class Balance:
    """A node's value against its children's: difference > 0 unallocated, < 0 over-allocated."""

    value: Decimal
    allocated: Decimal
    children: int

    @property
    def difference(self) -> Decimal:
        return self.value - self.allocated

    @property
    def reconciled(self) -> bool:
        return self.difference == 0


def children_of(nodes: Iterable[TargetNode]) -> dict[Node, list[Node]]:
    """Each node's children, in the nodes' order."""
    found: dict[Node, list[Node]] = {}
    for n in nodes:
        if n.parent is not None:
            found.setdefault(n.parent, []).append(n.key)
    return found


def reconcile(nodes: Sequence[TargetNode], values: Mapping[Cell, Decimal], months: Sequence[date],
              tier: str = "target") -> dict[tuple[Node, date], Balance]:
    """Every node shown with all its children, per month where it or a child has a value (a missing
    value is 0): the rule of private.target_reconcile (api.target_reconciliation leaves out the same
    nodes: those the caller does not read, or whose children it does not all read)."""
    kids = children_of(nodes)
    shown = {n.key: n for n in nodes}
    out: dict[tuple[Node, date], Balance] = {}
    for parent, under in kids.items():
        # a parent out of sight, or with children out of sight: its balance is unknown here
        if parent not in shown or len(under) < shown[parent].children:
            continue
        for m in months:
            own = values.get((*parent, m, tier))
            parts = [values.get((*k, m, tier)) for k in under]
            if own is None and all(p is None for p in parts):
                continue
            out[(parent, m)] = Balance(own or Decimal(0), sum((p or Decimal(0) for p in parts), Decimal(0)),
                                       len(under))
    return out


def split_amount(amount: Decimal, weights: Sequence[Decimal], step: Decimal = CENT) -> list[Decimal]:
    """`amount` split by `weights` to the `step` (0.01, or 1 for counts): each part is the floor of its
    share, the rest goes to the largest weight (the first of equal ones), so the parts add up exactly.
    All weights 0: an even split. The rule of private.target_split_amount."""
    if not weights:
        return []
    w = list(weights)
    total = sum(w, Decimal(0))
    if total <= 0:
        w, total = [Decimal(1)] * len(w), Decimal(len(w))
    parts = [(amount * x / total / step).to_integral_value(rounding=ROUND_FLOOR) * step for x in w]
    best = max(range(len(w)), key=lambda i: (w[i], -i))
    parts[best] += amount - sum(parts, Decimal(0))
    return parts


def parse_value(text: object, measure: str) -> Decimal | None:
    """A typed target: an amount to the fen (6.5万, ¥60,000) or a whole count; empty is None.
    Raises BadValue with a translatable message."""
    amount = Money(rounds=False).parse(text)
    if amount is not None and measure == "count" and amount != amount.to_integral_value():
        raise BadValue(NOT_WHOLE)
    return amount
