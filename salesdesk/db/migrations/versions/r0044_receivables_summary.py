"""Receivables kept per contract and per open instalment, for the dashboard's ageing (issue 14)."""

from salesdesk.db.migrate import run_sql_file

revision = "0044"
down_revision = "0043"


def upgrade() -> None:
    run_sql_file("0044_receivables_summary.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
