"""Targets (sql/0034): a year's set per metric with versions, read as a grid and edited in a draft.

A draft is edited by many (each where the database lets them: strictly below themselves), split
down the tree, then published (a year's first version, maintain_targets) or submitted with a reason
(a revision: the 'target' approval rules; published at once when no rule applies). Every call is
one transaction; the database refuses what is not the caller's to write."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import records
from salesdesk.services.errors import FieldError, ValidationError
from salesdesk.services.target_rules import METHODS, Balance, Cell, TargetNode, parse_value, reconcile
from salesdesk.services.tx import transaction
from salesdesk.services.validation import BadValue

KIND = "target_version"
BAD_VERSION = QT_TRANSLATE_NOOP("errors", "This target version was not found.")
REASON_REQUIRED = QT_TRANSLATE_NOOP("errors", "Give the reason for the change.")


@dataclass(frozen=True)
class Metric:
    """A metric targets are set for (sales.metrics)."""

    code: str
    name: str
    name_en: str
    measure: str  # 'amount' or 'count'


@dataclass(frozen=True)
class TargetVersion:
    """One version of a set, with who, when and why."""

    id: int
    number: int
    status: str  # draft, submitted, published, superseded, rejected, withdrawn
    reason: str | None
    based_on: int | None
    owner_id: int
    owner_name: str
    created_at: datetime
    submitted_at: datetime | None
    submitted_by_name: str | None
    published_at: datetime | None
    published_by_name: str | None
    superseded_at: datetime | None


@dataclass
class TargetGrid:
    """A version's nodes and the values the caller sees, per (node kind, node id, month, tier)."""

    version: TargetVersion
    metric: Metric
    months: list[date]
    nodes: list[TargetNode]
    values: dict[Cell, Decimal] = field(default_factory=dict)

    @property
    def editable(self) -> bool:
        return self.version.status == "draft"

    def writable(self, node_kind: str, node_id: int | None) -> bool:
        return self.editable and any(n.key == (node_kind, node_id) and n.writable for n in self.nodes)

    def balances(self, tier: str = "target") -> dict[tuple[tuple[str, int | None], date], Balance]:
        return reconcile(self.nodes, self.values, self.months, tier)

    def unreconciled(self, tier: str = "target") -> int:
        return sum(1 for b in self.balances(tier).values() if not b.reconciled)


def metrics(db: Database) -> list[Metric]:
    with transaction(db, KIND) as session:
        found = records.rows(session, "select code, name, name_en, measure from api.metrics")
    return [records.maker(Metric)(r) for r in found]


def months_of(db: Database, year: int) -> list[date]:
    """The fiscal year's twelve months, in order (the fiscal year's first month is configurable)."""
    with transaction(db, KIND) as session:
        found = records.rows(session, "select first_day from api.fiscal_periods(:y) where kind = 'month'",
                             {"y": year})
    return [r["first_day"] for r in found]


def versions(db: Database, year: int, metric: str) -> list[TargetVersion]:
    """Every version of the set, newest first."""
    with transaction(db, KIND) as session:
        found = records.rows(session, "select * from api.target_version_history(:y, :m)",
                             {"y": year, "m": metric})
    return [records.maker(TargetVersion)(r) for r in found]


def load_grid(db: Database, year: int, metric: str, version_id: int) -> TargetGrid:
    """A version's grid as the caller sees it (one transaction, so nodes and values agree)."""
    with transaction(db, KIND) as session:
        ms = records.rows(session, "select code, name, name_en, measure from api.metrics where code = :m",
                          {"m": metric})
        history = records.rows(session, "select * from api.target_version_history(:y, :m)",
                               {"y": year, "m": metric})
        months = records.rows(session, "select first_day from api.fiscal_periods(:y) where kind = 'month'",
                              {"y": year})
        nodes = records.rows(session, "select * from api.target_nodes()")
        vals = records.rows(session, "select * from api.target_values(:v)", {"v": version_id})
    version = next((records.maker(TargetVersion)(r) for r in history if r["id"] == version_id), None)
    if version is None or not ms:
        raise ValidationError({}, BAD_VERSION)
    return TargetGrid(version, records.maker(Metric)(ms[0]), [r["first_day"] for r in months],
                      [records.maker(TargetNode)(r) for r in nodes],
                      {(r["node_kind"], r["node_id"], r["month"], r["tier"]): r["value"] for r in vals})


