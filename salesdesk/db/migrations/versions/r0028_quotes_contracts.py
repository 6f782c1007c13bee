"""Quotes and contracts: lines, totals, versions, status flow, number series, amendments."""

from salesdesk.db.migrate import run_sql_file

revision = "0028"
down_revision = "0027"


def upgrade() -> None:
    run_sql_file("0028_quotes_contracts.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
