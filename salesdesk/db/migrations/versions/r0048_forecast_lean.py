"""The forecast summed in one pass over the deals (no per-deal rows handed between functions, no sort)."""

from salesdesk.db.migrate import run_sql_file

revision = "0048"
down_revision = "0047"


def upgrade() -> None:
    run_sql_file("0048_forecast_lean.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
