"""Writes the demo's twelve months of selling (`demo_pipeline`) in the demo loader's transaction.

On the admin connection, set-based: rows go in with COPY (every trigger on, so derived columns,
the audit log and the checks are the production ones), with ids reserved from the tables' own
sequences so the rows that refer to them can be written next. The history is then dated: the
stamps (created/updated, closed), the stage history and the ownership history get the moments
of the data, written directly with the triggers paused (the loader is the admin; stamps set by
the triggers would all say "now").
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg

from salesdesk.admin.demo_data import DemoCompany
from salesdesk.admin.demo_pipeline import LOST, WON, DemoPipeline, Step

DEAL_COLUMNS = ("id owner_id customer_id title amount expected_close_date stage_id source competitors "
    "next_step won_lost_reason")
FOLLOWUP_COLUMNS = ("owner_id customer_id contact_id opportunity_id kind happened_at summary outcome "
    "next_followup_on satisfaction")
LEAD_COLUMNS = ("id company_name contact_name mobile email source notes status disqualify_reason "
    "converted_customer_id converted_contact_id converted_opportunity_id converted_at "
    "converted_by owner_id pool_id")
# a conversion's entries as sql/0024 writes them: the code and ids the client says in the user's language
CONVERSION_COLUMNS = ("kind record_id from_owner_id to_owner_id reason changed_at changed_by "
                      "changed_by_login event refs")


@dataclass(frozen=True)
class Stages:
    """The default process's active stages as the database holds them."""

    open: list[tuple[int, Any]]  # (id, probability) in position order
    won: tuple[int, Any]
    lost: tuple[int, Any]

    def of(self, step: Step) -> tuple[int, Any]:
        return self.won if step == WON else self.lost if step == LOST else self.open[int(step)]


def read_stages(conn: psycopg.Connection) -> Stages:
    rows = conn.execute(
        "select s.id, s.probability, s.outcome from sales.opportunity_stages s "
        "join sales.sales_processes p on p.id = s.process_id "
        "where p.code = 'default' and s.active order by s.position").fetchall()
    by_outcome = {outcome: (i, prob) for i, prob, outcome in rows if outcome}
    return Stages([(i, prob) for i, prob, outcome in rows if outcome is None], by_outcome["won"],
                  by_outcome["lost"])


@dataclass(frozen=True)
class PipelineCounts:
    leads: int
    deals: int
    followups: int


def _reserve(cur: psycopg.Cursor, table: str, count: int) -> list[int]:
    """`count` ids from the table's identity sequence, in order."""
    return [r[0] for r in cur.execute(
        "select nextval(pg_get_serial_sequence(%s, 'id')) from generate_series(1, %s) order by 1",
        (table, count)).fetchall()]


def _copy(cur: psycopg.Cursor, table: str, columns: str, rows: Iterable[Sequence[Any]]) -> None:
    """COPY the rows into `table`'s `columns` (names separated by spaces)."""
    with cur.copy(f"copy {table} ({', '.join(columns.split())}) from stdin") as copy:
        for row in rows:
            copy.write_row(row)


def _restamp(cur: psycopg.Cursor, table: str, columns: str, rows: Iterable[Sequence[Any]]) -> None:
    """Set `columns` of `table` by id (the rows are (id, *values)); the caller paused triggers."""
    names = columns.split()
    cur.execute(f"create temp table demo_stamps on commit drop as select id, {', '.join(names)} "
                f"from {table} with no data")
    _copy(cur, "demo_stamps", "id " + columns, rows)
    sets = ", ".join(f"{c} = s.{c}" for c in names)
    cur.execute(f"update {table} t set {sets} from demo_stamps s where s.id = t.id")
    cur.execute("drop table demo_stamps")


