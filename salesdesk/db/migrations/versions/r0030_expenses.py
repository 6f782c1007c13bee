"""Sales expenses through the approval rules."""

from salesdesk.db.migrate import run_sql_file

revision = "0030"
down_revision = "0029"


def upgrade() -> None:
    run_sql_file("0030_expenses.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
