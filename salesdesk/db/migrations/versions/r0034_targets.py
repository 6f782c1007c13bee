"""Targets split down the tree, with versions (issue 14 §1)."""

from salesdesk.db.migrate import run_sql_file

revision = "0034"
down_revision = "0033"


def upgrade() -> None:
    run_sql_file("0034_targets.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
