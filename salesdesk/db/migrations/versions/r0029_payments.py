"""Payment plans, payments, invoices and receivables with ageing."""

from salesdesk.db.migrate import run_sql_file

revision = "0029"
down_revision = "0028"


def upgrade() -> None:
    run_sql_file("0029_payments.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
