"""Quotes (报价单): lines, versions, from a deal, accepted into a contract."""

from salesdesk.db.migrate import run_sql_file

revision = "0032"
down_revision = "0031"


def upgrade() -> None:
    run_sql_file("0032_quotes.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
