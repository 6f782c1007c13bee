"""The demo company's money (sql/0029): payment plans with instalments overdue in every ageing
bucket, payments received and invoices, on the contracts that count.

It runs on whatever approved contracts the demo has. Until the demo makes contracts of its own
(the contracts slice), it first turns the won deals into approved demo contracts — clearly so:
their notes say "演示回款合同" — one per won deal, total = the deal's amount with 13 % tax.
Plans are two or three instalments spread around `today`, so some are not yet due and some are
overdue by 1–30, 31–60, 61–90 and more than 90 days; payments cover part of them; invoices follow
the payments. Written by the admin connection (no employee): payments are approved as loaded.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import psycopg

DEMO_NOTE = "演示回款合同"
CENT = Decimal("0.01")
# days after `today` each plan's instalments fall due, by contract (cycled): every bucket appears
DUE_OFFSETS = ((-120, -45), (-75, -20, 30), (-40, 15), (-10, 45, 100), (-100, -65, -5), (20, 80))
METHODS = ("bank_transfer", "bank_transfer", "acceptance_bill", "cheque", "cash")

DEMO_CONTRACTS = """
insert into sales.contracts (owner_id, customer_id, opportunity_id, title, status, signed_on, amount,
                             tax_amount, total_amount, notes, approved_at)
select o.owner_id, o.customer_id, o.id, left(o.title, 190), 'approved',
       coalesce(o.closed_at::date, %(today)s),
       o.amount, round(o.amount * 0.13, 2), o.amount + round(o.amount * 0.13, 2), %(note)s,
       coalesce(o.closed_at, now())
from sales.opportunities o join sales.opportunity_stages s on s.id = o.stage_id
where s.outcome = 'won' and o.amount > 0 and o.archived_at is null
order by o.id
"""


def _split(total: Decimal, parts: int) -> list[Decimal]:
    """`total` in `parts` instalments to the fen, the last taking the remainder."""
    share = (total / parts).quantize(CENT, rounding=ROUND_HALF_UP)
    return [share] * (parts - 1) + [total - share * (parts - 1)]


def load_payments(conn: psycopg.Connection, today: date | None = None) -> int:
    """Plans, payments and invoices for the approved contracts; how many contracts got a plan."""
    today = today or date.today()
    counting = ("select c.id, c.total_amount from sales.contracts c where private.contract_counts(c.status) "
                "and c.total_amount > 0 and not exists (select from sales.instalments i "
                "where i.contract_id = c.id) order by c.id")
    if conn.execute("select not exists (select from sales.contracts c "
                    "where private.contract_counts(c.status))").fetchone() == (True,):
        conn.execute(DEMO_CONTRACTS, {"today": today, "note": DEMO_NOTE})
    contracts = conn.execute(counting).fetchall()
    for n, (contract_id, total) in enumerate(contracts):
        offsets = DUE_OFFSETS[n % len(DUE_OFFSETS)]
        amounts = _split(Decimal(total), len(offsets))
        due = [today + timedelta(days=d) for d in offsets]
        with conn.cursor() as cur:
            cur.executemany("insert into sales.instalments (contract_id, due_on, amount) values (%s, %s, %s)",
                            [(contract_id, d, a) for d, a in zip(due, amounts, strict=True)])
        # paid: every third contract in full, the others the first instalment or a part of it
        paid = Decimal(total) if n % 3 == 0 else (amounts[0] if n % 3 == 1 else
                                                 (amounts[0] / 2).quantize(CENT, rounding=ROUND_HALF_UP))
        if n % 5 == 4:
            paid = Decimal(0)  # a few nothing at all: overdue in full
        if paid > 0:
            received_on = min(due[0] + timedelta(days=7), today)
            conn.execute("insert into sales.payments (contract_id, received_on, amount, method, reference) "
                         "values (%s, %s, %s, %s, %s)",
                         (contract_id, received_on, paid, METHODS[n % len(METHODS)], f"HD{contract_id:06d}"))
            before_tax = (paid / Decimal("1.13")).quantize(CENT, rounding=ROUND_HALF_UP)
            conn.execute("insert into sales.invoices (contract_id, number, issued_on, invoice_type, amount, "
                         "tax_amount) values (%s, %s, %s, %s, %s, %s)",
                         (contract_id, f"{44000000 + contract_id:08d}", received_on,
                          "vat_special" if n % 2 else "ordinary", before_tax, paid - before_tax))
    return len(contracts)