def load_pipeline(conn: psycopg.Connection, company: DemoCompany, pipeline: DemoPipeline, stages: Stages,
                  people: dict[str, int], customer_ids: list[int], pool_ids: dict[str, int],
                  prefix: str) -> PipelineCounts:
    """Insert the leads, deals (lines, team, stage history) and follow-ups, then date them."""
    contacts: dict[int, list[int]] = {}
    for contact_id, customer_id in conn.execute("select id, customer_id from sales.contacts "
                                                "order by customer_id, id"):
        contacts.setdefault(customer_id, []).append(contact_id)
    product_ids = dict(conn.execute("select code, id from sales.products").fetchall())
    with conn.cursor() as cur:
        deal_ids = _reserve(cur, "sales.opportunities", len(pipeline.deals))
        _copy(cur, "sales.opportunities",
              DEAL_COLUMNS,
              ((i, people[d.owner], customer_ids[d.customer], d.title, d.amount, d.expected_close_date,
                stages.of(d.step)[0], d.source, d.competitors, d.next_step, d.won_lost_reason)
               for i, d in zip(deal_ids, pipeline.deals, strict=True)))
        _copy(cur, "sales.opportunity_lines", "opportunity_id product_id quantity unit_price discount",
              ((i, product_ids[x.product], x.quantity, x.unit_price, x.discount)
               for i, d in zip(deal_ids, pipeline.deals, strict=True) for x in d.lines))
        _copy(cur, "sales.opportunity_members", "opportunity_id employee_id role access credit_share",
              ((i, people[m.login], m.role, m.access, m.credit_share)
               for i, d in zip(deal_ids, pipeline.deals, strict=True) for m in d.members))
        _copy(cur, "sales.followups",
              FOLLOWUP_COLUMNS,
              ((people[f.author], customer_ids[f.customer],
                contacts[customer_ids[f.customer]][f.contact] if f.contact is not None else None,
                deal_ids[f.deal] if f.deal is not None else None, f.kind, f.happened_at, f.summary, f.outcome,
                f.next_followup_on, f.satisfaction) for f in pipeline.followups))
        lead_ids = _reserve(cur, "sales.leads", len(pipeline.leads))
        _copy(cur, "sales.leads",
              LEAD_COLUMNS,
              ((i, x.company_name, x.contact_name, x.mobile, x.email, x.source, x.notes, x.status,
                x.disqualify_reason, customer_ids[x.customer] if x.customer is not None else None,
                contacts[customer_ids[x.customer]][0] if x.customer is not None else None,
                deal_ids[x.deal] if x.deal is not None else None,
                x.updated_at if x.customer is not None else None,
                people[x.owner] if x.customer is not None and x.owner else None,
                people[x.owner] if x.owner else None, pool_ids[x.pool] if x.pool else None)
               for i, x in zip(lead_ids, pipeline.leads, strict=True)))
        _date_history(cur, company, pipeline, stages, people, customer_ids, deal_ids, lead_ids, prefix)
    return PipelineCounts(leads=len(lead_ids), deals=len(deal_ids), followups=len(pipeline.followups))


def _date_history(cur: psycopg.Cursor, company: DemoCompany, pipeline: DemoPipeline, stages: Stages,
                  people: dict[str, int], customer_ids: list[int], deal_ids: list[int], lead_ids: list[int],
                  prefix: str) -> None:
    """The stamps, stage history and conversions at the moments of the data, not of the load."""
    cur.execute("set local session_replication_role = replica")  # stamps and logs stay as written here
    _restamp(cur, "sales.customers", "created_at updated_at",
             ((i, at, at) for i, at in zip(customer_ids, pipeline.customer_created, strict=True)))
    cur.execute("update sales.contacts k set created_at = c.created_at, updated_at = c.created_at "
                "from sales.customers c where c.id = k.customer_id")
    _restamp(cur, "sales.opportunities", "created_at updated_at closed_at created_by updated_by",
             ((i, d.created_at, d.updated_at, d.closed_at, people[d.owner], people[d.owner])
              for i, d in zip(deal_ids, pipeline.deals, strict=True)))
    for table in ("sales.opportunity_lines", "sales.opportunity_members"):
        cur.execute(f"update {table} x set created_at = o.created_at, updated_at = o.created_at, "
                    "created_by = o.owner_id, updated_by = o.owner_id "
                    "from sales.opportunities o where o.id = x.opportunity_id")
    cur.execute("update sales.followups set created_at = happened_at, updated_at = happened_at, "
                "created_by = owner_id, updated_by = owner_id")
    _restamp(cur, "sales.leads", "created_at updated_at created_by updated_by",
             ((i, x.created_at, x.updated_at, people[x.owner] if x.owner else None,
               people[x.owner] if x.owner else None) for i, x in zip(lead_ids, pipeline.leads, strict=True)))
    cur.execute("delete from sales.opportunity_stage_history where opportunity_id = any(%s)", (deal_ids,))
    history = []
    for i, d in zip(deal_ids, pipeline.deals, strict=True):
        before = None
        for step, at in d.path:
            stage, probability = stages.of(step)
            history.append((i, at, people[d.owner], before, stage, probability, d.amount))
            before = stage
    _copy(cur, "sales.opportunity_stage_history",
          "opportunity_id changed_at changed_by from_stage_id to_stage_id probability amount",
          history)
    conversions = []
    for i, x in zip(lead_ids, pipeline.leads, strict=True):
        if x.customer is not None and x.owner:
            customer = company.customers[x.customer]
            by = people[x.owner]
            login = prefix + x.owner
            made = {"customer": customer_ids[x.customer]}
            if x.deal is not None:
                made["opportunity"] = deal_ids[x.deal]
            conversions += [("lead", i, by, by, f"converted to customer {customer.name}", x.updated_at, by,
                             login, "converted_to", json.dumps(made)),
                            ("customer", customer_ids[x.customer], None, by,
                             f"converted from lead {x.company_name}", x.updated_at, by, login,
                             "converted_from", json.dumps({"lead": i}))]
    _copy(cur, "sales.ownership_history",
          CONVERSION_COLUMNS, conversions)
    cur.execute("set local session_replication_role = origin")
    # the deals' closing moments were rewritten in replica mode: the forecast's kept sums (0052) and
    # the calibration's win counts (0055) again
    cur.execute("select private.forecast_totals_rebuild()")
    cur.execute("select private.stage_win_counts_rebuild()")
    # the back-dated customers were credited to the load's day by the ledger's triggers (0035);
    # credited again now, to the day each was created (replica mode kept the triggers quiet)
    cur.execute("select private.ledger_refresh('customers', %s)", (customer_ids,))
