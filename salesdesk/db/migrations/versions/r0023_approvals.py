"""Approvals as data: rules, requests, steps and decisions, the approvals inbox."""

from salesdesk.db.migrate import run_sql_file

revision = "0023"
down_revision = "0022"


def upgrade() -> None:
    run_sql_file("0023_approvals.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
