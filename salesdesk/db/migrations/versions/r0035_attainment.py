"""Attainment with deal credit at transaction time, rankings, briefings and scorecards (issue 14 §2-3)."""

from salesdesk.db.migrate import run_sql_file

revision = "0035"
down_revision = "0034"


def upgrade() -> None:
    run_sql_file("0035_attainment.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
