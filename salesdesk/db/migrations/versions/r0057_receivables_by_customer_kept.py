"""The receivables by customer read from kept per-customer sums: a page walks the customers in
receivable order instead of grouping every contract of the scope."""

from salesdesk.db.migrate import run_sql_file

revision = "0057"
down_revision = "0056"


def upgrade() -> None:
    run_sql_file("0057_receivables_by_customer_kept.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
