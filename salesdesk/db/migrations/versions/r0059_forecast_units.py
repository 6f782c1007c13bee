"""The forecast read per unit where the caller counts a whole unit: its calibrated figure summed
exactly and rounded once where shown, so that a unit's deals can be kept summed once per unit."""

from salesdesk.db.migrate import run_sql_file

revision = "0059"
down_revision = "0058"


def upgrade() -> None:
    run_sql_file("0059_forecast_units.sql")


def downgrade() -> None:
    raise NotImplementedError("salesdesk migrations move forward only; restore a backup to go back")
