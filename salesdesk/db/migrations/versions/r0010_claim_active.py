"""Claim active records only: an archived pool customer is restored before anyone claims it."""

from salesdesk.db.migrate import run_sql_file

revision = "0010"
down_revision = "0009"


def upgrade() -> None:
    run_sql_file("0010_claim_active.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
