"""The forecast read from kept per-group sums (sql/0052): one rounding per group for the calibrated figure."""

from salesdesk.db.migrate import run_sql_file

revision = "0052"
down_revision = "0051"  # "0051" on main: the lead re-chains it at the merge


def upgrade() -> None:
    run_sql_file("0052_forecast_kept.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
