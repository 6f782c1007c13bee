"""Expense categories in the approval rules; quote lines edited in the client (issue 13)."""

from salesdesk.db.migrate import run_sql_file

revision = "0038"
down_revision = "0037"


def upgrade() -> None:
    run_sql_file("0038_money_rules.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
