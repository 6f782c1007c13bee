"""Opportunities with stages as data, deal teams as a declared membership route, product lines, stage history."""

from salesdesk.db.migrate import run_sql_file

revision = "0017"
down_revision = "0016"


def upgrade() -> None:
    run_sql_file("0017_opportunities.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
