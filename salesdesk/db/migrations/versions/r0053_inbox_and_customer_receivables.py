"""The approvals inbox read as the approver's own rows, and the receivables by customer in pages
(the kept contract rows carry their customer)."""

from salesdesk.db.migrate import run_sql_file

revision = "0053"
down_revision = "0052"  # the lead re-chains it after 0052 at the merge


def upgrade() -> None:
    run_sql_file("0053_inbox_and_customer_receivables.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
