"""Opportunities: stages as data, deal teams as a declared membership route, lines, stage history."""

from salesdesk.db.migrate import run_sql_file

revision = "0018"
down_revision = "0017"


def upgrade() -> None:
    run_sql_file("0018_opportunities.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
