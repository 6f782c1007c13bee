"""Core: organisation, positions, employees, scope machinery, shares, history, audit."""

from salesdesk.db.migrate import run_sql_file

revision = "0001"
down_revision = None


def upgrade() -> None:
    run_sql_file("0001_core.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
