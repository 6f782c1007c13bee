"""Funnel and forecast with calibrated probabilities (issue 14 §4)."""

from salesdesk.db.migrate import run_sql_file

revision = "0036"
down_revision = "0035"


def upgrade() -> None:
    run_sql_file("0036_forecast.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
