"""Payments and invoices list pages; approval rules kept in the client (issue 13)."""

from salesdesk.db.migrate import run_sql_file

revision = "0042"
down_revision = "0041"


def upgrade() -> None:
    run_sql_file("0042_money_lists.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
