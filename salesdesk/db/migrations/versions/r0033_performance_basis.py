"""Metrics, the fiscal year and where each employee worked day by day (issue 14's basis)."""

from salesdesk.db.migrate import run_sql_file

revision = "0033"
down_revision = "0032"


def upgrade() -> None:
    run_sql_file("0033_performance_basis.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