def parse_cells(grid: TargetGrid, typed: Mapping[Cell, object]) -> dict[Cell, Decimal | None]:
    """Typed cells → values, all problems at once (ValidationError keyed 'kind:id:month:tier')."""
    out: dict[Cell, Decimal | None] = {}
    problems: dict[str, FieldError] = {}
    for cell, text in typed.items():
        try:
            out[cell] = parse_value(text, grid.metric.measure)
        except BadValue as bad:
            problems[cell_key(cell)] = FieldError(bad.message, bad.params or None)
    if problems:
        raise ValidationError(problems)
    return out


def cell_key(cell: Cell) -> str:
    kind, node, month, tier = cell
    return f"{kind}:{'' if node is None else node}:{month.isoformat()}:{tier}"


def save_cells(db: Database, version_id: int, cells: Mapping[Cell, Decimal | None]) -> int:
    """Writes the cells of a draft in one transaction (None clears a cell to 0)."""
    payload = json.dumps([{"node_kind": k, "node_id": i, "month": m.isoformat(), "tier": t,
                           "value": None if v is None else str(v)} for (k, i, m, t), v in cells.items()])
    with transaction(db, KIND) as session:
        session.info["wrote"] = True
        return int(records.scalar(session, "select api.target_save(:v, cast(:c as jsonb))",
                                  {"v": version_id, "c": payload}))


def split(db: Database, version_id: int, node_kind: str, node_id: int | None, method: str,
          tier: str = "target", months: Sequence[date] | None = None) -> int:
    """Splits a node's value among the children the caller writes (see target_rules.split_amount)."""
    if method not in METHODS:
        raise ValueError(method)
    with transaction(db, KIND) as session:
        session.info["wrote"] = True
        return int(records.scalar(
            session, "select api.target_split(:v, :k, :i, :m, :t, cast(:months as date[]))",
            {"v": version_id, "k": node_kind, "i": node_id, "m": method, "t": tier,
             "months": None if months is None else [m.isoformat() for m in months]}))


def draft(db: Database, year: int, metric: str) -> int:
    """A new draft: the year's first (empty) or a copy of the published version to revise."""
    with transaction(db, KIND) as session:
        session.info["wrote"] = True
        return int(records.scalar(session, "select api.target_draft(:y, :m)", {"y": year, "m": metric}))


def publish(db: Database, version_id: int, reason: str | None = None) -> None:
    """Publishes a year's first version (every node reconciled)."""
    with transaction(db, KIND) as session:
        session.info["wrote"] = True
        records.scalar(session, "select api.target_publish(:v, :r)", {"v": version_id, "r": reason})


def submit(db: Database, version_id: int, reason: str) -> str:
    """Submits a revision with its reason: 'submitted' (waiting for approval) or 'published'."""
    if not (reason or "").strip():
        raise ValidationError({"reason": REASON_REQUIRED})
    with transaction(db, KIND) as session:
        session.info["wrote"] = True
        return str(records.scalar(session, "select api.target_submit(:v, :r)",
                                  {"v": version_id, "r": reason}))


def rebalance(db: Database, employee_id: int, successor_id: int | None, reason: str) -> list[int]:
    """A leaver's or mover's open months to a successor (same unit) or evenly to the unit: the new
    published versions."""
    if not (reason or "").strip():
        raise ValidationError({"reason": REASON_REQUIRED})
    with transaction(db, KIND) as session:
        session.info["wrote"] = True
        return list(records.scalar(session, "select api.target_rebalance(:e, :s, :r)",
                                   {"e": employee_id, "s": successor_id, "r": reason}) or [])




@dataclass(frozen=True)
class TargetSet:
    """What the page shows of a set: its versions and the chosen one's grid (None: no version yet)."""

    year: int
    metric: str
    versions: list[TargetVersion]
    grid: TargetGrid | None


def open_set(db: Database, year: int, metric: str, version_id: int | None = None) -> TargetSet:
    """The set's versions and one version's grid: the one asked for, else the draft in progress
    (when the caller writes something in it), else the published one, else the newest."""
    found = versions(db, year, metric)
    asked = next((v for v in found if v.id == version_id), None)
    if asked:
        return TargetSet(year, metric, found, load_grid(db, year, metric, asked.id))
    in_progress = next((v for v in found if v.status in ("draft", "submitted")), None)
    published = next((v for v in found if v.status == "published"), None)
    if in_progress:
        grid = load_grid(db, year, metric, in_progress.id)
        if published is None or any(n.writable for n in grid.nodes):
            return TargetSet(year, metric, found, grid)
    chosen = published or (found[0] if found else None)
    return TargetSet(year, metric, found, load_grid(db, year, metric, chosen.id) if chosen else None)
