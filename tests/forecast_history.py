"""A seeded sales history for the funnel and forecast tests, and an oracle that computes what the
database should answer from the raw rows alone (plain Python, no SQL of the product).

`seed_history(company)` writes deals and their stage history as the admin, with chosen dates (the
stage triggers are bypassed so the dates are ours), and moves sp_e1b to EAST_T2 today: deals they
closed before count for EAST_T1's calibration, their open deals forecast with EAST_T2's rates.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

import psycopg

from tests.factories import Company

AS_OF = date(2026, 12, 1)
MIN_SAMPLE = 10
CENT = Decimal("0.01")
OWNERS = ("sp_e1a", "sp_e1a", "sp_e1a", "sp_e1b", "sp_e1b", "sp_e2a", "sp_n1a", "sp_n1a", "sup_e1")


def money(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class Deal:
    id: int
    owner_id: int
    unit_id: int  # the owner's unit now
    stage_id: int
    amount: Decimal
    probability: Decimal
    category: str
    expected_close: date | None
    closed_at: datetime | None
    archived: bool
    history: list[tuple[datetime, int, int]]  # (changed_at, id, to_stage_id), in order


@dataclass
class History:
    # stage id -> (position, outcome, probability, category)
    stages: dict[int, tuple[int, str | None, Decimal, str]]
    deals: list[Deal]
    unit_at_close: dict[int, int]  # deal id -> the owner's unit on the closing day
    subtree: dict[int, set[int]]  # unit -> its units
    employee_unit: dict[int, int]


def seed_history(co: Company, seed: int = 14) -> None:
    rnd = random.Random(seed)
    with co.admin() as conn:
        stages = conn.execute("select s.id, s.position, s.outcome, s.probability, s.forecast_category "
                              "from sales.opportunity_stages s order by s.position").fetchall()
        open_ids = [s[0] for s in stages if s[2] is None]
        won = next(s for s in stages if s[2] == "won")
        lost = next(s for s in stages if s[2] == "lost")
        by_id = {s[0]: s for s in stages}
        customers = {}
        for key in set(OWNERS):
            customers[key] = next(n for n, o in co.customer_owner.items() if o == key)
        plans = []
        for n in range(90):
            owner = OWNERS[n % len(OWNERS)]
            depth = rnd.randint(1, len(open_ids))
            path = [s for i, s in enumerate(open_ids[:depth]) if i == 0 or rnd.random() > 0.2]
            end = rnd.choice(("open", "won", "lost", "won"))
            start = datetime(2025, 11, 1, 12, tzinfo=UTC) + timedelta(days=rnd.randint(0, 330))
            days, t = [], start
            for _ in path:
                days.append(t)
                t += timedelta(days=rnd.randint(1, 20), hours=rnd.randint(0, 23))
            if end != "open":
                path.append(won[0] if end == "won" else lost[0])
                days.append(t)
            amount = Decimal(rnd.randint(10, 500) * 1000) + Decimal(n * 37 % 100) / 100  # fen: rounding shows
            plans.append((owner, path, days, end, amount, rnd.random() < 0.05))
        conn.execute("set session_replication_role = replica")  # our dates, not the triggers'
        for i, (owner, path, days, end, amount, archived) in enumerate(plans):
            last = by_id[path[-1]]
            probability = last[3] if rnd.random() < 0.7 else Decimal(rnd.randint(0, 100))
            close = date(2026, 10, 1) + timedelta(days=rnd.randint(0, 180)) if rnd.random() < 0.9 else None
            row = conn.execute(
                "insert into sales.opportunities (owner_id, customer_id, title, amount, stage_id, "
                "probability, forecast_category, expected_close_date, closed_at, archived_at, name_sort) "
                "values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) returning id",
                (co.people[owner], co.customers[customers[owner]], f"历史商机{i}", amount, last[0],
                 probability, last[4], close, days[-1] if end != "open" else None,
                 days[-1] if archived else None, f"h{i:03d}")).fetchone()
            assert row
            for when, stage in zip(days, path, strict=True):
                conn.execute("insert into sales.opportunity_stage_history (opportunity_id, changed_at, "
                             "to_stage_id, probability, amount) values (%s, %s, %s, 0, %s)",
                             (row[0], when, stage, amount))
        conn.execute("set session_replication_role = origin")
        conn.execute("select private.forecast_totals_rebuild()")  # the kept sums, as a loader does (0052)
        conn.execute("select private.stage_win_counts_rebuild()")  # and the win counts (0055)
        conn.execute("update sales.employees set unit_id = %s where id = %s",
                     (co.units["EAST_T2"], co.people["sp_e1b"]))


def load_history(co: Company) -> History:
    with co.admin() as conn:
        stages = {r[0]: (r[1], r[2], r[3], r[4]) for r in conn.execute(
            "select id, position, outcome, probability, forecast_category from sales.opportunity_stages")}
        employee_unit = dict(conn.execute("select id, unit_id from sales.employees").fetchall())
        history: dict[int, list[tuple[datetime, int, int]]] = defaultdict(list)
        for opp, when, hid, to in conn.execute(
                "select opportunity_id, changed_at, id, to_stage_id from sales.opportunity_stage_history"):
            history[opp].append((when, hid, to))
        deals = [Deal(r[0], r[1], employee_unit[r[1]], r[2], r[3], r[4], r[5], r[6], r[7], r[8] is not None,
                      sorted(history[r[0]]))
                 for r in conn.execute("select id, owner_id, stage_id, amount, probability, "
                                       "forecast_category, expected_close_date, closed_at, archived_at "
                                       "from sales.opportunities")]
        moves = conn.execute("select employee_id, unit_id, "
                             "case when valid_from > '-infinity' then valid_from end, valid_to "
                             "from private.employee_units")
        spans = defaultdict(list)
        for emp, unit, start, end in moves:
            spans[emp].append((start, end, unit))
        unit_at_close = {}
        for d in deals:
            if d.closed_at is not None:
                day = d.closed_at.date()
                unit_at_close[d.id] = next(u for s, e, u in spans[d.owner_id]
                                           if (s is None or s <= day) and (e is None or day < e))
        parents = dict(conn.execute("select id, parent_id from sales.org_units").fetchall())
    subtree = {u: {v for v in parents if _under(v, u, parents)} for u in parents}
    return History(stages, deals, unit_at_close, subtree, employee_unit)


def _under(unit: int, top: int, parents: dict[int, int | None]) -> bool:
    at: int | None = unit
    while at is not None:
        if at == top:
            return True
        at = parents[at]
    return False


def node_deals(h: History, owners: set[int] | None) -> list[Deal]:
    return [d for d in h.deals if not d.archived and (owners is None or d.owner_id in owners)]


def unit_owners(h: History, unit: int) -> set[int]:
    return {e for e, u in h.employee_unit.items() if u in h.subtree[unit]}


def funnel(h: History, owners: set[int] | None, first: date | None, after: date | None) -> dict[int, tuple]:
    """stage id -> (deals now, amount now, reached, advanced, conversion %, average days)."""
    deals = node_deals(h, owners)
    out = {}
    for sid, (pos, outcome, _p, _c) in h.stages.items():
        now = [d for d in deals if d.stage_id == sid]
        reached, advanced, stays = set(), set(), list[Decimal]()
        for d in deals:
            for i, (when, _hid, to) in enumerate(d.history):
                if to != sid or first and after and not first <= when.date() < after:
                    continue
                reached.add(d.id)
                if any(h.stages[t][0] > pos and h.stages[t][1] != "lost" for _w, _i, t in d.history[i + 1:]):
                    advanced.add(d.id)
                if i + 1 < len(d.history):
                    stays.append(Decimal(int((d.history[i + 1][0] - when).total_seconds())) / 86400)
        conversion = (Decimal(100 * len(advanced)) / len(reached)).quantize(Decimal("0.1"), ROUND_HALF_UP) \
            if outcome is None and reached else None
        days = (sum(stays, Decimal(0)) / len(stays)).quantize(Decimal("0.1"), ROUND_HALF_UP) \
            if stays else None
        out[sid] = (len(now), sum((d.amount for d in now), Decimal(0)), len(reached), len(advanced),
                    conversion, days)
    return out


def win_counts(h: History, as_of: date = AS_OF) -> dict[tuple[int, int | None], tuple[int, int]]:
    """(stage, team or None for the company) -> (closed, won) over the twelve months before as_of."""
    start = as_of.replace(year=as_of.year - 1)
    counts: dict[tuple[int, int | None], list[int]] = defaultdict(lambda: [0, 0])
    for d in h.deals:
        outcome = h.stages[d.stage_id][1]
        if d.archived or outcome is None or d.closed_at is None or not start <= d.closed_at.date() < as_of:
            continue
        for sid in {to for _w, _i, to in d.history if h.stages[to][1] is None}:
            for key in ((sid, h.unit_at_close[d.id]), (sid, None)):
                counts[key][0] += 1
                counts[key][1] += outcome == "won"
    return {k: (v[0], v[1]) for k, v in counts.items()}


def rate(h: History, counts: dict, stage: int, team: int | None) -> tuple[Decimal, str]:
    def pct(c: tuple[int, int]) -> Decimal:
        return (Decimal(100 * c[1]) / c[0]).quantize(CENT, ROUND_HALF_UP)

    if team is not None and counts.get((stage, team), (0, 0))[0] >= MIN_SAMPLE:
        return pct(counts[(stage, team)]), "team"
    if counts.get((stage, None), (0, 0))[0] >= MIN_SAMPLE:
        return pct(counts[(stage, None)]), "company"
    return h.stages[stage][2], "configured"


def forecast(h: History, owners: set[int] | None, first: date, after: date,
             as_of: date = AS_OF) -> dict[tuple[date, str], tuple[int, Decimal, Decimal, Decimal]]:
    """(month, category) -> (deals, amount, weighted by the deal's probability, by the calibrated).

    The weighted figure sums each deal's rounded amount; the calibrated one sums each deal's rate ×
    amount exactly and is rounded once, per month and category (sql/0059)."""
    return {(m, c): (*v[:3], money(v[3])) for (m, c), v in _sum_groups(
        forecast_groups(h, owners, first, after, as_of), lambda g: (g[2], g[3])).items()}


Group = tuple[int, int, date, str]  # (owner, stage, month, category)


def forecast_groups(h: History, owners: set[int] | None, first: date, after: date,
                    as_of: date = AS_OF) -> dict[Group, tuple[int, Decimal, Decimal, Decimal]]:
    """(owner, stage, month, category) -> (deals, amount, weighted, calibrated exact)."""
    counts = win_counts(h, as_of)
    out: dict[Group, list] = defaultdict(lambda: [0, Decimal(0), Decimal(0), Decimal(0)])
    for d in node_deals(h, owners):
        outcome = h.stages[d.stage_id][1]
        if outcome is None and d.category in ("commit", "best_case", "pipeline") and d.expected_close \
                and first <= d.expected_close < after:
            calibrated = rate(h, counts, d.stage_id, d.unit_id)[0]
            day, category = d.expected_close, d.category
        elif outcome == "won" and d.closed_at and first <= d.closed_at.date() < after:
            calibrated = Decimal(100)
            day, category = d.closed_at.date(), "closed"
        else:
            continue
        row = out[(d.owner_id, d.stage_id, day.replace(day=1), category)]
        row[0] += 1
        row[1] += d.amount
        row[2] += money(d.amount * d.probability / 100)
        row[3] = calibrated  # one rate per group: the stage's and the owner's unit's
    return {k: (v[0], v[1], v[2], v[1] * v[3] / 100) for k, v in out.items()}


def _sum_groups(groups: dict, key) -> dict:
    out: dict = defaultdict(lambda: [0, Decimal(0), Decimal(0), Decimal(0)])
    for k, v in groups.items():
        row = out[key(k)]
        for i in range(4):
            row[i] += v[i]
    return {k: tuple(v) for k, v in out.items()}


def person_ids(co: Company, *keys: str) -> set[int]:
    return {co.people[k] for k in keys}


def admin_rows(conn: psycopg.Connection, query: str, params: tuple = ()) -> list[tuple]:
    return conn.execute(query, params).fetchall()  # type: ignore[arg-type]
