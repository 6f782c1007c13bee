"""The kept open instalments summed per owner and due day: the ageing (the dashboard's and the
receivables page by owner or unit) reads owners x due days, not every instalment of the scope."""

from salesdesk.db.migrate import run_sql_file

revision = "0056"
down_revision = "0055"


def upgrade() -> None:
    run_sql_file("0056_receivable_days.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
